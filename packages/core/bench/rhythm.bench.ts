import { bench, describe } from 'vitest';
import type { GoalkitDocument } from '../src/model/documentSchema.js';
import { parseDocument } from '../src/model/parseDocument.js';
import { dueCheckIns } from '../src/rhythm/index.js';
import { generateDocument } from './generate.js';

/**
 * 100,000 key results (25,000 objectives × 4) owned by 1,000 people in 50 teams, with people in four
 * time zones: the organisation's policy, one locked for one team, and a policy of their own for every
 * twentieth person. Issue 22's goal: `dueCheckIns` over it in 100 ms or less.
 */
function organisation(): {
  document: GoalkitDocument;
  scattered: GoalkitDocument;
  policies: unknown[];
  people: { id: string; managerId: string }[];
} {
  const generated = generateDocument({ objectives: 25_000, keyResultsPerObjective: 4 });
  const teams = Array.from({ length: 50 }, (_, t) => ({
    id: `team-${t}`,
    kind: 'team' as const,
    name: `Team ${t}`,
    parent: 'org',
  }));
  const persons = Array.from({ length: 1000 }, (_, p) => ({
    id: `person-${p}`,
    kind: 'person' as const,
    name: `Person ${p}`,
    parent: `team-${p % 50}`,
  }));
  const scattered: GoalkitDocument = {
    ...generated,
    owners: [{ id: 'org', kind: 'org', name: 'Org' }, ...teams, ...persons],
    objectives: generated.objectives.map((o, i) => ({ ...o, owner: `person-${i % 1000}` })),
  };
  // As a caller has it: read by parseDocument (the CLI's `goalkit due`, goals as code), or built afresh from
  // rows (the reference server). The generated one's key results and check-ins lie scattered among other
  // objects the generator made: walking them alone takes 55–65 ms there (measured), so it is timed too.
  const document = parseDocument(scattered);
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'];
  const base = { frequency: 'weekly', weekday: 'monday', localTime: '09:00', graceDays: 2, escalateTo: 'manager' };
  const policies = [
    { ...base, scopeOwnerId: 'org', timeZone: 'Europe/Berlin' },
    { ...base, scopeOwnerId: 'team-7', timeZone: 'Asia/Tokyo', inherit: 'locked' },
    ...persons
      .filter((_, p) => p % 20 === 0)
      .map((person, p) => ({
        ...base,
        scopeOwnerId: person.id,
        timeZone: zones[p % zones.length] as string,
        skipIfCheckedInWithinDays: 3,
      })),
  ];
  const people = persons.map((person, p) => ({ id: person.id, managerId: `person-${(p + 1) % 1000}` }));
  return { document, scattered, policies, people };
}

describe('dueCheckIns, 100,000 key results, 1,000 people, 52 policies in 4 time zones', () => {
  const { document, scattered, policies, people } = organisation();
  const keyResults = document.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  if (keyResults !== 100_000) throw new Error(`expected 100,000 key results, generated ${keyResults}`);
  bench('dueCheckIns (mid-cycle)', () => {
    dueCheckIns(document, policies, people, '2026-02-16T10:00:00Z');
  });
  bench('dueCheckIns (mid-cycle, the generator’s scattered objects)', () => {
    dueCheckIns(scattered, policies, people, '2026-02-16T10:00:00Z');
  });
});
