import type { AssessedLevel } from './assessedLevels.js';
import type { Framework, TrackLevel } from './competencySchemas.js';

/** Options of {@link readiness}. */
export interface ReadinessOptions {
  /**
   * `w_c` by competency id: how much each competency counts. Missing competencies weigh 1; 0 leaves one out.
   * @default every competency weighs 1
   */
  weights?: Readonly<Record<string, number>>;
}

/**
 * How ready a person is for a level, from 0 to 1:
 * `readiness = Σ w_c · min(1, assessed_c / expected_c) / Σ w_c`, over the competencies the level expects.
 *
 * - Exceeding one expectation does not make up for missing another: each term is capped at 1.
 * - A competency expected at level 0 (or less) is met by anyone: its term is 1, without dividing by 0.
 * - A competency nobody assessed counts as the scale's minimum, as in `competencyGaps`.
 * - Terms below 0 cannot occur on a valid scale (its minimum is 0 or more) but are clamped to 0.
 *
 * Returns `null` when there is nothing to judge: the level expects nothing, or every weight is 0.
 *
 * @throws {RangeError} when a weight is negative or not a finite number.
 */
export function readiness(
  framework: Pick<Framework, 'scale'>,
  level: Pick<TrackLevel, 'expectations'>,
  assessed: ReadonlyMap<string, Pick<AssessedLevel, 'level'>>,
  options: ReadinessOptions = {},
): number | null {
  let weighted = 0;
  let total = 0;
  for (const [competencyId, expectation] of Object.entries(level.expectations)) {
    const weight = options.weights?.[competencyId] ?? 1;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(
        `weights["${competencyId}"] must be a finite number of 0 or more (got ${weight}); use 0 to leave the competency out`,
      );
    }
    if (weight === 0) continue;
    const expected = expectation.level;
    const level = assessed.get(competencyId)?.level ?? framework.scale.min;
    const ratio = expected <= 0 ? 1 : Math.max(0, Math.min(1, level / expected));
    weighted += weight * ratio;
    total += weight;
  }
  return total > 0 ? weighted / total : null;
}
