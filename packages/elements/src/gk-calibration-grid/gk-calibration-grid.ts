import type { Calibration, CalibrationPlacement } from '@goalkit/client/conversations';
import {
  type CalibrationGridData,
  type CalibrationGridPersonView,
  type CalibrationMoveDetail,
  calibrationGridFocusId,
  connectCalibrationGrid,
  createCalibrationGridController,
  type NineBoxCellData,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkCalibrationMoveEvent } from '../events.js';
import { conversationsOf } from '../internal/conversations.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { randomId } from '../internal/random-id.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { calibrationGridStyles } from './gk-calibration-grid.styles.js';

// Ids live in the element's shadow root: one base serves every grid on the page.
const ID_BASE = 'gk-calibration-grid';

/**
 * @tag gk-calibration-grid
 * @summary A nine-box calibration grid of potential against performance: people in their boxes, moves by keyboard, click or drag with a required reason, and the placements as a table.
 *
 * Presentational: set `calibration` (`GET /review-cycles/{id}/calibration`) and listen to `gk-calibration-move`
 * (`event.waitUntil(promise)` shows the person saving; resolve it with the person as the server placed them, or
 * reject it to put them back with the reason). Connected: set `cycle-id` inside a `<gk-provider>`. Keyboard:
 * Enter or Space on a person picks them up, the arrow keys choose a box, Enter opens the reason dialog, Escape
 * cancels. Read-only, saying why, when the cycle is not calibrating.
 *
 * @csspart root - The widget and its heading.
 * @csspart heading - "Calibration".
 * @csspart hint - How to move people, or why the grid is read-only (`data-read-only`).
 * @csspart toolbar - The live region and "Cancel" while someone is picked up.
 * @csspart live - What is happening, for screen readers and sighted people alike.
 * @csspart cancel-move - Cancel the move under way.
 * @csspart failure - The last failed move, in words (an alert).
 * @csspart empty - No one to calibrate.
 * @csspart layout - The grid, the people not placed and the table (inert while the dialog is open).
 * @csspart grid - The nine boxes and their axes.
 * @csspart axis-potential - The potential axis' title.
 * @csspart axis-performance - The performance axis' title.
 * @csspart row-header - A level of potential (`data-level`).
 * @csspart column-header - A level of performance (`data-level`).
 * @csspart box - One box (`data-potential`, `data-performance`, `data-target` while it is a move's target).
 * @csspart box-label - Its two levels in words.
 * @csspart box-count - How many people it holds.
 * @csspart people - Its people.
 * @csspart person - One person (`data-adjusted`, `data-pending`, `data-failed`).
 * @csspart chip - The person's button (a plain chip when they cannot be moved; `data-picked`).
 * @csspart name - Their name.
 * @csspart score - Their final score in words.
 * @csspart badge - "moved", for people calibration moved.
 * @csspart person-note - The last move with its reason, saving, or why a move failed.
 * @csspart move-here - "Move here", in the other boxes while someone is picked up.
 * @csspart unplaced - People without a placement.
 * @csspart unplaced-heading - "Not placed: no manager review yet".
 * @csspart unplaced-list - Their list.
 * @csspart caption - The table's title.
 * @csspart table-wrap - Scrolls the table sideways when it is wider than the widget (a focusable region).
 * @csspart table - The placements as a table.
 * @csspart backdrop - Behind the reason dialog.
 * @csspart dialog - The reason dialog (a modal dialog).
 * @csspart dialog-title - "Move Ana Silva".
 * @csspart from-to - From which box to which.
 * @csspart form - The reason's form.
 * @csspart reason-label - "Reason (required)".
 * @csspart reason - The reason's text box.
 * @csspart reason-hint - Who sees the reason.
 * @csspart reason-error - A reason is required.
 * @csspart actions - Cancel and Move.
 * @csspart cancel - Cancel the move.
 * @csspart confirm - Move.
 * @csspart state-message - The loading or error message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - The target box, the picked person and Move.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkCalibrationMoveEvent} gk-calibration-move - Presentational: the move to record. Connected: the server recorded it.
 * @event {GkErrorEvent} gk-error - Connected mode: loading or a move failed.
 */
export class GkCalibrationGrid extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, calibrationGridStyles];

  static override properties = {
    calibration: { attribute: false },
    cycleId: { attribute: 'cycle-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Presentational mode: the grid (`GET /review-cycles/{id}/calibration`). */
  declare calibration: CalibrationGridData | undefined;
  /** Connected mode: the review cycle's id. */
  declare cycleId: string | undefined;
  /** The heading's level, to fit the page's outline (the dialog's title is one below). @default 2 */
  declare headingLevel: number;

  #grid = new WidgetControllerBinding(
    this,
    createCalibrationGridController({
      editable: () => this.#data()?.editable ?? false,
      adjust: (detail) => this.#adjust(detail),
      focus: (target) =>
        this.updateComplete.then(() =>
          (this.renderRoot as ShadowRoot).getElementById(calibrationGridFocusId(ID_BASE, target))?.focus(),
        ),
      newKey: randomId,
    }),
  );
  #query = new QueryController<Calibration>(this, this.queryClient, () =>
    this.calibration || !this.cycleId
      ? undefined
      : conversationsOf(this.goalkit, this)?.queries.calibration(this.cycleId),
  );
  #move = new MutationController(this, this.queryClient, () =>
    conversationsOf(this.goalkit, this)?.mutations.adjustCalibration(),
  );

  constructor() {
    super();
    this.headingLevel = 2;
  }

  #data(): CalibrationGridData | undefined {
    return this.calibration ?? this.#query.result?.data;
  }

  /** Records a move: presentational through `gk-calibration-move` (its `waitUntil` promise), else the server. */
  #adjust(detail: CalibrationMoveDetail): unknown {
    const cycleId = this.cycleId;
    if (this.calibration || !this.goalkit || !cycleId) {
      const request = new GkCalibrationMoveEvent(detail);
      this.dispatchEvent(request);
      return request.pending;
    }
    const { idempotencyKey, ...body } = detail;
    return new Promise<CalibrationPlacement>((resolve, reject) =>
      this.#move.mutate(
        { cycleId, body, ...(idempotencyKey ? { idempotencyKey } : {}) },
        {
          onSuccess: (person) => {
            resolve(person);
            this.dispatchEvent(new GkCalibrationMoveEvent(detail));
          },
          onError: (error) => {
            this.reportError('calibration-move', error);
            reject(error);
          },
        },
      ),
    );
  }

  override render() {
    const data = this.#data();
    if (data) return this.#renderBody(data);
    return this.renderQueryState('calibration-grid', this.#query);
  }

  #person(p: CalibrationGridPersonView) {
    const send = this.#grid.send;
    const ref = { personId: p.personId, name: p.name, placement: p.placement as NineBoxCellData };
    const content = html`<span ${attrs(p.label)}>${p.name}</span>
      <span ${attrs(p.score)}>${p.scoreText}</span>
      ${p.adjustedText ? html`<span ${attrs(p.badge)}>${p.adjustedText}</span>` : nothing}`;
    const note = [p.failedText ?? p.pendingText, p.movedText].filter(Boolean).join('. ');
    return html`<li ${attrs(p.item)}>
      ${
        p.movable
          ? html`<button
            ${attrs(p.chip)}
            @click=${() => send({ type: 'pick', person: ref })}
            @keydown=${(event: KeyboardEvent) => send({ type: 'keydown', person: ref, event })}
            @dragstart=${(event: DragEvent) => {
              event.dataTransfer?.setData('text/plain', p.personId);
              if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
              send({ type: 'pick', person: ref });
            }}
            @dragend=${() => send({ type: 'drag-end' })}
          >${content}</button>`
          : html`<span ${attrs(p.chip)}>${content}</span>`
      }
      ${note ? html`<span ${attrs(p.note)}>${note}</span>` : nothing}
    </li>`;
  }

  // Escape cancels a move from the other controls it offers too ("Move here", "Cancel").
  #escapeCancels = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.#grid.send({ type: 'cancel' });
  };

  #dialogKey = (event: KeyboardEvent) => {
    const id = (event.composedPath()[0] as HTMLElement | undefined)?.id;
    const at =
      id === calibrationGridFocusId(ID_BASE, { part: 'reason' })
        ? 'first'
        : id === calibrationGridFocusId(ID_BASE, { part: 'confirm' })
          ? 'last'
          : 'other';
    this.#grid.send({ type: 'dialog-key', event, at });
  };

  #renderBody(calibration: CalibrationGridData) {
    const state = this.#grid.state;
    const send = this.#grid.send;
    const view = connectCalibrationGrid({ calibration, state, locale: this.resolvedLocale, idBase: ID_BASE });
    const level = this.headingLevel;
    const dialog = view.dialog;
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${level}>${view.headingText}</div>
      <p ${attrs(view.hint)}>${view.hintText}</p>
      <div ${attrs(view.toolbar)}>
        <p ${attrs(view.live)}>${view.announcementText}</p>
        ${
          view.cancelMove
            ? html`<button
              ${attrs(view.cancelMove.button)}
              @click=${() => send({ type: 'cancel' })}
              @keydown=${this.#escapeCancels}
            >
              ${view.cancelMove.text}
            </button>`
            : nothing
        }
      </div>
      <p ${attrs(view.failure)}>${view.failureText ?? nothing}</p>
      ${
        view.isEmpty
          ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
          : html`<div ${attrs(view.body)}>
            <div ${attrs(view.grid)}>
              <span ${attrs(view.axisPotential)}>${view.potentialText}</span>
              ${view.rows.map(
                (row) => html`<span ${attrs(row.header)}>${row.text}</span>
                  ${row.boxes.map(
                    (box) => html`<div
                      ${attrs(box.box)}
                      @dragover=${(event: DragEvent) => {
                        if (this.#grid.state.move?.step === 'choosing') event.preventDefault();
                      }}
                      @drop=${(event: DragEvent) => {
                        event.preventDefault();
                        send({ type: 'target', to: box.cell });
                      }}
                    >
                      <p ${attrs(box.label)}>${box.labelText}</p>
                      <p ${attrs(box.count)}>${box.countText}</p>
                      ${
                        box.people.length > 0
                          ? html`<ul ${attrs(box.list)}>${box.people.map((p) => this.#person(p))}</ul>`
                          : nothing
                      }
                      ${
                        box.moveHere
                          ? html`<button
                            ${attrs(box.moveHere.button)}
                            @click=${() => send({ type: 'target', to: box.cell })}
                            @keydown=${this.#escapeCancels}
                          >${box.moveHere.text}</button>`
                          : nothing
                      }
                    </div>`,
                  )}`,
              )}
              ${view.columns.map((column) => html`<span ${attrs(column.header)}>${column.text}</span>`)}
              <span ${attrs(view.axisPerformance)}>${view.performanceText}</span>
            </div>
            ${
              view.unplaced
                ? html`<section ${attrs(view.unplacedSection)}>
                  <div ${attrs(view.unplacedHeading)} role="heading" aria-level=${Math.min(6, level + 1)}>
                    ${view.unplaced.headingText}
                  </div>
                  <ul ${attrs(view.unplacedList)}>${view.unplaced.people.map((p) => this.#person(p))}</ul>
                </section>`
                : nothing
            }
            <p ${attrs(view.caption)}>${view.table.captionText}</p>
            <div ${attrs(view.tableWrap)}>
              <table ${attrs(view.tableRoot)}>
                <thead><tr>${view.table.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
                <tbody>
                  ${view.table.rows.map(
                    (row) => html`<tr>
                      <th scope="row">${row.cells[0]}</th>
                      <td>${row.cells[1]}</td>
                      <td>${row.cells[2]}</td>
                      <td>${row.cells[3]}</td>
                      <td>${row.cells[4]}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </div>`
      }
      ${
        dialog
          ? html`<div ${attrs(dialog.backdrop)}>
            <div ${attrs(dialog.root)} @keydown=${this.#dialogKey}>
              <div ${attrs(dialog.title)} role="heading" aria-level=${Math.min(6, level + 1)}>${dialog.titleText}</div>
              <p ${attrs(dialog.fromTo)}>${dialog.fromToText}</p>
              <form
                ${attrs(dialog.form)}
                @submit=${(event: Event) => {
                  event.preventDefault();
                  send({ type: 'confirm' });
                }}
              >
                <label ${attrs(dialog.reasonLabel)}>${dialog.reasonLabelText}</label>
                <textarea
                  ${attrs(dialog.reasonInput)}
                  .value=${live(dialog.reasonValue)}
                  @input=${(event: Event) => send({ type: 'reason', text: (event.target as HTMLTextAreaElement).value })}
                ></textarea>
                <p ${attrs(dialog.reasonHint)}>${dialog.reasonHintText}</p>
                ${dialog.errorText ? html`<p ${attrs(dialog.error)}>${dialog.errorText}</p>` : nothing}
                <div ${attrs(dialog.actions)}>
                  <button ${attrs(dialog.cancel)} @click=${() => send({ type: 'cancel' })}>${dialog.cancelText}</button>
                  <button ${attrs(dialog.confirm)}>${dialog.confirmText}</button>
                </div>
              </form>
            </div>
          </div>`
          : nothing
      }
    </section>`;
  }
}
