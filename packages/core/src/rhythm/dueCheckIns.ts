import type { GoalkitDocument } from '../model/documentSchema.js';
import { dayNumber, isoDateOfDay } from '../scoring/dayNumber.js';
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
  /** Key result id → the person responsible for its check-ins, where it is not the goal's owner. */
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

  const policyOf = new Map<string, CadencePolicy | undefined>();
  const schedules = new Map<string, Schedule>();
  const out: DueCheckIn[] = [];
  /** Each entry's due instant in ms, for sorting without parsing `dueAt` back. */
  const dueMs: number[] = [];
  const days = new Map<number, string>();
  const dayText = (day: number) => {
    let text = days.get(day);
    if (text === undefined) {
      text = isoDateOfDay(day);
      days.set(day, text);
    }
    return text;
  };

  for (const objective of document.objectives) {
    if (notStarted.has(objective.id) || closed.has(objective.cycle)) continue;
    const cycle = cycles.get(objective.cycle);
    if (!cycle || today < dayNumber(cycle.start) || today > dayNumber(cycle.end)) continue;
    if (!policyOf.has(objective.owner))
      policyOf.set(
        objective.owner,
        effectivePolicy(objective.owner, byOwner, (owner) => parents.get(owner)),
      );
    const policy = policyOf.get(objective.owner);
    if (!policy) continue;
    const key = `${policy.scopeOwnerId}\u0000${cycle.id}`;
    let schedule = schedules.get(key);
    if (!schedule) {
      schedule = occurrences(policy, dayNumber(cycle.start), dayNumber(cycle.end));
      schedules.set(key, schedule);
    }
    const ownerRecipient =
      kinds.get(objective.owner) === 'person' ? objective.owner : (leads.get(objective.owner) ?? null);
    for (const keyResult of objective.keyResults) {
      let last = Number.NEGATIVE_INFINITY;
      const checkIns = keyResult.checkIns;
      for (let i = 0; i < checkIns.length; i++) {
        const day = dayNumber((checkIns[i] as { at: string }).at);
        if (day > last) last = day;
      }
      // The oldest occurrence not met: its day later than the last check-in's day plus the skip window.
      const index = firstAfter(schedule.days, last + policy.skipIfCheckedInWithinDays);
      const dueAt = schedule.instants[index];
      if (dueAt === undefined || dueAt > nowMs) continue;
      const grace = policy.graceDays * MS_PER_DAY;
      const recipientId = responsible?.get(keyResult.id) ?? ownerRecipient;
      const next = schedule.instants[index + 1];
      const manager = recipientId === null ? null : (managers.get(recipientId) ?? null);
      let state: DueState = nowMs < dueAt + grace ? 'due' : 'overdue';
      if (
        state === 'overdue' &&
        policy.escalateTo === 'manager' &&
        manager !== null &&
        next !== undefined &&
        nowMs >= next + grace
      )
        state = 'escalated';
      const entry: DueCheckIn = {
        keyResultId: keyResult.id,
        objectiveId: objective.id,
        recipientId,
        dueAt: schedule.iso[index] as string,
        state,
        lastCheckInAt: Number.isFinite(last) ? dayText(last) : null,
        policyOwnerId: policy.scopeOwnerId,
      };
      if (state === 'escalated' && manager !== null) entry.escalatedToId = manager;
      out.push(entry);
      dueMs.push(dueAt);
    }
  }
  // By due instant, then in document order: a cadence has few occurrences, so bucket by instant.
  const buckets = new Map<number, DueCheckIn[]>();
  for (let i = 0; i < out.length; i++) {
    const at = dueMs[i] as number;
    const bucket = buckets.get(at);
    if (bucket) bucket.push(out[i] as DueCheckIn);
    else buckets.set(at, [out[i] as DueCheckIn]);
  }
  const sorted: DueCheckIn[] = [];
  for (const at of [...buckets.keys()].sort((a, b) => a - b))
    for (const entry of buckets.get(at) ?? []) sorted.push(entry);
  return sorted;
}

/** A cadence's occurrences in one cycle: their local days and their instants (ms), both ascending. */
interface Schedule {
  days: number[];
  instants: number[];
  /** The instants as ISO strings. */
  iso: string[];
}

/** ISO weekday index of a day number, Monday 0 (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => (((day % 7) + 7 + 3) % 7) as number;

/** The occurrences of `policy` on the days `start`…`end` (day numbers, inclusive). */
function occurrences(policy: CadencePolicy, start: number, end: number): Schedule {
  const wanted = WEEKDAYS.indexOf(policy.weekday);
  const days: number[] = [];
  let first = start + ((wanted - weekdayOf(start) + 7) % 7);
  if (policy.frequency === 'monthly') {
    // The first such weekday of a month falls on its 1st to 7th.
    for (let day = first; day <= end; day += 7) if (Number(isoDateOfDay(day).slice(8, 10)) <= 7) days.push(day);
  } else {
    const step = policy.frequency === 'weekly' ? 7 : 14;
    for (; first <= end; first += step) days.push(first);
  }
  const instants = days.map((day) => zonedInstant(isoDateOfDay(day), policy.localTime, policy.timeZone));
  return { days, instants, iso: instants.map((ms) => new Date(ms).toISOString()) };
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
