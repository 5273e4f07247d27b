import type { Assessment, AssessmentSource } from './competencySchemas.js';
import { timestampMillis } from './competencySchemas.js';

/** The level a person is taken to have in one competency, and where it comes from. */
export interface AssessedLevel {
  competencyId: string;
  /** The level of the assessment used. */
  level: number;
  /** `manager` when a manager's rating was used; `self` when there is none and the person's own rating was used. */
  source: AssessmentSource;
  /** When the assessment used was given. */
  at: string;
  /** The assessment used. */
  assessment: Assessment;
}

/** Options of {@link assessedLevels}. */
export interface AssessedLevelsOptions {
  /** Only this person's assessments count; leave out when `assessments` already belong to one person. */
  personId?: string;
  /**
   * Ignore assessments given after this instant (an ISO timestamp, or a date meaning the end of that day,
   * UTC), to see what was known then.
   */
  asOf?: string;
}

const DAY_MS = 86_400_000;

/** The last millisecond `asOf` covers: a date alone covers its whole day. */
function asOfLimit(asOf: string): number {
  const millis = timestampMillis(asOf);
  if (Number.isNaN(millis)) {
    throw new RangeError(`asOf must be an ISO timestamp such as 2026-03-31T14:00:00Z or a date (got "${asOf}")`);
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? millis + DAY_MS - 1 : millis;
}

/**
 * The assessed level of each competency: `assessed_c` = the level of the latest manager assessment of
 * competency c, or, when no manager has assessed it, the level of the latest self-assessment (then
 * `source` is `self`, so a view can say it is the person's own view). "Latest" is by `at`; of two
 * assessments given at the same instant the one later in the list wins. With `asOf`, assessments after
 * it are ignored. A competency nobody assessed is absent from the map.
 *
 * @throws {RangeError} when `asOf` is not an ISO timestamp or date.
 */
export function assessedLevels(
  assessments: readonly Assessment[],
  options: AssessedLevelsOptions = {},
): ReadonlyMap<string, AssessedLevel> {
  const limit = options.asOf === undefined ? Number.POSITIVE_INFINITY : asOfLimit(options.asOf);
  const latest = new Map<string, { manager?: [Assessment, number]; self?: [Assessment, number] }>();
  for (const assessment of assessments) {
    if (options.personId !== undefined && assessment.personId !== options.personId) continue;
    const at = timestampMillis(assessment.at);
    if (Number.isNaN(at) || at > limit) continue;
    const entry = latest.get(assessment.competencyId) ?? {};
    const current = entry[assessment.source];
    if (current === undefined || at >= current[1]) entry[assessment.source] = [assessment, at];
    latest.set(assessment.competencyId, entry);
  }
  const result = new Map<string, AssessedLevel>();
  for (const [competencyId, entry] of latest) {
    const chosen = entry.manager ?? entry.self;
    if (chosen === undefined) continue;
    const [assessment] = chosen;
    result.set(competencyId, {
      competencyId,
      level: assessment.level,
      source: assessment.source,
      at: assessment.at,
      assessment,
    });
  }
  return result;
}
