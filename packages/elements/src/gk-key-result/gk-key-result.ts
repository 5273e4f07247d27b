import type { Objective } from '@goalkit/client';
import {
  connectKeyResult,
  createKeyResultSyncController,
  type KeyResultData,
  type KeyResultSyncEvent,
  type KeyResultSyncState,
  objectiveEditable,
} from '@goalkit/core/connect';
import { html, nothing, type PropertyValues } from 'lit';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkSyncEvent } from '../events.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { renderProgress } from '../internal/progress.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { keyResultStyles } from './gk-key-result.styles.js';

/**
 * @tag gk-key-result
 * @summary One key result: title, a value text that fits its type, a meter, status, confidence, the time since the last check-in, where its value comes from (with "Sync now") and its milestones.
 *
 * Presentational: set `keyResult`. Connected: set `objective-id` and `key-result-id` inside a `<gk-provider>`.
 *
 * @csspart root - The key result.
 * @csspart title - Its title (a heading of level `heading-level`).
 * @csspart value - The value text ("27 of 35 % (from 20)").
 * @csspart progress - The `<gk-progress>` meter; its own parts are exported as `progress-root`, `progress-track`, `progress-range`, `progress-marker`, `progress-value`.
 * @csspart meta - The list of status, confidence, last check-in and source.
 * @csspart status - The status, with its colour dot.
 * @csspart source - Where the value comes from ("From JSON over HTTP · synced 2 hours ago", "Sync failed …"); `data-state` is `push`, `synced`, `failed` or `never`.
 * @csspart sync-area - Holds "Sync now" and its status.
 * @csspart sync - The "Sync now" button (`aria-disabled` while it runs).
 * @csspart sync-status - What "Sync now" did (a polite live region).
 * @csspart milestone-list - The milestone checklist.
 * @csspart milestone - One milestone (`data-done` when done).
 * @csspart state-message - The loading, error or empty message.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-color-muted=#57606a] - Secondary text (meta, milestones).
 * @cssproperty [--gk-font-family=system-ui] - Font.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: the objective could not be loaded, or "Sync now" failed.
 * @event {GkSyncEvent} gk-sync - "Sync now": presentational mode asks the page to pull (`waitUntil()` shows "Syncing…"; resolve it with the reply's `{ lastSync }`); connected mode tells the pull went through.
 */
export class GkKeyResult extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, keyResultStyles];

  static override properties = {
    keyResult: { attribute: false },
    objectiveId: { attribute: 'objective-id' },
    keyResultId: { attribute: 'key-result-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    canSync: { attribute: 'can-sync', type: Boolean },
  };

  /** Presentational mode: the key result to show. */
  declare keyResult: KeyResultData | undefined;
  /** Connected mode: the objective the key result belongs to. */
  declare objectiveId: string | undefined;
  /** Connected mode: the key result's id. */
  declare keyResultId: string | undefined;
  /** Heading level of the title, to fit the page outline. @default 3 */
  declare headingLevel: number;
  /** The moment "5 days ago" is measured from. @default now */
  declare now: string | Date | undefined;
  /** Presentational mode: offer "Sync now" on a key result that pulls its values (connected: when the viewer may edit). @default false */
  declare canSync: boolean;

  #objective = new QueryController<Objective>(this, this.queryClient, () =>
    !this.keyResult && this.objectiveId && this.keyResultId
      ? this.goalkit?.queries.objectives.detail(this.objectiveId)
      : undefined,
  );

  #syncMutation = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.syncKeyResult());
  /** "Sync now", made for the key result shown (again for another). */
  #sync: WidgetControllerBinding<KeyResultSyncState, KeyResultSyncEvent> | undefined;
  #syncFor: string | undefined;

  constructor() {
    super();
    this.headingLevel = 3;
    this.canSync = false;
  }

  #current(): KeyResultData | undefined {
    return this.keyResult ?? this.#objective.result?.data?.keyResults.find((kr) => kr.id === this.keyResultId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.#current()?.id;
    if (id === undefined || id === this.#syncFor) return;
    this.#syncFor = id;
    this.#sync?.hostDisconnected();
    if (this.#sync) this.removeController(this.#sync);
    this.#sync = new WidgetControllerBinding(this, createKeyResultSyncController({ sync: () => this.#pull() }));
  }

  /** Pulls now: presentational through `gk-sync` (`waitUntil` shows "Syncing…"), else the server. */
  #pull(): unknown {
    const kr = this.#current();
    if (!kr) return undefined;
    const detail = { keyResultId: kr.id, objectiveId: kr.objectiveId ?? this.objectiveId };
    if (this.keyResult || !this.objectiveId) {
      const request = new GkSyncEvent(detail);
      this.dispatchEvent(request);
      return request.pending;
    }
    const objectiveId = this.objectiveId;
    return new Promise((resolve, reject) =>
      this.#syncMutation.mutate(
        { objectiveId, keyResultId: kr.id },
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
    );
  }

  override render() {
    const keyResult = this.#current();
    if (keyResult) return this.#renderBody(keyResult);
    return this.renderQueryState('key-result', this.#objective, { message: this.keyResultId });
  }

  #renderBody(keyResult: KeyResultData) {
    const objective = this.keyResult ? undefined : this.#objective.result?.data;
    const view = connectKeyResult({
      keyResult,
      locale: this.resolvedLocale,
      now: this.now,
      canSync: objective ? objectiveEditable(objective) : this.canSync,
      sync: this.#sync?.state,
    });
    return html`<div ${attrs(view.root)}>
      <div ${attrs(view.title)} role="heading" aria-level=${this.headingLevel}>${view.titleText}</div>
      <p ${attrs(view.value)}>${view.valueText}</p>
      ${renderProgress(view.progress)}
      <ul ${attrs(view.meta)}>
        <li ${attrs(view.status)}>${view.statusText}</li>
        ${view.confidenceText ? html`<li>${view.confidenceText}</li>` : nothing}
        <li>${view.lastCheckInText}</li>
        ${view.sourceText ? html`<li ${attrs(view.source)}>${view.sourceText}</li>` : nothing}
      </ul>
      ${
        view.syncText
          ? html`<div ${attrs(view.syncArea)}>
            <button ${attrs(view.sync)} @click=${() => this.#sync?.send({ type: 'sync' })}>${view.syncText}</button>
            <p ${attrs(view.syncStatus)}>${view.syncStatusText ?? ''}</p>
          </div>`
          : nothing
      }
      ${
        view.milestones.length > 0
          ? html`<ul ${attrs(view.milestoneList)} aria-label=${view.milestonesLabel}>
            ${view.milestones.map(
              (m) => html`<li ${attrs(m.item)}>${m.title} <span class="gk-sr-only">(${m.stateText})</span></li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }
}
