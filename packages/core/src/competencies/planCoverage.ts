import type { CompetencyGap } from './competencyGaps.js';

/** What {@link planCoverage} needs of an objective. */
export interface DevelopmentGoalLike {
  id: string;
  owner?: string | undefined;
  kind?: 'standard' | 'development' | undefined;
  competencyIds?: readonly string[] | undefined;
}

/** Options of {@link planCoverage}. */
export interface PlanCoverageOptions<TObjective extends DevelopmentGoalLike> {
  /** Only objectives of this owner count (the person whose gaps these are). */
  ownerId?: string;
  /**
   * Whether a development goal is still being worked on. goalkit documents do not record closing or
   * abandoning a goal, so the caller says which are: return `false` for those.
   * @default every objective is active
   */
  isActive?: (objective: TObjective) => boolean;
}

/** How much of a person's gaps a development plan covers. */
export interface PlanCoverage {
  /** Covered gaps ÷ all gaps, from 0 to 1; `null` when there are no gaps. */
  value: number | null;
  /** The competencies with a gap (gap > 0), in the order of the gaps given. */
  gaps: string[];
  /** Of those, the ones with an active development goal. */
  covered: string[];
  /** Of those, the ones without. */
  uncovered: string[];
  /** The active development goals (ids) working on each covered competency. */
  goalsByCompetency: ReadonlyMap<string, readonly string[]>;
}

/**
 * Plan coverage = gaps with an active development goal ÷ all gaps.
 *
 * A gap is a competency whose `gap` is above 0. It is covered when an objective with
 * `kind: 'development'` lists it in `competencyIds` and `isActive` does not say otherwise. Standard
 * objectives never count, whatever competencies they name. The value is `null`, not 1, when there are
 * no gaps: there is nothing to plan for, and a view should say so.
 */
export function planCoverage<TObjective extends DevelopmentGoalLike>(
  gaps: readonly Pick<CompetencyGap, 'competencyId' | 'gap'>[],
  objectives: readonly TObjective[],
  options: PlanCoverageOptions<TObjective> = {},
): PlanCoverage {
  const goalsByCompetency = new Map<string, string[]>();
  for (const objective of objectives) {
    if (objective.kind !== 'development') continue;
    if (options.ownerId !== undefined && objective.owner !== options.ownerId) continue;
    if (options.isActive !== undefined && !options.isActive(objective)) continue;
    for (const competencyId of new Set(objective.competencyIds ?? [])) {
      const goals = goalsByCompetency.get(competencyId) ?? [];
      goals.push(objective.id);
      goalsByCompetency.set(competencyId, goals);
    }
  }
  const open = [...new Set(gaps.filter((gap) => gap.gap > 0).map((gap) => gap.competencyId))];
  const covered = open.filter((id) => goalsByCompetency.has(id));
  const uncovered = open.filter((id) => !goalsByCompetency.has(id));
  const relevant = new Map<string, readonly string[]>();
  for (const id of covered) relevant.set(id, goalsByCompetency.get(id) ?? []);
  return {
    value: open.length === 0 ? null : covered.length / open.length,
    gaps: open,
    covered,
    uncovered,
    goalsByCompetency: relevant,
  };
}
