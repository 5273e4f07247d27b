'use client';
import {
  type CommentData,
  connectFeedbackThread,
  createFeedbackThreadController,
  type FeedbackDetail,
} from '@goalkit/core/connect';
import { type FormEvent, useId, useRef } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useComment, useComments } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView } from '../internal/LoadStateView.js';
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

function FeedbackThreadBody(props: FeedbackThreadCommon & { comments: readonly CommentData[]; post: Post }) {
  const locale = useLocale(props.locale);
  // The controller reads the latest props when it posts; it is made once for the mounted thread.
  const latest = useRef(props);
  latest.current = props;
  const body = useRef<HTMLTextAreaElement>(null);
  const [composer, send] = useController(() =>
    createFeedbackThreadController({
      objectiveId: () => latest.current.objectiveId,
      post: (detail) => latest.current.post(detail),
      focus: () => body.current?.focus(),
    }),
  );
  const view = connectFeedbackThread({ ...props, composer, locale, idBase: useId() });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    send({ type: 'submit' });
  };
  return (
    <section {...attrs(view.root)} className={props.className}>
      <h3 {...attrs(view.heading)}>{view.headingText}</h3>
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

function DataFeedbackThread({ onComment, ...rest }: FeedbackThreadDataProps) {
  return <FeedbackThreadBody {...rest} post={(detail) => onComment?.(detail)} />;
}

function ConnectedFeedbackThread({ onComment, ...rest }: FeedbackThreadConnectedProps) {
  const locale = useLocale(rest.locale);
  const comments = useComments(rest.objectiveId);
  const mutation = useComment();
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
  return <FeedbackThreadBody {...rest} comments={comments.data.items} post={post} />;
}

/**
 * Comments and kudos on an objective, oldest first, as plain text; a composer that posts
 * idempotently (a retry is recorded once). In connected mode new posts arrive live.
 */
export function FeedbackThread(props: FeedbackThreadProps) {
  return 'comments' in props ? <DataFeedbackThread {...props} /> : <ConnectedFeedbackThread {...props} />;
}
