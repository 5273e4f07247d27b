import type { Objective } from '@goalkit/client';
import type { Explanation } from '@goalkit/core';
import { connectObjectiveCard, type ObjectiveData, objectiveEditable } from '@goalkit/core/connect';
import { html, nothing, type PropertyValues } from 'lit';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkSyncEvent } from '../events.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { renderProgress } from '../internal/progress.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { objectiveCardStyles } from './gk-objective-card.styles.js';

/**
 * @tag gk-objective-card
 * @summary An objective at a glance: title, owner, cycle, rolled-up progress and status, its key results, what it aligns to, its SMART score, and an explanation of its progress.
 *
 * Presentational: set `objective` (and optionally `ownerName`, `cycleName`, `parentTitle`, `smartScore`,
 * `explanation`). Connected: set `objective-id` inside a `<gk-provider>`.
 *
 * @csspart root - The card (an `article`).
 * @csspart header - Title and status.
 * @csspart title - The objective's title.
 * @csspart status - Status and lifecycle state.
 * @csspart private-badge - "Private" on a private goal.
 * @csspart manual-status - The owner's own status and its reason, beside the computed one.
 * @csspart facts - Owner, cycle, alignment and SMART score.
 * @csspart progress - The rolled-up `<gk-progress>`; its parts are exported as `progress-*`.
 * @csspart actions - The two toggle buttons.
 * @csspart toggle - Shows or hides the key results.
 * @csspart explain-toggle - Shows or hides the explanation.
 * @csspart explanation - Why the progress is what it is.
 * @csspart explanation-item - One line of the explanation.
 * @csspart key-results - The list of key results.
 * @csspart key-result - One nested `<gk-key-result>`.
 * @csspart state-message - The loading, error or empty message.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-font-family=system-ui] - Font.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: the objective could not be loaded, or "Sync now" failed.
 * @event {GkSyncEvent} gk-sync - "Sync now" on a key result that pulls its values: presentational mode (with `can-sync`) asks the page to pull; connected mode tells the pull went through.
 */
export class GkObjectiveCard extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, objectiveCardStyles];

  static override properties = {
    objective: { attribute: false },
    objectiveId: { attribute: 'objective-id' },
    ownerName: { attribute: 'owner-name' },
    cycleName: { attribute: 'cycle-name' },
    parentTitle: { attribute: 'parent-title' },
    smartScore: { attribute: 'smart-score', type: Number },
    explanation: { attribute: false },
    expanded: { type: Boolean, reflect: true },
    explaining: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    canSync: { attribute: 'can-sync', type: Boolean },
    now: { attribute: false },
  };

  /** Presentational mode: the objective to show. */
  declare objective: ObjectiveData | undefined;
  /** Connected mode: the objective's id. */
  declare objectiveId: string | undefined;
  /** The owner's display name. @default objective.ownerId */
  declare ownerName: string | undefined;
  /** The cycle's display name. @default objective.cycleId */
  declare cycleName: string | undefined;
  /** The title of the objective it aligns to. @default objective.parentId */
  declare parentTitle: string | undefined;
  /** The SMART score, 0–100. */
  declare smartScore: number | undefined;
  /** From the core scorer's `explain()`; the key-result roll-up otherwise. */
  declare explanation: Explanation | undefined;
  /** Whether the key results show. @default false */
  declare expanded: boolean;
  /** Whether the explanation shows. @default false */
  declare explaining: boolean;
  /** Heading level of the title; key results use the next level. @default 3 */
  declare headingLevel: number;
  /** The moment check-in ages are measured from. @default now */
  declare now: string | Date | undefined;
  /**
   * Presentational mode: offer "Sync now" on key results that pull their values, when the objective is editable
   * (the page answers `gk-sync`); connected mode offers it to people who may edit the objective. @default false
   */
  declare canSync: boolean;

  #connected = () => (!this.objective && this.objectiveId ? this.goalkit : undefined);
  #objective = new QueryController<Objective>(this, this.queryClient, () =>
    this.objectiveId ? this.#connected()?.queries.objectives.detail(this.objectiveId) : undefined,
  );
  #parent = new QueryController<Objective>(this, this.queryClient, () => {
    const parentId = this.#objective.result?.data?.parentId;
    return parentId ? this.#connected()?.queries.objectives.detail(parentId) : undefined;
  });
  #cycles = new QueryController(this, this.queryClient, () => this.#connected()?.queries.cycles());
  #owners = new QueryController(this, this.queryClient, () => this.#connected()?.queries.owners());
  #lint = new QueryController(this, this.queryClient, () =>
    this.objectiveId ? this.#connected()?.queries.objectives.lint(this.objectiveId) : undefined,
  );

  #syncMutation = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.syncKeyResult());

  constructor() {
    super();
    this.canSync = false;
    this.expanded = false;
    this.explaining = false;
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different objective starts collapsed, as a new React card would.
    if (changed.has('objectiveId') && changed.get('objectiveId') !== undefined) {
      this.expanded = false;
      this.explaining = false;
    }
  }

  override render() {
    if (this.objective) {
      return this.#renderBody(this.objective, {
        ownerName: this.ownerName,
        cycleName: this.cycleName,
        parentTitle: this.parentTitle,
        smartScore: this.smartScore,
        explanation: this.explanation,
      });
    }
    const query = this.#objective.result;
    const o = query?.data;
    if (o) {
      return this.#renderBody(o, {
        ownerName: this.ownerName ?? this.#owners.result?.data?.items.find((x) => x.id === o.ownerId)?.name,
        cycleName: this.cycleName ?? this.#cycles.result?.data?.items.find((c) => c.id === o.cycleId)?.name,
        parentTitle: this.parentTitle ?? this.#parent.result?.data?.title,
        smartScore: this.smartScore ?? this.#lint.result?.data?.smart.overall,
        explanation: this.explanation,
      });
    }
    return this.renderQueryState('objective-card', this.#objective);
  }

  #renderBody(
    objective: ObjectiveData,
    extra: {
      ownerName: string | undefined;
      cycleName: string | undefined;
      parentTitle: string | undefined;
      smartScore: number | undefined;
      explanation: Explanation | undefined;
    },
  ) {
    const locale = this.resolvedLocale;
    const view = connectObjectiveCard({
      objective,
      ...extra,
      expanded: this.expanded,
      explaining: this.explaining,
      locale,
    });
    const level = this.headingLevel;
    const canSync = (this.canSync || this.#connected() !== undefined) && objectiveEditable(objective);
    return html`<article ${attrs(view.root)} @gk-sync=${this.#onSync}>
      <header ${attrs(view.header)}>
        <div ${attrs(view.title)} role="heading" aria-level=${level}>${view.titleText}</div>
        <span ${attrs(view.status)}>${view.statusText}${view.stateText ? ` · ${view.stateText}` : ''}</span>
        ${view.privateText ? html`<span ${attrs(view.privateBadge)}>${view.privateText}</span>` : nothing}
        ${view.manualStatusText ? html`<p ${attrs(view.manualStatus)}>${view.manualStatusText}</p>` : nothing}
      </header>
      <dl ${attrs(view.factList)}>
        ${view.facts.map((fact) => html`<div><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`)}
      </dl>
      ${renderProgress(view.progress)}
      <div ${attrs(view.actions)}>
        <button ${attrs(view.toggle)} @click=${() => this.#toggle('expanded')}>${view.toggleText}</button>
        <button ${attrs(view.explainToggle)} @click=${() => this.#toggle('explaining')}>${view.explainText}</button>
      </div>
      <section ${attrs(view.explanationPanel)} aria-label=${view.explanationHeading}>
        <p><strong>${view.explanationHeading}</strong></p>
        <ul>
          ${view.explanation.map((line) => html`<li ${attrs(line.item)}>${line.text}</li>`)}
        </ul>
      </section>
      <ul ${attrs(view.keyResultList)} aria-label=${view.keyResultsHeading}>
        ${view.keyResults.length === 0 ? html`<li>${view.noKeyResultsText}</li>` : ''}
        ${view.keyResults.map(
          (kr) =>
            html`<li>
              <gk-key-result
                part="key-result"
                .keyResult=${kr}
                .locale=${locale}
                .now=${this.now}
                .headingLevel=${Math.min(6, level + 1)}
                .canSync=${canSync}
              ></gk-key-result>
            </li>`,
        )}
      </ul>
    </article>`;
  }

  /** Connected mode: a nested key result's "Sync now" runs through the provider's client. */
  #onSync = (event: GkSyncEvent) => {
    const objectiveId = this.#connected() && this.objectiveId;
    if (!objectiveId || event.target === this) return;
    event.stopPropagation();
    const detail = { ...event.detail, objectiveId };
    event.waitUntil(
      new Promise((resolve, reject) =>
        this.#syncMutation.mutate(
          { objectiveId, keyResultId: detail.keyResultId },
          {
            onSuccess: (result) => {
              resolve(result);
              this.dispatchEvent(new GkSyncEvent(detail));
            },
            onError: (error) => {
              this.reportError('sync', error);
              reject(error);
            },
          },
        ),
      ),
    );
  };

  #toggle(which: 'expanded' | 'explaining') {
    this[which] = !this[which];
  }
}
