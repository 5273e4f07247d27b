import { createClient, createLiveEvents } from '@goalkit/client';
import { GoalkitProvider, useCycles, useMe, useOwners } from '@goalkit/react';
import { type ReactNode, useEffect, useMemo } from 'react';
import { ConversationsPage } from './ConversationsPage.js';
import { Directory } from './Directory.js';
import { HealthPage } from './HealthPage.js';
import { Profile } from './Profile.js';
import { TeamPage } from './TeamPage.js';
import { href, useHashRoute } from './useHashRoute.js';

const API = '/api/goalkit';

/** Who is signed in: `?as=<person id>`. Demo tokens derive from it and stay in memory only. */
function signedInAs(): string {
  return new URLSearchParams(window.location.search).get('as') ?? 'platform-lead';
}

export function App() {
  const personId = signedInAs();
  const { client, live } = useMemo(() => {
    const token = `gk_demo_${personId}`;
    const getToken = () => token;
    return { client: createClient({ baseUrl: API, getToken }), live: createLiveEvents({ baseUrl: API, getToken }) };
  }, [personId]);
  useEffect(() => () => live.close(), [live]);
  // `assist`: the goal editor and the feedback thread offer AI assistance when the server has a provider
  // (`pnpm start` runs it with the fake one).
  return (
    <GoalkitProvider client={client} liveEvents={live} assist>
      <Shell personId={personId} />
    </GoalkitProvider>
  );
}

function Shell({ personId }: { personId: string }) {
  const route = useHashRoute();
  const me = useMe();
  const people = useOwners({ kind: 'person' });
  const cycles = useCycles();
  const cycle = cycles.data?.items.find((c) => !c.closed) ?? cycles.data?.items.at(-1);
  const [page, id] = route;

  const switchTo = (next: string) => {
    const search = new URLSearchParams(window.location.search);
    search.set('as', next);
    window.location.search = search.toString();
  };

  let content: ReactNode;
  if (!cycle || !me.data) {
    content =
      me.isError || cycles.isError ? <p role="alert">The HR platform could not reach goalkit.</p> : <p>Loading…</p>;
  } else if (page === 'people' && id) {
    content = <Profile personId={id} me={me.data} cycle={cycle} />;
  } else if (page === 'team' && id) {
    content = <TeamPage teamId={id} cycle={cycle} />;
  } else if (page === 'people') {
    content = <Directory />;
  } else if (page === 'conversations') {
    content = <ConversationsPage me={me.data} />;
  } else if (page === 'health' && me.data.role !== 'member') {
    content = <HealthPage cycle={cycle} />;
  } else {
    content = <Profile personId={me.data.id} me={me.data} cycle={cycle} />;
  }

  return (
    <div className="hr">
      <header className="hr-header">
        <a className="hr-logo" href={href()}>
          Peoplely
        </a>
        <nav aria-label="HR platform">
          <a href={href('people')}>People</a>
          {me.data && <a href={href('people', me.data.id)}>My profile</a>}
          {me.data?.teamId && <a href={href('team', me.data.teamId)}>My team</a>}
          {me.data && <a href={href('conversations')}>1:1s and reviews</a>}
          {me.data && me.data.role !== 'member' && <a href={href('health')}>Program health</a>}
        </nav>
        <label className="hr-switcher">
          View as{' '}
          <select value={personId} onChange={(event) => switchTo(event.target.value)}>
            {(people.data?.items ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {me.data && <span className="hr-role">{me.data.role}</span>}
        </label>
      </header>
      <main className="hr-main">{content}</main>
    </div>
  );
}
