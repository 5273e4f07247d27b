import {
  DEFAULT_RATING_SCALE,
  isSubmitted,
  normalised,
  type RatingScale,
  type ReviewKind,
  type ReviewQuestion,
  scalesOf,
} from './reviewScore.js';

/** One answer of a review, as {@link aggregateResponses} reads it. */
export interface ResponseAnswer {
  /** The question answered. */
  questionId: string;
  /** The rating given, on the question's scale; absent or `null` when not rated. */
  rating?: number | null | undefined;
  /** The written answer; absent, `null` or blank when none. */
  text?: string | null | undefined;
}

/** A review as {@link aggregateResponses} reads it. */
export interface ResponseReview {
  /** Who wrote it. */
  kind: ReviewKind;
  /** Its status: only `submitted`, `shared` and `acknowledged` reviews count. */
  status: string;
  /** Who wrote it: counted, never shown when the aggregation is anonymous. */
  reviewerId: string;
  /** Its answers. */
  answers: readonly ResponseAnswer[];
}

/** Options of {@link aggregateResponses}. */
export interface AggregateResponsesOptions {
  /** The fewest people who must have answered a question for its answers to be shown, a whole number ≥ 1. */
  minResponses: number;
  /** Whether to leave out who wrote what: no reviewer ids, and written answers sorted. */
  anonymous: boolean;
  /** The questions to aggregate, in the order of the result; answers to other questions are left out. */
  questions: readonly ReviewQuestion[];
  /**
   * The scale of a question that names none.
   * @default 1 to 5
   */
  defaultScale?: RatingScale;
}

/** How many answers gave one rating. */
export interface RatingCount {
  /** The rating. */
  rating: number;
  /** How many answers gave it. */
  count: number;
}

/** One answer with its author: only in an aggregation that is not anonymous. */
export interface AttributedAnswer {
  /** Who wrote it. */
  reviewerId: string;
  /** The kind of their review. */
  kind: ReviewKind;
  /** The rating given, or `null`. */
  rating: number | null;
  /** The written answer (trimmed), or `null`. */
  text: string | null;
}

/** The answers to one question, aggregated. */
export interface QuestionAggregate {
  /** The question. */
  questionId: string;
  /** How many people answered it (a rating or a written answer) in a submitted review. */
  responses: number;
  /** Whether its answers are withheld: fewer than `minResponses` people answered (but at least one). */
  hidden: boolean;
  /** Why they are withheld, e.g. "3 responses; shown from 5 so nobody can be recognised". Only when hidden. */
  reason?: string;
  /** The mean rating on the question's scale; `null` without ratings or when hidden. */
  meanRating: number | null;
  /**
   * How many answers gave each rating, lowest first: every whole number of the scale (zeros included)
   * and any other rating given. Empty when hidden.
   */
  ratingCounts: RatingCount[];
  /** The written answers (trimmed, blanks left out): sorted when anonymous, else in the reviews' order. Empty when hidden. */
  texts: string[];
  /** Who answered what, in the reviews' order: only when not anonymous and not hidden. */
  answers?: AttributedAnswer[];
}

/** Scales with more whole numbers than this list only the ratings given. */
const MAX_LISTED_STEPS = 100;

function hiddenReason(responses: number, minResponses: number): string {
  return `${responses} ${responses === 1 ? 'response' : 'responses'}; shown from ${minResponses} so nobody can be recognised`;
}

/**
 * The answers of a review round per question, for everyone to read without telling who wrote what.
 *
 * Only submitted reviews count (status `submitted`, `shared` or `acknowledged`). Per question, in the
 * order of `questions`:
 *
 * - responses = the number of distinct reviewers with a rating or a non-blank written answer to it;
 * - when 0 < responses < `minResponses`, the question is **hidden**: its mean, rating counts and texts are
 *   withheld and `reason` says why (with no response there is nothing to withhold);
 * - meanRating = the mean of its ratings on the question's scale; ratingCounts, how many gave each rating;
 * - texts: the written answers, trimmed. When `anonymous`, they are sorted (by UTF-16 code units, the same on
 *   every machine) so their order says nothing about who wrote which, and no reviewer id appears anywhere in
 *   the result; otherwise they keep the reviews' order and `answers` names who wrote what.
 *
 * @throws {RangeError} for a `minResponses` that is not a whole number ≥ 1, or a rating outside its
 * question's scale (naming it as `reviews[i].answers[j].rating`).
 */
export function aggregateResponses(
  reviews: readonly ResponseReview[],
  options: AggregateResponsesOptions,
): QuestionAggregate[] {
  const { minResponses, anonymous } = options;
  if (!(Number.isInteger(minResponses) && minResponses >= 1))
    throw new RangeError(`minResponses must be a whole number of at least 1 (got ${minResponses})`);
  const scales = scalesOf(options.questions, options.defaultScale ?? DEFAULT_RATING_SCALE);
  const collected = new Map<string, { reviewers: Set<string>; ratings: number[]; answers: AttributedAnswer[] }>();
  for (const question of options.questions)
    if (!collected.has(question.id)) collected.set(question.id, { reviewers: new Set(), ratings: [], answers: [] });

  reviews.forEach((review, r) => {
    if (!isSubmitted(review.status)) return;
    review.answers.forEach((answer, a) => {
      const entry = collected.get(answer.questionId);
      const scale = scales.get(answer.questionId);
      if (entry === undefined || scale === undefined) return;
      const rating = answer.rating ?? null;
      if (rating !== null) normalised(rating, scale, `reviews[${r}].answers[${a}].rating`);
      const text = answer.text?.trim() || null;
      if (rating === null && text === null) return;
      entry.reviewers.add(review.reviewerId);
      if (rating !== null) entry.ratings.push(rating);
      entry.answers.push({ reviewerId: review.reviewerId, kind: review.kind, rating, text });
    });
  });

  const seen = new Set<string>();
  const result: QuestionAggregate[] = [];
  for (const question of options.questions) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    const entry = collected.get(question.id);
    const scale = scales.get(question.id);
    if (entry === undefined || scale === undefined) continue;
    const responses = entry.reviewers.size;
    if (responses > 0 && responses < minResponses) {
      result.push({
        questionId: question.id,
        responses,
        hidden: true,
        reason: hiddenReason(responses, minResponses),
        meanRating: null,
        ratingCounts: [],
        texts: [],
      });
      continue;
    }
    const texts: string[] = [];
    for (const answer of entry.answers) if (answer.text !== null) texts.push(answer.text);
    if (anonymous) texts.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const aggregate: QuestionAggregate = {
      questionId: question.id,
      responses,
      hidden: false,
      meanRating: entry.ratings.length === 0 ? null : entry.ratings.reduce((s, x) => s + x, 0) / entry.ratings.length,
      ratingCounts: countRatings(entry.ratings, scale),
      texts,
    };
    if (!anonymous) aggregate.answers = entry.answers;
    result.push(aggregate);
  }
  return result;
}

function countRatings(ratings: readonly number[], scale: RatingScale): RatingCount[] {
  const counts = new Map<number, number>();
  const low = Math.ceil(scale.min);
  const high = Math.floor(scale.max);
  if (high - low < MAX_LISTED_STEPS) for (let step = low; step <= high; step++) counts.set(step, 0);
  for (const rating of ratings) counts.set(rating, (counts.get(rating) ?? 0) + 1);
  return [...counts].sort((x, y) => x[0] - y[0]).map(([rating, count]) => ({ rating, count }));
}
