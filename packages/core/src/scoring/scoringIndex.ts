import type { GoalkitDocument, KeyResult, Objective } from '../model/documentSchema.js';
import { dayNumber } from './dayNumber.js';

export const INCREASE = 0;
export const DECREASE = 1;
export const AT_LEAST = 2;
export const AT_MOST = 3;
export const RANGE = 4;
export const BOOLEAN = 5;
export const MILESTONES = 6;

const TYPE_CODES: Record<KeyResult['type'], number> = {
  increase: INCREASE,
  decrease: DECREASE,
  'at-least': AT_LEAST,
  'at-most': AT_MOST,
  range: RANGE,
  boolean: BOOLEAN,
  milestones: MILESTONES,
};

export const ROLLUP_KEY_RESULTS = 0;
export const ROLLUP_CHILDREN = 1;
export const ROLLUP_BOTH = 2;

/** A milestone with `done` but no `doneAt` counts as done on every day. */
export const ALWAYS = -2_147_483_648;

/**
 * Whether a milestone is done, from its `doneAt` day when it has one: `done: true`, or a
 * `doneAt` without `done` (`done: false` wins over a `doneAt`). Shared with the linter.
 */
export function isMilestoneDone(milestone: { done?: boolean | undefined; doneAt?: string | undefined }): boolean {
  return milestone.done === true || (milestone.done === undefined && milestone.doneAt !== undefined);
}

/**
 * A document flattened into typed arrays, built once: ids resolved to indexes, dates parsed to
 * day numbers, check-ins sorted, and objectives ordered children-before-parents so that a full
 * roll-up is one loop with no recursion and no allocation.
 */
export interface ScoringIndex {
  objectives: Objective[];
  keyResults: KeyResult[];
  objectiveById: Map<string, number>;
  /** Each objective's id as `objectiveById` holds it, by index (see {@link indexOfId}). */
  objectiveIds: string[];
  /** Built on first use: a full roll-up never needs it. */
  keyResultById: Map<string, number> | undefined;
  /** Each key result's id as `keyResultById` holds it, by index; built with it. */
  keyResultIds: string[] | undefined;
  objParent: Int32Array;
  /** 1 when the objective counts in its parent's children roll-up (alignment is not `supports`). */
  objContributes: Uint8Array;
  objWeight: Float64Array;
  objRollup: Uint8Array;
  objWeakest: Uint8Array;
  objCycleStart: Int32Array;
  objCycleEnd: Int32Array;
  /** Key results of objective o are the indexes objKrStart[o] … objKrStart[o + 1] − 1. */
  objKrStart: Int32Array;
  objChildStart: Int32Array;
  objChildren: Int32Array;
  /** Every objective, children before parents. */
  order: Int32Array;
  krObjective: Int32Array;
  krType: Uint8Array;
  krWeight: Float64Array;
  /** start (increase, decrease) or min (range). */
  krA: Float64Array;
  /** target (increase, decrease, at-least, at-most) or max (range). */
  krB: Float64Array;
  /** `current`, or NaN. */
  krCurrent: Float64Array;
  /** −1 unset, 0 false, 1 true. */
  krDone: Int8Array;
  krShare: Uint8Array;
  krCycleStart: Int32Array;
  krCycleEnd: Int32Array;
  krDue: Int32Array;
  ciStart: Int32Array;
  ciCount: Int32Array;
  ciDay: Int32Array;
  ciValue: Float64Array;
  /** Confidence, or NaN. */
  ciConf: Float64Array;
  ciLength: number;
  msStart: Int32Array;
  msCount: Int32Array;
  msWeight: Float64Array;
  msDone: Uint8Array;
  msDoneDay: Int32Array;
  tgStart: Int32Array;
  tgCount: Int32Array;
  tgDay: Int32Array;
  tgProgress: Float64Array;
}

/** Parses a date; `what` and `id` name it only in the error, so no message is built on the way. */
function requireDay(value: string | undefined, what: string, id = ''): number {
  const day = dayNumber(value ?? '');
  if (Number.isNaN(day)) {
    throw new Error(
      `${what}${id} is not a YYYY-MM-DD date (got ${JSON.stringify(value)}); validate the document with parseDocument first`,
    );
  }
  return day;
}

function numberOr(value: number | undefined, fallback: number): number {
  return value === undefined ? fallback : value;
}

/**
 * Progress of a value on an increase/decrease key result, unclamped but finite: within
 * ±`Number.MAX_VALUE`, and 0 for a value that is not a number.
 */
export function rawLinearProgress(type: number, start: number, target: number, value: number): number {
  let raw = type === INCREASE ? (value - start) / (target - start) : (start - value) / (start - target);
  if (Number.isFinite(raw) && Number.isFinite(target - start)) return raw;
  // The difference of two finite numbers can overflow (from −1e308 to 1e308 is Infinity, which
  // made the quotient 0 or NaN); the difference of their halves cannot.
  const half = start / 2;
  raw = type === INCREASE ? (value / 2 - half) / (target / 2 - half) : (half - value / 2) / (half - target / 2);
  // A target a hair's breadth from its start still overflows the quotient. Infinity is no number
  // to display, and JSON (the CLI's --format json, the server's replies) turns it into null; the
  // largest finite number still reads as far past the target.
  if (raw > Number.MAX_VALUE) return Number.MAX_VALUE;
  if (raw < -Number.MAX_VALUE) return -Number.MAX_VALUE;
  return Number.isNaN(raw) ? 0 : raw;
}

/**
 * Flattens a strict goalkit document for scoring.
 * @throws {Error} when a reference does not resolve or the alignment has a cycle: scoring needs a document that passed `parseDocument`.
 */
export function buildScoringIndex(document: GoalkitDocument): ScoringIndex {
  const objectives = document.objectives;
  const n = objectives.length;
  const cycleDays = new Map<string, [number, number]>();
  for (const cycle of document.cycles) {
    cycleDays.set(cycle.id, [
      requireDay(cycle.start, 'the start of cycle ', cycle.id),
      requireDay(cycle.end, 'the end of cycle ', cycle.id),
    ]);
  }
  const objectiveById = new Map<string, number>();
  const objectiveIds: string[] = [];
  let krTotal = 0;
  let ciTotal = 0;
  let msTotal = 0;
  let tgTotal = 0;
  for (let o = 0; o < n; o++) {
    const objective = objectives[o] as Objective;
    objectiveById.set(objective.id, o);
    objectiveIds.push(objective.id);
    for (const keyResult of objective.keyResults) {
      krTotal++;
      ciTotal += keyResult.checkIns.length;
      if (keyResult.type === 'milestones') msTotal += keyResult.milestones.length;
      if ((keyResult.type === 'increase' || keyResult.type === 'decrease') && keyResult.targets) {
        tgTotal += keyResult.targets.length + 2;
      }
    }
  }

  const objParent = new Int32Array(n);
  const objContributes = new Uint8Array(n);
  const objWeight = new Float64Array(n);
  const objRollup = new Uint8Array(n);
  const objWeakest = new Uint8Array(n);
  const objCycleStart = new Int32Array(n);
  const objCycleEnd = new Int32Array(n);
  const objKrStart = new Int32Array(n + 1);
  const childCount = new Int32Array(n + 1);

  const keyResults: KeyResult[] = [];
  const krObjective = new Int32Array(krTotal);
  const krType = new Uint8Array(krTotal);
  const krWeight = new Float64Array(krTotal);
  const krA = new Float64Array(krTotal);
  const krB = new Float64Array(krTotal);
  const krCurrent = new Float64Array(krTotal);
  const krDone = new Int8Array(krTotal);
  const krShare = new Uint8Array(krTotal);
  const krCycleStart = new Int32Array(krTotal);
  const krCycleEnd = new Int32Array(krTotal);
  const krDue = new Int32Array(krTotal);

  // Slack so that incremental check-ins rarely have to grow the arrays.
  const ciCapacity = ciTotal + (ciTotal >> 2) + 64;
  const ciStart = new Int32Array(krTotal);
  const ciCount = new Int32Array(krTotal);
  const ciDay = new Int32Array(ciCapacity);
  const ciValue = new Float64Array(ciCapacity);
  const ciConf = new Float64Array(ciCapacity);
  const msStart = new Int32Array(krTotal);
  const msCount = new Int32Array(krTotal);
  const msWeight = new Float64Array(msTotal);
  const msDone = new Uint8Array(msTotal);
  const msDoneDay = new Int32Array(msTotal);
  const tgStart = new Int32Array(krTotal);
  const tgCount = new Int32Array(krTotal);
  const tgDay = new Int32Array(tgTotal);
  const tgProgress = new Float64Array(tgTotal);

  let k = 0;
  let ci = 0;
  let ms = 0;
  let tg = 0;
  for (let o = 0; o < n; o++) {
    const objective = objectives[o] as Objective;
    const days = cycleDays.get(objective.cycle);
    if (days === undefined) {
      throw new Error(
        `objectives[${o}].cycle: no cycle has the id "${objective.cycle}"; validate the document with parseDocument first`,
      );
    }
    const [cycleStart, cycleEnd] = days;
    let parent = -1;
    if (objective.parent !== undefined) {
      const found = objectiveById.get(objective.parent);
      if (found === undefined) {
        throw new Error(
          `objectives[${o}].parent: no objective has the id "${objective.parent}"; validate the document with parseDocument first`,
        );
      }
      parent = found;
      childCount[parent] = (childCount[parent] ?? 0) + 1;
    }
    objParent[o] = parent;
    objContributes[o] = objective.alignment === 'supports' ? 0 : 1;
    objWeight[o] = numberOr(objective.weight, 1);
    objRollup[o] =
      objective.rollup === 'children'
        ? ROLLUP_CHILDREN
        : objective.rollup === 'both'
          ? ROLLUP_BOTH
          : ROLLUP_KEY_RESULTS;
    objWeakest[o] = objective.statusFrom === 'weakest' ? 1 : 0;
    objCycleStart[o] = cycleStart;
    objCycleEnd[o] = cycleEnd;
    objKrStart[o] = k;

    for (const keyResult of objective.keyResults) {
      keyResults.push(keyResult);
      const type = TYPE_CODES[keyResult.type];
      krObjective[k] = o;
      krType[k] = type;
      krWeight[k] = numberOr(keyResult.weight, 1);
      krCurrent[k] = Number.NaN;
      krDone[k] = -1;
      krCycleStart[k] = cycleStart;
      krCycleEnd[k] = cycleEnd;
      krDue[k] =
        keyResult.due === undefined ? cycleEnd : requireDay(keyResult.due, 'the due date of key result ', keyResult.id);
      switch (keyResult.type) {
        case 'increase':
        case 'decrease':
          krA[k] = keyResult.start;
          krB[k] = keyResult.target;
          krCurrent[k] = numberOr(keyResult.current, Number.NaN);
          if (keyResult.targets) {
            tgStart[k] = tg;
            tgCount[k] = fillTargets(
              keyResult.targets,
              type,
              keyResult.start,
              keyResult.target,
              cycleStart,
              krDue[k] ?? cycleEnd,
              tg,
              tgDay,
              tgProgress,
            );
            tg += tgCount[k] ?? 0;
          }
          break;
        case 'at-least':
        case 'at-most':
          krB[k] = keyResult.target;
          krCurrent[k] = numberOr(keyResult.current, Number.NaN);
          krShare[k] = keyResult.scoring === 'share-of-check-ins' ? 1 : 0;
          break;
        case 'range':
          krA[k] = keyResult.min;
          krB[k] = keyResult.max;
          krCurrent[k] = numberOr(keyResult.current, Number.NaN);
          krShare[k] = keyResult.scoring === 'share-of-check-ins' ? 1 : 0;
          break;
        case 'boolean':
          krDone[k] = keyResult.done === undefined ? -1 : keyResult.done ? 1 : 0;
          break;
        case 'milestones':
          msStart[k] = ms;
          msCount[k] = keyResult.milestones.length;
          for (const milestone of keyResult.milestones) {
            msWeight[ms] = numberOr(milestone.weight, 1);
            const doneAt =
              milestone.doneAt === undefined
                ? ALWAYS
                : requireDay(milestone.doneAt, 'a milestone doneAt of key result ', keyResult.id);
            msDone[ms] = isMilestoneDone(milestone) ? 1 : 0;
            msDoneDay[ms] = doneAt;
            ms++;
          }
          break;
      }
      ciStart[k] = ci;
      ciCount[k] = keyResult.checkIns.length;
      let sorted = true;
      let previous = ALWAYS;
      for (const checkIn of keyResult.checkIns) {
        const day = requireDay(checkIn.at, 'a check-in of key result ', keyResult.id);
        if (day < previous) sorted = false;
        previous = day;
        ciDay[ci] = day;
        const value = 'value' in checkIn ? checkIn.value : undefined;
        ciValue[ci] = value === undefined ? Number.NaN : value === true ? 1 : value === false ? 0 : value;
        ciConf[ci] = numberOr(checkIn.confidence, Number.NaN);
        ci++;
      }
      if (!sorted) sortCheckIns(ciStart[k] ?? 0, ciCount[k] ?? 0, ciDay, ciValue, ciConf);
      k++;
    }
  }
  objKrStart[n] = k;

  const objChildStart = new Int32Array(n + 1);
  for (let o = 0; o < n; o++) objChildStart[o + 1] = (objChildStart[o] ?? 0) + (childCount[o] ?? 0);
  const objChildren = new Int32Array(objChildStart[n] ?? 0);
  const fill = objChildStart.slice(0, n);
  for (let o = 0; o < n; o++) {
    const parent = objParent[o] ?? -1;
    if (parent < 0) continue;
    const slot = fill[parent] ?? 0;
    objChildren[slot] = o;
    fill[parent] = slot + 1;
  }

  return {
    objectives,
    keyResults,
    objectiveById,
    objectiveIds,
    keyResultById: undefined,
    keyResultIds: undefined,
    objParent,
    objContributes,
    objWeight,
    objRollup,
    objWeakest,
    objCycleStart,
    objCycleEnd,
    objKrStart,
    objChildStart,
    objChildren,
    order: childrenFirstOrder(objParent, objChildStart, objChildren, objectives),
    krObjective,
    krType,
    krWeight,
    krA,
    krB,
    krCurrent,
    krDone,
    krShare,
    krCycleStart,
    krCycleEnd,
    krDue,
    ciStart,
    ciCount,
    ciDay,
    ciValue,
    ciConf,
    ciLength: ci,
    msStart,
    msCount,
    msWeight,
    msDone,
    msDoneDay,
    tgStart,
    tgCount,
    tgDay,
    tgProgress,
  };
}

/**
 * The index of an id in a table of ids, trying `guess` first: a reader going through the document in order
 * guesses the place after the last one it found, and then pays one string comparison instead of a hash
 * lookup. Answers as `byId.get(id)` does: the guess is not trusted when the ids are not unique (`byId`, which
 * keeps the last index of each, then holds fewer entries than there are ids).
 */
export function indexOfId(
  ids: readonly string[],
  byId: ReadonlyMap<string, number>,
  id: string,
  guess: number,
): number | undefined {
  if (guess >= 0 && guess < ids.length && ids[guess] === id && byId.size === ids.length) return guess;
  return byId.get(id);
}

/**
 * The index of a key result by id, building the lookup table on first use; `guess` as in {@link indexOfId}.
 */
export function keyResultIndexOf(ix: ScoringIndex, id: string, guess = -1): number | undefined {
  if (ix.keyResultById === undefined || ix.keyResultIds === undefined) {
    const byId = new Map<string, number>();
    const ids: string[] = [];
    for (let k = 0; k < ix.keyResults.length; k++) {
      const keyResultId = (ix.keyResults[k] as KeyResult).id;
      byId.set(keyResultId, k);
      ids.push(keyResultId);
    }
    ix.keyResultById = byId;
    ix.keyResultIds = ids;
  }
  return indexOfId(ix.keyResultIds, ix.keyResultById, id, guess);
}

/**
 * Post-order over the alignment forest with an explicit stack, so depth never touches the call stack.
 * Objectives unreachable from a root sit on an alignment cycle.
 */
function childrenFirstOrder(
  parents: Int32Array,
  childStart: Int32Array,
  children: Int32Array,
  objectives: Objective[],
): Int32Array {
  const n = parents.length;
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  let written = 0;
  for (let root = 0; root < n; root++) {
    if ((parents[root] ?? -1) >= 0) continue;
    let top = 0;
    stack[0] = root;
    next[root] = childStart[root] ?? 0;
    while (top >= 0) {
      const node = stack[top] ?? 0;
      const cursor = next[node] ?? 0;
      if (cursor < (childStart[node + 1] ?? 0)) {
        next[node] = cursor + 1;
        const child = children[cursor] ?? 0;
        next[child] = childStart[child] ?? 0;
        stack[++top] = child;
      } else {
        order[written++] = node;
        top--;
      }
    }
  }
  if (written < n) {
    const seen = new Uint8Array(n);
    for (let i = 0; i < written; i++) seen[order[i] ?? 0] = 1;
    const stuck = seen.indexOf(0);
    throw new Error(
      `objectives[${stuck}] (${objectives[stuck]?.id}): its alignment forms a cycle; validate the document with parseDocument first`,
    );
  }
  return order;
}

function sortCheckIns(start: number, count: number, day: Int32Array, value: Float64Array, conf: Float64Array): void {
  const rows = Array.from(
    { length: count },
    (_, i) => [day[start + i] ?? 0, value[start + i] ?? 0, conf[start + i] ?? 0, i] as const,
  );
  rows.sort((a, b) => a[0] - b[0] || a[3] - b[3]);
  rows.forEach((row, i) => {
    day[start + i] = row[0];
    value[start + i] = row[1];
    conf[start + i] = row[2];
  });
}

/** Knots of a phased plan as (day, expected progress): the cycle start at 0, each target, the due day at 1. */
function fillTargets(
  targets: readonly { at: string; value: number }[],
  type: number,
  start: number,
  target: number,
  cycleStart: number,
  due: number,
  offset: number,
  days: Int32Array,
  progress: Float64Array,
): number {
  const knots: [number, number][] = [[cycleStart, 0]];
  for (const phase of targets) {
    knots.push([requireDay(phase.at, 'a phased target'), rawLinearProgress(type, start, target, phase.value)]);
  }
  knots.push([due, 1]);
  knots.sort((a, b) => a[0] - b[0]);
  knots.forEach(([day, value], i) => {
    days[offset + i] = day;
    progress[offset + i] = value;
  });
  return knots.length;
}
