import { localized } from './registry.js';

type Plural = (count: number, formatted: string) => string;

/** The dashboard widget's words and sentences. */
export interface DashboardMessages {
  readonly heading: (cycle: string) => string;
  readonly counts: string;
  readonly progress: string;
  readonly distribution: string;
  readonly bucket: (p: { from: string; to: string; count: number }) => string;
  readonly attention: string;
  readonly noneAttention: string;
  readonly stale: string;
  readonly noneStale: string;
  readonly staleSince: (relative: string) => string;
  readonly neverCheckedIn: string;
  readonly objectives: Plural;
  readonly empty: string;
  /** The carry-over panel at a cycle's close. */
  readonly carry: string;
  readonly carryHint: (cycle: string) => string;
  readonly noneCarry: string;
  /** The button's visible text. */
  readonly carryOver: (cycle: string) => string;
  /** Its accessible name: the visible text first, then the goal. */
  readonly carryOverNamed: (cycle: string, title: string) => string;
  readonly carrying: string;
  readonly carried: (cycle: string) => string;
  readonly carryFailed: string;
}

const en: DashboardMessages = {
  heading: (cycle) => `Cycle ${cycle}`,
  counts: 'Objectives by status',
  progress: 'Progress against expected',
  distribution: 'Distribution of progress',
  bucket: ({ from, to, count }) => `${from}–${to}: ${count} objective${count === 1 ? '' : 's'}`,
  attention: 'At risk and off track',
  noneAttention: 'Nothing is at risk or off track.',
  stale: 'Stale check-ins',
  noneStale: 'Every key result has a recent check-in.',
  staleSince: (relative) => `last check-in ${relative}`,
  neverCheckedIn: 'never checked in',
  objectives: (count, formatted) => `${formatted} objective${count === 1 ? '' : 's'}`,
  empty: 'No objectives in this cycle yet.',
  carry: 'Unfinished at the close',
  carryHint: (cycle) => `Carry a goal over to ${cycle} to keep working on it: a draft copy, starting where it stands.`,
  noneCarry: 'Every goal is finished or carried over.',
  carryOver: (cycle) => `Carry over to ${cycle}`,
  carryOverNamed: (cycle, title) => `Carry over to ${cycle}: ${title}`,
  carrying: 'Carrying over…',
  carried: (cycle) => `Carried over to ${cycle} as a draft.`,
  carryFailed: 'It could not be carried over. Nothing changed; try again.',
};

/** The dashboard catalog for a BCP 47 locale; English when there is none for its language. */
export const getDashboardMessages = (locale = 'en'): DashboardMessages => localized('dashboard', en, locale);
