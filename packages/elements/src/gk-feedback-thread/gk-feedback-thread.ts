import type { Comment } from '@goalkit/client';
import {
  type CommentData,
  connectFeedbackThread,
  createFeedbackThreadController,
  type FeedbackDetail,
  type FeedbackSummaryAnswer,
  type FeedbackSummaryView,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkCommentEvent, settle } from '../events.js';
import { assistApi, assistTasksQuery } from '../internal/assist.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { randomId } from '../internal/random-id.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { feedbackThreadStyles } from './gk-feedback-thread.styles.js';

/**
 * @tag gk-feedback-thread
 * @summary Comments and kudos on an objective, oldest first, as plain text, with a composer that posts idempotently; in connected mode new posts arrive live.
 *
 * Presentational: set `objective-id` and `comments`, and listen to `gk-comment` (`event.waitUntil(promise)`
 * shows posting and failures). Connected: set `objective-id` inside a `<gk-provider>` (with `live` for updates).
 *
 * @csspart root - The thread.
 * @csspart heading - "Feedback".
 * @csspart list - The comments.
 * @csspart item - One comment or kudos (`data-kind`).
 * @csspart byline - Author and time.
 * @csspart text - The comment's text.
 * @csspart empty - "No comments or kudos yet."
 * @csspart composer - The form for a new post.
 * @csspart kind - Comment or kudos radio group.
 * @csspart kind-option - One radio.
 * @csspart kind-label - Its label.
 * @csspart body-label - Label of the text box.
 * @csspart body - The text box.
 * @csspart error - "Write something first."
 * @csspart footer - Post button and status.
 * @csspart post - The post button.
 * @csspart status - Posting or failed.
 * @csspart retry - Retry a failed post, or a failed load.
 * @csspart summary - "Summarise", its status and the summary (when a summary is offered).
 * @csspart summarise - "Summarise".
 * @csspart summary-status - Summarising, the refusal in words, or that the request failed (a polite live region).
 * @csspart summary-result - The summary, marked as suggested by AI.
 * @csspart summary-heading - "Summary".
 * @csspart citation - A sentence's citation: moves focus to the comment it cites.
 * @csspart summary-dismiss - Closes the summary.
 * @csspart state-message - The loading or error message.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (post button, kudos).
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkCommentEvent} gk-comment - Presentational: the post to record. Connected: the server recorded it.
 * @event {GkErrorEvent} gk-error - Connected mode: loading or posting failed.
 */
export class GkFeedbackThread extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, feedbackThreadStyles];

  static override properties = {
    objectiveId: { attribute: 'objective-id' },
    comments: { attribute: false },
    readOnly: { attribute: 'read-only', type: Boolean },
    now: { attribute: false },
    assist: { attribute: false },
  };

  /** The objective the feedback is about (both modes). */
  declare objectiveId: string | undefined;
  /** Presentational mode: the comments and kudos. */
  declare comments: readonly CommentData[] | undefined;
  /** Hide the composer (people who may not comment see the thread only). @default false */
  declare readOnly: boolean;
  /** The moment "2 days ago" is measured from. @default now */
  declare now: string | Date | undefined;
  /**
   * Presentational mode: "Summarise", called with the objective's id; answer the summary (each sentence citing
   * comment ids) or a refusal (`POST /assist/summarise-feedback`'s reply, or core's `assist()` result). Shown only
   * when set. Connected mode offers it when the server does (`GET /assist`), inside a `<gk-provider assist>`.
   */
  declare assist: ((objectiveId: string) => FeedbackSummaryAnswer | Promise<FeedbackSummaryAnswer>) | undefined;

  #composer = new WidgetControllerBinding(
    this,
    createFeedbackThreadController({
      objectiveId: () => this.objectiveId ?? '',
      post: (detail) => this.#postDetail(detail),
      focus: () => this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('textarea')?.focus()),
      focusSelector: (selector) =>
        this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      summarise: (objectiveId) =>
        this.#summariser()?.(objectiveId) ?? Promise.reject(new Error('goalkit: no summary offered')),
      newKey: randomId,
    }),
  );
  #list = new QueryController<{ items: Comment[] }>(this, this.queryClient, () =>
    !this.comments && this.objectiveId ? this.goalkit?.queries.objectives.comments(this.objectiveId) : undefined,
  );
  #post = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.comment());
  #assistTasks = new QueryController<string[]>(this, this.queryClient, () =>
    !this.assist && !this.comments && this.goalkit?.assist ? assistTasksQuery(this.goalkit.client) : undefined,
  );

  /** Who answers "Summarise": the host's `assist`, or the server when it offers it; else nobody. */
  #summariser(): ((objectiveId: string) => FeedbackSummaryAnswer | Promise<FeedbackSummaryAnswer>) | undefined {
    if (this.assist) return this.assist;
    const client = this.comments ? undefined : this.goalkit?.client;
    if (!client || !this.#assistTasks.result?.data?.includes('summarise-feedback')) return undefined;
    return (objectiveId) =>
      assistApi(client).then((api) => api.summariseFeedback({ kind: 'objective', id: objectiveId }));
  }

  #renderSummary(summary: FeedbackSummaryView, entries: number) {
    const { result } = summary;
    const send = this.#composer.send;
    return html`<div ${attrs(summary.root)}>
      <button ${attrs(summary.button)} @click=${() => send({ type: 'summarise', entries })}>${summary.buttonText}</button>
      <p ${attrs(summary.status)}>${summary.statusText ?? nothing}</p>
      ${
        result
          ? html`<div ${attrs(result.panel)}>
            <h4 ${attrs(result.heading)}>${result.headingText}</h4>
            <p>${result.labelText}</p>
            <ul>
              ${result.sentences.map(
                (sentence) => html`<li>
                  ${sentence.text}
                  ${sentence.citations.map(
                    (citation) => html`<button
                      ${attrs(citation.button)}
                      @click=${() => send({ type: 'cite', commentId: citation.id })}
                    >${citation.text}</button>`,
                  )}
                </li>`,
              )}
            </ul>
            <button ${attrs(result.dismiss)} @click=${() => send({ type: 'summary-dismiss' })}>${result.dismissText}</button>
          </div>`
          : nothing
      }
    </div>`;
  }

  constructor() {
    super();
    this.readOnly = false;
  }

  /** Posts: presentational through `gk-comment` (`waitUntil` shows posting and failures), else the server. */
  #postDetail(comment: FeedbackDetail): unknown {
    if (this.comments || !this.goalkit) {
      const request = new GkCommentEvent(comment);
      this.dispatchEvent(request);
      return new Promise<void>((resolve, reject) => settle(request, resolve, reject));
    }
    return new Promise<void>((resolve, reject) =>
      this.#post.mutate(
        {
          objectiveId: comment.objectiveId,
          body: { kind: comment.kind, body: comment.body },
          ...(comment.idempotencyKey ? { idempotencyKey: comment.idempotencyKey } : {}),
        },
        {
          onSuccess: () => {
            resolve();
            const recorded = new GkCommentEvent(comment);
            this.dispatchEvent(recorded);
          },
          onError: (error) => {
            this.reportError('comment', error);
            reject(error);
          },
        },
      ),
    );
  }

  #submit = (event?: Event) => {
    event?.preventDefault();
    this.#composer.send({ type: 'submit' });
  };

  override render() {
    if (this.comments) return this.#renderBody(this.comments);
    const list = this.#list.result;
    if (list?.data) return this.#renderBody(list.data.items);
    return this.renderQueryState('feedback-thread', this.#list);
  }

  #renderBody(comments: readonly CommentData[]) {
    const composer = this.#composer.state;
    const view = connectFeedbackThread({
      objectiveId: this.objectiveId ?? '',
      comments,
      composer,
      canPost: !this.readOnly,
      now: this.now,
      locale: this.resolvedLocale,
      summarise: this.#summariser() !== undefined,
    });
    return html`<section ${attrs(view.root)}>
      <h3 ${attrs(view.heading)}>${view.headingText}</h3>
      ${view.summary ? this.#renderSummary(view.summary, view.items.length) : nothing}
      ${
        view.items.length === 0
          ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
          : html`<ul ${attrs(view.list)}>
            ${view.items.map(
              (item) => html`<li ${attrs(item.item)}>
                <span ${attrs(item.byline)}>
                  <span>${item.bylineText}</span>
                  <time datetime=${item.dateTime} title=${item.dateTitle}>${item.timeText}</time>
                </span>
                <p ${attrs(item.text)}>${item.body}</p>
              </li>`,
            )}
          </ul>`
      }
      ${
        view.canPost
          ? html`<form ${attrs(view.composer)} @submit=${this.#submit}>
            <fieldset ${attrs(view.kindGroup)}>
              <legend>${view.kindLegendText}</legend>
              ${view.kindOptions.map(
                (option) => html`<span>
                  <input
                    ${attrs(option.input)}
                    .checked=${live(option.checked)}
                    @change=${() => this.#composer.send({ type: 'kind', kind: option.kind })}
                  />
                  <label ${attrs(option.label)}>${option.labelText}</label>
                </span>`,
              )}
            </fieldset>
            <label ${attrs(view.bodyLabel)}>${view.composeLabelText}</label>
            <textarea
              ${attrs(view.bodyInput)}
              .value=${live(composer.body)}
              @input=${(e: Event) => this.#composer.send({ type: 'body', body: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
            ${view.errorText ? html`<p ${attrs(view.error)}>${view.errorText}</p>` : nothing}
            <div ${attrs(view.footer)}>
              <button ${attrs(view.post)}>${view.postText}</button>
              <p ${attrs(view.status)}>${view.statusText}</p>
              ${
                view.retryText
                  ? html`<button ${attrs(view.retry)} @click=${() => this.#submit()}>
                    ${view.retryText}
                  </button>`
                  : nothing
              }
            </div>
          </form>`
          : nothing
      }
    </section>`;
  }
}
