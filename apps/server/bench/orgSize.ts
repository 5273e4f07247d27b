// What one server process holds for an organisation of a given size, run by `pnpm bench`: a generated
// organisation (core's benchmark generator: an alignment tree, every key-result type, 0–3 check-ins each)
// written into an in-memory SQLite database, then the store's first list page (which builds the scorer
// and the list index), a check-in, and the JavaScript heap the store keeps (after a GC). Run with
// `node --expose-gc`. Prints one JSON object with the results on the last line of stdout.
import { generateDocument } from '../../../packages/core/bench/generate.js';
import { sqliteEngine } from '../src/db/engine.js';
import { openDatabase } from '../src/db/openDatabase.js';
import { type KeyResultFixture, type OrganisationFixture, seedFixture } from '../src/seed/seedFixture.js';
import { GoalStore } from '../src/store.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc: the heap figures need a collection first.');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

function fixtureOf(objectives: number): OrganisationFixture {
  const document = generateDocument({ objectives });
  return {
    cycles: document.cycles.map((c) => ({ id: c.id, name: c.name, start: c.start, end: c.end })),
    owners: [
      { id: 'org', kind: 'org', name: 'Org' },
      { id: 'admin', kind: 'person', name: 'Admin', parentId: 'org' },
    ],
    people: [{ id: 'admin', role: 'admin' }],
    objectives: document.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      ownerId: 'org',
      cycleId: o.cycle,
      parentId: o.parent ?? null,
      alignment: o.alignment ?? 'contributes',
      weight: o.weight ?? 1,
      rollup: o.rollup ?? 'key-results',
      keyResults: o.keyResults.map((k) => {
        const kr = k as unknown as Record<string, unknown> & { checkIns: { at: string; value?: number }[] };
        const { id, checkIns, current, done, ...definition } = kr;
        return {
          ...definition,
          id,
          current: kr.type === 'boolean' ? done === true : ((current as number | undefined) ?? null),
          checkIns: checkIns.map((c) => ({ ...c, authorId: 'admin' })),
        } as unknown as KeyResultFixture;
      }),
    })),
  };
}

const results = [];
for (const size of [1_000, 10_000, 50_000]) {
  const fixture = fixtureOf(size);
  const keyResults = fixture.objectives.reduce((n, o) => n + (o.keyResults?.length ?? 0), 0);
  const checkIns = fixture.objectives.reduce(
    (n, o) => n + (o.keyResults ?? []).reduce((m, k) => m + (k.checkIns?.length ?? 0), 0),
    0,
  );
  const db = openDatabase(':memory:');
  seedFixture(db, fixture);
  const before = heap();
  const store = new GoalStore(sqliteEngine(db), { now: () => new Date('2026-02-15T12:00:00Z') });
  await store.syncWithOtherWriters();
  const admin = (await store.person('admin')) as NonNullable<Awaited<ReturnType<GoalStore['person']>>>;
  let started = performance.now();
  await store.listObjectives(admin, { limit: 50 } as never);
  const firstPageMs = performance.now() - started;
  started = performance.now();
  await store.listObjectives(admin, { limit: 50 } as never);
  const nextPageMs = performance.now() - started;
  const target = fixture.objectives
    .flatMap((o) => o.keyResults ?? [])
    .find((k) => k.type === 'increase') as KeyResultFixture;
  started = performance.now();
  await store.createCheckIn(admin, target.id, { value: 42 });
  const checkInMs = performance.now() - started;
  const kept = heap() - before;
  results.push({
    objectives: size,
    keyResults,
    checkIns,
    firstPageMs: Math.round(firstPageMs),
    nextPageMs: Math.round(nextPageMs * 10) / 10,
    checkInMs: Math.round(checkInMs * 10) / 10,
    heapMiB: Math.round((kept / 2 ** 20) * 10) / 10,
  });
  console.error(JSON.stringify(results.at(-1)));
  await store.engine.close();
}
console.log(JSON.stringify({ results }));
