import type { CheckIn, Cycle, Objective } from '@goalkit/client';
import { type CheckInData, type CycleData, connectCheckInTimeline, type KeyResultData } from '@goalkit/core/connect';
import { html, nothing, svg } from 'lit';
import { QueryController, refetchFailed } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { checkInTimelineStyles } from './gk-check-in-timeline.styles.js';

const ID = 'gk-timeline';

/**
 * @tag gk-check-in-timeline
 * @summary A key result's history: an SVG chart of actual values against the expected line and the forecast, described in words, and the same check-ins as a table.
 *
 * Presentational: set `keyResult`, `checkIns` and `cycle`. Connected: set `objective-id` and
 * `key-result-id` inside a `<gk-provider>`.
 *
 * @csspart root - The section.
 * @csspart heading - "Check-in history".
 * @csspart summary - The chart's text alternative, visible above it.
 * @csspart chart - The SVG (`role="img"`).
 * @csspart axis - Axis lines and labels.
 * @csspart actual - The line of recorded values.
 * @csspart expected - The expected-pace line.
 * @csspart forecast - The forecast line.
 * @csspart point - One recorded value.
 * @csspart legend - The legend.
 * @csspart legend-item - One legend entry (`data-line`).
 * @csspart table - The check-ins as a table, newest first.
 * @csspart source - In a value's cell: where a value a system or a connector sent came from ("From a system · warehouse run 41").
 * @csspart empty - "No check-ins yet."
 * @csspart state-message - The loading or error message.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - The actual line.
 * @cssproperty [--gk-color-muted=#57606a] - Axes and the expected line.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: the key result or its check-ins could not be loaded.
 */
export class GkCheckInTimeline extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, checkInTimelineStyles];

  static override properties = {
    keyResult: { attribute: false },
    checkIns: { attribute: false },
    cycle: { attribute: false },
    objectiveId: { attribute: 'objective-id' },
    keyResultId: { attribute: 'key-result-id' },
  };

  /** Presentational mode: the key result. */
  declare keyResult: KeyResultData | undefined;
  /** Presentational mode: its check-ins, in any order. */
  declare checkIns: readonly CheckInData[] | undefined;
  /** Presentational mode: the cycle's dates, for the time axis and the expected line. */
  declare cycle: Pick<CycleData, 'start' | 'end'> | undefined;
  /** Connected mode: the objective the key result belongs to. */
  declare objectiveId: string | undefined;
  /** Connected mode: the key result's id. */
  declare keyResultId: string | undefined;

  #connected = () => (!this.keyResult && this.objectiveId && this.keyResultId ? this.goalkit : undefined);
  #objective = new QueryController<Objective>(this, this.queryClient, () =>
    this.objectiveId ? this.#connected()?.queries.objectives.detail(this.objectiveId) : undefined,
  );
  #checkIns = new QueryController<{ items: CheckIn[] }>(this, this.queryClient, () =>
    this.keyResultId ? this.#connected()?.queries.objectives.checkIns(this.keyResultId) : undefined,
  );
  #cycles = new QueryController<{ items: Cycle[] }>(this, this.queryClient, () => this.#connected()?.queries.cycles());

  override render() {
    if (this.keyResult) return this.#renderBody(this.keyResult, this.checkIns ?? [], this.cycle);
    const objective = this.#objective.result;
    const checkIns = this.#checkIns.result;
    const keyResult = objective?.data?.keyResults.find((kr) => kr.id === this.keyResultId);
    if (keyResult && checkIns?.data) {
      const cycle = this.#cycles.result?.data?.items.find((c) => c.id === objective?.data?.cycleId);
      return this.#renderBody(keyResult, checkIns.data.items, cycle);
    }
    if (objective?.isError || checkIns?.isError) {
      return this.renderLoadState('check-in-timeline', 'error', {
        error: objective?.error ?? checkIns?.error,
        retry: () => refetchFailed(this),
      });
    }
    if (objective?.isSuccess && !keyResult) {
      return this.renderLoadState('check-in-timeline', 'empty', { message: this.keyResultId });
    }
    return this.renderLoadState('check-in-timeline', 'loading');
  }

  #renderBody(
    keyResult: KeyResultData,
    checkIns: readonly CheckInData[],
    cycle: Pick<CycleData, 'start' | 'end'> | undefined,
  ) {
    const view = connectCheckInTimeline({ keyResult, checkIns, cycle, locale: this.resolvedLocale, idBase: ID });
    const last = view.xTicks.length - 1;
    return html`<section ${attrs(view.root)}>
      <h3 ${attrs(view.heading)}>${view.headingText}</h3>
      ${
        view.empty
          ? html`<p ${attrs(view.emptyLine)}>${view.emptyText}</p>`
          : html`<p ${attrs(view.summaryLine)}>${view.summary}</p>
            <svg ${attrs(view.chart)}>
              <title>${view.summary}</title>
              <g ${attrs(view.axis)}>
                ${view.yTicks.map(
                  (tick) => svg`<g>
                    <line x1=${view.plot.left} x2=${view.plot.right} y1=${tick.position} y2=${tick.position}></line>
                    <text x=${view.plot.left - 4} y=${tick.position + 3} text-anchor="end">${tick.label}</text>
                  </g>`,
                )}
                ${view.xTicks.map(
                  (tick, i) =>
                    svg`<text x=${tick.position} y=${view.height - 6} text-anchor=${i === 0 ? 'start' : i === last ? 'end' : 'middle'}>${tick.label}</text>`,
                )}
              </g>
              ${view.expectedPath ? svg`<path ${attrs(view.expected)} d=${view.expectedPath}></path>` : nothing}
              ${view.forecastPath ? svg`<path ${attrs(view.forecast)} d=${view.forecastPath}></path>` : nothing}
              ${view.actualPath ? svg`<path ${attrs(view.actual)} d=${view.actualPath}></path>` : nothing}
              ${view.points.map((p) => svg`<circle ${attrs(view.point)} cx=${p.x} cy=${p.y} r="3"></circle>`)}
            </svg>
            <ul ${attrs(view.legendList)}>
              <li ${attrs(view.actualLegend)}>${view.legend.actual}</li>
              ${view.expectedPath ? html`<li ${attrs(view.expectedLegend)}>${view.legend.expected}</li>` : nothing}
              ${view.forecastPath ? html`<li ${attrs(view.forecastLegend)}>${view.legend.forecast}</li>` : nothing}
            </ul>
            <table ${attrs(view.table)}>
              <caption>${view.headingText}</caption>
              <thead>
                <tr>
                  <th scope="col">${view.columns.date}</th>
                  <th scope="col">${view.columns.value}</th>
                  <th scope="col">${view.columns.confidence}</th>
                  <th scope="col">${view.columns.note}</th>
                </tr>
              </thead>
              <tbody>
                ${view.rows.map(
                  (row) =>
                    html`<tr><td>${row.dateText}</td><td>${row.valueText}${
                      row.sourceText ? html` <span ${attrs(view.sourceLabel)}>${row.sourceText}</span>` : nothing
                    }</td><td>${row.confidenceText}</td><td>${row.note}</td></tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }
}
