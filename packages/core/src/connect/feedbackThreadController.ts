import {
  commentSelector,
  type FeedbackComposerEvent,
  type FeedbackComposerState,
  type FeedbackDetail,
  type FeedbackSummaryAnswer,
  feedbackComposerReducer,
  initFeedbackComposer,
  MIN_FEEDBACK_FOR_SUMMARY,
} from './connectFeedbackThread.js';
import { type ControllerTransition, createController, settleEffect, type WidgetController } from './controller.js';

/** What the feedback thread's controller takes: the composer's events, and `submit` (the Post button, Retry). */
export type FeedbackThreadEvent =
  | FeedbackComposerEvent
  | { readonly type: 'submit' }
  /** "Summarise" the thread's `entries` comments (fewer than 2 are refused without asking); ignored while asking. */
  | { readonly type: 'summarise'; readonly entries: number }
  /** The host's answer: the summary, or a refusal with its reason. */
  | { readonly type: 'summarised'; readonly answer: FeedbackSummaryAnswer }
  /** The request failed (the network, the server). */
  | { readonly type: 'summary-failed' }
  /** Close the summary (focus goes back to "Summarise"). */
  | { readonly type: 'summary-dismiss' }
  /** A citation was pressed: focus the comment it cites. */
  | { readonly type: 'cite'; readonly commentId: string };

/** What a transition asks the adapter to do. */
export type FeedbackThreadEffect =
  | { readonly type: 'post'; readonly detail: FeedbackDetail }
  /** Ask the host for a summary of the objective's feedback. */
  | { readonly type: 'summarise'; readonly objectiveId: string }
  /**
   * Move focus to a part: to the text box when it needs text before a post, and after a post (the Retry
   * button someone may have pressed is gone then; the text box is ready for the next one).
   */
  | { readonly type: 'focus'; readonly part: 'body' }
  /** Move focus to the element this selector finds in the thread (a cited comment, "Summarise", the summary). */
  | { readonly type: 'focus-selector'; readonly selector: string };

const SUMMARISE_BUTTON = '[data-scope="feedback-thread"][data-part="summarise"]';
const SUMMARY_HEADING = '[data-scope="feedback-thread"][data-part="summary-heading"]';

/**
 * "Summarise": asking (refused at once under 2 comments), the answer (only while asking), closing it, and a
 * citation moving focus to its comment. Focus goes to the summary's heading when it arrives (made focusable
 * by the adapter), back to "Summarise" when it is closed.
 */
function summaryTransition(
  state: FeedbackComposerState,
  event: Extract<
    FeedbackThreadEvent,
    { type: 'summarise' | 'summarised' | 'summary-failed' | 'summary-dismiss' | 'cite' }
  >,
  objectiveId: string,
): ControllerTransition<FeedbackComposerState, FeedbackThreadEffect> {
  switch (event.type) {
    case 'summarise':
      if (state.summary?.status === 'loading') return { state };
      if (event.entries < MIN_FEEDBACK_FOR_SUMMARY)
        return { state: { ...state, summary: { status: 'refused', reason: 'too-few-entries' } } };
      return { state: { ...state, summary: { status: 'loading' } }, effects: [{ type: 'summarise', objectiveId }] };
    case 'summarised':
      if (state.summary?.status !== 'loading') return { state };
      return event.answer.ok
        ? {
            state: { ...state, summary: { status: 'shown', summary: event.answer.value } },
            effects: [{ type: 'focus-selector', selector: SUMMARY_HEADING }],
          }
        : { state: { ...state, summary: { status: 'refused', reason: event.answer.reason } } };
    case 'summary-failed':
      return state.summary?.status === 'loading' ? { state: { ...state, summary: { status: 'failed' } } } : { state };
    case 'summary-dismiss':
      return {
        state: { ...state, summary: undefined },
        effects: [{ type: 'focus-selector', selector: SUMMARISE_BUTTON }],
      };
    case 'cite':
      return { state, effects: [{ type: 'focus-selector', selector: commentSelector(event.commentId) }] };
  }
}

/**
 * The feedback thread's behaviour, pure: `submit` posts the trimmed text under one idempotency key (kept
 * across retries of the same text, so a retried post is recorded once), once at a time; an empty text shows
 * its error and takes the focus instead; after a post the composer empties (keeping comment or kudos) and
 * takes the focus.
 */
export function feedbackThreadTransition(
  state: FeedbackComposerState,
  event: FeedbackThreadEvent,
  context: { readonly objectiveId: string; readonly newKey: () => string },
): ControllerTransition<FeedbackComposerState, FeedbackThreadEffect> {
  if (
    event.type === 'summarise' ||
    event.type === 'summarised' ||
    event.type === 'summary-failed' ||
    event.type === 'summary-dismiss' ||
    event.type === 'cite'
  )
    return summaryTransition(state, event, context.objectiveId);
  if (event.type === 'submit') {
    if (state.status === 'posting') return { state };
    const next = feedbackComposerReducer(state, {
      type: 'post',
      idempotencyKey: state.idempotencyKey ?? context.newKey(),
    });
    if (next.status !== 'posting') return { state: next, effects: [{ type: 'focus', part: 'body' }] };
    const detail: FeedbackDetail = {
      objectiveId: context.objectiveId,
      kind: next.kind,
      body: next.body.trim(),
      ...(next.idempotencyKey === undefined ? {} : { idempotencyKey: next.idempotencyKey }),
    };
    return { state: next, effects: [{ type: 'post', detail }] };
  }
  const next = feedbackComposerReducer(state, event);
  return event.type === 'posted' ? { state: next, effects: [{ type: 'focus', part: 'body' }] } : { state: next };
}

/** How the adapter carries out the controller's effects. */
export interface FeedbackThreadControllerOptions {
  /** The objective the posts go to (read at each post, so a host may change it). */
  readonly objectiveId: () => string;
  /** Posts; a promise shows "Posting…" until it settles, and a rejection shows the failure with a retry. */
  readonly post: (detail: FeedbackDetail) => unknown;
  /** Moves focus to a part of the widget. */
  readonly focus?: ((part: 'body') => void) | undefined;
  /** Moves focus to the element the selector finds in the thread, once the change is on screen. */
  readonly focusSelector?: ((selector: string) => void) | undefined;
  /**
   * "Summarise": asks for a summary of the objective's feedback (`POST /assist/summarise-feedback`, or core's
   * `assist()` with a provider). Answer the result as it comes (a refusal is an answer); a rejection shows that
   * the request failed. Without it the thread offers no summary.
   */
  readonly summarise?: ((objectiveId: string) => FeedbackSummaryAnswer | Promise<FeedbackSummaryAnswer>) | undefined;
  /** A new idempotency key. @default crypto.randomUUID */
  readonly newKey?: (() => string) | undefined;
}

/** The feedback thread's controller: one for each mounted thread. */
export function createFeedbackThreadController(
  options: FeedbackThreadControllerOptions,
): WidgetController<FeedbackComposerState, FeedbackThreadEvent> {
  const newKey = options.newKey ?? (() => globalThis.crypto.randomUUID());
  return createController<FeedbackComposerState, FeedbackThreadEvent, FeedbackThreadEffect>({
    initial: initFeedbackComposer(),
    transition: (state, event) =>
      feedbackThreadTransition(state, event, { objectiveId: options.objectiveId(), newKey }),
    run(effect, send) {
      if (effect.type === 'focus') {
        options.focus?.(effect.part);
        return;
      }
      if (effect.type === 'focus-selector') {
        options.focusSelector?.(effect.selector);
        return;
      }
      if (effect.type === 'summarise') {
        const { objectiveId } = effect;
        settleEffect(
          () => {
            if (!options.summarise) throw new Error('goalkit: no summary offered');
            return options.summarise(objectiveId);
          },
          (answer) => send({ type: 'summarised', answer }),
          () => send({ type: 'summary-failed' }),
        );
        return;
      }
      settleEffect(
        () => options.post(effect.detail),
        () => send({ type: 'posted' }),
        () => send({ type: 'failed' }),
      );
    },
  });
}
