import type { AssessedLevel } from './assessedLevels.js';
import type { AssessmentSource, Framework, TrackLevel } from './competencySchemas.js';

/** How far one competency is from what a level expects. */
export interface CompetencyGap {
  competencyId: string;
  /** `expected_c`: the level the target level expects. */
  expected: number;
  /** `assessed_c`, or `null` when nobody has assessed the competency. */
  assessed: number | null;
  /** Whose rating `assessed` is; `null` when there is none. */
  source: AssessmentSource | null;
  /**
   * `max(0, expected_c − assessed_c)`; an unassessed competency counts as the scale's minimum, so its gap
   * is `expected_c − scale.min`.
   */
  gap: number;
  /** What the expected level looks like, from the framework. */
  text?: string;
}

/**
 * The gap of every competency `level` expects, in the order the level lists them:
 * `gap_c = max(0, expected_c − assessed_c)`.
 *
 * A competency nobody assessed is not assumed to be met: it counts as the bottom of the scale
 * (`assessed_c = scale.min`, so the gap is `max(0, expected_c − scale.min)`), and is flagged with
 * `assessed: null` and `source: null` so a view can say "not assessed yet" rather than show a rating.
 *
 * @param framework The framework the level belongs to (for its scale).
 * @param level The level to compare against, usually the placement's target level.
 * @param assessed The person's assessed levels, from `assessedLevels`.
 */
export function competencyGaps(
  framework: Pick<Framework, 'scale'>,
  level: Pick<TrackLevel, 'expectations'>,
  assessed: ReadonlyMap<string, Pick<AssessedLevel, 'level' | 'source'>>,
): CompetencyGap[] {
  const gaps: CompetencyGap[] = [];
  for (const [competencyId, expectation] of Object.entries(level.expectations)) {
    const found = assessed.get(competencyId);
    const basis = found?.level ?? framework.scale.min;
    const gap: CompetencyGap = {
      competencyId,
      expected: expectation.level,
      assessed: found?.level ?? null,
      source: found?.source ?? null,
      gap: Math.max(0, expectation.level - basis),
    };
    if (expectation.text !== undefined) gap.text = expectation.text;
    gaps.push(gap);
  }
  return gaps;
}
