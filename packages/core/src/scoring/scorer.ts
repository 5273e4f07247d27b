import type { CheckIn, GoalkitDocument, KeyResult, Objective } from '../model/documentSchema.js';
import { dayNumber, dayNumberOfDate, isoDateOfDay, today } from './dayNumber.js';
import {
  clamp01,
  createScoreArrays,
  isThreshold,
  largestCountedWeight,
  meets,
  rollUpObjectives,
  type ScoreArrays,
  scoreKeyResults,
} from './evaluateIndex.js';
import { confidenceBand, grade } from './grade.js';
import {
  BOOLEAN,
  buildScoringIndex,
  indexOfId,
  keyResultIndexOf,
  MILESTONES,
  ROLLUP_CHILDREN,
  ROLLUP_KEY_RESULTS,
  rawLinearProgress,
  type ScoringIndex,
} from './scoringIndex.js';
import {
  type Contribution,
  DEFAULT_THRESHOLDS,
  type DocumentScore,
  type Explanation,
  type Forecast,
  type KeyResultScore,
  type ObjectiveScore,
  type ScoringOptions,
  STATUSES,
  type Status,
  type StatusThresholds,
} from './types.js';

function toDay(asOf: string | Date | undefined): number {
  if (asOf === undefined) return today();
  const day = asOf instanceof Date ? dayNumberOfDate(asOf) : dayNumber(asOf);
  if (Number.isNaN(day)) {
    throw new RangeError(`asOf must be a YYYY-MM-DD date or a valid Date (got ${JSON.stringify(String(asOf))})`);
  }
  return day;
}

/**
 * Scores a strict goalkit document as of a day, and keeps the results in typed arrays so a
 * full re-evaluation allocates nothing and one check-in updates only the path to the root.
 * The document is read, never modified.
 */
export class Scorer {
  #index: ScoringIndex;
  #day: number;
  #thresholds: StatusThresholds;
  #out: ScoreArrays;
  /** Scratch space for the path from one objective to the root. */
  #path: Int32Array | undefined;
  /**
   * Where a lookup by id tries first: the place after the objective (key result) found last. Readers such as
   * the analytics go through the document in order, so most lookups are a string comparison, not a hash
   * lookup (see `indexOfId`); the answers are the same either way.
   */
  #nextObjective = 0;
  #nextKeyResult = 0;

  /**
   * @param document a document that passed `parseDocument` in strict mode.
   * @throws {Error} when a reference does not resolve or the alignment has a cycle.
   */
  constructor(document: GoalkitDocument, options: ScoringOptions = {}) {
    this.#index = buildScoringIndex(document);
    this.#day = toDay(options.asOf);
    this.#thresholds = { ...DEFAULT_THRESHOLDS, ...definedOnly(options.thresholds) };
    this.#out = createScoreArrays(this.#index.objParent.length, this.#index.krType.length);
    this.evaluate();
  }

  /** The day evaluated, `YYYY-MM-DD`. */
  get asOf(): string {
    return isoDateOfDay(this.#day);
  }

  /** Re-evaluates everything as of another day. */
  setAsOf(asOf: string | Date): void {
    this.#day = toDay(asOf);
    this.evaluate();
  }

  /** Recomputes every key result, then every objective children-first: one pass, no recursion. */
  evaluate(): void {
    const ix = this.#index;
    const { onTrack, atRisk } = this.#thresholds;
    scoreKeyResults(ix, this.#out, this.#day, onTrack, atRisk, 0, ix.krType.length);
    rollUpObjectives(ix, this.#out, this.#day, onTrack, atRisk, ix.order, ix.order.length);
  }

  /**
   * Adds one check-in to a key result and recomputes only that key result and the objectives on
   * its path to the root (stopping where a link does not count in the parent's roll-up).
   * @throws {Error} when the key result is unknown or the check-in's date or value is invalid (a
   * boolean key result takes `true`, `false`, `1` or `0`).
   */
  applyCheckIn(keyResultId: string, checkIn: CheckIn): void {
    const k = this.#keyResultIndex(keyResultId);
    const { day, value, confidence } = this.#checkInValues(k, keyResultId, checkIn);
    this.#insertCheckIn(k, day, value, confidence);
    this.#rescore(k);
  }

  /**
   * Replaces every check-in of a key result with `checkIns` (in any order) and recomputes it and its
   * path to the root, as {@link Scorer.applyCheckIn} does. Calling it again with the same list changes
   * nothing: for a host that hears of check-ins it may already hold (another server instance's writes).
   * @throws {Error} when the key result is unknown or a check-in is invalid; the scores are then unchanged.
   */
  setCheckIns(keyResultId: string, checkIns: readonly CheckIn[]): void {
    const k = this.#keyResultIndex(keyResultId);
    const values = checkIns.map((checkIn) => this.#checkInValues(k, keyResultId, checkIn));
    this.#index.ciCount[k] = 0;
    for (const { day, value, confidence } of values) this.#insertCheckIn(k, day, value, confidence);
    this.#rescore(k);
  }

  /** A check-in's day, value and confidence as the index stores them, after checking each. */
  #checkInValues(k: number, keyResultId: string, checkIn: CheckIn) {
    const day = dayNumber(checkIn.at);
    if (Number.isNaN(day))
      throw new RangeError(`checkIn.at must be a YYYY-MM-DD date (got ${JSON.stringify(checkIn.at)})`);
    const raw = 'value' in checkIn ? checkIn.value : undefined;
    const value = raw === true ? 1 : raw === false ? 0 : raw === undefined ? Number.NaN : raw;
    const type = this.#index.krType[k] as number;
    if (type === BOOLEAN) {
      // As in parseDocument: scoring reads only 1 as done, so 7 would count as not done without a word.
      if (value !== 0 && value !== 1) {
        throw new RangeError(
          `checkIn.value of ${keyResultId} must be true, false, 1 or 0 for a boolean key result (got ${String(raw)})`,
        );
      }
    } else if (type !== MILESTONES && !Number.isFinite(value)) {
      throw new RangeError(`checkIn.value of ${keyResultId} must be a finite number (got ${String(raw)})`);
    }
    const confidence = checkIn.confidence ?? Number.NaN;
    if (!Number.isNaN(confidence) && !(confidence >= 0 && confidence <= 1)) {
      throw new RangeError(`checkIn.confidence of ${keyResultId} must be between 0 and 1 (got ${confidence})`);
    }
    return { day, value, confidence };
  }

  /** Recompute key result `k` and the objectives on its path to the root. */
  #rescore(k: number): void {
    const ix = this.#index;
    const { onTrack, atRisk } = this.#thresholds;
    scoreKeyResults(ix, this.#out, this.#day, onTrack, atRisk, k, k + 1);
    this.#path ??= new Int32Array(ix.objParent.length);
    const path = this.#path;
    let o = ix.krObjective[k] as number;
    let length = 0;
    path[length++] = o;
    for (;;) {
      const parent = ix.objParent[o] as number;
      if (parent < 0 || ix.objContributes[o] === 0 || ix.objRollup[parent] === ROLLUP_KEY_RESULTS) break;
      o = parent;
      path[length++] = o;
    }
    rollUpObjectives(ix, this.#out, this.#day, onTrack, atRisk, path, length);
  }

  /** An objective's progress, without building a score object. */
  progressOf(objectiveId: string): number {
    return this.#out.objProgress[this.#objectiveIndex(objectiveId)] as number;
  }

  /** A key result's progress, without building a score object (no confidence, no forecast). */
  progressOfKeyResult(keyResultId: string): number {
    return this.#out.krProgress[this.#keyResultIndex(keyResultId)] as number;
  }

  /** The scores of one objective and its key results. */
  objective(objectiveId: string): ObjectiveScore {
    return this.#objectiveScore(this.#objectiveIndex(objectiveId));
  }

  /** The scores of one key result, including its confidence and forecast. */
  keyResult(keyResultId: string): KeyResultScore {
    return this.#keyResultScore(this.#keyResultIndex(keyResultId));
  }

  /** Every objective's scores, in document order. */
  scores(): DocumentScore {
    const objectives: ObjectiveScore[] = [];
    for (let o = 0; o < this.#out.objProgress.length; o++) objectives.push(this.#objectiveScore(o));
    return { asOf: this.asOf, objectives };
  }

  /** Why an objective has its progress: every item of its roll-up, recursively, and readable lines. */
  explain(objectiveId: string): Explanation {
    const root = this.#objectiveIndex(objectiveId);
    const ix = this.#index;
    const top: Contribution = {
      kind: 'objective',
      id: objectiveId,
      title: (ix.objectives[root] as Objective).title,
      progress: this.#out.objProgress[root] as number,
      weight: ix.objWeight[root] as number,
      share: 1,
      contribution: this.#out.objProgress[root] as number,
      counted: true,
      items: [],
    };
    const stack: [number, Contribution][] = [[root, top]];
    while (stack.length > 0) {
      const [o, node] = stack.pop() as [number, Contribution];
      node.items = this.#contributions(o);
      for (const item of node.items) {
        if (item.kind === 'objective') stack.push([ix.objectiveById.get(item.id) as number, item]);
      }
    }
    return {
      id: objectiveId,
      title: top.title,
      progress: top.progress,
      items: top.items,
      lines: explanationLines(top),
    };
  }

  #contributions(o: number): Contribution[] {
    const ix = this.#index;
    const rollup = ix.objRollup[o] as number;
    let total = 0;
    const items: Contribution[] = [];
    if (rollup !== ROLLUP_CHILDREN) {
      for (let k = ix.objKrStart[o] as number; k < (ix.objKrStart[o + 1] as number); k++) {
        const weight = ix.krWeight[k] as number;
        if (weight > 0) total += weight;
        const keyResult = ix.keyResults[k] as KeyResult;
        items.push(
          contribution(
            'key-result',
            keyResult.id,
            keyResult.title,
            this.#out.krProgress[k] as number,
            weight,
            weight > 0,
          ),
        );
      }
    }
    if (rollup !== ROLLUP_KEY_RESULTS) {
      for (let c = ix.objChildStart[o] as number; c < (ix.objChildStart[o + 1] as number); c++) {
        const child = ix.objChildren[c] as number;
        const weight = ix.objWeight[child] as number;
        const counted = weight > 0 && ix.objContributes[child] === 1;
        if (counted) total += weight;
        const objective = ix.objectives[child] as Objective;
        items.push(
          contribution(
            'objective',
            objective.id,
            objective.title,
            this.#out.objProgress[child] as number,
            weight,
            counted,
          ),
        );
      }
    }
    // As in the roll-up, shares are taken over the weights divided by the largest when their sum
    // overflowed (see largestWeight), so they still add up to 1.
    let scale = 1;
    if (total === Number.POSITIVE_INFINITY) {
      scale = largestCountedWeight(ix, o);
      total = 0;
      for (const item of items) if (item.counted) total += item.weight / scale;
    }
    for (const item of items) {
      item.share = item.counted ? item.weight / scale / total : 0;
      item.contribution = item.share * item.progress;
    }
    return items;
  }

  #objectiveIndex(id: string): number {
    const ix = this.#index;
    const o = indexOfId(ix.objectiveIds, ix.objectiveById, id, this.#nextObjective);
    if (o === undefined) throw new Error(`No objective has the id "${id}"; use an id from the scored document`);
    this.#nextObjective = o + 1;
    return o;
  }

  #keyResultIndex(id: string): number {
    const k = keyResultIndexOf(this.#index, id, this.#nextKeyResult);
    if (k === undefined) throw new Error(`No key result has the id "${id}"; use an id from the scored document`);
    this.#nextKeyResult = k + 1;
    return k;
  }

  #objectiveScore(o: number): ObjectiveScore {
    const ix = this.#index;
    const keyResults: KeyResultScore[] = [];
    for (let k = ix.objKrStart[o] as number; k < (ix.objKrStart[o + 1] as number); k++)
      keyResults.push(this.#keyResultScore(k));
    const progress = this.#out.objProgress[o] as number;
    return {
      id: (ix.objectives[o] as Objective).id,
      progress,
      expected: this.#out.objExpected[o] as number,
      status: STATUSES[this.#out.objStatus[o] as number] as Status,
      hasData: this.#out.objHasData[o] === 1,
      grade: grade(progress),
      keyResults,
    };
  }

  #keyResultScore(k: number): KeyResultScore {
    const ix = this.#index;
    const confidence = this.#confidence(k);
    const value = this.#out.krValue[k] as number;
    return {
      id: (ix.keyResults[k] as KeyResult).id,
      progress: this.#out.krProgress[k] as number,
      raw: this.#out.krRaw[k] as number,
      expected: this.#out.krExpected[k] as number,
      status: STATUSES[this.#out.krStatus[k] as number] as Status,
      hasData: this.#out.krHasData[k] === 1,
      value: Number.isNaN(value) ? null : value,
      confidence,
      confidenceBand: confidence === null ? null : confidenceBand(confidence),
      forecast: this.#forecast(k),
    };
  }

  /** The latest confidence given at or before the day (a check-in without one keeps the previous). */
  #confidence(k: number): number | null {
    const ix = this.#index;
    for (let j = this.#out.krLatest[k] as number; j >= (ix.ciStart[k] as number); j--) {
      const confidence = ix.ciConf[j] as number;
      if (!Number.isNaN(confidence)) return confidence;
    }
    return null;
  }

  /** Least squares through (day, value) of the check-ins so far, projected to the cycle's end. */
  #forecast(k: number): Forecast | null {
    const ix = this.#index;
    const type = ix.krType[k] as number;
    const first = ix.ciStart[k] as number;
    const last = this.#out.krLatest[k] as number;
    if (type === BOOLEAN || type === MILESTONES || last - first < 1) return null;
    const origin = ix.ciDay[first] as number;
    let sumX = 0;
    let sumY = 0;
    const count = last - first + 1;
    for (let j = first; j <= last; j++) {
      sumX += (ix.ciDay[j] as number) - origin;
      sumY += ix.ciValue[j] as number;
    }
    const meanX = sumX / count;
    const meanY = sumY / count;
    let sxx = 0;
    let sxy = 0;
    for (let j = first; j <= last; j++) {
      const dx = (ix.ciDay[j] as number) - origin - meanX;
      sxx += dx * dx;
      sxy += dx * ((ix.ciValue[j] as number) - meanY);
    }
    if (sxx === 0) return null;
    const value = meanY + (sxy / sxx) * ((ix.krCycleEnd[k] as number) - origin - meanX);
    // Values near ±Number.MAX_VALUE (a document built in code, not parsed) overflow the sums: no
    // forecast then, rather than an Infinity or NaN that JSON would write as null.
    if (!Number.isFinite(value)) return null;
    const progress = isThreshold(type)
      ? meets(type, ix.krA[k] as number, ix.krB[k] as number, value)
        ? 1
        : 0
      : clamp01(rawLinearProgress(type, ix.krA[k] as number, ix.krB[k] as number, value));
    return { value, progress };
  }

  #insertCheckIn(k: number, day: number, value: number, confidence: number): void {
    const ix = this.#index;
    const start = ix.ciStart[k] as number;
    const count = ix.ciCount[k] as number;
    let target = start;
    if (start + count !== ix.ciLength) {
      // Move this key result's check-ins to the end, where it can grow in place from now on.
      target = ix.ciLength;
      this.#reserve(count + 1);
      ix.ciDay.copyWithin(target, start, start + count);
      ix.ciValue.copyWithin(target, start, start + count);
      ix.ciConf.copyWithin(target, start, start + count);
      ix.ciStart[k] = target;
    } else {
      this.#reserve(1);
    }
    let at = target + count;
    while (at > target && (ix.ciDay[at - 1] as number) > day) {
      ix.ciDay[at] = ix.ciDay[at - 1] as number;
      ix.ciValue[at] = ix.ciValue[at - 1] as number;
      ix.ciConf[at] = ix.ciConf[at - 1] as number;
      at--;
    }
    ix.ciDay[at] = day;
    ix.ciValue[at] = value;
    ix.ciConf[at] = confidence;
    ix.ciCount[k] = count + 1;
    ix.ciLength = target + count + 1;
  }

  #reserve(extra: number): void {
    const ix = this.#index;
    if (ix.ciLength + extra <= ix.ciDay.length) return;
    const capacity = Math.max(64, (ix.ciLength + extra) * 2);
    const day = new Int32Array(capacity);
    const value = new Float64Array(capacity);
    const conf = new Float64Array(capacity);
    day.set(ix.ciDay.subarray(0, ix.ciLength));
    value.set(ix.ciValue.subarray(0, ix.ciLength));
    conf.set(ix.ciConf.subarray(0, ix.ciLength));
    ix.ciDay = day;
    ix.ciValue = value;
    ix.ciConf = conf;
  }
}

function definedOnly(thresholds: Partial<StatusThresholds> | undefined): Partial<StatusThresholds> {
  const out: Partial<StatusThresholds> = {};
  if (thresholds?.onTrack !== undefined) out.onTrack = thresholds.onTrack;
  if (thresholds?.atRisk !== undefined) out.atRisk = thresholds.atRisk;
  return out;
}

function contribution(
  kind: Contribution['kind'],
  id: string,
  title: string,
  progress: number,
  weight: number,
  counted: boolean,
): Contribution {
  return { kind, id, title, progress, weight, share: 0, contribution: 0, counted, items: [] };
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function shortNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** Deeper levels are labelled instead of indented, so a very deep chain does not make huge lines. */
const MAX_INDENT = 16;

/** Pre-order lines with an explicit stack, so a 10,000-deep tree costs no call stack. */
function explanationLines(root: Contribution): string[] {
  const lines = [`${root.title} = ${percent(root.progress)}`];
  const stack: [Contribution, number, number][] = [];
  const pushItems = (node: Contribution, depth: number) => {
    const total = node.items.reduce((sum, item) => (item.counted ? sum + item.weight : sum), 0);
    for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i] as Contribution, depth, total]);
  };
  pushItems(root, 1);
  while (stack.length > 0) {
    const [item, depth, total] = stack.pop() as [Contribution, number, number];
    const indent = depth <= MAX_INDENT ? '  '.repeat(depth) : `${'  '.repeat(MAX_INDENT)}(level ${depth}) `;
    lines.push(
      item.counted
        ? `${indent}${item.title} ${percent(item.progress)} × ${shortNumber(item.weight)}/${shortNumber(total)} = ${percent(item.contribution)}`
        : `${indent}${item.title} ${percent(item.progress)} (not counted: ${item.weight > 0 ? 'supports' : 'weight 0'})`,
    );
    pushItems(item, depth + 1);
  }
  return lines;
}

/** Builds a {@link Scorer} for a document; see its methods for full, incremental and explained scoring. */
export function createScorer(document: GoalkitDocument, options: ScoringOptions = {}): Scorer {
  return new Scorer(document, options);
}

/** Scores every objective and key result of a strict document as of a day, as plain objects. */
export function scoreDocument(document: GoalkitDocument, options: ScoringOptions = {}): DocumentScore {
  return new Scorer(document, options).scores();
}
