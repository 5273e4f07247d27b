/** A rating scale: the lowest and highest rating a question takes. */
export interface RatingScale {
  /** The lowest rating. */
  min: number;
  /** The highest rating. */
  max: number;
}

/** The scale of a question that names none: 1 to 5. */
export const DEFAULT_RATING_SCALE: Readonly<RatingScale> = Object.freeze({ min: 1, max: 5 });

/** The parts a review's final score is made of: the goals' grades and each kind of review. */
export type ReviewComponent = 'goals' | 'self' | 'manager' | 'peer' | 'upward';

/** Every {@link ReviewComponent}, in the order results list them. */
export const REVIEW_COMPONENTS: readonly ReviewComponent[] = Object.freeze([
  'goals',
  'self',
  'manager',
  'peer',
  'upward',
]);

/** Who wrote a review: the person themselves, their manager, a peer, or someone they manage. */
export type ReviewKind = 'self' | 'manager' | 'peer' | 'upward';

/** Every {@link ReviewKind}. */
export const REVIEW_KINDS: readonly ReviewKind[] = Object.freeze(['self', 'manager', 'peer', 'upward']);

/** The statuses of a review that has been submitted: its answers count; a draft's do not. */
export const SUBMITTED_STATUSES: readonly string[] = Object.freeze(['submitted', 'shared', 'acknowledged']);

/** Whether a review with this status has been submitted (`submitted`, `shared` or `acknowledged`). */
export function isSubmitted(status: string): boolean {
  return SUBMITTED_STATUSES.includes(status);
}

/** A question of a review form: its rating scale, when it is rated on another than the default. */
export interface ReviewQuestion {
  /** The question's id, as answers name it. */
  id: string;
  /**
   * Its rating scale.
   * @default the default scale of the call (1 to 5)
   */
  scale?: RatingScale | undefined;
  /**
   * What its ratings measure: `performance` (the review's score) or `potential` (the nine-box's other axis).
   * @default 'performance'
   */
  measures?: RatingMeasure | undefined;
}

/** What a question's ratings measure. */
export type RatingMeasure = 'performance' | 'potential';

/** Options of {@link componentScores}. */
export interface ComponentScoresOptions {
  /**
   * Which questions count: those whose ratings measure this.
   * @default 'performance'
   */
  measures?: RatingMeasure | undefined;
}

/** One answer of a review. */
export interface ReviewAnswer {
  /** The question answered. */
  questionId: string;
  /** The rating given, on the question's scale; absent or `null` when not rated. */
  rating?: number | null | undefined;
}

/** A review as {@link componentScores} reads it. */
export interface ScoredReview {
  /** Who wrote it. */
  kind: ReviewKind;
  /** Its status: only `submitted`, `shared` and `acknowledged` reviews count. */
  status: string;
  /** Its answers. */
  answers: readonly ReviewAnswer[];
}

/** A weight or component score of {@link reviewFinalScore} that cannot be used, naming the component. */
export class ReviewComponentError extends RangeError {
  /** The component concerned. */
  readonly component: string;
  /** Which of its inputs is wrong. */
  readonly field: 'weight' | 'score';

  constructor(component: string, field: 'weight' | 'score', message: string) {
    super(message);
    this.name = 'ReviewComponentError';
    this.component = component;
    this.field = field;
  }
}

function checkScale(scale: RatingScale, path: string): void {
  if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.max > scale.min))
    throw new RangeError(`${path} must have finite bounds with max above min (got min ${scale.min}, max ${scale.max})`);
}

/**
 * A rating as a score from 0 to 1: (rating − min) ÷ (max − min). A 4 on the scale 1–5 is 0.75.
 * @throws {RangeError} when the rating is outside the scale (or not a number), or the scale is empty.
 */
export function ratingScore(rating: number, scale: RatingScale): number {
  checkScale(scale, 'scale');
  if (!(rating >= scale.min && rating <= scale.max))
    throw new RangeError(
      `rating ${rating} is outside the scale ${scale.min}–${scale.max}; give a rating from ${scale.min} to ${scale.max}`,
    );
  return (rating - scale.min) / (scale.max - scale.min);
}

/** An objective weighed into {@link goalScore}. */
export interface WeightedGrade {
  /** Its weight, at least 0. */
  weight: number;
  /** Its grade from 0 to 1 (the scoring's `grade(progress).score`), or `null` when it has none. */
  grade: number | null;
}

/** The score of a person's goals. */
export interface GoalScore {
  /** Σ weight × grade ÷ Σ weight over the counted objectives; `null` when none counts. */
  score: number | null;
  /** How many objectives count: those with a grade and a positive weight. */
  counted: number;
}

/**
 * The goals component of a review: score = Σ wᵢ·gᵢ ÷ Σ wᵢ over the objectives with a grade gᵢ and a
 * positive weight wᵢ (`null` when there is none).
 * @throws {RangeError} for a weight that is not a finite number of at least 0, or a grade outside 0–1,
 * naming its index.
 */
export function goalScore(objectives: readonly WeightedGrade[]): GoalScore {
  let sum = 0;
  let weights = 0;
  let counted = 0;
  objectives.forEach(({ weight, grade }, i) => {
    if (!(Number.isFinite(weight) && weight >= 0))
      throw new RangeError(`objectives[${i}].weight must be a finite number of at least 0 (got ${weight})`);
    if (grade === null) return;
    if (!(grade >= 0 && grade <= 1))
      throw new RangeError(`objectives[${i}].grade must be between 0 and 1, or null (got ${grade})`);
    if (weight === 0) return;
    sum += weight * grade;
    weights += weight;
    counted++;
  });
  return { score: counted === 0 ? null : sum / weights, counted };
}

/** One component's part in a {@link FinalScore}. */
export interface FinalScoreTerm {
  /** The component. */
  component: ReviewComponent;
  /** Its weight as given. */
  weight: number;
  /** Its score, 0 to 1. */
  score: number;
  /** Its share of the final score: its weight ÷ the sum of the used components' weights. */
  share: number;
}

/** A review's final score and how it was made. */
export interface FinalScore {
  /** Σ wₖ·sₖ ÷ Σ wₖ over the used components; `null` when none is used. */
  score: number | null;
  /** The components with a score and a positive weight, in {@link REVIEW_COMPONENTS} order. */
  used: ReviewComponent[];
  /** The components with a positive weight but no score: their weight is shared out among the used ones. */
  missing: ReviewComponent[];
  /** One term per used component. */
  terms: FinalScoreTerm[];
}

function checkComponents(record: object, what: string): void {
  for (const key of Object.keys(record))
    if (!(REVIEW_COMPONENTS as readonly string[]).includes(key))
      throw new ReviewComponentError(
        key,
        what === 'weights' ? 'weight' : 'score',
        `${what} names an unknown review component ${JSON.stringify(key)}; use ${REVIEW_COMPONENTS.join(', ')}`,
      );
}

/**
 * A review's final score from its components' scores (each 0 to 1) and weights:
 * final = Σ wₖ·sₖ ÷ Σ wₖ over the **used** components, those with a score (not `null` or absent) and a
 * weight wₖ > 0. A weighted component without a score is **missing**, and the weights are renormalised
 * over the used ones: goals 0.8 (w 0.5), manager 0.75 (w 0.3), self missing (w 0.2) give
 * (0.5 × 0.8 + 0.3 × 0.75) ÷ 0.8 = 0.78125. A component without a weight counts as weight 0: it is
 * neither used nor missing. `null` when no component is used.
 * @throws {ReviewComponentError} for a weight that is not a finite number of at least 0, a score outside 0–1,
 * or an unknown component, naming the component.
 */
export function reviewFinalScore(
  components: Partial<Record<ReviewComponent, number | null>>,
  weights: Partial<Record<ReviewComponent, number>>,
): FinalScore {
  checkComponents(weights, 'weights');
  checkComponents(components, 'components');
  const used: ReviewComponent[] = [];
  const missing: ReviewComponent[] = [];
  const parts: { component: ReviewComponent; weight: number; score: number }[] = [];
  let total = 0;
  let sum = 0;
  for (const component of REVIEW_COMPONENTS) {
    const weight = weights[component] ?? 0;
    if (!(typeof weight === 'number' && Number.isFinite(weight) && weight >= 0))
      throw new ReviewComponentError(
        component,
        'weight',
        `the weight of ${component} must be a finite number of at least 0 (got ${weight})`,
      );
    const score = components[component];
    if (score !== undefined && score !== null && !(typeof score === 'number' && score >= 0 && score <= 1))
      throw new ReviewComponentError(
        component,
        'score',
        `the score of ${component} must be between 0 and 1, or null when there is none (got ${score})`,
      );
    if (weight === 0) continue;
    if (score === undefined || score === null) {
      missing.push(component);
      continue;
    }
    used.push(component);
    parts.push({ component, weight, score });
    total += weight;
    sum += weight * score;
  }
  return {
    score: used.length === 0 ? null : sum / total,
    used,
    missing,
    terms: parts.map((part) => ({ ...part, share: part.weight / total })),
  };
}

/** The score of one kind of review. */
export interface ComponentScore {
  /** The mean of the normalised ratings (see {@link ratingScore}), 0 to 1; `null` without a rating. */
  score: number | null;
  /** How many ratings the mean is over. */
  ratings: number;
  /** How many submitted reviews of this kind there are (with or without ratings). */
  reviews: number;
}

/**
 * The score of each kind of review: the mean of the normalised ratings (rating − min) ÷ (max − min),
 * pooled over every rated answer of the kind's submitted reviews (status `submitted`, `shared` or
 * `acknowledged`; drafts do not count). Each rating is read on its question's scale, else `defaultScale`.
 * Only questions measuring `options.measures` count (by default performance: a question with
 * `measures: 'potential'` feeds the nine-box's potential, not the score); answers to questions not in
 * `questions` and answers without a rating are left out.
 * @default defaultScale 1 to 5
 * @throws {RangeError} for a rating outside its scale (naming it as `reviews[i].answers[j].rating`) or an
 * empty scale.
 */
export function componentScores(
  reviews: readonly ScoredReview[],
  questions: readonly ReviewQuestion[],
  defaultScale: RatingScale = DEFAULT_RATING_SCALE,
  options: ComponentScoresOptions = {},
): Record<ReviewKind, ComponentScore> {
  const measures = options.measures ?? 'performance';
  const scales = scalesOf(
    questions.filter((q) => (q.measures ?? 'performance') === measures),
    defaultScale,
  );
  const sums: Record<ReviewKind, { sum: number; ratings: number; reviews: number }> = {
    self: { sum: 0, ratings: 0, reviews: 0 },
    manager: { sum: 0, ratings: 0, reviews: 0 },
    peer: { sum: 0, ratings: 0, reviews: 0 },
    upward: { sum: 0, ratings: 0, reviews: 0 },
  };
  reviews.forEach((review, r) => {
    if (!isSubmitted(review.status)) return;
    const totals = sums[review.kind];
    if (totals === undefined)
      throw new RangeError(
        `reviews[${r}].kind must be one of ${REVIEW_KINDS.join(', ')} (got ${JSON.stringify(review.kind)})`,
      );
    totals.reviews++;
    review.answers.forEach((answer, a) => {
      const scale = scales.get(answer.questionId);
      if (scale === undefined || answer.rating === undefined || answer.rating === null) return;
      totals.sum += normalised(answer.rating, scale, `reviews[${r}].answers[${a}].rating`);
      totals.ratings++;
    });
  });
  const result = {} as Record<ReviewKind, ComponentScore>;
  for (const kind of REVIEW_KINDS) {
    const { sum, ratings, reviews: count } = sums[kind];
    result[kind] = { score: ratings === 0 ? null : sum / ratings, ratings, reviews: count };
  }
  return result;
}

/** Each question's scale (checked), by id. */
export function scalesOf(questions: readonly ReviewQuestion[], defaultScale: RatingScale): Map<string, RatingScale> {
  checkScale(defaultScale, 'the default scale');
  const scales = new Map<string, RatingScale>();
  questions.forEach((question, q) => {
    if (question.scale !== undefined) checkScale(question.scale, `questions[${q}].scale`);
    scales.set(question.id, question.scale ?? defaultScale);
  });
  return scales;
}

/** {@link ratingScore}, its error naming where the rating is. */
export function normalised(rating: number, scale: RatingScale, path: string): number {
  if (!(rating >= scale.min && rating <= scale.max))
    throw new RangeError(
      `${path} is ${rating}, outside the question's scale ${scale.min}–${scale.max}; give a rating from ${scale.min} to ${scale.max}`,
    );
  return (rating - scale.min) / (scale.max - scale.min);
}
