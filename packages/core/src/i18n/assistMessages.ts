import { localized } from './registry.js';

/** Why an assistance result was refused, as the server or `assist()` says (`AssistRefusalReason`). */
export type AssistReasonName =
  | 'invalid-input'
  | 'too-few-entries'
  | 'aborted'
  | 'provider-error'
  | 'sets-rating'
  | 'invalid-output'
  | 'no-improvement'
  | 'adds-error'
  | 'uncited'
  | 'invisible-citation'
  | 'unknown-competency';

/** The words of the AI assistance actions in the goal editor and the feedback thread. */
export interface AssistMessages {
  /** Marks text written by AI. */
  readonly aiLabel: string;
  /** The goal editor's action. */
  readonly rewrite: string;
  readonly rewriting: string;
  readonly proposalHeading: string;
  /** The linter's overall SMART score before and after the rewrite. */
  readonly smartChange: (p: { before: string; after: string }) => string;
  readonly accept: string;
  readonly keepMine: string;
  readonly accepted: string;
  readonly keyResults: string;
  /** The feedback thread's action. */
  readonly summarise: string;
  readonly summarising: string;
  readonly summaryHeading: string;
  /** The accessible name of a sentence's link to the entry it cites. */
  readonly citation: (n: number) => string;
  readonly dismiss: string;
  /** The request failed (the network, the server). */
  readonly failed: string;
  /** A refusal, in words, by reason. */
  readonly reasons: Readonly<Record<AssistReasonName, string>>;
}

const en: AssistMessages = {
  aiLabel: 'Suggested by AI',
  rewrite: 'Suggest a SMART rewrite',
  rewriting: 'Asking for a SMART rewrite…',
  proposalHeading: 'Suggested rewrite',
  smartChange: ({ before, after }) => `SMART score ${before} → ${after}`,
  accept: 'Accept',
  keepMine: 'Keep mine',
  accepted: 'The suggestion is in the form. Review it, then save.',
  keyResults: 'Key results',
  summarise: 'Summarise',
  summarising: 'Summarising the feedback…',
  summaryHeading: 'Summary',
  citation: (n) => `Comment ${n}`,
  dismiss: 'Close summary',
  failed: 'The suggestion could not be fetched. Try again.',
  reasons: {
    'invalid-input': 'There is not enough here to work from yet.',
    'too-few-entries': 'A summary needs at least 2 entries.',
    aborted: 'The request was cancelled.',
    'provider-error': 'The AI service did not answer. Try again later.',
    'sets-rating': 'The suggestion tried to set a rating or score, so it was not used.',
    'invalid-output': 'The suggestion was malformed, so it was not used.',
    'no-improvement': 'The suggestion would not make the goal more SMART, so yours is kept.',
    'adds-error': 'The suggestion would add a problem to the goal, so yours is kept.',
    uncited: 'The summary did not say what it was based on, so it was not used.',
    'invisible-citation': 'The summary cited entries you cannot see, so it was not used.',
    'unknown-competency': 'The suggestion was about something you did not ask for, so it was not used.',
  },
};

/** The assistance catalog for a BCP 47 locale; English when there is none for its language. */
export const getAssistMessages = (locale = 'en'): AssistMessages => localized('assist', en, locale);
