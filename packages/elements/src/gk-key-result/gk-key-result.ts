import type { Objective } from '@goalkit/client';
import { connectKeyResult, type KeyResultData } from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { renderProgress } from '../internal/progress.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { keyResultStyles } from './gk-key-result.styles.js';

/**
 * @tag gk-key-result
 * @summary One key result: title, a value text that fits its type, a meter, status, confidence, the time since the last check-in and its milestones.
 *
 * Presentational: set `keyResult`. Connected: set `objective-id` and `key-result-id` inside a `<gk-provider>`.
 *
 * @csspart root - The key result.
 * @csspart title - Its title (a heading of level `heading-level`).
 * @csspart value - The value text ("27 of 35 % (from 20)").
 * @csspart progress - The `<gk-progress>` meter; its own parts are exported as `progress-root`, `progress-track`, `progress-range`, `progress-marker`, `progress-value`.
 * @csspart meta - The list of status, confidence and last check-in.
 * @csspart status - The status, with its colour dot.
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
 * @event {GkErrorEvent} gk-error - Connected mode: the objective could not be loaded.
 */
export class GkKeyResult extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, keyResultStyles];

  static override properties = {
    keyResult: { attribute: false },
    objectiveId: { attribute: 'objective-id' },
    keyResultId: { attribute: 'key-result-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
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

  #objective = new QueryController<Objective>(this, this.queryClient, () =>
    !this.keyResult && this.objectiveId && this.keyResultId
      ? this.goalkit?.queries.objectives.detail(this.objectiveId)
      : undefined,
  );

  constructor() {
    super();
    this.headingLevel = 3;
  }

  override render() {
    const keyResult =
      this.keyResult ?? this.#objective.result?.data?.keyResults.find((kr) => kr.id === this.keyResultId);
    if (keyResult) return this.#renderBody(keyResult);
    return this.renderQueryState('key-result', this.#objective, { message: this.keyResultId });
  }

  #renderBody(keyResult: KeyResultData) {
    const view = connectKeyResult({ keyResult, locale: this.resolvedLocale, now: this.now });
    return html`<div ${attrs(view.root)}>
      <div ${attrs(view.title)} role="heading" aria-level=${this.headingLevel}>${view.titleText}</div>
      <p ${attrs(view.value)}>${view.valueText}</p>
      ${renderProgress(view.progress)}
      <ul ${attrs(view.meta)}>
        <li ${attrs(view.status)}>${view.statusText}</li>
        ${view.confidenceText ? html`<li>${view.confidenceText}</li>` : nothing}
        <li>${view.lastCheckInText}</li>
      </ul>
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
