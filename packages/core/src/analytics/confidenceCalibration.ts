import type { GoalkitDocument } from '../model/documentSchema.js';
import { type BrierDecomposition, brierDecomposition } from './brierScore.js';
import { closedKeyResults, pairsAt } from './closedKeyResults.js';
import { type Guarded, kAnonymous } from './privacy.js';
import { type AnalyticsScope, type AnalyticsScoring, dayOf, documentsOf, peopleIn } from './shared.js';

/** Options of {@link confidenceCalibration}. */
export interface ConfidenceCalibrationOptions extends AnalyticsScope, AnalyticsScoring {
  /**
   * The day analysed (`YYYY-MM-DD` or a `Date`): cycles whose last day is before it are closed, and outcomes
   * are scored as of it (closing check-ins dated after a cycle's end count).
   */
  asOf: string | Date;
  /**
   * The closed cycles to read, by id.
   * @default every cycle closed by `asOf`
   */
  cycles?: readonly string[];
  /**
   * The fractions τ of each cycle at which stated confidence is read.
   * @default [0.25, 0.5, 0.75]
   */
  fractions?: readonly number[];
  /**
   * How many equal bins of [0, 1] the decomposition and the reliability diagram use.
   * @default 10
   */
  bins?: number;
}

/** Calibration of the confidence stated a fraction τ of the way through the cycles. */
export interface CalibrationAtFraction {
  /** τ. */
  fraction: number;
  /** N: closed key results with a confidence by then. */
  withConfidence: number;
  /** Closed key results with none by then, left out of the figures. */
  withoutConfidence: number;
  /** The Brier score, its decomposition, skill, overconfidence and the reliability diagram; `null` when N = 0. */
  calibration: BrierDecomposition | null;
}

/** How well stated confidence predicted the outcomes of closed key results. */
export interface ConfidenceCalibration {
  /** The closed cycles read, by id. */
  cycles: string[];
  /** Counted key results of those cycles. */
  keyResults: number;
  /** Of those, the achieved (oᵢ = 1). */
  achieved: number;
  /** One entry per fraction τ, in the order asked. */
  atFractions: CalibrationAtFraction[];
}

/**
 * Confidence calibration over closed key results (those of cycles whose last day is before `asOf`).
 *
 * - outcome oᵢ = 1 when the key result's progress as of `asOf` ≥ θ, θ = 1 for a `committed` objective (the
 *   default) and 0.7 for an `aspirational` one; else 0;
 * - cᵢ(τ) = the latest confidence given on or before day start + ⌊τ × (end − start)⌋ of its cycle; key results
 *   with none by then are left out (and counted in `withoutConfidence`);
 * - BS(τ) = (1/N) Σ (cᵢ(τ) − oᵢ)², decomposed over `bins` equal bins as BS = REL − RES + UNC + WBV − WBC
 *   (see `BrierDecomposition` for each term), skill 1 − BS/UNC (`null` when UNC = 0), overconfidence
 *   mean(c) − mean(o), and per bin the mean stated confidence, the observed rate and the count.
 *
 * Counted: key results of visible objectives whose owner is in scope. Hidden (see `kAnonymous`) when they
 * have fewer than `k` distinct owners.
 * @throws {RangeError} for an invalid `asOf`, fraction or bin count, or an unknown owner.
 */
export function confidenceCalibration(
  documents: GoalkitDocument | readonly GoalkitDocument[],
  options: ConfidenceCalibrationOptions,
): Guarded<ConfidenceCalibration> {
  const asOf = dayOf(options.asOf);
  const fractions = options.fractions ?? [0.25, 0.5, 0.75];
  for (const fraction of fractions)
    if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fractions must be between 0 and 1 (got ${fraction})`);
  const closed = closedKeyResults(documentsOf(documents), asOf, fractions, options);
  let achievedCount = 0;
  for (const outcome of closed.outcomes) achievedCount += outcome;
  const atFractions = fractions.map((fraction, f): CalibrationAtFraction => {
    const { confidences: forecasts, outcomes } = pairsAt(closed, f, fractions.length);
    return {
      fraction,
      withConfidence: forecasts.length,
      withoutConfidence: closed.count - forecasts.length,
      calibration: forecasts.length === 0 ? null : brierDecomposition(forecasts, outcomes, options.bins),
    };
  });
  return kAnonymous(
    { cycles: [...closed.cycleIds], keyResults: closed.count, achieved: achievedCount, atFractions },
    peopleIn(documents, closed.owners),
    options.k,
  );
}
