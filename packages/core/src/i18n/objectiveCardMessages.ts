import { localized } from './registry.js';

/** The objectiveCard widget's words and sentences. */
export interface ObjectiveCardMessages {
  readonly owner: string;
  readonly cycle: string;
  readonly alignsTo: string;
  readonly smartScore: (score: string) => string;
  readonly keyResults: string;
  readonly showKeyResults: (count: number) => string;
  readonly hideKeyResults: string;
  readonly explain: string;
  readonly hideExplain: string;
  readonly explainHeading: (progress: string) => string;
  /** A button's accessible name: its visible text and the objective it acts on ("Explain progress of Grow revenue"). */
  readonly of: (action: string, title: string) => string;
  /** The badge on a private goal. */
  readonly privateBadge: string;
  /** The owner's own status and its reason, beside the computed one. */
  readonly ownerSays: (p: { status: string; note: string }) => string;
  /** The card meter's accessible name ("Grow revenue progress"). */
  readonly progressOf: (title: string) => string;
  /** "Activation: 47% × 67% weight = 31%" */
  readonly contribution: (p: { title: string; progress: string; share: string; contribution: string }) => string;
  readonly notCounted: (p: { title: string; progress: string }) => string;
  readonly noKeyResults: string;
}

const en: ObjectiveCardMessages = {
  owner: 'Owner',
  cycle: 'Cycle',
  alignsTo: 'Aligns to',
  smartScore: (score) => `SMART score ${score} of 100`,
  keyResults: 'Key results',
  showKeyResults: (count) => `Show ${count} key result${count === 1 ? '' : 's'}`,
  hideKeyResults: 'Hide key results',
  explain: 'Explain progress',
  hideExplain: 'Hide explanation',
  explainHeading: (progress) => `Why the progress is ${progress}`,
  privateBadge: 'Private',
  ownerSays: ({ status, note }) => `Owner says: ${status} (${note})`,
  of: (action, title) => `${action} of ${title}`,
  progressOf: (title) => `${title} progress`,
  contribution: ({ title, progress, share, contribution }) =>
    `${title}: ${progress} × ${share} weight = ${contribution}`,
  notCounted: ({ title, progress }) => `${title}: ${progress}, shown but not counted`,
  noKeyResults: 'No key results yet.',
};

/** The objectiveCard catalog for a BCP 47 locale; English when there is none for its language. */
export const getObjectiveCardMessages = (locale = 'en'): ObjectiveCardMessages =>
  localized('objectiveCard', en, locale);
