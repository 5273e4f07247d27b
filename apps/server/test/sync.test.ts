import type { CheckIn, KeyResult, KeyResultSyncResult, Objective, Problem } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInConnectors } from '../src/connectors/index.js';
import { startDataServer } from './connectorServer.js';
import { request, type Server, startServer, tokens } from './harness.js';

let server: Server;
let data: Awaited<ReturnType<typeof startDataServer>>;
beforeAll(async () => {
  data = await startDataServer();
  server = await startServer({}, ':memory:', {
    connectors: builtInConnectors({ allowHosts: [data.host], timeoutMs: 500, maxBytes: 256 * 1024 }),
  });
});
afterAll(async () => {
  await server.close();
  await data.close();
});

const series = (path = '/series') => ({
  mode: 'pull',
  connector: 'http-json',
  config: { url: data.url(path), path: 'series', valuePath: 'v', datePath: 'day' },
  schedule: 'hourly',
});

/** A goal of platform-1 in 2026-Q4 whose first key result pulls from `source`. */
async function pulled(source: unknown, extra: Record<string, unknown> = {}) {
  const created = await request<Objective & Problem>(server, 'POST', '/objectives', tokens.member, {
    title: 'Teams use the product every week',
    ownerId: 'platform-1',
    cycleId: '2026-Q4',
    keyResults: [
      {
        title: 'Raise weekly active teams from 100 to 200',
        type: 'increase',
        start: 100,
        target: 200,
        source,
        ...extra,
      },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { objective: created.body, kr: created.body.keyResults[0] as KeyResult };
}
const sync = (id: string, token = tokens.member) =>
  request<KeyResultSyncResult & Problem>(server, 'POST', `/key-results/${id}/sync`, token);
const checkIns = async (id: string) =>
  (await request<{ items: CheckIn[] }>(server, 'GET', `/key-results/${id}/check-ins`, tokens.member)).body.items;

describe('a key result that pulls its value', () => {
  it("records each day's value in the cycle up to today as a connector check-in, and a second sync nothing", async () => {
    const { kr } = await pulled(series());
    expect(kr.source).toMatchObject({ mode: 'pull', connector: 'http-json', configuredById: 'platform-1' });
    const first = await sync(kr.id);
    expect(first.status).toBe(200);
    // 2026-09-30 is before the cycle, 2026-11-20 after today (2026-11-16): left out. The 2nd keeps its latest.
    expect(first.body.lastSync).toMatchObject({ ok: true, recorded: 2 });
    expect(first.body.keyResult.current).toBe(140);
    expect(first.body.keyResult.score.progress).toBeCloseTo(0.4, 10);
    const recorded = await checkIns(kr.id);
    expect(recorded.map((c) => [c.at, c.value, c.source, c.sourceRef, c.confidence])).toEqual([
      ['2026-11-02T00:00:00Z', 125, 'connector', 'http-json', null],
      ['2026-11-09T00:00:00Z', 140, 'connector', 'http-json', null],
    ]);
    const again = await sync(kr.id);
    expect(again.body.lastSync).toMatchObject({ ok: true, recorded: 0 });
    expect(await checkIns(kr.id)).toHaveLength(2);
    // A changed value for a day replaces that day's check-in.
    data.reply('/series2', { series: [{ day: '2026-11-09', v: 150 }] });
    const { kr: other } = await pulled(series('/series2'));
    await sync(other.id);
    data.reply('/series2', { series: [{ day: '2026-11-09', v: 160 }] });
    expect((await sync(other.id)).body.lastSync.recorded).toBe(1);
    expect((await checkIns(other.id)).map((c) => c.value)).toEqual([160]);
  });

  it('records a failed pull in words, sends key-result.sync-failed, and leaves the value and score', async () => {
    const { objective, kr } = await pulled(series());
    await sync(kr.id);
    const before = (await request<Objective>(server, 'GET', `/objectives/${objective.id}`, tokens.member)).body;
    const since = (await server.store.eventsSince(0)).at(-1)?.id ?? 0;
    await request(
      server,
      'PATCH',
      `/key-results/${kr.id}`,
      tokens.member,
      { source: series('/error') },
      {
        'if-match': `"${before.keyResults[0]?.version}"`,
      },
    );
    for (const [path, error] of [
      ['/error', 'answered 500'],
      ['/slow', 'did not answer within 0.5 s'],
      ['/not-json', 'the reply is not JSON'],
    ] as const) {
      const now = (await request<Objective>(server, 'GET', `/objectives/${objective.id}`, tokens.member)).body;
      await request(
        server,
        'PATCH',
        `/key-results/${kr.id}`,
        tokens.member,
        { source: series(path) },
        {
          'if-match': `"${now.keyResults[0]?.version}"`,
        },
      );
      const failed = await sync(kr.id);
      expect(failed.status).toBe(200);
      expect(failed.body.lastSync.ok).toBe(false);
      expect(failed.body.lastSync.error).toContain(error);
      expect(failed.body.keyResult.current).toBe(140);
      expect(failed.body.keyResult.score.progress).toBe(before.keyResults[0]?.score.progress);
      expect(failed.body.objective.score.progress).toBe(before.score.progress);
    }
    const types = (await server.store.eventsSince(since)).map((e) => e.type);
    expect(types.filter((t) => t === 'key-result.sync-failed')).toHaveLength(3);
    expect(types).not.toContain('check-in.created');
    expect(await checkIns(kr.id)).toHaveLength(2);
  });

  it('refuses a value that is not a number: the whole pull, naming the point', async () => {
    data.reply('/mixed', {
      series: [
        { day: '2026-11-02', v: 120 },
        { day: '2026-11-03', v: 'n/a' },
      ],
    });
    const { kr } = await pulled(series('/mixed'));
    const reply = await sync(kr.id);
    expect(reply.body.lastSync).toMatchObject({ ok: false });
    expect(reply.body.lastSync.error).toContain('item 2 at series holds "n/a", not a number');
    expect(await checkIns(kr.id)).toHaveLength(0);
  });

  it('applies the transform: a running sum of daily events, scaled', async () => {
    data.reply('/events', {
      series: [
        { day: '2026-11-02', v: 2 },
        { day: '2026-11-02', v: 3 },
        { day: '2026-11-05', v: 5 },
      ],
    });
    const { kr } = await pulled({ ...series('/events'), transform: { aggregate: 'running-sum', scale: 10 } });
    expect((await sync(kr.id)).body.keyResult.current).toBe(100);
    expect((await checkIns(kr.id)).map((c) => c.value)).toEqual([50, 100]);
  });

  it('checks the source when saved, at its path: the connector, its settings, the key result type', async () => {
    const create = (keyResult: Record<string, unknown>) =>
      request<Problem>(server, 'POST', '/objectives', tokens.member, {
        title: 'Goal',
        ownerId: 'platform-1',
        cycleId: '2026-Q4',
        keyResults: [{ title: 'KR', type: 'increase', start: 0, target: 10, ...keyResult }],
      });
    const paths = async (keyResult: Record<string, unknown>) => {
      const reply = await create(keyResult);
      expect(reply.status).toBe(422);
      return reply.body.errors?.map((e) => `${e.path}: ${e.message}`);
    };
    expect(await paths({ source: { mode: 'pull' } })).toEqual([
      'keyResults[0].source.connector: is needed to pull values',
    ]);
    expect((await paths({ source: { mode: 'pull', connector: 'salesforce' } }))?.[0]).toContain(
      'keyResults[0].source.connector: is not a connector of this server (it has http-json, csv)',
    );
    expect(
      (await paths({ source: { mode: 'pull', connector: 'http-json', config: { url: 'ftp://x' } } }))?.[0],
    ).toMatch(/^keyResults\[0\]\.source\.config\.url: /);
    expect(
      await paths({ type: 'milestones', milestones: [{ title: 'M', done: false }], source: { mode: 'push' } }),
    ).toEqual(['keyResults[0].source.mode: a milestones key result takes check-ins of its milestones, not values']);
  });

  it('keeps the last sync through other edits and forgets it when the settings change', async () => {
    const { kr } = await pulled(series());
    const synced = (await sync(kr.id)).body.keyResult;
    const patch = (body: unknown, version: number) =>
      request<KeyResult>(server, 'PATCH', `/key-results/${kr.id}`, tokens.member, body, { 'if-match': `"${version}"` });
    const renamed = await patch(
      { title: 'Raise weekly active teams from 100 to 210', source: series() },
      synced.version,
    );
    expect(renamed.body.source?.lastSync?.ok).toBe(true);
    const moved = await patch({ source: series('/value') }, renamed.body.version);
    expect(moved.body.source?.lastSync ?? null).toBeNull();
  });

  it('is for those who may edit the goal, and for key results set to pull', async () => {
    const { kr } = await pulled(series());
    expect((await sync(kr.id, tokens.peer)).status).toBe(403);
    expect((await sync(kr.id, tokens.outsider)).status).toBe(403);
    const { kr: manual } = await pulled({ mode: 'manual' });
    const reply = await sync(manual.id);
    expect(reply.status).toBe(422);
    expect(reply.body.errors?.[0]?.path).toBe('source.mode');
  });

  it('pulls on its schedule, in the name of who set it up, and not again until the schedule says', async () => {
    const { kr } = await pulled(series(), {});
    const { kr: unscheduled } = await pulled({ ...series(), schedule: null });
    const before = data.hits.get('/series') ?? 0;
    await server.sync.run();
    const after = data.hits.get('/series') ?? 0;
    expect(after - before).toBeGreaterThanOrEqual(1);
    expect(await checkIns(kr.id)).toHaveLength(2);
    expect((await checkIns(kr.id))[0]?.authorId).toBe('platform-1');
    expect(await checkIns(unscheduled.id)).toHaveLength(0);
    // Everything hourly was just pulled (the clock stands still in tests): the next look pulls nothing.
    expect(await server.sync.run()).toBe(0);
  });
});

describe('pushed values outside the cycle', () => {
  it('are refused unless the key result allows them', async () => {
    const { kr } = await pulled({ mode: 'push' });
    const put = (id: string) =>
      request<Problem>(server, 'PUT', `/key-results/${id}/values/2026-09-15`, tokens.member, { value: 110 });
    const refused = await put(kr.id);
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.[0]?.message).toContain('allowValuesOutsideCycle');
    const { kr: open } = await pulled({ mode: 'push' }, { allowValuesOutsideCycle: true });
    expect((await put(open.id)).status).toBe(200);
  });
});
