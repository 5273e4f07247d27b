import { planCoverage } from '../competencies/planCoverage.js';
import type { CompetencyWords } from '../i18n/competencyMessages.js';
import { formatNumber } from '../i18n/format.js';
import { getGrowthPlanMessages } from '../i18n/growthPlanMessages.js';
import { formatPercent } from '../i18n/messages.js';
import type { CompetencyProfileData } from './competencyWidgetData.js';
import { type AttrBag, part, partSelector } from './types.js';

/**
 * An objective of the person's, as far as the growth plan needs it. Structural: a goalkit objective satisfies it.
 * Only `kind: 'development'` goals cover gaps.
 */
export interface DevelopmentGoalData {
  readonly id: string;
  readonly title: string;
  readonly kind?: 'standard' | 'development' | undefined;
  readonly competencyIds?: readonly string[] | undefined;
  /** `false` for a goal closed or abandoned: it no longer covers its gaps. @default true */
  readonly active?: boolean | undefined;
}

/**
 * A development goal to draft for a gap: what "Draft a goal" hands the host (`gk-draft-goal`'s detail,
 * `onDraftGoal`'s argument), which opens its goal editor with it.
 */
export interface DevelopmentGoalDraft {
  readonly kind: 'development';
  readonly competencyIds: readonly string[];
  /** A suggested title: "Grow Presenting to 3 (Competent)". */
  readonly title: string;
  /** The person whose gap it is, when the profile says. */
  readonly owner?: string | undefined;
}

/** What the growth plan renders. */
export interface GrowthPlanInput {
  /** The person's profile (see `competencyProfile()`). */
  readonly profile: CompetencyProfileData;
  /** The person's objectives; the active development goals among them cover gaps. */
  readonly goals: readonly DevelopmentGoalData[];
  /** A prefix for element ids, unique on the page. @default 'gk-growth-plan' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One gap of the plan, with the goals covering it or the button that drafts one. */
export interface GrowthPlanGapView {
  readonly key: string;
  readonly nameText: string;
  readonly levelsText: string;
  readonly selfText: string | undefined;
  readonly gapText: string;
  readonly goalsLabelText: string;
  readonly goals: readonly { readonly key: string; readonly text: string; readonly item: AttrBag }[];
  readonly noGoalText: string | undefined;
  /** The draft for "Draft a goal"; `undefined` when a development goal covers the gap. */
  readonly draft: DevelopmentGoalDraft | undefined;
  readonly draftText: string;
  /** The rest of the button's accessible name, visually hidden ("for Presenting", after a space). */
  readonly draftForText: string;
  readonly item: AttrBag;
  /** The gap's name: focus goes here (`tabindex="-1"`) when its draft button goes away under the focus. */
  readonly name: AttrBag;
  readonly levels: AttrBag;
  readonly selfFlag: AttrBag;
  readonly gap: AttrBag;
  readonly goalList: AttrBag;
  readonly noGoal: AttrBag;
  readonly draftButton: AttrBag;
  readonly draftFor: AttrBag;
}

/** The growth plan's view-model. */
export interface GrowthPlanView {
  readonly headingText: string;
  /** Plan coverage in words, or that there is no gap. */
  readonly coverageText: string;
  /** Covered gaps ÷ gaps; `null` without gaps. */
  readonly coverage: number | null;
  readonly gaps: readonly GrowthPlanGapView[];
  /** The competencies already met, in words; `undefined` when none is. */
  readonly metText: string | undefined;
  readonly isEmpty: boolean;
  readonly emptyText: string;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly coveragePart: AttrBag;
  readonly gapList: AttrBag;
  readonly met: AttrBag;
  readonly empty: AttrBag;
}

const SCOPE = 'growth-plan';

/** A level with its scale label: "3 (Competent)". */
function levelText(profile: CompetencyProfileData, value: number, t: CompetencyWords, locale: string): string {
  const index = value - profile.scale.min;
  const label = Number.isInteger(index) ? profile.scale.labels?.[index] : undefined;
  return t.level(formatNumber(value, locale), label);
}

/** The gap in words and numbers: "1 level short", or "Met". */
const gapText = (gap: number, t: CompetencyWords, locale: string) =>
  gap > 0 ? t.gap(gap, formatNumber(gap, locale)) : t.met;

/** A selector for the gap's name of a competency, where focus goes when its draft button leaves. */
export const growthPlanGapSelector = (competencyId: string): string =>
  partSelector(SCOPE, 'gap-name', { 'data-competency-id': competencyId });

/** A selector for the draft button of a competency's gap. */
export const growthPlanDraftSelector = (competencyId: string): string =>
  partSelector(SCOPE, 'draft', { 'data-competency-id': competencyId });

/**
 * Compute the growth plan: plan coverage in words (`planCoverage()`: gaps with an active development goal ÷ all
 * gaps), then every gap with its levels and the development goals working on it, or "Draft a goal" with a
 * development goal to draft (`{ kind: 'development', competencyIds: [id], title }`) for the host's goal editor.
 */
export function connectGrowthPlan(input: GrowthPlanInput): GrowthPlanView {
  const locale = input.locale ?? 'en';
  const t = getGrowthPlanMessages(locale);
  const id = input.idBase ?? 'gk-growth-plan';
  const profile = input.profile;
  const coverage = planCoverage(
    profile.competencies.map((c) => ({ competencyId: c.competencyId, gap: c.gap })),
    input.goals,
    { isActive: (goal) => goal.active !== false },
  );
  const titles = new Map(input.goals.map((g) => [g.id, g.title]));
  const gaps = profile.competencies
    .filter((c) => c.gap > 0)
    .map((c, index): GrowthPlanGapView => {
      const goalIds = coverage.goalsByCompetency.get(c.competencyId) ?? [];
      const expected = levelText(profile, c.expected, t, locale);
      const nameId = `${id}-gap-${index}`;
      return {
        key: c.competencyId,
        nameText: c.name ?? c.competencyId,
        levelsText: t.levels(expected, c.assessed === null ? undefined : levelText(profile, c.assessed, t, locale)),
        selfText: c.assessed !== null && c.source === 'self' ? t.selfAssessed : undefined,
        gapText: gapText(c.gap, t, locale),
        goalsLabelText: t.goalsLabel,
        goals: goalIds.map((goalId) => ({
          key: goalId,
          text: titles.get(goalId) ?? goalId,
          item: part(SCOPE, 'goal', { 'data-objective-id': goalId }),
        })),
        noGoalText: goalIds.length === 0 ? t.noGoal : undefined,
        draft:
          goalIds.length === 0
            ? {
                kind: 'development',
                competencyIds: [c.competencyId],
                title: t.draftTitle(c.name ?? c.competencyId, expected),
                ...(profile.personId === undefined ? {} : { owner: profile.personId }),
              }
            : undefined,
        draftText: t.draft,
        draftForText: t.draftFor(c.name ?? c.competencyId),
        item: part(SCOPE, 'gap-item', {
          'data-competency-id': c.competencyId,
          'data-covered': goalIds.length > 0 ? 'true' : 'false',
        }),
        name: part(SCOPE, 'gap-name', { id: nameId, tabindex: -1, 'data-competency-id': c.competencyId }),
        levels: part(SCOPE, 'levels'),
        selfFlag: part(SCOPE, 'self-flag'),
        gap: part(SCOPE, 'gap'),
        goalList: part(SCOPE, 'goals', { 'aria-label': t.goalsLabel }),
        noGoal: part(SCOPE, 'no-goal'),
        draftButton: part(SCOPE, 'draft', { type: 'button', 'data-competency-id': c.competencyId }),
        draftFor: part(SCOPE, 'draft-for'),
      };
    });
  const metNames = profile.competencies.filter((c) => c.gap <= 0).map((c) => c.name ?? c.competencyId);
  return {
    headingText: t.heading,
    coverageText:
      coverage.value === null
        ? t.noGaps
        : t.coverage(coverage.covered.length, coverage.gaps.length, formatPercent(coverage.value, locale)),
    coverage: coverage.value,
    gaps,
    metText: metNames.length > 0 && gaps.length > 0 ? t.metList(metNames.join(', ')) : undefined,
    isEmpty: profile.competencies.length === 0,
    emptyText: t.nothingExpected,
    root: part(SCOPE, 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part(SCOPE, 'heading', { id: `${id}-heading` }),
    coveragePart: part(SCOPE, 'coverage', { 'data-covered': coverage.value === 1 ? 'true' : undefined }),
    gapList: part(SCOPE, 'gaps'),
    met: part(SCOPE, 'met'),
    empty: part(SCOPE, 'empty'),
  };
}

/** What the growth plan says, connected, for a person on no career track yet (`profileFromApi()` is `undefined`). */
export const growthPlanNoPlacementText = (locale = 'en'): string => getGrowthPlanMessages(locale).noPlacement;
