import type { Objective, Problem } from '@goalkit/client';
import type {
  Assessment,
  CompetencyGaps,
  CompetencyProfile,
  Framework,
  FrameworkCreate,
  LintReport,
  Placement,
  Review,
  ReviewCycle,
} from '@goalkit/client/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, request, type Server, startServer } from './harness.js';

// Competencies (issue 26) end to end, on the reference server. The formulas are core's; these tests check
// the server gathers their inputs right, with numbers worked out by hand. growth-1 (manager growth-lead,
// whose manager is marketing-head) is the person of the formula tests; brand-1 (manager brand-lead) answers
// a review about competencies. hr-admin is an admin outside every manager chain. The clock is
// 2026-11-16T12:00Z.

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const token = (id: string) => `gk_demo_${id}`;
const api = <T = unknown>(method: string, path: string, who: string | undefined, body?: unknown, headers = {}) =>
  request<T>(server, method, path, who === undefined ? undefined : token(who), body, headers);
const paths = (reply: Reply) =>
  ((reply.body as Problem & { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

async function ok<T>(reply: Promise<Reply<T>>, status = 200): Promise<T> {
  const { status: got, body } = await reply;
  expect(got, JSON.stringify(body)).toBe(status);
  return body;
}

/** README's worked example (packages/core, "Competencies and gaps"), with a current level below it. */
const FORMULA: FrameworkCreate = {
  id: 'formula',
  name: 'Formula check',
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'fx-quality', theme: 'Craft' },
    { id: 'fx-design', theme: 'Craft' },
    { id: 'fx-mentoring', theme: 'Leadership' },
    { id: 'fx-presenting', theme: 'Teamwork', description: 'Talks to a room' },
  ],
  tracks: [
    {
      id: 'fx',
      name: 'Formula track',
      levels: [
        {
          id: 'l2',
          name: 'Two',
          expectations: {
            'fx-quality': { level: 3 },
            'fx-design': { level: 3 },
            'fx-mentoring': { level: 2 },
            'fx-presenting': { level: 2 },
          },
        },
        {
          id: 'l3',
          name: 'Three',
          expectations: {
            'fx-quality': { level: 4 },
            'fx-design': { level: 4, text: 'Designs a service end to end' },
            'fx-mentoring': { level: 3 },
            'fx-presenting': { level: 3 },
          },
        },
      ],
    },
  ],
};

describe('frameworks', () => {
  it('are read by everyone signed in, and the seeded one is there', async () => {
    for (const who of ['smb-1', 'platform-1', 'hr-admin']) {
      const { items } = await ok(api<{ items: Framework[] }>('GET', '/frameworks', who));
      expect(items.map((f) => f.id)).toContain('engineering');
    }
    const engineering = await api<Framework>('GET', '/frameworks/engineering', 'smb-1');
    expect(engineering.status).toBe(200);
    expect(engineering.headers.get('etag')).toBe('"1"');
    expect(engineering.body.tracks[0]?.levels.map((l) => l.id)).toEqual(['ic1', 'ic2', 'ic3', 'ic4']);
    expect((await api('GET', '/frameworks/nope', 'smb-1')).status).toBe(404);
    expect((await api('GET', '/frameworks', undefined)).status).toBe(401);
  });

  it('are added by admins, checked by core with the path of each problem', async () => {
    expect((await api('POST', '/frameworks', 'platform-lead', FORMULA)).status).toBe(403);
    const created = await api<Framework>('POST', '/frameworks', 'hr-admin', FORMULA);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.get('location')).toBe('frameworks/formula');
    expect(created.body).toMatchObject({ id: 'formula', version: 1 });
    expect(created.body.competencies[0]?.refs).toEqual([]);
    expect((await api('POST', '/frameworks', 'hr-admin', FORMULA)).status).toBe(409);
    const bad = await api('POST', '/frameworks', 'hr-admin', {
      id: 'broken',
      name: 'Broken',
      scale: { min: 3, max: 1 },
      competencies: [{ id: 'a', theme: 'A' }],
      tracks: [
        { id: 'ic', name: 'Taken', levels: [] },
        { id: 'own', name: 'Own', levels: [{ id: 'x', name: 'X', expectations: { missing: { level: 1 } } }] },
      ],
    });
    expect(bad.status).toBe(422);
    expect(paths(bad)).toEqual(
      expect.arrayContaining(['scale.max', 'tracks[0].id', 'tracks[1].levels[0].expectations.missing']),
    );
    expect((await api('POST', '/frameworks', 'hr-admin', { ...FORMULA, id: 'extra', surprise: 1 })).status).toBe(422);
  });

  it('are replaced by admins with If-Match', async () => {
    const { id: _, ...body } = FORMULA;
    const renamed = { ...body, name: 'Formula check (renamed)' };
    expect((await api('PUT', '/frameworks/formula', 'hr-admin', renamed)).status).toBe(428);
    expect((await api('PUT', '/frameworks/formula', 'hr-admin', renamed, { 'if-match': '"7"' })).status).toBe(412);
    expect((await api('PUT', '/frameworks/formula', 'platform-lead', renamed, { 'if-match': '"1"' })).status).toBe(403);
    expect((await api('PUT', '/frameworks/nope', 'hr-admin', renamed, { 'if-match': '"1"' })).status).toBe(404);
    const replaced = await api<Framework>('PUT', '/frameworks/formula', 'hr-admin', renamed, { 'if-match': '"1"' });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).toBe('"2"');
    expect(replaced.body).toMatchObject({ id: 'formula', name: 'Formula check (renamed)', version: 2 });
  });
});

describe('the formulas through the API (growth-1 on the formula track)', () => {
  const rate = (who: string, competencyId: string, level: number, at: string) =>
    ok(api<Assessment>('POST', '/people/growth-1/assessments', who, { competencyId, level, at }), 201);

  beforeAll(async () => {
    await ok(
      api<Placement>('PUT', '/people/growth-1/placement', 'growth-lead', {
        trackId: 'fx',
        levelId: 'l2',
        targetLevelId: 'l3',
      }),
    );
    // fx-quality: manager 3 (1 Feb) beats the newer self 4 (1 Mar).
    await rate('growth-lead', 'fx-quality', 3, '2026-02-01T09:00:00Z');
    await rate('growth-1', 'fx-quality', 4, '2026-03-01T09:00:00Z');
    // fx-design: only the person's own 3, flagged.
    await rate('growth-1', 'fx-design', 3, '2026-03-01T09:00:00Z');
    // fx-mentoring: the skip-level manager's 2 in January, the manager's 3 in April.
    await rate('marketing-head', 'fx-mentoring', 2, '2026-01-15T09:00:00Z');
    await rate('growth-lead', 'fx-mentoring', 3, '2026-04-10T09:00:00Z');
    // fx-presenting: nobody (counts as the scale's minimum, 1).
  });

  it('gaps = max(0, expected − assessed); readiness = Σ min(1, a/e) / n; a manager rating beats a newer self one', async () => {
    const gaps = await ok(api<CompetencyGaps>('GET', '/people/growth-1/gaps', 'growth-1'));
    expect(gaps.target).toEqual({ frameworkId: 'formula', trackId: 'fx', levelId: 'l3', name: 'Three' });
    expect(gaps.gaps.map(({ goals: _, ...g }) => g)).toEqual([
      {
        competencyId: 'fx-quality',
        theme: 'Craft',
        expected: 4,
        assessed: 3,
        source: 'manager',
        flagged: false,
        gap: 1,
      },
      {
        competencyId: 'fx-design',
        theme: 'Craft',
        expected: 4,
        assessed: 3,
        source: 'self',
        flagged: true,
        gap: 1,
        text: 'Designs a service end to end',
      },
      {
        competencyId: 'fx-mentoring',
        theme: 'Leadership',
        expected: 3,
        assessed: 3,
        source: 'manager',
        flagged: false,
        gap: 0,
      },
      {
        competencyId: 'fx-presenting',
        theme: 'Teamwork',
        expected: 3,
        assessed: null,
        source: null,
        flagged: false,
        gap: 2,
      },
    ]);
    // (3/4 + 3/4 + 1 + 1/3) / 4 = 17/24
    expect(gaps.readiness).toBeCloseTo(17 / 24, 12);
    // Against the current level: (1 + 1 + 1 + 1/2) / 4 = 7/8
    const current = await ok(api<CompetencyGaps>('GET', '/people/growth-1/gaps?target=l2', 'growth-lead'));
    expect(current.readiness).toBeCloseTo(7 / 8, 12);
    expect(current.gaps.map((g) => g.gap)).toEqual([0, 0, 0, 1]);
    const unknown = await api('GET', '/people/growth-1/gaps?target=l9', 'growth-1');
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(['target']);
  });

  it('the profile shows both levels, the assessed level with its source, and readiness for each', async () => {
    const profile = await ok(api<CompetencyProfile>('GET', '/people/growth-1/competencies', 'hr-admin'));
    expect(profile.current?.levelId).toBe('l2');
    expect(profile.target?.levelId).toBe('l3');
    expect(profile.placement).toMatchObject({
      trackId: 'fx',
      levelId: 'l2',
      targetLevelId: 'l3',
      updatedById: 'growth-lead',
    });
    expect(profile.readiness.current).toBeCloseTo(7 / 8, 12);
    expect(profile.readiness.target).toBeCloseTo(17 / 24, 12);
    const quality = profile.competencies.find((c) => c.competencyId === 'fx-quality');
    expect(quality).toMatchObject({
      assessed: { level: 3, source: 'manager', flagged: false, at: '2026-02-01T09:00:00Z' },
      current: { expected: 3, gap: 0 },
      target: { expected: 4, gap: 1 },
    });
    expect(profile.competencies.find((c) => c.competencyId === 'fx-design')?.assessed).toMatchObject({
      source: 'self',
      flagged: true,
    });
    expect(profile.competencies.find((c) => c.competencyId === 'fx-presenting')).toMatchObject({
      description: 'Talks to a room',
      assessed: null,
      target: { expected: 3, gap: 2 },
    });
  });

  it('asOf ignores the ratings given after it', async () => {
    // By 31 March the April mentoring rating did not exist: mentoring is 2, its term 2/3.
    // (3/4 + 3/4 + 2/3 + 1/3) / 4 = 0.625
    const then = await ok(api<CompetencyProfile>('GET', '/people/growth-1/competencies?asOf=2026-03-31', 'growth-1'));
    expect(then.asOf).toBe('2026-03-31');
    expect(then.readiness.target).toBeCloseTo(0.625, 12);
    expect(then.competencies.find((c) => c.competencyId === 'fx-mentoring')?.assessed?.level).toBe(2);
    // Before the February rating only the January one counts, and the self ratings of March are not yet given.
    const january = await ok(
      api<CompetencyProfile>('GET', '/people/growth-1/competencies?asOf=2026-01-31T23:59:59Z', 'growth-1'),
    );
    expect(january.competencies.filter((c) => c.assessed).map((c) => c.competencyId)).toEqual(['fx-mentoring']);
    // (1/4 + 1/4 + 2/3 + 1/3) / 4 = 0.375
    expect(january.readiness.target).toBeCloseTo(0.375, 12);
    expect((await api('GET', '/people/growth-1/competencies?asOf=yesterday', 'growth-1')).status).toBe(400);
  });

  it('plan coverage: gaps with a development goal that is not closed ÷ all gaps', async () => {
    const create = (body: Record<string, unknown>) =>
      ok(api<Objective>('POST', '/objectives', 'growth-1', { ownerId: 'growth-1', cycleId: '2026-Q4', ...body }), 201);
    const talk = await create({
      title: 'Give a talk at the all-hands',
      kind: 'development',
      competencyIds: ['fx-presenting'],
    });
    const design = await create({ title: 'Design the import flow', kind: 'development', competencyIds: ['fx-design'] });
    // A standard goal never counts, whatever it names.
    await create({ title: 'Lint every repository', competencyIds: ['fx-quality'] });
    expect(talk).toMatchObject({ kind: 'development', competencyIds: ['fx-presenting'], visibility: 'private' });
    const gaps = await ok(api<CompetencyGaps>('GET', '/people/growth-1/gaps', 'growth-lead'));
    expect(gaps.coverage).toEqual({
      value: 2 / 3,
      gaps: ['fx-quality', 'fx-design', 'fx-presenting'],
      covered: ['fx-design', 'fx-presenting'],
      uncovered: ['fx-quality'],
    });
    expect(gaps.gaps.find((g) => g.competencyId === 'fx-presenting')?.goals).toEqual([
      { id: talk.id, title: 'Give a talk at the all-hands', state: 'draft' },
    ]);
    expect(gaps.gaps.find((g) => g.competencyId === 'fx-quality')?.goals).toEqual([]);
    // Closing the design goal uncovers its gap: 1/3.
    const step = async (id: string, who: string, action: string) =>
      ok(api<Objective>('POST', `/objectives/${id}/transitions`, who, { action }));
    await step(design.id, 'growth-1', 'propose');
    await step(design.id, 'growth-lead', 'approve');
    await step(design.id, 'growth-1', 'close');
    const after = await ok(api<CompetencyGaps>('GET', '/people/growth-1/gaps', 'growth-1'));
    expect(after.coverage.value).toBeCloseTo(1 / 3, 12);
    expect(after.coverage.uncovered).toEqual(['fx-quality', 'fx-design']);
  });
});

describe('ratings', () => {
  it('the person rates as self, the manager chain as manager; an admin outside the chain may not rate', async () => {
    const self = await ok(
      api<Assessment>('POST', '/people/growth-2/assessments', 'growth-2', { competencyId: 'testing', level: 3 }),
      201,
    );
    expect(self).toMatchObject({ source: 'self', assessorId: 'growth-2', at: '2026-11-16T12:00:00Z', reviewId: null });
    const manager = await ok(
      api<Assessment>('POST', '/people/growth-2/assessments', 'marketing-head', {
        competencyId: 'testing',
        level: 2,
        note: 'Needs more practice with integration tests',
      }),
      201,
    );
    expect(manager).toMatchObject({
      source: 'manager',
      assessorId: 'marketing-head',
      note: 'Needs more practice with integration tests',
    });
    expect(
      (await api('POST', '/people/growth-2/assessments', 'hr-admin', { competencyId: 'testing', level: 2 })).status,
    ).toBe(403);
    expect(
      (await api('POST', '/people/growth-2/assessments', 'growth-1', { competencyId: 'testing', level: 2 })).status,
    ).toBe(404);
    const { items } = await ok(api<{ items: Assessment[] }>('GET', '/people/growth-2/assessments', 'hr-admin'));
    expect(items.map((a) => [a.source, a.level])).toEqual([
      ['self', 3],
      ['manager', 2],
    ]);
  });

  it('names what is wrong with a rating at its path', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ competencyId: 'nope', level: 3 }, 'competencyId'],
      [{ competencyId: 'testing', level: 6 }, 'level'],
      [{ competencyId: 'testing', level: 3, at: '2026-12-01T00:00:00Z' }, 'at'],
    ];
    for (const [body, path] of cases) {
      const reply = await api('POST', '/people/growth-2/assessments', 'growth-2', body);
      expect(reply.status, JSON.stringify(body)).toBe(422);
      expect(paths(reply)).toEqual([path]);
    }
  });

  it('placements are set by admins and the manager chain, on a level of the track', async () => {
    expect((await api('PUT', '/people/growth-2/placement', 'growth-2', { trackId: 'ic', levelId: 'ic1' })).status).toBe(
      403,
    );
    const wrong = await api('PUT', '/people/growth-2/placement', 'hr-admin', {
      trackId: 'ic',
      levelId: 'ic9',
      targetLevelId: 'l3',
    });
    expect(wrong.status).toBe(422);
    expect(paths(wrong)).toEqual(['levelId', 'targetLevelId']);
    const placed = await ok(
      api<Placement>('PUT', '/people/growth-2/placement', 'hr-admin', { trackId: 'ic', levelId: 'ic1' }),
    );
    expect(placed).toMatchObject({ frameworkId: 'engineering', levelId: 'ic1', targetLevelId: null });
    // Without a target the placement's own level is the one to meet.
    const gaps = await ok(api<CompetencyGaps>('GET', '/people/growth-2/gaps', 'growth-2'));
    expect(gaps.target.levelId).toBe('ic1');
    // Nobody placed: no level says what is expected.
    expect((await api('GET', '/people/smb-2/gaps', 'smb-2')).status).toBe(409);
    const unplaced = await ok(api<CompetencyProfile>('GET', '/people/smb-2/competencies', 'smb-2'));
    expect(unplaced).toMatchObject({
      placement: null,
      current: null,
      target: null,
      readiness: { current: null, target: null },
    });
  });
});

describe('development goals', () => {
  it('are private unless said otherwise, name known competencies, and the linter asks for one', async () => {
    const create = (body: Record<string, unknown>) =>
      api<Objective>('POST', '/objectives', 'brand-2', { ownerId: 'brand-2', cycleId: '2026-Q4', ...body });
    const standard = await create({ title: 'Ship the brand refresh' });
    expect(standard.body).toMatchObject({ kind: 'standard', competencyIds: [], visibility: 'public' });
    const open = await create({ title: 'Speak at a meetup', kind: 'development', visibility: 'public' });
    expect(open.body.visibility).toBe('public');
    const unknown = await create({ title: 'Grow', kind: 'development', competencyIds: ['communication', 'juggling'] });
    expect(unknown.status).toBe(422);
    expect(paths(unknown)).toEqual(['competencyIds[1]']);
    const bare = await create({ title: 'Get better at presenting', kind: 'development' });
    expect(bare.status).toBe(201);
    expect(bare.body.visibility).toBe('private');
    expect((await api('GET', `/objectives/${bare.body.id}`, 'brand-3')).status).toBe(404);
    const rule = 'relevant/development-goal-has-competency';
    const lint = await ok(api<LintReport>('GET', `/objectives/${bare.body.id}/lint`, 'brand-2'));
    expect(lint.messages.map((m) => m.ruleId)).toContain(rule);
    const patched = await ok(
      api<Objective>(
        'PATCH',
        `/objectives/${bare.body.id}`,
        'brand-2',
        { competencyIds: ['communication'] },
        { 'if-match': `"${bare.body.version}"` },
      ),
    );
    expect(patched).toMatchObject({ kind: 'development', competencyIds: ['communication'] });
    const after = await ok(api<LintReport>('GET', `/objectives/${bare.body.id}/lint`, 'brand-2'));
    expect(after.messages.map((m) => m.ruleId)).not.toContain(rule);
  });
});

describe('review answers about a competency', () => {
  it('become assessments when a self or manager review is submitted, linked by the review', async () => {
    const step = (kind: 'self' | 'manager') => ({
      kind,
      opensAt: '2026-11-01',
      dueAt: '2026-11-30',
      anonymous: false,
      minResponses: 1,
    });
    const body = {
      name: 'Competency review',
      period: { start: '2026-07-01', end: '2026-12-31' },
      steps: [step('self'), step('manager')],
      questions: [
        {
          id: 'comms',
          text: 'Communication',
          type: 'rating',
          kinds: ['self', 'manager'],
          competencyId: 'communication',
        },
        { id: 'each', text: 'Rate each competency', type: 'rating', kinds: ['self', 'manager'] },
      ],
      goalSnapshotAt: '2026-11-16T06:00:00Z',
      participantIds: ['brand-1'],
    };
    const refused = await api('POST', '/review-cycles', 'hr-admin', {
      ...body,
      questions: [
        { id: 'q', text: 'Q', type: 'rating', kinds: ['self'], competencyId: 'juggling' },
        { id: 't', text: 'T', type: 'text', kinds: ['self'], competencyId: 'communication' },
        { id: 'wide', text: 'W', type: 'rating', kinds: ['self'], competencyId: 'testing', scale: { min: 0, max: 10 } },
      ],
    });
    expect(refused.status).toBe(422);
    expect(paths(refused)).toEqual(['questions[0].competencyId', 'questions[1].competencyId', 'questions[2].scale']);
    let cycle = await ok(api<ReviewCycle>('POST', '/review-cycles', 'hr-admin', body), 201);
    expect(cycle.questions[0]?.competencyId).toBe('communication');
    cycle = await ok(
      api<ReviewCycle>('POST', `/review-cycles/${cycle.id}/transitions`, 'hr-admin', { action: 'open' }),
    );
    const mine = async (who: string) =>
      (await ok(api<{ items: Review[] }>('GET', `/review-cycles/${cycle.id}/reviews?reviewer=${who}`, who)))
        .items[0] as Review;
    const answer = (review: Review, who: string, answers: unknown[]) =>
      api<Review>('PATCH', `/reviews/${review.id}`, who, { answers }, { 'if-match': `"${review.version}"` });
    const self = await mine('brand-1');
    const wrong = await answer(self, 'brand-1', [
      { questionId: 'comms', rating: 4, text: 'no' },
      { questionId: 'each', rating: 2, competencyId: 'juggling' },
    ]);
    expect(wrong.status).toBe(422);
    expect(paths(wrong)).toEqual(['answers[0].text', 'answers[1].competencyId']);
    const saved = await ok(
      answer(self, 'brand-1', [
        { questionId: 'comms', rating: 4 },
        { questionId: 'each', rating: 3, competencyId: 'testing' },
        { questionId: 'each', rating: 2, competencyId: 'mentoring' },
      ]),
    );
    expect(saved.answers[1]).toEqual({ questionId: 'each', rating: 3, competencyId: 'testing' });
    await ok(api<Review>('POST', `/reviews/${self.id}/transitions`, 'brand-1', { action: 'submit' }));
    const manager = await mine('brand-lead');
    await ok(
      answer(manager, 'brand-lead', [
        { questionId: 'comms', rating: 3 },
        { questionId: 'each', rating: 3 },
      ]),
    );
    await ok(api<Review>('POST', `/reviews/${manager.id}/transitions`, 'brand-lead', { action: 'submit' }));
    const { items } = await ok(api<{ items: Assessment[] }>('GET', '/people/brand-1/assessments', 'brand-1'));
    expect(
      items.map(({ competencyId, level, source, assessorId, reviewId, at }) => ({
        competencyId,
        level,
        source,
        assessorId,
        reviewId,
        at,
      })),
    ).toEqual([
      {
        competencyId: 'communication',
        level: 4,
        source: 'self',
        assessorId: 'brand-1',
        reviewId: self.id,
        at: '2026-11-16T12:00:00Z',
      },
      {
        competencyId: 'testing',
        level: 3,
        source: 'self',
        assessorId: 'brand-1',
        reviewId: self.id,
        at: '2026-11-16T12:00:00Z',
      },
      {
        competencyId: 'mentoring',
        level: 2,
        source: 'self',
        assessorId: 'brand-1',
        reviewId: self.id,
        at: '2026-11-16T12:00:00Z',
      },
      // The generic question without a competency rated nothing.
      {
        competencyId: 'communication',
        level: 3,
        source: 'manager',
        assessorId: 'brand-lead',
        reviewId: manager.id,
        at: '2026-11-16T12:00:00Z',
      },
    ]);
    const profile = await ok(api<CompetencyProfile>('GET', '/people/brand-1/competencies', 'brand-lead'));
    expect(profile.competencies.find((c) => c.competencyId === 'communication')?.assessed).toMatchObject({
      level: 3,
      source: 'manager',
    });
  });
});
