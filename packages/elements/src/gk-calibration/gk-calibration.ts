import type { Analytics } from '@goalkit/client';
import { type CalibrationData, connectCalibrationChart, type GuardedData } from '@goalkit/core/connect';
import { html, nothing, svg } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { calibrationStyles } from './gk-calibration.styles.js';

const NOTHING: GuardedData<CalibrationData> = { hidden: false, cycles: [], keyResults: 0, atFractions: [] };

/**
 * @tag gk-calibration
 * @summary A reliability diagram of stated confidence: stated against achieved, with the Brier and skill scores, over-confidence in words and a table of the bins.
 *
 * Presentational: set `calibration` (the `calibration` of `GET /analytics`, or why it is hidden). Connected:
 * place it inside a `<gk-provider>` with `cycle` (and `owner` for a person's or team's scope); it shows
 * `GET /analytics`. A radio group switches between the confidence stated 25, 50 and 75 % of the way through the
 * cycles (`fraction`); the table of bins is the chart's text alternative.
 *
 * @csspart root - The widget and its heading.
 * @csspart heading - "Confidence calibration".
 * @csspart hidden - Why the figures are hidden.
 * @csspart fractions - The switch of the fraction (a fieldset of radio buttons).
 * @csspart legend - Its legend.
 * @csspart fraction-label - One choice's label.
 * @csspart fraction-input - One choice's radio button.
 * @csspart empty - Nothing closed had a confidence by then.
 * @csspart figures - The chart and the summary.
 * @csspart chart - The reliability diagram (an SVG with `role="img"` and a label).
 * @csspart grid - Its grid lines.
 * @csspart axis - Its tick and axis labels.
 * @csspart diagonal - The diagonal of perfect calibration.
 * @csspart curve - The line through the bins.
 * @csspart point - A bin (its size says its count).
 * @csspart point-label - The bin's count.
 * @csspart summary - The figures in words.
 * @csspart summary-item - One (`data-key` basis, confidence, brier or skill).
 * @csspart table-wrap - Scrolls the table sideways when it is wider than the widget (a focusable region).
 * @csspart table - The bins as a table.
 * @csspart caption - Its title, above it.
 * @csspart state-message - The loading or error message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0969da] - The points and the line through them.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: loading failed.
 */
export class GkCalibration extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, calibrationStyles];

  static override properties = {
    calibration: { attribute: false },
    cycle: {},
    owner: {},
    fraction: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Presentational mode: the calibration, or why it is hidden. */
  declare calibration: GuardedData<CalibrationData> | undefined;
  /** Connected mode: the cycle's id; calibration reads the closed cycles up to it. */
  declare cycle: string | undefined;
  /** Connected mode: whose scope, a person's or a team's id. @default the whole organisation */
  declare owner: string | undefined;
  /** The fraction of the cycle whose stated confidence shows; the viewer's switch sets it. @default 0.5 */
  declare fraction: number;
  /** The heading's level, to fit the page's outline. @default 2 */
  declare headingLevel: number;

  // No `metrics=`: a <gk-program-health> of the same cycle and scope reads the same reply from the cache.
  #analytics = new QueryController<Analytics>(this, this.queryClient, () =>
    this.calibration || !this.cycle
      ? undefined
      : this.goalkit?.queries.analytics({ cycle: this.cycle, ...(this.owner ? { owner: this.owner } : {}) }),
  );

  constructor() {
    super();
    this.fraction = 0.5;
    this.headingLevel = 2;
  }

  override render() {
    if (this.calibration) return this.#renderBody(this.calibration);
    const analytics = this.#analytics.result?.data;
    if (!analytics) return this.renderQueryState('calibration', this.#analytics);
    // A reply without calibration (nothing closed yet) says there is nothing to show.
    return this.#renderBody(analytics.calibration ?? NOTHING);
  }

  #renderBody(calibration: GuardedData<CalibrationData>) {
    const view = connectCalibrationChart({ calibration, fraction: this.fraction, locale: this.resolvedLocale });
    const chart = view.chart;
    if (view.hiddenText)
      return html`<section ${attrs(view.root)}>
        <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>${view.headingText}</div>
        <p ${attrs(view.hiddenNote)}>${view.hiddenText}</p>
      </section>`;
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>${view.headingText}</div>
      <fieldset ${attrs(view.fractionGroup)}>
        <legend ${attrs(view.legend)}>${view.legendText}</legend>
        ${view.fractions.map(
          (choice) => html`<label ${attrs(choice.label)}>
            <input
              ${attrs(choice.input)}
              .checked=${choice.checked}
              @change=${() => {
                this.fraction = choice.value;
              }}
            />${choice.labelText}
          </label>`,
        )}
      </fieldset>
      ${view.isEmpty ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>` : nothing}
      ${
        chart
          ? html`<div ${attrs(view.body)}>
            <svg ${attrs(view.svg)} viewBox=${chart.viewBox}>
              <g ${attrs(view.grid)}>
                ${[...chart.xTicks, ...chart.yTicks].map(
                  (tick) => svg`<line x1=${tick.x1} y1=${tick.y1} x2=${tick.x2} y2=${tick.y2}></line>`,
                )}
              </g>
              <g ${attrs(view.axis)}>
                ${chart.xTicks.map(
                  (tick) => svg`<text x=${tick.textX} y=${tick.textY} text-anchor="middle">${tick.text}</text>`,
                )}
                ${chart.yTicks.map(
                  (tick) => svg`<text x=${tick.textX} y=${tick.textY} text-anchor="end">${tick.text}</text>`,
                )}
                <text x=${chart.xAxisLabel.x} y=${chart.xAxisLabel.y} text-anchor="middle">${chart.xAxisText}</text>
                <text
                  x=${chart.yAxisLabel.x}
                  y=${chart.yAxisLabel.y}
                  transform=${chart.yAxisLabel.transform}
                  text-anchor="middle"
                >${chart.yAxisText}</text>
              </g>
              <path ${attrs(view.diagonal)} d=${chart.diagonalPath}></path>
              ${chart.curvePath ? svg`<path ${attrs(view.curve)} d=${chart.curvePath}></path>` : nothing}
              ${chart.points.map(
                (p) => svg`<g>
                  <circle ${attrs(p.point)} cx=${p.cx} cy=${p.cy} r=${p.r}></circle>
                  <text ${attrs(p.pointLabel)} x=${p.labelX} y=${p.labelY} text-anchor="middle">${p.countText}</text>
                </g>`,
              )}
            </svg>
            <ul ${attrs(view.summaryList)}>
              ${view.summary.map((s) => html`<li ${attrs(s.item)}>${s.text}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${
        view.table
          ? html`<p ${attrs(view.caption)}>${view.table.captionText}</p>
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
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : nothing
      }
    </section>`;
  }
}
