import type { ConfidenceBand, Status } from '../scoring/types.js';
import { cached } from './format.js';
import { localized, type MessageLocale, messageLocaleOf } from './registry.js';

export { type MessageLocale, messageLocaleOf } from './registry.js';

/** The lifecycle state of an objective. */
export type ObjectiveState = 'draft' | 'proposed' | 'active' | 'closed';

/** A lifecycle action on an objective. */
export type TransitionAction = 'propose' | 'approve' | 'return' | 'close' | 'reopen' | 'withdraw';

/** Every key-result type a widget can show. */
export type KeyResultKind = 'increase' | 'decrease' | 'at-least' | 'at-most' | 'range' | 'boolean' | 'milestones';

/** The words and sentences widgets show, one catalog per language. */
export interface Messages {
  readonly status: Readonly<Record<Status, string>>;
  /** "47%, at risk, 51% expected by today" */
  readonly progressValueText: (p: { progress: string; status?: string; expected?: string }) => string;
  readonly progressLabel: string;
  readonly expectedMarker: (expected: string) => string;
  readonly common: {
    readonly loading: string;
    readonly loadError: string;
    /** A 404: the goal is not there, or the person may not see it (the server does not say which). */
    readonly notFound: string;
    /** A 403: the person is signed in but not allowed to see this (trying again cannot change that). */
    readonly forbidden: string;
    readonly retry: string;
    readonly statusLabel: string;
  };
  readonly state: Readonly<Record<ObjectiveState, string>>;
  readonly confidence: Readonly<Record<ConfidenceBand, string>>;
}

const en: Messages = {
  status: {
    'not-started': 'not started',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    achieved: 'achieved',
  },
  progressValueText: ({ progress, status, expected }) =>
    [progress, status, expected === undefined ? undefined : `${expected} expected by today`]
      .filter((s) => s !== undefined)
      .join(', '),
  progressLabel: 'Progress',
  expectedMarker: (expected) => `${expected} expected by today`,
  common: {
    loading: 'Loading…',
    loadError: 'This could not be loaded.',
    notFound: 'This goal does not exist or is not visible to you.',
    forbidden: 'You are not allowed to see this.',
    retry: 'Try again',
    statusLabel: 'Status',
  },
  state: { draft: 'Draft', proposed: 'Proposed', active: 'Active', closed: 'Closed' },
  confidence: { low: 'low', medium: 'medium', high: 'high' },
};

/**
 * The catalog of a locale from per-language catalogs (`de-AT` uses German); English when there is none,
 * or when that language's catalog is not loaded (the embed bundle loads German on demand).
 */
export function pickCatalog<T>(
  catalogs: Readonly<Record<'en', T> & Partial<Record<MessageLocale, T | undefined>>>,
  locale = 'en',
): T {
  return catalogs[messageLocaleOf(locale)] ?? catalogs.en;
}

/**
 * The shared catalog for a BCP 47 locale: statuses, states, confidence, progress and placeholders.
 * Each widget's own text is in its own catalog (`getKeyResultMessages()` …), so a widget carries only its words.
 */
export function getMessages(locale = 'en'): Messages {
  return localized('common', en, locale);
}

/** Format a ratio (0.47) as a whole percentage in the locale's style ("47%", "47 %"). */
export function formatPercent(ratio: number, locale = 'en'): string {
  return cached(
    `%|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(ratio);
}
