import type { Digest, Objective, Owner } from '@goalkit/client';
import {
  connectDigest,
  type DigestData,
  type DigestItemView,
  type DigestOwnerData,
  digestObjectiveIds,
  type ObjectiveData,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { digestStyles } from './gk-digest.styles.js';

/**
 * @tag gk-digest
 * @summary The week in a person's or team's goals: figures, status changes, new risks, check-ins, kudos and key results nobody checked in.
 *
 * Presentational: set `digest` (what core's `digest()` computes, or `GET /digest` returns), `objectives` (for the
 * titles of objectives and key results) and optionally `owners` (for the scope's name and who gave kudos); what is
 * not among them gets a neutral word. Connected: place it inside a `<gk-provider>`; it shows `GET /digest` for
 * `owner` (else the viewer) from `from` to `to` (else the last 7 days), with the objectives it names and the owners'
 * names. Statuses show as words, kudos as their text; a week with no change says so.
 *
 * @csspart root - The digest and its heading.
 * @csspart heading - Whose goals, and which days.
 * @csspart scope - How many objectives, and how many teams and people below.
 * @csspart summary - The figures (a labelled list).
 * @csspart figure - One figure (`data-figure` status-changes, new-risks, check-ins, kudos or quiet).
 * @csspart figure-value - Its number.
 * @csspart figure-label - Its words.
 * @csspart empty - "A quiet week: nothing changed."
 * @csspart section - One kind of change (`data-section`), labelled by its heading.
 * @csspart section-heading - The section's heading.
 * @csspart list - The section's entries.
 * @csspart item - One entry.
 * @csspart title - The objective's or key result's title, or who gave kudos.
 * @csspart objective - The objective a key result belongs to.
 * @csspart change - Where a status was and where it is now.
 * @csspart status - A status in a word (`data-status`).
 * @csspart detail - A check-in's value and confidence.
 * @csspart text - The text of kudos.
 * @csspart time - When.
 * @csspart state-message - The loading or error message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-on-track=#1a7f37] - On track statuses.
 * @cssproperty [--gk-color-at-risk=#9a6700] - At risk statuses.
 * @cssproperty [--gk-color-off-track=#cf222e] - Off track statuses.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: loading failed.
 */
export class GkDigest extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, digestStyles];

  static override properties = {
    digest: { attribute: false },
    objectives: { attribute: false },
    owners: { attribute: false },
    owner: {},
    from: {},
    to: {},
    timeZone: { attribute: 'time-zone' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Presentational mode: the digest to show. */
  declare digest: DigestData | undefined;
  /** Presentational mode: the objectives the digest names (for titles). */
  declare objectives: readonly ObjectiveData[] | undefined;
  /** Presentational mode: people and teams, for the scope's name and who gave kudos. */
  declare owners: readonly DigestOwnerData[] | undefined;
  /** Connected mode: whose goals, a person's or a team's id. @default the viewer */
  declare owner: string | undefined;
  /** Connected mode: the first day, `YYYY-MM-DD`. @default six days before `to` */
  declare from: string | undefined;
  /** Connected mode: the last day, `YYYY-MM-DD`. @default today (UTC) */
  declare to: string | undefined;
  /** The IANA time zone check-in and kudos times are written in. @default 'UTC' */
  declare timeZone: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below, entries two. @default 2 */
  declare headingLevel: number;

  #connected = () => (this.digest ? undefined : this.goalkit);
  #digest = new QueryController<Digest>(this, this.queryClient, () =>
    this.#connected()?.queries.digest({
      ...(this.owner ? { owner: this.owner } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    }),
  );
  #owners = new QueryController<{ items: Owner[] }>(this, this.queryClient, () => this.#connected()?.queries.owners());
  /** Connected mode: one query per objective named, made when it first appears (as React's `useQueries`). */
  #objectives = new Map<string, QueryController<Objective>>();

  constructor() {
    super();
    this.headingLevel = 2;
  }

  #objectiveQuery(id: string): QueryController<Objective> {
    let query = this.#objectives.get(id);
    if (!query) {
      query = new QueryController<Objective>(this, this.queryClient, () =>
        this.#connected()?.queries.objectives.detail(id),
      );
      this.#objectives.set(id, query);
    }
    return query;
  }

  override render() {
    if (this.digest) return this.#renderBody(this.digest, this.objectives ?? [], this.owners);
    const digest = this.#digest.result?.data;
    if (!digest) return this.renderQueryState('digest', this.#digest);
    const queries = digestObjectiveIds(digest).map((id) => this.#objectiveQuery(id));
    const failed = queries.find((q) => q.result?.isError);
    if (failed) return this.renderQueryState('digest', failed);
    // Names are a nicety: without them (GET /owners failed) the digest says "Someone" rather than fail.
    const owners = this.#owners.result;
    if (queries.some((q) => !q.result?.data) || !owners || owners.isPending)
      return this.renderLoadState('digest', 'loading');
    return this.#renderBody(
      digest,
      queries.flatMap((q) => (q.result?.data ? [q.result.data] : [])),
      owners.data?.items,
    );
  }

  #renderItem(item: DigestItemView) {
    return html`<li ${attrs(item.item)}>
      <div ${attrs(item.title)} role="heading" aria-level=${Math.min(6, this.headingLevel + 2)}>${item.titleText}</div>
      ${item.objectiveText ? html`<p ${attrs(item.objective)}>${item.objectiveText}</p>` : nothing}
      ${
        item.change
          ? html`<p ${attrs(item.changeLine)}>
            <span>${item.change.wasText}</span>
            <span ${attrs(item.change.from.badge)}>${item.change.from.text}</span>
            <span>${item.change.nowText}</span>
            <span ${attrs(item.change.to.badge)}>${item.change.to.text}</span>
          </p>`
          : nothing
      }
      ${item.detailText ? html`<p ${attrs(item.detail)}>${item.detailText}</p>` : nothing}
      ${item.bodyText === undefined ? nothing : html`<p ${attrs(item.text)}>${item.bodyText}</p>`}
      ${item.timeText ? html`<time ${attrs(item.time)} datetime=${item.dateTime ?? nothing}>${item.timeText}</time>` : nothing}
    </li>`;
  }

  #renderBody(
    digest: DigestData,
    objectives: readonly ObjectiveData[],
    owners: readonly DigestOwnerData[] | undefined,
  ) {
    const view = connectDigest({
      digest,
      objectives,
      owners,
      timeZone: this.timeZone,
      locale: this.resolvedLocale,
    });
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>${view.headingText}</div>
      <p ${attrs(view.scope)}>${view.scopeText}</p>
      <ul ${attrs(view.summary)}>
        ${view.figures.map(
          (figure) =>
            html`<li ${attrs(figure.figure)}><span ${attrs(figure.value)}>${figure.valueText}</span> <span ${attrs(figure.label)}>${figure.labelText}</span></li>`,
        )}
      </ul>
      ${view.isQuiet ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>` : nothing}
      ${view.sections.map(
        (section) => html`<section ${attrs(section.section)}>
          <div ${attrs(section.heading)} role="heading" aria-level=${Math.min(6, this.headingLevel + 1)}>
            ${section.headingText}
          </div>
          <ul ${attrs(section.list)}>
            ${section.items.map((item) => this.#renderItem(item))}
          </ul>
        </section>`,
      )}
    </section>`;
  }
}
