'use client';
import {
  type CompetencyProfileData,
  connectGrowthPlan,
  type DevelopmentGoalData,
  type DevelopmentGoalDraft,
  growthPlanDraftSelector,
  growthPlanFromApi,
  growthPlanGapSelector,
  growthPlanNoPlacementText,
} from '@goalkit/core/connect';
import { useId, useLayoutEffect, useRef } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useCompetencyGaps, useCompetencyProfile } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';

interface GrowthPlanCommon {
  /**
   * "Draft a goal" for a gap without a development goal: open the goal editor with this draft
   * (`{ kind: 'development', competencyIds: [id], title, owner }`). The button is not shown without it.
   */
  readonly onDraftGoal?: ((draft: DevelopmentGoalDraft) => void) | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Props of {@link GrowthPlan} (presentational: the person's profile and goals). */
export interface GrowthPlanDataProps extends GrowthPlanCommon {
  /** The person's profile: `competencyProfile()` of `@goalkit/core/connect`, or the server's gaps mapped onto it. */
  readonly profile: CompetencyProfileData;
  /** The person's objectives; the active development goals among them cover gaps. */
  readonly goals: readonly DevelopmentGoalData[];
}

/**
 * Connected mode: the person's gaps with the development goals covering them (`GET /people/{id}/gaps`) on their
 * profile's scale and level (`GET /people/{id}/competencies`), from the provider's client. "Draft a goal" still
 * calls `onDraftGoal`: the host opens its goal editor.
 */
export interface GrowthPlanConnectedProps extends GrowthPlanCommon {
  /** The person's id. */
  readonly personId: string;
  /** The level to plan for, on the person's track. @default their target level, else their current level */
  readonly target?: string | undefined;
  /** A display name per competency id. @default the id in words ("code-quality" → "Code quality") */
  readonly names?: Readonly<Record<string, string>> | undefined;
}

/** Props of {@link GrowthPlan}. */
export type GrowthPlanProps = GrowthPlanDataProps | GrowthPlanConnectedProps;

function ConnectedGrowthPlan({ personId, target, names, ...rest }: GrowthPlanConnectedProps) {
  const locale = useLocale(rest.locale);
  const profile = useCompetencyProfile(personId);
  const unplaced = profile.data !== undefined && profile.data.current === null;
  // Without a placement the server has no level to measure gaps against: it is not asked.
  const gaps = useCompetencyGaps(personId, target ? { target } : {}, { enabled: profile.isSuccess && !unplaced });
  const plan = profile.data && gaps.data && growthPlanFromApi(profile.data, gaps.data, { names });
  if (plan) return <DataGrowthPlan {...rest} profile={plan.profile} goals={plan.goals} />;
  const failed = profile.isError ? profile : gaps.isError ? gaps : undefined;
  return (
    <LoadStateView
      scope="growth-plan"
      state={unplaced ? 'empty' : failed ? 'error' : 'loading'}
      message={unplaced ? growthPlanNoPlacementText(locale) : undefined}
      error={failed?.error}
      locale={locale}
      className={rest.className}
      onRetry={retryFailed(profile, gaps)}
    />
  );
}

/**
 * Gaps and the development goals covering them: plan coverage in words, then each gap with its levels and its
 * development goals, or "Draft a goal", which hands `onDraftGoal` a development goal to draft for the host's goal
 * editor. When the drafted goal arrives and the button leaves while it has the focus, the focus goes to the gap's
 * name instead of the page's start. Connected with `personId` inside a `GoalkitProvider`.
 */
export function GrowthPlan(props: GrowthPlanProps) {
  return 'profile' in props ? <DataGrowthPlan {...props} /> : <ConnectedGrowthPlan {...props} />;
}

function DataGrowthPlan(props: GrowthPlanDataProps) {
  const locale = useLocale(props.locale);
  const view = connectGrowthPlan({ profile: props.profile, goals: props.goals, locale, idBase: useId() });
  const root = useRef<HTMLElement>(null);
  const drafted = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const id = drafted.current;
    const section = root.current;
    if (id === undefined || !section || section.querySelector(growthPlanDraftSelector(id))) return;
    drafted.current = undefined;
    const active = section.ownerDocument.activeElement;
    if (active && active !== section.ownerDocument.body && section.ownerDocument.contains(active)) return;
    section.querySelector<HTMLElement>(growthPlanGapSelector(id))?.focus();
  });
  return (
    <section ref={root} {...attrs(view.root)} className={props.className}>
      <Heading level={props.headingLevel ?? 2} {...attrs(view.heading)}>
        {view.headingText}
      </Heading>
      {view.isEmpty ? (
        <p {...attrs(view.empty)}>{view.emptyText}</p>
      ) : (
        <p {...attrs(view.coveragePart)}>{view.coverageText}</p>
      )}
      {view.gaps.length > 0 && (
        <ul {...attrs(view.gapList)}>
          {view.gaps.map((gap) => (
            <li key={gap.key} {...attrs(gap.item)}>
              <p {...attrs(gap.name)}>{gap.nameText}</p>
              <p {...attrs(gap.levels)}>
                {gap.levelsText}
                {gap.selfText && (
                  <>
                    {' '}
                    <span {...attrs(gap.selfFlag)}>{gap.selfText}</span>
                  </>
                )}
                {': '}
                <span {...attrs(gap.gap)}>{gap.gapText}</span>
              </p>
              {gap.goals.length > 0 ? (
                <ul {...attrs(gap.goalList)}>
                  {gap.goals.map((goal) => (
                    <li key={goal.key} {...attrs(goal.item)}>
                      {goal.text}
                    </li>
                  ))}
                </ul>
              ) : (
                <p {...attrs(gap.noGoal)}>{gap.noGoalText}</p>
              )}
              {gap.draft && props.onDraftGoal && (
                <button
                  {...attrs(gap.draftButton)}
                  onClick={() => {
                    if (!gap.draft) return;
                    drafted.current = gap.key;
                    props.onDraftGoal?.(gap.draft);
                  }}
                >
                  {gap.draftText} <span {...attrs(gap.draftFor)}>{gap.draftForText}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {view.metText && <p {...attrs(view.met)}>{view.metText}</p>}
    </section>
  );
}
