import { describe, expect, it } from 'vitest';
import { aggregateResponses, type ResponseReview } from './aggregateResponses.js';

const review = (
  reviewerId: string,
  rating: number | null,
  text: string | null,
  status = 'submitted',
): ResponseReview => ({
  kind: 'peer',
  status,
  reviewerId,
  answers: [{ questionId: 'q1', rating, text }],
});

const questions = [{ id: 'q1' }];

describe('aggregateResponses', () => {
  it('counts, averages and lists the answers of submitted reviews, worked by hand', () => {
    const [q1] = aggregateResponses(
      [
        review('r1', 4, 'Clear priorities'),
        review('r2', 5, '  '),
        review('r3', 2, null, 'shared'),
        review('r4', null, 'Asks good questions', 'acknowledged'),
        review('r5', 1, 'Never counted', 'draft'),
      ],
      { minResponses: 3, anonymous: false, questions },
    );
    expect(q1).toEqual({
      questionId: 'q1',
      responses: 4,
      hidden: false,
      // (4 + 5 + 2) / 3
      meanRating: 11 / 3,
      ratingCounts: [
        { rating: 1, count: 0 },
        { rating: 2, count: 1 },
        { rating: 3, count: 0 },
        { rating: 4, count: 1 },
        { rating: 5, count: 1 },
      ],
      texts: ['Clear priorities', 'Asks good questions'],
      answers: [
        { reviewerId: 'r1', kind: 'peer', rating: 4, text: 'Clear priorities' },
        { reviewerId: 'r2', kind: 'peer', rating: 5, text: null },
        { reviewerId: 'r3', kind: 'peer', rating: 2, text: null },
        { reviewerId: 'r4', kind: 'peer', rating: null, text: 'Asks good questions' },
      ],
    });
  });

  it('hides a question answered by minResponses − 1 people and shows it from minResponses', () => {
    const reviews = ['ana', 'ben', 'cho', 'dev', 'eve'].map((id, i) => review(id, 3 + (i % 3), `Answer of ${id}`));
    expect(aggregateResponses(reviews.slice(0, 4), { minResponses: 5, anonymous: true, questions })).toEqual([
      {
        questionId: 'q1',
        responses: 4,
        hidden: true,
        reason: '4 responses; shown from 5 so nobody can be recognised',
        meanRating: null,
        ratingCounts: [],
        texts: [],
      },
    ]);
    // Ratings 3, 4, 5, 3, 4: mean 19 / 5.
    expect(aggregateResponses(reviews, { minResponses: 5, anonymous: true, questions })).toMatchObject([
      { responses: 5, hidden: false, meanRating: 3.8 },
    ]);
    expect(aggregateResponses(reviews.slice(0, 1), { minResponses: 2, anonymous: true, questions })).toMatchObject([
      { hidden: true, reason: '1 response; shown from 2 so nobody can be recognised' },
    ]);
  });

  it('counts people, not reviews, towards the threshold, and hides each question on its own', () => {
    const both = (reviewerId: string): ResponseReview => ({
      kind: 'peer',
      status: 'submitted',
      reviewerId,
      answers: [
        { questionId: 'q1', rating: 4 },
        { questionId: 'q2', text: reviewerId === 'a' ? 'only a wrote here' : null },
      ],
    });
    const result = aggregateResponses([both('a'), both('b'), { ...both('b'), kind: 'upward' }], {
      minResponses: 2,
      anonymous: true,
      questions: [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }],
    });
    expect(result.map((q) => [q.questionId, q.responses, q.hidden])).toEqual([
      ['q1', 2, false],
      ['q2', 1, true],
      // Nobody answered: nothing to withhold.
      ['q3', 0, false],
    ]);
    expect(result[2]).toMatchObject({ meanRating: null, texts: [] });
  });

  it('when anonymous, sorts the texts and names no reviewer anywhere in the result', () => {
    const reviewers = ['reviewer-zed-1', 'reviewer-amy-2', 'reviewer-kim-3', 'reviewer-lou-4', 'reviewer-max-5'];
    const texts = ['Zealous about quality', 'A calm lead', 'Knows the numbers', 'Listens', 'Mentors well'];
    const reviews = reviewers.map((id, i) => review(id, 1 + i, texts[i] ?? null));
    const result = aggregateResponses(reviews, { minResponses: 5, anonymous: true, questions });
    expect(result[0]?.texts).toEqual([
      'A calm lead',
      'Knows the numbers',
      'Listens',
      'Mentors well',
      'Zealous about quality',
    ]);
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain('reviewerId');
    for (const id of reviewers) expect(serialized).not.toContain(id);
    // The same when hidden.
    const hidden = JSON.stringify(
      aggregateResponses(reviews.slice(0, 2), { minResponses: 5, anonymous: true, questions }),
    );
    for (const id of reviewers) expect(hidden).not.toContain(id);
  });

  it('reads ratings on each question’s scale and lists ratings between its steps', () => {
    const [q1] = aggregateResponses([review('a', 2.5, null), review('b', 0, null)], {
      minResponses: 1,
      anonymous: true,
      questions: [{ id: 'q1', scale: { min: 0, max: 3 } }],
    });
    expect(q1?.ratingCounts).toEqual([
      { rating: 0, count: 1 },
      { rating: 1, count: 0 },
      { rating: 2, count: 0 },
      { rating: 2.5, count: 1 },
      { rating: 3, count: 0 },
    ]);
    expect(q1?.meanRating).toBe(1.25);
  });

  it('says what is wrong with its input', () => {
    expect(() => aggregateResponses([], { minResponses: 0, anonymous: true, questions })).toThrow(
      'minResponses must be a whole number of at least 1 (got 0)',
    );
    expect(() => aggregateResponses([review('a', 6, null)], { minResponses: 1, anonymous: true, questions })).toThrow(
      "reviews[0].answers[0].rating is 6, outside the question's scale 1–5; give a rating from 1 to 5",
    );
  });
});
