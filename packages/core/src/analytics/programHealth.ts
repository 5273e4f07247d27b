import type { GoalkitDocument, Objective } from '../model/documentSchema.js';
import type { CadencePolicyInput } from '../rhythm/policies.js';
import { isoDateOfDay } from '../scoring/dayNumber.js';
import { type AlignmentCoverage, alignmentCoverage } from './alignmentCoverage.js';
import { type CheckInRate, checkInRate } from './checkInRate.js';
import { type GoalQuality, goalQualityTrend } from './goalQualityTrend.js';
import { type OutcomeDistribution, outcomeDistribution } from './outcomeDistribution.js';
import type { Guarded } from './privacy.js';
import { type AnalyticsScope, type AnalyticsScoring, cycleOf, dayOf } from './shared.js';

/** What {@link programHealth} needs besides the scope: the cycle, the day, and what the server knows more. */
export interface ProgramHealthOptions extends AnalyticsScope, AnalyticsScoring {
  cycle: string;
  /** The day to judge by: outcomes as of it, check-ins as of it or the cycle's last day, whichever is earlier. */
  asOf: string | Date;
  /** The cadence policies (see `checkInRate`). */
  policies?: readonly CadencePolicyInput[];
  /** Which objectives count as approved for the goal quality (see `goalQualityTrend`). @default every one */
  approved?: (objective: Objective) => boolean;
}

/** A cycle's program health: its check-ins, alignment, goal quality and outcomes, each hidden below `k` people. */
export interface ProgramHealth {
  cycleId: string;
  cycleName: string;
  checkIns: Guarded<CheckInRate>;
  alignment: Guarded<AlignmentCoverage>;
  quality: Guarded<GoalQuality>;
  outcomes: Guarded<OutcomeDistribution>;
}

/** One row of the trend over cycles: each figure, or null where it is hidden or there is none. */
export interface ProgramTrendRow {
  cycleId: string;
  cycleName: string;
  checkInRate: number | null;
  alignmentCoverage: number | null;
  meanSmartScore: number | null;
  objectivesAchievedShare: number | null;
}

/** A figure of a guarded aggregate, or null when the aggregate is hidden. */
export function figureOf<T extends object, K extends keyof T>(value: Guarded<T>, key: K): T[K] | null {
  return value.hidden ? null : (value as T)[key];
}

/**
 * The figures of a cycle that `GET /analytics`, `goalkit analyze` and the ProgramHealth widget show:
 * `checkInRate` as of `asOf` or the cycle's last day (whichever is earlier), `alignmentCoverage`,
 * `goalQualityTrend` for the cycle and `outcomeDistribution` as of `asOf`, with the same scope.
 *
 * @throws {RangeError} for an unknown cycle or owner, or a bad `asOf` (from the functions it calls).
 */
export function programHealth(document: GoalkitDocument, options: ProgramHealthOptions): ProgramHealth {
  const cycle = cycleOf(document, options.cycle);
  const { cycle: _cycle, asOf, policies, approved, ...scope } = options;
  const day = isoDateOfDay(dayOf(asOf));
  const quality = goalQualityTrend(document, {
    ...scope,
    cycles: [cycle.id],
    ...(approved ? { approved } : {}),
  })[0]?.quality;
  return {
    cycleId: cycle.id,
    cycleName: cycle.name,
    checkIns: checkInRate(document, {
      ...scope,
      cycle: cycle.id,
      asOf: cycle.end < day ? cycle.end : day,
      ...(policies ? { policies } : {}),
    }),
    alignment: alignmentCoverage(document, { ...scope, cycle: cycle.id }),
    quality: quality ?? {
      hidden: false,
      objectives: 0,
      meanSmartScore: null,
      approved: 0,
      approvedWithoutErrors: 0,
      approvedWithoutErrorsShare: null,
    },
    outcomes: outcomeDistribution(document, { ...scope, cycle: cycle.id, asOf: day }),
  };
}

/** The trend row of a cycle's program health. */
export function trendRow(health: ProgramHealth): ProgramTrendRow {
  return {
    cycleId: health.cycleId,
    cycleName: health.cycleName,
    checkInRate: figureOf(health.checkIns, 'rate'),
    alignmentCoverage: figureOf(health.alignment, 'coverage'),
    meanSmartScore: figureOf(health.quality, 'meanSmartScore'),
    objectivesAchievedShare: figureOf(health.outcomes, 'objectivesAchievedShare'),
  };
}
