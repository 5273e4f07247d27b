import type { EvidenceContribution, ReviewEvidence } from '@goalkit/client/contract';
import { toCoreKeyResult } from '@goalkit/core';
import { goalScore } from '@goalkit/core/conversations';
import type { GoalkitDocument } from '@goalkit/core/model';
import { type Contribution, createScorer, grade, type Scorer } from '@goalkit/core/scoring';
import type { StoreContext } from '../store/context.js';
import { type CheckInRow, coreCheckIn, jsonOrNull, keyResultShape, type ObjectiveRow } from '../store/rows.js';
import { groupBy } from '../store/scores.js';
import type { ReviewRows } from './reviewRows.js';

type EvidenceObjective = ReviewEvidence['objectives'][number];

/** A reviewee's objective as it stood at the snapshot, with the row it came from (for the access rules). */
export interface SnapshotObjective {
  row: ObjectiveRow;
  /** Its evidence without the explanation, which depends on who asks (see {@link evidenceOf}). */
  evidence: Omit<EvidenceObjective, 'explanation'>;
  /** Its roll-up at the snapshot (core's `Scorer.explain`), every aligned goal named. */
  contributions: readonly Contribution[];
}

const instant = (text: string) => Date.parse(text);

/** The goals scored as of a moment, and their key results' titles. */
export interface Snapshot {
  scorer: Scorer;
  titles: ReadonlyMap<string, string>;
}

/**
 * The organisation's goals as they stood at a moment, scored as of that moment's UTC day: the core
 * document with every check-in recorded after `at` left out, and each key result's current value (or
 * done flag, or milestones) taken from its last check-in at or before `at` instead of from now. The
 * scorer ignores check-ins after its day by itself, but it falls back on a key result's current value
 * when there is none before: that value is today's, so it is replaced here. Titles, weights and key
 * results' definitions are today's (they are not versioned per moment).
 */
export async function snapshotScorer(ctx: StoreContext, at: string): Promise<Snapshot> {
  const scores = ctx.scores;
  const epoch = scores.epoch;
  const cached = snapshots.get(scores)?.find((s) => s.at === at && s.epoch === epoch);
  if (cached) return cached.snapshot;
  const snapshot = await buildSnapshot(ctx, at);
  // Kept until the next write of goals moves the epoch (review writes do not); a snapshot read while
  // one landed is stale already and is not kept.
  if (scores.epoch === epoch) {
    const kept = (snapshots.get(scores) ?? []).filter((s) => s.epoch === epoch).slice(-(SNAPSHOTS_KEPT - 1));
    kept.push({ at, epoch, snapshot });
    snapshots.set(scores, kept);
  }
  return snapshot;
}

/** Snapshots of the goals per store (its scores), for the few cycles asked about lately. */
const snapshots = new WeakMap<object, { at: string; epoch: number; snapshot: Snapshot }[]>();
const SNAPSHOTS_KEPT = 8;

async function buildSnapshot(ctx: StoreContext, at: string): Promise<Snapshot> {
  const repository = ctx.repository;
  const [document, keyResults, checkIns] = await Promise.all([
    ctx.scores.document(repository),
    repository.keyResults(),
    repository.checkIns(),
  ]);
  const moment = instant(at);
  const kept = groupBy(
    checkIns.filter((c) => instant(c.at) <= moment),
    (c) => c.key_result_id,
  );
  const rebuilt = new Map<string, GoalkitDocument['objectives'][number]['keyResults'][number]>();
  for (const row of keyResults) {
    const rows: CheckInRow[] = kept.get(row.id) ?? [];
    const last = rows.at(-1);
    const shape = keyResultShape(row);
    shape.current = last ? (jsonOrNull(last.value) as number | boolean | null) : null;
    if (shape.type === 'boolean') shape.done = shape.current === true || shape.current === 1;
    if (shape.milestones) {
      const flags = last?.milestones ? (JSON.parse(last.milestones) as boolean[]) : [];
      shape.milestones = shape.milestones.map((m, i) => ({ ...m, done: flags[i] === true }));
    }
    const core = toCoreKeyResult(shape, rows.map(coreCheckIn));
    if (core) rebuilt.set(row.id, core);
  }
  const snapshot: GoalkitDocument = {
    ...document,
    objectives: document.objectives.map((o) => ({
      ...o,
      keyResults: o.keyResults.map((kr) => rebuilt.get(kr.id) ?? kr),
    })),
  };
  const titles = new Map<string, string>();
  for (const o of snapshot.objectives) for (const kr of o.keyResults) titles.set(kr.id, kr.title);
  return { scorer: createScorer(snapshot, { asOf: new Date(moment).toISOString().slice(0, 10) }), titles };
}

/**
 * The objectives some people own, as they stood at `at`: those of the cycles overlapping `period`
 * that existed then and were approved (active) or closed then; drafts and proposals are not goals
 * anyone agreed to and are left out. Each objective's state at `at` is read from its lifecycle steps
 * (the `from` of the first step after `at`, else its state now). Its grade is the one given when it was
 * closed if it was closed by `at` and has stayed closed since; else its progress at `at`, graded, with
 * `final` telling whether it was closed then.
 */
export async function snapshotObjectives(
  ctx: StoreContext,
  rows: ReviewRows,
  { scorer, titles }: Snapshot,
  ownerIds: readonly string[],
  period: { start: string; end: string },
  at: string,
): Promise<Map<string, SnapshotObjective[]>> {
  const owners = new Set(ownerIds);
  const moment = instant(at);
  const [objectives, cycles, transitions] = await Promise.all([
    ctx.repository.objectives(),
    ctx.repository.cycles(),
    rows.transitionsOfOwners(ownerIds),
  ]);
  const overlapping = new Set(cycles.filter((c) => c.start <= period.end && c.end >= period.start).map((c) => c.id));
  const stepsOf = groupBy(transitions, (t) => t.objective_id);
  const result = new Map<string, SnapshotObjective[]>();
  for (const row of objectives) {
    if (!owners.has(row.owner_id) || !overlapping.has(row.cycle_id) || instant(row.created_at) > moment) continue;
    const steps = stepsOf.get(row.id) ?? [];
    const after = steps.find((s) => instant(s.at) > moment);
    const state = after
      ? ((JSON.parse(after.changes) as { from: ObjectiveRow['state'] }[])[0]?.from ?? row.state)
      : row.state;
    if (state !== 'active' && state !== 'closed') continue;
    const score = scorer.objective(row.id);
    const closedSince =
      state === 'closed' && after === undefined && row.grade_score !== null && row.grade_band !== null;
    const graded = closedSince
      ? { score: Number(row.grade_score), band: row.grade_band as 'green' | 'yellow' | 'red', final: true }
      : { ...grade(score.progress), final: state === 'closed' };
    const evidence: EvidenceObjective = {
      id: row.id,
      title: row.title,
      state,
      weight: Number(row.weight),
      progress: score.progress,
      status: score.status,
      grade: graded,
      keyResults: score.keyResults.map((k) => ({
        id: k.id,
        title: titles.get(k.id) ?? '',
        progress: k.progress,
        status: k.status,
      })),
    };
    const list = result.get(row.owner_id) ?? [];
    list.push({ row, evidence, contributions: scorer.explain(row.id).items });
    result.set(row.owner_id, list);
  }
  return result;
}

/**
 * The evidence of a review from the objectives shown: goalScore = Σ weight·grade / Σ weight (core
 * `goalScore`), each objective with its roll-up explained. `maySee` tells whether the caller may see an
 * aligned objective: one they may not is shown as a contribution without id, title or items of its own.
 */
export function evidenceOf(
  objectives: readonly SnapshotObjective[],
  at: string,
  maySee: (objectiveId: string) => boolean,
): ReviewEvidence {
  return {
    snapshotAt: at,
    objectives: objectives.map((o) => ({ ...o.evidence, explanation: flatten(o.contributions, maySee) })),
    goalScore: goalScoreOf(objectives),
  };
}

/** A roll-up depth first, aligned goals the caller may not see kept as anonymous lines without their items. */
function flatten(items: readonly Contribution[], maySee: (objectiveId: string) => boolean): EvidenceContribution[] {
  const lines: EvidenceContribution[] = [];
  const walk = (level: readonly Contribution[], depth: number) => {
    for (const item of level) {
      const hidden = item.kind === 'objective' && !maySee(item.id);
      lines.push({
        kind: item.kind,
        id: hidden ? null : item.id,
        title: hidden ? null : item.title,
        depth,
        progress: item.progress,
        weight: item.weight,
        share: item.share,
        contribution: item.contribution,
        counted: item.counted,
      });
      if (!hidden) walk(item.items, depth + 1);
    }
  };
  walk(items, 0);
  return lines;
}

/** Core's `goalScore` over objectives at the snapshot: `null` when none counts. */
export function goalScoreOf(objectives: readonly SnapshotObjective[]): number | null {
  return goalScore(objectives.map((o) => ({ weight: o.evidence.weight, grade: o.evidence.grade.score }))).score;
}
