import { getCheckInInboxMessages } from '../i18n/checkInInboxMessages.js';
import { cached, parseDay } from '../i18n/format.js';
import type { DueCheckIn } from '../rhythm/dueCheckIns.js';
import { zonedDate } from '../rhythm/zonedTime.js';
import { type AttrBag, part } from './types.js';
import type { KeyResultData, ObjectiveData } from './widgetData.js';

/**
 * One check-in someone owes: core's `DueCheckIn` (what `dueCheckIns` computes and `GET /check-ins/due`
 * lists). Structural: the client's `DueCheckIn` satisfies it as it is.
 */
export type DueCheckInData = Readonly<DueCheckIn>;

/** The check-in inbox's state: which row's check-in is open, and the last check-in done (announced politely). */
export interface CheckInInboxState {
  readonly open: string | undefined;
  readonly done: { readonly keyResultId: string; readonly title: string } | undefined;
}

/** Everything that can happen in the check-in inbox. */
export type CheckInInboxEvent =
  | { readonly type: 'open'; readonly keyResultId: string }
  | { readonly type: 'close' }
  | { readonly type: 'checked-in'; readonly keyResultId: string; readonly title: string };

/** A check-in inbox with nothing open. */
export const initCheckInInbox = (): CheckInInboxState => ({ open: undefined, done: undefined });

/**
 * The check-in inbox's state machine: one row's check-in open at a time; a check-in done closes it.
 * `createCheckInInboxController` runs it for a renderer, with where focus goes after each event.
 */
export function checkInInboxReducer(state: CheckInInboxState, event: CheckInInboxEvent): CheckInInboxState {
  switch (event.type) {
    case 'open':
      return { ...state, open: event.keyResultId };
    case 'close':
      return state.open === undefined ? state : { ...state, open: undefined };
    case 'checked-in':
      return { open: undefined, done: { keyResultId: event.keyResultId, title: event.title } };
  }
}

/** What the check-in inbox renders. */
export interface CheckInInboxInput {
  readonly items: readonly DueCheckInData[];
  /** The objectives the key results belong to, for their titles and for the check-in form. */
  readonly objectives: readonly ObjectiveData[];
  readonly state: CheckInInboxState;
  /** The moment "today" is measured from. @default now */
  readonly now?: string | Date | undefined;
  /** The IANA time zone dates are written in. @default 'UTC' */
  readonly timeZone?: string | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-check-in-inbox' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One check-in owed. */
export interface CheckInInboxItemView {
  readonly keyResultId: string;
  readonly objectiveId: string;
  readonly state: DueCheckInData['state'];
  /** The key result's title (its id when its objective was not given). */
  readonly titleText: string;
  readonly objectiveText: string | undefined;
  readonly stateText: string;
  /** "Overdue since Mon 9 Mar", "Due today". */
  readonly dueText: string;
  /** `dueAt`, for a `<time datetime>`. */
  readonly dateTime: string;
  /** "Last check-in 2 Mar", "Last check-in: never". */
  readonly lastCheckInText: string;
  readonly checkInText: string;
  readonly cancelText: string;
  /** The row's check-in form is showing. */
  readonly expanded: boolean;
  /** The key result for a presentational check-in form; `undefined` when its objective was not given. */
  readonly keyResult: KeyResultData | undefined;
  readonly item: AttrBag;
  readonly title: AttrBag;
  readonly objective: AttrBag;
  /** The state badge, `data-state` due, overdue or escalated. */
  readonly badge: AttrBag;
  readonly meta: AttrBag;
  /** The button that shows the check-in form (`aria-expanded`, `aria-controls`). */
  readonly toggle: AttrBag;
  /** Holds the check-in form, `hidden` until the toggle is pressed. */
  readonly panel: AttrBag;
  readonly cancel: AttrBag;
}

/** The check-in inbox's view-model. */
export interface CheckInInboxView {
  readonly headingText: string;
  /** "3 check-ins, 2 overdue". */
  readonly countText: string;
  readonly overdueCount: number;
  readonly emptyText: string;
  readonly items: readonly CheckInInboxItemView[];
  /** The last check-in done, for a polite live region. */
  readonly announcementText: string;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly count: AttrBag;
  readonly list: AttrBag;
  readonly empty: AttrBag;
  readonly announcement: AttrBag;
}

const RANK = { escalated: 0, overdue: 1, due: 2 } as const;

const dayText = (date: Date, locale: string, timeZone: string, weekday: boolean) =>
  cached(
    `d-inbox|${locale}|${timeZone}|${weekday}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        ...(weekday ? { weekday: 'short' } : {}),
        day: 'numeric',
        month: 'short',
        timeZone,
      }),
  ).format(date);

/**
 * Compute the check-in inbox: the check-ins the viewer owes, escalated first, then overdue, then due,
 * the oldest first within each; each row says since when, when it was last checked in, and opens a
 * check-in for its key result.
 */
export function connectCheckInInbox(input: CheckInInboxInput): CheckInInboxView {
  const locale = input.locale ?? 'en';
  const timeZone = input.timeZone ?? 'UTC';
  const t = getCheckInInboxMessages(locale);
  const id = input.idBase ?? 'gk-check-in-inbox';
  const now = new Date(input.now ?? new Date());
  const today = zonedDate(now.getTime(), timeZone);
  const keyResults = new Map<string, { objective: ObjectiveData; keyResult: KeyResultData }>();
  for (const objective of input.objectives)
    for (const keyResult of objective.keyResults) keyResults.set(keyResult.id, { objective, keyResult });
  const sorted = [...input.items].sort(
    (a, b) => RANK[a.state] - RANK[b.state] || Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
  const items = sorted.map((entry, index): CheckInInboxItemView => {
    const found = keyResults.get(entry.keyResultId);
    const titleText = found?.keyResult.title ?? entry.keyResultId;
    const itemId = `${id}-${index}`;
    const due = new Date(entry.dueAt);
    const dueDay = dayText(due, locale, timeZone, true);
    const dueText =
      entry.state === 'escalated'
        ? t.escalated(dueDay)
        : entry.state === 'overdue'
          ? t.overdueSince(dueDay)
          : zonedDate(due.getTime(), timeZone) === today
            ? t.dueToday
            : t.dueOn(dueDay);
    const expanded = input.state.open === entry.keyResultId;
    return {
      keyResultId: entry.keyResultId,
      objectiveId: entry.objectiveId,
      state: entry.state,
      titleText,
      objectiveText: found ? t.objective(found.objective.title) : undefined,
      stateText: t.state[entry.state],
      dueText,
      dateTime: entry.dueAt,
      lastCheckInText: entry.lastCheckInAt
        ? t.lastCheckIn(
            // A bare day is that calendar day wherever the viewer is; a timestamp is written in their zone.
            /^\d{4}-\d{2}-\d{2}$/.test(entry.lastCheckInAt)
              ? dayText(parseDay(entry.lastCheckInAt), locale, 'UTC', false)
              : dayText(new Date(entry.lastCheckInAt), locale, timeZone, false),
          )
        : t.neverCheckedIn,
      checkInText: t.checkInText,
      cancelText: t.cancel,
      expanded,
      keyResult: found?.keyResult,
      item: part('check-in-inbox', 'item', { 'aria-labelledby': `${itemId}-title`, 'data-state': entry.state }),
      title: part('check-in-inbox', 'title', { id: `${itemId}-title` }),
      objective: part('check-in-inbox', 'objective'),
      badge: part('check-in-inbox', 'badge', { 'data-state': entry.state }),
      meta: part('check-in-inbox', 'meta'),
      toggle: part('check-in-inbox', 'toggle', {
        type: 'button',
        'aria-label': t.checkIn(titleText),
        'aria-expanded': expanded ? 'true' : 'false',
        'aria-controls': `${itemId}-panel`,
      }),
      panel: part('check-in-inbox', 'panel', {
        id: `${itemId}-panel`,
        role: 'group',
        'aria-label': t.checkIn(titleText),
        hidden: expanded ? undefined : true,
      }),
      cancel: part('check-in-inbox', 'cancel', { type: 'button' }),
    };
  });
  const overdueCount = items.filter((i) => i.state !== 'due').length;
  const done = input.state.done;
  return {
    headingText: t.heading,
    countText: overdueCount > 0 ? `${t.count(items.length)}, ${t.overdueCount(overdueCount)}` : t.count(items.length),
    overdueCount,
    emptyText: t.empty,
    items,
    announcementText: done ? t.checkedIn(done.title) : '',
    root: part('check-in-inbox', 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part('check-in-inbox', 'heading', { id: `${id}-heading`, tabindex: -1 }),
    count: part('check-in-inbox', 'count'),
    list: part('check-in-inbox', 'list'),
    empty: part('check-in-inbox', 'empty'),
    announcement: part('check-in-inbox', 'announcement', { role: 'status' }),
  };
}
