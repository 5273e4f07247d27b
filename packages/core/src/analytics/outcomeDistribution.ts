import type { GoalkitDocument, KeyResult, Objective } from '../model/documentSchema.js';
import { grade } from '../scoring/grade.js';
import type { GradeBand } from '../scoring/types.js';
import { type Guarded, kAnonymous } from './privacy.js';
import {
  type AnalyticsScope,
  type AnalyticsScoring,
  achieved,
  contributorOf,
  cycleDays,
  cycleOf,
  dayOf,
  peopleIn,
  scopeTest,
  scorerSource,
} from './shared.js';

/** Options of {@link outcomeDistribution}. */
export interface OutcomeDistributionOptions extends AnalyticsScope, AnalyticsScoring {
  /** The cycle's id. */
  cycle: string;
  /**
   * The day to score as of (`YYYY-MM-DD` or a `Date`): after the cycle's end for the outcome at close
   * (check-ins dated after the end, as closing grades often are, count).
   */
  asOf: string | Date;
}

/** How a cycle's goals ended (or stand, before its end). */
export interface OutcomeDistribution {
  /** The cycle's id. */
  cycleId: string;
  /** Whether the cycle had ended by `asOf` (its last day is before `asOf`). */
  closed: boolean;
  /** Counted objectives of the cycle. */
  objectives: number;
  /** Of those, the achieved: progress ≥ θ (1 for `committed`, 0.7 for `aspirational`). */
  objectivesAchieved: number;
  /** objectivesAchieved ÷ objectives; `null` when there are none. */
  objectivesAchievedShare: number | null;
  /** Counted objectives by the band of their grade. */
  objectivesByBand: Record<GradeBand, number>;
  /** Counted key results. */
  keyResults: number;
  /** Of those, the achieved: progress ≥ θ of their objective. */
  keyResultsAchieved: number;
  /** Counted key results by the band of their grade (`grade`: progress rounded to 0.1; green ≥ 0.7, yellow ≥ 0.4, red below). */
  keyResultsByBand: Record<GradeBand, number>;
}

/**
 * The outcome of a cycle: objectives achieved, and objectives and key results by grade band, scored as of
 * `asOf` with the scoring engine. An objective is **achieved** when its progress p ≥ θ, with θ = 1 for a
 * `committed` objective (the default) and θ = 0.7 for an `aspirational` one; a key result when its progress
 * reaches its objective's θ. Bands are the scoring's `grade`: p rounded to 0.1, green from 0.7, yellow from
 * 0.4, red below. Counted: objectives of the cycle that are visible and whose owner is in scope; their key
 * results whose owner is in scope.
 *
 * Hidden (see `kAnonymous`) when what it counts has fewer than `k` distinct owners.
 * @throws {RangeError} for an unknown cycle or owner, or an invalid `asOf`.
 */
export function outcomeDistribution(
  document: GoalkitDocument,
  options: OutcomeDistributionOptions,
): Guarded<OutcomeDistribution> {
  const cycle = cycleOf(document, options.cycle);
  const { end } = cycleDays(cycle);
  const asOf = dayOf(options.asOf);
  const inScope = scopeTest(document, options.ownerId);
  const scorer = scorerSource(asOf, options.scorer)(document);
  const owners = new Set<string>();
  const objectivesByBand: Record<GradeBand, number> = { green: 0, yellow: 0, red: 0 };
  const keyResultsByBand: Record<GradeBand, number> = { green: 0, yellow: 0, red: 0 };
  let objectives = 0;
  let objectivesAchieved = 0;
  let keyResults = 0;
  let keyResultsAchieved = 0;
  // Consecutive key results mostly share an owner: the set is only asked about a change.
  let lastOwner: string | undefined;
  for (const objective of document.objectives as Objective[]) {
    if (objective.cycle !== cycle.id || (options.visible !== undefined && !options.visible(objective))) continue;
    if (inScope === undefined || inScope(objective.owner)) {
      const progress = scorer.progressOf(objective.id);
      objectives++;
      if (objective.owner !== lastOwner) {
        owners.add(objective.owner);
        lastOwner = objective.owner;
      }
      objectivesByBand[grade(progress).band]++;
      if (achieved(objective, progress)) objectivesAchieved++;
    }
    const own = objective.keyResults as KeyResult[];
    for (let k = 0; k < own.length; k++) {
      const keyResult = own[k] as KeyResult;
      const owner = contributorOf(objective, keyResult);
      if (inScope !== undefined && !inScope(owner)) continue;
      const progress = scorer.progressOfKeyResult(keyResult.id);
      keyResults++;
      if (owner !== lastOwner) {
        owners.add(owner);
        lastOwner = owner;
      }
      keyResultsByBand[grade(progress).band]++;
      if (achieved(objective, progress)) keyResultsAchieved++;
    }
  }
  return kAnonymous(
    {
      cycleId: cycle.id,
      closed: end < asOf,
      objectives,
      objectivesAchieved,
      objectivesAchievedShare: objectives === 0 ? null : objectivesAchieved / objectives,
      objectivesByBand,
      keyResults,
      keyResultsAchieved,
      keyResultsByBand,
    },
    peopleIn(document, owners),
    options.k,
  );
}
