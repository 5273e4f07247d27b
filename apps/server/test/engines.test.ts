import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { type SqlEngine, sqliteEngine } from '../src/db/engine.js';
import { openMemoryDatabase } from '../src/db/memoryDatabase.js';
import { openDatabase } from '../src/db/openDatabase.js';
import { postgresEngine } from '../src/db/postgresEngine.js';
import type { SqlDatabase } from '../src/db/sql.js';
import { copyDatabase } from '../src/seed/copyDatabase.js';
import { seedDemo } from '../src/seed/seedDemo.js';
import { GoalStore } from '../src/store.js';
import { TokenRegistry } from '../src/tokens.js';
import { TODAY, tokens } from './harness.js';
import { type PostgresCluster, startPostgres } from './postgres/cluster.js';

/** The app over one engine of the storage interface, seeded with the demo organisation, called in process. */
async function appOn(db: SqlDatabase, engine?: (seeded: SqlDatabase) => Promise<SqlEngine>) {
  const people = await seedDemo(db, TODAY);
  let tick = 0;
  // The same instants on every engine: one second per stamp.
  const store = new GoalStore(engine ? await engine(db) : sqliteEngine(db), {
    now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++),
  });
  const { app } = createApp({
    store,
    tokens: TokenRegistry.demo(people.map((p) => p.id)),
    rateLimit: false,
    authFailureLimit: false,
  });
  return async (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.fetch(
      new Request(`http://goalkit.test${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    // Random ids (check-ins, comments, revisions) differ between runs; everything else must not.
    return `${response.status} ${response.headers.get('etag') ?? ''} ${text.replace(/"(ci|c)-[0-9a-f-]{36}"|"id":"[0-9a-f-]{36}"/g, '"<id>"')}`;
  };
}

let postgres: PostgresCluster;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.stop());

describe('the storage interface', () => {
  // Three engines, each seeded with the whole demo organisation (four quarters of goals) and scoring it again
  // after every write: room for a busy machine.
  it('answers every route the same on sql.js in memory and on PostgreSQL as on better-sqlite3, through reads and writes', async () => {
    const sql = await initSqlJs();
    const file = await appOn(openDatabase(':memory:'));
    const memory = await appOn(openMemoryDatabase(sql));
    const url = await postgres.createDatabase('engines');
    // PostgreSQL gets the same rows: seeded in SQLite, copied over.
    const onPostgres = await appOn(openDatabase(':memory:'), async (seeded) => {
      const engine = await postgresEngine(url);
      await copyDatabase(seeded, engine);
      return engine;
    });
    const both = async (...args: Parameters<typeof file>) => {
      const [a, b, c] = [await file(...args), await memory(...args), await onPostgres(...args)];
      expect(b, `sql.js: ${args[0]} ${args[1]}`).toBe(a);
      expect(c, `PostgreSQL: ${args[0]} ${args[1]}`).toBe(a);
      return a;
    };
    const list = JSON.parse((await both('GET', '/objectives?limit=200', tokens.admin)).split(' ').slice(2).join(' '));
    expect(list.items.length).toBeGreaterThan(100);
    const some = list.items.filter((_: unknown, i: number) => i % 17 === 0) as {
      id: string;
      version: number;
      keyResults: { id: string }[];
    }[];
    for (const token of [tokens.admin, tokens.lead, tokens.member, tokens.outsider]) {
      await both('GET', '/me', token);
      await both('GET', '/cycles', token);
      await both('GET', '/owners?kind=team&q=pl', token);
      await both('GET', '/objectives?limit=7', token);
      await both('GET', '/objectives?status=on-track&q=a', token);
      await both('GET', '/tree', token);
      await both('GET', '/approvals', token);
      for (const o of some) {
        await both('GET', `/objectives/${o.id}`, token);
        await both('GET', `/objectives/${o.id}/history`, token);
        await both('GET', `/objectives/${o.id}/comments`, token);
        await both('GET', `/objectives/${o.id}/lint`, token, undefined, { 'accept-language': 'de' });
        if (o.keyResults[0]) await both('GET', `/key-results/${o.keyResults[0].id}/check-ins`, token);
      }
    }
    const target = some[1] as (typeof some)[number];
    const kr = target.keyResults[0]?.id as string;
    await both(
      'PATCH',
      `/objectives/${target.id}`,
      tokens.admin,
      { title: 'Renamed on both engines' },
      { 'if-match': `"${target.version}"` },
    );
    await both(
      'PATCH',
      `/objectives/${target.id}`,
      tokens.admin,
      { title: 'Stale' },
      { 'if-match': `"${target.version}"` },
    );
    await both('POST', `/key-results/${kr}/check-ins`, tokens.admin, { value: 3, confidence: 0.6, note: 'same' });
    await both('POST', `/objectives/${target.id}/comments`, tokens.admin, { body: 'Kudos', kind: 'kudos' });
    const created = await both('POST', '/objectives', tokens.admin, {
      id: 'o-engines',
      title: 'Written through both engines',
      ownerId: 'ceo',
      cycleId: list.items[0].cycleId,
      keyResults: [{ id: 'kr-engines', title: 'Ten of them', type: 'increase', start: 0, target: 10 }],
    });
    expect(created.startsWith('201')).toBe(true);
    await both('POST', '/objectives/o-engines/transitions', tokens.admin, { action: 'propose' });
    await both('DELETE', '/key-results/kr-engines', tokens.admin, undefined, { 'if-match': '*' });
    // A failing write rolls back on both: the id stays free, nothing half-written.
    await both('POST', '/objectives', tokens.admin, {
      id: 'o-rolled-back',
      title: 'Half written',
      ownerId: 'ceo',
      cycleId: list.items[0].cycleId,
      keyResults: [
        { title: 'Fine', type: 'increase', start: 0, target: 10 },
        { title: 'Bad', type: 'increase', start: 10, target: 1 },
      ],
    });
    await both('GET', '/objectives/o-rolled-back', tokens.admin);
    await both('GET', `/objectives?limit=200`, tokens.admin);
    await both('GET', '/tree', tokens.lead);
  }, 40_000);
});
