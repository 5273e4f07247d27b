import { localized } from './registry.js';

/** The checkInForm widget's words and sentences. */
export interface CheckInFormMessages {
  readonly heading: (title: string) => string;
  readonly value: (unit: string | undefined) => string;
  readonly done: string;
  readonly milestones: string;
  readonly confidence: string;
  readonly note: string;
  readonly submit: string;
  readonly submitting: string;
  readonly succeeded: string;
  readonly failed: string;
  readonly retry: string;
  readonly conflict: (p: { was: string; now: string }) => string;
  readonly conflictGeneric: string;
  readonly valueRequired: string;
  readonly valueNotNumber: (example: string) => string;
  /** A value outside the scale its unit implies (0–100 for %): a warning, the check-in still saves. */
  readonly outsideScale: (p: { value: string; from: string; to: string }) => string;
  readonly noteTooLong: (max: string) => string;
  readonly current: (value: string) => string;
}

const en: CheckInFormMessages = {
  heading: (title) => `Check in: ${title}`,
  value: (unit) => (unit ? `New value (${unit})` : 'New value'),
  done: 'Done',
  milestones: 'Milestones reached',
  confidence: 'Confidence',
  note: 'Note (optional)',
  submit: 'Check in',
  submitting: 'Saving check-in…',
  succeeded: 'Check-in saved.',
  failed: 'The check-in could not be saved. Your input is kept.',
  retry: 'Try again',
  conflict: ({ was, now }) =>
    `Someone else checked in meanwhile: the value changed from ${was} to ${now}. Your input is kept; check in again to record it.`,
  conflictGeneric: 'This key result changed while you were editing. Your input is kept; check in again to record it.',
  valueRequired: 'Enter a value.',
  valueNotNumber: (example) => `Enter a number, such as ${example}.`,
  outsideScale: ({ value, from, to }) => `${value} is outside ${from}–${to}. Check the number; you can still save it.`,
  noteTooLong: (max) => `Keep the note to ${max} characters.`,
  current: (value) => `Now: ${value}`,
};

/** The checkInForm catalog for a BCP 47 locale; English when there is none for its language. */
export const getCheckInFormMessages = (locale = 'en'): CheckInFormMessages => localized('checkInForm', en, locale);
