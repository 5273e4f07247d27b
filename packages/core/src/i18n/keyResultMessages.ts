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
  /** A key result whose values a system pushes. */
  readonly valuesFromSystem: string;
  /** "From JSON over HTTP · synced 2 hours ago" */
  readonly syncedFrom: (p: { connector: string; when: string }) => string;
  /** "From JSON over HTTP · not synced yet" */
  readonly notSyncedFrom: (connector: string) => string;
  /** "Sync failed 5 minutes ago: the host is not allowed" */
  readonly syncFailed: (p: { when: string; error: string }) => string;
  /** The error of a failed pull that gave no reason. */
  readonly syncFailedNoReason: string;
  /** The names of the connectors the server ships; another shows its id. */
  readonly connectors: Readonly<Record<string, string>>;
  readonly syncNow: string;
  /** The Sync now button's accessible name: starts with its visible text, then says which key result. */
  readonly syncNowOf: (title: string) => string;
  readonly syncing: string;
  /** After a pull that went through: how many days' values it recorded. */
  readonly synced: (recorded: number | undefined) => string;
  /** After a pull that failed (the reply still came). */
  readonly syncFailedNow: (error: string) => string;
  /** The request itself failed (no connection, no permission, a closed goal): `reason` when the server gave one. */
  readonly syncRequestFailed: (reason: string | undefined) => string;
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
  valuesFromSystem: 'Values from a system',
  syncedFrom: ({ connector, when }) => `From ${connector} · synced ${when}`,
  notSyncedFrom: (connector) => `From ${connector} · not synced yet`,
  syncFailed: ({ when, error }) => `Sync failed ${when}: ${error}`,
  syncFailedNoReason: 'no reason given',
  connectors: { 'http-json': 'JSON over HTTP', csv: 'CSV file or URL' },
  syncNow: 'Sync now',
  syncNowOf: (title) => `Sync now: ${title}`,
  syncing: 'Syncing…',
  synced: (recorded) =>
    recorded === undefined
      ? 'Synced.'
      : recorded === 0
        ? 'Synced: no new values.'
        : `Synced: ${recorded} ${recorded === 1 ? 'value' : 'values'} recorded.`,
  syncFailedNow: (error) => `Sync failed: ${error}`,
  syncRequestFailed: (reason) =>
    reason ? `Could not sync: ${reason}` : 'Could not sync. Check the connection and try again.',
};

/** The keyResult catalog for a BCP 47 locale; English when there is none for its language. */
export const getKeyResultMessages = (locale = 'en'): KeyResultMessages => localized('keyResult', en, locale);
