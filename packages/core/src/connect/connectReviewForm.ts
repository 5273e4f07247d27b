import { cached, formatDate, formatNumber } from '../i18n/format.js';
import { formatPercent, getMessages } from '../i18n/messages.js';
import { getReviewFormMessages } from '../i18n/reviewFormMessages.js';
import { grade } from '../scoring/grade.js';
import type { ProgressInput } from './connectProgress.js';
import {
  REVIEW_TEXT_MAX,
  type ReviewFormCycleData,
  type ReviewFormEvent,
  type ReviewFormState,
  type ReviewQuestionData,
  reviewFormDirty,
  reviewFormEditable,
  scaleOf,
} from './reviewForm/reviewFormReducer.js';
import { type AttrBag, part } from './types.js';

export {
  initReviewForm,
  REVIEW_TEXT_MAX,
  type ReviewAnswerData,
  type ReviewDraftAnswer,
  type ReviewEvidenceData,
  type ReviewEvidenceObjectiveData,
  type ReviewFieldError,
  type ReviewFormCycleData,
  type ReviewFormEvent,
  type ReviewFormKind,
  type ReviewFormReviewData,
  type ReviewFormState,
  type ReviewFormStatus,
  type ReviewQuestionData,
  reviewFormAnswers,
  reviewFormDirty,
  reviewFormEditable,
  reviewFormReducer,
  reviewPartSelector,
  reviewProblemFields,
  reviewQuestionSelector,
  reviewQuestionsFor,
  scaleOf,
} from './reviewForm/reviewFormReducer.js';

/** One choice of a rating question: a radio button and its label. */
export interface ReviewRatingOptionView {
  readonly value: number;
  /** "1 — far below expectations" at the ends, the number between. */
  readonly labelText: string;
  readonly checked: boolean;
  readonly input: AttrBag;
  readonly label: AttrBag;
}

/** One question: a fieldset with its legend, and a rating's radio group or a text box. */
export interface ReviewQuestionView {
  readonly id: string;
  readonly type: 'rating' | 'text';
  readonly legendText: string;
  /** "(required)", for ratings; `undefined` for optional questions. */
  readonly requiredText: string | undefined;
  readonly fieldset: AttrBag;
  readonly legend: AttrBag;
  readonly requiredMark: AttrBag;
  /** Ratings: the scale's choices. */
  readonly options: readonly ReviewRatingOptionView[];
  readonly optionList: AttrBag;
  /** Text: the text box (its value is `value`). */
  readonly textInput: AttrBag;
  readonly value: string;
  readonly countText: string;
  readonly count: AttrBag;
  readonly errorText: string | undefined;
  readonly error: AttrBag;
  /** Read-only: the answer in words. */
  readonly answerText: string;
  readonly answer: AttrBag;
}

/** One objective of the goal evidence. */
export interface ReviewEvidenceObjectiveView {
  readonly id: string;
  readonly titleText: string;
  readonly metaText: string;
  readonly gradeText: string;
  readonly gradeKindText: string;
  readonly item: AttrBag;
  readonly title: AttrBag;
  readonly meta: AttrBag;
  readonly grade: AttrBag;
  readonly progress: ProgressInput;
  readonly keyResultList: AttrBag;
  readonly keyResults: readonly {
    readonly id: string;
    readonly titleText: string;
    readonly item: AttrBag;
    readonly title: AttrBag;
    readonly progress: ProgressInput;
  }[];
  /** Why its progress is what it is (a disclosure of lines), when the evidence explains it. */
  readonly explanation:
    | {
        readonly summaryText: string;
        /** A `<details>` element: open and closed by the browser, by keyboard as by pointer. */
        readonly details: AttrBag;
        readonly summary: AttrBag;
        readonly list: AttrBag;
        readonly lines: readonly { readonly key: string; readonly text: string; readonly item: AttrBag }[];
      }
    | undefined;
}

/** The review form's view-model. */
export interface ReviewFormView {
  readonly editable: boolean;
  readonly dirty: boolean;
  readonly headingText: string;
  readonly bylineText: string;
  readonly dueText: string | undefined;
  readonly statusText: string;
  readonly anonymousText: string | undefined;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly header: AttrBag;
  readonly byline: AttrBag;
  readonly badge: AttrBag;
  readonly anonymous: AttrBag;
  readonly evidence:
    | {
        readonly headingText: string;
        readonly emptyText: string | undefined;
        readonly goalScoreText: string;
        readonly section: AttrBag;
        readonly heading: AttrBag;
        readonly list: AttrBag;
        readonly empty: AttrBag;
        readonly goalScore: AttrBag;
        readonly objectives: readonly ReviewEvidenceObjectiveView[];
      }
    | undefined;
  readonly questionsHeadingText: string;
  readonly questionsSection: AttrBag;
  readonly questionsHeading: AttrBag;
  readonly form: AttrBag;
  /** No question of the cycle applies to this kind of review. */
  readonly emptyText: string | undefined;
  readonly empty: AttrBag;
  readonly questions: readonly ReviewQuestionView[];
  /** The required questions left out, after a refused submit (buttons that move focus to each). */
  readonly missing:
    | {
        readonly headingText: string;
        readonly panel: AttrBag;
        readonly items: readonly { readonly questionId: string; readonly text: string; readonly link: AttrBag }[];
        readonly list: AttrBag;
      }
    | undefined;
  readonly footer: AttrBag;
  readonly saveText: string;
  readonly save: AttrBag | undefined;
  readonly unsavedText: string | undefined;
  readonly unsaved: AttrBag;
  readonly submitText: string;
  readonly submit: AttrBag | undefined;
  /** "Saved at 10:42", "Saving…", "Submitted on …": a polite live region. */
  readonly stateText: string;
  readonly state: AttrBag;
  readonly failureText: string | undefined;
  readonly failure: AttrBag;
  /** Try the failed save, submit or acknowledgement again. */
  readonly retryText: string | undefined;
  readonly retry: AttrBag;
  readonly retryEvent: ReviewFormEvent | undefined;
  readonly conflict:
    | {
        readonly text: string;
        readonly keepMineText: string;
        readonly useTheirsText: string;
        readonly panel: AttrBag;
        readonly keepMine: AttrBag;
        readonly useTheirs: AttrBag;
      }
    | undefined;
  readonly confirm:
    | {
        readonly headingText: string;
        readonly text: string;
        readonly confirmText: string;
        readonly cancelText: string;
        readonly panel: AttrBag;
        readonly heading: AttrBag;
        readonly body: AttrBag;
        readonly confirm: AttrBag;
        readonly cancel: AttrBag;
      }
    | undefined;
  readonly acknowledge:
    | {
        readonly text: string;
        readonly buttonText: string;
        readonly panel: AttrBag;
        readonly body: AttrBag;
        readonly button: AttrBag;
      }
    | undefined;
}

/** What the review form renders. */
export interface ReviewFormInput {
  readonly state: ReviewFormState;
  readonly cycle: Pick<ReviewFormCycleData, 'name' | 'steps'>;
  /** A prefix for element ids, unique on the page. @default 'gk-review-form' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
  /** The time zone "Saved at 10:42" is told in. @default the runtime's */
  readonly timeZone?: string | undefined;
}

const S = 'review-form';

function formatTime(at: string, locale: string, timeZone: string | undefined): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return cached(
    `t|${locale}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }),
  ).format(date);
}

/** Grades and scores as the OKR scale writes them: "0.7", "0,7". */
const score = (value: number, locale: string) => formatNumber(Math.round(value * 100) / 100, locale);

/**
 * The review form's anatomy: the header (who, the cycle, when due, the status, an anonymous step's notice), the
 * goal evidence as of the snapshot (each objective's grade in words and band, final or as of the snapshot, its
 * key results' meters, the goal score in words), the questions (each a fieldset with its legend; a rating a
 * radio group with labelled ends, required ones marked in words; a text a text box with its character count),
 * the missing answers after a refused submit, and the actions (save draft, submit with a confirmation step,
 * acknowledge) with their polite status and failures.
 */
export function connectReviewForm(input: ReviewFormInput): ReviewFormView {
  const locale = input.locale ?? 'en';
  const m = getReviewFormMessages(locale);
  const common = getMessages(locale);
  const base = input.idBase ?? 'gk-review-form';
  const { state } = input;
  const { review } = state;
  const editable = reviewFormEditable(review);
  // Once a submit is under way the answers are final: the controls stay, read-only.
  const frozen = state.busy === 'submitting' || state.busy === 'acknowledging';
  const dirty = reviewFormDirty(state);
  const step = input.cycle.steps.find((s) => s.kind === review.kind);
  const headingId = `${base}-heading`;
  const num = (n: number) => formatNumber(n, locale);
  const pct = (n: number) => formatPercent(n, locale);

  const questions = state.questions.map((q, index): ReviewQuestionView => {
    const id = `${base}-q${index}`;
    const draft = state.draft[q.id] ?? { rating: null, text: '' };
    const error = state.errors[q.id];
    const scale = scaleOf(q);
    const errorText =
      error?.kind === 'required'
        ? m.chooseRating
        : error?.kind === 'too-long'
          ? m.tooLong(num(REVIEW_TEXT_MAX))
          : error?.message;
    const errorId = `${id}-error`;
    const countId = `${id}-count`;
    // Required in words while it can be answered; a read-only answer needs no mark.
    const required = q.type === 'rating' && editable;
    const words = m.scaleWords[q.measures ?? 'performance'];
    const options: ReviewRatingOptionView[] = [];
    if (q.type === 'rating') {
      for (let value = scale.min; value <= scale.max; value++) {
        const optionId = `${id}-r${value}`;
        options.push({
          value,
          labelText:
            value === scale.min
              ? m.scaleEnd(num(value), words.low)
              : value === scale.max
                ? m.scaleEnd(num(value), words.high)
                : num(value),
          checked: draft.rating === value,
          input: part(S, 'rating-input', {
            type: 'radio',
            id: optionId,
            name: `${id}-rating`,
            value: String(value),
            'data-question': q.id,
            disabled: frozen ? true : undefined,
            'aria-invalid': error ? 'true' : undefined,
          }),
          label: part(S, 'rating-label', {
            for: optionId,
            'data-end': value === scale.min || value === scale.max ? 'true' : undefined,
          }),
        });
      }
    }
    const answerText =
      q.type === 'rating'
        ? draft.rating === null
          ? m.notAnswered
          : m.ratingGiven(num(draft.rating), num(scale.min), num(scale.max))
        : draft.text || m.notAnswered;
    return {
      id: q.id,
      type: q.type,
      legendText: q.text,
      requiredText: required ? m.required : undefined,
      fieldset: part(S, 'question', {
        'data-type': q.type,
        'data-question': q.id,
        'data-invalid': error ? 'true' : undefined,
        role: q.type === 'rating' && editable ? 'radiogroup' : undefined,
        'aria-required': q.type === 'rating' && editable ? 'true' : undefined,
        'aria-labelledby': `${id}-legend`,
        'aria-describedby': error ? errorId : undefined,
      }),
      legend: part(S, 'legend', { id: `${id}-legend` }),
      requiredMark: part(S, 'required'),
      options,
      optionList: part(S, 'scale'),
      textInput: part(S, 'text-input', {
        id: `${id}-text`,
        'data-question': q.id,
        rows: 5,
        readonly: frozen ? true : undefined,
        'aria-labelledby': `${id}-legend`,
        'aria-describedby': [countId, error ? errorId : undefined].filter(Boolean).join(' '),
        'aria-invalid': error ? 'true' : undefined,
      }),
      value: draft.text,
      countText: m.characters(num(draft.text.length), num(REVIEW_TEXT_MAX)),
      count: part(S, 'count', { id: countId, 'data-over': draft.text.length > REVIEW_TEXT_MAX ? 'true' : undefined }),
      errorText,
      error: part(S, 'error', { id: errorId }),
      answerText,
      answer: part(S, 'answer', { 'data-answered': answerText === m.notAnswered ? 'false' : 'true' }),
    };
  });

  const evidenceData = review.evidence;
  const evidence = evidenceData && {
    headingText: m.evidenceHeading(formatDate(evidenceData.snapshotAt, locale)),
    emptyText: evidenceData.objectives.length === 0 ? m.evidenceEmpty : undefined,
    goalScoreText:
      evidenceData.goalScore === null
        ? m.noGoalScore
        : m.goalScore(score(evidenceData.goalScore, locale), m.band[bandOf(evidenceData.goalScore)]),
    section: part(S, 'evidence', { 'aria-labelledby': `${base}-evidence` }),
    heading: part(S, 'evidence-heading', { id: `${base}-evidence` }),
    list: part(S, 'objectives'),
    empty: part(S, 'evidence-empty'),
    goalScore: part(S, 'goal-score', {
      'data-band': evidenceData.goalScore === null ? undefined : bandOf(evidenceData.goalScore),
    }),
    objectives: evidenceData.objectives.map(
      (o, index): ReviewEvidenceObjectiveView => ({
        id: o.id,
        titleText: o.title,
        metaText: `${common.state[o.state] ?? o.state} · ${m.weight(num(o.weight))}`,
        gradeText: m.grade(score(o.grade.score, locale), m.band[o.grade.band]),
        gradeKindText: o.grade.final ? m.gradeFinal : m.gradeAsOf,
        item: part(S, 'objective', { 'aria-labelledby': `${base}-o${index}` }),
        title: part(S, 'objective-title', { id: `${base}-o${index}` }),
        meta: part(S, 'objective-meta'),
        grade: part(S, 'grade', { 'data-band': o.grade.band, 'data-final': o.grade.final ? 'true' : 'false' }),
        progress: { progress: o.progress, status: o.status, label: m.objectiveProgress(o.title), locale },
        keyResultList: part(S, 'key-results', { 'aria-label': m.keyResultsOf(o.title) }),
        keyResults: o.keyResults.map((kr) => ({
          id: kr.id,
          titleText: kr.title,
          item: part(S, 'key-result'),
          title: part(S, 'key-result-title'),
          progress: { progress: kr.progress, status: kr.status, label: kr.title, locale },
        })),
        explanation: o.explanation?.length
          ? {
              summaryText: m.explainProgress(pct(o.progress)),
              details: part(S, 'explanation'),
              // Named by its text, described by the objective's title: "Why 88%, Make the platform self-serve".
              summary: part(S, 'explanation-summary', { 'aria-describedby': `${base}-o${index}` }),
              list: part(S, 'explanation-lines'),
              lines: o.explanation.map((line, i) => {
                const title = line.title ?? m.hiddenGoal;
                return {
                  key: `${i}:${line.kind}:${line.id ?? 'hidden'}`,
                  text: line.counted
                    ? m.contribution({
                        title,
                        progress: pct(line.progress),
                        share: pct(line.share),
                        contribution: pct(line.contribution),
                      })
                    : m.notCounted({ title, progress: pct(line.progress) }),
                  item: part(S, 'explanation-line', {
                    'data-depth': line.depth,
                    'data-counted': line.counted ? undefined : 'false',
                    'data-hidden': line.title === null ? 'true' : undefined,
                    style: { '--gk-depth': String(line.depth) },
                  }),
                };
              }),
            }
          : undefined,
      }),
    ),
  };

  const submittedDay = review.submittedAt ? formatDate(review.submittedAt, locale) : null;
  const statusText =
    review.status === 'submitted' ? m.status.submitted(submittedDay) : (m.status[review.status] as string);
  const stateText =
    state.busy === 'saving'
      ? m.saving
      : state.busy === 'submitting'
        ? m.submitting
        : state.busy === 'acknowledging'
          ? m.acknowledging
          : review.status !== 'draft'
            ? state.done
              ? statusText
              : ''
            : state.savedAt
              ? m.savedAt(formatTime(state.savedAt, locale, input.timeZone))
              : '';
  const failureText =
    state.failure === 'save'
      ? m.saveFailed
      : state.failure === 'submit'
        ? m.submitFailed
        : state.failure === 'acknowledge'
          ? m.acknowledgeFailed
          : state.failure === 'invalid' && state.missing.length === 0
            ? m.invalid
            : undefined;
  const retryEvent: ReviewFormEvent | undefined =
    state.failure === 'save'
      ? { type: 'save' }
      : state.failure === 'submit'
        ? { type: 'submit' }
        : state.failure === 'acknowledge'
          ? { type: 'acknowledge' }
          : undefined;
  const canSubmit = editable && review.allowedActions.includes('submit');
  const canAcknowledge = review.allowedActions.includes('acknowledge') && review.status === 'shared';
  const missingQuestions = state.missing
    .map((id) => state.questions.find((q) => q.id === id))
    .filter((q): q is ReviewQuestionData => q !== undefined);

  return {
    editable,
    dirty,
    headingText: m.heading(review.kind, review.revieweeName),
    bylineText: m.byline(input.cycle.name, review.kind === 'self' ? null : review.reviewerName),
    dueText: step && review.status === 'draft' ? m.due(formatDate(step.dueAt, locale)) : undefined,
    statusText,
    anonymousText:
      step?.anonymous && review.kind !== 'self' ? m.anonymous(review.revieweeName, step.minResponses) : undefined,
    root: part(S, 'root', {
      'aria-labelledby': headingId,
      'data-status': review.status,
      'data-busy': state.busy,
      'aria-busy': state.busy ? 'true' : undefined,
    }),
    heading: part(S, 'heading', { id: headingId }),
    header: part(S, 'header'),
    byline: part(S, 'byline'),
    badge: part(S, 'badge', { 'data-status': review.status }),
    anonymous: part(S, 'anonymous', { role: 'note' }),
    evidence,
    questionsHeadingText: m.questionsHeading,
    questionsSection: part(S, 'questions', { 'aria-labelledby': `${base}-questions` }),
    questionsHeading: part(S, 'questions-heading', { id: `${base}-questions` }),
    form: part(S, 'form', { novalidate: true, 'aria-labelledby': `${base}-questions` }),
    emptyText: state.questions.length === 0 ? m.empty(review.kind) : undefined,
    empty: part(S, 'empty'),
    questions,
    missing:
      missingQuestions.length > 0
        ? {
            headingText: m.missingHeading(missingQuestions.length),
            panel: part(S, 'missing', { role: 'alert' }),
            list: part(S, 'missing-list'),
            items: missingQuestions.map((q) => ({
              questionId: q.id,
              text: q.text,
              link: part(S, 'missing-link', { type: 'button', 'data-question': q.id }),
            })),
          }
        : undefined,
    footer: part(S, 'footer'),
    saveText: m.saveDraft,
    save: reviewFormEditable(review)
      ? part(S, 'save', { type: 'button', 'aria-disabled': state.busy ? 'true' : undefined })
      : undefined,
    unsavedText: dirty && reviewFormEditable(review) ? m.unsaved : undefined,
    unsaved: part(S, 'unsaved'),
    submitText: m.submit,
    submit:
      reviewFormEditable(review) && review.allowedActions.includes('submit')
        ? part(S, 'submit', {
            type: 'button',
            'aria-disabled': state.busy ? 'true' : undefined,
            'aria-expanded': state.confirming ? 'true' : 'false',
          })
        : undefined,
    stateText,
    state: part(S, 'state', { role: 'status', tabindex: -1 }),
    failureText,
    failure: part(S, 'failure', { role: 'alert' }),
    retryText: retryEvent ? m.retry : undefined,
    retry: part(S, 'retry', { type: 'button' }),
    retryEvent,
    conflict: state.conflict && {
      text: m.conflict,
      keepMineText: m.keepMine,
      useTheirsText: m.useTheirs,
      panel: part(S, 'conflict', { role: 'alert' }),
      keepMine: part(S, 'keep-mine', { type: 'button' }),
      useTheirs: part(S, 'use-theirs', { type: 'button' }),
    },
    confirm:
      state.confirming && canSubmit
        ? {
            headingText: m.confirmHeading,
            text: m.confirmText(review.revieweeName),
            confirmText: m.confirmSubmit,
            cancelText: m.cancel,
            panel: part(S, 'confirm', {
              role: 'group',
              'aria-labelledby': `${base}-confirm`,
              'aria-describedby': `${base}-confirm-text`,
            }),
            heading: part(S, 'confirm-heading', { id: `${base}-confirm` }),
            body: part(S, 'confirm-text', { id: `${base}-confirm-text` }),
            confirm: part(S, 'confirm-submit', { type: 'button' }),
            cancel: part(S, 'cancel', { type: 'button' }),
          }
        : undefined,
    acknowledge:
      canAcknowledge || state.busy === 'acknowledging'
        ? {
            text: m.acknowledgeText,
            buttonText: m.acknowledge,
            panel: part(S, 'acknowledge-panel'),
            body: part(S, 'acknowledge-text'),
            button: part(S, 'acknowledge', {
              type: 'button',
              'aria-disabled': state.busy ? 'true' : undefined,
            }),
          }
        : undefined,
  };
}

/** The band of a score, as grades are banded (from the score rounded to 0.1). */
const bandOf = (value: number) => grade(value).band;
