/** A level on one axis of the nine-box grid. */
export type NineBoxLevel = 'low' | 'moderate' | 'high';

/** The levels of each axis of the nine-box grid, lowest first. */
export const NINE_BOX_LEVELS: readonly NineBoxLevel[] = Object.freeze(['low', 'moderate', 'high']);

/** Where each level starts on a 0–1 score: the grade bands' 0.4 and 0.7. */
export const NINE_BOX_THRESHOLDS: Readonly<{ moderate: number; high: number }> = Object.freeze({
  moderate: 0.4,
  high: 0.7,
});

/** A person's cell of the nine-box grid. */
export interface NineBoxCell {
  /** The level of their performance (the review's final score). */
  performance: NineBoxLevel;
  /** The level of their potential. */
  potential: NineBoxLevel;
}

/** Scores are ratios of floating-point numbers: 0.7 may come out as 0.6999999999999998. */
const TOLERANCE = 1e-9;

function levelOf(score: number, name: string): NineBoxLevel {
  if (!(score >= 0 && score <= 1)) throw new RangeError(`${name} must be a score between 0 and 1 (got ${score})`);
  if (score >= NINE_BOX_THRESHOLDS.high - TOLERANCE) return 'high';
  if (score >= NINE_BOX_THRESHOLDS.moderate - TOLERANCE) return 'moderate';
  return 'low';
}

/**
 * The nine-box cell of a performance score (a review's final score) and a potential score, each 0 to 1:
 * per axis `low` below 0.4, `moderate` from 0.4 below 0.7, `high` from 0.7, the bands of the scoring's
 * `grade` (compared with a tolerance of 1e-9, so a score computed as 0.6999999999999998 is high).
 * @throws {RangeError} for a score outside 0–1 or not a number, naming the axis.
 */
export function nineBoxOf(performance: number, potential: number): NineBoxCell {
  return { performance: levelOf(performance, 'performance'), potential: levelOf(potential, 'potential') };
}
