import type { Problem } from '@goalkit/client';
import { conversationEndpoints, type Review, type ReviewCycle, type ReviewCycleCreate } from '@goalkit/client/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { reviewHandlers } from '../src/conversations/reviewHandlers.js';
import { type Reply, request, type Server, startServer, tokens } from './harness.js';

// The review routes' authorisation matrix: every review route × every kind of caller, against a fresh
// cycle in the stage the route is about. The cases are a `Record<ReviewRoute, Case>`: a route added to
// the handlers without a case here does not compile. platform-1 is the reviewee, platform-lead their
// manager, platform-2 writes a peer review of them, smb-1 takes no part.

/** Every route the review handlers answer. */
type ReviewRoute = keyof typeof reviewHandlers;
type Kind = 'admin' | 'manager' | 'reviewee' | 'peer' | 'outsider' | 'anonymous';
const callers: Record<Kind, string | undefined> = {
  admin: tokens.admin,
  manager: tokens.lead,
  reviewee: tokens.member,
  peer: tokens.peer,
  outsider: tokens.outsider,
  anonymous: undefined,
};
const kinds = Object.keys(callers) as Kind[];

interface Fixture {
  cycle: ReviewCycle;
  self: Review;
  manager: Review;
  /** platform-2's peer review of platform-1. */
  peer: Review;
}

type Stage = 'collecting' | 'calibrating' | 'sharing';

interface Case {
  /** The stage the cycle is in, and whether its reviews were answered and submitted. */
  stage: Stage;
  submitted: boolean;
  method: string;
  path: (f: Fixture) => string;
  /** The path with a missing id in place of the one the route takes: the 404 a hidden resource must equal. */
  missing?: string;
  body?: (f: Fixture) => unknown;
  ifMatch?: (f: Fixture) => number;
  /** The status each signed-in kind gets (anonymous callers always get 401). */
  expect: Record<Exclude<Kind, 'anonymous'>, number>;
}

const all = (status: number) => ({ admin: status, manager: status, reviewee: status, peer: status, outsider: status });
const cyclePath = (f: Fixture) => `/review-cycles/${f.cycle.id}`;

const cases: Record<ReviewRoute, Case> = {
  listReviewCycles: {
    stage: 'collecting',
    submitted: false,
    method: 'GET',
    path: () => '/review-cycles',
    expect: all(200),
  },
  createReviewCycle: {
    stage: 'collecting',
    submitted: false,
    method: 'POST',
    path: () => '/review-cycles',
    body: () => cycleBody(),
    expect: { admin: 201, manager: 403, reviewee: 403, peer: 403, outsider: 403 },
  },
  getReviewCycle: {
    stage: 'collecting',
    submitted: false,
    method: 'GET',
    path: cyclePath,
    missing: '/review-cycles/rc-missing',
    expect: { admin: 200, manager: 200, reviewee: 200, peer: 200, outsider: 404 },
  },
  transitionReviewCycle: {
    stage: 'collecting',
    submitted: true,
    method: 'POST',
    path: (f) => `${cyclePath(f)}/transitions`,
    missing: '/review-cycles/rc-missing/transitions',
    body: () => ({ action: 'calibrate' }),
    expect: { admin: 200, manager: 403, reviewee: 403, peer: 403, outsider: 404 },
  },
  listReviews: {
    stage: 'collecting',
    submitted: true,
    method: 'GET',
    path: (f) => `${cyclePath(f)}/reviews`,
    missing: '/review-cycles/rc-missing/reviews',
    expect: { admin: 200, manager: 200, reviewee: 200, peer: 200, outsider: 404 },
  },
  createReview: {
    stage: 'collecting',
    submitted: false,
    method: 'POST',
    path: (f) => `${cyclePath(f)}/reviews`,
    missing: '/review-cycles/rc-missing/reviews',
    body: () => ({ revieweeId: 'platform-1', reviewerId: 'smb-2', kind: 'peer' }),
    expect: { admin: 201, manager: 201, reviewee: 201, peer: 403, outsider: 404 },
  },
  getReview: {
    stage: 'collecting',
    submitted: true,
    method: 'GET',
    path: (f) => `/reviews/${f.peer.id}`,
    missing: '/reviews/rv-missing',
    // Submitted, not shared: not yet the reviewee's to read.
    expect: { admin: 200, manager: 200, reviewee: 404, peer: 200, outsider: 404 },
  },
  updateReview: {
    stage: 'collecting',
    submitted: false,
    method: 'PATCH',
    path: (f) => `/reviews/${f.peer.id}`,
    missing: '/reviews/rv-missing',
    body: () => ({ answers: [{ questionId: 'impact', rating: 4 }] }),
    ifMatch: (f) => f.peer.version,
    // A draft: its reviewer's alone.
    expect: { admin: 404, manager: 404, reviewee: 404, peer: 200, outsider: 404 },
  },
  transitionReview: {
    stage: 'sharing',
    submitted: true,
    method: 'POST',
    path: (f) => `/reviews/${f.peer.id}/transitions`,
    missing: '/reviews/rv-missing/transitions',
    body: () => ({ action: 'share' }),
    expect: { admin: 200, manager: 200, reviewee: 404, peer: 403, outsider: 404 },
  },
  getCalibration: {
    stage: 'calibrating',
    submitted: true,
    method: 'GET',
    path: (f) => `${cyclePath(f)}/calibration`,
    missing: '/review-cycles/rc-missing/calibration',
    expect: { admin: 200, manager: 200, reviewee: 403, peer: 403, outsider: 404 },
  },
  createCalibrationAdjustment: {
    stage: 'calibrating',
    submitted: true,
    method: 'POST',
    path: (f) => `${cyclePath(f)}/calibration`,
    missing: '/review-cycles/rc-missing/calibration',
    body: () => ({ personId: 'platform-1', to: { performance: 'low', potential: 'low' }, reason: 'Calibrated down' }),
    expect: { admin: 201, manager: 201, reviewee: 403, peer: 403, outsider: 404 },
  },
};

function cycleBody(): ReviewCycleCreate {
  const step = (kind: 'self' | 'manager' | 'peer') => ({
    kind,
    opensAt: '2026-11-01',
    dueAt: '2026-11-30',
    anonymous: false,
    minResponses: 1,
  });
  return {
    name: 'Matrix cycle',
    period: { start: '2026-10-01', end: '2026-12-31' },
    steps: [step('self'), step('manager'), step('peer')],
    questions: [
      { id: 'impact', text: 'Impact', type: 'rating', kinds: ['self', 'manager', 'peer'] },
      { id: 'growth', text: 'Growth', type: 'rating', kinds: ['manager'], measures: 'potential' },
    ],
    goalSnapshotAt: '2026-11-16T06:00:00Z',
    participantIds: ['platform-1'],
  };
}

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function ok<T>(reply: Promise<Reply<T>>, status = 200): Promise<T> {
  const { status: got, body } = await reply;
  expect(got, JSON.stringify(body)).toBe(status);
  return body;
}

/** A fresh cycle on platform-1, open, with a peer review by platform-2, moved to `stage`. */
async function fixture(stage: Stage, submitted: boolean): Promise<Fixture> {
  const call = <T>(method: string, path: string, token: string, body?: unknown, headers = {}) =>
    request<T>(server, method, path, token, body, headers);
  let cycle = await ok(call<ReviewCycle>('POST', '/review-cycles', tokens.admin, cycleBody()), 201);
  const move = async (action: string) =>
    (cycle = await ok(call<ReviewCycle>('POST', `/review-cycles/${cycle.id}/transitions`, tokens.admin, { action })));
  await move('open');
  const mine = async (token: string) =>
    (await ok(call<{ items: Review[] }>('GET', `/review-cycles/${cycle.id}/reviews`, token))).items[0] as Review;
  const self = await mine(tokens.member);
  const manager = await mine(tokens.lead);
  let peer = await ok(
    call<Review>('POST', `/review-cycles/${cycle.id}/reviews`, tokens.admin, {
      revieweeId: 'platform-1',
      reviewerId: 'platform-2',
      kind: 'peer',
    }),
    201,
  );
  const reviews = { self, manager, peer };
  if (submitted) {
    const by = { self: tokens.member, manager: tokens.lead, peer: tokens.peer };
    for (const key of ['self', 'manager', 'peer'] as const) {
      const answers = [
        { questionId: 'impact', rating: 4 },
        ...(key === 'manager' ? [{ questionId: 'growth', rating: 5 }] : []),
      ];
      const saved = await ok(
        call<Review>(
          'PATCH',
          `/reviews/${reviews[key].id}`,
          by[key],
          { answers },
          { 'if-match': `"${reviews[key].version}"` },
        ),
      );
      reviews[key] = await ok(call<Review>('POST', `/reviews/${saved.id}/transitions`, by[key], { action: 'submit' }));
    }
  }
  if (stage !== 'collecting') await move('calibrate');
  if (stage === 'sharing') await move('share');
  peer = reviews.peer;
  if (stage !== 'collecting') peer = await ok(call<Review>('GET', `/reviews/${peer.id}`, tokens.peer));
  return { cycle, self: reviews.self, manager: reviews.manager, peer };
}

const routeNames = Object.keys(cases) as ReviewRoute[];

it('covers every review route of the contract', () => {
  const reviewRoutes = (Object.keys(conversationEndpoints) as (keyof typeof conversationEndpoints)[]).filter((name) =>
    conversationEndpoints[name].path.startsWith('/review'),
  );
  expect([...routeNames].sort()).toEqual([...reviewRoutes].sort());
  for (const name of routeNames) {
    const route = conversationEndpoints[name];
    expect(cases[name].method).toBe(route.method);
  }
});

describe.each(routeNames)('%s', (name) => {
  const spec = cases[name];
  // A read changes nothing: one cycle serves every kind of caller. A write gets a fresh one each time.
  let shared: Promise<Fixture> | undefined;
  const fixtureFor = () => {
    if (spec.method !== 'GET') return fixture(spec.stage, spec.submitted);
    shared ??= fixture(spec.stage, spec.submitted);
    return shared;
  };
  it.each(kinds)('as %s', async (kind) => {
    const f = await fixtureFor();
    const token = callers[kind];
    const headers: Record<string, string> = spec.ifMatch ? { 'if-match': `"${spec.ifMatch(f)}"` } : {};
    const reply = await request<Problem>(server, spec.method, spec.path(f), token, spec.body?.(f), headers);
    const expected = kind === 'anonymous' ? 401 : spec.expect[kind];
    expect(reply.status, JSON.stringify(reply.body)).toBe(expected);
    if (expected === 404 && spec.missing) {
      // Hidden exactly as a missing id is: the same problem, but for the id itself.
      const missing = await request<Problem>(server, spec.method, spec.missing, token, spec.body?.(f), headers);
      expect(missing.status).toBe(404);
      const strip = (p: Problem, id: string) =>
        JSON.parse(
          JSON.stringify(p)
            .replaceAll(id, 'ID')
            .replace(/"instance":"[^"]*"/, '"instance":""'),
        );
      const hiddenId = spec.path(f).split('/')[2] as string;
      const missingId = spec.missing.split('/')[2] as string;
      expect(strip(reply.body, hiddenId)).toEqual(strip(missing.body, missingId));
    }
    if (expected === 200 && name === 'listReviewCycles' && kind !== 'outsider')
      expect((reply.body as unknown as { items: ReviewCycle[] }).items.map((c) => c.id)).toContain(f.cycle.id);
    if (kind === 'outsider' && name === 'listReviewCycles')
      expect((reply.body as unknown as { items: ReviewCycle[] }).items.map((c) => c.id)).not.toContain(f.cycle.id);
  });
});
