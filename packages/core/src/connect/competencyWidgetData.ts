/**
 * One competency of a person's profile, against the level compared with (the target level, else the current
 * one): a `CompetencyGap` of `competencyGaps()` from `@goalkit/core/competencies` as it is (an item of
 * `GET /people/{id}/gaps` too), with the competency's name and theme when known.
 */
export interface CompetencyLevelData {
  /** The competency's id in its framework. */
  readonly competencyId: string;
  /** What to call it. @default its id */
  readonly name?: string | undefined;
  /** The framework's group for it ("Craft"). */
  readonly theme?: string | undefined;
  /** `expected_c`: the level the compared level expects. */
  readonly expected: number;
  /** The level the current level expects, when there is a target level (`null`: the current level does not expect it). */
  readonly expectedNow?: number | null | undefined;
  /** `assessed_c`; `null` when nobody has rated it. */
  readonly assessed: number | null;
  /** Whose rating `assessed` is: `self` is flagged as the person's own view. */
  readonly source: 'self' | 'manager' | null;
  /** `max(0, expected_c − assessed_c)`, an unrated competency counting as the scale's minimum. */
  readonly gap: number;
  /** What the expected level looks like, from the framework. */
  readonly text?: string | undefined;
}

/** A career level, by id and name. */
export interface CompetencyLevelRef {
  readonly id: string;
  readonly name: string;
}

/**
 * What the competency widgets show of one person: the input of `CompetencyMatrix`, `SkillRadar` and `GrowthPlan`.
 * `competencyProfile()` builds it from a framework, a placement and assessments with core's formulas; a server's
 * `GET /people/{id}/gaps` reply maps onto it field for field.
 */
export interface CompetencyProfileData {
  /** The person (an owner id), when known: a drafted development goal is theirs. */
  readonly personId?: string | undefined;
  /** The framework's rating scale; `labels[0]` names `min`. */
  readonly scale: { readonly min: number; readonly max: number; readonly labels?: readonly string[] | undefined };
  /** The person's current level. */
  readonly level: CompetencyLevelRef;
  /** The level they work towards; absent or `null` when there is none (then `competencies` compare with `level`). */
  readonly targetLevel?: CompetencyLevelRef | null | undefined;
  /** Every competency the compared level expects, in its order. */
  readonly competencies: readonly CompetencyLevelData[];
  /** `readiness()` for the compared level, 0 to 1; `null` when there is nothing to judge. */
  readonly readiness: number | null;
}
