import type { DraftKeyResult, KeyResultType, Milestone, PhasedTarget } from '../model/documentSchema.js';
import { dayNumber } from '../scoring/dayNumber.js';
import { isMilestoneDone } from '../scoring/scoringIndex.js';

/** Every field a key result of any type may have, so rules can read them without narrowing on `type`. */
export interface KeyResultView {
  readonly id: string;
  readonly title: string;
  readonly type: KeyResultType;
  readonly start?: number | undefined;
  readonly target?: number | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly current?: number | undefined;
  readonly unit?: string | undefined;
  readonly due?: string | undefined;
  readonly weight?: number | undefined;
  readonly done?: boolean | undefined;
  readonly milestones?: readonly Milestone[] | undefined;
  readonly targets?: readonly PhasedTarget[] | undefined;
  readonly checkIns?:
    | readonly { at: string; value?: number | boolean | undefined; confidence?: number | undefined }[]
    | undefined;
}

/**
 * The empty list a missing list reads as (`view.checkIns ?? NO_ITEMS`), shared so a lint allocates
 * none per key result. Not frozen: V8 iterates a frozen array on its slow path, allocating as it goes.
 */
export const NO_ITEMS: readonly never[] = [];

/** Reads a draft key result through {@link KeyResultView}. */
export function viewKeyResult(keyResult: DraftKeyResult): KeyResultView {
  return keyResult;
}

/** The types whose progress is a number compared with a target. */
export function isNumericType(type: KeyResultType): boolean {
  return type === 'increase' || type === 'decrease' || type === 'at-least' || type === 'at-most' || type === 'range';
}

/** The value of the check-in with the earliest date, or `undefined` without numeric check-ins. */
export function earliestValue(keyResult: KeyResultView): number | undefined {
  let at: string | undefined;
  let value: number | undefined;
  for (const checkIn of keyResult.checkIns ?? NO_ITEMS) {
    if (typeof checkIn.value === 'number' && (at === undefined || checkIn.at < at)) {
      at = checkIn.at;
      value = checkIn.value;
    }
  }
  return value;
}

/** Whether a value meets a threshold key result's condition (boundaries count as met). */
export function meetsThreshold(keyResult: KeyResultView, value: number): boolean | undefined {
  switch (keyResult.type) {
    case 'at-least':
      return keyResult.target === undefined ? undefined : value >= keyResult.target;
    case 'at-most':
      return keyResult.target === undefined ? undefined : value <= keyResult.target;
    case 'range':
      return keyResult.min === undefined || keyResult.max === undefined
        ? undefined
        : keyResult.min <= value && value <= keyResult.max;
    default:
      return undefined;
  }
}

/**
 * Whether a boolean or milestones key result is done as of `asOf` (a day number), as scoring
 * counts it: a boolean one when `done` is true or its latest check-in by then is `true` or `1`
 * (the later-listed of two on one day); a milestones one when every milestone is done by then.
 */
export function isDone(keyResult: KeyResultView, asOf: number): boolean {
  if (keyResult.type === 'boolean') {
    if (keyResult.done === true) return true;
    let latest = Number.NEGATIVE_INFINITY;
    let value: number | boolean | undefined;
    for (const checkIn of keyResult.checkIns ?? NO_ITEMS) {
      const day = dayNumber(checkIn.at);
      if (day <= asOf && day >= latest) {
        latest = day;
        value = checkIn.value;
      }
    }
    return value === true || value === 1;
  }
  const milestones = keyResult.milestones;
  if (keyResult.type !== 'milestones' || milestones === undefined || milestones.length === 0) return false;
  for (const milestone of milestones) {
    if (!isMilestoneDone(milestone)) return false;
    if (milestone.doneAt !== undefined && !(dayNumber(milestone.doneAt) <= asOf)) return false;
  }
  return true;
}
