import { describe, expect, it } from 'vitest';
import type { DueCheckIn } from './dueCheckIns.js';
import { dueNotifications, logNotifier, type Notifier, notify } from './notifications.js';

const item = (keyResultId: string, state: DueCheckIn['state'], extra: Partial<DueCheckIn> = {}): DueCheckIn => ({
  keyResultId,
  objectiveId: `o-${keyResultId}`,
  recipientId: 'ana',
  dueAt: '2026-03-09T08:00:00.000Z',
  state,
  lastCheckInAt: '2026-03-02',
  policyOwnerId: 'org',
  ...extra,
});

describe('logNotifier', () => {
  it('writes a digest ready as who, whose and which days', async () => {
    const lines: string[] = [];
    await notify(
      logNotifier((line) => lines.push(line)),
      [
        {
          id: 'digest.ready:team:2026-03-08',
          type: 'digest.ready',
          recipientId: 'lea',
          ownerId: 'team',
          from: '2026-03-02',
          to: '2026-03-08',
          at: '2026-03-09T08:00:00.000Z',
        },
      ],
    );
    expect(lines).toEqual(['digest.ready lea team 2026-03-02..2026-03-08']);
  });
});

describe('dueNotifications and notify', () => {
  it('makes one reminder per state reached, escalations to the manager, none twice across runs', async () => {
    const monday = [item('p95', 'due'), item('uptime', 'due', { recipientId: null })];
    const first = dueNotifications(monday);
    expect(first.map((n) => n.id)).toEqual(['check-in.due:p95:2026-03-09T08:00:00.000Z']);
    const lines: string[] = [];
    const sent = new Set(
      await notify(
        logNotifier((line) => lines.push(line)),
        first,
      ),
    );
    expect(lines).toEqual(['check-in.due ana p95 (due 2026-03-09T08:00:00.000Z)']);
    // The same computation again (a restart, another instance) sends nothing new.
    expect(dueNotifications(monday, sent)).toEqual([]);
    const later = [item('p95', 'escalated', { escalatedToId: 'lea' })];
    expect(dueNotifications(later, sent)).toEqual([
      {
        id: 'check-in.escalated:p95:2026-03-09T08:00:00.000Z',
        type: 'check-in.escalated',
        recipientId: 'lea',
        keyResultId: 'p95',
        objectiveId: 'o-p95',
        dueAt: '2026-03-09T08:00:00.000Z',
        ownerOfCheckInId: 'ana',
      },
    ]);
  });

  it('keeps a reminder the notifier failed to send, to send it next time, and sends the others', async () => {
    const errors: string[] = [];
    const flaky: Notifier = {
      id: 'flaky',
      send: async (n) => {
        if (n.type !== 'digest.ready' && n.keyResultId === 'a') throw new Error('mail server down');
      },
    };
    const reminders = dueNotifications([item('a', 'overdue'), item('b', 'overdue')]);
    const delivered = await notify(flaky, reminders, (error, n) =>
      errors.push(`${n.id.split(':')[1]}: ${String(error)}`),
    );
    expect(delivered).toEqual(['check-in.overdue:b:2026-03-09T08:00:00.000Z']);
    expect(errors).toEqual(['a: Error: mail server down']);
    expect(
      dueNotifications([item('a', 'overdue'), item('b', 'overdue')], new Set(delivered)).map((n) => n.keyResultId),
    ).toEqual(['a']);
  });
});
