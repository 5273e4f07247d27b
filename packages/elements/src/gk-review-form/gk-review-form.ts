import type { Review, ReviewCycle } from '@goalkit/client/conversations';
import {
  connectReviewForm,
  createReviewFormController,
  type ReviewFormControllerEvent,
  type ReviewFormCycleData,
  type ReviewFormReviewData,
  type ReviewFormState,
  type ReviewQuestionView,
  type ReviewSaveDetail,
  type ReviewTransitionDetail,
  type WidgetController,
} from '@goalkit/core/connect';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { type GkRequestEvent, GkReviewSaveEvent, GkReviewTransitionEvent } from '../events.js';
import { applyColorScheme } from '../internal/color-scheme.js';
import { conversationsFailed, conversationsOf } from '../internal/conversations.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { renderProgress } from '../internal/progress.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { reviewFormStyles } from './gk-review-form.styles.js';

type Answer = ReviewFormReviewData | undefined;

/** A review from a host's answer, else nothing. */
const asReview = (value: unknown): Answer =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as ReviewFormReviewData) : undefined;

/**
 * @tag gk-review-form
 * @summary A performance review to write or read: its questions, the reviewee's goals as evidence at the snapshot, save draft, submit with a confirmation, acknowledge.
 *
 * Presentational: set `review` and `cycle` (`GET /reviews/{id}` and `GET /review-cycles/{id}`), and listen to
 * `gk-review-save` and `gk-review-transition` (`event.waitUntil(promise)` shows progress and failures; resolve it
 * with the review as the server has it). Connected: set `review-id` inside a `<gk-provider>`. Ratings are radio
 * groups with labelled ends (arrow keys move between them), required ones are marked in words; text answers show
 * their character count. Submit asks for a confirmation, lists missing required answers and moves focus to the
 * first. A failure or a conflict never loses what was typed. Plain text only.
 *
 * @csspart root - The form and everything in it.
 * @csspart header - Heading, byline and status.
 * @csspart heading - "Self review", "Manager review of Ana Lima".
 * @csspart byline - The cycle, who writes it, when it is due, and the status.
 * @csspart badge - The review's status in words (`data-status`).
 * @csspart anonymous - An anonymous step's notice.
 * @csspart evidence - The goal evidence as of the snapshot.
 * @csspart evidence-heading - "Goal evidence as of Mar 31, 2026".
 * @csspart evidence-empty - No goals at the snapshot.
 * @csspart objectives - The objectives (a list).
 * @csspart objective - One objective.
 * @csspart objective-title - Its title (a heading).
 * @csspart objective-meta - Its state and weight.
 * @csspart grade - Its grade in words and band, final or as of the snapshot (`data-band`, `data-final`).
 * @csspart progress - A `<gk-progress>` meter; its parts are exported as `progress-*`.
 * @csspart key-results - Its key results (a labelled list).
 * @csspart key-result - One key result with its meter.
 * @csspart key-result-title - Its title.
 * @csspart explanation - Why an objective's progress is what it is (a `<details>` disclosure).
 * @csspart explanation-summary - "Why 88%", described by the objective's title.
 * @csspart explanation-lines - The roll-up's items (a list).
 * @csspart explanation-line - One item, "Docs pages written: 100% × 50% weight = 50%" (`data-depth`, `data-counted`, `data-hidden`).
 * @csspart goal-score - The goal score in words.
 * @csspart questions - The questions section.
 * @csspart questions-heading - "Questions".
 * @csspart form - The form holding the questions.
 * @csspart empty - No questions for this kind of review.
 * @csspart question - One question (a fieldset; `data-type` rating or text, `data-invalid`).
 * @csspart legend - The question.
 * @csspart required - "(required)".
 * @csspart scale - A rating's choices.
 * @csspart rating-input - One radio button.
 * @csspart rating-label - Its label ("1 — far below expectations" at the ends).
 * @csspart text-input - A text answer's text box.
 * @csspart count - Its character count.
 * @csspart answer - A read-only answer.
 * @csspart error - Why an answer is not accepted.
 * @csspart missing - Required answers left out, after a refused submit.
 * @csspart missing-list - Their list.
 * @csspart missing-link - A button that moves focus to one.
 * @csspart conflict - Someone saved meanwhile: the choice.
 * @csspart keep-mine - Save the person's answers over theirs.
 * @csspart use-theirs - Take theirs.
 * @csspart failure - A failed save, submit or acknowledgement.
 * @csspart retry - Try it again, or a failed load.
 * @csspart acknowledge-panel - Acknowledging a shared review.
 * @csspart acknowledge-text - What acknowledging means.
 * @csspart acknowledge - The Acknowledge button.
 * @csspart footer - Save draft, Submit, the unsaved mark and the status.
 * @csspart save - Save draft.
 * @csspart submit - Submit review….
 * @csspart unsaved - "Unsaved changes".
 * @csspart state - "Saved at 10:42", "Saving…", "Submitted on …" (a polite live region).
 * @csspart confirm - The confirmation step before submitting.
 * @csspart confirm-heading - "Submit this review?".
 * @csspart confirm-text - What submitting means.
 * @csspart confirm-submit - Submit, confirmed.
 * @csspart cancel - Cancel the confirmation.
 * @csspart state-message - The loading or error message.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (buttons, the anonymous notice).
 * @cssproperty [--gk-color-on-track=#1a7f37] - The green band.
 * @cssproperty [--gk-color-at-risk=#9a6700] - The yellow band, unsaved changes.
 * @cssproperty [--gk-color-off-track=#cf222e] - The red band, errors.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkReviewSaveEvent} gk-review-save - Presentational: the answers to save as a draft. Connected: the server saved them.
 * @event {GkReviewTransitionEvent} gk-review-transition - Presentational: submit or acknowledge. Connected: the server did.
 * @event {GkErrorEvent} gk-error - Connected mode: loading or saving failed.
 */
export class GkReviewForm extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, reviewFormStyles];

  static override properties = {
    review: { attribute: false },
    cycle: { attribute: false },
    reviewId: { attribute: 'review-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    timeZone: { attribute: 'time-zone' },
    latest: { attribute: false },
    now: { attribute: false },
  };

  /** Presentational mode: the review (`GET /reviews/{id}`). */
  declare review: ReviewFormReviewData | undefined;
  /** Presentational mode: its cycle, with the questions and steps (`GET /review-cycles/{id}`). */
  declare cycle: ReviewFormCycleData | undefined;
  /** Connected mode: the review's id. */
  declare reviewId: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below. @default 2 */
  declare headingLevel: number;
  /** The time zone "Saved at 10:42" is told in. @default the browser's */
  declare timeZone: string | undefined;
  /** Presentational mode: the review as the server has it now, after a conflict. */
  declare latest: (() => Promise<ReviewFormReviewData | undefined>) | undefined;
  /** The time a save is recorded at. @default now */
  declare now: (() => Date) | undefined;

  #form: WidgetController<ReviewFormState, ReviewFormControllerEvent> | undefined;
  #binding: WidgetControllerBinding<ReviewFormState, ReviewFormControllerEvent> | undefined;
  #shown: { review: ReviewFormReviewData; cycle: ReviewFormCycleData } | undefined;
  #focus: string | undefined;
  #reviewQuery = new QueryController<Review>(this, this.queryClient, () =>
    !this.review && this.reviewId ? conversationsOf(this.goalkit, this)?.queries.review(this.reviewId) : undefined,
  );
  #cycleQuery = new QueryController<ReviewCycle>(this, this.queryClient, () => {
    const cycleId = this.#reviewQuery.result?.data?.cycleId;
    return this.cycle || this.review || !cycleId
      ? undefined
      : conversationsOf(this.goalkit, this)?.queries.reviewCycle(cycleId);
  });
  #save = new MutationController(this, this.queryClient, () =>
    conversationsOf(this.goalkit, this)?.mutations.saveReview(),
  );
  #transition = new MutationController(this, this.queryClient, () =>
    conversationsOf(this.goalkit, this)?.mutations.transitionReview(),
  );

  constructor() {
    super();
    this.headingLevel = 2;
  }

  get #presentational(): boolean {
    return this.review !== undefined || !this.goalkit;
  }

  /** A request event's outcome: the page's `waitUntil()` promise (with the review it resolves to), or done. */
  #request(event: GkRequestEvent<unknown>): Promise<Answer> {
    this.dispatchEvent(event);
    return (event.pending ?? Promise.resolve(undefined)).then(asReview);
  }

  #saveAnswers(detail: ReviewSaveDetail): Promise<Answer> {
    if (this.#presentational) return this.#request(new GkReviewSaveEvent(detail));
    return new Promise((resolve, reject) =>
      this.#save.mutate(
        { reviewId: detail.reviewId, version: detail.version, patch: { answers: [...detail.answers] } },
        {
          onSuccess: (review) => {
            resolve(review);
            this.dispatchEvent(new GkReviewSaveEvent(detail));
          },
          onError: (error) => {
            this.reportError('save', error);
            reject(error);
          },
        },
      ),
    );
  }

  #transitionReview(detail: ReviewTransitionDetail): Promise<Answer> {
    if (this.#presentational) return this.#request(new GkReviewTransitionEvent(detail));
    return new Promise((resolve, reject) =>
      this.#transition.mutate(
        { reviewId: detail.reviewId, body: { action: detail.action } },
        {
          onSuccess: (review) => {
            resolve(review);
            this.dispatchEvent(new GkReviewTransitionEvent(detail));
          },
          onError: (error) => {
            this.reportError('transition', error);
            reject(error);
          },
        },
      ),
    );
  }

  #latestReview(): Promise<Answer> {
    if (this.#presentational) return this.latest?.() ?? Promise.resolve(undefined);
    const talk = conversationsOf(this.goalkit, this);
    const id = this.reviewId;
    if (!talk || !id || !this.goalkit) return Promise.resolve(undefined);
    return this.goalkit.queryClient.fetchQuery({ ...talk.queries.review(id), staleTime: 0 });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const review = this.review ?? this.#reviewQuery.result?.data;
    const cycle = this.cycle ?? this.#cycleQuery.result?.data;
    if (!review || !cycle) return;
    if (!this.#form) {
      this.#form = createReviewFormController({
        review,
        cycle,
        save: (detail) => this.#saveAnswers(detail),
        transition: (detail) => this.#transitionReview(detail),
        latest: () => this.#latestReview(),
        now: () => this.now?.() ?? new Date(),
        focus: (selector) => {
          this.#focus = selector;
          this.requestUpdate();
        },
      });
      this.#binding = new WidgetControllerBinding(this, this.#form);
    } else if (this.#shown?.review !== review || this.#shown.cycle !== cycle) {
      // A newer version from the host or the cache: what was written and not saved stays.
      this.#form.send({ type: 'open', review, cycle });
    }
    this.#shown = { review, cycle };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The meters inside follow this element's colour scheme when the page switches it (they do not update
    // themselves: nothing of theirs changed).
    for (const meter of this.renderRoot.querySelectorAll<HTMLElement>('gk-progress')) applyColorScheme(meter);
    if (this.#focus) {
      const selector = this.#focus;
      this.#focus = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  override render() {
    const state = this.#binding?.state;
    const cycle = this.#shown?.cycle;
    if (state && cycle) return this.#renderBody(state, cycle);
    // The conversation routes' file did not load (offline): an error with a retry that loads it again.
    if (this.reviewId && this.goalkit && conversationsFailed())
      return this.renderLoadState('review-form', 'error', { retry: () => this.requestUpdate() });
    const failed = this.#reviewQuery.result?.isError ? this.#reviewQuery : this.#cycleQuery;
    return this.renderQueryState('review-form', failed);
  }

  #send = (event: ReviewFormControllerEvent) => this.#form?.send(event);

  #renderQuestion(q: ReviewQuestionView, editable: boolean) {
    const send = this.#send;
    return html`<fieldset ${attrs(q.fieldset)}>
      <legend ${attrs(q.legend)}>${q.legendText}${
        q.requiredText ? html`<span ${attrs(q.requiredMark)}> ${q.requiredText}</span>` : nothing
      }</legend>
      ${
        !editable
          ? html`<p ${attrs(q.answer)}>${q.answerText}</p>`
          : q.type === 'rating'
            ? html`<div ${attrs(q.optionList)}>
              ${q.options.map(
                (option) => html`<span>
                  <input
                    ${attrs(option.input)}
                    .checked=${live(option.checked)}
                    @change=${() => send({ type: 'rating', questionId: q.id, rating: option.value })}
                  />
                  <label ${attrs(option.label)}>${option.labelText}</label>
                </span>`,
              )}
            </div>`
            : html`<textarea
                ${attrs(q.textInput)}
                .value=${live(q.value)}
                @input=${(e: Event) =>
                  send({ type: 'text', questionId: q.id, text: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
              <p ${attrs(q.count)}>${q.countText}</p>`
      }
      ${q.errorText ? html`<p ${attrs(q.error)}>${q.errorText}</p>` : nothing}
    </fieldset>`;
  }

  #renderBody(state: ReviewFormState, cycle: ReviewFormCycleData) {
    const send = this.#send;
    const view = connectReviewForm({ state, cycle, locale: this.resolvedLocale, timeZone: this.timeZone });
    const level = this.headingLevel;
    const sub = Math.min(6, level + 1);
    const evidence = view.evidence;
    return html`<section ${attrs(view.root)}>
      <header ${attrs(view.header)}>
        <div ${attrs(view.heading)} role="heading" aria-level=${level}>${view.headingText}</div>
        <p ${attrs(view.byline)}>
          <span>${view.bylineText}</span>
          ${view.dueText ? html`<span>${view.dueText}</span>` : nothing}
          <span ${attrs(view.badge)}>${view.statusText}</span>
        </p>
      </header>
      ${view.anonymousText ? html`<p ${attrs(view.anonymous)}>${view.anonymousText}</p>` : nothing}
      ${
        evidence
          ? html`<section ${attrs(evidence.section)}>
            <div ${attrs(evidence.heading)} role="heading" aria-level=${sub}>${evidence.headingText}</div>
            ${
              evidence.emptyText
                ? html`<p ${attrs(evidence.empty)}>${evidence.emptyText}</p>`
                : html`<ul ${attrs(evidence.list)}>
                  ${evidence.objectives.map(
                    (o) => html`<li ${attrs(o.item)}>
                      <div ${attrs(o.title)} role="heading" aria-level=${Math.min(6, level + 2)}>${o.titleText}</div>
                      <p ${attrs(o.meta)}>${o.metaText}</p>
                      <p ${attrs(o.grade)}>${o.gradeText} · ${o.gradeKindText}</p>
                      ${renderProgress(o.progress)}
                      ${
                        o.keyResults.length
                          ? html`<ul ${attrs(o.keyResultList)}>
                            ${o.keyResults.map(
                              (kr) => html`<li ${attrs(kr.item)}>
                                <span ${attrs(kr.title)}>${kr.titleText}</span>
                                ${renderProgress(kr.progress)}
                              </li>`,
                            )}
                          </ul>`
                          : nothing
                      }
                      ${
                        o.explanation
                          ? html`<details ${attrs(o.explanation.details)}>
                            <summary ${attrs(o.explanation.summary)}>${o.explanation.summaryText}</summary>
                            <ul ${attrs(o.explanation.list)}>
                              ${o.explanation.lines.map((line) => html`<li ${attrs(line.item)}>${line.text}</li>`)}
                            </ul>
                          </details>`
                          : nothing
                      }
                    </li>`,
                  )}
                </ul>`
            }
            <p ${attrs(evidence.goalScore)}>${evidence.goalScoreText}</p>
          </section>`
          : nothing
      }
      <section ${attrs(view.questionsSection)}>
        <div ${attrs(view.questionsHeading)} role="heading" aria-level=${sub}>${view.questionsHeadingText}</div>
        ${
          view.emptyText
            ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
            : html`<form ${attrs(view.form)} @submit=${(e: Event) => e.preventDefault()}>
              ${
                view.missing
                  ? html`<div ${attrs(view.missing.panel)}>
                    <p>${view.missing.headingText}</p>
                    <ul ${attrs(view.missing.list)}>
                      ${view.missing.items.map(
                        (item) => html`<li>
                          <button
                            ${attrs(item.link)}
                            @click=${() => send({ type: 'focus-question', questionId: item.questionId })}
                          >
                            ${item.text}
                          </button>
                        </li>`,
                      )}
                    </ul>
                  </div>`
                  : nothing
              }
              ${view.questions.map((q) => this.#renderQuestion(q, view.editable))}
            </form>`
        }
      </section>
      ${
        view.conflict
          ? html`<div ${attrs(view.conflict.panel)}>
            <p>${view.conflict.text}</p>
            <div>
              <button ${attrs(view.conflict.keepMine)} @click=${() => send({ type: 'keep-mine' })}>
                ${view.conflict.keepMineText}
              </button>
              <button ${attrs(view.conflict.useTheirs)} @click=${() => send({ type: 'use-theirs' })}>
                ${view.conflict.useTheirsText}
              </button>
            </div>
          </div>`
          : nothing
      }
      ${
        view.failureText
          ? html`<div ${attrs(view.failure)}>
            <p>${view.failureText}</p>
            ${
              view.retryText && view.retryEvent
                ? html`<div>
                  <button ${attrs(view.retry)} @click=${() => view.retryEvent && send(view.retryEvent)}>
                    ${view.retryText}
                  </button>
                </div>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${
        view.acknowledge
          ? html`<div ${attrs(view.acknowledge.panel)}>
            <p ${attrs(view.acknowledge.body)}>${view.acknowledge.text}</p>
            <button ${attrs(view.acknowledge.button)} @click=${() => send({ type: 'acknowledge' })}>
              ${view.acknowledge.buttonText}
            </button>
          </div>`
          : nothing
      }
      <div ${attrs(view.footer)}>
        ${view.save ? html`<button ${attrs(view.save)} @click=${() => send({ type: 'save' })}>${view.saveText}</button>` : nothing}
        ${
          view.submit
            ? html`<button ${attrs(view.submit)} @click=${() => send({ type: 'submit' })}>${view.submitText}</button>`
            : nothing
        }
        ${view.unsavedText ? html`<span ${attrs(view.unsaved)}>${view.unsavedText}</span>` : nothing}
        <p ${attrs(view.state)}>${view.stateText}</p>
      </div>
      ${
        view.confirm
          ? html`<div
            ${attrs(view.confirm.panel)}
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && send({ type: 'cancel-submit' })}
          >
            <div ${attrs(view.confirm.heading)} role="heading" aria-level=${sub}>${view.confirm.headingText}</div>
            <p ${attrs(view.confirm.body)}>${view.confirm.text}</p>
            <div>
              <button ${attrs(view.confirm.confirm)} @click=${() => send({ type: 'confirm-submit' })}>
                ${view.confirm.confirmText}
              </button>
              <button ${attrs(view.confirm.cancel)} @click=${() => send({ type: 'cancel-submit' })}>
                ${view.confirm.cancelText}
              </button>
            </div>
          </div>`
          : nothing
      }
    </section>`;
  }
}
