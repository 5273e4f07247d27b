import { badRequest } from '../problems.js';
import type { StoreContext } from '../store/context.js';
import { CompetencyRows, frameworkOf } from './competencyRows.js';

/**
 * An objective's `competencyIds` must name competencies of the frameworks, once there are any (without a
 * framework they may refer to one kept elsewhere, as in the document format), each at most once: 422 at
 * `competencyIds[i]` otherwise.
 */
export async function checkCompetencyIds(ctx: StoreContext, ids: readonly string[] | undefined): Promise<void> {
  if (!ids?.length) return;
  const rows = new CompetencyRows(ctx.repository.connection, ctx.repository.engine.dialect === 'postgres');
  const frameworks = (await rows.frameworks()).map(frameworkOf);
  const known = new Set(frameworks.flatMap((f) => f.competencies.map((c) => c.id)));
  const seen = new Set<string>();
  const problems = ids.flatMap((id, i) => {
    const path = `competencyIds[${i}]`;
    if (seen.has(id)) return [{ path, message: `${JSON.stringify(id)} is listed twice` }];
    seen.add(id);
    return frameworks.length && !known.has(id)
      ? [{ path, message: `no competency framework has the competency ${JSON.stringify(id)}; see GET /frameworks` }]
      : [];
  });
  if (problems.length) throw badRequest(problems);
}
