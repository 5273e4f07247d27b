import { describe, expect, it } from 'vitest';
import { digestsReady } from './digestsReady.js';

const owners = [
  { id: 'org', kind: 'org' },
  { id: 'berlin', kind: 'team', parent: 'org' },
  { id: 'ny', kind: 'team', parent: 'org' },
  { id: 'ana', kind: 'person', parent: 'berlin' },
  { id: 'bo', kind: 'person', parent: 'ny' },
  { id: 'lea', kind: 'person', parent: 'berlin' },
];
const people = [
  { id: 'ana', managerId: 'lea' },
  { id: 'bo', managerId: null },
  { id: 'lea', managerId: null, leadOf: ['berlin'] },
];
const monday = (timeZone: string) => ({ frequency: 'weekly', weekday: 'monday', localTime: '09:00', timeZone });
const policies = [
  { scopeOwnerId: 'org', ...monday('Europe/Berlin') },
  { scopeOwnerId: 'ny', ...monday('America/New_York') },
];

describe('digestsReady', () => {
  it('readies each person’s and led team’s week at Monday 09:00 in their own zone, the week before', () => {
    // Monday 2026-03-09 09:30 in Berlin (08:30 UTC) is 04:30 in New York: Berlin's is ready, New York's not yet.
    const ready = digestsReady(owners, policies, people, '2026-03-09T08:30:00Z');
    const byOwner = Object.fromEntries(ready.map((d) => [d.ownerId, d]));
    expect(byOwner.ana).toEqual({
      id: 'digest.ready:ana:2026-03-08',
      type: 'digest.ready',
      recipientId: 'ana',
      ownerId: 'ana',
      from: '2026-03-02',
      to: '2026-03-08',
      at: '2026-03-09T08:00:00.000Z',
    });
    // The team goes to its lead; the organisation has no lead and gets none.
    expect(byOwner.berlin).toMatchObject({ recipientId: 'lea', to: '2026-03-08' });
    expect(byOwner.org).toBeUndefined();
    // New York's latest Monday 09:00 is a week earlier (EST, 14:00 UTC).
    expect(byOwner.bo).toMatchObject({ to: '2026-03-01', at: '2026-03-02T14:00:00.000Z' });
  });

  it('follows the DST change: New York’s Monday after it is 13:00 UTC, not 14:00', () => {
    // The US moved to EDT on Sunday 2026-03-08.
    const ready = digestsReady(owners, policies, people, '2026-03-09T13:00:00Z');
    expect(ready.find((d) => d.ownerId === 'bo')).toMatchObject({
      to: '2026-03-08',
      at: '2026-03-09T13:00:00.000Z',
    });
  });

  it('sends none twice, and nothing to people with no policy', () => {
    const now = '2026-03-10T12:00:00Z';
    const first = digestsReady(owners, policies, people, now);
    expect(digestsReady(owners, policies, people, now, new Set(first.map((d) => d.id)))).toEqual([]);
    expect(digestsReady(owners, [], people, now)).toEqual([]);
    expect(() => digestsReady(owners, [{ scopeOwnerId: 'org', weekday: 'someday' }], people, now)).toThrow(
      /policies\[0\]/,
    );
  });
});
