import { type AssistReasonName, getAssistMessages } from '../i18n/assistMessages.js';
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
  /** "Summarise": asking, the summary, a refusal or a failure; absent when none was asked for. */
  readonly summary?: FeedbackSummaryState | undefined;
}

/** A summary of the feedback, each sentence with the ids of the comments it rests on. */
export interface FeedbackSummary {
  readonly sentences: readonly { readonly text: string; readonly cites: readonly string[] }[];
}

/**
 * What the host answers for "Summarise": the summary, or a refusal with its reason (the shape of
 * `POST /assist/summarise-feedback`'s reply and of core's `assist()` result, so either can be returned as it is).
 */
export type FeedbackSummaryAnswer =
  | { readonly ok: true; readonly value: FeedbackSummary }
  | { readonly ok: false; readonly reason: string; readonly message?: string | undefined };

/** The summary being asked for, shown, refused or failed (the request itself). */
export type FeedbackSummaryState =
  | { readonly status: 'loading' }
  | { readonly status: 'shown'; readonly summary: FeedbackSummary }
  | { readonly status: 'refused'; readonly reason: string }
  | { readonly status: 'failed' };

/** No summary from fewer entries than this (core's `MIN_SUMMARY_ENTRIES`): refused without asking. */
export const MIN_FEEDBACK_FOR_SUMMARY = 2;

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
      return { ...initFeedbackComposer(), kind: state.kind, ...(state.summary ? { summary: state.summary } : {}) };
    case 'failed':
      return { ...state, status: 'failed' };
  }
}

/** The comment a summary cites, as a focus target: `[data-comment-id="…"]` in the thread. */
export const commentSelector = (commentId: string) => `[data-comment-id="${commentId.replace(/["\\]/g, '\\$&')}"]`;

function connectFeedbackSummary(
  summary: FeedbackSummaryState | undefined,
  order: ReadonlyMap<string, number>,
  id: string,
  locale: string,
): FeedbackSummaryView {
  const t = getAssistMessages(locale);
  const loading = summary?.status === 'loading';
  const headingId = `${id}-summary-heading`;
  return {
    root: part('feedback-thread', 'summary'),
    buttonText: t.summarise,
    button: part('feedback-thread', 'summarise', {
      type: 'button',
      'aria-disabled': loading ? 'true' : undefined,
      'aria-busy': loading ? 'true' : undefined,
    }),
    statusText:
      summary?.status === 'loading'
        ? t.summarising
        : summary?.status === 'refused'
          ? (t.reasons[summary.reason as AssistReasonName] ?? t.failed)
          : summary?.status === 'failed'
            ? t.failed
            : undefined,
    status: part('feedback-thread', 'summary-status', {
      role: 'status',
      'data-state': summary?.status === 'refused' || summary?.status === 'failed' ? 'error' : undefined,
    }),
    result:
      summary?.status === 'shown'
        ? {
            panel: part('feedback-thread', 'summary-result', { role: 'region', 'aria-labelledby': headingId }),
            // Focus goes to the heading when the summary arrives.
            heading: part('feedback-thread', 'summary-heading', { id: headingId, tabindex: -1 }),
            headingText: t.summaryHeading,
            labelText: t.aiLabel,
            sentences: summary.summary.sentences.map((sentence) => ({
              text: sentence.text,
              citations: sentence.cites.map((cited) => {
                const n = (order.get(cited) ?? 0) + 1;
                return {
                  id: cited,
                  text: `[${n}]`,
                  button: part('feedback-thread', 'citation', {
                    type: 'button',
                    'aria-label': t.citation(n),
                    'data-cites': cited,
                  }),
                };
              }),
            })),
            dismissText: t.dismiss,
            dismiss: part('feedback-thread', 'summary-dismiss', { type: 'button' }),
          }
        : undefined,
  };
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
  /** Offer "Summarise" (the host can answer it: a provider is configured). @default false */
  readonly summarise?: boolean | undefined;
}

/** One citation of a summary sentence: a button that moves focus to the comment cited. */
export interface FeedbackCitationView {
  /** The comment's id. */
  readonly id: string;
  /** "[2]": the comment's position in the thread. */
  readonly text: string;
  /** The button (`aria-label` "Comment 2"). */
  readonly button: AttrBag;
}

/** "Summarise", its status, and the summary when there is one. */
export interface FeedbackSummaryView {
  /** Holds the button, the status and the summary. */
  readonly root: AttrBag;
  readonly buttonText: string;
  /** `aria-busy` while it asks (a second press is ignored). */
  readonly button: AttrBag;
  /** A polite live region: asking, the refusal in words, or that the request failed. */
  readonly statusText: string | undefined;
  readonly status: AttrBag;
  readonly result:
    | {
        /** A region named by its heading. */
        readonly panel: AttrBag;
        readonly heading: AttrBag;
        readonly headingText: string;
        /** "Suggested by AI". */
        readonly labelText: string;
        readonly sentences: readonly {
          readonly text: string;
          readonly citations: readonly FeedbackCitationView[];
        }[];
        readonly dismissText: string;
        readonly dismiss: AttrBag;
      }
    | undefined;
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
  /** "Summarise", when the input offers it (`summarise: true`); `undefined` otherwise. */
  readonly summary: FeedbackSummaryView | undefined;
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
      // With a summary offered, each comment is a focus target for the summary's citations.
      item: part('feedback-thread', 'item', {
        'data-kind': c.kind,
        ...(input.summarise ? { 'data-comment-id': c.id, tabindex: -1 } : {}),
      }),
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
    summary: input.summarise
      ? connectFeedbackSummary(composer.summary, new Map(items.map((item, i) => [item.id, i])), id, locale)
      : undefined,
  };
}
