import { dayNumber, isoDateOfDay, weekdayOfDay } from '../scoring/dayNumber.js';
import type { DigestReady } from './notifications.js';
import { type CadencePolicy, effectivePolicy, parseRhythm, WEEKDAYS } from './policies.js';
import { zonedDate, zonedInstant } from './zonedTime.js';

/** An owner as `digestsReady` needs it: its kind and its parent in the owner tree. */
export interface DigestOwner {
  id: string;
  kind: 'org' | 'department' | 'team' | 'person' | (string & {});
  parent?: string | null | undefined;
}

/** The latest moment at or before `nowMs` on the policy's weekday at its local time, in its zone. */
function latestMoment(policy: CadencePolicy, nowMs: number): { day: number; ms: number } {
  const wanted = WEEKDAYS.indexOf(policy.weekday);
  const today = dayNumber(zonedDate(nowMs, policy.timeZone));
  let day = today - ((weekdayOfDay(today) - wanted + 7) % 7);
  let ms = zonedInstant(isoDateOfDay(day), policy.localTime, policy.timeZone);
  if (ms > nowMs) {
    day -= 7;
    ms = zonedInstant(isoDateOfDay(day), policy.localTime, policy.timeZone);
  }
  return { day, ms };
}

/**
 * The weekly digests ready at `now`, less those already sent (`sent`: the ids delivered before). Each
 * person, and each team (or department, or organisation) that has a lead, with a cadence policy (see
 * `effectivePolicy`) gets one a week, at the policy's weekday and local time in its time zone, whatever the
 * policy's frequency: the digest of the seven days before that moment's local day, for the person or for
 * their lead. Only the latest week is ready: a sender that was down longer does not send a backlog.
 *
 * @param policies the policies as written or as `parseRhythm` returns them.
 * @param people who leads which team (`RhythmPerson.leadOf`).
 * @throws {GoalkitValidationError} when a policy or person is not valid (with the path to the bad field).
 */
export function digestsReady(
  owners: readonly DigestOwner[],
  policies: readonly unknown[],
  people: readonly unknown[],
  now: Date | string | number,
  sent: ReadonlySet<string> = new Set(),
): DigestReady[] {
  const rhythm = parseRhythm({ policies, people });
  const nowMs = new Date(now).getTime();
  if (Number.isNaN(nowMs)) throw new RangeError(`now must be a date or an ISO instant (got ${String(now)})`);
  const byOwner = new Map(rhythm.policies.map((p) => [p.scopeOwnerId, p]));
  const parents = new Map(owners.map((o) => [o.id, o.parent ?? undefined]));
  const leads = new Map<string, string>();
  for (const person of rhythm.people)
    for (const team of person.leadOf ?? []) if (!leads.has(team)) leads.set(team, person.id);
  const moments = new Map<CadencePolicy, { day: number; ms: number }>();
  const out: DigestReady[] = [];
  for (const owner of owners) {
    const recipientId = owner.kind === 'person' ? owner.id : leads.get(owner.id);
    if (recipientId === undefined) continue;
    const policy = effectivePolicy(owner.id, byOwner, (id) => parents.get(id));
    if (!policy) continue;
    let moment = moments.get(policy);
    if (!moment) {
      moment = latestMoment(policy, nowMs);
      moments.set(policy, moment);
    }
    const to = isoDateOfDay(moment.day - 1);
    const id = `digest.ready:${owner.id}:${to}`;
    if (sent.has(id)) continue;
    out.push({
      id,
      type: 'digest.ready',
      recipientId,
      ownerId: owner.id,
      from: isoDateOfDay(moment.day - 7),
      to,
      at: new Date(moment.ms).toISOString(),
    });
  }
  return out;
}
