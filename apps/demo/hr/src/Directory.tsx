import { useOwners } from '@goalkit/react';
import { useId, useState } from 'react';
import { href } from './useHashRoute.js';

/** The people directory: everyone by team, with a search. */
export function Directory() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const people = useOwners({ kind: 'person' });
  const teams = useOwners({ kind: 'team' });
  const teamName = new Map((teams.data?.items ?? []).map((t) => [t.id, t.name]));
  const shown = (people.data?.items ?? []).filter((p) => p.name.toLowerCase().includes(query.trim().toLowerCase()));
  return (
    <section aria-labelledby="directory-heading">
      <h1 id="directory-heading">People</h1>
      <label htmlFor={searchId}>Search people</label>{' '}
      <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      {people.isPending ? (
        <p>Loading people…</p>
      ) : (
        <ul className="hr-directory">
          {shown.map((p) => (
            <li key={p.id}>
              <a href={href('people', p.id)}>{p.name}</a>
              <span className="hr-muted">{p.parentId ? (teamName.get(p.parentId) ?? '') : ''}</span>
            </li>
          ))}
        </ul>
      )}
      {!people.isPending && shown.length === 0 && <p>No one matches “{query}”.</p>}
    </section>
  );
}
