import { lintDocument } from '../lint/lintDocument.js';
import type { LintOptions } from '../lint/lintObjective.js';
import type { Cycle, GoalkitDocument, Objective } from '../model/documentSchema.js';
import { type Guarded, kAnonymous } from './privacy.js';
import { type AnalyticsScope, documentsOf, peopleIn, scopeTests } from './shared.js';

/** Options of {@link goalQualityTrend}. */
export interface GoalQualityTrendOptions extends AnalyticsScope {
  /**
   * The cycles to report, by id.
   * @default every cycle of the documents
   */
  cycles?: readonly string[];
  /**
   * How to lint (configuration, language, `asOf`); the same as `lintDocument` takes.
   * @default the recommended configuration, no `asOf`
   */
  lint?: LintOptions;
  /**
   * Which objectives count as approved. A goalkit document has no approval state, so by default every
   * objective of the cycle counts; a host with approvals passes its own test.
   * @default every objective
   */
  approved?: (objective: Objective) => boolean;
}

/** The quality of one cycle's goals. */
export interface GoalQuality {
  /** Counted objectives (visible, in scope) of the cycle. */
  objectives: number;
  /** The mean SMART `overall` score (0–100) of those; `null` when there are none. */
  meanSmartScore: number | null;
  /** Of those, the approved ones. */
  approved: number;
  /** Approved objectives with no lint message of severity `error`. */
  approvedWithoutErrors: number;
  /** approvedWithoutErrors ÷ approved; `null` when none is approved. */
  approvedWithoutErrorsShare: number | null;
}

/** One cycle of {@link goalQualityTrend}. */
export interface GoalQualityPoint {
  /** The cycle. */
  cycle: Cycle;
  /** Its figures, or hidden when its objectives have fewer than `k` owners. */
  quality: Guarded<GoalQuality>;
}

/**
 * The quality of goals cycle by cycle, oldest first (by start day), over one document or several (one per
 * cycle, say; a cycle in several documents is reported once, over all of them): per cycle, the mean SMART
 * score Σ overallᵢ ÷ n of its counted objectives (the linter's `computeSmartScore`, as `lintDocument`
 * reports it), and the share of approved objectives with no lint error.
 * @throws {RangeError} for an unknown owner or cycle; {LintConfigError} for an invalid lint configuration.
 */
export function goalQualityTrend(
  documents: GoalkitDocument | readonly GoalkitDocument[],
  options: GoalQualityTrendOptions = {},
): GoalQualityPoint[] {
  const list = documentsOf(documents);
  const tests = scopeTests(list, options.ownerId);
  const wanted = options.cycles === undefined ? undefined : new Set(options.cycles);
  const byCycle = new Map<
    string,
    { cycle: Cycle; scores: number; n: number; approved: number; clean: number; owners: Set<string> }
  >();
  for (const document of list)
    for (const cycle of document.cycles)
      if (!byCycle.has(cycle.id) && (wanted === undefined || wanted.has(cycle.id)))
        byCycle.set(cycle.id, { cycle, scores: 0, n: 0, approved: 0, clean: 0, owners: new Set() });
  for (const id of wanted ?? [])
    if (!byCycle.has(id)) throw new RangeError(`No cycle has the id ${JSON.stringify(id)} in the documents given`);

  list.forEach((document, d) => {
    const inScope = tests[d];
    const lint = lintDocument(document, options.lint);
    const objectives = document.objectives as Objective[];
    for (let i = 0; i < objectives.length; i++) {
      const objective = objectives[i] as Objective;
      const entry = byCycle.get(objective.cycle);
      if (entry === undefined) continue;
      if (options.visible !== undefined && !options.visible(objective)) continue;
      if (inScope !== undefined && !inScope(objective.owner)) continue;
      const result = lint.objectives[i];
      if (result === undefined) continue;
      entry.n++;
      entry.scores += result.smart.overall;
      entry.owners.add(objective.owner);
      if (options.approved === undefined || options.approved(objective)) {
        entry.approved++;
        if (result.errorCount === 0) entry.clean++;
      }
    }
  });
  return [...byCycle.values()]
    .sort((a, b) =>
      a.cycle.start < b.cycle.start ? -1 : a.cycle.start > b.cycle.start ? 1 : a.cycle.id < b.cycle.id ? -1 : 1,
    )
    .map((entry) => ({
      cycle: entry.cycle,
      quality: kAnonymous(
        {
          objectives: entry.n,
          meanSmartScore: entry.n === 0 ? null : entry.scores / entry.n,
          approved: entry.approved,
          approvedWithoutErrors: entry.clean,
          approvedWithoutErrorsShare: entry.approved === 0 ? null : entry.clean / entry.approved,
        },
        peopleIn(list, entry.owners),
        options.k,
      ),
    }));
}
