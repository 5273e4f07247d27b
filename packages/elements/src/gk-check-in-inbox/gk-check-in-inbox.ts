import type { DueCheckIn, Objective } from '@goalkit/client';
import {
  type CheckInInboxFocus,
  type CheckInInboxView,
  checkInInboxFocusSelector,
  connectCheckInInbox,
  createCheckInInboxController,
  type DueCheckInData,
  type ObjectiveData,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { type GkCheckInEvent, settle } from '../events.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { checkInInboxStyles } from './gk-check-in-inbox.styles.js';

/**
 * @tag gk-check-in-inbox
 * @summary The check-ins a person owes, escalated and overdue first, each saying since when and opening an inline check-in.
 *
 * Presentational: set `items` (what `GET /check-ins/due` lists) and `objectives` (for titles and the forms),
 * and listen to `gk-check-in` from the inline `<gk-check-in-form>` (`event.waitUntil(promise)` shows saving and
 * failures); drop the row from `items` once it is recorded. Connected: place it inside a `<gk-provider>`; it lists
 * `GET /check-ins/due` (for `person`, else the viewer) and checks in through the client. Each row's button opens the
 * check-in and moves focus into it; Escape or Cancel closes it and returns focus. A check-in done is announced
 * politely and focus moves to the heading.
 *
 * @csspart root - The inbox and its heading.
 * @csspart heading - "Check-ins you owe" with the count.
 * @csspart count - The count, with how many are overdue.
 * @csspart announcement - The last check-in done (a polite live region).
 * @csspart list - The check-ins owed.
 * @csspart item - One check-in owed (`data-state` due, overdue or escalated).
 * @csspart badge - Its state in a word.
 * @csspart title - The key result's title.
 * @csspart objective - The objective it belongs to.
 * @csspart meta - Since when it is due, and the last check-in.
 * @csspart toggle - Opens the inline check-in.
 * @csspart panel - The inline check-in.
 * @csspart form - The `<gk-check-in-form>` in it.
 * @csspart cancel - Closes the inline check-in.
 * @csspart empty - "You are up to date: no check-ins are due."
 * @csspart state-message - The loading or error message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (Check in, due rows).
 * @cssproperty [--gk-color-at-risk=#9a6700] - Overdue rows.
 * @cssproperty [--gk-color-off-track=#cf222e] - Escalated rows.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkCheckInEvent} gk-check-in - From the inline `<gk-check-in-form>`. Presentational: the check-in to record (`event.waitUntil()` takes your promise). Connected: the server recorded it.
 * @event {GkErrorEvent} gk-error - Connected mode: loading or a check-in failed.
 */
export class GkCheckInInbox extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, checkInInboxStyles];

  static override properties = {
    items: { attribute: false },
    objectives: { attribute: false },
    person: {},
    now: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Presentational mode: the check-ins owed. */
  declare items: readonly DueCheckInData[] | undefined;
  /** Presentational mode: the objectives of the key results owed (their titles, and the forms' key results). */
  declare objectives: readonly ObjectiveData[] | undefined;
  /** Connected mode: whose check-ins. @default the viewer */
  declare person: string | undefined;
  /** The moment "Due today" is measured from. @default now */
  declare now: string | Date | undefined;
  /** The IANA time zone dates are written in. @default 'UTC' */
  declare timeZone: string | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  declare headingLevel: number;

  #inbox = new WidgetControllerBinding(
    this,
    createCheckInInboxController({ focus: (focus) => this.updateComplete.then(() => this.#moveFocus(focus)) }),
  );
  /** The inbox last rendered, for the elements a focus intent names. */
  #view: CheckInInboxView | undefined;
  #due = new QueryController<{ items: DueCheckIn[] }>(this, this.queryClient, () =>
    this.items
      ? undefined
      : this.goalkit?.queries.dueCheckIns(this.person === undefined ? {} : { person: this.person }),
  );
  /** Connected mode: one query per objective owed, made when its first row appears (as React's `useQueries`). */
  #objectives = new Map<string, QueryController<Objective>>();

  constructor() {
    super();
    this.headingLevel = 2;
  }

  #moveFocus(focus: CheckInInboxFocus): void {
    const selector = this.#view && checkInInboxFocusSelector(this.#view, focus);
    if (!selector) return;
    // Into the panel means into its check-in form (which delegates focus to its first field).
    this.renderRoot
      .querySelector<HTMLElement>(focus.target === 'panel' ? `${selector} gk-check-in-form` : selector)
      ?.focus();
  }

  #close = () => this.#inbox.send({ type: 'close' });

  #objectiveQuery(id: string): QueryController<Objective> {
    let query = this.#objectives.get(id);
    if (!query) {
      query = new QueryController<Objective>(this, this.queryClient, () =>
        this.items ? undefined : this.goalkit?.queries.objectives.detail(id),
      );
      this.#objectives.set(id, query);
    }
    return query;
  }

  override render() {
    if (this.items) return this.#renderBody(this.items, this.objectives ?? []);
    const due = this.#due.result?.data;
    if (!due) return this.renderQueryState('check-in-inbox', this.#due);
    const queries = [...new Set(due.items.map((i) => i.objectiveId))].map((id) => this.#objectiveQuery(id));
    const failed = queries.find((q) => q.result?.isError);
    if (failed) return this.renderQueryState('check-in-inbox', failed);
    if (queries.some((q) => !q.result?.data)) return this.renderLoadState('check-in-inbox', 'loading');
    return this.#renderBody(
      due.items,
      queries.flatMap((q) => (q.result?.data ? [q.result.data] : [])),
    );
  }

  #renderBody(items: readonly DueCheckInData[], objectives: readonly ObjectiveData[]) {
    const view = connectCheckInInbox({
      items,
      objectives,
      state: this.#inbox.state,
      now: this.now,
      timeZone: this.timeZone,
      locale: this.resolvedLocale,
    });
    this.#view = view;
    const presentational = this.items !== undefined;
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>
        ${view.headingText} <span ${attrs(view.count)}>(${view.countText})</span>
      </div>
      <p ${attrs(view.announcement)}>${view.announcementText}</p>
      ${
        view.items.length === 0
          ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
          : html`<ul ${attrs(view.list)}>
            ${view.items.map((item) => {
              const done = (event: GkCheckInEvent) =>
                // After the event's listeners (the page's among them) have had their say through waitUntil().
                queueMicrotask(() =>
                  settle(
                    event,
                    () =>
                      this.#inbox.send({ type: 'checked-in', keyResultId: item.keyResultId, title: item.titleText }),
                    () => undefined,
                  ),
                );
              return html`<li ${attrs(item.item)}>
                <span ${attrs(item.badge)}>${item.stateText}</span>
                <div ${attrs(item.title)} role="heading" aria-level=${this.headingLevel + 1}>${item.titleText}</div>
                ${item.objectiveText ? html`<p ${attrs(item.objective)}>${item.objectiveText}</p>` : nothing}
                <p ${attrs(item.meta)}>
                  <time datetime=${item.dateTime}>${item.dueText}</time>
                  <span>${item.lastCheckInText}</span>
                </p>
                ${
                  presentational && !item.keyResult
                    ? nothing
                    : html`<button
                      ${attrs(item.toggle)}
                      @click=${() => this.#inbox.send({ type: 'toggle', keyResultId: item.keyResultId })}
                    >${item.checkInText}</button>`
                }
                <div
                  ${attrs(item.panel)}
                  @keydown=${(e: KeyboardEvent) => {
                    if (e.key !== 'Escape') return;
                    e.preventDefault();
                    this.#close();
                  }}
                >
                  ${
                    item.expanded
                      ? presentational
                        ? html`<gk-check-in-form
                            part="form"
                            .keyResult=${item.keyResult}
                            locale=${this.resolvedLocale}
                            @gk-check-in=${done}
                          ></gk-check-in-form>`
                        : html`<gk-check-in-form
                            part="form"
                            objective-id=${item.objectiveId}
                            key-result-id=${item.keyResultId}
                            locale=${this.resolvedLocale}
                            @gk-check-in=${done}
                          ></gk-check-in-form>`
                      : nothing
                  }
                  <button ${attrs(item.cancel)} @click=${this.#close}>${item.cancelText}</button>
                </div>
              </li>`;
            })}
          </ul>`
      }
    </section>`;
  }
}
