import type { ObjectiveState } from '../../i18n/messages.js';
import type { Status } from '../../scoring/types.js';
import { partSelector } from '../types.js';

/*
 * The data the review form shows. Structural: the client's `Review` and `ReviewCycle`
 * (`@goalkit/client/conversations`) satisfy them as they are, without core depending on the client.
 */

/** Who writes a review. */
export type ReviewFormKind = 'self' | 'manager' | 'peer' | 'upward';
/** Where a review is: written (`draft`), `submitted`, `shared` with the reviewee, `acknowledged` by them. */
export type ReviewFormStatus = 'draft' | 'submitted' | 'shared' | 'acknowledged';

/** One answer of a review. */
export interface ReviewAnswerData {
  readonly questionId: string;
  readonly rating?: number | null | undefined;
  readonly text?: string | null | undefined;
  readonly objectiveId?: string | null | undefined;
}

/** A goal of the reviewee as it stood at the cycle's snapshot, with its grade. */
export interface ReviewEvidenceObjectiveData {
  readonly id: string;
  readonly title: string;
  readonly state: ObjectiveState;
  readonly weight: number;
  readonly progress: number;
  readonly status: Status;
  /** The grade given at close (`final`), else the progress at the snapshot, graded. */
  readonly grade: { readonly score: number; readonly band: 'green' | 'yellow' | 'red'; readonly final: boolean };
  readonly keyResults: readonly {
    readonly id: string;
    readonly title: string;
    readonly progress: number;
    readonly status: Status;
  }[];
  /**
   * Why its progress is what it is at the snapshot: its roll-up's items depth first, as the API's evidence
   * gives them (`id` and `title` `null` for an aligned goal the viewer may not see). Without it the form
   * shows the grade and key results alone.
   */
  readonly explanation?: readonly EvidenceContributionData[] | undefined;
}

/** One item of an evidence objective's roll-up: a key result or an aligned objective and what it adds. */
export interface EvidenceContributionData {
  readonly kind: 'key-result' | 'objective';
  readonly id: string | null;
  readonly title: string | null;
  /** 0 for the objective's own items, 1 for an aligned objective's, and so on. */
  readonly depth: number;
  readonly progress: number;
  readonly weight: number;
  /** weight ÷ Σ counted weights at its level; 0 when not counted. */
  readonly share: number;
  /** share × progress. */
  readonly contribution: number;
  readonly counted: boolean;
}

/** The reviewee's goals at the snapshot and their weighted score. */
export interface ReviewEvidenceData {
  readonly snapshotAt: string;
  readonly objectives: readonly ReviewEvidenceObjectiveData[];
  readonly goalScore: number | null;
}

/** A review as the form reads it (`GET /reviews/{id}`). */
export interface ReviewFormReviewData {
  readonly id: string;
  readonly cycleId: string;
  readonly revieweeName: string;
  /** `null` on an anonymous step, to everyone but the reviewer. */
  readonly reviewerName: string | null;
  readonly kind: ReviewFormKind;
  readonly status: ReviewFormStatus;
  readonly answers: readonly ReviewAnswerData[];
  readonly submittedAt: string | null;
  readonly evidence?: ReviewEvidenceData | undefined;
  /** What the viewer may do now: `edit`, `submit`, `share`, `acknowledge`. */
  readonly allowedActions: readonly string[];
  readonly version: number;
}

/** A question of a review cycle. */
export interface ReviewQuestionData {
  readonly id: string;
  readonly text: string;
  readonly type: 'rating' | 'text';
  /** The kinds of review that ask it. */
  readonly kinds: readonly ReviewFormKind[];
  /** Ratings only. @default { min: 1, max: 5 } */
  readonly scale?: { readonly min: number; readonly max: number } | undefined;
  /** @default 'performance' */
  readonly measures?: 'performance' | 'potential' | undefined;
}

/** A review cycle as the form reads it (`GET /review-cycles/{id}`). */
export interface ReviewFormCycleData {
  readonly name: string;
  readonly steps: readonly {
    readonly kind: ReviewFormKind;
    readonly dueAt: string;
    readonly anonymous: boolean;
    readonly minResponses: number;
  }[];
  readonly questions: readonly ReviewQuestionData[];
}

/** The longest text answer the server takes. */
export const REVIEW_TEXT_MAX = 10_000;

/** One answer as the person is writing it. */
export interface ReviewDraftAnswer {
  readonly rating: number | null;
  readonly text: string;
}

/** Why a question's answer is not accepted: required and missing, too long, or the server's words. */
export type ReviewFieldError =
  | { readonly kind: 'required' }
  | { readonly kind: 'too-long' }
  | { readonly kind: 'server'; readonly message: string };

/** The review form's state: the review as the server last answered, and the answers being written. */
export interface ReviewFormState {
  /** The review as the server last had it; its `version` is what the next save is made against. */
  readonly review: ReviewFormReviewData;
  /** The questions this review answers (the cycle's for its kind), in order. */
  readonly questions: readonly ReviewQuestionData[];
  /** The answers as written, by question id. Never dropped on a failure or conflict. */
  readonly draft: Readonly<Record<string, ReviewDraftAnswer>>;
  /** The answers the server has, by question id: the draft differs from it when there are unsaved changes. */
  readonly saved: Readonly<Record<string, ReviewDraftAnswer>>;
  readonly busy: 'saving' | 'submitting' | 'acknowledging' | undefined;
  /** The confirmation step before submitting is open. */
  readonly confirming: boolean;
  /** A confirmed submit saves unsaved answers first, then submits. */
  readonly submitAfterSave: boolean;
  /** When the draft was last saved (ISO timestamp), for "Saved at 10:42". */
  readonly savedAt: string | undefined;
  readonly errors: Readonly<Record<string, ReviewFieldError>>;
  /** Required questions without an answer, listed after a refused submit. */
  readonly missing: readonly string[];
  readonly failure: 'save' | 'submit' | 'acknowledge' | 'invalid' | undefined;
  /** Someone saved meanwhile; `theirs` is their version when it could be fetched. */
  readonly conflict: { readonly theirs: ReviewFormReviewData | undefined } | undefined;
  /** A submit or acknowledgement just went through: the status says so (and takes the focus). */
  readonly done: boolean;
}

/** What the review form takes. */
export type ReviewFormEvent =
  | { readonly type: 'rating'; readonly questionId: string; readonly rating: number }
  | { readonly type: 'text'; readonly questionId: string; readonly text: string }
  | { readonly type: 'save' }
  | {
      readonly type: 'saved';
      /** The review as saved, when the host answers with it. */
      readonly review?: ReviewFormReviewData | undefined;
      /** The answers sent, which the server now has (when the host answers with nothing). */
      readonly answers?: readonly ReviewAnswerData[] | undefined;
      readonly at: string;
    }
  | { readonly type: 'save-failed'; readonly errors?: Readonly<Record<string, string>> | undefined }
  | { readonly type: 'conflict'; readonly theirs?: ReviewFormReviewData | undefined }
  /** After a conflict: save the person's answers over the other version. */
  | { readonly type: 'keep-mine' }
  /** After a conflict: drop the person's answers for the other version. */
  | { readonly type: 'use-theirs' }
  /** Submit: refused with the missing required answers listed, else the confirmation step opens. */
  | { readonly type: 'submit' }
  | { readonly type: 'cancel-submit' }
  | { readonly type: 'confirm-submit' }
  | { readonly type: 'submitted'; readonly review?: ReviewFormReviewData | undefined }
  | { readonly type: 'submit-failed' }
  | { readonly type: 'acknowledge' }
  | { readonly type: 'acknowledged'; readonly review?: ReviewFormReviewData | undefined }
  | { readonly type: 'acknowledge-failed' }
  /** Move focus to a question (a missing answer's link). */
  | { readonly type: 'focus-question'; readonly questionId: string }
  /** The host has another review, or a newer version of this one: unsaved answers of the same review are kept. */
  | {
      readonly type: 'open';
      readonly review: ReviewFormReviewData;
      readonly cycle?: ReviewFormCycleData | undefined;
    };

/** The questions a review of this kind answers. */
export function reviewQuestionsFor(
  cycle: Pick<ReviewFormCycleData, 'questions'>,
  kind: ReviewFormKind,
): readonly ReviewQuestionData[] {
  return cycle.questions.filter((q) => q.kinds.includes(kind));
}

/** A question's scale: its own, or 1 to 5. */
export const scaleOf = (q: ReviewQuestionData) => q.scale ?? { min: 1, max: 5 };

function answersOf(
  review: ReviewFormReviewData,
  questions: readonly ReviewQuestionData[],
): Record<string, ReviewDraftAnswer> {
  const out: Record<string, ReviewDraftAnswer> = {};
  for (const q of questions) {
    const answer = review.answers.find((a) => a.questionId === q.id);
    out[q.id] = { rating: answer?.rating ?? null, text: answer?.text ?? '' };
  }
  return out;
}

/** The form's first state for a review and its cycle. */
export function initReviewForm(review: ReviewFormReviewData, cycle: ReviewFormCycleData): ReviewFormState {
  const questions = reviewQuestionsFor(cycle, review.kind);
  const answers = answersOf(review, questions);
  return {
    review,
    questions,
    draft: answers,
    saved: answers,
    busy: undefined,
    confirming: false,
    submitAfterSave: false,
    savedAt: undefined,
    errors: {},
    missing: [],
    failure: undefined,
    conflict: undefined,
    done: false,
  };
}

/** A reply without the goal evidence (a save's, a transition's) keeps the evidence shown. */
const keepEvidence = (next: ReviewFormReviewData, previous: ReviewFormReviewData): ReviewFormReviewData =>
  next.evidence || !previous.evidence ? next : { ...next, evidence: previous.evidence };

const same = (a: ReviewDraftAnswer | undefined, b: ReviewDraftAnswer | undefined) =>
  (a?.rating ?? null) === (b?.rating ?? null) && (a?.text ?? '') === (b?.text ?? '');

/** Whether the answers differ from what the server has. */
export function reviewFormDirty(state: ReviewFormState): boolean {
  return state.questions.some((q) => !same(state.draft[q.id], state.saved[q.id]));
}

/** Whether the form takes answers: a draft the viewer may edit. */
export function reviewFormEditable(review: ReviewFormReviewData): boolean {
  return review.status === 'draft' && review.allowedActions.includes('edit');
}

/** The answers a save sends: every question of the form (empty ones as `null`), then the review's others. */
export function reviewFormAnswers(state: ReviewFormState): ReviewAnswerData[] {
  const asked = new Set(state.questions.map((q) => q.id));
  return [
    ...state.questions.map((q) => {
      const draft = state.draft[q.id];
      const kept = state.review.answers.find((a) => a.questionId === q.id);
      return {
        questionId: q.id,
        ...(q.type === 'rating' ? { rating: draft?.rating ?? null } : { text: draft?.text ? draft.text : null }),
        ...(kept?.objectiveId ? { objectiveId: kept.objectiveId } : {}),
      };
    }),
    ...state.review.answers.filter((a) => !asked.has(a.questionId)),
  ];
}

/** Answers that cannot be sent or submitted: over-long texts, and for a submit, required ratings left out. */
function check(state: ReviewFormState, submitting: boolean): Record<string, ReviewFieldError> {
  const errors: Record<string, ReviewFieldError> = {};
  for (const q of state.questions) {
    const draft = state.draft[q.id];
    if (q.type === 'text' && (draft?.text.length ?? 0) > REVIEW_TEXT_MAX) errors[q.id] = { kind: 'too-long' };
    if (submitting && q.type === 'rating' && (draft?.rating ?? null) === null) errors[q.id] = { kind: 'required' };
  }
  return errors;
}

const withoutError = (errors: Readonly<Record<string, ReviewFieldError>>, id: string) => {
  if (!(id in errors)) return errors;
  const { [id]: _gone, ...rest } = errors;
  return rest;
};

/**
 * The review form's state changes, pure. Answers change only by the person's hand: a failed save or submit,
 * a refusal and a conflict keep them; a conflict takes the other version's number, so "Save mine over theirs"
 * saves against it, and "Use theirs" takes its answers.
 */
export function reviewFormReducer(state: ReviewFormState, event: ReviewFormEvent): ReviewFormState {
  switch (event.type) {
    case 'rating':
    case 'text': {
      // Answers change while a draft is saving (what is typed meanwhile stays unsaved), not once it is submitted.
      if (!reviewFormEditable(state.review) || state.busy === 'submitting' || state.busy === 'acknowledging')
        return state;
      const old = state.draft[event.questionId] ?? { rating: null, text: '' };
      const answer = event.type === 'rating' ? { ...old, rating: event.rating } : { ...old, text: event.text };
      const draft = { ...state.draft, [event.questionId]: answer };
      const next = { ...state, draft, failure: state.failure === 'invalid' ? undefined : state.failure };
      const stillWrong = check(next, state.missing.length > 0)[event.questionId];
      const errors = stillWrong
        ? { ...state.errors, [event.questionId]: stillWrong }
        : withoutError(state.errors, event.questionId);
      const missing = state.missing.filter((id) => id !== event.questionId || answer.rating === null);
      return { ...next, errors, missing };
    }
    case 'save': {
      if (state.busy || !reviewFormEditable(state.review)) return state;
      const errors = check(state, false);
      if (Object.keys(errors).length > 0) return { ...state, errors, failure: 'invalid' };
      return { ...state, busy: 'saving', failure: undefined, conflict: undefined, confirming: false };
    }
    case 'saved': {
      const review = event.review
        ? keepEvidence(event.review, state.review)
        : { ...state.review, answers: event.answers ?? reviewFormAnswers(state) };
      const saved = answersOf(review, state.questions);
      return {
        ...state,
        review,
        saved,
        busy: state.submitAfterSave ? 'submitting' : undefined,
        savedAt: event.at,
        errors: {},
        failure: undefined,
      };
    }
    case 'save-failed': {
      const errors: Record<string, ReviewFieldError> = {};
      for (const [id, message] of Object.entries(event.errors ?? {})) errors[id] = { kind: 'server', message };
      const refused = Object.keys(errors).length > 0;
      return {
        ...state,
        busy: undefined,
        submitAfterSave: false,
        errors: refused ? errors : state.errors,
        failure: refused ? 'invalid' : state.submitAfterSave ? 'submit' : 'save',
      };
    }
    case 'conflict': {
      const theirs = event.theirs && keepEvidence(event.theirs, state.review);
      return {
        ...state,
        review: theirs ?? state.review,
        saved: theirs ? answersOf(theirs, state.questions) : state.saved,
        busy: undefined,
        submitAfterSave: false,
        conflict: { theirs },
        failure: undefined,
      };
    }
    case 'keep-mine':
      return reviewFormReducer({ ...state, conflict: undefined }, { type: 'save' });
    case 'use-theirs': {
      if (!state.conflict) return state;
      return { ...state, draft: state.saved, conflict: undefined, errors: {}, missing: [], failure: undefined };
    }
    case 'submit': {
      if (state.busy || !state.review.allowedActions.includes('submit') || state.review.status !== 'draft')
        return state;
      const errors = check(state, true);
      const missing = state.questions.filter((q) => errors[q.id]?.kind === 'required').map((q) => q.id);
      if (Object.keys(errors).length > 0) return { ...state, errors, missing, confirming: false, failure: 'invalid' };
      return { ...state, errors: {}, missing: [], confirming: true, failure: undefined };
    }
    case 'cancel-submit':
      return state.confirming ? { ...state, confirming: false } : state;
    case 'confirm-submit': {
      if (!state.confirming || state.busy) return state;
      const dirty = reviewFormDirty(state);
      return {
        ...state,
        confirming: false,
        busy: dirty ? 'saving' : 'submitting',
        submitAfterSave: dirty,
        failure: undefined,
        conflict: undefined,
      };
    }
    case 'submitted': {
      const review = event.review
        ? keepEvidence(event.review, state.review)
        : { ...state.review, status: 'submitted' as const, allowedActions: [] };
      const answers = answersOf(review, state.questions);
      return { ...state, review, draft: answers, saved: answers, busy: undefined, submitAfterSave: false, done: true };
    }
    case 'submit-failed':
      return { ...state, busy: undefined, submitAfterSave: false, failure: 'submit' };
    case 'acknowledge':
      if (state.busy || !state.review.allowedActions.includes('acknowledge')) return state;
      return { ...state, busy: 'acknowledging', failure: undefined };
    case 'acknowledged': {
      const review = event.review
        ? keepEvidence(event.review, state.review)
        : { ...state.review, status: 'acknowledged' as const, allowedActions: [] };
      return { ...state, review, busy: undefined, done: true };
    }
    case 'acknowledge-failed':
      return { ...state, busy: undefined, failure: 'acknowledge' };
    case 'focus-question':
      return state;
    case 'open': {
      const cycle = event.cycle ?? { questions: state.questions };
      const questions = event.cycle ? reviewQuestionsFor(event.cycle, event.review.kind) : state.questions;
      if (event.review.id !== state.review.id) return initReviewForm(event.review, { name: '', steps: [], ...cycle });
      if (event.review === state.review && questions === state.questions) return state;
      // A save or a submit under way decides with its own answer (a conflict's included).
      if (state.busy) return state;
      // The same review, newer: what the person wrote and has not saved stays (after a conflict, every answer
      // stays until they choose); the rest follows the server.
      const saved = answersOf(event.review, questions);
      const draft: Record<string, ReviewDraftAnswer> = {};
      for (const q of questions) {
        const written = state.draft[q.id];
        const keep = written && (state.conflict || !same(written, state.saved[q.id]));
        draft[q.id] = keep ? written : (saved[q.id] as ReviewDraftAnswer);
      }
      return { ...state, review: keepEvidence(event.review, state.review), questions, saved, draft };
    }
  }
}

/** The selector of a question's first control (its first radio, or its text box), for moving focus. */
export const reviewQuestionSelector = (questionId: string) =>
  `${partSelector('review-form', 'rating-input', { 'data-question': questionId })}, ${partSelector('review-form', 'text-input', { 'data-question': questionId })}`;

/** The selector of a part of the form, for moving focus (`submit`, `confirm`, `state`). */
export const reviewPartSelector = (name: string) => partSelector('review-form', name);

/**
 * The form's fields a refused save names (`problems` of the client's `ValidationError`, a 400 or 422):
 * `answers[i].rating` and `answers[i].text` land at the question of the `i`th answer sent, with the server's
 * words; `undefined` when the refusal names none of them.
 */
export function reviewProblemFields(
  error: unknown,
  sent: readonly ReviewAnswerData[],
): Readonly<Record<string, string>> | undefined {
  const problems = (error as { problems?: unknown } | null)?.problems;
  const fields: Record<string, string> = {};
  for (const problem of Array.isArray(problems) ? (problems as { path?: unknown; message?: unknown }[]) : []) {
    if (typeof problem.message !== 'string') continue;
    const at = /^answers\[(\d+)\]/.exec(String(problem.path))?.[1];
    const answer = at === undefined ? undefined : sent[Number(at)];
    if (answer) fields[answer.questionId] ??= problem.message;
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}
