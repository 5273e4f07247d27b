import { localized } from './registry.js';

/** The check-in inbox's words and sentences. Dates arrive formatted ("Mon 9 Mar"). */
export interface CheckInInboxMessages {
  readonly heading: string;
  readonly count: (count: number) => string;
  /** The overdue and escalated share of the count; called only when there are some. */
  readonly overdueCount: (count: number) => string;
  readonly empty: string;
  readonly state: { readonly due: string; readonly overdue: string; readonly escalated: string };
  readonly dueToday: string;
  readonly dueOn: (date: string) => string;
  readonly overdueSince: (date: string) => string;
  readonly escalated: (date: string) => string;
  readonly lastCheckIn: (date: string) => string;
  readonly neverCheckedIn: string;
  readonly objective: (title: string) => string;
  readonly checkInText: string;
  readonly checkIn: (title: string) => string;
  readonly cancel: string;
  readonly checkedIn: (title: string) => string;
}

const en: CheckInInboxMessages = {
  heading: 'Check-ins you owe',
  count: (count) => (count === 1 ? '1 check-in' : `${count} check-ins`),
  overdueCount: (count) => `${count} overdue`,
  empty: 'You are up to date: no check-ins are due.',
  state: { due: 'Due', overdue: 'Overdue', escalated: 'Escalated' },
  dueToday: 'Due today',
  dueOn: (date) => `Due ${date}`,
  overdueSince: (date) => `Overdue since ${date}`,
  escalated: (date) => `Overdue since ${date}, your manager was told`,
  lastCheckIn: (date) => `Last check-in ${date}`,
  neverCheckedIn: 'Last check-in: never',
  objective: (title) => `For “${title}”`,
  checkInText: 'Check in',
  checkIn: (title) => `Check in on “${title}”`,
  cancel: 'Cancel',
  checkedIn: (title) => `Checked in on “${title}”.`,
};

/** The check-in inbox catalog for a BCP 47 locale; English when there is none for its language. */
export const getCheckInInboxMessages = (locale = 'en'): CheckInInboxMessages => localized('checkInInbox', en, locale);
