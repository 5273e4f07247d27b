import type { Person } from '@goalkit/client';
import { describe, expect, it } from 'vitest';
import { sqliteEngine } from './db/engine.js';
import { openDatabase } from './db/openDatabase.js';
import { seedDemo } from './seed/seedDemo.js';
import { GoalStore } from './store.js';

const TODAY = '2026-11-16';
const now = () => new Date(`${TODAY}T12:00:00Z`);

describe('GoalStore list pages', () => {
  it('equal a cold store’s after every kind of write, and keep nothing a rolled-back transaction read', async () => {
    const db = openDatabase(':memory:');
    await seedDemo(db, TODAY);
    const engine = sqliteEngine(db);
    const store = new GoalStore(engine, { now });
    const person = async (id: string) => (await store.person(id)) as Person;
    const lead = await person('platform-lead');
    const readers = [
      await person('ceo'),
      lead,
      await person('platform-1'),
      await person('platform-2'),
      await person('smb-1'),
    ];
    const queries = [
      { limit: 9 },
      { owner: 'platform-1' },
      { cycle: '2026-Q4', limit: 200 },
      { state: 'proposed' },
      { status: 'on-track' },
      { q: 'fresh' },
    ];
    /** Every page of every query for every reader, following the cursors. */
    const pages = async (source: GoalStore) => {
      const out: string[] = [];
      for (const reader of readers)
        for (const query of queries) {
          let cursor: string | null = null;
          do {
            const json: string = await source.listObjectivesJson(reader, cursor ? { ...query, cursor } : query);
            out.push(json);
            cursor = (JSON.parse(json) as { nextCursor: string | null }).nextCursor;
          } while (cursor);
        }
      return out;
    };
    // The store under test has read (and cached) every page before each write; a new store has not.
    const expectFresh = async () => expect(await pages(store)).toEqual(await pages(new GoalStore(engine, { now })));
    const version = async (id: string) => (await store.getObjective(lead, id)).version;

    await expectFresh();
    const { objective } = await store.createObjective(lead, {
      title: 'Keep list pages fresh after writes',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Serve fresh pages from 0 to 100 percent', type: 'increase', start: 0, target: 100 }],
    });
    const id = objective.id;
    await expectFresh();
    await store.updateObjective(
      lead,
      id,
      { visibility: 'private', title: 'Keep private pages fresh' },
      await version(id),
    );
    await expectFresh();
    await store.transition(lead, id, 'propose');
    await expectFresh();
    await store.createCheckIn(lead, objective.keyResults[0]?.id as string, { value: 40, confidence: 0.6 });
    await expectFresh();
    await store.updateObjective(lead, id, { ownerId: 'platform-2' }, await version(id));
    await expectFresh();
    await store.deleteObjective(lead, id, await version(id));
    await expectFresh();

    await expect(
      store.transaction(async (tx) => {
        await tx.createObjective(lead, { title: 'Rolled back fresh goal', ownerId: 'platform-1', cycleId: '2026-Q4' });
        expect(await tx.listObjectivesJson(lead, { q: 'fresh' })).toContain('Rolled back');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await store.listObjectivesJson(lead, { q: 'fresh' })).not.toContain('Rolled back');
    await expectFresh();
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
      await seedDemo(first, TODAY);
      const mine = new GoalStore(sqliteEngine(first), { now });
      const theirs = new GoalStore(sqliteEngine(second), { now });
      const lead = (await mine.person('platform-lead')) as Person;
      const theirLead = (await theirs.person('platform-lead')) as Person;
      await mine.syncWithOtherWriters();
      const before = await mine.listObjectivesJson(lead, { owner: 'platform-1', limit: 200 });
      const objectiveId = (JSON.parse(before) as { items: { id: string; keyResults: { id: string }[] }[] }).items[0]
        ?.id as string;
      const cached = await mine.getObjective(lead, objectiveId);
      const { objective } = await theirs.createObjective(theirLead, {
        title: 'Written by the other process',
        ownerId: 'platform-1',
        cycleId: '2026-Q4',
      });
      await theirs.updateObjective(theirLead, objectiveId, { title: 'Renamed by the other process' }, cached.version);
      // Without looking, the first store still serves its caches; after looking, what is on disk.
      await mine.syncWithOtherWriters();
      const after = await mine.listObjectivesJson(lead, { owner: 'platform-1', limit: 200 });
      expect(after).toContain(objective.id);
      expect((await mine.getObjective(lead, objectiveId)).title).toBe('Renamed by the other process');
      expect((await mine.getObjectiveJson(lead, objectiveId)).json).toContain('Renamed by the other process');
    } finally {
      first.close();
      second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
