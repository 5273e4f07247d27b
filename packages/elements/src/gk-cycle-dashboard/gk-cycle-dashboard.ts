import type { Cycle, Objective, Page } from '@goalkit/client';
import { connectCycleDashboard, type ObjectiveData, partSelector } from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { MutationController, QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkCarryOverEvent, settle } from '../events.js';
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
 * As the cycle closes (from `closing-days` before its end) and when a next cycle exists, unfinished
 * goals can be carried over to it as drafts. Connected mode finds the next cycle and which goals were
 * carried already; presentational mode takes `cycle-end`, `nextCycle` and `carriedIds`, and answers
 * `gk-carry-over`.
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
 * @csspart carry-hint - What carrying over does.
 * @csspart carry-item - An unfinished goal at the close.
 * @csspart carry-over - Its "Carry over to …" button.
 * @csspart carry-status - Carrying over, carried, or failed.
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
 * @event {GkErrorEvent} gk-error - Connected mode: the objectives could not be loaded, or a goal not carried over.
 * @event {GkCarryOverEvent} gk-carry-over - Presentational: carry a goal into the next cycle (answer with `respondWith`). Connected: carried (with `copyId`).
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
    cycleEnd: { attribute: 'cycle-end' },
    nextCycle: { attribute: false },
    carriedIds: { attribute: false },
    closingDays: { attribute: 'closing-days', type: Number },
    carrying: { state: true },
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
  /** Presentational mode: the cycle's last day (`YYYY-MM-DD`). Connected mode loads it. */
  declare cycleEnd: string | undefined;
  /** Presentational mode: the cycle unfinished goals are carried into. Connected mode finds it. */
  declare nextCycle: Pick<Cycle, 'id' | 'name'> | undefined;
  /** Presentational mode: goals already carried into `nextCycle`. Connected mode finds them. */
  declare carriedIds: readonly string[] | undefined;
  /** Offer carrying over from this many days before the cycle ends. @default 14 */
  declare closingDays: number | undefined;
  /** Carries on their way, done or failed, by objective id. */
  declare carrying: Readonly<Record<string, 'carrying' | 'carried' | 'failed'>>;

  constructor() {
    super();
    this.carrying = {};
  }

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
  /** The next cycle's goals, for the ones carried already (their `carriedFrom`). */
  #nextList = new QueryController<Page<Objective>>(this, this.queryClient, () => {
    const next = this.#nextCycle();
    return next
      ? this.#connected()?.queries.objectives.list({
          cycle: next.id,
          limit: 200,
          ...(this.ownerId ? { owner: this.ownerId } : {}),
        })
      : undefined;
  });
  #duplicate = new MutationController(this, this.queryClient, () => this.goalkit?.mutations.duplicateObjective());

  /** Connected mode: the first cycle to start after this one ends. */
  #nextCycle(): Cycle | undefined {
    const cycles = this.#cycles.result?.data?.items ?? [];
    const current = cycles.find((c) => c.id === this.cycle);
    if (!current) return undefined;
    return cycles.filter((c) => c.start > current.end).sort((a, b) => a.start.localeCompare(b.start))[0];
  }

  #carry(objectiveId: string, cycleId: string): void {
    if (this.carrying[objectiveId] === 'carrying') return;
    this.carrying = { ...this.carrying, [objectiveId]: 'carrying' };
    const done = (outcome: 'carried' | 'failed') => {
      this.carrying = { ...this.carrying, [objectiveId]: outcome };
      if (outcome === 'carried') void this.#focusStatus(objectiveId);
    };
    const detail = { objectiveId, cycleId };
    if (this.objectives || !this.goalkit) {
      const request = new GkCarryOverEvent(detail);
      this.dispatchEvent(request);
      settle(
        request,
        () => done('carried'),
        () => done('failed'),
      );
      return;
    }
    this.#duplicate.mutate(
      { id: objectiveId, cycleId },
      {
        onSuccess: (copy) => {
          done('carried');
          this.dispatchEvent(new GkCarryOverEvent({ ...detail, copyId: copy.id }));
        },
        onError: (error) => {
          this.reportError('carry-over', error);
          done('failed');
        },
      },
    );
  }

  /** The button is gone once carried: its status line takes the focus, so keyboard users stay in place. */
  async #focusStatus(objectiveId: string): Promise<void> {
    await this.updateComplete;
    const status = [
      ...this.renderRoot.querySelectorAll<HTMLElement>(partSelector('cycle-dashboard', 'carry-status')),
    ].find((el) => el.dataset.objectiveId === objectiveId);
    if (status && this.renderRoot instanceof ShadowRoot && !this.renderRoot.activeElement) status.focus();
  }

  override render() {
    if (this.objectives)
      return this.#renderBody(this.objectives, this.cycleName, {
        end: this.cycleEnd,
        next: this.nextCycle,
        carriedIds: this.carriedIds,
        ready: true,
      });
    const list = this.#list.result;
    if (list?.data) {
      const name =
        this.cycleName ?? this.#cycles.result?.data?.items.find((c) => c.id === this.cycle)?.name ?? this.cycle;
      const current = this.#cycles.result?.data?.items.find((c) => c.id === this.cycle);
      const next = this.#nextCycle();
      const carried = this.#nextList.result?.data?.items.flatMap((o) => (o.carriedFrom ? [o.carriedFrom] : []));
      return this.#renderBody(list.data.items, name, {
        end: current?.end,
        next,
        // Until the next cycle's goals are known, nothing is offered twice by mistake.
        carriedIds: carried,
        ready: carried !== undefined,
      });
    }
    return this.renderQueryState('cycle-dashboard', this.#list);
  }

  #renderBody(
    objectives: readonly ObjectiveData[],
    cycleName: string | undefined,
    close: {
      end: string | undefined;
      next: Pick<Cycle, 'id' | 'name'> | undefined;
      carriedIds: readonly string[] | undefined;
      ready: boolean;
    },
  ) {
    const view = connectCycleDashboard({
      objectives,
      cycle: cycleName === undefined ? undefined : { name: cycleName, end: close.end },
      nextCycle: close.ready ? close.next : undefined,
      carriedIds: close.carriedIds,
      carrying: this.carrying,
      closingDays: this.closingDays,
      staleAfterDays: this.staleAfterDays,
      now: this.now,
      locale: this.resolvedLocale,
    });
    if (view.empty) return this.renderLoadState('cycle-dashboard', 'empty', { message: view.emptyText });
    const section = (name: string, heading: string, body: unknown) =>
      html`<section ${attrs(view.section(name))}><h3 ${attrs(view.sectionHeading(name))}>${heading}</h3>${body}</section>`;
    const none = (text: string) => html`<p ${attrs(view.none)}>${text}</p>`;
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
            (b) => html`<li ${attrs(b.item)}><span>${b.text}</span><span ${attrs(b.bar)}></span></li>`,
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
      ${
        view.carryShown
          ? section(
              'carry',
              view.carryHeading,
              html`<p ${attrs(view.carryHint)}>${view.carryHintText}</p>
                ${
                  view.carry.length === 0
                    ? none(view.noneCarryText)
                    : html`<ul>
                      ${view.carry.map(
                        (c) =>
                          html`<li ${attrs(c.item)}>
                            <span>${c.titleText} · ${c.statusText}</span>
                            ${
                              c.buttonText === undefined
                                ? nothing
                                : html`<button
                                    ${attrs(c.button)}
                                    @click=${() => this.#carry(c.id, close.next?.id ?? '')}
                                  >${c.buttonText}</button>`
                            }
                            <p ${attrs(c.status)}>${c.statusMessage}</p>
                          </li>`,
                      )}
                    </ul>`
                }`,
            )
          : nothing
      }
    </section>`;
  }
}
