'use client';
import {
  type CommentData,
  connectFeedbackThread,
  createFeedbackThreadController,
  type FeedbackDetail,
  type FeedbackSummaryAnswer,
  type FeedbackSummaryView,
} from '@goalkit/core/connect';
import { type FormEvent, useEffect, useId, useRef } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useComment, useComments } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView } from '../internal/LoadStateView.js';
import { useAssist } from '../internal/useAssist.js';
import { useController } from '../internal/useController.js';

interface FeedbackThreadCommon {
  readonly objectiveId: string;
  /** Show the composer. @default true */
  readonly canPost?: boolean | undefined;
  /** The moment "2 days ago" is measured from. @default now */
  readonly now?: string | Date | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the comments, and what to do with a new one. */
export interface FeedbackThreadDataProps extends FeedbackThreadCommon {
  readonly comments: readonly CommentData[];
  /** Called with the post (the `gk-comment` detail). Return a promise to show posting and failures. */
  readonly onComment?: ((detail: FeedbackDetail) => unknown) | undefined;
  /**
   * "Summarise": called with the objective's id; answer the summary (each sentence citing comment ids) or a
   * refusal (`POST /assist/summarise-feedback`'s reply, or core's `assist()` result). Shown only when given.
   */
  readonly onAssist?: ((objectiveId: string) => FeedbackSummaryAnswer | Promise<FeedbackSummaryAnswer>) | undefined;
}

/** Connected mode: comments load from the provider's client and update live; posts are idempotent. */
export interface FeedbackThreadConnectedProps extends FeedbackThreadCommon {
  /** Told after the server recorded the post. */
  readonly onComment?: ((detail: FeedbackDetail) => void) | undefined;
}

/** Props of {@link FeedbackThread}. */
export type FeedbackThreadProps = FeedbackThreadDataProps | FeedbackThreadConnectedProps;

/** Posts; a promise shows "Posting…" until it settles, a rejection the failure with a retry. */
type Post = (detail: FeedbackDetail) => unknown;
type Summarise = (objectiveId: string) => FeedbackSummaryAnswer | Promise<FeedbackSummaryAnswer>;

/** "Summarise", its status, and the summary with a citation button per comment cited (all words from core). */
function Summary({
  summary,
  send,
  entries,
}: {
  summary: FeedbackSummaryView;
  send: ReturnType<typeof createFeedbackThreadController>['send'];
  entries: number;
}) {
  const { result } = summary;
  return (
    <div {...attrs(summary.root)}>
      <button {...attrs(summary.button)} onClick={() => send({ type: 'summarise', entries })}>
        {summary.buttonText}
      </button>
      <p {...attrs(summary.status)}>{summary.statusText}</p>
      {result && (
        <div {...attrs(result.panel)}>
          <h4 {...attrs(result.heading)}>{result.headingText}</h4>
          <p>{result.labelText}</p>
          <ul>
            {result.sentences.map((sentence, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the summary's sentences, in its order, never edited.
              <li key={i}>
                {sentence.text}{' '}
                {sentence.citations.map((citation) => (
                  <button
                    key={citation.id}
                    {...attrs(citation.button)}
                    onClick={() => send({ type: 'cite', commentId: citation.id })}
                  >
                    {citation.text}
                  </button>
                ))}
              </li>
            ))}
          </ul>
          <button {...attrs(result.dismiss)} onClick={() => send({ type: 'summary-dismiss' })}>
            {result.dismissText}
          </button>
        </div>
      )}
    </div>
  );
}

function FeedbackThreadBody(
  props: FeedbackThreadCommon & { comments: readonly CommentData[]; post: Post; summarise?: Summarise | undefined },
) {
  const locale = useLocale(props.locale);
  // The controller reads the latest props when it posts; it is made once for the mounted thread.
  const latest = useRef(props);
  latest.current = props;
  const body = useRef<HTMLTextAreaElement>(null);
  const root = useRef<HTMLElement>(null);
  // Focus moves once the change it follows is on screen (the summary's heading when it arrives).
  const pendingFocus = useRef<string>(undefined);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = undefined;
    root.current?.querySelector<HTMLElement>(target)?.focus();
  });
  const [composer, send] = useController(() =>
    createFeedbackThreadController({
      objectiveId: () => latest.current.objectiveId,
      post: (detail) => latest.current.post(detail),
      focus: () => body.current?.focus(),
      summarise: (objectiveId) =>
        latest.current.summarise?.(objectiveId) ?? Promise.reject(new Error('goalkit: no summary offered')),
      focusSelector: (selector) => {
        // A citation's comment is on screen already: focus it now. Anything else once it is rendered.
        const target = root.current?.querySelector<HTMLElement>(selector);
        if (target) target.focus();
        else pendingFocus.current = selector;
      },
    }),
  );
  const view = connectFeedbackThread({
    ...props,
    composer,
    locale,
    idBase: useId(),
    summarise: props.summarise !== undefined,
  });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    send({ type: 'submit' });
  };
  return (
    <section {...attrs(view.root)} ref={root} className={props.className}>
      <h3 {...attrs(view.heading)}>{view.headingText}</h3>
      {view.summary && <Summary summary={view.summary} send={send} entries={view.items.length} />}
      {view.items.length === 0 ? (
        <p {...attrs(view.empty)}>{view.emptyText}</p>
      ) : (
        <ul {...attrs(view.list)}>
          {view.items.map((item) => (
            <li key={item.id} {...attrs(item.item)}>
              <span {...attrs(item.byline)}>
                <span>{item.bylineText}</span>
                <time dateTime={item.dateTime} title={item.dateTitle}>
                  {item.timeText}
                </time>
              </span>
              <p {...attrs(item.text)}>{item.body}</p>
            </li>
          ))}
        </ul>
      )}
      {view.canPost && (
        <form {...attrs(view.composer)} onSubmit={submit}>
          <fieldset {...attrs(view.kindGroup)}>
            <legend>{view.kindLegendText}</legend>
            {view.kindOptions.map((option) => (
              <span key={option.kind}>
                <input
                  {...attrs(option.input)}
                  checked={option.checked}
                  onChange={() => send({ type: 'kind', kind: option.kind })}
                />
                <label {...attrs(option.label)} htmlFor={option.label.for as string}>
                  {option.labelText}
                </label>
              </span>
            ))}
          </fieldset>
          <label {...attrs(view.bodyLabel)} htmlFor={view.bodyLabel.for as string}>
            {view.composeLabelText}
          </label>
          <textarea
            {...attrs(view.bodyInput)}
            ref={body}
            value={composer.body}
            onChange={(e) => send({ type: 'body', body: e.target.value })}
          />
          {view.errorText && <p {...attrs(view.error)}>{view.errorText}</p>}
          <div {...attrs(view.footer)}>
            <button {...attrs(view.post)}>{view.postText}</button>
            <p {...attrs(view.status)}>{view.statusText}</p>
            {view.retryText && (
              <button {...attrs(view.retry)} onClick={() => submit()}>
                {view.retryText}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function DataFeedbackThread({ onComment, onAssist, ...rest }: FeedbackThreadDataProps) {
  return <FeedbackThreadBody {...rest} post={(detail) => onComment?.(detail)} summarise={onAssist} />;
}

function ConnectedFeedbackThread({ onComment, ...rest }: FeedbackThreadConnectedProps) {
  const locale = useLocale(rest.locale);
  const comments = useComments(rest.objectiveId);
  const mutation = useComment();
  const ai = useAssist();
  if (!comments.data) {
    return (
      <LoadStateView
        scope="feedback-thread"
        state={comments.isError ? 'error' : 'loading'}
        locale={locale}
        className={rest.className}
        error={comments.error}
        onRetry={() => void comments.refetch()}
      />
    );
  }
  const post: Post = (detail) =>
    mutation
      .mutateAsync({
        objectiveId: detail.objectiveId,
        body: { kind: detail.kind, body: detail.body },
        ...(detail.idempotencyKey ? { idempotencyKey: detail.idempotencyKey } : {}),
      })
      .then(() => onComment?.(detail));
  const summarise: Summarise | undefined = ai.tasks.includes('summarise-feedback')
    ? (objectiveId) => ai.api().then((api) => api.summariseFeedback({ kind: 'objective', id: objectiveId }))
    : undefined;
  return <FeedbackThreadBody {...rest} comments={comments.data.items} post={post} summarise={summarise} />;
}

/**
 * Comments and kudos on an objective, oldest first, as plain text; a composer that posts
 * idempotently (a retry is recorded once). In connected mode new posts arrive live.
 */
export function FeedbackThread(props: FeedbackThreadProps) {
  return 'comments' in props ? <DataFeedbackThread {...props} /> : <ConnectedFeedbackThread {...props} />;
}
