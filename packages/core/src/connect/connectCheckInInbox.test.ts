import { describe, expect, it } from 'vitest';
import { keyResult, objective } from './__tests__/widgetFixtures.js';
import {
  checkInInboxReducer,
  connectCheckInInbox,
  type DueCheckInData,
  initCheckInInbox,
} from './connectCheckInInbox.js';

const owed = (overrides: Partial<DueCheckInData>): DueCheckInData => ({
  keyResultId: 'kr1',
  objectiveId: 'o1',
  recipientId: 'ana',
  dueAt: '2026-03-09T08:00:00Z',
  state: 'due',
  lastCheckInAt: '2026-03-02',
  policyOwnerId: 'org',
  ...overrides,
});
const objectives = [
  objective(),
  objective({
    id: 'o2',
    title: 'Cut the on-call load',
    keyResults: [keyResult({ id: 'kr3', objectiveId: 'o2', title: 'Halve pages per week' })],
  }),
];
const items = [
  owed({ keyResultId: 'kr1', dueAt: '2026-03-11T08:00:00Z' }),
  owed({ keyResultId: 'kr2', dueAt: '2026-03-02T08:00:00Z', state: 'overdue', lastCheckInAt: null }),
  owed({ keyResultId: 'kr3', objectiveId: 'o2', dueAt: '2026-03-09T08:00:00Z', state: 'overdue' }),
  owed({
    keyResultId: 'kr4',
    objectiveId: 'o9',
    dueAt: '2026-03-12T08:00:00Z',
    state: 'escalated',
    escalatedToId: 'bo',
  }),
];
const now = '2026-03-11T12:00:00Z';

describe('check-in inbox', () => {
  it('lists escalated, then overdue, then due, the oldest first, and says since when', () => {
    const view = connectCheckInInbox({ items, objectives, state: initCheckInInbox(), now, idBase: 'i' });
    expect(view.headingText).toBe('Check-ins you owe');
    expect(view.countText).toBe('4 check-ins, 3 overdue');
    expect(view.items.map((i) => i.keyResultId)).toEqual(['kr4', 'kr2', 'kr3', 'kr1']);
    const [escalated, oldest, overdue, due] = view.items;
    expect(escalated?.titleText).toBe('kr4');
    expect(escalated?.objectiveText).toBeUndefined();
    expect(escalated?.dueText).toBe('Overdue since Thu, Mar 12, your manager was told');
    expect(escalated?.badge['data-state']).toBe('escalated');
    expect(oldest?.titleText).toBe('Cut time to first value to 2 days');
    expect(oldest?.dueText).toBe('Overdue since Mon, Mar 2');
    expect(oldest?.lastCheckInText).toBe('Last check-in: never');
    expect(overdue?.objectiveText).toBe('For “Cut the on-call load”');
    expect(overdue?.lastCheckInText).toBe('Last check-in Mar 2');
    expect(due?.dueText).toBe('Due today');
    expect(due?.stateText).toBe('Due');
    expect(due?.keyResult?.id).toBe('kr1');
    expect(due?.toggle['aria-label']).toBe('Check in on “Raise week-1 activation from 20% to 35%”');
    expect(due?.toggle['aria-expanded']).toBe('false');
    expect(due?.panel.id).toBe(due?.toggle['aria-controls']);
    expect(due?.panel.hidden).toBe(true);
    expect(due?.item['aria-labelledby']).toBe(due?.title.id);
  });

  it('says a future occurrence by its day, and the count without overdue when none is', () => {
    const view = connectCheckInInbox({
      items: [owed({ dueAt: '2026-03-16T08:00:00Z' })],
      objectives,
      state: initCheckInInbox(),
      now,
    });
    expect(view.countText).toBe('1 check-in');
    expect(view.overdueCount).toBe(0);
    expect(view.items[0]?.dueText).toBe('Due Mon, Mar 16');
  });

  it('writes days in the viewer’s zone, and a bare last check-in day as that day', () => {
    const view = connectCheckInInbox({
      items: [owed({ dueAt: '2026-03-11T02:00:00Z', lastCheckInAt: '2026-03-02' })],
      objectives,
      state: initCheckInInbox(),
      now,
      timeZone: 'America/New_York',
    });
    expect(view.items[0]?.dueText).toBe('Due Tue, Mar 10');
    expect(view.items[0]?.lastCheckInText).toBe('Last check-in Mar 2');
  });

  it('opens one row’s check-in at a time and announces a check-in done', () => {
    let state = checkInInboxReducer(initCheckInInbox(), { type: 'open', keyResultId: 'kr1' });
    state = checkInInboxReducer(state, { type: 'open', keyResultId: 'kr3' });
    const open = connectCheckInInbox({ items, objectives, state, now });
    expect(open.items.filter((i) => i.expanded).map((i) => i.keyResultId)).toEqual(['kr3']);
    expect(open.items.find((i) => i.keyResultId === 'kr3')?.panel.hidden).toBeUndefined();
    expect(checkInInboxReducer(initCheckInInbox(), { type: 'close' })).toEqual(initCheckInInbox());
    state = checkInInboxReducer(state, { type: 'checked-in', keyResultId: 'kr3', title: 'Halve pages per week' });
    const done = connectCheckInInbox({ items, objectives, state, now });
    expect(done.items.some((i) => i.expanded)).toBe(false);
    expect(done.announcementText).toBe('Checked in on “Halve pages per week”.');
  });

  it('speaks German', () => {
    const view = connectCheckInInbox({ items, objectives, state: initCheckInInbox(), now, locale: 'de' });
    expect(view.headingText).toBe('Ihre fälligen Check-ins');
    expect(view.countText).toBe('4 Check-ins, 3 überfällig');
    expect(view.items[1]?.dueText).toBe('Überfällig seit Mo., 2. März');
    expect(view.items[3]?.dueText).toBe('Heute fällig');
    expect(connectCheckInInbox({ items: [], objectives: [], state: initCheckInInbox(), locale: 'de' }).emptyText).toBe(
      'Sie sind auf dem Laufenden: Kein Check-in ist fällig.',
    );
  });
});
