import type { Analytics, Cycle, Objective, Owner } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

// The demo organisation's closed quarters carry confidence histories from each person's persona (see the
// seed's PERSONAS), so the analytics and the calibration widgets show something true: SMB Sales are
// optimists, Finance says what turns out.
let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const analytics = async (query: string, token = tokens.admin) => {
  const { status, body } = await request<Analytics>(server, 'GET', `/analytics?${query}`, token);
  expect(status).toBe(200);
  return body;
};

/** The calibration's figures at each fraction, or a failure naming why they are hidden. */
const calibrationOf = (body: Analytics) => {
  const calibration = body.calibration;
  if (calibration?.hidden !== false) throw new Error(`calibration hidden: ${JSON.stringify(calibration)}`);
  return calibration.atFractions.map((f) => {
    if (!f.calibration) throw new Error(`no confidence by ${f.fraction}`);
    return { fraction: f.fraction, n: f.withConfidence, ...f.calibration };
  });
};

describe('the demo organisation’s closed quarters', () => {
  it('are the three quarters before this one, each with graded goals for the company, departments, teams and people', async () => {
    const cycles = await request<{ items: Cycle[] }>(server, 'GET', '/cycles', tokens.admin);
    expect(cycles.body.items.filter((c) => c.closed).map((c) => c.id)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(cycles.body.items.find((c) => c.id === '2026-Q4')?.closed).toBe(false);
    const owners = await request<{ items: Owner[] }>(server, 'GET', '/owners', tokens.admin);
    const kinds = new Map(owners.body.items.map((o) => [o.id, o.kind]));
    for (const cycle of ['2026-Q1', '2026-Q2', '2026-Q3']) {
      const { body } = await request<{ items: Objective[] }>(
        server,
        'GET',
        `/objectives?cycle=${cycle}&limit=200`,
        tokens.admin,
      );
      expect(new Set(body.items.map((o) => kinds.get(o.ownerId)))).toEqual(
        new Set(['org', 'department', 'team', 'person']),
      );
      expect(body.items.every((o) => o.state === 'closed' && o.grade !== null)).toBe(true);
      expect(body.items.some((o) => o.ambition === 'aspirational')).toBe(true);
    }
  });

  it('show the organisation over-confident: the trend holds all three, and calibration reads them', async () => {
    const body = await analytics('cycle=2026-Q4');
    expect(body.trend?.map((t) => t.cycleId)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(body.trend?.every((t) => t.checkInRate !== null)).toBe(true);
    if (body.calibration?.hidden !== false) throw new Error('calibration hidden for the whole organisation');
    expect([...body.calibration.cycles].sort()).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(body.calibration.keyResults).toBeGreaterThan(300);
    for (const at of calibrationOf(body)) {
      expect(at.n).toBeGreaterThan(300);
      expect(at.overconfidence).toBeGreaterThan(0.1);
      expect(at.brier).toBeGreaterThan(0);
      expect(at.brier).toBeLessThan(0.5);
      // The reliability diagram has points on both sides of 50 %.
      expect(at.bins.filter((b) => b.count > 0).length).toBeGreaterThanOrEqual(6);
    }
  });

  it('show Sales over-confident and People & Operations calibrated, to an admin and to each department’s head', async () => {
    for (const [department, head] of [
      ['sales', 'gk_demo_sales-head'],
      ['people-ops', 'gk_demo_people-ops-head'],
    ] as const) {
      const byAdmin = calibrationOf(await analytics(`cycle=2026-Q4&owner=${department}&metrics=calibration`));
      const byHead = calibrationOf(await analytics(`cycle=2026-Q4&owner=${department}&metrics=calibration`, head));
      expect(byHead).toEqual(byAdmin);
    }
    const sales = calibrationOf(await analytics('cycle=2026-Q4&owner=sales&metrics=calibration'));
    const peopleOps = calibrationOf(await analytics('cycle=2026-Q4&owner=people-ops&metrics=calibration'));
    for (const [i, optimists] of sales.entries()) {
      const calibrated = peopleOps[i];
      if (!calibrated) throw new Error('people-ops has fewer fractions');
      expect(optimists.n).toBeGreaterThanOrEqual(30);
      expect(calibrated.n).toBeGreaterThanOrEqual(30);
      // More than 10 points over on average, against less than 8 either way.
      expect(optimists.overconfidence).toBeGreaterThan(0.1);
      expect(Math.abs(calibrated.overconfidence)).toBeLessThan(0.08);
      expect(optimists.brier).toBeGreaterThan(calibrated.brier);
    }
  });
});
