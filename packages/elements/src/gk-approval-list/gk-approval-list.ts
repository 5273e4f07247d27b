import type { ApprovalItem } from '@goalkit/client';
import {
  type ApprovalActionDetail,
  type ApprovalItemData,
  type ApprovalListEvent,
  type ApprovalListState,
  approvalListReducer,
  connectApprovalList,
  initApprovalList,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkTransitionEvent, settle } from '../events.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { approvalListStyles } from './gk-approval-list.styles.js';

/**
 * @tag gk-approval-list
 * @summary The goals waiting for the viewer's approval, oldest first: what each measures, Approve as the primary action, and Return with a required comment.
 *
 * Presentational: set `items` and listen to `gk-transition` (`event.waitUntil(promise)` shows progress and
 * failures). Connected: place it inside a `<gk-provider>`; it lists `GET /approvals` and acts through the client.
 * After an action, focus moves to the list's heading and the outcome is announced politely.
 *
 * @csspart root - The list and its heading.
 * @csspart heading - "Waiting for your approval" with the count.
 * @csspart count - The count.
 * @csspart announcement - The last action's outcome (a polite live region).
 * @csspart list - The goals.
 * @csspart item - One goal waiting.
 * @csspart title - Its title.
 * @csspart meta - Owner and when it was proposed.
 * @csspart key-results - What it measures (a disclosure).
 * @csspart actions - Approve and return.
 * @csspart approve - The primary action.
 * @csspart open-return - Opens the comment for returning it.
 * @csspart return - The comment box and its buttons.
 * @csspart comment-label - "What should change?"
 * @csspart comment - The comment box.
 * @csspart error - "Say what should change…"
 * @csspart confirm-return - Returns it with the comment.
 * @csspart cancel - Closes the comment box.
 * @csspart status - Approving, returning or failed.
 * @csspart empty - "Nothing is waiting for your approval."
 * @csspart state-message - The loading or error message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (Approve).
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkTransitionEvent} gk-transition - Presentational: the approval or return to take. Connected: the server took it.
 * @event {GkErrorEvent} gk-error - Connected mode: loading or an action failed.
 */
export class GkApprovalList extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, approvalListStyles];

  static override properties = {
    items: { attribute: false },
    now: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Presentational mode: the goals waiting. */
  declare items: readonly ApprovalItemData[] | undefined;
  /** The moment "2 days ago" is measured from. @default now */
  declare now: string | Date | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  declare headingLevel: number;

  #state: ApprovalListState = initApprovalList();
  #list = new QueryController<{ items: ApprovalItem[] }>(this, this.queryClient, () =>
    this.items ? undefined : this.goalkit?.queries.approvals(),
  );
  #transition = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.transition());

  constructor() {
    super();
    this.headingLevel = 2;
  }

  #dispatch(event: ApprovalListEvent): void {
    this.#state = approvalListReducer(this.#state, event);
    this.requestUpdate();
  }

  #act(detail: ApprovalActionDetail | undefined, action: 'approve' | 'return', objectiveId: string, title: string) {
    this.#dispatch({ type: 'act', objectiveId, action });
    if (!detail || this.#state.items[objectiveId]?.acting !== action) {
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const acted = () => {
      this.#dispatch({ type: 'acted', objectiveId, title });
      // The item leaves the list: focus goes to the heading rather than to the top of the page.
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus());
    };
    const failed = () => this.#dispatch({ type: 'failed', objectiveId });
    if (this.items || !this.goalkit) {
      const request = new GkTransitionEvent(detail);
      this.dispatchEvent(request);
      settle(request, acted, failed);
      return;
    }
    this.#transition.mutate(
      { id: objectiveId, action, ...(detail.comment ? { comment: detail.comment } : {}) },
      {
        onSuccess: () => {
          acted();
          this.dispatchEvent(new GkTransitionEvent(detail));
        },
        onError: (error) => {
          this.reportError('transition', error);
          failed();
        },
      },
    );
  }

  override render() {
    if (this.items) return this.#renderBody(this.items);
    const list = this.#list.result;
    if (list?.data) return this.#renderBody(list.data.items);
    return this.renderQueryState('approval-list', this.#list);
  }

  #renderBody(items: readonly ApprovalItemData[]) {
    const view = connectApprovalList({ items, state: this.#state, now: this.now, locale: this.resolvedLocale });
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>
        ${view.headingText} <span ${attrs(view.count)}>(${view.countText})</span>
      </div>
      <p ${attrs(view.announcement)}>${view.announcementText}</p>
      ${
        view.items.length === 0
          ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
          : html`<ul ${attrs(view.list)}>
            ${view.items.map(
              (item) => html`<li ${attrs(item.item)}>
                <div ${attrs(item.title)} role="heading" aria-level=${this.headingLevel + 1}>${item.titleText}</div>
                <p ${attrs(item.meta)}>
                  <span>${item.ownerText}</span>
                  ${
                    item.proposedText
                      ? html`<time datetime=${item.dateTime ?? nothing} title=${item.dateTitle ?? nothing}>${item.proposedText}</time>`
                      : nothing
                  }
                </p>
                <details ${attrs(item.keyResultList)}>
                  <summary>${item.keyResultsText}</summary>
                  <ul>${item.keyResultTitles.map((title) => html`<li>${title}</li>`)}</ul>
                </details>
                <div ${attrs(item.actions)}>
                  <button
                    ${attrs(item.approve)}
                    @click=${() => this.#act(item.approveDetail, 'approve', item.objectiveId, item.titleText)}
                  >${item.approveText}</button>
                  ${
                    item.returning
                      ? nothing
                      : html`<button
                        ${attrs(item.openReturn)}
                        @click=${() => {
                          this.#dispatch({ type: 'open-return', objectiveId: item.objectiveId });
                          this.updateComplete.then(() =>
                            this.renderRoot.querySelector<HTMLElement>(`#${item.commentInput.id}`)?.focus(),
                          );
                        }}
                      >${item.returnText}</button>`
                  }
                </div>
                <div ${attrs(item.returnPanel)}>
                  <label ${attrs(item.commentLabel)}>${item.commentLabelText}</label>
                  <textarea
                    ${attrs(item.commentInput)}
                    .value=${live(item.comment)}
                    @input=${(e: Event) =>
                      this.#dispatch({
                        type: 'comment',
                        objectiveId: item.objectiveId,
                        value: (e.target as HTMLTextAreaElement).value,
                      })}
                  ></textarea>
                  ${item.errorText ? html`<p ${attrs(item.error)}>${item.errorText}</p>` : nothing}
                  <div ${attrs(item.returnActions)}>
                    <button
                      ${attrs(item.confirmReturn)}
                      @click=${() => this.#act(item.returnDetail, 'return', item.objectiveId, item.titleText)}
                    >${item.returnConfirmText}</button>
                    <button
                      ${attrs(item.cancel)}
                      @click=${() => this.#dispatch({ type: 'cancel-return', objectiveId: item.objectiveId })}
                    >${item.cancelText}</button>
                  </div>
                </div>
                <p ${attrs(item.status)}>${item.statusText}</p>
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }
}
