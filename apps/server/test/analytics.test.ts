import type { Analytics, Objective, Problem } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const get = (query: string, token = tokens.admin) =>
  request<Analytics & Problem>(server, 'GET', `/analytics?${query}`, token);

describe('GET /analytics', () => {
  it("gives the organisation's figures for a cycle, with the trend over the cycles up to it", async () => {
    const { status, body } = await get('cycle=2026-Q4');
    expect(status).toBe(200);
    expect(body).toMatchObject({ cycleId: '2026-Q4', ownerId: null, k: 5, asOf: '2026-11-16' });
    if (body.checkIns?.hidden !== false) throw new Error('check-ins hidden for the whole organisation');
    expect(body.checkIns.rate).toBeGreaterThan(0);
    expect(body.checkIns.rate).toBeLessThanOrEqual(1);
    expect(body.trend?.map((t) => t.cycleId)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    if (body.calibration?.hidden !== false) throw new Error('calibration hidden for the whole organisation');
    expect([...body.calibration.cycles].sort()).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    const half = body.calibration.atFractions.find((f) => f.fraction === 0.5)?.calibration;
    expect(half?.brier).toBeGreaterThanOrEqual(0);
    expect(half?.brier).toBeLessThanOrEqual(1);
    expect(body.forecast).toBeUndefined();
  });

  it('hides every aggregate over fewer than 5 people, with the reason', async () => {
    const { body } = await get('cycle=2026-Q4&owner=platform-1', tokens.member);
    expect(body.checkIns).toMatchObject({ hidden: true, groupSize: 1, k: 5 });
    expect(body.checkIns?.hidden && body.checkIns.reason).toContain('figures are shown for groups of 5 or more');
    expect(JSON.stringify(body.checkIns)).not.toContain('rate');
    expect(body.trend?.every((t) => t.checkInRate === null)).toBe(true);
  });

  it('counts only what the caller may see: a private goal of another is never listed', async () => {
    const hidden = await request<Objective>(server, 'POST', '/objectives', tokens.admin, {
      title: 'A private goal with no parent',
      ownerId: 'ceo',
      cycleId: '2026-Q4',
      visibility: 'private',
    });
    const orphans = async (token: string) => {
      const { body } = await get('cycle=2026-Q4&metrics=alignment', token);
      return body.alignment?.hidden === false ? body.alignment.orphans : [];
    };
    expect(await orphans(tokens.admin)).toContain(hidden.body.id);
    expect(await orphans(tokens.member)).not.toContain(hidden.body.id);
  });

  it('computes only the metrics asked for, and a forecast only for an owner', async () => {
    const { body } = await get('cycle=2026-Q4&metrics=outcomes');
    expect(Object.keys(body).sort()).toEqual(['asOf', 'cycleId', 'k', 'outcomes', 'ownerId']);
    const team = await get('cycle=2026-Q4&owner=platform&metrics=forecast', tokens.lead);
    expect(team.status).toBe(200);
    expect(team.body.forecast).toBeDefined();
  });

  it('names a cycle, an owner or a metric that is not there', async () => {
    expect((await get('cycle=1999-Q1')).body.errors?.[0]?.path).toBe('cycle');
    expect((await get('cycle=2026-Q4&owner=nobody')).body.errors?.[0]?.path).toBe('owner');
    const bad = await get('cycle=2026-Q4&metrics=happiness');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.path).toBe('metrics');
    expect((await get('')).status).toBe(400);
  });
});
