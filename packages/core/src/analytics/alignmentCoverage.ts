import type { GoalkitDocument, Objective } from '../model/documentSchema.js';
import { type Guarded, kAnonymous } from './privacy.js';
import { type AnalyticsScope, cycleOf, peopleIn, scopeTest } from './shared.js';

/** Options of {@link alignmentCoverage}. */
export interface AlignmentCoverageOptions extends AnalyticsScope {
  /** The cycle's id. */
  cycle: string;
}

/** How much of a cycle's work is tied to a goal above it. */
export interface AlignmentCoverage {
  /** The cycle's id. */
  cycleId: string;
  /** Counted objectives of the cycle not owned by the organisation. */
  objectives: number;
  /** Of those, the ones with a contributing parent. */
  aligned: number;
  /** aligned ÷ objectives; `null` when there are none. */
  coverage: number | null;
  /** The ids of the others, in document order. */
  orphans: string[];
}

/**
 * Alignment coverage of a cycle: aligned ÷ non-company objectives, and the orphans.
 *
 * - **company objective**: one whose owner has `kind: 'org'` (an owner the document does not list counts
 *   as non-company);
 * - **non-company objectives**: the cycle's other counted objectives (visible, in scope: the objective's owner
 *   is `ownerId` or below it);
 * - **aligned**: its `parent` names an objective of the document and its `alignment` is `contributes` (the
 *   default); `supports` links are shown but do not count in the parent's progress, so they do not count here;
 * - **orphans**: the non-company objectives that are not aligned.
 *
 * Hidden (see `kAnonymous`) when the non-company objectives have fewer than `k` distinct owners.
 * @throws {RangeError} for an unknown cycle or owner.
 */
export function alignmentCoverage(
  document: GoalkitDocument,
  options: AlignmentCoverageOptions,
): Guarded<AlignmentCoverage> {
  const cycle = cycleOf(document, options.cycle);
  const inScope = scopeTest(document, options.ownerId);
  const kinds = new Map(document.owners.map((o) => [o.id, o.kind]));
  const owners = new Set<string>();
  const counted: Objective[] = [];
  // The parents that counted objectives contribute to, crossed off as the document's objectives are read:
  // those left name no objective. Far fewer ids than a set of every objective's, which each call (one per
  // cycle) would build again.
  const unresolved = new Set<string>();
  for (const objective of document.objectives as Objective[]) {
    if (objective.cycle !== cycle.id || kinds.get(objective.owner) === 'org') continue;
    if (options.visible !== undefined && !options.visible(objective)) continue;
    if (inScope !== undefined && !inScope(objective.owner)) continue;
    counted.push(objective);
    owners.add(objective.owner);
    if (objective.parent !== undefined && contributes(objective)) unresolved.add(objective.parent);
  }
  for (const objective of document.objectives) {
    if (unresolved.size === 0) break;
    unresolved.delete(objective.id);
  }
  const objectives = counted.length;
  const orphans: string[] = [];
  for (const objective of counted) {
    const aligned = objective.parent !== undefined && contributes(objective) && !unresolved.has(objective.parent);
    if (!aligned) orphans.push(objective.id);
  }
  const aligned = objectives - orphans.length;
  return kAnonymous(
    { cycleId: cycle.id, objectives, aligned, coverage: objectives === 0 ? null : aligned / objectives, orphans },
    peopleIn(document, owners),
    options.k,
  );
}

/** Whether an objective's link to its parent counts in the parent's progress (`contributes`, the default). */
function contributes(objective: Objective): boolean {
  return (objective.alignment ?? 'contributes') === 'contributes';
}
