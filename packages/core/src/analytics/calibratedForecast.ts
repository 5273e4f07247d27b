import type { GoalkitDocument, KeyResult, Objective } from '../model/documentSchema.js';
import type { Forecast, KeyResultScore } from '../scoring/types.js';
import { closedKeyResults, pairsAt } from './closedKeyResults.js';
import { fitIsotonic, type IsotonicFit } from './isotonic.js';
import { type Guarded, kAnonymous } from './privacy.js';
import {
  type AnalyticsScope,
  type AnalyticsScoring,
  contributorOf,
  cycleDays,
  dayOf,
  documentsOf,
  scopeTests,
  scorerSource,
} from './shared.js';

/** The fewest closed key results with a confidence a calibration rests on, unless a caller sets another. */
export const DEFAULT_MIN_HISTORY = 10;

/** Options of {@link calibratedForecast}. */
export interface CalibratedForecastOptions extends Omit<AnalyticsScope, 'ownerId'>, AnalyticsScoring {
  /** The person or team whose track record corrects their stated confidence (a team: with everyone below it). */
  ownerId: string;
  /** The day of the forecast (`YYYY-MM-DD` or a `Date`): cycles running on it are open, those ended before it closed. */
  asOf: string | Date;
  /**
   * The fewest closed key results with a confidence the correction needs; with fewer, `calibrated` is `null`.
   * @default 10
   */
  minHistory?: number;
}

/** What a calibrated probability rests on. */
export interface CalibrationEvidence {
  /** How many closed key results of the owner, with a confidence at `fraction` of their cycle, it rests on. */
  keyResults: number;
  /** τ: how far through its cycle the open key result is, at which the past confidences were read. */
  fraction: number;
  /** How stated confidence is mapped: isotonic regression of past outcomes on past confidence. */
  method: 'isotonic';
}

/** One open key result with its stated, calibrated and projected outlook. */
export interface CalibratedKeyResult {
  keyResultId: string;
  objectiveId: string;
  cycleId: string;
  /** The latest confidence given on or before `asOf`; `null` when none was. */
  statedConfidence: number | null;
  /**
   * The probability of achieving it, from the stated confidence corrected by the owner's track record;
   * `null` without a stated confidence or with fewer than `minHistory` past key results.
   */
  calibratedConfidence: number | null;
  /** The scoring's least-squares forecast at the cycle's end; `null` with fewer than two check-ins. */
  forecast: Forecast | null;
  /** What the calibrated probability rests on. */
  evidence: CalibrationEvidence;
}

/** A person's or team's open key results with calibrated outlooks. */
export interface CalibratedForecast {
  /** The owner. */
  ownerId: string;
  /** Closed key results of the owner's scope (with or without confidence). */
  history: number;
  /** Open key results in document order. */
  keyResults: CalibratedKeyResult[];
}

/**
 * A calibrated probability of achieving each open key result of an owner (and of everyone below it in the
 * owner tree), beside the stated confidence and the least-squares forecast.
 *
 * Method: an open key result is a fraction τ = (asOf − start) ÷ (end − start) through its cycle (1 for a
 * one-day cycle). The owner's history is their closed key results (cycles ended before `asOf`) with a
 * confidence by day start + ⌊τ × (end − start)⌋ of their own cycle: pairs (cⱼ, oⱼ), oⱼ = 1 when achieved (θ = 1
 * committed, 0.7 aspirational). With at least `minHistory` pairs, isotonic regression (pool adjacent
 * violators) of o on c gives a non-decreasing map from stated confidence to observed rate; the calibrated
 * probability is that map at the stated confidence (linear between fitted points, flat beyond them).
 *
 * Counted: visible objectives; key results whose owner is in the scope. Hidden (see `kAnonymous`) when the
 * history has fewer than `k` distinct owners: a person's own calibration is theirs, so a person looking at
 * their own goals passes `k: 1`.
 * @throws {RangeError} for an unknown owner, an invalid `asOf` or `minHistory`.
 */
export function calibratedForecast(
  documents: GoalkitDocument | readonly GoalkitDocument[],
  options: CalibratedForecastOptions,
): Guarded<CalibratedForecast> {
  const asOf = dayOf(options.asOf);
  const minHistory = options.minHistory ?? DEFAULT_MIN_HISTORY;
  if (!(Number.isInteger(minHistory) && minHistory >= 1))
    throw new RangeError(`minHistory must be a whole number of at least 1 (got ${minHistory})`);
  const list = documentsOf(documents);
  /** Per document, the fraction τ each running cycle has reached, by cycle id. */
  const openCycles = list.map((document) => {
    const open = new Map<string, number>();
    for (const cycle of document.cycles) {
      const { start, end } = cycleDays(cycle);
      if (start <= asOf && asOf <= end) open.set(cycle.id, end === start ? 1 : (asOf - start) / (end - start));
    }
    return open;
  });
  const fractions = [...new Set(openCycles.flatMap((open) => [...open.values()]))];
  const history = closedKeyResults(list, asOf, fractions, options);

  /** The fit for each τ, made once per distinct τ among open cycles. */
  const fits = new Map<number, { fit: IsotonicFit | null; evidence: number }>();
  fractions.forEach((fraction, f) => {
    const { confidences: x, outcomes: y } = pairsAt(history, f, fractions.length);
    fits.set(fraction, { fit: x.length >= minHistory ? fitIsotonic(x, y) : null, evidence: x.length });
  });

  const tests = scopeTests(list, options.ownerId);
  const scorerOf = scorerSource(asOf, options.scorer);
  const keyResults: CalibratedKeyResult[] = [];
  list.forEach((document, d) => {
    const inScope = tests[d];
    const open = openCycles[d] as Map<string, number>;
    if (open.size === 0) return;
    let scorer: ReturnType<typeof scorerOf> | undefined;
    for (const objective of document.objectives as Objective[]) {
      const fraction = open.get(objective.cycle);
      if (fraction === undefined || (options.visible !== undefined && !options.visible(objective))) continue;
      let scores: KeyResultScore[] | undefined;
      const own = objective.keyResults as KeyResult[];
      for (let k = 0; k < own.length; k++) {
        const keyResult = own[k] as KeyResult;
        if (inScope !== undefined && !inScope(contributorOf(objective, keyResult))) continue;
        scorer ??= scorerOf(document);
        scores ??= scorer.objective(objective.id).keyResults;
        const { fit, evidence } = fits.get(fraction) as { fit: IsotonicFit | null; evidence: number };
        const score = scores[k] as KeyResultScore;
        const stated = score.confidence;
        keyResults.push({
          keyResultId: keyResult.id,
          objectiveId: objective.id,
          cycleId: objective.cycle,
          statedConfidence: stated,
          calibratedConfidence: stated === null || fit === null ? null : fit.predict(stated),
          forecast: score.forecast,
          evidence: { keyResults: evidence, fraction, method: 'isotonic' },
        });
      }
    }
  });
  return kAnonymous({ ownerId: options.ownerId, history: history.count, keyResults }, history.owners.size, options.k);
}
