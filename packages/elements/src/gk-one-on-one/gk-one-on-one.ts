import type { Meeting, MeetingSummary } from '@goalkit/client/conversations';
import {
  connectOneOnOne,
  createOneOnOneController,
  type MeetingData,
  type OneOnOneChange,
  type OneOnOneEvent,
  type OneOnOneFocus,
  type OneOnOneItemView,
  type OneOnOneNotesView,
  type OneOnOneView,
  oneOnOneFocusSelector,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkMeetingChangeEvent } from '../events.js';
import { conversationsOf } from '../internal/conversations.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { randomId } from '../internal/random-id.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { oneOnOneStyles } from './gk-one-on-one.styles.js';

type MutationName =
  | 'addTalkingPoint'
  | 'updateTalkingPoint'
  | 'deleteTalkingPoint'
  | 'addActionItem'
  | 'updateActionItem'
  | 'updateMeeting';

/** Which mutation of `conversationMutations` carries out each action. */
const MUTATIONS: Readonly<Record<OneOnOneChange['action'], MutationName>> = {
  'add-talking-point': 'addTalkingPoint',
  'update-talking-point': 'updateTalkingPoint',
  'delete-talking-point': 'deleteTalkingPoint',
  'add-action-item': 'addActionItem',
  'update-action-item': 'updateActionItem',
  'update-meeting': 'updateMeeting',
};

/**
 * @tag gk-one-on-one
 * @summary A 1:1 meeting: agenda, suggested talking points from the goals, shared and private notes, action items, and marking it held or skipped.
 *
 * Presentational: set `meeting` (what `GET /meetings/{id}` returns), `viewer-id` and `previous-meeting-at`, and
 * listen to `gk-meeting-change` (`event.waitUntil(promise)` shows saving and failures; then set the new
 * `meeting`). Connected: set `meeting-id` inside a `<gk-provider>`. Talking points are ticked off in order; a
 * private point says "Only you", a carried one the meeting it comes from, a recurring one "Every meeting", in
 * words. Suggestions are worded from their fields with their numbers and added as a shared point linked to the
 * goal. Notes are saved on Save: a conflict keeps what was typed and offers the other version. Plain text only.
 *
 * @csspart root - The widget (`data-meeting-state` upcoming, held or skipped).
 * @csspart header - Heading, time, state and the state actions.
 * @csspart heading - "1:1 with Ana Lima" (focused after the meeting is marked held or skipped).
 * @csspart when - The meeting's day and time.
 * @csspart state - Upcoming, held or skipped, in words (`data-state`).
 * @csspart state-actions - "Mark as held" and "Mark as skipped".
 * @csspart action - One of them.
 * @csspart announcement - The polite live region: added, deleted, marked, failed.
 * @csspart section - Agenda, suggestions, action items or earlier ones (`data-section`).
 * @csspart section-heading - A section's heading.
 * @csspart hint - A section's explanation.
 * @csspart empty - "Nothing on the agenda yet." / "No action items yet."
 * @csspart points - The agenda (an ordered list).
 * @csspart point - One talking point (`data-done`, `data-visibility`, `data-recurring`, `data-carried`).
 * @csspart point-toggle - Its checkbox.
 * @csspart point-body - Its words and meta line (action items too).
 * @csspart point-label - Its words.
 * @csspart point-meta - Author, "Only you", where it was carried from, "Every meeting".
 * @csspart delete - Delete (the author's own points).
 * @csspart confirm - The delete confirmation.
 * @csspart confirm-question - "Delete …?"
 * @csspart confirm-delete - Delete, confirmed.
 * @csspart confirm-cancel - Keep it (Escape too).
 * @csspart point-form - The new talking point's form.
 * @csspart point-input - Its text box.
 * @csspart private-field - The private checkbox and its label.
 * @csspart private - The private checkbox.
 * @csspart suggestions - Suggested talking points.
 * @csspart suggestion - One suggestion (`data-kind`, `data-on-agenda`).
 * @csspart suggestion-text - Its words and whose goal it is.
 * @csspart add-suggestion - "Add to agenda".
 * @csspart on-agenda - "On the agenda".
 * @csspart notes - Shared or private notes (`data-notes`).
 * @csspart notes-input - Their text box.
 * @csspart notes-footer - Save and the status.
 * @csspart save - Save (and "Save mine" after a conflict).
 * @csspart load-theirs - Load the other version after a conflict.
 * @csspart theirs-label - "Their version".
 * @csspart theirs - The other version's text.
 * @csspart status - Saving, saved, failed or the conflict, in words.
 * @csspart action-items - Action items (`data-earlier` for those from earlier meetings).
 * @csspart action-item - One action item (`data-done`, `data-overdue`).
 * @csspart item-toggle - Its checkbox.
 * @csspart item-label - Its words.
 * @csspart item-meta - Owner and due date.
 * @csspart item-form - The new action item's form.
 * @csspart item-input - Its text box.
 * @csspart owner - Its owner select.
 * @csspart due - Its due date.
 * @csspart fields - The action item form's fields.
 * @csspart field - A label with its control.
 * @csspart label - A form label.
 * @csspart error - "Write the talking point first."
 * @csspart form-footer - A form's button and status.
 * @csspart add - A form's submit button.
 * @csspart state-message - The loading or error message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (buttons, checkboxes, suggestions).
 * @cssproperty [--gk-color-off-track=#cf222e] - Off-track suggestions, delete confirmation.
 * @cssproperty [--gk-color-at-risk=#9a6700] - At-risk suggestions, the other version of the notes.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkMeetingChangeEvent} gk-meeting-change - Presentational: the change to make. Connected: the server made it.
 * @event {GkErrorEvent} gk-error - Connected mode: loading or a change failed.
 */
export class GkOneOnOne extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, oneOnOneStyles];

  static override properties = {
    meeting: { attribute: false },
    meetingId: { attribute: 'meeting-id' },
    viewerId: { attribute: 'viewer-id' },
    previousMeetingAt: { attribute: 'previous-meeting-at' },
    readOnly: { attribute: 'read-only', type: Boolean },
    now: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Presentational mode: the meeting (what `GET /meetings/{id}` returns). */
  declare meeting: MeetingData | undefined;
  /** Connected mode: the meeting's id. */
  declare meetingId: string | undefined;
  /** The signed-in person: names the other participant; they may delete their own points. @default connected: `GET /me` */
  declare viewerId: string | undefined;
  /** Presentational mode: when the previous meeting was, for carried points. @default connected: from the series */
  declare previousMeetingAt: string | undefined;
  /** Show the meeting without changing it. @default false */
  declare readOnly: boolean;
  /** The day overdue action items are measured against. @default now */
  declare now: string | Date | undefined;
  /** The time zone of the meeting's time. @default the browser's */
  declare timeZone: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below. @default 2 */
  declare headingLevel: number;

  #pendingFocus: OneOnOneFocus | undefined;
  #controller = new WidgetControllerBinding(
    this,
    createOneOnOneController({
      meeting: () => this.meeting ?? this.#meeting.result?.data,
      viewerId: () => this.#viewerId(),
      write: (change) => this.#write(change),
      // Presentational mode: a conflict shows the `meeting` the page set as the other version.
      reload: () => (this.meeting ? undefined : this.#meeting.result?.refetch().then((result) => result.data)),
      focus: (focus) => {
        this.#pendingFocus = focus;
        this.requestUpdate();
      },
      newKey: randomId,
    }),
  );
  #meeting = new QueryController<Meeting>(this, this.queryClient, () =>
    this.meeting || !this.meetingId ? undefined : conversationsOf(this.goalkit, this)?.queries.meeting(this.meetingId),
  );
  #me = new QueryController<{ id: string }>(this, this.queryClient, () =>
    this.meeting || this.viewerId !== undefined || !this.meetingId ? undefined : this.goalkit?.queries.me(),
  );
  // The series' meetings, for the day carried points come from.
  #series = new QueryController<{ items: MeetingSummary[] }>(this, this.queryClient, () => {
    const meeting = this.meeting ? undefined : this.#meeting.result?.data;
    if (!meeting?.previousMeetingId || !meeting.talkingPoints.some((p) => p.carriedFrom !== null)) return undefined;
    return conversationsOf(this.goalkit, this)?.queries.meetings({ series: meeting.seriesId });
  });
  #mutations = new Map<MutationName, MutationController<unknown, unknown>>();

  constructor() {
    super();
    this.readOnly = false;
    this.headingLevel = 2;
  }

  #viewerId(): string | undefined {
    return this.viewerId ?? (this.meeting ? undefined : this.#me.result?.data?.id);
  }

  #mutation(name: MutationName): MutationController<unknown, unknown> {
    let mutation = this.#mutations.get(name);
    if (!mutation) {
      mutation = new MutationController<unknown, unknown>(
        this,
        this.queryClient,
        () => conversationsOf(this.goalkit, this)?.mutations[name]() as never,
      );
      this.#mutations.set(name, mutation);
    }
    return mutation;
  }

  /** A change: presentational through `gk-meeting-change` (`waitUntil` shows saving and failures), else the server. */
  #write(change: OneOnOneChange): unknown {
    if (this.meeting || !this.goalkit) {
      const request = new GkMeetingChangeEvent(change);
      this.dispatchEvent(request);
      // Without `waitUntil()` the change counts as made at once.
      return request.pending;
    }
    const { action, ...variables } = change;
    return new Promise<unknown>((resolve, reject) =>
      // Each action's fields are its mutation's variables (see `OneOnOneChange`).
      this.#mutation(MUTATIONS[action]).mutate(variables, {
        onSuccess: (reply) => {
          resolve(reply);
          const made = new GkMeetingChangeEvent(change);
          this.dispatchEvent(made);
        },
        onError: (error) => {
          this.reportError('meeting-change', error);
          reject(error);
        },
      }),
    );
  }

  protected override updated(): void {
    const focus = this.#pendingFocus;
    if (!focus) return;
    // A new point may arrive an update later than the answer that names it: the intent waits for its target.
    const target = this.renderRoot.querySelector<HTMLElement>(oneOnOneFocusSelector(focus));
    if (!target) return;
    this.#pendingFocus = undefined;
    target.focus();
  }

  override render() {
    const meeting = this.meeting ?? this.#meeting.result?.data;
    if (!meeting) return this.renderQueryState('one-on-one', this.#meeting);
    // The viewer names the heading and may delete their own points: wait for them too (a failed `GET /me` shows
    // the meeting without them).
    if (!this.meeting && this.viewerId === undefined && this.#me.result?.isPending)
      return this.renderLoadState('one-on-one', 'loading');
    const previousId = meeting.previousMeetingId;
    const previousMeetingAt =
      this.previousMeetingAt ?? this.#series.result?.data?.items.find((m) => m.id === previousId)?.at;
    const view = connectOneOnOne({
      meeting,
      state: this.#controller.state,
      viewerId: this.#viewerId(),
      previousMeetingAt,
      editable: !this.readOnly,
      now: this.now,
      timeZone: this.timeZone,
      locale: this.resolvedLocale,
    });
    return this.#renderBody(view);
  }

  #send = this.#controller.send;

  #heading(bag: OneOnOneView['heading'], text: string, level: number) {
    return html`<div ${attrs(bag)} role="heading" aria-level=${Math.min(6, level)}>${text}</div>`;
  }

  #renderItems(items: readonly OneOnOneItemView[]) {
    return items.map(
      (a) => html`<li ${attrs(a.item)}>
        <input
          ${attrs(a.toggle)}
          .checked=${live(a.checked)}
          @change=${(e: Event) => this.#toggle({ type: 'toggle-item', itemId: a.id, done: (e.target as HTMLInputElement).checked })}
        />
        <div ${attrs(a.body)}>
          <label ${attrs(a.label)}>${a.text}</label>
          <p ${attrs(a.meta)}>${a.metaTexts.map((text) => html`<span>${text}</span>`)}</p>
        </div>
      </li>`,
    );
  }

  #renderNotes(notes: OneOnOneNotesView, level: number) {
    const which = notes.which;
    return html`<section ${attrs(notes.section)}>
      ${this.#heading(notes.heading, notes.headingText, level)}
      <p ${attrs(notes.hint)}>${notes.hintText}</p>
      <textarea
        ${attrs(notes.input)}
        .value=${live(notes.value)}
        @input=${(e: Event) => this.#send({ type: 'notes-text', which, text: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${notes.conflict ? html`<p ${attrs(notes.status)}>${notes.statusText}</p>` : nothing}
      ${
        notes.theirsText === undefined
          ? nothing
          : html`<p ${attrs(notes.theirsLabel)}>${notes.theirsLabelText}</p>
            <p ${attrs(notes.theirs)}>${notes.theirsText}</p>`
      }
      ${
        notes.editable
          ? html`<div ${attrs(notes.footer)}>
        ${
          notes.conflict
            ? html`<button ${attrs(notes.keepMine)} @click=${() => this.#send({ type: 'save-notes', which })}>
                ${notes.keepMineText}
              </button>
              <button ${attrs(notes.loadTheirs)} @click=${() => this.#send({ type: 'load-theirs', which })}>
                ${notes.loadTheirsText}
              </button>`
            : html`<button ${attrs(notes.save)} @click=${() => this.#send({ type: 'save-notes', which })}>
                ${notes.saveText}
              </button>`
        }
        ${notes.conflict ? nothing : html`<p ${attrs(notes.status)}>${notes.statusText}</p>`}
      </div>`
          : nothing
      }
    </section>`;
  }

  /** A tick the controller turns down (one write at a time per point) must not stay ticked: render again. */
  #toggle(event: Extract<OneOnOneEvent, { type: 'toggle-point' | 'toggle-item' }>): void {
    this.#send(event);
    this.requestUpdate();
  }

  #cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#send({ type: 'cancel-delete' });
  };

  #submit = (type: 'submit-point' | 'submit-item') => (event: Event) => {
    event.preventDefault();
    this.#send({ type });
  };

  #renderBody(view: OneOnOneView) {
    const state = this.#controller.state;
    const level = this.headingLevel;
    const sub = level + 1;
    const { pointForm, itemForm } = view;
    return html`<section ${attrs(view.root)}>
      <header ${attrs(view.header)}>
        ${this.#heading(view.heading, view.headingText, level)}
        <p ${attrs(view.when)}><time datetime=${view.dateTime}>${view.whenText}</time></p>
        <span ${attrs(view.stateBadge)}>${view.stateText}</span>
        ${
          view.stateActions.length
            ? html`<div ${attrs(view.stateGroup)}>
              ${view.stateActions.map(
                (a) =>
                  html`<button ${attrs(a.button)} @click=${() => this.#send({ type: 'set-state', state: a.state })}>
                    ${a.text}
                  </button>`,
              )}
            </div>`
            : nothing
        }
      </header>
      <p ${attrs(view.announcement)}>${view.announcementText}</p>

      <section ${attrs(view.section('agenda'))}>
        ${this.#heading(view.sectionHeading('agenda'), view.agendaText, sub)}
        ${
          view.points.length === 0
            ? html`<p ${attrs(view.empty)}>${view.agendaEmptyText}</p>`
            : html`<ol ${attrs(view.pointList)}>
              ${view.points.map(
                (p) => html`<li ${attrs(p.item)}>
                  <input
                    ${attrs(p.toggle)}
                    .checked=${live(p.checked)}
                    @change=${(e: Event) =>
                      this.#toggle({
                        type: 'toggle-point',
                        pointId: p.id,
                        done: (e.target as HTMLInputElement).checked,
                      })}
                  />
                  <div ${attrs(p.body)}>
                    <label ${attrs(p.label)}>${p.text}</label>
                    <p ${attrs(p.meta)}>${p.metaTexts.map((text) => html`<span>${text}</span>`)}</p>
                  </div>
                  ${
                    p.canDelete
                      ? html`<button ${attrs(p.delete)} @click=${() => this.#send({ type: 'delete-point', pointId: p.id })}>
                        ${p.deleteText}
                      </button>`
                      : nothing
                  }
                  ${
                    p.confirming
                      ? html`<div ${attrs(p.confirm)} @keydown=${this.#cancelOnEscape}>
                        <p ${attrs(p.confirmQuestion)}>${p.confirmText}</p>
                        <button ${attrs(p.confirmButton)} @click=${() => this.#send({ type: 'confirm-delete' })}>
                          ${p.confirmButtonText}
                        </button>
                        <button ${attrs(p.confirmCancel)} @click=${() => this.#send({ type: 'cancel-delete' })}>
                          ${p.cancelText}
                        </button>
                      </div>`
                      : nothing
                  }
                </li>`,
              )}
            </ol>`
        }
        ${
          view.editable
            ? html`<form ${attrs(pointForm.form)} @submit=${this.#submit('submit-point')}>
              <div ${attrs(view.field)}>
                <label ${attrs(pointForm.label)}>${pointForm.labelText}</label>
                <input
                  ${attrs(pointForm.input)}
                  .value=${live(state.point.text)}
                  @input=${(e: Event) => this.#send({ type: 'point-text', text: (e.target as HTMLInputElement).value })}
                />
                ${pointForm.errorText ? html`<p ${attrs(pointForm.error)}>${pointForm.errorText}</p>` : nothing}
              </div>
              <div ${attrs(view.privateField)}>
                <input
                  ${attrs(pointForm.privateInput)}
                  .checked=${live(pointForm.private)}
                  @change=${(e: Event) =>
                    this.#send({ type: 'point-private', private: (e.target as HTMLInputElement).checked })}
                />
                <label ${attrs(pointForm.privateLabel)}>${pointForm.privateText}</label>
              </div>
              <div ${attrs(view.formFooter)}>
                <button ${attrs(pointForm.submit)}>${pointForm.submitText}</button>
                <p ${attrs(pointForm.status)}>${pointForm.statusText}</p>
              </div>
            </form>`
            : nothing
        }
      </section>

      ${
        view.suggestions.length
          ? html`<section ${attrs(view.section('suggestions'))}>
            ${this.#heading(view.sectionHeading('suggestions'), view.suggestionsText, sub)}
            <p ${attrs(view.suggestionsHint)}>${view.suggestionsHintText}</p>
            <ul ${attrs(view.suggestionList)}>
              ${view.suggestions.map(
                (s) => html`<li ${attrs(s.item)}>
                  <span ${attrs(s.label)}><span>${s.text}</span>${s.ownerText ? html`<span>${s.ownerText}</span>` : nothing}</span>
                  ${
                    s.onAgenda
                      ? html`<span ${attrs(s.added)}>${s.onAgendaText}</span>`
                      : view.editable
                        ? html`<button ${attrs(s.add)} @click=${() => this.#send(s.event)}>${s.addText}</button>`
                        : nothing
                  }
                </li>`,
              )}
            </ul>
          </section>`
          : nothing
      }

      ${view.notes.map((notes) => this.#renderNotes(notes, sub))}

      <section ${attrs(view.section('items'))}>
        ${this.#heading(view.sectionHeading('items'), view.itemsText, sub)}
        ${
          view.items.length === 0
            ? html`<p ${attrs(view.empty)}>${view.itemsEmptyText}</p>`
            : html`<ul ${attrs(view.itemList)}>${this.#renderItems(view.items)}</ul>`
        }
        ${
          view.editable
            ? html`<form ${attrs(itemForm.form)} @submit=${this.#submit('submit-item')}>
              <div ${attrs(view.fields)}>
                <div ${attrs(view.field)}>
                  <label ${attrs(itemForm.label)}>${itemForm.labelText}</label>
                  <input
                    ${attrs(itemForm.input)}
                    .value=${live(state.item.text)}
                    @input=${(e: Event) => this.#send({ type: 'item-text', text: (e.target as HTMLInputElement).value })}
                  />
                  ${itemForm.errorText ? html`<p ${attrs(itemForm.error)}>${itemForm.errorText}</p>` : nothing}
                </div>
                <div ${attrs(view.field)}>
                  <label ${attrs(itemForm.ownerLabel)}>${itemForm.ownerLabelText}</label>
                  <select
                    ${attrs(itemForm.ownerSelect)}
                    @change=${(e: Event) =>
                      this.#send({ type: 'item-owner', ownerId: (e.target as HTMLSelectElement).value })}
                  >
                    ${itemForm.owners.map(
                      (o) => html`<option value=${o.id} ?selected=${o.id === itemForm.ownerId}>${o.name}</option>`,
                    )}
                  </select>
                </div>
                <div ${attrs(view.field)}>
                  <label ${attrs(itemForm.dueLabel)}>${itemForm.dueLabelText}</label>
                  <input
                    ${attrs(itemForm.dueInput)}
                    .value=${live(itemForm.due)}
                    @input=${(e: Event) => this.#send({ type: 'item-due', due: (e.target as HTMLInputElement).value })}
                  />
                </div>
              </div>
              <div ${attrs(view.formFooter)}>
                <button ${attrs(itemForm.submit)}>${itemForm.submitText}</button>
                <p ${attrs(itemForm.status)}>${itemForm.statusText}</p>
              </div>
            </form>`
            : nothing
        }
      </section>

      ${
        view.earlier.length
          ? html`<section ${attrs(view.section('earlier'))}>
            ${this.#heading(view.sectionHeading('earlier'), view.earlierText, sub)}
            <ul ${attrs(view.earlierList)}>${this.#renderItems(view.earlier)}</ul>
          </section>`
          : nothing
      }
    </section>`;
  }
}
