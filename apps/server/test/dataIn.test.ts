import type { CheckIn, KeyResultValueResult, Objective, Problem } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** A fresh approved goal of platform-1 in 2026-Q4 with a numeric and a boolean key result. */
async function goal() {
  const created = await request<Objective>(server, 'POST', '/objectives', tokens.admin, {
    title: 'A goal fed by the warehouse',
    ownerId: 'platform-1',
    cycleId: '2026-Q4',
    keyResults: [
      { title: 'Raise weekly active teams from 100 to 200', type: 'increase', start: 100, target: 200 },
      { title: 'SSO live', type: 'boolean' },
    ],
  });
  expect(created.status).toBe(201);
  return created.body;
}

const put = (keyResultId: string, date: string, body: unknown, token = tokens.member) =>
  request<KeyResultValueResult & Problem>(server, 'PUT', `/key-results/${keyResultId}/values/${date}`, token, body);

describe('PUT /key-results/{id}/values/{date}', () => {
  it('makes one check-in and one version however often the same value is sent, and replaces the day on another', async () => {
    const objective = await goal();
    const kr = objective.keyResults[0]?.id as string;
    const first = await put(kr, '2026-11-10', { value: 120, sourceRef: 'warehouse run 41' });
    expect(first.status).toBe(200);
    expect(first.body.created).toBe(true);
    expect(first.body.checkIn).toMatchObject({
      at: '2026-11-10T00:00:00Z',
      value: 120,
      confidence: null,
      source: 'api',
      sourceRef: 'warehouse run 41',
    });
    expect(first.body.keyResult.current).toBe(120);
    const again = await put(kr, '2026-11-10', { value: 120, sourceRef: 'warehouse run 41' });
    expect(again.body.created).toBe(false);
    expect(again.body.keyResult.version).toBe(first.body.keyResult.version);
    expect(again.body.checkIn.id).toBe(first.body.checkIn.id);
    const checkIns = async () =>
      (await request<{ items: CheckIn[] }>(server, 'GET', `/key-results/${kr}/check-ins`, tokens.member)).body.items;
    expect(await checkIns()).toHaveLength(1);
    // Another value for the day replaces it: still one check-in, a new version.
    const replaced = await put(kr, '2026-11-10', { value: 130 });
    expect(replaced.body.created).toBe(false);
    expect(replaced.body.checkIn.id).toBe(first.body.checkIn.id);
    expect(replaced.body.keyResult.version).toBeGreaterThan(first.body.keyResult.version);
    expect(await checkIns()).toMatchObject([{ value: 130, source: 'api', sourceRef: null }]);
    // A later day moves the value; an earlier one leaves it at the latest day's.
    expect((await put(kr, '2026-11-12', { value: 150 })).body.keyResult.current).toBe(150);
    const earlier = await put(kr, '2026-11-01', { value: 110 });
    expect(earlier.body.keyResult.current).toBe(150);
    expect((await checkIns()).map((c) => [c.at.slice(0, 10), c.value])).toEqual([
      ['2026-11-01', 110],
      ['2026-11-10', 130],
      ['2026-11-12', 150],
    ]);
    // A person's own check-in is another source, beside the pushed ones.
    const manual = await request<{ checkIn: CheckIn }>(server, 'POST', `/key-results/${kr}/check-ins`, tokens.member, {
      value: 160,
      confidence: 0.7,
    });
    expect(manual.body.checkIn.source).toBe('manual');
  });

  it('refuses confidence, a day outside the cycle or after today, a bad day and a value of the wrong kind, at their paths', async () => {
    const objective = await goal();
    const [numeric, done] = objective.keyResults.map((k) => k.id) as [string, string];
    const paths = async (reply: Promise<{ status: number; body: Problem }>, status = 422) => {
      const { status: got, body } = await reply;
      expect(got, JSON.stringify(body)).toBe(status);
      return body.errors?.map((e) => e.path);
    };
    expect(await paths(put(numeric, '2026-11-10', { value: 120, confidence: 0.9 }))).toEqual(['confidence']);
    expect(await paths(put(numeric, '2026-06-30', { value: 120 }))).toEqual(['date']);
    expect(await paths(put(numeric, '2026-11-17', { value: 120 }))).toEqual(['date']);
    expect(await paths(put(numeric, '2026-02-30', { value: 120 }), 400)).toEqual(['date']);
    expect(await paths(put(numeric, '2026-11-10', { value: true }))).toEqual(['value']);
    expect(await paths(put(done, '2026-11-10', { value: 2 }))).toEqual(['value']);
    const ok = await put(done, '2026-11-10', { value: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body.checkIn.value).toBe(true);
  });

  it('is for those who may edit the goal: a teammate who only sees it gets 403, their manager may', async () => {
    const objective = await goal();
    const kr = objective.keyResults[0]?.id as string;
    expect((await put(kr, '2026-11-10', { value: 120 }, tokens.peer)).status).toBe(403);
    expect((await put(kr, '2026-11-10', { value: 120 }, tokens.lead)).status).toBe(200);
  });
});
