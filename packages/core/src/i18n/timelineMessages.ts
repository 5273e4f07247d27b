import { localized } from './registry.js';

/** The timeline widget's words and sentences. */
export interface TimelineMessages {
  readonly heading: string;
  /** The timeline region's accessible name, unique on a page of timelines ("Check-ins: Raise activation"). */
  readonly label: (title: string) => string;
  readonly chartLabel: (p: { count: number; first: string; last: string; latest: string }) => string;
  readonly expected: (p: { value: string; date: string }) => string;
  readonly forecast: (value: string) => string;
  readonly legendActual: string;
  readonly legendExpected: string;
  readonly legendForecast: string;
  readonly date: string;
  readonly value: string;
  readonly confidence: string;
  readonly note: string;
  readonly empty: string;
  readonly noConfidence: string;
  /** The label of a check-in a system pushed (`source: 'api'`). */
  readonly sourceApi: string;
  /** The label of a check-in a connector pulled (`source: 'connector'`). */
  readonly sourceConnector: string;
  /** A source label with the system's own reference ("From a system · warehouse run 41"). */
  readonly sourceWithRef: (p: { label: string; ref: string }) => string;
}

const en: TimelineMessages = {
  heading: 'Check-ins',
  label: (title) => `Check-ins: ${title}`,
  chartLabel: ({ count, first, last, latest }) =>
    `${count} check-in${count === 1 ? '' : 's'} from ${first} to ${last}; latest value ${latest}`,
  expected: ({ value, date }) => `expected ${value} by ${date}`,
  forecast: (value) => `forecast ${value} at the end of the cycle`,
  legendActual: 'Actual',
  legendExpected: 'Expected',
  legendForecast: 'Forecast',
  date: 'Date',
  value: 'Value',
  confidence: 'Confidence',
  note: 'Note',
  empty: 'No check-ins yet.',
  noConfidence: '—',
  sourceApi: 'From a system',
  sourceConnector: 'From a connector',
  sourceWithRef: ({ label, ref }) => `${label} · ${ref}`,
};

/** The timeline catalog for a BCP 47 locale; English when there is none for its language. */
export const getTimelineMessages = (locale = 'en'): TimelineMessages => localized('timeline', en, locale);
