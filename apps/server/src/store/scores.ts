import type { KeyResult, Score } from '@goalkit/client';
import { toCoreKeyResult } from '@goalkit/core';
import { NOT_SCORED } from '@goalkit/core/connect';
import type { KeyResult as CoreKeyResult, GoalkitDocument } from '@goalkit/core/model';
import { createScorer, type Scorer } from '@goalkit/core/scoring';
import type { Repository } from './repository.js';
import { competencyIdsOf, coreCheckIn, countsInParent, keyResultShape } from './rows.js';

/**
 * Every score, from the core engine over the whole organisation: one scorer, rebuilt after writes that
 * change structure and updated in place by check-ins, moved to the next day as the clock turns. Also
 * the epoch that tells every other cache of the store whether it is stale.
 */
export class Scores {
  readonly #today: () => string;
  #scorer: Scorer | undefined;
  #scorerDay: string | undefined;
  /** Drafts and proposals, read with the scorer: they show progress but are not judged on pace. */
  #notStarted = new Set<string>();
  #epoch = 0;
  /** Check-ins this process applied in place, per key result (see {@link Scores.reloadCheckIns}). */
  readonly #applied = new Map<string, number>();
  /** Of those, the ones whose transaction has not yet committed or rolled back. */
  readonly #underWay = new Map<string, number>();
  /** Scorers built inside a transaction, for that transaction only. */
  #inTransaction = new WeakMap<Repository, { epoch: number; scorer: Scorer; notStarted: Set<string> }>();

  constructor(today: () => string) {
    this.#today = today;
  }

  /** Bumped by every write (and directory reload): what was cached under an older epoch is stale. */
  get epoch(): number {
    return this.#epoch;
  }

  /** Something changed that cached replies show (a comment, a version): caches go, scores stay. */
  touch(): void {
    this.#epoch++;
  }

  /** The structure or the states changed: scores are computed again when next asked for. */
  invalidate(): void {
    this.#scorer = undefined;
    this.#epoch++;
  }

  /**
   * The scorer, built from `repository` when there is none. One built inside a transaction is not kept:
   * the transaction may still roll back.
   */
  async #scoring(repository: Repository): Promise<{ scorer: Scorer; notStarted: Set<string> }> {
    const day = this.#today();
    if (this.#scorer && this.#scorerDay !== day) this.#scorer.setAsOf(day);
    this.#scorerDay = day;
    if (this.#scorer) return { scorer: this.#scorer, notStarted: this.#notStarted };
    const epoch = this.#epoch;
    const inTransaction = repository.inTransaction ? this.#inTransaction.get(repository) : undefined;
    if (inTransaction?.epoch === epoch) return inTransaction;
    const scorer = createScorer(await this.document(repository), { asOf: day });
    const notStarted = new Set(await repository.idsInStates(['draft', 'proposed']));
    if (repository.inTransaction) this.#inTransaction.set(repository, { epoch, scorer, notStarted });
    // A write that landed while this one was reading made it stale already.
    else if (epoch === this.#epoch) {
      this.#scorer = scorer;
      this.#notStarted = notStarted;
    }
    return { scorer, notStarted };
  }

  /** Build the scorer now if there is none (outside a transaction, where it is kept). */
  async warm(repository: Repository): Promise<void> {
    await this.#scoring(repository);
  }

  /** Update one key result's score in place after a check-in of a value (when the scorer is built). */
  applyCheckIn(
    repository: Repository,
    keyResultId: string,
    checkIn: { at: string; value: number | boolean; confidence?: number },
  ): void {
    const scorer = this.#scorer ?? this.#inTransaction.get(repository)?.scorer;
    scorer?.applyCheckIn(keyResultId, checkIn as never);
    this.#applied.set(keyResultId, (this.#applied.get(keyResultId) ?? 0) + 1);
    this.#underWay.set(keyResultId, (this.#underWay.get(keyResultId) ?? 0) + 1);
  }

  /**
   * Another writer (a second instance) checked in on a key result: read its check-ins as stored now and
   * put them in the scorer in place of the ones it holds (`setCheckIns`, which a repeat leaves as is),
   * instead of building the whole scorer again. Without taking the objective's lock (that queued this
   * behind every writer of a busy goal): a check-in of this process on the key result that is under way
   * (applied in place, not yet committed) or lands while reading means reading again, after it. A key
   * result whose definition the check-in changed (milestones), or one still contended after a few tries,
   * drops the scorer.
   */
  async reloadCheckIns(repository: Repository, keyResultId: string): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const scorer = this.#scorer;
      if (!scorer) return;
      if (this.#underWay.get(keyResultId)) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        continue;
      }
      const applied = this.#applied.get(keyResultId) ?? 0;
      const row = await repository.keyResult(keyResultId);
      const checkIns = await repository.checkInsOf(keyResultId);
      // Built again meanwhile, after the other writer's commit: it holds that check-in already.
      if (this.#scorer !== scorer) return;
      if ((this.#applied.get(keyResultId) ?? 0) !== applied || this.#underWay.get(keyResultId)) continue;
      const shape = row && keyResultShape(row);
      if (!shape || shape.type === 'milestones') return this.invalidate();
      const core = toCoreKeyResult(shape, checkIns.map(coreCheckIn));
      if (!core) return;
      try {
        scorer.setCheckIns(keyResultId, core.checkIns);
        this.touch();
      } catch {
        this.invalidate();
      }
      return;
    }
    this.invalidate();
  }

  /** This process's check-ins on these key results committed or rolled back (one per entry). */
  settle(keyResultIds: readonly string[]): void {
    for (const id of keyResultIds) {
      const left = (this.#underWay.get(id) ?? 1) - 1;
      if (left > 0) this.#underWay.set(id, left);
      else this.#underWay.delete(id);
    }
  }

  async objective(repository: Repository, id: string): Promise<Score> {
    const { scorer, notStarted } = await this.#scoring(repository);
    const s = scorer.objective(id);
    const confidences = s.keyResults.map((k) => k.confidence).filter((c): c is number => c !== null);
    const pending = notStarted.has(id);
    return {
      progress: s.progress,
      // A draft or proposal has no pace to keep yet: no expectation, no on/off track (issue 19.4).
      expected: pending ? 0 : s.expected,
      status: pending && s.status !== 'achieved' ? 'not-started' : s.status,
      confidence: confidences.length ? Math.min(...confidences) : null,
      hasData: s.hasData,
    };
  }

  async keyResult(repository: Repository, id: string, objectiveId: string): Promise<KeyResult['score']> {
    const { scorer, notStarted } = await this.#scoring(repository);
    let s: ReturnType<Scorer['keyResult']>;
    try {
      s = scorer.keyResult(id);
    } catch {
      // Not scorable yet (a draft without its target): nothing to show but that.
      return { ...NOT_SCORED, raw: 0, forecast: null };
    }
    const pending = notStarted.has(objectiveId);
    return {
      progress: s.progress,
      raw: s.raw,
      expected: pending ? 0 : s.expected,
      status: pending && s.status !== 'achieved' ? 'not-started' : s.status,
      confidence: s.confidence,
      hasData: s.hasData,
      forecast: pending ? null : s.forecast,
    };
  }

  /**
   * The whole organisation as a core document. For scoring (`rollup`), a child keeps its link to its
   * parent only when it counts in the parent's roll-up (see {@link countsInParent}); the linter gets
   * every link.
   */
  async document(repository: Repository, rollup = true): Promise<GoalkitDocument> {
    const [objectives, checkIns, keyResults, cycles, owners] = await Promise.all([
      repository.objectives(),
      repository.checkIns(),
      repository.keyResults(),
      repository.cycles(),
      repository.owners(),
    ]);
    const byId = new Map(objectives.map((o) => [o.id, o]));
    const checkInsByKr = groupBy(checkIns, (c) => c.key_result_id);
    const krsByObjective = new Map<string, CoreKeyResult[]>();
    for (const row of keyResults) {
      const core = toCoreKeyResult(keyResultShape(row), (checkInsByKr.get(row.id) ?? []).map(coreCheckIn));
      if (!core) continue;
      const list = krsByObjective.get(row.objective_id) ?? [];
      list.push(core);
      krsByObjective.set(row.objective_id, list);
    }
    return {
      version: 1,
      cycles: cycles.map((c) => ({ id: c.id, name: c.name, start: c.start, end: c.end })),
      owners: owners.map((o) => ({
        id: o.id,
        kind: o.kind === 'department' ? 'team' : o.kind,
        name: o.name,
        ...(o.parent_id ? { parent: o.parent_id } : {}),
      })),
      objectives: objectives.map((o) => ({
        id: o.id,
        title: o.title,
        owner: o.owner_id,
        cycle: o.cycle_id,
        ...(o.parent_id && (!rollup || countsInParent(o, byId.get(o.parent_id))) ? { parent: o.parent_id } : {}),
        alignment: o.alignment,
        weight: o.weight,
        rollup: o.rollup,
        ...(o.ambition === 'aspirational' ? { ambition: 'aspirational' as const } : {}),
        ...(o.kind === 'development' ? { kind: 'development' as const } : {}),
        ...(o.competency_ids ? { competencyIds: competencyIdsOf(o) } : {}),
        keyResults: krsByObjective.get(o.id) ?? [],
      })),
    };
  }
}

/** Check-ins (or any rows) grouped by a key, each group in the rows' order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
