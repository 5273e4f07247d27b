import type { SqlConnection } from '../db/engine.js';

/** A row of `review_cycles`: steps, questions, the score formula and the participants as JSON. */
export interface ReviewCycleRow {
  id: string;
  name: string;
  period_start: string;
  period_end: string;
  stage: string;
  steps: string;
  questions: string;
  score_formula: string;
  goal_snapshot_at: string;
  participant_ids: string;
  created_by_id: string;
  created_at: string;
  version: number;
}

/** A row of `reviews`: the answers as JSON. */
export interface ReviewRow {
  id: string;
  cycle_id: string;
  reviewee_id: string;
  reviewer_id: string;
  kind: string;
  status: string;
  answers: string;
  submitted_at: string | null;
  created_by_id: string;
  created_at: string;
  version: number;
}

/** A row of `review_calibration_adjustments`: the nine-box cells as JSON. */
export interface CalibrationAdjustmentRow {
  seq: number;
  id: string;
  cycle_id: string;
  review_id: string;
  person_id: string;
  from_box: string;
  to_box: string;
  reason: string;
  actor_id: string;
  at: string;
}

/** An objective's lifecycle step, as the revisions record it. */
export interface TransitionRow {
  objective_id: string;
  at: string;
  changes: string;
}

/**
 * The review cycles' SQL, shared by SQLite and PostgreSQL, on one connection (the transaction's inside
 * one). Calibration adjustments are append-only: there is no statement here that changes or removes one.
 */
export class ReviewRows {
  readonly #conn: SqlConnection;
  readonly #forUpdate: string;

  /** @param postgres whether rows read to be written are locked (`FOR UPDATE`) until the transaction ends. */
  constructor(conn: SqlConnection, postgres: boolean) {
    this.#conn = conn;
    this.#forUpdate = postgres ? ' FOR UPDATE' : '';
  }

  /** Every cycle, newest first. */
  cycles(): Promise<ReviewCycleRow[]> {
    return this.#conn.all<ReviewCycleRow>('SELECT * FROM review_cycles ORDER BY created_at DESC, id');
  }

  /** A cycle; `lock` takes its row until the transaction ends (PostgreSQL), so its writers take turns. */
  cycle(id: string, lock = false): Promise<ReviewCycleRow | undefined> {
    return this.#conn.get<ReviewCycleRow>(`SELECT * FROM review_cycles WHERE id = ?${lock ? this.#forUpdate : ''}`, [
      id,
    ]);
  }

  /** Store a new cycle. */
  async insertCycle(row: ReviewCycleRow): Promise<void> {
    await this.#conn.run(
      `INSERT INTO review_cycles (id, name, period_start, period_end, stage, steps, questions, score_formula,
         goal_snapshot_at, participant_ids, created_by_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.name,
        row.period_start,
        row.period_end,
        row.stage,
        row.steps,
        row.questions,
        row.score_formula,
        row.goal_snapshot_at,
        row.participant_ids,
        row.created_by_id,
        row.created_at,
        row.version,
      ],
    );
  }

  /**
   * Move a cycle to its next stage. Every review of the cycle gets a new version too: what may be done
   * with it (its `allowedActions`) changed, so an ETag taken before is stale.
   */
  async setStage(id: string, stage: string): Promise<void> {
    await this.#conn.run('UPDATE review_cycles SET stage = ?, version = version + 1 WHERE id = ?', [stage, id]);
    await this.#conn.run('UPDATE reviews SET version = version + 1 WHERE cycle_id = ?', [id]);
  }

  /** The reviews of a cycle, oldest first. */
  reviewsOf(cycleId: string): Promise<ReviewRow[]> {
    return this.#conn.all<ReviewRow>('SELECT * FROM reviews WHERE cycle_id = ? ORDER BY created_at, id', [cycleId]);
  }

  /** The ids of the cycles where someone writes a review. */
  async cyclesReviewedBy(personId: string): Promise<Set<string>> {
    const rows = await this.#conn.all<{ cycle_id: string }>(
      'SELECT DISTINCT cycle_id FROM reviews WHERE reviewer_id = ?',
      [personId],
    );
    return new Set(rows.map((r) => r.cycle_id));
  }

  /** A review; `lock` takes its row until the transaction ends (PostgreSQL). */
  review(id: string, lock = false): Promise<ReviewRow | undefined> {
    return this.#conn.get<ReviewRow>(`SELECT * FROM reviews WHERE id = ?${lock ? this.#forUpdate : ''}`, [id]);
  }

  /** The review one person writes of another, of one kind, in a cycle (there is at most one). */
  findReview(cycleId: string, revieweeId: string, reviewerId: string, kind: string): Promise<ReviewRow | undefined> {
    return this.#conn.get<ReviewRow>(
      'SELECT * FROM reviews WHERE cycle_id = ? AND reviewee_id = ? AND reviewer_id = ? AND kind = ?',
      [cycleId, revieweeId, reviewerId, kind],
    );
  }

  /** Store a new review. */
  async insertReview(row: ReviewRow): Promise<void> {
    await this.#conn.run(
      `INSERT INTO reviews (id, cycle_id, reviewee_id, reviewer_id, kind, status, answers, submitted_at, created_by_id,
         created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.cycle_id,
        row.reviewee_id,
        row.reviewer_id,
        row.kind,
        row.status,
        row.answers,
        row.submitted_at,
        row.created_by_id,
        row.created_at,
        row.version,
      ],
    );
  }

  /** Replace a review's answers, with a new version. */
  async setAnswers(id: string, answers: string): Promise<void> {
    await this.#conn.run('UPDATE reviews SET answers = ?, version = version + 1 WHERE id = ?', [answers, id]);
  }

  /** Move a review to a status (stamping when it was submitted), with a new version. */
  async setStatus(id: string, status: string, submittedAt?: string): Promise<void> {
    if (submittedAt === undefined)
      await this.#conn.run('UPDATE reviews SET status = ?, version = version + 1 WHERE id = ?', [status, id]);
    else
      await this.#conn.run('UPDATE reviews SET status = ?, submitted_at = ?, version = version + 1 WHERE id = ?', [
        status,
        submittedAt,
        id,
      ]);
  }

  /** A cycle's calibration adjustments, oldest first. */
  adjustments(cycleId: string): Promise<CalibrationAdjustmentRow[]> {
    return this.#conn.all<CalibrationAdjustmentRow>(
      'SELECT * FROM review_calibration_adjustments WHERE cycle_id = ? ORDER BY seq',
      [cycleId],
    );
  }

  /** Record an adjustment: the revision of a placement, never changed or removed afterwards. */
  async insertAdjustment(row: Omit<CalibrationAdjustmentRow, 'seq'>): Promise<void> {
    await this.#conn.run(
      `INSERT INTO review_calibration_adjustments (id, cycle_id, review_id, person_id, from_box, to_box, reason, actor_id, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [row.id, row.cycle_id, row.review_id, row.person_id, row.from_box, row.to_box, row.reason, row.actor_id, row.at],
    );
  }

  /** The lifecycle steps of the objectives some people own, in the order they were taken. */
  transitionsOfOwners(ownerIds: readonly string[]): Promise<TransitionRow[]> {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return this.#conn.all<TransitionRow>(
      `SELECT r.objective_id, r.at, r.changes FROM revisions r JOIN objectives o ON o.id = r.objective_id
         WHERE r.entity = 'objective' AND r.action = 'transition' AND o.owner_id IN (${ownerIds.map(() => '?').join(', ')})
         ORDER BY r.seq`,
      ownerIds,
    );
  }
}
