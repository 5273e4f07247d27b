import type { CompetencyProfile } from '@goalkit/client/competencies';
import {
  type CompetencyProfileData,
  connectSkillRadar,
  profileFromApi,
  skillRadarNoPlacementText,
} from '@goalkit/core/connect';
import { html, nothing, svg } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { competenciesFailed, competenciesOf } from '../internal/competencies.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { skillRadarStyles } from './gk-skill-radar.styles.js';

/**
 * @tag gk-skill-radar
 * @summary A radar of expected against assessed levels per competency, with every value in a table under "Show values".
 *
 * Presentational: set `profile` (`competencyProfile()` of `@goalkit/core/connect`). A spoke per competency the
 * target level (else the current level) expects; the expected levels dashed, the assessed ones filled, a hollow
 * point for a person's own rating. The chart is an image whose label says that every value is in the table of
 * the "Show values" disclosure. Connected: set `person-id` (and `as-of`) inside a `<gk-provider>`.
 *
 * @csspart root - The widget and its heading.
 * @csspart heading - "Skill radar".
 * @csspart empty - The level expects nothing.
 * @csspart figure - The chart and its legend.
 * @csspart chart - The radar (an SVG with `role="img"` and a label).
 * @csspart rings - The web's rings, one per level.
 * @csspart ring-label - A ring's level.
 * @csspart axis - A competency's spoke.
 * @csspart axis-label - Its name.
 * @csspart expected - The expected levels' polygon.
 * @csspart assessed - The assessed levels' polygon.
 * @csspart point - An assessed level (`data-source` self or manager).
 * @csspart legend - The legend.
 * @csspart legend-item - One entry (`data-key` expected or assessed).
 * @csspart swatch - Its sample of the line.
 * @csspart values - The "Show values" disclosure (a native `<details>`).
 * @csspart values-summary - Its toggle.
 * @csspart table-wrap - Scrolls the table sideways when it is wider than the widget (a focusable region).
 * @csspart table - Every value as a table.
 * @csspart caption - Its caption.
 * @csspart self-flag - "Self-assessed", on a rating the person gave themself.
 * @csspart self-note - What "Self-assessed" means.
 * @csspart state-message - Connected mode: the loading, error or no-placement message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - The assessed polygon and points.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 */
export class GkSkillRadar extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, skillRadarStyles];

  static override properties = {
    profile: { attribute: false },
    personId: { attribute: 'person-id' },
    asOf: { attribute: 'as-of' },
    names: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The person's profile: their level and target, and each competency's expected and assessed level. */
  declare profile: CompetencyProfileData | undefined;
  /** Connected mode: the person's id (`GET /people/{id}/competencies`, inside a `<gk-provider>`). */
  declare personId: string | undefined;
  /** Connected mode: show the assessments given up to this instant or day (ISO 8601). @default now */
  declare asOf: string | undefined;
  /** Connected mode: a display name per competency id. @default the id in words ("code-quality" → "Code quality") */
  declare names: Readonly<Record<string, string>> | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  declare headingLevel: number;

  #query = new QueryController<CompetencyProfile>(this, this.queryClient, () =>
    this.profile || !this.personId
      ? undefined
      : competenciesOf(this.goalkit, this)?.queries.profile(this.personId, this.asOf ? { asOf: this.asOf } : {}),
  );

  /** The profile to show: the one set, else the server's (`undefined` while loading, or without a placement). */
  #profile(): CompetencyProfileData | undefined {
    if (this.profile) return this.profile;
    const reply = this.#query.result?.data;
    return reply && profileFromApi(reply, { names: this.names });
  }

  /** Connected mode's placeholder: the routes' file failed, no placement, or the query's state. */
  #renderState() {
    if (!this.personId) return nothing;
    if (this.goalkit && competenciesFailed())
      return this.renderLoadState('skill-radar', 'error', { retry: () => this.requestUpdate() });
    if (this.#query.result?.data)
      return this.renderLoadState('skill-radar', 'empty', { message: skillRadarNoPlacementText(this.resolvedLocale) });
    return this.renderQueryState('skill-radar', this.#query);
  }

  constructor() {
    super();
    this.headingLevel = 2;
  }

  override render() {
    const profile = this.#profile();
    if (!profile) return this.#renderState();
    const view = connectSkillRadar({ profile, locale: this.resolvedLocale });
    const chart = view.chart;
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>${view.headingText}</div>
      ${view.isEmpty ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>` : nothing}
      ${
        chart
          ? html`<div ${attrs(view.figure)}>
            <svg ${attrs(view.svg)} viewBox=${chart.viewBox}>
              <g ${attrs(view.rings)}>${chart.rings.map((ring) => svg`<path d=${ring.path}></path>`)}</g>
              ${chart.axes.map(
                (axis) =>
                  svg`<line ${attrs(view.axis)} x1=${axis.x1} y1=${axis.y1} x2=${axis.x2} y2=${axis.y2}></line>`,
              )}
              ${chart.rings.map(
                (ring) => svg`<text ${attrs(view.ringLabel)} x=${ring.textX} y=${ring.textY}>${ring.text}</text>`,
              )}
              <path ${attrs(view.expected)} d=${chart.expectedPath}></path>
              <path ${attrs(view.assessed)} d=${chart.assessedPath}></path>
              ${chart.axes.map((axis) =>
                axis.point
                  ? svg`<circle ${attrs(axis.point.attrs)} cx=${axis.point.cx} cy=${axis.point.cy} r="4"></circle>`
                  : nothing,
              )}
              ${chart.axes.map(
                (axis) =>
                  svg`<text ${attrs(view.axisLabel)} x=${axis.labelX} y=${axis.labelY} text-anchor=${axis.labelAnchor}>${axis.labelLines.map(
                    (line) => svg`<tspan x=${axis.labelX} dy=${line.dy}>${line.text}</tspan>`,
                  )}</text>`,
              )}
            </svg>
            <ul ${attrs(view.legendList)}>
              ${view.legend.map((item) => html`<li ${attrs(item.item)}><span ${attrs(view.swatch)}></span>${item.text}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${
        view.isEmpty
          ? nothing
          : html`<details ${attrs(view.values)}>
            <summary ${attrs(view.valuesSummary)}>${view.valuesText}</summary>
            <div ${attrs(view.tableWrap)}>
              <table ${attrs(view.table)}>
                <caption ${attrs(view.caption)}>${view.captionText}</caption>
                <thead><tr>${view.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
                <tbody>
                  ${view.rows.map(
                    (row) => html`<tr>
                      <th scope="row">${row.nameText}</th>
                      <td>${row.expectedText}</td>
                      <td>${row.assessedText}${row.selfText ? html` <span ${attrs(row.selfFlag)}>${row.selfText}</span>` : nothing}</td>
                      <td>${row.gapText}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${view.selfNoteText ? html`<p ${attrs(view.selfNote)}>${view.selfNoteText}</p>` : nothing}
          </details>`
      }
    </section>`;
  }
}
