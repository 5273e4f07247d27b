import { getCheckInFormMessages } from '../i18n/checkInFormMessages.js';
import { formatMeasure, formatNumber, parseNumber } from '../i18n/format.js';
import { getKeyResultMessages } from '../i18n/keyResultMessages.js';
import { getMessages } from '../i18n/messages.js';
import { confidenceBand } from '../scoring/grade.js';
import type { ConfidenceBand } from '../scoring/types.js';
import { type AttrBag, part } from './types.js';
import type { KeyResultData } from './widgetData.js';

/** The confidence a person picks, and the number it is recorded as. */
export const CONFIDENCE_VALUES: Readonly<Record<ConfidenceBand, number>> = { low: 0.3, medium: 0.6, high: 0.9 };

/** Longest note the API accepts. */
export const NOTE_MAX_LENGTH = 5000;

/** Where a check-in form is: editing, sending, saved, or failed with the person's input kept. */
export type CheckInFormStatus = 'idle' | 'submitting' | 'succeeded' | 'failed' | 'conflict';

/** The form's state. Create it with {@link initCheckInForm}; change it only with {@link checkInFormReducer}. */
export interface CheckInFormState {
  readonly keyResult: KeyResultData;
  readonly locale: string;
  /** The number as typed, in the person's locale ("27,5"). */
  readonly value: string;
  readonly done: boolean;
  readonly milestones: readonly boolean[];
  readonly confidence: ConfidenceBand | null;
  readonly note: string;
  /** Errors show after the first submit attempt, not while the person is still typing. */
  readonly showErrors: boolean;
  readonly status: CheckInFormStatus;
  /** The key result's value when the form opened, to explain a conflict. */
  readonly baseline: number | boolean | null;
  /** The value someone else recorded meanwhile (after a conflict). */
  readonly latest: number | boolean | null | undefined;
  /** Kept across retries of the same input, so a retried check-in is recorded once. */
  readonly idempotencyKey: string | undefined;
}

/** Everything that can happen to a check-in form. */
export type CheckInFormEvent =
  | { readonly type: 'value'; readonly value: string }
  | { readonly type: 'done'; readonly done: boolean }
  | { readonly type: 'milestone'; readonly index: number; readonly done: boolean }
  | { readonly type: 'confidence'; readonly confidence: ConfidenceBand | null }
  | { readonly type: 'note'; readonly note: string }
  /** The person submits; `idempotencyKey` is used unless a failed attempt of the same input left one. */
  | { readonly type: 'submit'; readonly idempotencyKey?: string | undefined }
  | { readonly type: 'succeeded'; readonly keyResult?: KeyResultData | undefined }
  | { readonly type: 'failed' }
  | { readonly type: 'conflict'; readonly keyResult?: KeyResultData | undefined }
  | { readonly type: 'reset'; readonly keyResult?: KeyResultData | undefined }
  /** The locale numbers are read in changed (the provider's, say); the input stays. */
  | { readonly type: 'locale'; readonly locale: string };

/** What a check-in records: the detail of `onCheckIn` and of the `gk-check-in` event. */
export interface CheckInDetail {
  readonly keyResultId: string;
  readonly objectiveId: string | undefined;
  /** A number for numeric types, `true`/`false` for `boolean`; absent for milestones. */
  readonly value?: number | boolean;
  /** For milestones: each milestone's done flag, in order. */
  readonly milestones?: readonly boolean[];
  readonly confidence?: number;
  readonly note?: string;
  /** The same key for retries of the same input. */
  readonly idempotencyKey?: string;
}

/** Why a field is invalid. */
export type CheckInFieldError = 'required' | 'not-a-number' | 'too-long';

const isNumeric = (kr: KeyResultData) => kr.type !== 'boolean' && kr.type !== 'milestones';

/** A fresh form for a key result: no new value yet, its done flags and the latest confidence. */
export function initCheckInForm(keyResult: KeyResultData, locale = 'en'): CheckInFormState {
  const confidence = keyResult.score.confidence;
  return {
    keyResult,
    locale,
    value: '',
    done: keyResult.current === true || keyResult.current === 1 || keyResult.done === true,
    milestones: (keyResult.milestones ?? []).map((m) => m.done),
    confidence: confidence === null ? null : confidenceBand(confidence),
    note: '',
    showErrors: false,
    status: 'idle',
    baseline: keyResult.current,
    latest: undefined,
    idempotencyKey: undefined,
  };
}

/** The errors of the current input, per field. */
export function validateCheckIn(state: CheckInFormState): { value?: CheckInFieldError; note?: CheckInFieldError } {
  const errors: { value?: CheckInFieldError; note?: CheckInFieldError } = {};
  if (isNumeric(state.keyResult)) {
    if (state.value.trim() === '') errors.value = 'required';
    else if (parseNumber(state.value, state.locale) === undefined) errors.value = 'not-a-number';
  }
  if (state.note.length > NOTE_MAX_LENGTH) errors.note = 'too-long';
  return errors;
}

/** The check-in the current input describes, or `undefined` while it is invalid. */
export function checkInDetail(state: CheckInFormState): CheckInDetail | undefined {
  const errors = validateCheckIn(state);
  if (errors.value || errors.note) return undefined;
  const kr = state.keyResult;
  const note = state.note.trim();
  return {
    keyResultId: kr.id,
    objectiveId: kr.objectiveId,
    ...(kr.type === 'boolean'
      ? { value: state.done }
      : kr.type === 'milestones'
        ? { milestones: state.milestones }
        : { value: parseNumber(state.value, state.locale) ?? 0 }),
    ...(state.confidence === null ? {} : { confidence: CONFIDENCE_VALUES[state.confidence] }),
    ...(note === '' ? {} : { note }),
    ...(state.idempotencyKey === undefined ? {} : { idempotencyKey: state.idempotencyKey }),
  };
}

function edited(state: CheckInFormState, patch: Partial<CheckInFormState>): CheckInFormState {
  // New input is a new check-in: it must not reuse the key of a failed attempt at the old one.
  const status = state.status === 'submitting' ? state.status : 'idle';
  return { ...state, ...patch, status, idempotencyKey: undefined };
}

/** The form's state machine: pure, so React's `useReducer` and a lit controller run the same logic. */
export function checkInFormReducer(state: CheckInFormState, event: CheckInFormEvent): CheckInFormState {
  switch (event.type) {
    case 'value':
      return edited(state, { value: event.value });
    case 'done':
      return edited(state, { done: event.done });
    case 'milestone':
      return edited(state, { milestones: state.milestones.map((d, i) => (i === event.index ? event.done : d)) });
    case 'confidence':
      return edited(state, { confidence: event.confidence });
    case 'note':
      return edited(state, { note: event.note });
    case 'submit': {
      if (state.status === 'submitting') return state;
      const errors = validateCheckIn(state);
      if (errors.value || errors.note) return { ...state, showErrors: true, status: 'idle' };
      return {
        ...state,
        showErrors: true,
        status: 'submitting',
        idempotencyKey: state.idempotencyKey ?? event.idempotencyKey,
      };
    }
    case 'succeeded': {
      const next = initCheckInForm(event.keyResult ?? state.keyResult, state.locale);
      return { ...next, confidence: state.confidence, status: 'succeeded' };
    }
    case 'failed':
      return state.status === 'submitting' ? { ...state, status: 'failed' } : state;
    case 'conflict': {
      const keyResult = event.keyResult ?? state.keyResult;
      return {
        ...state,
        keyResult,
        status: 'conflict',
        latest: event.keyResult ? event.keyResult.current : undefined,
        baseline: state.baseline,
        idempotencyKey: undefined,
      };
    }
    case 'reset':
      return initCheckInForm(event.keyResult ?? state.keyResult, state.locale);
    case 'locale':
      return state.locale === event.locale ? state : { ...state, locale: event.locale };
  }
}

/** One choice of the confidence radio group. */
export interface ConfidenceOptionView {
  readonly band: ConfidenceBand;
  readonly labelText: string;
  readonly checked: boolean;
  /** Holds the input and its label. */
  readonly choice: AttrBag;
  readonly input: AttrBag;
  readonly label: AttrBag;
}

/** One milestone checkbox. */
export interface MilestoneCheckboxView {
  readonly index: number;
  readonly labelText: string;
  readonly checked: boolean;
  /** Holds the input and its label. */
  readonly choice: AttrBag;
  readonly input: AttrBag;
  readonly label: AttrBag;
}

/** What the form renders, beyond its state. */
export interface CheckInFormInput {
  readonly state: CheckInFormState;
  /** A prefix for element ids, unique on the page (React's `useId()`). @default 'gk-check-in' */
  readonly idBase?: string | undefined;
}

/** The check-in form's view-model. */
export interface CheckInFormView {
  readonly kind: 'number' | 'boolean' | 'milestones';
  readonly headingText: string;
  readonly valueLabelText: string;
  readonly currentText: string | undefined;
  readonly valueErrorText: string | undefined;
  /** A warning (not an error) for a value outside the scale the key result implies, such as −5 on 0–100 %. */
  readonly valueWarningText: string | undefined;
  readonly noteErrorText: string | undefined;
  readonly doneLabelText: string;
  readonly milestonesLegendText: string;
  readonly confidenceLegendText: string;
  readonly noteLabelText: string;
  readonly submitText: string;
  /** The live message: "Saving check-in…", "Check-in saved.", the failure or the conflict. */
  readonly statusText: string | undefined;
  readonly retryText: string | undefined;
  readonly submitting: boolean;
  readonly detail: CheckInDetail | undefined;
  readonly confidenceOptions: readonly ConfidenceOptionView[];
  readonly milestoneCheckboxes: readonly MilestoneCheckboxView[];
  readonly root: AttrBag;
  readonly heading: AttrBag;
  /** Holds the value's label, input and messages. */
  readonly valueField: AttrBag;
  readonly valueLabel: AttrBag;
  readonly valueInput: AttrBag;
  readonly current: AttrBag;
  readonly valueError: AttrBag;
  readonly valueWarning: AttrBag;
  /** Holds the done checkbox and its label. */
  readonly doneChoice: AttrBag;
  readonly doneInput: AttrBag;
  readonly doneLabel: AttrBag;
  readonly milestoneGroup: AttrBag;
  readonly confidenceGroup: AttrBag;
  /** Holds the note's label, input and error. */
  readonly noteField: AttrBag;
  readonly noteLabel: AttrBag;
  readonly noteInput: AttrBag;
  readonly noteError: AttrBag;
  /** Holds Submit, the status line and Retry. */
  readonly footer: AttrBag;
  readonly submit: AttrBag;
  readonly status: AttrBag;
  readonly retry: AttrBag | undefined;
}

/** Compute the check-in form's anatomy from its state. */
export function connectCheckInForm(input: CheckInFormInput): CheckInFormView {
  const { state } = input;
  const { keyResult: kr, locale } = state;
  const messages = getMessages(locale);
  const checkInFormText = getCheckInFormMessages(locale);
  const keyResultText = getKeyResultMessages(locale);
  const t = checkInFormText;
  const id = input.idBase ?? 'gk-check-in';
  const kind = kr.type === 'boolean' ? 'boolean' : kr.type === 'milestones' ? 'milestones' : 'number';
  const errors = state.showErrors ? validateCheckIn(state) : {};
  const example = formatNumber(27.5, locale);
  const valueErrorText =
    errors.value === 'required'
      ? t.valueRequired
      : errors.value === 'not-a-number'
        ? t.valueNotNumber(example)
        : undefined;
  const noteErrorText = errors.note ? t.noteTooLong(formatNumber(NOTE_MAX_LENGTH, locale)) : undefined;
  const unitLabel = kr.unit ?? undefined;
  const format = (v: number | boolean | null | undefined) =>
    typeof v === 'number'
      ? formatMeasure(v, { unit: kr.unit, unitKind: kr.unitKind }, locale)
      : v === true
        ? keyResultText.done
        : v === false
          ? keyResultText.notDone
          : keyResultText.noValue;
  const currentText = kind === 'number' && typeof kr.current === 'number' ? t.current(format(kr.current)) : undefined;
  // A percentage lives on 0–100: a value outside it is most likely a typo (150 for 15), so say so, and save anyway.
  const typed = kind === 'number' && !valueErrorText ? parseNumber(state.value, locale) : undefined;
  const valueWarningText =
    typed !== undefined && kr.unit?.trim() === '%' && (typed < 0 || typed > 100)
      ? t.outsideScale({ value: format(typed), from: format(0), to: format(100) })
      : undefined;
  const statusText =
    state.status === 'submitting'
      ? t.submitting
      : state.status === 'succeeded'
        ? t.succeeded
        : state.status === 'failed'
          ? t.failed
          : state.status === 'conflict'
            ? state.latest !== undefined && state.latest !== state.baseline
              ? t.conflict({ was: format(state.baseline), now: format(state.latest) })
              : t.conflictGeneric
            : undefined;
  const alerting = state.status === 'failed' || state.status === 'conflict';
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  return {
    kind,
    headingText: t.heading(kr.title),
    valueLabelText: t.value(unitLabel),
    currentText,
    valueErrorText,
    valueWarningText,
    noteErrorText,
    doneLabelText: t.done,
    milestonesLegendText: t.milestones,
    confidenceLegendText: t.confidence,
    noteLabelText: t.note,
    submitText: t.submit,
    statusText,
    retryText: alerting ? t.retry : undefined,
    submitting: state.status === 'submitting',
    detail: checkInDetail(state),
    confidenceOptions: (['low', 'medium', 'high'] as const).map((band) => ({
      band,
      labelText: messages.confidence[band],
      checked: state.confidence === band,
      choice: part('check-in-form', 'choice'),
      input: part('check-in-form', 'confidence-option', {
        type: 'radio',
        id: `${id}-confidence-${band}`,
        name: `${id}-confidence`,
        value: band,
      }),
      label: part('check-in-form', 'confidence-label', { for: `${id}-confidence-${band}` }),
    })),
    milestoneCheckboxes: (kr.milestones ?? []).map((m, index) => ({
      index,
      labelText: m.title,
      checked: state.milestones[index] ?? false,
      choice: part('check-in-form', 'choice'),
      input: part('check-in-form', 'milestone', { type: 'checkbox', id: `${id}-milestone-${index}` }),
      label: part('check-in-form', 'milestone-label', { for: `${id}-milestone-${index}` }),
    })),
    root: part('check-in-form', 'root', {
      'data-status': state.status,
      'data-kind': kind,
      'aria-labelledby': `${id}-heading`,
      novalidate: true,
    }),
    heading: part('check-in-form', 'heading', { id: `${id}-heading` }),
    valueField: part('check-in-form', 'field'),
    valueLabel: part('check-in-form', 'value-label', { for: `${id}-value` }),
    valueInput: part('check-in-form', 'value', {
      id: `${id}-value`,
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-required': 'true',
      'aria-invalid': valueErrorText ? 'true' : undefined,
      'aria-describedby': describedBy(
        currentText && `${id}-current`,
        valueErrorText && `${id}-value-error`,
        valueWarningText && `${id}-value-warning`,
      ),
    }),
    current: part('check-in-form', 'current', { id: `${id}-current` }),
    valueError: part('check-in-form', 'error', { id: `${id}-value-error` }),
    valueWarning: part('check-in-form', 'warning', { id: `${id}-value-warning` }),
    doneChoice: part('check-in-form', 'choice'),
    doneInput: part('check-in-form', 'done', { type: 'checkbox', id: `${id}-done` }),
    doneLabel: part('check-in-form', 'done-label', { for: `${id}-done` }),
    milestoneGroup: part('check-in-form', 'milestones'),
    confidenceGroup: part('check-in-form', 'confidence'),
    noteField: part('check-in-form', 'field'),
    noteLabel: part('check-in-form', 'note-label', { for: `${id}-note` }),
    noteInput: part('check-in-form', 'note', {
      id: `${id}-note`,
      rows: 2,
      'aria-invalid': noteErrorText ? 'true' : undefined,
      'aria-describedby': noteErrorText ? `${id}-note-error` : undefined,
    }),
    noteError: part('check-in-form', 'error', { id: `${id}-note-error` }),
    footer: part('check-in-form', 'footer'),
    submit: part('check-in-form', 'submit', {
      type: 'submit',
      'aria-disabled': state.status === 'submitting' ? 'true' : undefined,
    }),
    status: part('check-in-form', 'status', {
      role: alerting ? 'alert' : 'status',
      'data-status': state.status,
    }),
    retry: alerting ? part('check-in-form', 'retry', { type: 'button' }) : undefined,
  };
}
