import type { CompetencyLevelRef, CompetencyProfileData } from './competencyWidgetData.js';
import type { DevelopmentGoalData } from './connectGrowthPlan.js';

type Source = 'self' | 'manager';

/** A level of a track, as the API names it. */
interface ApiLevelRef {
  readonly levelId: string;
  readonly name: string;
}

/** What the mapping reads of `GET /people/{id}/competencies` (structural: the client's `CompetencyProfile`). */
export interface CompetencyProfileReply {
  readonly personId: string;
  readonly framework: {
    readonly scale: { readonly min: number; readonly max: number; readonly labels?: readonly string[] | undefined };
  } | null;
  readonly current: ApiLevelRef | null;
  readonly target: ApiLevelRef | null;
  readonly competencies: readonly {
    readonly competencyId: string;
    readonly theme: string;
    readonly assessed: { readonly level: number; readonly source: Source } | null;
    readonly current: { readonly expected: number; readonly gap: number; readonly text?: string | undefined } | null;
    readonly target: { readonly expected: number; readonly gap: number; readonly text?: string | undefined } | null;
  }[];
  readonly readiness: { readonly current: number | null; readonly target: number | null };
}

/** What the mapping reads of `GET /people/{id}/gaps` (structural: the client's `CompetencyGaps`). */
export interface CompetencyGapsReply {
  readonly personId: string;
  readonly target: ApiLevelRef;
  readonly gaps: readonly {
    readonly competencyId: string;
    readonly theme: string;
    readonly expected: number;
    readonly assessed: number | null;
    readonly source: Source | null;
    readonly gap: number;
    readonly text?: string | undefined;
    readonly goals: readonly { readonly id: string; readonly title: string; readonly state: string }[];
  }[];
  readonly readiness: number | null;
}

/** Options of {@link profileFromApi} and {@link growthPlanFromApi}. */
export interface CompetencyFromApiOptions {
  /** A display name per competency id. @default the id, its hyphens as spaces, capitalised ("code-quality" → "Code quality") */
  readonly names?: Readonly<Record<string, string>> | undefined;
}

/** The competency's display name, as `competencyProfile()` names it. */
export const competencyName = (id: string, names?: Readonly<Record<string, string>>): string => {
  if (names?.[id] !== undefined) return names[id];
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const levelRef = (ref: ApiLevelRef): CompetencyLevelRef => ({ id: ref.levelId, name: ref.name });

/**
 * The competency widgets' input from the server's `GET /people/{id}/competencies` reply: the competencies its
 * target level (else its current level) expects, named by `names` or their id, grouped by the framework's theme,
 * each with what the current level expects when there is a target. `undefined` when the person has no placement
 * (the reply has no framework or current level): there is nothing to compare with.
 */
export function profileFromApi(
  reply: CompetencyProfileReply,
  options: CompetencyFromApiOptions = {},
): CompetencyProfileData | undefined {
  const { framework, current, target } = reply;
  if (!framework || !current) return undefined;
  const compared = target ? 'target' : 'current';
  return {
    personId: reply.personId,
    scale: framework.scale,
    level: levelRef(current),
    targetLevel: target ? levelRef(target) : null,
    competencies: reply.competencies.flatMap((c) => {
      const expectation = c[compared];
      if (!expectation) return [];
      return [
        {
          competencyId: c.competencyId,
          name: competencyName(c.competencyId, options.names),
          theme: c.theme || undefined,
          expected: expectation.expected,
          ...(target ? { expectedNow: c.current?.expected ?? null } : {}),
          assessed: c.assessed?.level ?? null,
          source: c.assessed?.source ?? null,
          gap: expectation.gap,
          ...(expectation.text === undefined ? {} : { text: expectation.text }),
        },
      ];
    }),
    readiness: reply.readiness[compared],
  };
}

/**
 * The growth plan's input from the server: its gaps (`GET /people/{id}/gaps`, against the level asked for) with
 * the development goals covering each, on the scale and current level of the person's profile
 * (`GET /people/{id}/competencies`). `undefined` without a placement.
 */
export function growthPlanFromApi(
  profile: CompetencyProfileReply,
  gaps: CompetencyGapsReply,
  options: CompetencyFromApiOptions = {},
): { readonly profile: CompetencyProfileData; readonly goals: readonly DevelopmentGoalData[] } | undefined {
  const { framework, current } = profile;
  if (!framework || !current) return undefined;
  const hasTarget = gaps.target.levelId !== current.levelId;
  const expectedNow = new Map(profile.competencies.map((c) => [c.competencyId, c.current?.expected ?? null]));
  const goals = new Map<string, { id: string; title: string; competencyIds: string[] }>();
  for (const gap of gaps.gaps)
    for (const goal of gap.goals) {
      const known = goals.get(goal.id) ?? { id: goal.id, title: goal.title, competencyIds: [] };
      known.competencyIds.push(gap.competencyId);
      goals.set(goal.id, known);
    }
  return {
    profile: {
      personId: gaps.personId,
      scale: framework.scale,
      level: levelRef(current),
      targetLevel: hasTarget ? levelRef(gaps.target) : null,
      competencies: gaps.gaps.map((g) => ({
        competencyId: g.competencyId,
        name: competencyName(g.competencyId, options.names),
        theme: g.theme || undefined,
        expected: g.expected,
        ...(hasTarget ? { expectedNow: expectedNow.get(g.competencyId) ?? null } : {}),
        assessed: g.assessed,
        source: g.source,
        gap: g.gap,
        ...(g.text === undefined ? {} : { text: g.text }),
      })),
      readiness: gaps.readiness,
    },
    // The server lists only goals that are not closed: each is active.
    goals: [...goals.values()].map((g) => ({ ...g, kind: 'development' as const, active: true })),
  };
}
