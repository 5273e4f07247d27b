import type { Objective } from '@goalkit/client';
import {
  type CheckInDetail,
  type CheckInFormEvent,
  type CheckInFormState,
  checkInDetail,
  connectCheckInForm,
  createCheckInFormController,
  type KeyResultData,
  validateCheckIn,
} from '@goalkit/core/connect';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkCheckInEvent, settle } from '../events.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { randomId } from '../internal/random-id.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { checkInFormStyles } from './gk-check-in-form.styles.js';

/**
 * @tag gk-check-in-form
 * @summary A check-in: an input that fits the key result's type, confidence and a note, with inline validation, retry and conflict handling.
 *
 * Presentational: set `keyResult` and listen to `gk-check-in` (call `event.waitUntil(promise)` to have
 * the form show saving, then saved or a retry). Connected: set `objective-id` and `key-result-id` inside a
 * `<gk-provider>`; the check-in goes through the client, optimistically. Inside a `<form>` it is a form
 * control: its value (under `name`) is the check-in as JSON, and `required` makes a value mandatory.
 *
 * @csspart root - The form.
 * @csspart heading - "Check in: …".
 * @csspart value-label - Label of the number input.
 * @csspart value - The number input.
 * @csspart current - The current value, under the input.
 * @csspart error - An inline error message.
 * @csspart done - The done checkbox (boolean key results).
 * @csspart done-label - Its label.
 * @csspart milestones - The milestone checkboxes' fieldset.
 * @csspart milestone - One milestone checkbox.
 * @csspart milestone-label - Its label.
 * @csspart confidence - The confidence radio group.
 * @csspart confidence-option - One confidence radio.
 * @csspart confidence-label - Its label.
 * @csspart note-label - Label of the note.
 * @csspart note - The note.
 * @csspart submit - The submit button.
 * @csspart status - The live message (saving, saved, failed, conflict).
 * @csspart retry - Retry after a failure or conflict, or after a failed load.
 * @csspart state-message - The loading, error or empty message.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (the submit button, focus rings).
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-color-off-track=#cf222e] - Error text.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkCheckInEvent} gk-check-in - Presentational: the check-in to record (`event.waitUntil()` takes your promise). Connected: the server recorded it.
 * @event {GkErrorEvent} gk-error - Connected mode: loading or saving failed.
 */
export class GkCheckInForm extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, checkInFormStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  static override properties = {
    keyResult: { attribute: false },
    objectiveId: { attribute: 'objective-id' },
    keyResultId: { attribute: 'key-result-id' },
    name: {},
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
  };

  /** Presentational mode: the key result to check in. */
  declare keyResult: KeyResultData | undefined;
  /** Connected mode: the objective the key result belongs to. */
  declare objectiveId: string | undefined;
  /** Connected mode: the key result's id. */
  declare keyResultId: string | undefined;
  /** The field name of its value in a surrounding form (the check-in as JSON). */
  declare name: string | undefined;
  /** In a surrounding form: a new value must be entered. @default false */
  declare required: boolean;
  /** Disables every input (also set by a disabled fieldset around it). @default false */
  declare disabled: boolean;

  #internals: ElementInternals;
  /** The form's controller, made once the key result is known; `reset` when another is shown. */
  #form: WidgetControllerBinding<CheckInFormState, CheckInFormEvent> | undefined;
  #focus: string | undefined;

  #objective = new QueryController<Objective>(this, this.queryClient, () =>
    !this.keyResult && this.objectiveId && this.keyResultId
      ? this.goalkit?.queries.objectives.detail(this.objectiveId)
      : undefined,
  );
  #checkIn = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.checkIn());

  constructor() {
    super();
    this.required = false;
    this.disabled = false;
    this.#internals = this.attachInternals();
  }

  /** The surrounding form, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the input satisfies `required` and parses. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and shows the browser's message. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Submit the check-in, as the submit button does. */
  submit(): void {
    this.#submit();
  }

  formResetCallback(): void {
    this.#form?.send({ type: 'reset' });
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  #currentKeyResult(): KeyResultData | undefined {
    return this.keyResult ?? this.#objective.result?.data?.keyResults.find((kr) => kr.id === this.keyResultId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const kr = this.#currentKeyResult();
    const locale = this.resolvedLocale;
    if (!kr) return;
    if (!this.#form) {
      this.#form = new WidgetControllerBinding(
        this,
        createCheckInFormController({
          keyResult: kr,
          locale,
          checkIn: (detail) => this.#record(detail),
          latest: () => this.#latest(),
          focus: (selector) => {
            this.#focus = selector;
            this.requestUpdate();
          },
          newKey: randomId,
        }),
      );
    } else if (this.#form.state.keyResult.id !== kr.id) this.#form.send({ type: 'reset', keyResult: kr });
    this.#form.send({ type: 'locale', locale });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncFormValue();
    if (this.#focus) {
      const selector = this.#focus;
      this.#focus = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  #syncFormValue(): void {
    const state = this.#form?.state;
    if (!state) {
      this.#internals.setFormValue(null);
      this.#internals.setValidity({});
      return;
    }
    const errors = validateCheckIn(state);
    const detail = checkInDetail(state);
    const { idempotencyKey: _key, ...value } = detail ?? {};
    this.#internals.setFormValue(detail && this.name ? JSON.stringify(value) : null);
    const view = connectCheckInForm({ state: { ...state, showErrors: true } });
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part="value"], [part="note"]') ?? undefined;
    if (errors.value === 'not-a-number') {
      this.#internals.setValidity({ badInput: true }, view.valueErrorText, anchor);
    } else if (errors.value === 'required' && this.required) {
      this.#internals.setValidity({ valueMissing: true }, view.valueErrorText, anchor);
    } else if (errors.note) {
      this.#internals.setValidity({ tooLong: true }, view.noteErrorText, anchor);
    } else {
      this.#internals.setValidity({});
    }
  }

  #submit = (event?: Event) => {
    event?.preventDefault();
    if (this.disabled) return;
    this.#form?.send({ type: 'submit' });
  };

  /** Records a check-in: presentational through `gk-check-in` (`waitUntil` shows saving), else the server. */
  #record(detail: CheckInDetail): unknown {
    if (this.keyResult || !this.objectiveId) {
      const request = new GkCheckInEvent(detail);
      this.dispatchEvent(request);
      return new Promise<void>((resolve, reject) => settle(request, resolve, reject));
    }
    const objectiveId = this.objectiveId;
    const { keyResultId, objectiveId: _o, idempotencyKey, milestones, ...rest } = detail;
    const body = milestones ? { ...rest, milestones: [...milestones] } : rest;
    return new Promise((resolve, reject) =>
      this.#checkIn.mutate(
        { objectiveId, keyResultId, body, ...(idempotencyKey ? { idempotencyKey } : {}) },
        {
          onSuccess: (result) => {
            resolve(result);
            const recorded = new GkCheckInEvent(detail);
            this.dispatchEvent(recorded);
          },
          onError: (error) => {
            this.reportError('check-in', error);
            reject(error);
          },
        },
      ),
    );
  }

  /** After a conflict: the key result as the server has it now. */
  async #latest(): Promise<KeyResultData | undefined> {
    const goalkit = this.goalkit;
    const objectiveId = this.objectiveId;
    if (!goalkit || !objectiveId) return undefined;
    const fresh = await goalkit.queryClient.fetchQuery({
      ...goalkit.queries.objectives.detail(objectiveId),
      staleTime: 0,
    });
    return fresh.keyResults.find((kr) => kr.id === this.#form?.state.keyResult.id);
  }

  override render() {
    const state = this.#form?.state;
    if (state && this.#currentKeyResult()) return this.#renderForm(state);
    return this.renderQueryState('check-in-form', this.#objective, { message: this.keyResultId });
  }

  #renderForm(state: CheckInFormState) {
    const view = connectCheckInForm({ state });
    const disabled = this.disabled;
    const d = (event: CheckInFormEvent) => this.#form?.send(event);
    return html`<form ${attrs(view.root)} @submit=${this.#submit}>
      <h3 ${attrs(view.heading)}>${view.headingText}</h3>
      ${
        view.kind === 'number'
          ? html`<div ${attrs(view.valueField)}>
            <label ${attrs(view.valueLabel)}>${view.valueLabelText}</label>
            <input
              ${attrs(view.valueInput)}
              ?disabled=${disabled}
              .value=${live(state.value)}
              @input=${(e: Event) => d({ type: 'value', value: (e.target as HTMLInputElement).value })}
            />
            ${view.currentText ? html`<p ${attrs(view.current)}>${view.currentText}</p>` : nothing}
            ${view.valueErrorText ? html`<p ${attrs(view.valueError)}>${view.valueErrorText}</p>` : nothing}
            ${view.valueWarningText ? html`<p ${attrs(view.valueWarning)}>${view.valueWarningText}</p>` : nothing}
          </div>`
          : nothing
      }
      ${
        view.kind === 'boolean'
          ? html`<span ${attrs(view.doneChoice)}>
            <input
              ${attrs(view.doneInput)}
              ?disabled=${disabled}
              .checked=${live(state.done)}
              @change=${(e: Event) => d({ type: 'done', done: (e.target as HTMLInputElement).checked })}
            />
            <label ${attrs(view.doneLabel)}>${view.doneLabelText}</label>
          </span>`
          : nothing
      }
      ${
        view.kind === 'milestones'
          ? html`<fieldset ${attrs(view.milestoneGroup)}>
            <legend>${view.milestonesLegendText}</legend>
            ${view.milestoneCheckboxes.map(
              (m) => html`<span ${attrs(m.choice)}>
                <input
                  ${attrs(m.input)}
                  ?disabled=${disabled}
                  .checked=${live(m.checked)}
                  @change=${(e: Event) =>
                    d({ type: 'milestone', index: m.index, done: (e.target as HTMLInputElement).checked })}
                />
                <label ${attrs(m.label)}>${m.labelText}</label>
              </span>`,
            )}
          </fieldset>`
          : nothing
      }
      <fieldset ${attrs(view.confidenceGroup)}>
        <legend>${view.confidenceLegendText}</legend>
        ${view.confidenceOptions.map(
          (option) => html`<span ${attrs(option.choice)}>
            <input
              ${attrs(option.input)}
              ?disabled=${disabled}
              .checked=${live(option.checked)}
              @change=${() => d({ type: 'confidence', confidence: option.band })}
            />
            <label ${attrs(option.label)}>${option.labelText}</label>
          </span>`,
        )}
      </fieldset>
      <div ${attrs(view.noteField)}>
        <label ${attrs(view.noteLabel)}>${view.noteLabelText}</label>
        <textarea
          ${attrs(view.noteInput)}
          ?disabled=${disabled}
          .value=${live(state.note)}
          @input=${(e: Event) => d({ type: 'note', note: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${view.noteErrorText ? html`<p ${attrs(view.noteError)}>${view.noteErrorText}</p>` : nothing}
      </div>
      <div ${attrs(view.footer)}>
        <button ${attrs(view.submit)} ?disabled=${disabled}>${view.submitText}</button>
        <p ${attrs(view.status)}>${view.statusText}</p>
        ${
          view.retry
            ? html`<button ${attrs(view.retry)} ?disabled=${disabled} @click=${() => this.#submit()}>
              ${view.retryText}
            </button>`
            : nothing
        }
      </div>
    </form>`;
  }
}
