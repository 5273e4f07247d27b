import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  componentScores,
  goalScore,
  REVIEW_COMPONENTS,
  type ReviewComponent,
  ReviewComponentError,
  ratingScore,
  reviewFinalScore,
  type ScoredReview,
} from './reviewScore.js';

describe('ratingScore', () => {
  it('maps the scale onto 0–1', () => {
    expect(ratingScore(1, { min: 1, max: 5 })).toBe(0);
    expect(ratingScore(4, { min: 1, max: 5 })).toBe(0.75);
    expect(ratingScore(5, { min: 1, max: 5 })).toBe(1);
    expect(ratingScore(7, { min: 0, max: 10 })).toBeCloseTo(0.7, 15);
  });

  it('says when a rating is outside the scale, or the scale is empty', () => {
    expect(() => ratingScore(6, { min: 1, max: 5 })).toThrow(
      new RangeError('rating 6 is outside the scale 1–5; give a rating from 1 to 5'),
    );
    expect(() => ratingScore(0.5, { min: 1, max: 5 })).toThrow(RangeError);
    expect(() => ratingScore(Number.NaN, { min: 1, max: 5 })).toThrow('rating NaN is outside the scale 1–5');
    expect(() => ratingScore(3, { min: 3, max: 3 })).toThrow(
      'scale must have finite bounds with max above min (got min 3, max 3)',
    );
  });
});

describe('goalScore', () => {
  it('weighs the grades, leaving out objectives without a grade or weight', () => {
    // (2 × 0.7 + 1 × 0.4) / 3 = 0.6
    expect(
      goalScore([
        { weight: 2, grade: 0.7 },
        { weight: 1, grade: 0.4 },
        { weight: 3, grade: null },
        { weight: 0, grade: 1 },
      ]),
    ).toEqual({ score: expect.closeTo(0.6, 15), counted: 2 });
  });

  it('is null when no objective counts', () => {
    expect(goalScore([])).toEqual({ score: null, counted: 0 });
    expect(goalScore([{ weight: 1, grade: null }])).toEqual({ score: null, counted: 0 });
  });

  it('says which objective is wrong', () => {
    expect(() =>
      goalScore([
        { weight: 1, grade: 0.5 },
        { weight: -1, grade: 0.5 },
      ]),
    ).toThrow('objectives[1].weight must be a finite number of at least 0 (got -1)');
    expect(() => goalScore([{ weight: 1, grade: 7 }])).toThrow(
      'objectives[0].grade must be between 0 and 1, or null (got 7)',
    );
  });
});

describe('reviewFinalScore', () => {
  it('renormalises over the components present, worked by hand', () => {
    // (0.5 × 0.8 + 0.3 × 0.75) / (0.5 + 0.3) = 0.625 / 0.8 = 0.78125
    const final = reviewFinalScore({ goals: 0.8, manager: 0.75 }, { goals: 0.5, manager: 0.3, self: 0.2 });
    expect(final.score).toBeCloseTo(0.78125, 15);
    expect(final.used).toEqual(['goals', 'manager']);
    expect(final.missing).toEqual(['self']);
    expect(final.terms).toEqual([
      { component: 'goals', weight: 0.5, score: 0.8, share: expect.closeTo(0.625, 15) },
      { component: 'manager', weight: 0.3, score: 0.75, share: expect.closeTo(0.375, 15) },
    ]);
  });

  it('treats a null score as missing and a component without weight as neither used nor missing', () => {
    const final = reviewFinalScore({ goals: 0.5, self: null, peer: 1 }, { goals: 1, self: 1, upward: 0 });
    expect(final).toEqual({
      score: 0.5,
      used: ['goals'],
      missing: ['self'],
      terms: [{ component: 'goals', weight: 1, score: 0.5, share: 1 }],
    });
    expect(reviewFinalScore({}, { goals: 1 })).toEqual({ score: null, used: [], missing: ['goals'], terms: [] });
  });

  it('names the component whose weight or score is wrong', () => {
    const error = (() => {
      try {
        reviewFinalScore({ peer: 0.5 }, { peer: -0.1 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReviewComponentError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({
      name: 'ReviewComponentError',
      component: 'peer',
      field: 'weight',
      message: 'the weight of peer must be a finite number of at least 0 (got -0.1)',
    });
    expect(() => reviewFinalScore({}, { manager: Number.POSITIVE_INFINITY })).toThrow(
      'the weight of manager must be a finite number of at least 0 (got Infinity)',
    );
    expect(() => reviewFinalScore({ self: 1.5 }, { self: 1 })).toThrow(
      'the score of self must be between 0 and 1, or null when there is none (got 1.5)',
    );
    expect(() => reviewFinalScore({}, { peers: 1 } as never)).toThrow(
      'weights names an unknown review component "peers"; use goals, self, manager, peer, upward',
    );
  });

  const component = fc.constantFrom(...REVIEW_COMPONENTS);
  const scores = fc.dictionary(component, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }));
  // Weights are 0 or at least 1e-6: scaling a subnormal weight could round it to 0.
  const weights = fc.dictionary(component, fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 100, noNaN: true })));

  it('lies between the lowest and highest score used', () => {
    fc.assert(
      fc.property(scores, weights, (s, w) => {
        const final = reviewFinalScore(s, w);
        if (final.score === null) return final.used.length === 0;
        const used = final.terms.map((t) => t.score);
        return final.score >= Math.min(...used) - 1e-12 && final.score <= Math.max(...used) + 1e-12;
      }),
    );
  });

  it('does not change when a component with weight 0 is added', () => {
    fc.assert(
      fc.property(scores, weights, component, fc.double({ min: 0, max: 1, noNaN: true }), (s, w, extra, score) => {
        fc.pre(!(extra in s) && !(extra in w));
        const before = reviewFinalScore(s, w);
        const after = reviewFinalScore({ ...s, [extra]: score } as Partial<Record<ReviewComponent, number>>, {
          ...w,
          [extra]: 0,
        });
        expect(after).toEqual(before);
      }),
    );
  });

  it('does not change when every weight is scaled by the same c > 0', () => {
    fc.assert(
      fc.property(scores, weights, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (s, w, c) => {
        const scaled = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v * c]));
        const before = reviewFinalScore(s, w);
        const after = reviewFinalScore(s, scaled);
        expect(after.used).toEqual(before.used);
        expect(after.missing).toEqual(before.missing);
        if (before.score === null) expect(after.score).toBeNull();
        else expect(after.score).toBeCloseTo(before.score, 12);
      }),
    );
  });
});

describe('componentScores', () => {
  const questions = [{ id: 'q1' }, { id: 'q2', scale: { min: 0, max: 10 } }];
  const review = (kind: ScoredReview['kind'], status: string, ratings: [string, number | null][]): ScoredReview => ({
    kind,
    status,
    answers: ratings.map(([questionId, rating]) => ({ questionId, rating })),
  });

  it('averages the normalised ratings of submitted reviews per kind, worked by hand', () => {
    const scores = componentScores(
      [
        // q1: 4 on 1–5 → 0.75; q2: 5 on 0–10 → 0.5.
        review('manager', 'shared', [
          ['q1', 4],
          ['q2', 5],
        ]),
        // peers: 5 → 1, 3 → 0.5, 10 → 1; a null rating and an unknown question are left out.
        review('peer', 'submitted', [
          ['q1', 5],
          ['q2', null],
          ['q9', 99],
        ]),
        review('peer', 'acknowledged', [
          ['q1', 3],
          ['q2', 10],
        ]),
        // Drafts do not count.
        review('peer', 'draft', [['q1', 1]]),
        review('self', 'in-progress', [['q1', 1]]),
        review('upward', 'submitted', []),
      ],
      questions,
    );
    expect(scores).toEqual({
      manager: { score: 0.625, ratings: 2, reviews: 1 },
      peer: { score: expect.closeTo(2.5 / 3, 15), ratings: 3, reviews: 2 },
      self: { score: null, ratings: 0, reviews: 0 },
      upward: { score: null, ratings: 0, reviews: 1 },
    });
  });

  it('reads unscaled questions on the default scale given', () => {
    expect(componentScores([review('self', 'submitted', [['q1', 2]])], questions, { min: 0, max: 4 }).self).toEqual({
      score: 0.5,
      ratings: 1,
      reviews: 1,
    });
  });

  it('counts performance questions by default and potential ones when asked', () => {
    const withPotential = [...questions, { id: 'p1', measures: 'potential' as const }];
    const reviews = [
      review('manager', 'submitted', [
        ['q1', 5],
        ['p1', 2],
      ]),
    ];
    expect(componentScores(reviews, withPotential).manager).toEqual({ score: 1, ratings: 1, reviews: 1 });
    expect(componentScores(reviews, withPotential, undefined, { measures: 'potential' }).manager).toEqual({
      score: 0.25,
      ratings: 1,
      reviews: 1,
    });
  });

  it('says which rating is outside its scale', () => {
    expect(() =>
      componentScores([review('self', 'draft', []), review('self', 'submitted', [['q2', 11]])], questions),
    ).toThrow("reviews[1].answers[0].rating is 11, outside the question's scale 0–10; give a rating from 0 to 10");
    expect(() => componentScores([], [{ id: 'q', scale: { min: 5, max: 1 } }])).toThrow(
      'questions[0].scale must have finite bounds with max above min (got min 5, max 1)',
    );
  });
});
