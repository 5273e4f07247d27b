import type { CompetencyGaps, CompetencyProfile } from '@goalkit/client/competencies';
import {
  type CompetencyProfileData,
  connectGrowthPlan,
  type DevelopmentGoalData,
  growthPlanDraftSelector,
  growthPlanFromApi,
  growthPlanGapSelector,
  growthPlanNoPlacementText,
} from '@goalkit/core/connect';
import { html, nothing } from 'lit';
import { QueryController } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkDraftGoalEvent } from '../events.js';
import { competenciesFailed, competenciesOf } from '../internal/competencies.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { growthPlanStyles } from './gk-growth-plan.styles.js';

/**
 * @tag gk-growth-plan
 * @summary Gaps and the development goals covering them, plan coverage in words, and "Draft a goal" for a gap without one.
 *
 * Presentational: set `profile` (`competencyProfile()` of `@goalkit/core/connect`) and `goals` (the person's
 * objectives; active development goals cover the competencies they name). "Draft a goal" sends `gk-draft-goal`
 * with a development goal to draft: open the goal editor with it. When the drafted goal arrives in `goals` and
 * the button leaves while it has the focus, the focus goes to the gap's name. Connected: set `person-id` (and
 * `target`, a level of the person's track) inside a `<gk-provider>`: the gaps and the development goals covering
 * them come from the server (`GET /people/{id}/gaps`); "Draft a goal" still sends `gk-draft-goal`.
 *
 * @csspart root - The widget and its heading.
 * @csspart heading - "Growth plan".
 * @csspart coverage - Plan coverage in words, or that there is no gap.
 * @csspart empty - The level expects nothing.
 * @csspart gaps - The list of gaps.
 * @csspart gap-item - One gap (`data-covered`).
 * @csspart gap-name - The competency's name.
 * @csspart levels - Its expected and assessed levels.
 * @csspart self-flag - "Self-assessed", on a rating the person gave themself.
 * @csspart gap - The gap in words and numbers.
 * @csspart goals - The development goals working on it.
 * @csspart goal - One of them.
 * @csspart no-goal - "No development goal yet."
 * @csspart draft - "Draft a goal".
 * @csspart draft-for - The rest of its name for assistive technology (visually hidden).
 * @csspart met - The competencies already met.
 * @csspart state-message - Connected mode: the loading, error or no-placement message.
 * @csspart retry - Retry a failed load.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - The draft button.
 * @cssproperty [--gk-color-surface=#ffffff] - Background.
 * @cssproperty [--gk-color-text=#1c2024] - Text colour.
 * @cssproperty [--gk-radius=0.5rem] - Corner radius.
 *
 * @event {GkDraftGoalEvent} gk-draft-goal - "Draft a goal": `detail` is the development goal to draft.
 */
export class GkGrowthPlan extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, growthPlanStyles];

  static override properties = {
    profile: { attribute: false },
    goals: { attribute: false },
    personId: { attribute: 'person-id' },
    target: {},
    names: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The person's profile: their level and target, and each competency's expected and assessed level. */
  declare profile: CompetencyProfileData | undefined;
  /** The person's objectives; the active development goals among them cover gaps. */
  declare goals: readonly DevelopmentGoalData[];
  /** Connected mode: the person's id (their gaps, inside a `<gk-provider>`). */
  declare personId: string | undefined;
  /** Connected mode: the level to plan for, on the person's track. @default their target level, else their current level */
  declare target: string | undefined;
  /** Connected mode: a display name per competency id. @default the id in words ("code-quality" → "Code quality") */
  declare names: Readonly<Record<string, string>> | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  declare headingLevel: number;

  #profileQuery = new QueryController<CompetencyProfile>(this, this.queryClient, () =>
    this.profile || !this.personId ? undefined : competenciesOf(this.goalkit, this)?.queries.profile(this.personId),
  );
  // Asked once the profile says the person has a placement: without one there is no level to measure gaps against.
  #gapsQuery = new QueryController<CompetencyGaps>(this, this.queryClient, () => {
    const placed = this.#profileQuery.result?.data?.current;
    return this.profile || !this.personId || !placed
      ? undefined
      : competenciesOf(this.goalkit, this)?.queries.gaps(this.personId, this.target ? { target: this.target } : {});
  });

  /** The profile and goals to show: the ones set, else the server's. */
  #plan(): { readonly profile: CompetencyProfileData; readonly goals: readonly DevelopmentGoalData[] } | undefined {
    if (this.profile) return { profile: this.profile, goals: this.goals };
    const profile = this.#profileQuery.result?.data;
    const gaps = this.#gapsQuery.result?.data;
    return profile && gaps && growthPlanFromApi(profile, gaps, { names: this.names });
  }

  /** Connected mode's placeholder: the routes' file failed, no placement, or the queries' state. */
  #renderState() {
    if (!this.personId) return nothing;
    if (this.goalkit && competenciesFailed())
      return this.renderLoadState('growth-plan', 'error', { retry: () => this.requestUpdate() });
    const profile = this.#profileQuery.result;
    if (profile?.data && !profile.data.current)
      return this.renderLoadState('growth-plan', 'empty', { message: growthPlanNoPlacementText(this.resolvedLocale) });
    return this.renderQueryState('growth-plan', profile?.isError ? this.#profileQuery : this.#gapsQuery);
  }

  #drafted: string | undefined;

  constructor() {
    super();
    this.goals = [];
    this.headingLevel = 2;
  }

  protected override updated(): void {
    const id = this.#drafted;
    const root = this.shadowRoot;
    if (id === undefined || !root || root.querySelector(growthPlanDraftSelector(id))) return;
    this.#drafted = undefined;
    // The button left with the focus: put it on the gap's name rather than the page's start.
    const active = document.activeElement;
    if (root.activeElement || (active && active !== document.body)) return;
    root.querySelector<HTMLElement>(growthPlanGapSelector(id))?.focus();
  }

  override render() {
    const plan = this.#plan();
    if (!plan) return this.#renderState();
    const view = connectGrowthPlan({ ...plan, locale: this.resolvedLocale });
    return html`<section ${attrs(view.root)}>
      <div ${attrs(view.heading)} role="heading" aria-level=${this.headingLevel}>${view.headingText}</div>
      ${
        view.isEmpty
          ? html`<p ${attrs(view.empty)}>${view.emptyText}</p>`
          : html`<p ${attrs(view.coveragePart)}>${view.coverageText}</p>`
      }
      ${
        view.gaps.length > 0
          ? html`<ul ${attrs(view.gapList)}>
            ${view.gaps.map(
              (gap) => html`<li ${attrs(gap.item)}>
                <p ${attrs(gap.name)}>${gap.nameText}</p>
                <p ${attrs(gap.levels)}>${gap.levelsText}${
                  gap.selfText ? html` <span ${attrs(gap.selfFlag)}>${gap.selfText}</span>` : nothing
                }: <span ${attrs(gap.gap)}>${gap.gapText}</span></p>
                ${
                  gap.goals.length > 0
                    ? html`<ul ${attrs(gap.goalList)}>${gap.goals.map((goal) => html`<li ${attrs(goal.item)}>${goal.text}</li>`)}</ul>`
                    : html`<p ${attrs(gap.noGoal)}>${gap.noGoalText}</p>`
                }
                ${
                  gap.draft
                    ? html`<button
                      ${attrs(gap.draftButton)}
                      @click=${() => {
                        if (!gap.draft) return;
                        this.#drafted = gap.key;
                        this.dispatchEvent(new GkDraftGoalEvent(gap.draft));
                      }}
                    >${gap.draftText} <span ${attrs(gap.draftFor)}>${gap.draftForText}</span></button>`
                    : nothing
                }
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${view.metText ? html`<p ${attrs(view.met)}>${view.metText}</p>` : nothing}
    </section>`;
  }
}
