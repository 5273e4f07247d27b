/** One bin of a reliability diagram: the forecasts that fell in it and how often they came true. */
export interface ReliabilityBin {
  /** The bin's lowest confidence (included). */
  lower: number;
  /** The bin's highest confidence (excluded, but for the last bin, which includes 1). */
  upper: number;
  /** How many forecasts fell in it. */
  count: number;
  /** Their mean stated confidence f̄ₖ; `null` for an empty bin. */
  meanConfidence: number | null;
  /** The share of them that came true ōₖ; `null` for an empty bin. */
  observedRate: number | null;
}

/**
 * The Brier score and its decomposition over equal bins. With N forecasts fᵢ ∈ [0, 1] and outcomes
 * oᵢ ∈ {0, 1}, bins k of nₖ forecasts with mean forecast f̄ₖ and observed rate ōₖ, and ō the overall rate:
 *
 * - BS  = (1/N) Σᵢ (fᵢ − oᵢ)²
 * - REL = (1/N) Σₖ nₖ (f̄ₖ − ōₖ)²            (reliability: 0 is perfectly calibrated)
 * - RES = (1/N) Σₖ nₖ (ōₖ − ō)²             (resolution: higher separates outcomes better)
 * - UNC = ō (1 − ō)                          (uncertainty of the outcomes themselves)
 * - WBV = (1/N) Σₖ Σᵢ∈ₖ (fᵢ − f̄ₖ)²          (within-bin variance of the forecasts)
 * - WBC = (2/N) Σₖ Σᵢ∈ₖ (oᵢ − ōₖ)(fᵢ − f̄ₖ)  (within-bin covariance)
 *
 * and BS = REL − RES + UNC + WBV − WBC exactly (Stephenson, Coelho and Jolliffe 2008). The classic
 * three-term Murphy identity BS = REL − RES + UNC holds when every forecast equals its bin's mean
 * (WBV = WBC = 0).
 */
export interface BrierDecomposition {
  /** How many forecasts N. */
  count: number;
  /** The Brier score BS, in [0, 1]. */
  brier: number;
  /** REL. */
  reliability: number;
  /** RES. */
  resolution: number;
  /** UNC. */
  uncertainty: number;
  /** WBV. */
  withinBinVariance: number;
  /** WBC. */
  withinBinCovariance: number;
  /** Brier skill score against always forecasting the observed rate: 1 − BS / UNC; `null` when UNC = 0. */
  skill: number | null;
  /** Overconfidence: mean(f) − mean(o); positive when people said more than came true. */
  overconfidence: number;
  /** The mean stated confidence, mean(f). */
  meanConfidence: number;
  /** The observed rate ō, mean(o). */
  observedRate: number;
  /** The reliability diagram: one entry per bin, lowest first. */
  bins: ReliabilityBin[];
}

function check(forecasts: readonly number[], outcomes: readonly number[]): void {
  if (forecasts.length !== outcomes.length)
    throw new RangeError(
      `forecasts and outcomes must pair up (got ${forecasts.length} forecasts and ${outcomes.length} outcomes)`,
    );
  if (forecasts.length === 0) throw new RangeError('needs at least one forecast and its outcome');
  for (let i = 0; i < forecasts.length; i++) {
    const f = forecasts[i] as number;
    const o = outcomes[i];
    if (!(f >= 0 && f <= 1)) throw new RangeError(`forecasts[${i}] must be between 0 and 1 (got ${f})`);
    if (o !== 0 && o !== 1) throw new RangeError(`outcomes[${i}] must be 0 or 1 (got ${o})`);
  }
}

/**
 * The Brier score BS = (1/N) Σ (fᵢ − oᵢ)² of forecasts fᵢ ∈ [0, 1] against outcomes oᵢ ∈ {0, 1}: 0 is
 * perfect, 0.25 is always saying 0.5, 1 is always certain and always wrong.
 * @throws {RangeError} when the lists differ in length, are empty, or hold a value out of range.
 */
export function brierScore(forecasts: readonly number[], outcomes: readonly number[]): number {
  check(forecasts, outcomes);
  let sum = 0;
  for (let i = 0; i < forecasts.length; i++) sum += ((forecasts[i] as number) - (outcomes[i] as number)) ** 2;
  return sum / forecasts.length;
}

/**
 * The bin of a confidence among `bins` equal bins of [0, 1]: bin k holds [k/bins, (k+1)/bins), the last
 * one includes 1. A confidence written as a decimal such as 0.7 lands in the bin it reads as, even where
 * 0.7 × 10 is 6.999… in floating point.
 */
export function binOf(confidence: number, bins: number): number {
  return Math.min(bins - 1, Math.floor(confidence * bins + 1e-9));
}

/**
 * The Brier score, its decomposition (see {@link BrierDecomposition} for every formula) and the
 * reliability diagram of forecasts against outcomes, over `bins` equal bins of [0, 1].
 * @default bins 10
 * @throws {RangeError} as {@link brierScore} does, or when `bins` is not a whole number of at least 1.
 */
export function brierDecomposition(
  forecasts: readonly number[],
  outcomes: readonly number[],
  bins = 10,
): BrierDecomposition {
  check(forecasts, outcomes);
  if (!(Number.isInteger(bins) && bins >= 1))
    throw new RangeError(`bins must be a whole number of at least 1 (got ${bins})`);
  const n = forecasts.length;
  const count = new Float64Array(bins);
  const sumF = new Float64Array(bins);
  const sumO = new Float64Array(bins);
  const binIndex = new Int32Array(n);
  let totalF = 0;
  let totalO = 0;
  let brier = 0;
  for (let i = 0; i < n; i++) {
    const f = forecasts[i] as number;
    const o = outcomes[i] as number;
    const k = binOf(f, bins);
    binIndex[i] = k;
    count[k] = (count[k] as number) + 1;
    sumF[k] = (sumF[k] as number) + f;
    sumO[k] = (sumO[k] as number) + o;
    totalF += f;
    totalO += o;
    brier += (f - o) ** 2;
  }
  const rate = totalO / n;
  let reliability = 0;
  let resolution = 0;
  const result: ReliabilityBin[] = [];
  for (let k = 0; k < bins; k++) {
    const nk = count[k] as number;
    const meanF = nk === 0 ? null : (sumF[k] as number) / nk;
    const meanO = nk === 0 ? null : (sumO[k] as number) / nk;
    if (meanF !== null && meanO !== null) {
      reliability += nk * (meanF - meanO) ** 2;
      resolution += nk * (meanO - rate) ** 2;
    }
    result.push({ lower: k / bins, upper: (k + 1) / bins, count: nk, meanConfidence: meanF, observedRate: meanO });
  }
  let variance = 0;
  let covariance = 0;
  for (let i = 0; i < n; i++) {
    const k = binIndex[i] as number;
    const nk = count[k] as number;
    const df = (forecasts[i] as number) - (sumF[k] as number) / nk;
    variance += df * df;
    covariance += ((outcomes[i] as number) - (sumO[k] as number) / nk) * df;
  }
  const uncertainty = rate * (1 - rate);
  brier /= n;
  return {
    count: n,
    brier,
    reliability: reliability / n,
    resolution: resolution / n,
    uncertainty,
    withinBinVariance: variance / n,
    withinBinCovariance: (2 * covariance) / n,
    skill: uncertainty === 0 ? null : 1 - brier / uncertainty,
    overconfidence: totalF / n - rate,
    meanConfidence: totalF / n,
    observedRate: rate,
    bins: result,
  };
}
