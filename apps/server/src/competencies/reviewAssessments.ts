import type { ReviewAnswer, ReviewQuestion } from '@goalkit/client/contract';
import type { CompetencyScale } from '@goalkit/core/competencies';
import type { StoreContext } from '../store/context.js';
import { randomId } from '../store/rows.js';
import { frameworkFor } from './competencyLookup.js';
import { CompetencyRows, frameworkOf } from './competencyRows.js';

const rowsOf = (ctx: StoreContext) =>
  new CompetencyRows(ctx.repository.connection, ctx.repository.engine.dialect === 'postgres');

/** The scale each competency is rated on (the first framework that has it), for checking review answers. */
export async function competencyScales(ctx: StoreContext): Promise<ReadonlyMap<string, CompetencyScale>> {
  const scales = new Map<string, CompetencyScale>();
  for (const framework of (await rowsOf(ctx).frameworks()).map(frameworkOf))
    for (const competency of framework.competencies)
      if (!scales.has(competency.id)) scales.set(competency.id, framework.scale);
  return scales;
}

/** The competency an answer rates: its own `competencyId`, else its question's. */
export const answerCompetency = (answer: ReviewAnswer, question: ReviewQuestion | undefined) =>
  answer.competencyId ?? question?.competencyId ?? undefined;

/**
 * A submitted self or manager review's ratings about a competency become assessments of the reviewee:
 * `source` is the review's kind, the assessor its reviewer, `at` the submission, linked by `reviewId`.
 * Peer and upward reviews rate nothing here: only the person and their managers assess competencies.
 */
export async function recordReviewAssessments(
  ctx: StoreContext,
  review: { id: string; kind: string; revieweeId: string; reviewerId: string; answers: readonly ReviewAnswer[] },
  questions: readonly ReviewQuestion[],
  at: string,
): Promise<number> {
  if (review.kind !== 'self' && review.kind !== 'manager') return 0;
  const rows = rowsOf(ctx);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const [frameworks, placement] = await Promise.all([rows.frameworks(), rows.placement(review.revieweeId)]);
  const known = frameworks.map(frameworkOf);
  let recorded = 0;
  for (const answer of review.answers) {
    const question = byId.get(answer.questionId);
    const competencyId = answerCompetency(answer, question);
    if (question?.type !== 'rating' || competencyId === undefined || answer.rating == null) continue;
    if (!frameworkFor(known, competencyId, placement?.framework_id)) continue;
    await rows.insertAssessment({
      id: randomId('as-'),
      person_id: review.revieweeId,
      competency_id: competencyId,
      level: answer.rating,
      source: review.kind,
      assessor_id: review.reviewerId,
      at,
      review_id: review.id,
      note: null,
      recorded_at: at,
    });
    recorded++;
  }
  return recorded;
}
