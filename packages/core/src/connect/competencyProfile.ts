import { assessedLevels } from '../competencies/assessedLevels.js';
import { competencyGaps } from '../competencies/competencyGaps.js';
import type { Assessment, Framework, Placement } from '../competencies/competencySchemas.js';
import { readiness } from '../competencies/readiness.js';
import { findTrackLevel } from '../competencies/trackLevels.js';
import { competencyName } from './competencyFromApi.js';
import type { CompetencyProfileData } from './competencyWidgetData.js';

/** Options of {@link competencyProfile}. */
export interface CompetencyProfileOptions {
  /** Ignore assessments after this instant (see `assessedLevels`). */
  readonly asOf?: string | undefined;
  /** `w_c` for readiness (see `readiness`). @default every competency weighs 1 */
  readonly weights?: Readonly<Record<string, number>> | undefined;
  /** A display name per competency id. @default the id, its hyphens as spaces, capitalised ("code-quality" → "Code quality") */
  readonly names?: Readonly<Record<string, string>> | undefined;
}

/**
 * The input of the competency widgets for one person, computed with `@goalkit/core/competencies`: their
 * placement's current and target level, `competencyGaps()` against the target level (the current one without a
 * target), each with what the current level expects, and `readiness()`. `undefined` when the placement's track or
 * level is not among `frameworks`.
 *
 * @param assessments The person's assessments (others' are left out by `placement.personId`).
 * @throws {RangeError} when `asOf` is not a timestamp or a weight is negative (as the formulas do).
 */
export function competencyProfile(
  frameworks: readonly Framework[],
  placement: Placement,
  assessments: readonly Assessment[],
  options: CompetencyProfileOptions = {},
): CompetencyProfileData | undefined {
  const current = findTrackLevel(frameworks, placement.trackId, placement.levelId);
  if (!current) return undefined;
  const target =
    placement.targetLevelId === undefined
      ? undefined
      : findTrackLevel(frameworks, placement.trackId, placement.targetLevelId);
  if (placement.targetLevelId !== undefined && !target) return undefined;
  const compared = target ?? current;
  const { framework } = compared;
  const assessed = assessedLevels(assessments, {
    personId: placement.personId,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  const byId = new Map(framework.competencies.map((c) => [c.id, c]));
  const gaps = competencyGaps(framework, compared.level, assessed);
  return {
    personId: placement.personId,
    scale: framework.scale,
    level: { id: current.level.id, name: current.level.name },
    targetLevel: target ? { id: target.level.id, name: target.level.name } : null,
    competencies: gaps.map((gap) => ({
      competencyId: gap.competencyId,
      name: competencyName(gap.competencyId, options.names),
      theme: byId.get(gap.competencyId)?.theme,
      expected: gap.expected,
      ...(target ? { expectedNow: current.level.expectations[gap.competencyId]?.level ?? null } : {}),
      assessed: gap.assessed,
      source: gap.source,
      gap: gap.gap,
      ...(gap.text === undefined ? {} : { text: gap.text }),
    })),
    readiness: readiness(framework, compared.level, assessed, options.weights ? { weights: options.weights } : {}),
  };
}
