import type { CheckIn, Cycle, GoalkitDocument, KeyResult } from '../model/documentSchema.js';
import { dayNumber, isoDateOfDay, weekdayOfDay } from '../scoring/dayNumber.js';
import { type CadencePolicy, effectivePolicy, parseRhythm, type RhythmPerson, WEEKDAYS } from './policies.js';
import { zonedInstant } from './zonedTime.js';

const MS_PER_DAY = 86_400_000;

/** Where a key result's check-in stands against its cadence. */
export type DueState = 'due' | 'overdue' | 'escalated';

/** One check-in someone owes. */
export interface DueCheckIn {
  keyResultId: string;
  objectiveId: string;
  /**
   * Who owes it: the key result's named responsible, else the goal's owner when a person, else the lead of
   * the owning team (`RhythmPerson.leadOf`); `null` when a team or organisation goal has no lead.
   */
  recipientId: string | null;
  /** The occurrence of the cadence it is owed for, as an ISO instant (UTC): the oldest one not yet met. */
  dueAt: string;
  /**
   * `due` until `graceDays` after `dueAt`; `overdue` after that; `escalated` once the next occurrence has
   * passed by `graceDays` as well (two in a row missed), when the policy escalates to the manager and the
   * recipient has one.
   */
  state: DueState;
  /** The recipient's manager, for an escalated check-in. */
  escalatedToId?: string | undefined;
  /** The day of the key result's latest check-in, `YYYY-MM-DD`; null when it has none. */
  lastCheckInAt: string | null;
  /** The owner whose policy applies (the goal's owner or one above it in the owner tree). */
  policyOwnerId: string;
}

/** What `dueCheckIns` needs to know beyond the document. */
export interface DueCheckInsOptions {
  /**
   * Objectives not started yet (drafts and proposals): never due. A goalkit document has no states, so a
   * host that has them passes them here.
   */
  notStarted?: Iterable<string>;
  /** Cycles closed before their end: never due. (A cycle whose last day is past is never due either.) */
  closedCycles?: Iterable<string>;
  /**
   * Key result id → the person responsible for its check-ins, where it is not the goal's owner; it wins over
   * the key result's own `checkInResponsibleId`.
   */
  responsible?: Readonly<Record<string, string>>;
}

/**
 * Who owes which check-in at `now`, by the cadence policies of the owner tree.
 *
 * For each key result of a running cycle (`now`'s UTC day within the cycle, the cycle not closed, the
 * objective started), the policy of its objective's owner applies (see `effectivePolicy`). The cadence's
 * occurrences are the cycle's days on `weekday` (every week, every second week counted from the first in
 * the cycle, or the first such day of each month) at `localTime` in `timeZone`, so Monday 09:00 in Berlin
 * and in New York are different instants, each right across DST changes. A check-in on day `d` meets
 * every occurrence up to `d + skipIfCheckedInWithinDays` days; the key result is owed for the oldest
 * occurrence after its latest check-in that has come. Sorted by `dueAt`, then in document order.
 *
 * @param policies the policies as written (defaults filled in) or as `parseRhythm` returns them.
 * @param now the instant to judge at: a `Date`, an ISO string or ms since the epoch.
 * @throws {GoalkitValidationError} when a policy or person is not valid (with the path to the bad field).
 */
export function dueCheckIns(
  document: GoalkitDocument,
  policies: readonly unknown[],
  people: readonly RhythmPerson[],
  now: Date | string | number,
  options: DueCheckInsOptions = {},
): DueCheckIn[] {
  const rhythm = parseRhythm({ policies, people });
  const nowMs = new Date(now).getTime();
  if (Number.isNaN(nowMs)) throw new RangeError(`now must be a date or an ISO instant (got ${String(now)})`);
  const today = Math.floor(nowMs / MS_PER_DAY);

  const byOwner = new Map(rhythm.policies.map((p) => [p.scopeOwnerId, p]));
  const parents = new Map(document.owners.map((o) => [o.id, o.parent]));
  const kinds = new Map(document.owners.map((o) => [o.id, o.kind]));
  const managers = new Map(rhythm.people.map((p) => [p.id, p.managerId ?? null]));
  const leads = new Map<string, string>();
  for (const person of rhythm.people)
    for (const team of person.leadOf ?? []) if (!leads.has(team)) leads.set(team, person.id);
  const notStarted = new Set(options.notStarted ?? []);
  const closed = new Set(options.closedCycles ?? []);
  const responsible = options.responsible ? new Map(Object.entries(options.responsible)) : undefined;
  const cycles = new Map(document.cycles.map((c) => [c.id, c]));

  /** Per cycle id: the plan of each owner seen in it, or null when the cycle is not running. */
  const plansByCycle = new Map<string, Map<string, Plan | null> | null>();
  const schedules = new Map<string, Schedule>();
  /** One bucket per due instant, shared by every schedule with that instant, filled in document order. */
  const buckets = new Map<number, DueCheckIn[]>();
  const bucketAt = (instant: number) => {
    let bucket = buckets.get(instant);
    if (!bucket) {
      bucket = [];
      buckets.set(instant, bucket);
    }
    return bucket;
  };

  const planOf = (owner: string, cycleId: string, start: number, end: number): Plan | null => {
    const policy = effectivePolicy(owner, byOwner, (id) => parents.get(id));
    if (!policy) return null;
    // Owners with the same cadence share its occurrences: a time zone costs a few Intl calls per occurrence.
    const key = `${policy.frequency}\u0000${policy.weekday}\u0000${policy.localTime}\u0000${policy.timeZone}\u0000${cycleId}`;
    let schedule = schedules.get(key);
    if (!schedule) {
      schedule = occurrences(policy, start, end, bucketAt);
      schedules.set(key, schedule);
    }
    const grace = policy.graceDays * MS_PER_DAY;
    const states: DueState[] = [];
    for (let i = 0; i < schedule.instants.length; i++) {
      const dueAt = schedule.instants[i] as number;
      if (dueAt > nowMs) break;
      const next = schedule.instants[i + 1];
      // `escalated` here only when the recipient has a manager, which depends on the key result.
      states.push(
        nowMs < dueAt + grace
          ? 'due'
          : policy.escalateTo === 'manager' && next !== undefined && nowMs >= next + grace
            ? 'escalated'
            : 'overdue',
      );
    }
    const recipientId = kinds.get(owner) === 'person' ? owner : (leads.get(owner) ?? null);
    return {
      policyOwnerId: policy.scopeOwnerId,
      skip: policy.skipIfCheckedInWithinDays,
      schedule,
      states,
      recipientId,
      manager: recipientId === null ? null : (managers.get(recipientId) ?? null),
    };
  };

  let cycleId: string | undefined;
  let plans: Map<string, Plan | null> | null = null;
  for (const objective of document.objectives) {
    if (notStarted.size > 0 && notStarted.has(objective.id)) continue;
    if (objective.cycle !== cycleId) {
      cycleId = objective.cycle;
      let known = plansByCycle.get(objective.cycle);
      if (known === undefined) {
        const cycle = cycles.get(objective.cycle);
        known =
          closed.has(objective.cycle) || !cycle || today < dayNumber(cycle.start) || today > dayNumber(cycle.end)
            ? null
            : new Map();
        plansByCycle.set(objective.cycle, known);
      }
      plans = known;
    }
    if (plans === null) continue;
    let plan = plans.get(objective.owner);
    if (plan === undefined) {
      const cycle = cycles.get(objective.cycle) as Cycle;
      plan = planOf(objective.owner, cycle.id, dayNumber(cycle.start), dayNumber(cycle.end));
      plans.set(objective.owner, plan);
    }
    if (plan === null || plan.states.length === 0) continue;
    const { schedule, states, skip } = plan;
    const keyResults = objective.keyResults;
    for (let k = 0; k < keyResults.length; k++) {
      const keyResult = keyResults[k] as KeyResult;
      const checkIns = keyResult.checkIns;
      let last = Number.NEGATIVE_INFINITY;
      let lastCheckInAt: string | null = null;
      if (checkIns.length > 0) {
        // `YYYY-MM-DD` texts sort in date order, so only the greatest needs parsing; it is usually the last.
        let latest = (checkIns[checkIns.length - 1] as CheckIn).at;
        for (let i = checkIns.length - 2; i >= 0; i--) {
          const at = (checkIns[i] as CheckIn).at;
          if (at > latest) latest = at;
        }
        last = dayNumber(latest);
        if (!Number.isNaN(last)) lastCheckInAt = latest;
        else {
          // The greatest is no date (a document built by hand, not parsed): read every one, skipping such.
          last = latestDay(checkIns);
          if (last !== Number.NEGATIVE_INFINITY) lastCheckInAt = isoDateOfDay(last);
        }
      }
      // The oldest occurrence not met: its day later than the last check-in's day plus the skip window.
      const index = firstAfter(schedule.days, last + skip);
      let state = states[index];
      if (state === undefined) continue;
      const recipientId =
        (responsible === undefined ? undefined : responsible.get(keyResult.id)) ??
        keyResult.checkInResponsibleId ??
        plan.recipientId;
      const dueAt = schedule.iso[index] as string;
      const bucket = schedule.buckets[index] as DueCheckIn[];
      if (state === 'escalated') {
        const manager =
          recipientId === plan.recipientId
            ? plan.manager
            : recipientId === null
              ? null
              : (managers.get(recipientId) ?? null);
        if (manager !== null) {
          bucket.push({
            keyResultId: keyResult.id,
            objectiveId: objective.id,
            recipientId,
            dueAt,
            state,
            lastCheckInAt,
            policyOwnerId: plan.policyOwnerId,
            escalatedToId: manager,
          });
          continue;
        }
        state = 'overdue';
      }
      bucket.push({
        keyResultId: keyResult.id,
        objectiveId: objective.id,
        recipientId,
        dueAt,
        state,
        lastCheckInAt,
        policyOwnerId: plan.policyOwnerId,
      });
    }
  }
  // By due instant, then in document order, which each bucket already is.
  const filled = [...buckets].filter((entry) => entry[1].length > 0);
  if (filled.length === 1) return (filled[0] as [number, DueCheckIn[]])[1];
  filled.sort((a, b) => a[0] - b[0]);
  return ([] as DueCheckIn[]).concat(...filled.map((entry) => entry[1]));
}

/** What every key result of one owner's goals in one cycle shares. */
interface Plan {
  policyOwnerId: string;
  skip: number;
  schedule: Schedule;
  /**
   * The state of a check-in owed for each occurrence that has come by `now` (`escalated`: when the recipient
   * has a manager); shorter than the schedule when later occurrences are still to come.
   */
  states: DueState[];
  /** Who owes the goals' check-ins unless a key result names someone responsible. */
  recipientId: string | null;
  /** That recipient's manager. */
  manager: string | null;
}

/** The latest day among check-ins, skipping any not dated `YYYY-MM-DD`; -Infinity when there is none. */
function latestDay(checkIns: readonly CheckIn[]): number {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < checkIns.length; i++) {
    const day = dayNumber((checkIns[i] as CheckIn).at);
    if (day > last) last = day;
  }
  return last;
}

/** A cadence's occurrences in one cycle: their local days and their instants (ms), both ascending. */
interface Schedule {
  days: number[];
  instants: number[];
  /** The instants as ISO strings. */
  iso: string[];
  /** Where the check-ins owed for each occurrence go. */
  buckets: DueCheckIn[][];
}

/** The occurrences of `policy` on the days `start`…`end` (day numbers, inclusive). */
function occurrences(
  policy: CadencePolicy,
  start: number,
  end: number,
  bucketAt: (instant: number) => DueCheckIn[],
): Schedule {
  const wanted = WEEKDAYS.indexOf(policy.weekday);
  const days: number[] = [];
  let first = start + ((wanted - weekdayOfDay(start) + 7) % 7);
  if (policy.frequency === 'monthly') {
    // The first such weekday of a month falls on its 1st to 7th.
    for (let day = first; day <= end; day += 7) if (Number(isoDateOfDay(day).slice(8, 10)) <= 7) days.push(day);
  } else {
    const step = policy.frequency === 'weekly' ? 7 : 14;
    for (; first <= end; first += step) days.push(first);
  }
  const instants = days.map((day) => zonedInstant(isoDateOfDay(day), policy.localTime, policy.timeZone));
  return { days, instants, iso: instants.map((ms) => new Date(ms).toISOString()), buckets: instants.map(bucketAt) };
}

/** The index of the first entry of the ascending `days` greater than `day` (its length when none is). */
function firstAfter(days: readonly number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] as number) > day) high = mid;
    else low = mid + 1;
  }
  return low;
}
