import type { Cycle, Objective, Page } from '@goalkit/client';
import { connectCycleDashboard, type ObjectiveData } from '@goalkit/core';
import { html } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { renderProgress } from '../internal/progress.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { cycleDashboardStyles } from './gk-cycle-dashboard.styles.js';

/**
 * @tag gk-cycle-dashboard
 * @summary One cycle at a glance for a person, a team or the company: counts by status, progress against expected, the distribution of progress, what is at risk or off track, and stale check-ins.
 *
 * Presentational: set `objectives` (and `cycle-name`). Connected: set `cycle` (and optionally
 * `owner-id`) inside a `<gk-provider>`.
 *
 * @csspart root - The dashboard.
 * @csspart heading - The cycle's name and the number of objectives.
 * @csspart section - One panel (`data-section`: counts, progress, distribution, attention, stale).
 * @csspart section-heading - A panel's heading.
 * @csspart count - One status count (`data-status`).
 * @csspart progress - The overall `<gk-progress>`; its parts are exported as `progress-*`.
 * @csspart bucket - One bar of the distribution, with its text.
 * @csspart bar - The bar itself (width from `--gk-bar-value`).
 * @csspart attention-item - An objective at risk or off track.
 * @csspart stale-item - A key result without a recent check-in.
 * @csspart none - "Nothing at risk." and similar.
 * @csspart state-message - The loading, error or empty message.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (distribution bars).
 * @cssproperty [--gk-color-surface=#ffffff] - Panel background.
 * @cssproperty [--gk-color-at-risk=#9a6700] - At-risk colour.
 * @cssproperty [--gk-color-off-track=#cf222e] - Off-track colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: the objectives could not be loaded.
 */
export class GkCycleDashboard extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, cycleDashboardStyles];

  static override properties = {
    objectives: { attribute: false },
    cycleName: { attribute: 'cycle-name' },
    cycle: {},
    ownerId: { attribute: 'owner-id' },
    staleAfterDays: { attribute: 'stale-after-days', type: Number },
    now: { attribute: false },
  };

  /** Presentational mode: the objectives of one cycle. */
  declare objectives: readonly ObjectiveData[] | undefined;
  /** The cycle's display name for the heading. Connected mode loads it. */
  declare cycleName: string | undefined;
  /** Connected mode: the cycle's id. */
  declare cycle: string | undefined;
  /** Connected mode: only this owner's objectives (a person or team). */
  declare ownerId: string | undefined;
  /** A key result without a check-in for this many days is stale. @default 14 */
  declare staleAfterDays: number | undefined;
  /** The moment staleness is measured from. @default now */
  declare now: string | Date | undefined;

  #connected = () => (!this.objectives && this.cycle ? this.goalkit : undefined);
  #list = new QueryController<Page<Objective>>(this, this.queryClient, () =>
    this.cycle
      ? this.#connected()?.queries.objectives.list({
          cycle: this.cycle,
          limit: 200,
          ...(this.ownerId ? { owner: this.ownerId } : {}),
        })
      : undefined,
  );
  #cycles = new QueryController<{ items: Cycle[] }>(this, this.queryClient, () => this.#connected()?.queries.cycles());

  override render() {
    if (this.objectives) return this.#renderBody(this.objectives, this.cycleName);
    const list = this.#list.result;
    if (list?.data) {
      const name =
        this.cycleName ?? this.#cycles.result?.data?.items.find((c) => c.id === this.cycle)?.name ?? this.cycle;
      return this.#renderBody(list.data.items, name);
    }
    return this.renderQueryState('cycle-dashboard', this.#list);
  }

  #renderBody(objectives: readonly ObjectiveData[], cycleName: string | undefined) {
    const view = connectCycleDashboard({
      objectives,
      cycle: cycleName === undefined ? undefined : { name: cycleName },
      staleAfterDays: this.staleAfterDays,
      now: this.now,
      locale: this.resolvedLocale,
    });
    if (view.empty) return this.renderLoadState('cycle-dashboard', 'empty', { message: view.emptyText });
    const section = (name: string, heading: string, body: unknown) =>
      html`<section ${attrs(view.section(name))}><h3 ${attrs(view.sectionHeading(name))}>${heading}</h3>${body}</section>`;
    const none = (text: string) => html`<p data-scope="cycle-dashboard" data-part="none" part="none">${text}</p>`;
    return html`<section ${attrs(view.root)}>
      <h2 ${attrs(view.heading)}>${view.headingText} <small>(${view.totalText})</small></h2>
      ${section(
        'counts',
        view.countsHeading,
        html`<dl>${view.counts.map((c) => html`<div ${attrs(c.item)}><dt>${c.label}</dt><dd>${c.countText}</dd></div>`)}</dl>`,
      )}
      ${section('progress', view.progressHeading, renderProgress(view.progress))}
      ${section(
        'distribution',
        view.distributionHeading,
        html`<ul>
          ${view.buckets.map(
            (b) =>
              html`<li data-scope="cycle-dashboard" data-part="bucket" part="bucket"><span>${b.text}</span><span ${attrs(b.bar)}></span></li>`,
          )}
        </ul>`,
      )}
      ${section(
        'attention',
        view.attentionHeading,
        view.attention.length === 0
          ? none(view.noneAttentionText)
          : html`<ul>
            ${view.attention.map((a) => html`<li ${attrs(a.item)}><span>${a.titleText}</span>${renderProgress(a.progress)}</li>`)}
          </ul>`,
      )}
      ${section(
        'stale',
        view.staleHeading,
        view.stale.length === 0
          ? none(view.noneStaleText)
          : html`<ul>
            ${view.stale.map(
              (s) =>
                html`<li ${attrs(s.item)}><strong>${s.titleText}</strong><span>${s.objectiveTitle} · ${s.sinceText}</span></li>`,
            )}
          </ul>`,
      )}
    </section>`;
  }
}
