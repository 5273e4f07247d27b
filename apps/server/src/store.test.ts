import type { Person } from '@goalkit/client';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/openDatabase.js';
import { seedDemo } from './seed/seedDemo.js';
import { GoalStore } from './store.js';

const TODAY = '2026-11-16';
const now = () => new Date(`${TODAY}T12:00:00Z`);

describe('GoalStore list pages', () => {
  it('equal a cold store’s after every kind of write, and keep nothing a rolled-back transaction read', () => {
    const db = openDatabase(':memory:');
    seedDemo(db, TODAY);
    const store = new GoalStore(db, { now });
    const person = (id: string) => store.person(id) as Person;
    const lead = person('platform-lead');
    const readers = [person('ceo'), lead, person('platform-1'), person('platform-2'), person('smb-1')];
    const queries = [
      { limit: 9 },
      { owner: 'platform-1' },
      { cycle: '2026-Q4', limit: 200 },
      { state: 'proposed' },
      { status: 'on-track' },
      { q: 'fresh' },
    ];
    /** Every page of every query for every reader, following the cursors. */
    const pages = (source: GoalStore) =>
      readers.flatMap((reader) =>
        queries.flatMap((query) => {
          const out: string[] = [];
          let cursor: string | null = null;
          do {
            const json = source.listObjectivesJson(reader, cursor ? { ...query, cursor } : query);
            out.push(json);
            cursor = (JSON.parse(json) as { nextCursor: string | null }).nextCursor;
          } while (cursor);
          return out;
        }),
      );
    // The store under test has read (and cached) every page before each write; a new store has not.
    const expectFresh = () => expect(pages(store)).toEqual(pages(new GoalStore(db, { now })));
    const version = (id: string) => store.getObjective(lead, id).version;

    expectFresh();
    const { objective } = store.createObjective(lead, {
      title: 'Keep list pages fresh after writes',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Serve fresh pages from 0 to 100 percent', type: 'increase', start: 0, target: 100 }],
    });
    const id = objective.id;
    expectFresh();
    store.updateObjective(lead, id, { visibility: 'private', title: 'Keep private pages fresh' }, version(id));
    expectFresh();
    store.transition(lead, id, 'propose');
    expectFresh();
    store.createCheckIn(lead, objective.keyResults[0]?.id as string, { value: 40, confidence: 0.6 });
    expectFresh();
    store.updateObjective(lead, id, { ownerId: 'platform-2' }, version(id));
    expectFresh();
    store.deleteObjective(lead, id, version(id));
    expectFresh();

    expect(() =>
      db.transaction(() => {
        store.createObjective(lead, { title: 'Rolled back fresh goal', ownerId: 'platform-1', cycleId: '2026-Q4' });
        expect(store.listObjectivesJson(lead, { q: 'fresh' })).toContain('Rolled back');
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(store.listObjectivesJson(lead, { q: 'fresh' })).not.toContain('Rolled back');
    expectFresh();
    db.close();
  });
});

describe('GoalStore with another process writing to the same file', () => {
  it('serves the other process’s writes, not what it cached before them', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'goalkit-two-writers-'));
    const file = join(dir, 'goals.db');
    const first = openDatabase(file);
    const second = openDatabase(file);
    try {
      seedDemo(first, TODAY);
      const mine = new GoalStore(first, { now });
      const theirs = new GoalStore(second, { now });
      const lead = mine.person('platform-lead') as Person;
      mine.syncWithOtherWriters();
      const before = mine.listObjectivesJson(lead, { owner: 'platform-1', limit: 200 });
      const objectiveId = (JSON.parse(before) as { items: { id: string; keyResults: { id: string }[] }[] }).items[0]
        ?.id as string;
      const cached = mine.getObjective(lead, objectiveId);
      const { objective } = theirs.createObjective(theirs.person('platform-lead') as Person, {
        title: 'Written by the other process',
        ownerId: 'platform-1',
        cycleId: '2026-Q4',
      });
      theirs.updateObjective(
        theirs.person('platform-lead') as Person,
        objectiveId,
        { title: 'Renamed by the other process' },
        cached.version,
      );
      // Without looking, the first store still serves its caches; after looking, what is on disk.
      mine.syncWithOtherWriters();
      const after = mine.listObjectivesJson(lead, { owner: 'platform-1', limit: 200 });
      expect(after).toContain(objective.id);
      expect(mine.getObjective(lead, objectiveId).title).toBe('Renamed by the other process');
      expect(mine.getObjectiveJson(lead, objectiveId).json).toContain('Renamed by the other process');
    } finally {
      first.close();
      second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
