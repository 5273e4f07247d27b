import { type AlignmentCandidate, type Cycle, editorSaveRequest, type Objective, type Owner } from '@goalkit/client';
import {
  type AttrBag,
  type CycleData,
  connectGoalEditor,
  createGoalEditorController,
  type FieldView,
  type GoalEditorAnswer,
  type GoalEditorAssistAnswer,
  type GoalEditorAssistView,
  type GoalEditorCarryOverDetail,
  type GoalEditorController,
  type GoalEditorControllerEvent,
  type GoalEditorSaveDetail,
  type GoalEditorState,
  type GoalEditorTransitionDetail,
  goalEditorErrors,
  type KeyResultDraft,
  type KeyResultEditorView,
  type KeyResultField,
  type ObjectiveData,
  type ObjectiveDraft,
  type ObjectiveField,
  type ParentCandidate,
} from '@goalkit/core/connect';
import type { DraftObjective } from '@goalkit/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import {
  GkCarryOverEvent,
  type GkErrorDetail,
  type GkRequestEvent,
  GkSaveEvent,
  GkTransitionEvent,
} from '../events.js';
import { assistApi, assistTasksQuery } from '../internal/assist.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { linter } from '../internal/linter.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { goalEditorStyles } from './gk-goal-editor.styles.js';

/** An owner the editor offers. */
export interface EditorOwner {
  readonly id: string;
  readonly name: string;
  readonly kind?: string | undefined;
}

/**
 * @tag gk-goal-editor
 * @summary Create or edit an objective with its key results; the SMART linter runs as the person types, saving uses If-Match, conflicts can be reloaded or overwritten, and lifecycle actions follow the contract.
 *
 * Presentational: set `objective` (leave it out to create one) and listen to `gk-save` and
 * `gk-transition` (`event.waitUntil(promise)` shows saving and failures). Connected: set `objective-id`
 * (`new` to create one) inside a `<gk-provider>`. Inside a `<form>` it is a form control whose value
 * (under `name`) is the objective as JSON; an empty title or a number that does not parse makes it invalid.
 *
 * @csspart root - The form.
 * @csspart heading - "New objective" or "Edit objective".
 * @csspart layout - Fields beside the SMART panel.
 * @csspart fields - The fields column.
 * @csspart field - A label, its input, its error and its findings.
 * @csspart label - A field's label.
 * @csspart input - A field's input, select or textarea.
 * @csspart error - A field's error message.
 * @csspart findings - The lint findings of a field.
 * @csspart finding - One finding and its suggestion (`data-severity`).
 * @csspart row - Fields side by side.
 * @csspart key-result - One key result's fieldset.
 * @csspart add - "Add key result", "Add milestone".
 * @csspart remove - "Remove key result", "Remove milestone".
 * @csspart smart - The SMART score panel.
 * @csspart smart-letter - One letter's score bar.
 * @csspart footer - Save and its status.
 * @csspart save - The save button.
 * @csspart status - Saving, saved, failed, or the conflict and its changes.
 * @csspart action - A lifecycle action, or "reload" / "keep mine" after a conflict.
 * @csspart lifecycle - The lifecycle actions.
 * @csspart alignment - "Aligns to", its search and the alignment kind.
 * @csspart parent-search - The search box over the goals to align to.
 * @csspart parent-status - How many goals match, or that they are loading.
 * @csspart hint - Who can see the goal; that the computed status stays visible; help under a key result's source settings.
 * @csspart source - A key result's "Value comes from" and the push address or pull settings (`data-mode`).
 * @csspart endpoint - The address a system sends a push key result's values to.
 * @csspart notice - Who a proposal waits for, or the comment a returned draft came back with.
 * @csspart carry-over - "Carry over to …" the next cycle.
 * @csspart carry-status - Carrying over, carried, or failed.
 * @csspart assist - "Suggest a SMART rewrite", its status and the proposal (when a rewrite is offered).
 * @csspart assist-button - "Suggest a SMART rewrite".
 * @csspart assist-status - Asking, the refusal in words, or that the request failed (a polite live region).
 * @csspart assist-proposal - The suggested rewrite with its SMART score before and after.
 * @csspart assist-heading - "Suggested rewrite".
 * @csspart assist-accept - Puts the suggestion into the form.
 * @csspart assist-keep-mine - Drops the suggestion.
 * @csspart state-message - The loading, error or empty message.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (save button, SMART bars).
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-color-at-risk=#9a6700] - Warning findings.
 * @cssproperty [--gk-color-off-track=#cf222e] - Errors and error findings.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkSaveEvent} gk-save - Presentational: the objective to save. Connected: the server saved it.
 * @event {GkTransitionEvent} gk-transition - Presentational: a lifecycle action to take.
 * @event {GkCarryOverEvent} gk-carry-over - Presentational: carry the objective into the next cycle. Connected: carried (with `copyId`).
 * @event {GkErrorEvent} gk-error - Connected mode: loading, saving or a lifecycle action failed.
 */
export class GkGoalEditor extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, goalEditorStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  static override properties = {
    objective: { attribute: false },
    objectiveId: { attribute: 'objective-id' },
    cycles: { attribute: false },
    owners: { attribute: false },
    parents: { attribute: false },
    defaults: { attribute: false },
    asOf: { attribute: 'as-of' },
    now: { attribute: false },
    name: {},
    disabled: { type: Boolean, reflect: true },
    assist: { attribute: false },
  };

  /** Presentational mode: the objective to edit; leave it out to create one. */
  declare objective: ObjectiveData | undefined;
  /** Connected mode: the objective to edit, or `new` to create one. */
  declare objectiveId: string | undefined;
  /** Cycles to choose from (and for the linter's time rules). Connected mode loads them. */
  declare cycles: readonly CycleData[] | undefined;
  /** Owners to choose from. Connected mode loads them. */
  declare owners: readonly EditorOwner[] | undefined;
  /** Objectives this one may align to (connected mode loads them from `GET /alignment-candidates` unless set). */
  declare parents: readonly ParentCandidate[] | undefined;
  /** Starting values of a new objective (owner, cycle). */
  declare defaults: Partial<ObjectiveDraft> | undefined;
  /** The lint date (`YYYY-MM-DD`), for rules about "now". @default today */
  declare asOf: string | undefined;
  /** The moment "2 days ago" is measured from. @default now */
  declare now: string | Date | undefined;
  /** The field name of its value in a surrounding form (the objective as JSON). */
  declare name: string | undefined;
  /** Disables every input (also set by a disabled fieldset around it). @default false */
  declare disabled: boolean;
  /**
   * Presentational mode: "Suggest a SMART rewrite", called with the draft as it is; answer the rewrite with
   * its SMART scores or a refusal (`POST /assist/rewrite-smart`'s reply, or core's `assist()` result). The
   * action shows only when it is set. Connected mode offers it when the server does (`GET /assist`), inside
   * a `<gk-provider assist>`.
   */
  declare assist: ((objective: DraftObjective) => GoalEditorAssistAnswer | Promise<GoalEditorAssistAnswer>) | undefined;

  #internals: ElementInternals;
  /** The editor's controller, made once the objective is known; `open` for another. */
  #editor: GoalEditorController | undefined;
  /** Which objective the editor holds (`new` for one being created, and for the one it then created). */
  #stateFor: string | undefined;
  /** The objective this editor created: shown by id next (or still under `new`), the same form stays open. */
  #created: ObjectiveData | undefined;
  #focus: string | undefined;

  get #state(): GoalEditorState | undefined {
    return this.#editor?.getSnapshot().editor;
  }

  #connected = () => (!this.objective && this.objectiveId ? this.goalkit : undefined);
  #creating = () => this.objectiveId === 'new';
  #objective = new QueryController<Objective>(this, this.queryClient, () =>
    this.objectiveId && !this.#creating() ? this.#connected()?.queries.objectives.detail(this.objectiveId) : undefined,
  );
  #cycles = new QueryController<{ items: Cycle[] }>(this, this.queryClient, () =>
    this.cycles ? undefined : this.#connected()?.queries.cycles(),
  );
  #owners = new QueryController<{ items: Owner[] }>(this, this.queryClient, () =>
    this.owners ? undefined : this.#connected()?.queries.owners(),
  );
  // The goals the draft may align to follow its owner and cycle as the person changes them.
  #candidates = new QueryController<{ items: AlignmentCandidate[] }>(this, this.queryClient, () => {
    const draft = this.#state?.draft;
    if (this.parents || !draft?.ownerId || !draft.cycleId) return undefined;
    const exclude = this.objectiveId && !this.#creating() ? { exclude: this.objectiveId } : {};
    return this.#connected()?.queries.alignmentCandidates({ owner: draft.ownerId, cycle: draft.cycleId, ...exclude });
  });
  #assistTasks = new QueryController<string[]>(this, this.queryClient, () => {
    const goalkit = this.assist ? undefined : this.#connected();
    return goalkit?.assist ? assistTasksQuery(goalkit.client) : undefined;
  });
  /** Who answers "Suggest a SMART rewrite": the host's `assist`, or the server when it offers it; else nobody. */
  #rewrite(): ((objective: DraftObjective) => Promise<GoalEditorAssistAnswer> | GoalEditorAssistAnswer) | undefined {
    if (this.assist) return this.assist;
    const client = this.#connected()?.client;
    if (!client || !this.#assistTasks.result?.data?.includes('rewrite-smart')) return undefined;
    return (objective) => assistApi(client).then((api) => api.rewriteSmart({ objective }));
  }
  #update = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.saveObjective());
  #duplicate = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.duplicateObjective());
  #create = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.createObjective());
  #transition = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.transition());

  constructor() {
    super();
    this.disabled = false;
    this.#internals = this.attachInternals();
  }

  /** The surrounding form, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the objective can be saved as it is. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and shows the browser's message. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  formResetCallback(): void {
    this.#stateFor = undefined;
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  #source(): { ready: boolean; objective: ObjectiveData | undefined; key: string } {
    if (this.objective) return { ready: true, objective: this.objective, key: this.objective.id };
    if (!this.objectiveId || this.#creating()) return { ready: true, objective: undefined, key: 'new' };
    const created = this.#created?.id === this.objectiveId ? this.#created : undefined;
    const data = this.#objective.result?.data ?? created;
    return { ready: data !== undefined, objective: data, key: created ? 'new' : (data?.id ?? '') };
  }

  #cycleList(): readonly CycleData[] | undefined {
    return this.cycles ?? this.#cycles.result?.data?.items;
  }

  #ownerList(): readonly EditorOwner[] | undefined {
    return this.owners ?? this.#owners.result?.data?.items;
  }

  #parentList(): readonly ParentCandidate[] | undefined {
    return this.parents ?? this.#candidates.result?.data?.items;
  }

  #parentsLoading(): boolean {
    return !this.parents && this.#candidates.result?.isPending === true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { ready, objective, key } = this.#source();
    if (!ready) return;
    const defaults = this.defaults ?? {};
    const locale = this.resolvedLocale;
    if (!this.#editor) {
      this.#editor = createGoalEditorController({
        objective,
        defaults,
        locale,
        linter,
        save: (detail, base) => this.#saveObjective(detail, base),
        latest: () => this.#latest(),
        transition: (detail) => this.#transitionObjective(detail),
        carryOver: (detail) => this.#carryOverObjective(detail),
        assist: (objective) =>
          this.#rewrite()?.(objective) ?? Promise.reject(new Error('goalkit: no SMART rewrite offered')),
        focus: (selector) => {
          this.#focus = selector;
          this.requestUpdate();
        },
      });
      new WidgetControllerBinding(this, this.#editor);
      this.#editor.send({ type: 'load-linter' });
    } else if (this.#stateFor !== key) this.#editor.send({ type: 'open', objective, defaults, locale });
    this.#stateFor = key;
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

  override connectedCallback(): void {
    super.connectedCallback();
    // Connecting again tries a linter that failed to load once more; renders never do (not on every keystroke).
    this.#editor?.send({ type: 'load-linter' });
  }

  #syncFormValue(): void {
    const state = this.#state;
    if (!state) {
      this.#internals.setFormValue(null);
      this.#internals.setValidity({});
      return;
    }
    const view = connectGoalEditor({ state: { ...state, showErrors: true } });
    this.#internals.setFormValue(view.saveDetail && this.name ? JSON.stringify(view.saveDetail.objective) : null);
    const errors = goalEditorErrors(state);
    const first = Object.keys(errors)[0];
    if (!first) {
      this.#internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`) ?? undefined;
    const message =
      first === 'title'
        ? view.fields.title.errorText
        : (this.renderRoot.querySelector('[part="error"]')?.textContent ?? first);
    this.#internals.setValidity(errors.title ? { valueMissing: true } : { badInput: true }, message || first, anchor);
  }

  #dispatch = (event: GoalEditorControllerEvent): void => this.#editor?.send(event);

  #save = (event?: Event) => {
    event?.preventDefault();
    if (this.disabled) return;
    this.#dispatch({ type: 'save' });
  };

  #carryOver(cycleId: string): void {
    if (!this.disabled) this.#dispatch({ type: 'carry-over', cycleId });
  }

  #act(action: GoalEditorTransitionDetail['action']): void {
    if (!this.disabled) this.#dispatch({ type: 'transition', action });
  }

  /** Whether the host keeps the data: each request is then an event (`waitUntil` shows progress and failures). */
  #presentational(): boolean {
    return Boolean(this.objective || !this.objectiveId || !this.goalkit);
  }

  #ask(request: GkRequestEvent<unknown>): GoalEditorAnswer {
    this.dispatchEvent(request);
    return request.pending?.then(() => undefined);
  }

  /** Runs a connected mutation: its answer, or its error reported (`gk-error`) and passed on. */
  #run<TData, TVariables, TContext>(
    mutation: MutationController<TData, TVariables, TContext>,
    variables: TVariables,
    action: GkErrorDetail['action'],
  ): Promise<TData> {
    return new Promise((resolve, reject) =>
      mutation.mutate(variables, {
        onSuccess: resolve,
        onError: (error) => {
          this.reportError(action, error);
          reject(error);
        },
      }),
    );
  }

  #saveObjective(detail: GoalEditorSaveDetail, base: ObjectiveData | undefined): GoalEditorAnswer {
    if (this.#presentational()) return this.#ask(new GkSaveEvent(detail));
    const request = editorSaveRequest(detail, base);
    const saving =
      'create' in request
        ? this.#run(this.#create, request.create, 'save')
        : this.#run(this.#update, request.save, 'save');
    return saving.then((saved) => {
      if (this.#creating()) this.#created = saved;
      // Connected: the detail names the saved objective and its version (a new one's id comes from the server).
      this.dispatchEvent(
        new GkSaveEvent({ ...detail, objectiveId: saved.id, ...(saved.version ? { version: saved.version } : {}) }),
      );
      return saved;
    });
  }

  /** After a conflict: the objective as the server has it now. */
  #latest(): Promise<ObjectiveData | undefined> {
    const goalkit = this.goalkit;
    const objectiveId = this.objectiveId;
    if (!goalkit || !objectiveId) return Promise.resolve(undefined);
    return goalkit.queryClient.fetchQuery({ ...goalkit.queries.objectives.detail(objectiveId), staleTime: 0 });
  }

  #transitionObjective(detail: GoalEditorTransitionDetail): GoalEditorAnswer {
    if (this.#presentational()) return this.#ask(new GkTransitionEvent(detail));
    const { objectiveId: id, action, comment } = detail;
    return this.#run(this.#transition, { id, action, ...(comment ? { comment } : {}) }, 'transition').then((saved) => {
      this.dispatchEvent(new GkTransitionEvent(detail));
      return saved;
    });
  }

  #carryOverObjective(detail: GoalEditorCarryOverDetail): GoalEditorAnswer {
    if (this.#presentational()) return this.#ask(new GkCarryOverEvent(detail));
    return this.#run(this.#duplicate, { id: detail.objectiveId, cycleId: detail.cycleId }, 'carry-over').then(
      (copy) => {
        this.dispatchEvent(new GkCarryOverEvent({ ...detail, copyId: copy.id }));
        return copy;
      },
    );
  }

  override render() {
    const state = this.#state;
    if (state) return this.#renderEditor(state);
    return this.renderQueryState('goal-editor', this.#objective);
  }

  #field(field: FieldView, control: TemplateResult) {
    return html`<div ${attrs(field.field)}>
      <label ${attrs(field.label)}>${field.labelText}</label>
      ${control}
      ${field.hint && field.hintText ? html`<p ${attrs(field.hint)}>${field.hintText}</p>` : nothing}
      ${field.errorText ? html`<p ${attrs(field.error)}>${field.errorText}</p>` : nothing}
      ${
        field.findings.length > 0
          ? html`<ul ${attrs(field.findingList)}>
            ${field.findings.map(
              (f) =>
                html`<li ${attrs(f.item)}><p>${f.message}</p>${f.suggestion ? html`<p>${f.suggestion}</p>` : nothing}</li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  #select(
    field: FieldView,
    value: string,
    options: readonly { id: string; label: string }[],
    onChange: (value: string) => void,
    empty?: string,
  ) {
    return html`<select
      ${attrs(field.input)}
      ?disabled=${this.disabled}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${empty === undefined ? nothing : html`<option value="" ?selected=${value === ''}>${empty}</option>`}
      ${value !== '' && !options.some((o) => o.id === value) ? html`<option value=${value} selected>${value}</option>` : nothing}
      ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.label}</option>`)}
    </select>`;
  }

  /** A key result's "Value comes from" and what the chosen way needs (all words and ids from core). */
  #renderSource(
    kr: KeyResultEditorView,
    draft: KeyResultDraft,
    row: AttrBag,
    set: (field: KeyResultField) => (value: string) => void,
  ) {
    const { source } = kr;
    const disabled = this.disabled;
    const text = draft.source;
    const select = (field: KeyResultField, value: string, options: readonly { value: string; label: string }[]) =>
      this.#field(
        kr.fields[field],
        html`<select
          ${attrs(kr.fields[field].input)}
          ?disabled=${disabled}
          @change=${(e: Event) => set(field)((e.target as HTMLSelectElement).value)}
        >
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select>`,
      );
    const input = (field: FieldView, value: string, name: KeyResultField, inputmode = 'text') =>
      this.#field(
        field,
        html`<input
          ${attrs(field.input)}
          inputmode=${inputmode}
          ?disabled=${disabled}
          .value=${live(value)}
          @input=${(e: Event) => set(name)((e.target as HTMLInputElement).value)}
        />`,
      );
    const allow = source.allowOutsideCycle;
    return html`<div ${attrs(source.group)}>
      ${select('source.mode', source.mode, source.modeOptions)}
      ${
        source.mode === 'push'
          ? html`<div ${attrs(row)}>
            ${
              source.endpointText
                ? html`<p>${source.endpointLabelText} <code ${attrs(source.endpoint)}>${source.endpointText}</code></p>`
                : nothing
            }
            <p ${attrs(source.pushHint)}>${source.pushHintText}</p>
          </div>`
          : nothing
      }
      ${
        source.mode === 'pull'
          ? html`<div ${attrs(row)}>
              ${select('source.connector', text?.connector ?? '', source.connectorOptions)}
              ${select('source.schedule', text?.schedule ?? '', source.scheduleOptions)}
            </div>
            ${source.configFields.map((field) =>
              input(field, text?.config[field.name] ?? '', `source.config.${field.name}` as KeyResultField),
            )}
            <div ${attrs(row)}>
              ${input(kr.fields['source.transform.scale'], text?.scale ?? '', 'source.transform.scale', 'decimal')}
              ${input(kr.fields['source.transform.offset'], text?.offset ?? '', 'source.transform.offset', 'decimal')}
              ${select('source.transform.aggregate', source.aggregateValue, source.aggregateOptions)}
            </div>`
          : nothing
      }
      ${
        source.mode !== 'manual'
          ? html`<div ${attrs(allow.field)}>
            <input
              ${attrs(allow.input)}
              ?disabled=${disabled}
              .checked=${live(draft.allowValuesOutsideCycle === true)}
              @change=${(e: Event) => set('allowValuesOutsideCycle')(String((e.target as HTMLInputElement).checked))}
            />
            <label ${attrs(allow.label)}>${allow.labelText}</label>
            ${allow.errorText ? html`<p ${attrs(allow.error)}>${allow.errorText}</p>` : nothing}
          </div>`
          : nothing
      }
    </div>`;
  }

  /** "Suggest a SMART rewrite", its status, and the proposal with Accept and Keep mine (all words from core). */
  #renderAssist(assist: GoalEditorAssistView) {
    const { proposal } = assist;
    return html`<div ${attrs(assist.root)}>
      <button ${attrs(assist.button)} @click=${() => this.#dispatch({ type: 'assist' })}>${assist.buttonText}</button>
      <p ${attrs(assist.status)}>${assist.statusText ?? nothing}</p>
      ${
        proposal
          ? html`<div ${attrs(proposal.panel)}>
            <h4 ${attrs(proposal.heading)}>${proposal.headingText}</h4>
            <p>${proposal.labelText}</p>
            <p>${proposal.scoreText}</p>
            <p><strong>${proposal.titleText}</strong></p>
            ${proposal.descriptionText ? html`<p>${proposal.descriptionText}</p>` : nothing}
            <p>${proposal.keyResultsText}</p>
            <ul>${proposal.keyResults.map((title) => html`<li>${title}</li>`)}</ul>
            <button ${attrs(proposal.accept)} @click=${() => this.#dispatch({ type: 'assist-accept' })}>
              ${proposal.acceptText}
            </button>
            <button ${attrs(proposal.keepMine)} @click=${() => this.#dispatch({ type: 'assist-dismiss' })}>
              ${proposal.keepMineText}
            </button>
          </div>`
          : nothing
      }
    </div>`;
  }

  #renderEditor(state: GoalEditorState) {
    const view = (this.#editor as GoalEditorController).view({
      cycles: this.#cycleList(),
      owners: this.#ownerList(),
      asOf: this.asOf,
      parents: this.#parentList(),
      parentsLoading: this.#parentsLoading(),
      now: this.now,
      assist: this.#rewrite() !== undefined,
    });
    const d = state.draft;
    const disabled = this.disabled;
    const set = (field: ObjectiveField) => (value: string) => this.#dispatch({ type: 'field', field, value });
    const onInput = (f: (value: string) => void) => (e: Event) =>
      f((e.target as HTMLInputElement | HTMLTextAreaElement).value);
    const setKr = (index: number, field: KeyResultField) => (value: string) =>
      this.#dispatch({ type: 'key-result-field', index, field, value });
    return html`<form ${attrs(view.root)} @submit=${this.#save}>
      <h2 ${attrs(view.heading)}>${view.headingText}</h2>
      ${
        view.notice
          ? html`<div ${attrs(view.noticePart)}>
            <p>${view.notice.text}</p>
            ${view.notice.comment ? html`<blockquote>${view.notice.comment}</blockquote>` : nothing}
          </div>`
          : nothing
      }
      <div ${attrs(view.layout)}>
        <div ${attrs(view.fieldList)}>
          ${this.#field(
            view.fields.title,
            html`<input ${attrs(view.fields.title.input)} ?disabled=${disabled} .value=${live(d.title)} @input=${onInput(set('title'))} />`,
          )}
          ${this.#field(
            view.fields.description,
            html`<textarea
              ${attrs(view.fields.description.input)}
              rows="2"
              ?disabled=${disabled}
              .value=${live(d.description)}
              @input=${onInput(set('description'))}
            ></textarea>`,
          )}
          <div ${attrs(view.row)}>
            ${this.#field(
              view.fields.ownerId,
              this.#select(
                view.fields.ownerId,
                d.ownerId,
                (this.#ownerList() ?? []).map((o) => ({ id: o.id, label: o.name })),
                set('ownerId'),
                view.noneText,
              ),
            )}
            ${this.#field(
              view.fields.cycleId,
              this.#select(
                view.fields.cycleId,
                d.cycleId,
                (this.#cycleList() ?? []).map((c) => ({ id: c.id, label: c.name })),
                set('cycleId'),
                view.noneText,
              ),
            )}
          </div>
          <div ${attrs(view.alignmentGroup)}>
            <div ${attrs(view.parentSearch.field)}>
              <label ${attrs(view.parentSearch.label)}>${view.parentSearch.labelText}</label>
              <input
                ${attrs(view.parentSearch.input)}
                ?disabled=${disabled}
                .value=${live(state.parentQuery ?? '')}
                @input=${onInput((value) => this.#dispatch({ type: 'parent-query', value }))}
              />
              <p ${attrs(view.parentStatus)}>${view.parentStatusText}</p>
            </div>
            <div ${attrs(view.row)}>
              ${this.#field(
                view.fields.parentId,
                html`<select
                  ${attrs(view.fields.parentId.input)}
                  ?disabled=${disabled}
                  @change=${(e: Event) => set('parentId')((e.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${d.parentId === ''}>${view.noneText}</option>
                  ${
                    d.parentId !== '' && !view.parentGroups.some((g) => g.options.some((o) => o.value === d.parentId))
                      ? html`<option value=${d.parentId} selected>${d.parentId}</option>`
                      : nothing
                  }
                  ${view.parentGroups.map(
                    (g) => html`<optgroup label=${g.label}>
                      ${g.options.map((o) => html`<option value=${o.value} ?selected=${o.value === d.parentId}>${o.label}</option>`)}
                    </optgroup>`,
                  )}
                </select>`,
              )}
              ${this.#field(
                view.fields.alignment,
                this.#select(
                  view.fields.alignment,
                  d.alignment,
                  view.alignmentOptions.map((o) => ({ id: o.value, label: o.label })),
                  set('alignment'),
                ),
              )}
            </div>
          </div>
          ${this.#field(
            view.fields.visibility,
            html`${this.#select(
              view.fields.visibility,
              d.visibility,
              view.visibilityOptions.map((o) => ({ id: o.value, label: o.label })),
              set('visibility'),
            )}<p ${attrs(view.visibilityHint)}>${view.visibilityHintText}</p>`,
          )}
          ${
            view.manualStatusShown
              ? html`<div ${attrs(view.row)}>
                ${this.#field(
                  view.fields.manualStatus,
                  html`${this.#select(
                    view.fields.manualStatus,
                    d.manualStatus ?? '',
                    view.manualStatusOptions.map((o) => ({ id: o.value, label: o.label })),
                    set('manualStatus'),
                  )}<p ${attrs(view.manualHint)}>${view.manualHintText}</p>`,
                )}
                ${
                  d.manualStatus
                    ? this.#field(
                        view.fields.manualNote,
                        html`<input ${attrs(view.fields.manualNote.input)} ?disabled=${disabled} .value=${live(d.manualNote ?? '')} @input=${onInput(set('manualNote'))} />`,
                      )
                    : nothing
                }
              </div>`
              : nothing
          }
          <h3>${view.keyResultsHeading}</h3>
          ${repeat(
            view.keyResults,
            (kr) => kr.key,
            (kr) => {
              const draft = d.keyResults[kr.index];
              if (!draft) return nothing;
              return html`<fieldset ${attrs(kr.group)}>
                ${this.#field(
                  kr.fields.title,
                  html`<input
                    ${attrs(kr.fields.title.input)}
                    ?disabled=${disabled}
                    .value=${live(draft.title)}
                    @input=${onInput(setKr(kr.index, 'title'))}
                  />`,
                )}
                <div ${attrs(view.row)}>
                  ${this.#field(
                    kr.fields.type,
                    html`<select
                      ${attrs(kr.fields.type.input)}
                      ?disabled=${disabled}
                      @change=${onInput(setKr(kr.index, 'type'))}
                    >
                      ${view.typeOptions.map(
                        (o) => html`<option value=${o.value} ?selected=${o.value === draft.type}>${o.label}</option>`,
                      )}
                    </select>`,
                  )}
                  ${kr.numberFields.map((name) =>
                    this.#field(
                      kr.fields[name],
                      html`<input
                        ${attrs(kr.fields[name].input)}
                        inputmode=${name === 'unit' ? 'text' : 'decimal'}
                        ?disabled=${disabled}
                        .value=${live(draft[name as 'start'])}
                        @input=${onInput(setKr(kr.index, name))}
                      />`,
                    ),
                  )}
                </div>
                ${this.#field(
                  kr.fields.checkInResponsibleId,
                  this.#select(
                    kr.fields.checkInResponsibleId,
                    draft.checkInResponsibleId ?? '',
                    kr.responsibleOptions.map((o) => ({ id: o.value, label: o.label })),
                    setKr(kr.index, 'checkInResponsibleId'),
                  ),
                )}
                ${this.#renderSource(kr, draft, view.row, (field) => setKr(kr.index, field))}
                ${
                  draft.type === 'milestones'
                    ? html`${kr.milestones.map(
                        (m, i) => html`<div ${attrs(view.row)}>
                          ${this.#field(
                            m,
                            html`<input
                              ${attrs(m.input)}
                              ?disabled=${disabled}
                              .value=${live(draft.milestones[i] ?? '')}
                              @input=${onInput((value) =>
                                this.#dispatch({ type: 'milestone', index: kr.index, milestone: i, value }),
                              )}
                            />`,
                          )}
                          <button
                            ${attrs(kr.removeMilestone)}
                            ?disabled=${disabled}
                            @click=${() => {
                              this.#dispatch({ type: 'remove-milestone', index: kr.index, milestone: i });
                            }}
                          >
                            ${kr.removeMilestoneTexts[i]}
                          </button>
                        </div>`,
                      )}
                      <button
                        ${attrs(kr.addMilestone)}
                        ?disabled=${disabled}
                        @click=${() => {
                          this.#dispatch({ type: 'add-milestone', index: kr.index });
                        }}
                      >
                        ${kr.addMilestoneText}
                      </button>`
                    : nothing
                }
                <button
                  ${attrs(kr.remove)}
                  ?disabled=${disabled}
                  @click=${() => {
                    this.#dispatch({ type: 'remove-key-result', index: kr.index });
                  }}
                >
                  ${kr.removeText}
                </button>
              </fieldset>`;
            },
          )}
          <button
            ${attrs(view.addKeyResult)}
            ?disabled=${disabled}
            @click=${() => {
              this.#dispatch({ type: 'add-key-result' });
            }}
          >
            ${view.addKeyResultText}
          </button>
        </div>
        <section ${attrs(view.smartPanel)}>
          <h3 id=${String(view.smartPanel['aria-labelledby'])}>${view.smartHeading}</h3>
          <ul>
            ${view.smart.map((letter) => html`<li ${attrs(letter.bar)}><span>${letter.label}</span><span>${letter.score}</span></li>`)}
          </ul>
          <p>${view.smartOverallText}</p>
          <p>${view.findingCountText}</p>
          ${view.assist ? this.#renderAssist(view.assist) : nothing}
        </section>
      </div>
      <div ${attrs(view.footer)}>
        <button ${attrs(view.save)} ?disabled=${disabled}>${view.saveText}</button>
        <div ${attrs(view.status)}>
          ${view.statusText ? html`<p>${view.statusText}</p>` : nothing}
          ${
            view.conflictChanges.length > 0
              ? html`<ul>${view.conflictChanges.map((change) => html`<li>${change}</li>`)}</ul>`
              : nothing
          }
        </div>
        ${
          state.status === 'conflict'
            ? html`<button ${attrs(view.reload)} @click=${() => this.#dispatch({ type: 'reload' })}>
                ${view.reloadText}
              </button>
              <button ${attrs(view.keepMine)} @click=${() => this.#dispatch({ type: 'keep-mine' })}>
                ${view.keepMineText}
              </button>`
            : nothing
        }
      </div>
      ${
        view.actions.length > 0 || view.carryOver
          ? html`<div ${attrs(view.lifecycle)}>
            <h3>${view.actionsHeading}</h3>
            ${
              view.returnComment
                ? html`<div ${attrs(view.returnComment.field)}>
                  <label ${attrs(view.returnComment.label)}>${view.returnComment.labelText}</label>
                  <textarea
                    ${attrs(view.returnComment.input)}
                    rows="2"
                    ?disabled=${disabled}
                    .value=${live(state.returnComment)}
                    @input=${onInput((value) => this.#dispatch({ type: 'return-comment', value }))}
                  ></textarea>
                  ${
                    view.returnComment.errorText
                      ? html`<p ${attrs(view.returnComment.error)}>${view.returnComment.errorText}</p>`
                      : nothing
                  }
                </div>`
                : nothing
            }
            ${view.actions.map(
              (a) =>
                html`<button ${attrs(a.button)} ?disabled=${disabled} @click=${() => this.#act(a.action)}>${a.label}</button>`,
            )}
            ${
              view.carryOver
                ? html`<button
                    ${attrs(view.carryOver.button)}
                    ?disabled=${disabled}
                    @click=${() => this.#carryOver(view.carryOver?.cycleId ?? '')}
                  >${view.carryOver.text}</button>
                  <p ${attrs(view.carryOver.status)}>${view.carryOver.statusText}</p>`
                : nothing
            }
          </div>`
          : nothing
      }
    </form>`;
  }
}
