import type { CheckIn, GoalkitDocument, KeyResult, Objective } from '../model/documentSchema.js';
import { type CadencePolicy, type CadencePolicyInput, effectivePolicy, parseRhythm } from '../rhythm/policies.js';
import { dayNumber, isoDateOfDay } from '../scoring/dayNumber.js';
import { type Guarded, kAnonymous } from './privacy.js';
import {
  type AnalyticsScope,
  contributorOf,
  cycleDays,
  cycleOf,
  dayOf,
  median,
  peopleIn,
  scopeTest,
} from './shared.js';

/** How often key results are to be checked in, as the rhythm's cadence policies name it. */
export type Cadence = CadencePolicy['frequency'];

/** The length of one check-in window, in days, per cadence. */
export const CADENCE_WINDOW_DAYS: Readonly<Record<Cadence, number>> = Object.freeze({
  weekly: 7,
  biweekly: 14,
  monthly: 30,
});

/** Options of {@link checkInRate}. */
export interface CheckInRateOptions extends AnalyticsScope {
  /** The cycle's id. */
  cycle: string;
  /** The day to judge at (`YYYY-MM-DD` or a `Date`, read as a UTC day): later check-ins do not count. */
  asOf: string | Date;
  /**
   * The cadence of key results no policy reaches.
   * @default 'weekly'
   */
  cadence?: Cadence;
  /**
   * The rhythm's cadence policies (as written, or as `parseRhythm` returns them): a key result's cadence is
   * the `frequency` of the policy that applies to its objective's owner (`effectivePolicy`).
   * @default none: every key result has `cadence`
   */
  policies?: readonly CadencePolicyInput[];
}

/** How regularly a cycle's key results are checked in, as of a day. */
export interface CheckInRate {
  /** The cycle's id. */
  cycleId: string;
  /** The day judged, `YYYY-MM-DD`: `asOf`, or the cycle's last day when `asOf` is later. */
  day: string;
  /** Active key results: those of the cycle's counted objectives, once the cycle has started. */
  activeKeyResults: number;
  /** Active key results with a check-in within their current window (the last W days up to `day`). */
  checkedIn: number;
  /** checkedIn ÷ activeKeyResults; `null` with no active key result. */
  rate: number | null;
  /** The median of (day − day of the latest check-in) over active key results with a check-in; `null` when none has one. */
  medianDaysSinceLastCheckIn: number | null;
  /** Active key results never checked in by `day`. */
  neverCheckedIn: number;
  /** Check-in windows that ended by `day`, summed over the active key results. */
  dueWindows: number;
  /** Of those, the windows holding at least one check-in. */
  onTimeWindows: number;
  /** onTimeWindows ÷ dueWindows; `null` when no window has ended. */
  onTimeRate: number | null;
}

/**
 * How regularly the key results of a cycle are checked in, as of a day.
 *
 * With d = min(asOf, cycle end), s the cycle's first day and W the window of the key result's cadence
 * (weekly 7, biweekly 14, monthly 30 days; the policy reaching its objective's owner, else `cadence`):
 *
 * - **active**: a key result of a counted objective of the cycle (visible, in scope), when s ≤ asOf;
 * - **checked in within its window**: its latest check-in on or before d is later than d − W;
 * - rate = checked in within their window ÷ active;
 * - days since last check-in = d − day of its latest check-in on or before d (its median over those with one);
 * - **on time**: the cycle is cut into windows [s + iW, s + (i + 1)W − 1]; a window is due once it ended by d,
 *   met when a check-in is dated within it; on-time rate = Σ met ÷ Σ due over active key results.
 *
 * The figures are hidden (see `kAnonymous`) when the active key results have fewer than `k` owners.
 * @throws {RangeError} for an unknown cycle or owner, an invalid `asOf`, or an invalid policy.
 */
export function checkInRate(document: GoalkitDocument, options: CheckInRateOptions): Guarded<CheckInRate> {
  const cycle = cycleOf(document, options.cycle);
  const { start, end } = cycleDays(cycle);
  const asOf = dayOf(options.asOf);
  const day = Math.min(asOf, end);
  const inScope = scopeTest(document, options.ownerId);
  const visible = options.visible;
  const defaultWindow = CADENCE_WINDOW_DAYS[options.cadence ?? 'weekly'];
  if (defaultWindow === undefined)
    throw new RangeError(`cadence must be weekly, biweekly or monthly (got ${options.cadence})`);
  let windowOf: ((owner: string) => number) | undefined;
  if (options.policies !== undefined && options.policies.length > 0) {
    const byOwner = new Map(parseRhythm({ policies: options.policies }).policies.map((p) => [p.scopeOwnerId, p]));
    const parents = new Map(document.owners.map((o) => [o.id, o.parent]));
    const windows = new Map<string, number>();
    windowOf = (owner) => {
      let window = windows.get(owner);
      if (window === undefined) {
        const policy = effectivePolicy(owner, byOwner, (id) => parents.get(id));
        window = policy === undefined ? defaultWindow : CADENCE_WINDOW_DAYS[policy.frequency];
        windows.set(owner, window);
      }
      return window;
    };
  }

  const owners = new Set<string>();
  const sinceLast: number[] = [];
  let active = 0;
  let checkedIn = 0;
  let never = 0;
  let dueWindows = 0;
  let onTimeWindows = 0;
  // Which windows of the current key result are met: stamped with its number instead of cleared.
  let stamps = new Int32Array(64);
  let stamp = 0;
  // Consecutive key results mostly share an owner: the set is only asked about a change.
  let lastOwner: string | undefined;
  if (asOf >= start) {
    for (const objective of document.objectives as Objective[]) {
      if (objective.cycle !== cycle.id || (visible !== undefined && !visible(objective))) continue;
      const window = windowOf === undefined ? defaultWindow : windowOf(objective.owner);
      const windowsDue = Math.floor((day - start + 1) / window);
      if (windowsDue > stamps.length) stamps = new Int32Array(windowsDue);
      const keyResults = objective.keyResults;
      for (let k = 0; k < keyResults.length; k++) {
        const keyResult = keyResults[k] as KeyResult;
        const owner = contributorOf(objective, keyResult);
        if (inScope !== undefined && !inScope(owner)) continue;
        if (owner !== lastOwner) {
          owners.add(owner);
          lastOwner = owner;
        }
        active++;
        stamp++;
        let last = Number.NEGATIVE_INFINITY;
        let met = 0;
        const checkIns = keyResult.checkIns as readonly CheckIn[];
        for (let c = 0; c < checkIns.length; c++) {
          const at = dayNumber((checkIns[c] as CheckIn).at);
          if (!(at <= day)) continue;
          if (at > last) last = at;
          const w = Math.floor((at - start) / window);
          if (w >= 0 && w < windowsDue && stamps[w] !== stamp) {
            stamps[w] = stamp;
            met++;
          }
        }
        dueWindows += windowsDue;
        onTimeWindows += met;
        if (last === Number.NEGATIVE_INFINITY) never++;
        else {
          sinceLast.push(day - last);
          if (day - last < window) checkedIn++;
        }
      }
    }
  }
  return kAnonymous(
    {
      cycleId: cycle.id,
      day: isoDateOfDay(day),
      activeKeyResults: active,
      checkedIn,
      rate: active === 0 ? null : checkedIn / active,
      medianDaysSinceLastCheckIn: median(sinceLast),
      neverCheckedIn: never,
      dueWindows,
      onTimeWindows,
      onTimeRate: dueWindows === 0 ? null : onTimeWindows / dueWindows,
    },
    peopleIn(document, owners),
    options.k,
  );
}
