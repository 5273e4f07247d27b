import type { CompetencyProfile } from '@goalkit/client/competencies';
import {
  type CompetencyProfileData,
  competencyMatrixNoPlacementText,
  connectCompetencyMatrix,
  profileFromApi,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { competenciesFailed, competenciesOf } from '../internal/competencies.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { competencyMatrixStyles } from './gk-competency-matrix.styles.js';

/**
 * @tag gk-competency-matrix
 * @summary Expected against assessed per competency, as a table, with the gap in words and numbers and self-assessed ratings flagged.
 *
 * Presentational: set `profile` (`competencyProfile()` of `@goalkit/core/connect`: the person's level and target,
 * each competency's expected and assessed level, whose rating it is, the gap, and readiness). The table scrolls
 * sideways in its own focusable region when it is wider than the widget. Connected: set `person-id` (and
 * `as-of`) inside a `<gk-provider>`.
 *
 * @csspart root - The widget and its heading.
 * @csspart heading - "Competencies".
 * @csspart summary - Where the person stands and their readiness.
 * @csspart placement - "Engineer, working towards Senior engineer".
 * @csspart readiness - "Readiness for Senior engineer: 71%".
 * @csspart empty - The level expects nothing.
 * @csspart table-wrap - Scrolls the table sideways when it is wider than the widget (a focusable region).
 * @csspart table - The competencies as a table.
 * @csspart caption - Its caption.
 * @csspart row - A competency's row (`data-met`, `data-source` self, manager or none).
 * @csspart name - The competency's name.
 * @csspart theme - Its group ("Craft").
 * @csspart self-flag - "Self-assessed", on a rating the person gave themself.
 * @csspart gap - The gap in words and numbers (`data-met`).
 * @csspart self-note - What "Self-assessed" means.
 * @csspart state-message - Connected mode: the loading, error or no-placement message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Focus ring.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 */
export class GkCompetencyMatrix extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, competencyMatrixStyles];

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
      return this.renderLoadState('competency-matrix', 'error', { retry: () => this.requestUpdate() });
    if (this.#query.result?.data)
      return this.renderLoadState('competency-matrix', 'empty', {
        message: competencyMatrixNoPlacementText(this.resolvedLocale),
      });
    return this.renderQueryState('competency-matrix', this.#query);
  }

  constructor() {
    super();
    this.headingLevel = 2;
  }

  override render() {
    const profile = this.#profile();
    if (!profile) return this.#renderState();
    const view = connectCompetencyMatrix({ profile, locale: this.resolvedLocale });
    const wide = view.headers.length === 5;
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>${view.headingText}</div>
      <div ${attrs(view.summary)}>
        <p ${attrs(view.placement)}>${view.placementText}</p>
        ${view.isEmpty ? nothing : html`<p ${attrs(view.readiness)}>${view.readinessText}</p>`}
      </div>
      ${
        view.isEmpty
          ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
          : html`<div ${attrs(view.tableWrap)}>
            <table ${attrs(view.table)}>
              <caption ${attrs(view.caption)}>${view.captionText}</caption>
              <thead><tr>${view.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
              <tbody>
                ${view.rows.map(
                  (row) => html`<tr ${attrs(row.row)}>
                    <th scope="row">
                      <span ${attrs(row.name)}>${row.nameText}</span>
                      ${row.themeText ? html`<span ${attrs(row.theme)}>${row.themeText}</span>` : nothing}
                    </th>
                    ${wide ? html`<td>${row.expectedNowText}</td>` : nothing}
                    <td>${row.expectedText}</td>
                    <td>${row.assessedText}${row.selfText ? html` <span ${attrs(row.selfFlag)}>${row.selfText}</span>` : nothing}</td>
                    <td ${attrs(row.gap)}>${row.gapText}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      }
      ${view.selfNoteText ? html`<p ${attrs(view.selfNote)}>${view.selfNoteText}</p>` : nothing}
    </section>`;
  }
}
