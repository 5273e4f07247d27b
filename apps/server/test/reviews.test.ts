import type { KeyResult, Objective, Person, Problem } from '@goalkit/client';
import type {
  Calibration,
  CalibrationPlacement,
  Review,
  ReviewCycle,
  ReviewCycleCreate,
  ReviewQuestion,
  ReviewStep,
} from '@goalkit/client/contract';
import type { Contribution } from '@goalkit/core/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceOf, type SnapshotObjective } from '../src/conversations/reviewEvidence.js';
import { type Reply, request, type Server, startServer, tokens } from './harness.js';

// Review cycles (issue 25) end to end. platform-lead manages platform-1 and platform-2; the CEO is an
// admin; smb-1 and smb-2 work elsewhere. The store's clock is 2026-11-16T12:00Z.

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const token = (id: string) => `gk_demo_${id}`;
const api = <T = unknown>(method: string, path: string, who: string | undefined, body?: unknown, headers = {}) =>
  request<T>(server, method, path, who, body, headers);

const step = (kind: ReviewStep['kind'], extra: Partial<ReviewStep> = {}): ReviewStep => ({
  kind,
  opensAt: '2026-11-01',
  dueAt: '2026-11-30',
  anonymous: false,
  minResponses: 1,
  ...extra,
});
const rating = (id: string, kinds: ReviewQuestion['kinds'], extra: Partial<ReviewQuestion> = {}): ReviewQuestion => ({
  id,
  text: `Question ${id}`,
  type: 'rating',
  kinds,
  ...extra,
});

function cycleBody(extra: Partial<ReviewCycleCreate> = {}): ReviewCycleCreate {
  return {
    name: 'Second half 2026',
    period: { start: '2026-07-01', end: '2026-12-31' },
    steps: [step('self'), step('manager'), step('peer')],
    questions: [
      rating('impact', ['self', 'manager', 'peer']),
      rating('growth', ['manager'], { measures: 'potential' }),
      { id: 'notes', text: 'What went well?', type: 'text', kinds: ['self', 'manager', 'peer'] },
    ],
    goalSnapshotAt: '2026-11-16T06:00:00Z',
    participantIds: ['platform-1'],
    ...extra,
  };
}

async function createCycle(extra: Partial<ReviewCycleCreate> = {}): Promise<ReviewCycle> {
  const reply = await api<ReviewCycle>('POST', '/review-cycles', tokens.admin, cycleBody(extra));
  expect(reply.status).toBe(201);
  return reply.body;
}

async function move(cycle: ReviewCycle, action: 'open' | 'calibrate' | 'share' | 'close'): Promise<ReviewCycle> {
  const reply = await api<ReviewCycle>('POST', `/review-cycles/${cycle.id}/transitions`, tokens.admin, { action });
  expect(reply.status).toBe(200);
  return reply.body;
}

async function reviewsOf(cycle: ReviewCycle, who: string, query = ''): Promise<Review[]> {
  const reply = await api<{ items: Review[] }>('GET', `/review-cycles/${cycle.id}/reviews${query}`, who);
  expect(reply.status).toBe(200);
  return reply.body.items;
}

async function answer(review: Review, who: string, answers: unknown[]): Promise<Reply<Review>> {
  const current = await api<Review>('GET', `/reviews/${review.id}`, who);
  return api<Review>('PATCH', `/reviews/${review.id}`, who, { answers }, { 'if-match': `"${current.body.version}"` });
}

const act = (review: Review, who: string, action: 'submit' | 'share' | 'acknowledge') =>
  api<Review>('POST', `/reviews/${review.id}/transitions`, who, { action });

async function answerAndSubmit(review: Review, who: string, answers: unknown[]): Promise<Review> {
  expect((await answer(review, who, answers)).status).toBe(200);
  const submitted = await act(review, who, 'submit');
  expect(submitted.status).toBe(200);
  return submitted.body;
}

const problem = (reply: Reply<unknown>) => reply.body as Problem & { allowedActions?: string[] };
const paths = (reply: Reply) =>
  ((reply.body as Problem & { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

describe('creating a cycle', () => {
  it('is for admins, with the default score formula', async () => {
    expect((await api('POST', '/review-cycles', tokens.lead, cycleBody())).status).toBe(403);
    const cycle = await createCycle();
    expect(cycle).toMatchObject({ stage: 'draft', version: 1, participantIds: ['platform-1'] });
    expect(cycle.scoreFormula).toEqual({ weights: { goals: 0.5, manager: 0.3, self: 0.1, peer: 0.1 } });
    expect((await api('GET', `/review-cycles/${cycle.id}`, tokens.admin)).headers.get('etag')).toBe('"1"');
  });

  it('names every problem at its path', async () => {
    const reply = await api('POST', '/review-cycles', tokens.admin, {
      ...cycleBody(),
      period: { start: '2026-12-31', end: '2026-07-01' },
      steps: [
        step('self', { opensAt: '2026-11-30', dueAt: '2026-11-01' }),
        step('self'),
        step('manager', { anonymous: true }),
      ],
      questions: [
        rating('impact', ['self'], { scale: { min: 5, max: 1 } }),
        rating('impact', ['peer']),
        { id: 'words', text: 'Words', type: 'text', kinds: ['self'], scale: { min: 1, max: 5 } },
      ],
      scoreFormula: { weights: { goals: 0, self: 0 } },
      participantIds: ['platform-1', 'platform', 'nobody', 'platform-1'],
    });
    expect(reply.status).toBe(422);
    expect(paths(reply).sort()).toEqual(
      [
        'period.end',
        'steps[0].dueAt',
        'steps[1].kind',
        'steps[2].anonymous',
        'questions[0].scale.max',
        'questions[1].id',
        'questions[1].kinds[0]',
        'questions[2].scale',
        'scoreFormula.weights',
        'participantIds[1]',
        'participantIds[2]',
        'participantIds[3]',
      ].sort(),
    );
  });
});

describe('the stages of a cycle and its reviews', () => {
  it('goes from draft to closed, each write at its stage and by its writer', async () => {
    let cycle = await createCycle();
    const path = `/review-cycles/${cycle.id}`;
    // A draft cycle has no reviews, and moves on only by `open`.
    const early = await api<Problem & { allowedActions: string[] }>('POST', `${path}/transitions`, tokens.admin, {
      action: 'calibrate',
    });
    expect(early.status).toBe(409);
    expect(early.body.allowedActions).toEqual(['open']);
    expect(early.body.detail).toContain('draft');
    expect((await api('POST', `${path}/transitions`, tokens.lead, { action: 'open' })).status).toBe(403);
    expect(
      (
        await api('POST', `${path}/reviews`, tokens.lead, {
          revieweeId: 'platform-1',
          reviewerId: 'platform-2',
          kind: 'peer',
        })
      ).status,
    ).toBe(409);

    cycle = await move(cycle, 'open');
    expect(cycle.stage).toBe('collecting');
    // Opening made a self review and a manager review; drafts are seen by their reviewers alone.
    const [self] = await reviewsOf(cycle, tokens.member);
    const [manager] = await reviewsOf(cycle, tokens.lead);
    expect(self).toMatchObject({
      kind: 'self',
      reviewerId: 'platform-1',
      status: 'draft',
      allowedActions: ['edit', 'submit'],
    });
    expect(manager).toMatchObject({ kind: 'manager', reviewerId: 'platform-lead', revieweeId: 'platform-1' });
    expect(await reviewsOf(cycle, tokens.admin)).toEqual([]);
    expect(self?.evidence).toBeUndefined();
    if (!self || !manager) throw new Error('reviews missing');

    // Saving a draft: If-Match, the cycle's questions, the scale.
    expect((await api('PATCH', `/reviews/${self.id}`, tokens.member, { answers: [] })).status).toBe(428);
    expect(
      (await api('PATCH', `/reviews/${self.id}`, tokens.member, { answers: [] }, { 'if-match': '"99"' })).status,
    ).toBe(412);
    expect((await answer(self, tokens.lead, [])).status).toBe(404);
    const wrong = await answer(self, tokens.member, [
      { questionId: 'impact', rating: 9 },
      { questionId: 'impact', rating: 3, text: 'and words' },
      { questionId: 'growth', rating: 3 },
      { questionId: 'notes', rating: 2 },
      { questionId: 'notes', text: 'x', objectiveId: 'not-a-goal' },
    ]);
    expect(wrong.status).toBe(422);
    expect(paths(wrong)).toEqual([
      'answers[0].rating',
      'answers[1].questionId',
      'answers[1].text',
      'answers[2].questionId',
      'answers[3].rating',
      'answers[4].objectiveId',
    ]);
    const saved = await answer(self, tokens.member, [{ questionId: 'notes', text: 'Shipped the platform.' }]);
    expect(saved.status).toBe(200);
    expect(saved.body.answers).toEqual([{ questionId: 'notes', text: 'Shipped the platform.' }]);
    expect(saved.body.version).toBe(self.version + 1);
    expect(saved.headers.get('etag')).toBe(`"${saved.body.version}"`);

    // Submitting names the rating questions left.
    const incomplete = await act(self, tokens.member, 'submit');
    expect(incomplete.status).toBe(422);
    expect(problem(incomplete).detail).toContain('"impact"');
    expect((await act(self, tokens.lead, 'submit')).status).toBe(404);
    const submitted = await answerAndSubmit(self, tokens.member, [
      { questionId: 'impact', rating: 4 },
      { questionId: 'notes', text: 'Shipped the platform.' },
    ]);
    expect(submitted).toMatchObject({ status: 'submitted', allowedActions: [] });
    expect(submitted.submittedAt).toBe('2026-11-16T12:00:00Z');
    expect((await answer(self, tokens.member, [])).status).toBe(409);
    const again = await act(self, tokens.member, 'submit');
    expect(again.status).toBe(409);
    expect(problem(again).detail).toContain('submitted');

    // The manager sees the submitted self review; the reviewee does not see the manager's yet.
    expect((await api('GET', `/reviews/${self.id}`, tokens.lead)).status).toBe(200);
    await answerAndSubmit(manager, tokens.lead, [
      { questionId: 'impact', rating: 5 },
      { questionId: 'growth', rating: 4 },
    ]);
    expect((await api('GET', `/reviews/${manager.id}`, tokens.member)).status).toBe(404);

    // A peer review asked for now and left as a draft cannot be written once the cycle moves on.
    const peer = await api<Review>('POST', `${path}/reviews`, tokens.member, {
      revieweeId: 'platform-1',
      reviewerId: 'platform-2',
      kind: 'peer',
    });
    expect(peer.status).toBe(201);
    expect(peer.headers.get('location')).toBe(`../../reviews/${peer.body.id}`);

    cycle = await move(cycle, 'calibrate');
    const late = await answer(peer.body, tokens.peer, [{ questionId: 'impact', rating: 3 }]);
    expect(late.status).toBe(409);
    expect(problem(late).detail).toContain('collecting');
    const lateSubmit = await act(peer.body, tokens.peer, 'submit');
    expect(lateSubmit.status).toBe(409);
    expect(problem(lateSubmit).allowedActions).toEqual([]);
    expect((await act(manager, tokens.lead, 'share')).status).toBe(409);

    // Calibration: the lead moves platform-1, with a reason.
    const grid = await api<Calibration>('GET', `${path}/calibration`, tokens.lead);
    expect(grid.status).toBe(200);
    expect(grid.body.editable).toBe(true);
    const [person] = grid.body.people;
    expect(person?.computed).not.toBeNull();
    expect(person?.placement).toEqual(person?.computed);
    expect((await api('GET', `${path}/calibration`, tokens.member)).status).toBe(403);
    expect((await api('GET', `${path}/calibration`, tokens.outsider)).status).toBe(404);
    const to = { performance: 'low', potential: 'low' } as const;
    expect((await api('POST', `${path}/calibration`, tokens.lead, { personId: 'platform-1', to })).status).toBe(422);
    expect(
      (await api('POST', `${path}/calibration`, tokens.lead, { personId: 'platform-1', to, reason: ' ' })).status,
    ).toBe(422);
    expect(
      (await api('POST', `${path}/calibration`, tokens.member, { personId: 'platform-1', to, reason: 'Mine' })).status,
    ).toBe(403);
    const adjusted = await api<CalibrationPlacement>('POST', `${path}/calibration`, tokens.lead, {
      personId: 'platform-1',
      to,
      reason: 'Missed the launch',
    });
    expect(adjusted.status).toBe(201);
    expect(adjusted.body.placement).toEqual(to);
    expect(adjusted.body.computed).toEqual(person?.computed);
    expect(adjusted.body.adjustments).toMatchObject([
      { from: person?.computed, to, reason: 'Missed the launch', actorId: 'platform-lead', reviewId: manager.id },
    ]);
    const back = await api<CalibrationPlacement>('POST', `${path}/calibration`, tokens.admin, {
      personId: 'platform-1',
      to: person?.computed,
      reason: 'The launch slipped for reasons outside the team',
    });
    expect(back.body.adjustments.map((a) => [a.from, a.to])).toEqual([
      [person?.computed, to],
      [to, person?.computed],
    ]);

    cycle = await move(cycle, 'share');
    expect(
      (await api(`POST`, `${path}/calibration`, tokens.admin, { personId: 'platform-1', to, reason: 'Late' })).status,
    ).toBe(409);
    expect((await api<Calibration>('GET', `${path}/calibration`, tokens.admin)).body.editable).toBe(false);

    // Sharing and acknowledging.
    expect((await act(manager, tokens.member, 'acknowledge')).status).toBe(404);
    expect((await act(self, tokens.member, 'share')).status).toBe(403);
    const shared = await act(manager, tokens.lead, 'share');
    expect(shared.status).toBe(200);
    expect(shared.body.status).toBe('shared');
    const seen = await api<Review>('GET', `/reviews/${manager.id}`, tokens.member);
    expect(seen.status).toBe(200);
    expect(seen.body.allowedActions).toEqual(['acknowledge']);
    expect((await act(manager, tokens.lead, 'acknowledge')).status).toBe(403);
    const acknowledged = await act(manager, tokens.member, 'acknowledge');
    expect(acknowledged.body).toMatchObject({ status: 'acknowledged', allowedActions: [] });

    cycle = await move(cycle, 'close');
    const after = await api<Problem & { allowedActions: string[] }>('POST', `${path}/transitions`, tokens.admin, {
      action: 'close',
    });
    expect(after.status).toBe(409);
    expect(after.body.allowedActions).toEqual([]);
    expect(cycle.stage).toBe('closed');
  });

  it('checks who may ask for which review', async () => {
    const cycle = await move(
      await createCycle({
        steps: [step('self'), step('peer'), step('upward')],
        questions: [rating('impact', ['self'])],
      }),
      'open',
    );
    const path = `/review-cycles/${cycle.id}/reviews`;
    const ask = (who: string, body: object) => api(`POST`, path, who, body);
    // Someone who takes no part in the cycle does not see it; a reviewer in it sees it, but asks for nobody.
    expect((await ask(tokens.peer, { revieweeId: 'platform-1', reviewerId: 'smb-1', kind: 'peer' })).status).toBe(404);
    expect(
      (await ask(tokens.member, { revieweeId: 'platform-1', reviewerId: 'platform-2', kind: 'peer' })).status,
    ).toBe(201);
    expect((await ask(tokens.peer, { revieweeId: 'platform-1', reviewerId: 'smb-1', kind: 'peer' })).status).toBe(403);
    expect((await ask(tokens.outsider, { revieweeId: 'platform-1', reviewerId: 'smb-1', kind: 'peer' })).status).toBe(
      404,
    );
    const self = await ask(tokens.member, { revieweeId: 'platform-1', reviewerId: 'platform-1', kind: 'peer' });
    expect(paths(self)).toEqual(['reviewerId']);
    const notAReport = await ask(tokens.admin, { revieweeId: 'platform-1', reviewerId: 'platform-2', kind: 'upward' });
    expect(paths(notAReport)).toEqual(['reviewerId']);
    const notInCycle = await ask(tokens.admin, { revieweeId: 'platform-2', reviewerId: 'platform-1', kind: 'peer' });
    expect(paths(notInCycle)).toEqual(['revieweeId']);
    expect((await ask(tokens.member, { revieweeId: 'platform-1', reviewerId: 'smb-1', kind: 'peer' })).status).toBe(
      201,
    );
    expect((await ask(tokens.admin, { revieweeId: 'platform-1', reviewerId: 'smb-1', kind: 'peer' })).status).toBe(409);
    const withoutStep = await move(
      await createCycle({ steps: [step('self')], questions: [rating('q', ['self'])] }),
      'open',
    );
    const noStep = await api(`POST`, `/review-cycles/${withoutStep.id}/reviews`, tokens.admin, {
      revieweeId: 'platform-1',
      reviewerId: 'smb-1',
      kind: 'peer',
    });
    expect(paths(noStep)).toEqual(['kind']);
  });

  it('lists the cycles the caller takes part in', async () => {
    const cycle = await createCycle({ participantIds: ['platform-2'] });
    const ids = async (who: string) =>
      (await api<{ items: ReviewCycle[] }>('GET', '/review-cycles', who)).body.items.map((c) => c.id);
    expect(await ids(tokens.admin)).toContain(cycle.id);
    expect(await ids(tokens.peer)).toContain(cycle.id);
    expect(await ids(tokens.head)).toContain(cycle.id);
    expect(await ids(tokens.member)).not.toContain(cycle.id);
    expect((await api('GET', `/review-cycles/${cycle.id}`, tokens.member)).status).toBe(404);
  });
});

describe('goals as evidence', () => {
  it('stand as they were at the snapshot: a later check-in changes neither the evidence nor the goal score', async () => {
    const cycle = await move(await createCycle(), 'open');
    const [self] = await reviewsOf(cycle, tokens.member);
    if (!self) throw new Error('no self review');
    const before = await api<Review>('GET', `/reviews/${self.id}`, tokens.member);
    const evidence = before.body.evidence;
    expect(evidence?.snapshotAt).toBe('2026-11-16T06:00:00Z');
    expect(evidence?.objectives.length).toBeGreaterThan(0);
    expect(evidence?.goalScore).not.toBeNull();
    const calibrationBefore = await api<Calibration>('GET', `/review-cycles/${cycle.id}/calibration`, tokens.admin);
    const goalsBefore = calibrationBefore.body.people[0]?.components.find((c) => c.component === 'goals');
    expect(goalsBefore?.score).toBeCloseTo(evidence?.goalScore as number, 12);

    // A check-in now (12:00, the snapshot's day, after 06:00) that moves one of the goals.
    let moved: { objective: Objective; keyResult: KeyResult } | undefined;
    for (const shown of evidence?.objectives ?? []) {
      const objective = (await api<Objective>('GET', `/objectives/${shown.id}`, tokens.member)).body;
      const keyResult = objective.keyResults.find(
        (k) => k.type === 'increase' && typeof k.start === 'number' && typeof k.target === 'number',
      );
      if (keyResult && objective.state === 'active') {
        moved = { objective, keyResult };
        break;
      }
    }
    if (!moved) throw new Error('no active goal with an increasing key result to check in on');
    const { objective, keyResult } = moved;
    const value = keyResult.score.progress < 0.5 ? (keyResult.target as number) : (keyResult.start as number);
    const checkIn = await api('POST', `/key-results/${keyResult.id}/check-ins`, tokens.member, {
      value,
      confidence: 0.9,
    });
    expect(checkIn.status).toBe(201);
    const live = await api<Objective>('GET', `/objectives/${objective.id}`, tokens.member);
    expect(live.body.score.progress).not.toBeCloseTo(objective.score.progress, 6);

    // Closing the goal after the snapshot changes nothing either: it was active then, its grade not final.
    const closed = await api<Objective>('POST', `/objectives/${objective.id}/transitions`, tokens.member, {
      action: 'close',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.grade).not.toBeNull();

    const after = await api<Review>('GET', `/reviews/${self.id}`, tokens.member);
    expect(after.body.evidence).toEqual(evidence);
    expect(after.body.evidence?.objectives.find((o) => o.id === objective.id)).toMatchObject({
      state: 'active',
      grade: { final: false },
    });
    const calibrationAfter = await api<Calibration>('GET', `/review-cycles/${cycle.id}/calibration`, tokens.admin);
    expect(calibrationAfter.body.people).toEqual(calibrationBefore.body.people);

    // A snapshot taken after both shows the check-in and the grade given at the close, final.
    const later = await move(await createCycle({ goalSnapshotAt: '2026-11-16T18:00:00Z' }), 'open');
    const [laterSelf] = await reviewsOf(later, tokens.member);
    const now = await api<Review>('GET', `/reviews/${laterSelf?.id}`, tokens.member);
    expect(now.body.evidence?.objectives.find((o) => o.id === objective.id)).toMatchObject({
      state: 'closed',
      progress: live.body.score.progress,
      grade: { ...closed.body.grade, final: true },
    });
  });

  it("shows only the goals the caller may see: a peer never sees the reviewee's private goal", async () => {
    const admin = (await server.store.person('ceo')) as Person;
    const secret = 'Private goal: negotiate my relocation';
    const { objective } = await server.store.createObjective(admin, {
      title: secret,
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      visibility: 'private',
      keyResults: [{ title: 'Relocation agreed', type: 'boolean' }],
    });
    await server.store.transition(admin, objective.id, 'propose');
    await server.store.transition(admin, objective.id, 'approve');
    // The goal was made at 12:00: the snapshot comes after.
    const cycle = await move(await createCycle({ goalSnapshotAt: '2026-11-16T18:00:00Z' }), 'open');
    const peer = await api<Review>('POST', `/review-cycles/${cycle.id}/reviews`, tokens.lead, {
      revieweeId: 'platform-1',
      reviewerId: 'platform-2',
      kind: 'peer',
    });
    const [self] = await reviewsOf(cycle, tokens.member);
    const own = await api<Review>('GET', `/reviews/${self?.id}`, tokens.member);
    expect(own.body.evidence?.objectives.map((o) => o.id)).toContain(objective.id);
    const asPeer = await api<Review>('GET', `/reviews/${peer.body.id}`, tokens.peer);
    expect(asPeer.status).toBe(200);
    expect(asPeer.body.evidence?.objectives.map((o) => o.id)).not.toContain(objective.id);
    // Every goal the peer is not shown is a private one they may not open either.
    const shownToPeer = new Set(asPeer.body.evidence?.objectives.map((o) => o.id));
    const hidden = (own.body.evidence?.objectives ?? []).filter((o) => !shownToPeer.has(o.id));
    expect(hidden.length).toBeGreaterThan(0);
    for (const goal of hidden) expect((await api('GET', `/objectives/${goal.id}`, tokens.peer)).status).toBe(404);
    const about = await answer(peer.body, tokens.peer, [
      { questionId: 'notes', text: 'Good', objectiveId: objective.id },
    ]);
    expect(paths(about)).toEqual(['answers[0].objectiveId']);
    for (const reply of [asPeer, about, await reviewsOf(cycle, tokens.peer)])
      expect(JSON.stringify(reply)).not.toContain(secret);
  });
});

describe('evidence explanations', () => {
  it("explain each goal's progress at the snapshot, an aligned private goal left out", async () => {
    const admin = (await server.store.person('ceo')) as Person;
    const { objective: parent } = await server.store.createObjective(admin, {
      title: 'Make the platform self-serve',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      rollup: 'both',
      keyResults: [
        { title: 'Self-serve sign-ups', type: 'increase', start: 0, target: 100 },
        { title: 'Docs pages written', type: 'increase', start: 0, target: 10, weight: 2 },
      ],
    });
    const { objective: aligned } = await server.store.createObjective(admin, {
      title: 'Answer self-serve questions in the forum',
      ownerId: 'smb-1',
      cycleId: '2026-Q4',
      parentId: parent.id,
      keyResults: [{ title: 'Forum opened', type: 'boolean' }],
    });
    const secret = 'Secret: reorganise the support desk';
    const { objective: hidden } = await server.store.createObjective(admin, {
      title: secret,
      ownerId: 'smb-1',
      cycleId: '2026-Q4',
      parentId: parent.id,
      visibility: 'private',
      keyResults: [{ title: 'Desk reorganised', type: 'boolean' }],
    });
    for (const id of [parent.id, aligned.id, hidden.id]) {
      await server.store.transition(admin, id, 'propose');
      await server.store.transition(admin, id, 'approve');
    }
    const checkIns: [string | undefined, number | boolean][] = [
      [parent.keyResults[0]?.id, 50],
      [parent.keyResults[1]?.id, 10],
      [aligned.keyResults[0]?.id, true],
      [hidden.keyResults[0]?.id, true],
    ];
    for (const [keyResultId, value] of checkIns)
      expect((await api('POST', `/key-results/${keyResultId}/check-ins`, tokens.admin, { value })).status).toBe(201);

    const cycle = await move(await createCycle({ goalSnapshotAt: '2026-11-16T18:00:00Z' }), 'open');
    const [self] = await reviewsOf(cycle, tokens.member);
    const reply = await api<Review>('GET', `/reviews/${self?.id}`, tokens.member);
    const shown = reply.body.evidence?.objectives.find((o) => o.id === parent.id);
    if (!shown?.explanation) throw new Error('the goal came without its explanation');
    // Sign-ups 50 % at weight 1, docs 100 % at weight 2, the forum goal 100 % at weight 1: shares ¼, ½, ¼,
    // progress 0.125 + 0.5 + 0.25 = 0.875. The private goal does not count in a public goal's roll-up.
    expect(shown.explanation.map((line) => [line.kind, line.title, line.depth, line.share, line.progress])).toEqual([
      ['key-result', 'Self-serve sign-ups', 0, 0.25, 0.5],
      ['key-result', 'Docs pages written', 0, 0.5, 1],
      ['objective', 'Answer self-serve questions in the forum', 0, 0.25, 1],
      ['key-result', 'Forum opened', 1, 1, 1],
    ]);
    const topLevel = shown.explanation.filter((line) => line.depth === 0);
    expect(topLevel.reduce((sum, line) => sum + line.contribution, 0)).toBeCloseTo(shown.progress, 9);
    expect(shown.progress).toBeCloseTo(0.875, 9);
    expect(JSON.stringify(reply.body)).not.toContain(secret);
  });

  it('name no aligned goal the caller may not see, nor anything below it', () => {
    const contribution = (kind: 'key-result' | 'objective', id: string, items: Contribution[] = []): Contribution => ({
      kind,
      id,
      title: `Title of ${id}`,
      progress: 0.5,
      weight: 1,
      share: 0.5,
      contribution: 0.25,
      counted: true,
      items,
    });
    const shown: SnapshotObjective = {
      row: {} as SnapshotObjective['row'],
      evidence: {
        id: 'o1',
        title: 'O1',
        state: 'active',
        weight: 1,
        progress: 0.5,
        status: 'on-track',
        grade: { score: 0.5, band: 'yellow', final: false },
        keyResults: [],
      },
      contributions: [
        contribution('key-result', 'kr1'),
        contribution('objective', 'seen', [contribution('key-result', 'kr2')]),
        contribution('objective', 'unseen', [contribution('key-result', 'kr3')]),
      ],
    };
    const evidence = evidenceOf([shown], '2026-11-16T18:00:00Z', (id) => id !== 'unseen');
    expect(evidence.objectives[0]?.explanation?.map((line) => [line.id, line.title, line.depth])).toEqual([
      ['kr1', 'Title of kr1', 0],
      ['seen', 'Title of seen', 0],
      ['kr2', 'Title of kr2', 1],
      [null, null, 0],
    ]);
    expect(JSON.stringify(evidence)).not.toMatch(/unseen|kr3/);
  });
});

describe('the final score', () => {
  it('is renormalised over the components present', async () => {
    // No goal in 2030: the goals component (weight 0.5) is missing. Self 5 on 1–5 is 1.0 (weight 0.2),
    // manager 4 is 0.75 (weight 0.3): (0.2 × 1 + 0.3 × 0.75) ÷ (0.2 + 0.3) = 0.425 ÷ 0.5 = 0.85.
    // Potential: the manager's 3 on 1–5 is 0.5. The nine-box: performance high (≥ 0.7), potential moderate.
    const cycle = await move(
      await createCycle({
        period: { start: '2030-01-01', end: '2030-06-30' },
        steps: [step('self'), step('manager')],
        questions: [rating('impact', ['self', 'manager']), rating('growth', ['manager'], { measures: 'potential' })],
        scoreFormula: { weights: { goals: 0.5, manager: 0.3, self: 0.2 } },
      }),
      'open',
    );
    const [self] = await reviewsOf(cycle, tokens.member);
    const [manager] = await reviewsOf(cycle, tokens.lead);
    if (!self || !manager) throw new Error('reviews missing');
    await answerAndSubmit(self, tokens.member, [{ questionId: 'impact', rating: 5 }]);
    const half = await api<Calibration>('GET', `/review-cycles/${cycle.id}/calibration`, tokens.admin);
    expect(half.body.people[0]).toMatchObject({ finalScore: 1, computed: null, placement: null });
    await answerAndSubmit(manager, tokens.lead, [
      { questionId: 'impact', rating: 4 },
      { questionId: 'growth', rating: 3 },
    ]);
    const grid = await api<Calibration>('GET', `/review-cycles/${cycle.id}/calibration`, tokens.admin);
    const [person] = grid.body.people;
    expect(person?.components).toEqual([
      { component: 'goals', score: null, weight: 0.5, responses: 0 },
      { component: 'self', score: 1, weight: 0.2, responses: 1 },
      { component: 'manager', score: 0.75, weight: 0.3, responses: 1 },
    ]);
    expect(person?.finalScore).toBeCloseTo(0.85, 12);
    expect(person?.computed).toEqual({ performance: 'high', potential: 'moderate' });
    expect(person).toMatchObject({ personId: 'platform-1', managerId: 'platform-lead', adjustments: [] });
  });
});

describe('anonymity', () => {
  it('hides an anonymous step below its minimum and never names its reviewers', async () => {
    const reviewers = ['platform-2', 'smb-1', 'smb-2'];
    const cycle = await move(
      await createCycle({
        steps: [step('manager'), step('peer', { anonymous: true, minResponses: 3 })],
        questions: [
          rating('impact', ['manager', 'peer']),
          { id: 'words', text: 'Anything else?', type: 'text', kinds: ['peer'] },
        ],
      }),
      'open',
    );
    const path = `/review-cycles/${cycle.id}`;
    const toReviewee: Reply[] = [];
    const toManager: Reply[] = [];
    const peers: Review[] = [];
    for (const reviewerId of reviewers) {
      const asked = await api<Review>('POST', `${path}/reviews`, tokens.lead, {
        revieweeId: 'platform-1',
        reviewerId,
        kind: 'peer',
      });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({ reviewerId: null, reviewerName: null });
      toManager.push(asked);
      peers.push(asked.body);
    }
    const peerComponent = async () => {
      const reply = await api<Calibration>('GET', `${path}/calibration`, tokens.lead);
      toManager.push(reply);
      return reply.body.people[0]?.components.find((c) => c.component === 'peer');
    };
    const ratings = [5, 3, 4];
    for (const [i, reviewerId] of reviewers.entries()) {
      const review = peers[i] as Review;
      const own = await api<Review>('GET', `/reviews/${review.id}`, token(reviewerId));
      expect(own.body.reviewerId).toBe(reviewerId);
      await answerAndSubmit(review, token(reviewerId), [
        { questionId: 'impact', rating: ratings[i] },
        { questionId: 'words', text: `Words of reviewer ${i}` },
      ]);
      if (i === 1) expect(await peerComponent()).toEqual({ component: 'peer', score: null, weight: 0.1, responses: 2 });
    }
    // (1 + 0.5 + 0.75) ÷ 3 = 0.75
    const shown = await peerComponent();
    expect(shown?.score).toBeCloseTo(0.75, 12);
    expect(shown?.responses).toBe(3);

    // To everyone but its reviewer, an anonymous review does not exist: as a missing id, absent from lists.
    const missing = await api<Problem>('GET', '/reviews/rv-missing', tokens.lead);
    for (const who of [tokens.lead, tokens.member, tokens.admin]) {
      const reply = await api<Problem>('GET', `/reviews/${peers[0]?.id}`, who);
      expect(reply.status).toBe(404);
      expect({ ...reply.body, instance: '', detail: '' }).toEqual({ ...missing.body, instance: '', detail: '' });
      expect((await act(peers[0] as Review, who, 'share')).status).toBe(404);
      const list = await api<{ items: Review[] }>('GET', `${path}/reviews?kind=peer`, who);
      expect(list.body.items).toEqual([]);
      (who === tokens.member ? toReviewee : toManager).push(reply, list);
    }
    await move(cycle, 'calibrate');
    await move(cycle, 'share');
    for (const who of [tokens.member, tokens.lead]) {
      const replies = [
        await api('GET', `${path}/reviews`, who),
        await api('GET', `${path}/reviews?reviewer=smb-1`, who),
        await api('GET', path, who),
      ];
      const cycles = await api<{ items: ReviewCycle[] }>('GET', '/review-cycles', who);
      replies.push({ ...cycles, body: cycles.body.items.filter((c) => c.id === cycle.id) });
      (who === tokens.member ? toReviewee : toManager).push(...replies);
    }
    toManager.push(await api('GET', `${path}/calibration`, tokens.lead));
    const names = await Promise.all(reviewers.map(async (id) => (await server.store.person(id))?.name as string));
    for (const reply of [...toReviewee, ...toManager]) {
      const text = JSON.stringify(reply.body);
      for (const word of [...reviewers, ...names, 'Words of reviewer']) expect(text).not.toContain(word);
    }
  });
});
