import {
  type FeedbackComposerEvent,
  type FeedbackComposerState,
  type FeedbackDetail,
  feedbackComposerReducer,
  initFeedbackComposer,
} from './connectFeedbackThread.js';
import { type ControllerTransition, createController, settleEffect, type WidgetController } from './controller.js';

/** What the feedback thread's controller takes: the composer's events, and `submit` (the Post button, Retry). */
export type FeedbackThreadEvent = FeedbackComposerEvent | { readonly type: 'submit' };

/** What a transition asks the adapter to do. */
export type FeedbackThreadEffect =
  | { readonly type: 'post'; readonly detail: FeedbackDetail }
  /**
   * Move focus to a part: to the text box when it needs text before a post, and after a post (the Retry
   * button someone may have pressed is gone then; the text box is ready for the next one).
   */
  | { readonly type: 'focus'; readonly part: 'body' };

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
      settleEffect(
        () => options.post(effect.detail),
        () => send({ type: 'posted' }),
        () => send({ type: 'failed' }),
      );
    },
  });
}
