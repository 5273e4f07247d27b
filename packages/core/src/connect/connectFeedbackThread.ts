import { getFeedbackMessages } from '../i18n/feedbackMessages.js';
import { formatDate, formatRelativeTime, parseDay } from '../i18n/format.js';
import { getMessages } from '../i18n/messages.js';
import { type AttrBag, part } from './types.js';
import type { CommentData } from './widgetData.js';

/** Where the composer is. */
export type FeedbackStatus = 'idle' | 'posting' | 'failed';

/** The composer's state. */
export interface FeedbackComposerState {
  readonly body: string;
  readonly kind: 'comment' | 'kudos';
  readonly status: FeedbackStatus;
  readonly showErrors: boolean;
  /** Kept across retries of the same text, so a retried post is recorded once. */
  readonly idempotencyKey: string | undefined;
}

/** Everything that can happen to the composer. */
export type FeedbackComposerEvent =
  | { readonly type: 'body'; readonly body: string }
  | { readonly type: 'kind'; readonly kind: 'comment' | 'kudos' }
  | { readonly type: 'post'; readonly idempotencyKey?: string | undefined }
  | { readonly type: 'posted' }
  | { readonly type: 'failed' };

/** What a post sends: the detail of `onComment` and of the `gk-comment` event. */
export interface FeedbackDetail {
  readonly objectiveId: string;
  readonly kind: 'comment' | 'kudos';
  /** Plain text, trimmed. */
  readonly body: string;
  readonly idempotencyKey?: string;
}

/** An empty composer. */
export const initFeedbackComposer = (): FeedbackComposerState => ({
  body: '',
  kind: 'comment',
  status: 'idle',
  showErrors: false,
  idempotencyKey: undefined,
});

/** The composer's state machine. */
export function feedbackComposerReducer(
  state: FeedbackComposerState,
  event: FeedbackComposerEvent,
): FeedbackComposerState {
  switch (event.type) {
    case 'body':
      return {
        ...state,
        body: event.body,
        idempotencyKey: undefined,
        status: state.status === 'posting' ? 'posting' : 'idle',
      };
    case 'kind':
      return { ...state, kind: event.kind, idempotencyKey: undefined };
    case 'post':
      if (state.status === 'posting') return state;
      if (state.body.trim() === '') return { ...state, showErrors: true };
      return {
        ...state,
        status: 'posting',
        showErrors: false,
        idempotencyKey: state.idempotencyKey ?? event.idempotencyKey,
      };
    case 'posted':
      return { ...initFeedbackComposer(), kind: state.kind };
    case 'failed':
      return { ...state, status: 'failed' };
  }
}

/** What the thread renders. */
export interface FeedbackThreadInput {
  readonly objectiveId: string;
  readonly comments: readonly CommentData[];
  readonly composer: FeedbackComposerState;
  /** Whether the composer shows (people who may not comment see the thread only). @default true */
  readonly canPost?: boolean | undefined;
  readonly now?: string | Date | undefined;
  /** A prefix for element ids. @default 'gk-feedback' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One comment or kudos. */
export interface FeedbackItemView {
  readonly id: string;
  readonly kind: 'comment' | 'kudos';
  /** "Ana" or "Kudos from Ana" */
  readonly bylineText: string;
  /** The body as plain text; render it as text, never as HTML. */
  readonly body: string;
  readonly timeText: string;
  /** The timestamp for a `<time datetime>`. */
  readonly dateTime: string;
  readonly dateTitle: string;
  readonly item: AttrBag;
  /** Holds `bylineText` and the time. */
  readonly byline: AttrBag;
  /** Holds `body`. */
  readonly text: AttrBag;
}

/** The thread's view-model. */
export interface FeedbackThreadView {
  readonly headingText: string;
  readonly emptyText: string;
  readonly items: readonly FeedbackItemView[];
  readonly canPost: boolean;
  readonly composeLabelText: string;
  readonly kindLegendText: string;
  readonly kindOptions: readonly {
    readonly kind: 'comment' | 'kudos';
    readonly labelText: string;
    readonly checked: boolean;
    readonly input: AttrBag;
    readonly label: AttrBag;
  }[];
  readonly postText: string;
  readonly statusText: string | undefined;
  readonly errorText: string | undefined;
  readonly retryText: string | undefined;
  readonly detail: FeedbackDetail | undefined;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly list: AttrBag;
  /** The paragraph shown instead of the list when there is no feedback yet. */
  readonly empty: AttrBag;
  readonly composer: AttrBag;
  readonly bodyLabel: AttrBag;
  readonly bodyInput: AttrBag;
  readonly error: AttrBag;
  readonly kindGroup: AttrBag;
  /** Holds Post, the status line and Retry. */
  readonly footer: AttrBag;
  readonly post: AttrBag;
  readonly status: AttrBag;
  /** Posts again after a failure; shown with `retryText`. */
  readonly retry: AttrBag;
}

/** Compute the feedback thread: comments and kudos oldest first, and the composer. */
export function connectFeedbackThread(input: FeedbackThreadInput): FeedbackThreadView {
  const locale = input.locale ?? 'en';
  const messages = getMessages(locale);
  const feedbackText = getFeedbackMessages(locale);
  const t = feedbackText;
  const id = input.idBase ?? 'gk-feedback';
  const now = input.now ?? new Date();
  const { composer } = input;
  const items = [...input.comments]
    .sort((a, b) => parseDay(a.createdAt).getTime() - parseDay(b.createdAt).getTime())
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      bylineText: c.kind === 'kudos' ? t.kudosFrom(c.authorName) : t.commentFrom(c.authorName),
      body: c.body,
      timeText: formatRelativeTime(c.createdAt, now, locale),
      dateTime: c.createdAt,
      dateTitle: formatDate(c.createdAt, locale),
      item: part('feedback-thread', 'item', { 'data-kind': c.kind }),
      byline: part('feedback-thread', 'byline'),
      text: part('feedback-thread', 'text'),
    }));
  const errorText = composer.showErrors && composer.body.trim() === '' ? t.bodyRequired : undefined;
  const body = composer.body.trim();
  return {
    headingText: t.heading,
    emptyText: t.empty,
    items,
    canPost: input.canPost ?? true,
    composeLabelText: t.compose,
    kindLegendText: t.kind,
    kindOptions: (['comment', 'kudos'] as const).map((kind) => ({
      kind,
      labelText: kind === 'kudos' ? t.kudos : t.comment,
      checked: composer.kind === kind,
      input: part('feedback-thread', 'kind-option', {
        type: 'radio',
        id: `${id}-kind-${kind}`,
        name: `${id}-kind`,
        value: kind,
      }),
      label: part('feedback-thread', 'kind-label', { for: `${id}-kind-${kind}` }),
    })),
    postText: t.post,
    statusText: composer.status === 'posting' ? t.posting : composer.status === 'failed' ? t.failed : undefined,
    errorText,
    retryText: composer.status === 'failed' ? messages.common.retry : undefined,
    detail:
      body === ''
        ? undefined
        : {
            objectiveId: input.objectiveId,
            kind: composer.kind,
            body,
            ...(composer.idempotencyKey === undefined ? {} : { idempotencyKey: composer.idempotencyKey }),
          },
    root: part('feedback-thread', 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part('feedback-thread', 'heading', { id: `${id}-heading` }),
    list: part('feedback-thread', 'list'),
    empty: part('feedback-thread', 'empty'),
    composer: part('feedback-thread', 'composer', { 'data-status': composer.status, novalidate: true }),
    bodyLabel: part('feedback-thread', 'body-label', { for: `${id}-body` }),
    bodyInput: part('feedback-thread', 'body', {
      id: `${id}-body`,
      rows: 3,
      maxlength: 5000,
      'aria-invalid': errorText ? 'true' : undefined,
      'aria-describedby': errorText ? `${id}-error` : undefined,
    }),
    error: part('feedback-thread', 'error', { id: `${id}-error` }),
    kindGroup: part('feedback-thread', 'kind'),
    footer: part('feedback-thread', 'footer'),
    post: part('feedback-thread', 'post', {
      type: 'submit',
      'aria-disabled': composer.status === 'posting' ? 'true' : undefined,
    }),
    status: part('feedback-thread', 'status', { role: composer.status === 'failed' ? 'alert' : 'status' }),
    retry: part('feedback-thread', 'retry', { type: 'button' }),
  };
}
