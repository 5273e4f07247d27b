import {
  initReviewForm,
  type ReviewAnswerData,
  type ReviewFormCycleData,
  type ReviewFormEvent,
  type ReviewFormReviewData,
  type ReviewFormState,
  reviewFormAnswers,
  reviewFormReducer,
  reviewPartSelector,
  reviewProblemFields,
  reviewQuestionSelector,
} from './connectReviewForm.js';
import {
  type ControllerTransition,
  createController,
  isConflictError,
  settleEffect,
  type WidgetController,
} from './controller.js';

/** What the review form asks the host to save: the answers, against the version the person wrote from. */
export interface ReviewSaveDetail {
  readonly reviewId: string;
  /** The review's version the answers were written against (`If-Match`). */
  readonly version: number;
  readonly answers: readonly ReviewAnswerData[];
}

/** A review's transition the form asks for: `submit` (the reviewer) or `acknowledge` (the reviewee). */
export interface ReviewTransitionDetail {
  readonly reviewId: string;
  readonly action: 'submit' | 'acknowledge';
}

/** What the review form's controller takes: the form's events, and a save's refusal. */
export type ReviewFormControllerEvent =
  | ReviewFormEvent
  /**
   * The save was refused: a conflict (409, 412) fetches the server's version and keeps the answers, anything
   * else shows the failure, and the answers the server refused (`errors`, from a 422) show it at the question.
   */
  | {
      readonly type: 'save-rejected';
      readonly conflict: boolean;
      readonly errors?: Readonly<Record<string, string>> | undefined;
    };

/** What a transition asks the adapter to do. */
export type ReviewFormEffect =
  | { readonly type: 'save'; readonly detail: ReviewSaveDetail }
  | { readonly type: 'transition'; readonly detail: ReviewTransitionDetail }
  /** After a conflict: fetch the review as the server has it now. */
  | { readonly type: 'fetch-theirs' }
  /** Move focus to the element this selector finds in the form, once the change is on screen. */
  | { readonly type: 'focus'; readonly selector: string };

const saveDetail = (state: ReviewFormState): ReviewSaveDetail => ({
  reviewId: state.review.id,
  version: state.review.version,
  answers: reviewFormAnswers(state),
});

/**
 * The review form's behaviour, pure: a save sends the answers once at a time; a submit refused for missing
 * required answers lists them and moves focus to the first, else opens the confirmation step (focus on its
 * Submit button; Cancel gives it back to "Submit review…"); a confirmed submit saves unsaved answers first and
 * then submits; a refused save shows the server's words at the questions (focus on the first) or, on a
 * conflict, fetches the server's version while the answers stay; after a submit or an acknowledgement focus
 * goes to the status that says so (the buttons are gone).
 */
export function reviewFormTransition(
  state: ReviewFormState,
  event: ReviewFormControllerEvent,
): ControllerTransition<ReviewFormState, ReviewFormEffect> {
  if (event.type === 'save-rejected') {
    if (event.conflict) return { state, effects: [{ type: 'fetch-theirs' }] };
    const next = reviewFormReducer(state, { type: 'save-failed', errors: event.errors });
    const first = next.questions.find((q) => next.errors[q.id]);
    return {
      state: next,
      effects: event.errors && first ? [{ type: 'focus', selector: reviewQuestionSelector(first.id) }] : [],
    };
  }
  if (event.type === 'focus-question')
    return { state, effects: [{ type: 'focus', selector: reviewQuestionSelector(event.questionId) }] };
  const before = state;
  const after = reviewFormReducer(before, event);
  const effects: ReviewFormEffect[] = [];
  const focus = (selector: string) => effects.push({ type: 'focus', selector });
  if (after.busy === 'saving' && before.busy !== 'saving') effects.push({ type: 'save', detail: saveDetail(after) });
  if (after.busy === 'submitting' && before.busy !== 'submitting')
    effects.push({ type: 'transition', detail: { reviewId: after.review.id, action: 'submit' } });
  if (after.busy === 'acknowledging' && before.busy !== 'acknowledging')
    effects.push({ type: 'transition', detail: { reviewId: after.review.id, action: 'acknowledge' } });
  if ((event.type === 'submit' || event.type === 'save') && after.failure === 'invalid') {
    const first = after.questions.find((q) => after.errors[q.id]);
    if (first) focus(reviewQuestionSelector(first.id));
  }
  if (event.type === 'submit' && after.confirming) focus(reviewPartSelector('confirm-submit'));
  if (event.type === 'cancel-submit' && before.confirming) focus(reviewPartSelector('submit'));
  if ((event.type === 'submitted' || event.type === 'acknowledged') && before.busy) focus(reviewPartSelector('state'));
  // The conflict's buttons are gone after either choice: focus goes to Save draft (the answers saving over
  // theirs), or back to the first question (theirs taken).
  if (event.type === 'keep-mine' && before.conflict) focus(reviewPartSelector('save'));
  if (event.type === 'use-theirs' && before.conflict && after.questions[0])
    focus(reviewQuestionSelector(after.questions[0].id));
  return { state: after, effects };
}

/** A host handler's answer: nothing, or the review as the server has it now, now or as a promise. */
export type ReviewFormAnswer = ReviewFormReviewData | undefined | Promise<ReviewFormReviewData | undefined>;

/** How the adapter carries out the controller's effects. */
export interface ReviewFormControllerOptions {
  readonly review: ReviewFormReviewData;
  readonly cycle: ReviewFormCycleData;
  /**
   * Saves the answers as a draft. A promise shows "Saving…" until it settles and may resolve with the review as
   * saved; a rejection shows the failure with the answers kept, the server's refusal at the questions (an
   * error with `problems` at `answers[i].rating` or `answers[i].text`), or, for a conflict (an error whose
   * `status` is 409 or 412), the choice between the person's answers and the server's version (`latest`).
   */
  readonly save: (detail: ReviewSaveDetail) => ReviewFormAnswer;
  /** Submits or acknowledges; may resolve with the review after it. */
  readonly transition: (detail: ReviewTransitionDetail) => ReviewFormAnswer;
  /** The review as the server has it now, after a conflict. */
  readonly latest?: (() => Promise<ReviewFormReviewData | undefined>) | undefined;
  /** Moves focus to the element the selector finds in the form. */
  readonly focus?: ((selector: string) => void) | undefined;
  /** The time a save is recorded at ("Saved at 10:42"). @default now */
  readonly now?: (() => Date) | undefined;
}

/** The review form's controller: one for each mounted form (`open` for another review or a newer version). */
export function createReviewFormController(
  options: ReviewFormControllerOptions,
): WidgetController<ReviewFormState, ReviewFormControllerEvent> {
  const now = options.now ?? (() => new Date());
  return createController<ReviewFormState, ReviewFormControllerEvent, ReviewFormEffect>({
    initial: initReviewForm(options.review, options.cycle),
    transition: reviewFormTransition,
    run(effect, send) {
      switch (effect.type) {
        case 'focus':
          options.focus?.(effect.selector);
          return;
        case 'save':
          settleEffect(
            () => options.save(effect.detail),
            (review) => send({ type: 'saved', review, answers: effect.detail.answers, at: now().toISOString() }),
            (error) =>
              send({
                type: 'save-rejected',
                conflict: isConflictError(error),
                errors: reviewProblemFields(error, effect.detail.answers),
              }),
          );
          return;
        case 'fetch-theirs':
          (options.latest?.() ?? Promise.resolve(undefined)).then(
            (theirs) => send({ type: 'conflict', theirs }),
            () => send({ type: 'conflict' }),
          );
          return;
        case 'transition': {
          const { action } = effect.detail;
          settleEffect(
            () => options.transition(effect.detail),
            (review) => send(action === 'submit' ? { type: 'submitted', review } : { type: 'acknowledged', review }),
            () => send({ type: action === 'submit' ? 'submit-failed' : 'acknowledge-failed' }),
          );
        }
      }
    },
  });
}
