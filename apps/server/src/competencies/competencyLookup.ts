import {
  type AssessedLevel,
  assessedLevels,
  type Assessment as CoreAssessment,
  type Framework as CoreFramework,
} from '@goalkit/core/competencies';
import type { AssessmentRow } from './competencyRows.js';

/** An assessment row as core reads it. */
export const coreAssessment = (row: AssessmentRow): CoreAssessment => ({
  id: row.id,
  personId: row.person_id,
  competencyId: row.competency_id,
  level: Number(row.level),
  source: row.source,
  assessorId: row.assessor_id,
  at: row.at,
  ...(row.review_id ? { reviewId: row.review_id } : {}),
  ...(row.note ? { note: row.note } : {}),
});

/** Core's `assessedLevels` over one person's assessments (in the order recorded), as of `asOf` when given. */
export const assessedLevelsOf = (
  assessments: readonly CoreAssessment[],
  asOf?: string,
): ReadonlyMap<string, AssessedLevel> => assessedLevels(assessments, asOf === undefined ? {} : { asOf });

/**
 * The framework a competency id is rated in: the placement's framework when it has the competency, else the
 * first framework that does; `undefined` when none has it.
 */
export function frameworkFor(
  frameworks: readonly CoreFramework[],
  competencyId: string,
  preferred?: string,
): CoreFramework | undefined {
  const has = (f: CoreFramework) => f.competencies.some((c) => c.id === competencyId);
  return frameworks.find((f) => f.id === preferred && has(f)) ?? frameworks.find(has);
}
