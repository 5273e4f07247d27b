import {
  ALWAYS,
  AT_LEAST,
  AT_MOST,
  BOOLEAN,
  DECREASE,
  INCREASE,
  MILESTONES,
  RANGE,
  ROLLUP_CHILDREN,
  ROLLUP_KEY_RESULTS,
  rawLinearProgress,
  type ScoringIndex,
} from './scoringIndex.js';

/** Status codes are indexes into `STATUSES`. */
export const NOT_STARTED = 0;
export const ON_TRACK = 1;
export const AT_RISK = 2;
export const OFF_TRACK = 3;
export const ACHIEVED = 4;

/** How bad each status is, for `statusFrom: weakest` (index = status code). */
const WEAKNESS = [1, 2, 3, 4, 0];

/** Absorbs floating-point error at threshold boundaries, so a gap of exactly 0.1 is on-track. */
const EPSILON = 1e-9;

/** Every computed score, one typed-array slot per objective or key result. */
export interface ScoreArrays {
  objProgress: Float64Array;
  objExpected: Float64Array;
  objHasData: Uint8Array;
  objStatus: Uint8Array;
  krProgress: Float64Array;
  krRaw: Float64Array;
  krExpected: Float64Array;
  krHasData: Uint8Array;
  krStatus: Uint8Array;
  /** The current value, or NaN. */
  krValue: Float64Array;
  /** Index of the latest check-in at or before the day, or −1 when there is none. */
  krLatest: Int32Array;
}

export function createScoreArrays(objectives: number, keyResults: number): ScoreArrays {
  return {
    objProgress: new Float64Array(objectives),
    objExpected: new Float64Array(objectives),
    objHasData: new Uint8Array(objectives),
    objStatus: new Uint8Array(objectives),
    krProgress: new Float64Array(keyResults),
    krRaw: new Float64Array(keyResults),
    krExpected: new Float64Array(keyResults),
    krHasData: new Uint8Array(keyResults),
    krStatus: new Uint8Array(keyResults),
    krValue: new Float64Array(keyResults),
    krLatest: new Int32Array(keyResults),
  };
}

export function clamp01(value: number): number {
  // Written with comparisons rather than Math.min/max so that NaN becomes 0, not NaN.
  // biome-ignore lint/complexity/useMathMinMax: Math.max(NaN, 0) is NaN, the bug this function prevents.
  return value > 1 ? 1 : value > 0 ? value : 0;
}

/**
 * The largest of `weights[from … to − 1]`: what each weight of a group is divided by when the
 * plain sum of the group's weights overflowed. Weights are finite but may be as large as
 * `Number.MAX_VALUE`, so two of them can add up to Infinity, and Infinity / Infinity is NaN;
 * the scaled weights are at most 1 each, and their sum cannot overflow.
 */
function largestWeight(weights: Float64Array, from: number, to: number): number {
  let largest = 0;
  for (let i = from; i < to; i++) if ((weights[i] as number) > largest) largest = weights[i] as number;
  return largest;
}

export function isThreshold(type: number): boolean {
  return type === AT_LEAST || type === AT_MOST || type === RANGE;
}

export function meets(type: number, a: number, b: number, value: number): boolean {
  return type === AT_LEAST ? value >= b : type === AT_MOST ? value <= b : a <= value && value <= b;
}

/** Linear expected progress from `start` to `end` (day numbers); a zero-length span jumps from 0 to 1 on its day. */
export function linearExpected(start: number, end: number, day: number): number {
  const span = end - start;
  if (span <= 0) return day >= end ? 1 : 0;
  return clamp01((day - start) / span);
}

function statusOf(progress: number, expected: number, onTrack: number, atRisk: number): number {
  if (progress >= 1) return ACHIEVED;
  const gap = expected - progress;
  if (gap <= onTrack + EPSILON) return ON_TRACK;
  return gap <= atRisk + EPSILON ? AT_RISK : OFF_TRACK;
}

function phasedExpected(ix: ScoringIndex, k: number, day: number): number {
  const tgDay = ix.tgDay;
  const tgProgress = ix.tgProgress;
  const first = ix.tgStart[k] as number;
  const last = first + (ix.tgCount[k] as number) - 1;
  if (day <= (tgDay[first] as number)) return clamp01(tgProgress[first] as number);
  if (day >= (tgDay[last] as number)) return clamp01(tgProgress[last] as number);
  let i = first + 1;
  while ((tgDay[i] as number) < day) i++;
  const d0 = tgDay[i - 1] as number;
  const p0 = tgProgress[i - 1] as number;
  return clamp01(p0 + (((tgProgress[i] as number) - p0) * (day - d0)) / ((tgDay[i] as number) - d0));
}

/**
 * Scores key results `from` … `to − 1` as of `day`. Every array is read into a local once, so
 * the loop is plain typed-array arithmetic with no allocation.
 */
export function scoreKeyResults(
  ix: ScoringIndex,
  out: ScoreArrays,
  day: number,
  onTrack: number,
  atRisk: number,
  from: number,
  to: number,
): void {
  const {
    krType,
    krA,
    krB,
    krCurrent,
    krDone,
    krShare,
    krCycleStart,
    krDue,
    ciStart,
    ciCount,
    ciDay,
    ciValue,
    tgCount,
  } = ix;
  const { krProgress, krRaw, krExpected, krHasData, krStatus, krValue, krLatest } = out;
  for (let k = from; k < to; k++) {
    const type = krType[k] as number;
    const first = ciStart[k] as number;
    let latest = first + (ciCount[k] as number) - 1;
    while (latest >= first && (ciDay[latest] as number) > day) latest--;
    if (latest < first) latest = -1;
    krLatest[k] = latest;

    let value = latest >= 0 ? (ciValue[latest] as number) : (krCurrent[k] as number);
    let hasData = !Number.isNaN(value);
    let raw = 0;
    const a = krA[k] as number;
    const b = krB[k] as number;
    if (type === INCREASE || type === DECREASE) {
      if (hasData) raw = rawLinearProgress(type, a, b, value);
    } else if (type === BOOLEAN) {
      const done = krDone[k] as number;
      hasData = done !== -1 || latest >= 0;
      raw = done === 1 || (latest >= 0 && ciValue[latest] === 1) ? 1 : 0;
      value = hasData ? raw : Number.NaN;
    } else if (type === MILESTONES) {
      const { msWeight, msDone, msDoneDay } = ix;
      const msFirst = ix.msStart[k] as number;
      const msEnd = msFirst + (ix.msCount[k] as number);
      let scale = 1;
      let total = 0;
      let done = 0;
      // Twice only when the weights' sum overflowed: see largestWeight.
      for (;;) {
        for (let m = msFirst; m < msEnd; m++) {
          const weight = (msWeight[m] as number) / scale;
          total += weight;
          if (msDone[m] === 1 && (msDoneDay[m] === ALWAYS || (msDoneDay[m] as number) <= day)) done += weight;
        }
        if (total !== Number.POSITIVE_INFINITY) break;
        scale = largestWeight(msWeight, msFirst, msEnd);
        total = 0;
        done = 0;
      }
      hasData = total > 0;
      raw = hasData ? done / total : 0;
      value = Number.NaN;
    } else if (krShare[k] === 1 && latest >= 0) {
      let met = 0;
      for (let j = first; j <= latest; j++) if (meets(type, a, b, ciValue[j] as number)) met++;
      raw = met / (latest - first + 1);
    } else if (hasData) {
      raw = meets(type, a, b, value) ? 1 : 0;
    }
    const progress = clamp01(raw);
    const cycleStart = krCycleStart[k] as number;
    const expected =
      tgCount[k] === 0 ? linearExpected(cycleStart, krDue[k] as number, day) : phasedExpected(ix, k, day);
    krValue[k] = value;
    krRaw[k] = raw;
    krProgress[k] = progress;
    krHasData[k] = hasData ? 1 : 0;
    krExpected[k] = expected;
    if (day < cycleStart) krStatus[k] = NOT_STARTED;
    else if (type === AT_LEAST || type === AT_MOST || type === RANGE)
      krStatus[k] = hasData && meets(type, a, b, value) ? ON_TRACK : OFF_TRACK;
    else krStatus[k] = statusOf(progress, expected, onTrack, atRisk);
  }
}

/**
 * Rolls up objectives `nodes[0]` … `nodes[count − 1]` in that order; children must come before
 * their parents (the index's `order`, or a path from a key result's objective to the root).
 */
export function rollUpObjectives(
  ix: ScoringIndex,
  out: ScoreArrays,
  day: number,
  onTrack: number,
  atRisk: number,
  nodes: Int32Array,
  count: number,
): void {
  const {
    objRollup,
    objKrStart,
    objChildStart,
    objChildren,
    objWeight,
    objContributes,
    objCycleStart,
    objCycleEnd,
    objWeakest,
    krWeight,
  } = ix;
  const { objProgress, objExpected, objHasData, objStatus, krProgress, krHasData, krStatus } = out;
  for (let i = 0; i < count; i++) {
    const o = nodes[i] as number;
    const rollup = objRollup[o] as number;
    const krFirst = objKrStart[o] as number;
    const krEnd = objKrStart[o + 1] as number;
    const childFirst = objChildStart[o] as number;
    const childEnd = objChildStart[o + 1] as number;
    let scale = 1;
    let totalWeight = 0;
    let weighted = 0;
    let hasData = false;
    // Twice only when the weights' sum overflowed: see largestWeight.
    for (;;) {
      if (rollup !== ROLLUP_CHILDREN) {
        for (let k = krFirst; k < krEnd; k++) {
          const weight = krWeight[k] as number;
          if (weight > 0) {
            totalWeight += weight / scale;
            weighted += (weight / scale) * (krProgress[k] as number);
            if (krHasData[k] === 1) hasData = true;
          }
        }
      }
      if (rollup !== ROLLUP_KEY_RESULTS) {
        for (let c = childFirst; c < childEnd; c++) {
          const child = objChildren[c] as number;
          const weight = objWeight[child] as number;
          if (weight > 0 && objContributes[child] === 1) {
            totalWeight += weight / scale;
            weighted += (weight / scale) * (objProgress[child] as number);
            if (objHasData[child] === 1) hasData = true;
          }
        }
      }
      if (totalWeight !== Number.POSITIVE_INFINITY) break;
      scale = largestCountedWeight(ix, o);
      totalWeight = 0;
      weighted = 0;
    }
    const progress = totalWeight > 0 ? clamp01(weighted / totalWeight) : 0;
    const cycleStart = objCycleStart[o] as number;
    const expected = linearExpected(cycleStart, objCycleEnd[o] as number, day);
    objProgress[o] = progress;
    objHasData[o] = hasData ? 1 : 0;
    objExpected[o] = expected;
    if (day < cycleStart) {
      objStatus[o] = NOT_STARTED;
    } else if (objWeakest[o] === 1 && krEnd > krFirst) {
      let status = ACHIEVED;
      for (let k = krFirst; k < krEnd; k++) {
        const candidate = krStatus[k] as number;
        if ((WEAKNESS[candidate] as number) > (WEAKNESS[status] as number)) status = candidate;
      }
      objStatus[o] = status;
    } else {
      objStatus[o] = statusOf(progress, expected, onTrack, atRisk);
    }
  }
}

/** {@link largestWeight} over the key results and children counted in objective `o`'s roll-up. */
export function largestCountedWeight(ix: ScoringIndex, o: number): number {
  const rollup = ix.objRollup[o] as number;
  let largest = 0;
  if (rollup !== ROLLUP_CHILDREN) {
    largest = largestWeight(ix.krWeight, ix.objKrStart[o] as number, ix.objKrStart[o + 1] as number);
  }
  if (rollup !== ROLLUP_KEY_RESULTS) {
    for (let c = ix.objChildStart[o] as number, end = ix.objChildStart[o + 1] as number; c < end; c++) {
      const child = ix.objChildren[c] as number;
      const weight = ix.objWeight[child] as number;
      if (weight > largest && ix.objContributes[child] === 1) largest = weight;
    }
  }
  return largest;
}
