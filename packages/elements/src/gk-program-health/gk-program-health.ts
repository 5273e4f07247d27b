import type { Analytics } from '@goalkit/client';
import { connectProgramHealth, type ProgramHealthData, type ProgramHealthSectionView } from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { programHealthStyles } from './gk-program-health.styles.js';

/**
 * @tag gk-program-health
 * @summary Program health for a cycle and scope: check-ins, alignment, goal quality, outcomes and the trend over cycles.
 *
 * Presentational: set `health` (what `GET /analytics` returns) and optionally `objectives` (titles for the
 * objectives without a parent; else they are named by id). Connected: place it inside a `<gk-provider>` with
 * `cycle` (and `owner` for a person's or team's scope); it shows `GET /analytics`. An aggregate over fewer people
 * than the privacy threshold says why it is hidden, never zeros; grade bands are numbers and words; the trend
 * over cycles is a table.
 *
 * @csspart root - The widget and its heading.
 * @csspart heading - "Program health: Q1 2026".
 * @csspart as-of - The day the figures are as of.
 * @csspart empty - Nothing counted in this cycle and scope.
 * @csspart sections - The sections, in as many columns as fit.
 * @csspart section - One aggregate (`data-section` check-ins, alignment, quality or outcomes; `data-hidden`).
 * @csspart section-heading - Its heading.
 * @csspart hidden - Why its figures are hidden.
 * @csspart metrics - Its figures (a description list).
 * @csspart metric - One figure (`data-metric`).
 * @csspart label - The figure's name.
 * @csspart value - Its value.
 * @csspart detail - What it counts ("38 of 46 …").
 * @csspart running - A running cycle's outcomes are standings.
 * @csspart orphans-heading - The heading of the objectives without a parent.
 * @csspart orphans - Their list.
 * @csspart orphan - One of them.
 * @csspart bands - Key results by grade band (a labelled list).
 * @csspart band - One band (`data-band` green, yellow or red).
 * @csspart band-count - Its count.
 * @csspart trend-wrap - Scrolls the trend table sideways when it is wider than the widget (a focusable region).
 * @csspart trend - The trend over cycles (a table).
 * @csspart trend-caption - Its title, above it.
 * @csspart trend-row - One cycle (`data-current` for the one shown).
 * @csspart state-message - The loading or error message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-on-track=#1a7f37] - The green band.
 * @cssproperty [--gk-color-at-risk=#9a6700] - The yellow band.
 * @cssproperty [--gk-color-off-track=#cf222e] - The red band.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: loading failed.
 */
export class GkProgramHealth extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, programHealthStyles];

  static override properties = {
    health: { attribute: false },
    objectives: { attribute: false },
    cycle: {},
    owner: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Presentational mode: what `GET /analytics` returns. */
  declare health: ProgramHealthData | undefined;
  /** Titles of objectives, for the list of those without a parent. @default ids */
  declare objectives: readonly { readonly id: string; readonly title: string }[] | undefined;
  /** Connected mode: the cycle's id. */
  declare cycle: string | undefined;
  /** Connected mode: whose scope, a person's or a team's id. @default the whole organisation */
  declare owner: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below. @default 2 */
  declare headingLevel: number;

  // No `metrics=`: a <gk-calibration> of the same cycle and scope reads the same reply from the cache.
  #analytics = new QueryController<Analytics>(this, this.queryClient, () =>
    this.health || !this.cycle
      ? undefined
      : this.goalkit?.queries.analytics({ cycle: this.cycle, ...(this.owner ? { owner: this.owner } : {}) }),
  );

  constructor() {
    super();
    this.headingLevel = 2;
  }

  override render() {
    const health = this.health ?? this.#analytics.result?.data;
    if (!health) return this.renderQueryState('program-health', this.#analytics);
    return this.#renderBody(health);
  }

  #renderSection(section: ProgramHealthSectionView) {
    const level = Math.min(6, this.headingLevel + 1);
    return html`<section ${attrs(section.section)}>
      <div ${attrs(section.heading)} role="heading" aria-level=${level}>${section.headingText}</div>
      ${section.hiddenText ? html`<p ${attrs(section.hiddenNote)}>${section.hiddenText}</p>` : nothing}
      ${
        section.metrics.length
          ? html`<dl ${attrs(section.metricList)}>
            ${section.metrics.map(
              (m) => html`<div ${attrs(m.metric)}>
                <dt ${attrs(m.label)}>${m.labelText}</dt>
                <dd><span ${attrs(m.value)}>${m.valueText}</span>${
                  m.detailText ? html`<span ${attrs(m.detail)}>${m.detailText}</span>` : nothing
                }</dd>
              </div>`,
            )}
          </dl>`
          : nothing
      }
      ${section.noteText ? html`<p ${attrs(section.note)}>${section.noteText}</p>` : nothing}
      ${
        section.bands
          ? html`<ul ${attrs(section.bandList)}>
            ${section.bands.items.map(
              (b) =>
                html`<li ${attrs(b.item)}><span ${attrs(b.count)}>${b.countText}</span> <span>${b.labelText}</span></li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        section.orphans
          ? html`<div ${attrs(section.orphanHeading)} role="heading" aria-level=${Math.min(6, level + 1)}>
              ${section.orphans.headingText}
            </div>
            <ul ${attrs(section.orphanList)}>
              ${section.orphans.items.map((title) => html`<li ${attrs(section.orphan)}>${title}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  #renderBody(health: ProgramHealthData) {
    const view = connectProgramHealth({ health, objectives: this.objectives, locale: this.resolvedLocale });
    const trend = view.trend;
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>${view.headingText}</div>
      <p ${attrs(view.asOf)}><time datetime=${view.dateTime}>${view.asOfText}</time></p>
      ${
        view.isEmpty
          ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
          : html`<div ${attrs(view.sectionList)}>${view.sections.map((s) => this.#renderSection(s))}</div>`
      }
      ${
        trend
          ? html`<p ${attrs(view.trendCaption)}>${trend.captionText}</p>
          <div ${attrs(view.trendWrap)}>
            <table ${attrs(view.trendTable)}>
              <thead><tr>${trend.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
              <tbody>
                ${trend.rows.map(
                  (row) => html`<tr ${attrs(row.row)}>
                    <th scope="row">${row.cells[0]}</th>
                    ${row.cells.slice(1).map((cell) => html`<td>${cell}</td>`)}
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
