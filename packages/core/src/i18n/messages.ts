import type { Status } from '../scoring/types.js';

/** Languages with a full message catalog. Any other locale falls back to English text with its own number formats. */
export type MessageLocale = 'en' | 'de';

/** The words and sentences widgets show, one catalog per language. */
export interface Messages {
  readonly status: Readonly<Record<Status, string>>;
  /** "47%, at risk, 51% expected by today" */
  readonly progressValueText: (p: { progress: string; status?: string; expected?: string }) => string;
  readonly progressLabel: string;
  readonly expectedMarker: (expected: string) => string;
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
};

const de: Messages = {
  status: {
    'not-started': 'nicht begonnen',
    'on-track': 'im Plan',
    'at-risk': 'gefährdet',
    'off-track': 'nicht im Plan',
    achieved: 'erreicht',
  },
  progressValueText: ({ progress, status, expected }) =>
    [progress, status, expected === undefined ? undefined : `${expected} bis heute erwartet`]
      .filter((s) => s !== undefined)
      .join(', '),
  progressLabel: 'Fortschritt',
  expectedMarker: (expected) => `${expected} bis heute erwartet`,
};

const catalogs: Readonly<Record<MessageLocale, Messages>> = { en, de };

/** The catalog for a BCP 47 locale (`de-AT` uses German); English when there is none for its language. */
export function getMessages(locale = 'en'): Messages {
  const language = locale.toLowerCase().split('-')[0];
  return language === 'de' ? catalogs.de : catalogs.en;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** Format a ratio (0.47) as a whole percentage in the locale's style ("47%", "47 %"). */
export function formatPercent(ratio: number, locale = 'en'): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, format);
  }
  return format.format(ratio);
}
