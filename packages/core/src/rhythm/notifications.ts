import type { DueCheckIn } from './dueCheckIns.js';

/**
 * What a notification is about: a check-in that came due, went overdue, or was escalated to a manager; or
 * a person's or team's digest of the week, ready to read.
 */
export type RhythmNotificationType = CheckInReminder['type'] | 'digest.ready';

/** One notification to deliver: a check-in reminder, or a digest ready. */
export type RhythmNotification = CheckInReminder | DigestReady;

/** A weekly digest ready for `recipientId` (the person, or a team's lead): `digest(…, from, to)` of `ownerId`. */
export interface DigestReady {
  /** `digest.ready:<ownerId>:<to>`: the same however often it is computed. */
  id: string;
  type: 'digest.ready';
  recipientId: string;
  /** The person or team the digest is about. */
  ownerId: string;
  /** The seven days covered, `YYYY-MM-DD`, both included: the week before the cadence's moment. */
  from: string;
  to: string;
  /** The moment it became ready (the cadence's weekday and local time), an ISO instant. */
  at: string;
}

/** One reminder to deliver: to `recipientId` (for an escalation, the manager). */
export interface CheckInReminder {
  /**
   * The same for the same reminder however often it is computed (type, key result and occurrence): a
   * sender that records the ids it delivered never sends one twice, across restarts too.
   */
  id: string;
  type: 'check-in.due' | 'check-in.overdue' | 'check-in.escalated';
  recipientId: string;
  keyResultId: string;
  objectiveId: string;
  /** The occurrence the check-in is owed for (an ISO instant). */
  dueAt: string;
  /** For an escalation: who owed the check-in. */
  ownerOfCheckInId?: string;
}

/**
 * Delivers reminders in-process, for a platform that sends them itself (its mail, chat or in-app
 * notifications); goalkit never sends mail or chat. `send` may throw or reject: the reminder is then not
 * recorded as sent and comes again the next time reminders are computed.
 */
export interface Notifier {
  /** A name for logs, such as `slack` or `log`. */
  id: string;
  send(notification: RhythmNotification): void | Promise<void>;
}

const TYPES: Record<DueCheckIn['state'], CheckInReminder['type']> = {
  due: 'check-in.due',
  overdue: 'check-in.overdue',
  escalated: 'check-in.escalated',
};

/**
 * The reminders `dueCheckIns` calls for, less those already sent (`sent`: the ids delivered before).
 * Each state a check-in reaches is one reminder: due and overdue to the person who owes it, escalated to
 * their manager. A check-in without a recipient (a team without a lead) makes none.
 */
export function dueNotifications(due: readonly DueCheckIn[], sent: ReadonlySet<string> = new Set()): CheckInReminder[] {
  const out: CheckInReminder[] = [];
  for (const item of due) {
    const type = TYPES[item.state];
    const recipientId = item.state === 'escalated' ? item.escalatedToId : item.recipientId;
    if (!recipientId) continue;
    const id = `${type}:${item.keyResultId}:${item.dueAt}`;
    if (sent.has(id)) continue;
    out.push({
      id,
      type,
      recipientId,
      keyResultId: item.keyResultId,
      objectiveId: item.objectiveId,
      dueAt: item.dueAt,
      ...(item.state === 'escalated' && item.recipientId ? { ownerOfCheckInId: item.recipientId } : {}),
    });
  }
  return out;
}

/**
 * Send each reminder through `notifier`, one at a time, and answer the ids it took (to record as sent);
 * one that fails is left out and reported to `onError`, and the others still go.
 */
export async function notify(
  notifier: Notifier,
  notifications: readonly RhythmNotification[],
  onError: (error: unknown, notification: RhythmNotification) => void = () => {},
): Promise<string[]> {
  const delivered: string[] = [];
  for (const notification of notifications) {
    try {
      await notifier.send(notification);
      delivered.push(notification.id);
    } catch (error) {
      onError(error, notification);
    }
  }
  return delivered;
}

/**
 * An example `Notifier` that writes one line per notification (to `console.log` unless given another
 * writer), such as `check-in.overdue ana p95 (due 2026-03-09T08:00:00.000Z)` or
 * `digest.ready ana platform 2026-03-02..2026-03-08`.
 */
export function logNotifier(write: (line: string) => void = (line) => console.log(line)): Notifier {
  return {
    id: 'log',
    send: (n) =>
      write(
        n.type === 'digest.ready'
          ? `${n.type} ${n.recipientId} ${n.ownerId} ${n.from}..${n.to}`
          : `${n.type} ${n.recipientId} ${n.keyResultId} (due ${n.dueAt}${n.ownerOfCheckInId ? `, owed by ${n.ownerOfCheckInId}` : ''})`,
      ),
  };
}
