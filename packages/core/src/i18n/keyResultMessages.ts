import type { KeyResultKind } from './messages.js';
import { localized } from './registry.js';

/** The keyResult widget's words and sentences. */
export interface KeyResultMessages {
  /** "27 of 35 % (from 20)" */
  readonly ofTarget: (p: { current: string; target: string; start: string }) => string;
  readonly atLeast: (p: { target: string; current: string | undefined }) => string;
  readonly atMost: (p: { target: string; current: string | undefined }) => string;
  readonly range: (p: { min: string; max: string; current: string | undefined }) => string;
  readonly noValue: string;
  readonly done: string;
  readonly notDone: string;
  /** "3 of 5 milestones" */
  readonly milestones: (done: number, total: number) => string;
  readonly milestonesLabel: string;
  readonly milestoneDone: string;
  readonly milestoneOpen: string;
  /** "Confidence: high" */
  readonly confidenceText: (band: string) => string;
  readonly lastCheckIn: (relative: string) => string;
  readonly noCheckIn: string;
  readonly types: Readonly<Record<KeyResultKind, string>>;
}

const en: KeyResultMessages = {
  ofTarget: ({ current, target, start }) => `${current} of ${target} (from ${start})`,
  atLeast: ({ target, current }) => `at least ${target}: ${current === undefined ? 'no value yet' : `${current} now`}`,
  atMost: ({ target, current }) => `at most ${target}: ${current === undefined ? 'no value yet' : `${current} now`}`,
  range: ({ min, max, current }) =>
    `between ${min} and ${max}: ${current === undefined ? 'no value yet' : `${current} now`}`,
  noValue: 'no value yet',
  done: 'Done',
  notDone: 'Not done',
  milestones: (done, total) => `${done} of ${total} milestones`,
  milestonesLabel: 'Milestones',
  milestoneDone: 'done',
  milestoneOpen: 'open',
  confidenceText: (band) => `Confidence: ${band}`,
  lastCheckIn: (relative) => `Last check-in ${relative}`,
  noCheckIn: 'No check-in yet',
  types: {
    increase: 'Increase',
    decrease: 'Decrease',
    'at-least': 'At least',
    'at-most': 'At most',
    range: 'Range',
    boolean: 'Done or not',
    milestones: 'Milestones',
  },
};

/** The keyResult catalog for a BCP 47 locale; English when there is none for its language. */
export const getKeyResultMessages = (locale = 'en'): KeyResultMessages => localized('keyResult', en, locale);
