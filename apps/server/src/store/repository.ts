import type { Comment, Revision } from '@goalkit/client';
import type { OwnerRow } from '../access.js';
import type { SqlDatabase, SqlParams } from '../db/sql.js';
import { statement } from '../db/statements.js';
import type { CheckInRow, KeyResultRow, ListRow, ObjectiveRow, PersonRow, StoredEvent } from './rows.js';

/** A comment row with its author's name. */
type CommentRow = {
  id: string;
  objective_id: string;
  kind: Comment['kind'];
  body: string;
  author_id: string;
  created_at: string;
  name: string;
};

/** A revision row with its actor's name. */
type RevisionRow = {
  id: string;
  at: string;
  actor_id: string;
  name: string | null;
  entity: Revision['entity'];
  entity_id: string;
  version: number;
  action: Revision['action'];
  comment: string | null;
  changes: string;
};

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * Every SQL statement of the store, over the storage interface: rows in, rows out, no rules. Statements
 * are prepared once per connection.
 */
export class Repository {
  readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  #sql<TParams extends SqlParams = unknown[], TResult = unknown>(source: string) {
    return statement<TParams, TResult>(this.db, source);
  }

  /** `fn` in one transaction (a savepoint when one is open already). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /** Changes whenever another connection has committed (SQLite's `data_version`). */
  dataVersion(): number {
    return this.#sql<[], number>('PRAGMA data_version').pluck().get() as number;
  }

  // ---- directory and cycles ----------------------------------------------------------------------

  owners(): OwnerRow[] {
    return this.#sql<[], OwnerRow>('SELECT * FROM owners').all();
  }

  ownersMatching(kind: string | undefined, q: string | undefined): OwnerRow[] {
    return this.#sql<{ kind: string | null; like: string | null }, OwnerRow>(
      `SELECT * FROM owners WHERE (@kind IS NULL OR kind = @kind) AND (@like IS NULL OR name LIKE @like ESCAPE '\\') ORDER BY kind, name`,
    ).all({ kind: kind ?? null, like: q === undefined ? null : escapeLike(q) });
  }

  person(id: string): PersonRow | undefined {
    return this.#sql<[string], PersonRow>(
      'SELECT o.*, p.email, p.role FROM people p JOIN owners o ON o.id = p.id WHERE p.id = ?',
    ).get(id);
  }

  cycles() {
    return this.#sql<[], { id: string; name: string; start: string; end: string; closed: number }>(
      'SELECT * FROM cycles ORDER BY start',
    ).all();
  }

  cycleExists(id: string): boolean {
    return this.#sql<[string]>('SELECT 1 FROM cycles WHERE id = ?').get(id) !== undefined;
  }

  // ---- objectives --------------------------------------------------------------------------------

  objective(id: string): ObjectiveRow | undefined {
    return this.#sql<[string], ObjectiveRow>('SELECT * FROM objectives WHERE id = ?').get(id);
  }

  objectives(): ObjectiveRow[] {
    return this.#sql<[], ObjectiveRow>('SELECT * FROM objectives ORDER BY seq').all();
  }

  /** Objectives of a cycle (every cycle when `cycle` is null) with their owner's name and kind. */
  objectivesWithOwners(cycle: string | null) {
    return this.#sql<
      [string | null, string | null],
      ObjectiveRow & { owner_name: string; owner_kind: OwnerRow['kind'] }
    >(
      `SELECT o.*, w.name AS owner_name, w.kind AS owner_kind FROM objectives o JOIN owners w ON w.id = o.owner_id
         WHERE (? IS NULL OR o.cycle_id = ?) ORDER BY o.seq`,
    ).all(cycle, cycle);
  }

  /** The objectives of a cycle that are not closed (what a goal may still align to). */
  openObjectivesOf(cycle: string): ObjectiveRow[] {
    return this.#sql<[string], ObjectiveRow>(
      "SELECT * FROM objectives WHERE cycle_id = ? AND state != 'closed' ORDER BY seq",
    ).all(cycle);
  }

  objectivesInState(state: ObjectiveRow['state']): ObjectiveRow[] {
    return this.#sql<[string], ObjectiveRow>('SELECT * FROM objectives WHERE state = ? ORDER BY seq').all(state);
  }

  idsInStates(states: readonly ObjectiveRow['state'][]): string[] {
    return this.#sql<[], string>(`SELECT id FROM objectives WHERE state IN (${states.map((s) => `'${s}'`).join(', ')})`)
      .pluck()
      .all();
  }

  /** The list columns of every objective, in `seq` order. */
  listColumns(): ListRow[] {
    return this.#sql<[], ListRow>(
      'SELECT seq, id, owner_id, cycle_id, parent_id, visibility, state, version FROM objectives ORDER BY seq',
    ).all();
  }

  /** The `seq` of every objective whose title holds `q` (LIKE's matching: ASCII-only case folding). */
  titleMatches(q: string): Set<number> {
    return new Set(
      this.#sql<[string], number>("SELECT seq FROM objectives WHERE title LIKE ? ESCAPE '\\'")
        .pluck()
        .all(escapeLike(q)),
    );
  }

  /** The newest copy of `sourceId` carried into `cycle`. */
  carriedCopy(sourceId: string, cycle: string): string | undefined {
    return this.#sql<[string, string], string>(
      'SELECT id FROM objectives WHERE carried_from = ? AND cycle_id = ? ORDER BY seq DESC LIMIT 1',
    )
      .pluck()
      .get(sourceId, cycle);
  }

  /** Copies in `cycle` of the children of `parentId`, still aligned to nothing or to `parentId` itself. */
  carriedChildren(parentId: string, cycle: string): ObjectiveRow[] {
    return this.#sql<[string, string, string], ObjectiveRow>(
      `SELECT c.* FROM objectives c JOIN objectives o ON o.id = c.carried_from
         WHERE o.parent_id = ? AND c.cycle_id = ? AND (c.parent_id IS NULL OR c.parent_id = ?)`,
    ).all(parentId, cycle, parentId);
  }

  insertObjective(row: {
    id: string;
    title: string;
    description: string | null;
    ownerId: string;
    cycleId: string;
    parentId: string | null;
    alignment: string;
    weight: number;
    rollup: string;
    visibility: string;
    at: string;
  }): void {
    this.#sql(
      `INSERT INTO objectives (id, title, description, owner_id, cycle_id, parent_id, alignment, weight, rollup, visibility, state, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)`,
    ).run(
      row.id,
      row.title,
      row.description,
      row.ownerId,
      row.cycleId,
      row.parentId,
      row.alignment,
      row.weight,
      row.rollup,
      row.visibility,
      row.at,
      row.at,
    );
  }

  /** Set columns of an objective (names from the store's own table of fields, never from a request). */
  setObjective(id: string, columns: Partial<Record<keyof ObjectiveRow, unknown>>): void {
    const names = Object.keys(columns);
    if (names.length === 0) return;
    this.#sql(`UPDATE objectives SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(
      ...Object.values(columns),
      id,
    );
  }

  /** Bump an objective's version; answers the new one. */
  bumpObjective(id: string, at: string): number {
    return (
      this.#sql<[string, string], number>(
        'UPDATE objectives SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version',
      )
        .pluck()
        .get(at, id) ?? 0
    );
  }

  deleteObjective(id: string): void {
    this.#sql('DELETE FROM objectives WHERE id = ?').run(id);
  }

  // ---- key results and check-ins -------------------------------------------------------------------

  keyResult(id: string): KeyResultRow | undefined {
    return this.#sql<[string], KeyResultRow>('SELECT * FROM key_results WHERE id = ?').get(id);
  }

  keyResultsOf(objectiveId: string): KeyResultRow[] {
    return this.#sql<[string], KeyResultRow>('SELECT * FROM key_results WHERE objective_id = ? ORDER BY seq').all(
      objectiveId,
    );
  }

  keyResults(): KeyResultRow[] {
    return this.#sql<[], KeyResultRow>('SELECT * FROM key_results ORDER BY seq').all();
  }

  insertKeyResult(id: string, objectiveId: string, data: string, at: string): void {
    this.#sql(
      'INSERT INTO key_results (id, objective_id, data, current, version, updated_at) VALUES (?, ?, ?, NULL, 1, ?)',
    ).run(id, objectiveId, data, at);
  }

  /** Set a key result's definition (JSON); answers its new version. */
  setKeyResultData(id: string, data: string, at: string): number {
    return this.#sql<[string, string, string], number>(
      'UPDATE key_results SET data = ?, version = version + 1, updated_at = ? WHERE id = ? RETURNING version',
    )
      .pluck()
      .get(data, at, id) as number;
  }

  /** Record a check-in's effect on its key result; answers the key result's new version. */
  setKeyResultValue(id: string, data: string, current: string | null, at: string): number {
    return this.#sql<[string, string | null, string, string, string], number>(
      'UPDATE key_results SET data = ?, current = ?, last_check_in_at = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version',
    )
      .pluck()
      .get(data, current, at, at, id) as number;
  }

  deleteKeyResult(id: string): void {
    this.#sql('DELETE FROM key_results WHERE id = ?').run(id);
  }

  checkIn(id: string): CheckInRow | undefined {
    return this.#sql<[string], CheckInRow>('SELECT * FROM check_ins WHERE id = ?').get(id);
  }

  checkInsOf(keyResultId: string): CheckInRow[] {
    return this.#sql<[string], CheckInRow>('SELECT * FROM check_ins WHERE key_result_id = ? ORDER BY at, seq').all(
      keyResultId,
    );
  }

  checkIns(): CheckInRow[] {
    return this.#sql<[], CheckInRow>('SELECT * FROM check_ins ORDER BY at, seq').all();
  }

  insertCheckIn(row: CheckInRow): void {
    this.#sql(
      'INSERT INTO check_ins (id, key_result_id, at, value, milestones, confidence, note, author_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(row.id, row.key_result_id, row.at, row.value, row.milestones, row.confidence, row.note, row.author_id);
  }

  // ---- comments, revisions, events ----------------------------------------------------------------

  commentsOf(objectiveId: string): CommentRow[] {
    return this.#sql<[string], CommentRow>(
      'SELECT c.*, o.name FROM comments c JOIN owners o ON o.id = c.author_id WHERE c.objective_id = ? ORDER BY c.seq',
    ).all(objectiveId);
  }

  insertComment(id: string, objectiveId: string, kind: string, body: string, authorId: string, at: string): void {
    this.#sql(
      'INSERT INTO comments (id, objective_id, kind, body, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, objectiveId, kind, body, authorId, at);
  }

  revisionsOf(objectiveId: string): RevisionRow[] {
    return this.#sql<[string], RevisionRow>(
      'SELECT r.*, o.name FROM revisions r LEFT JOIN owners o ON o.id = r.actor_id WHERE r.objective_id = ? ORDER BY r.seq',
    ).all(objectiveId);
  }

  /** An objective's latest lifecycle step. */
  lastTransition(objectiveId: string) {
    return this.#sql<[string], { actor_id: string; at: string; comment: string | null; changes: string }>(
      `SELECT actor_id, at, comment, changes FROM revisions WHERE objective_id = ? AND entity = 'objective'
         AND action = 'transition' ORDER BY seq DESC LIMIT 1`,
    ).get(objectiveId);
  }

  /** When and by whom an objective was last proposed. */
  lastProposal(objectiveId: string) {
    return this.#sql<[string], { at: string; actor_id: string }>(
      `SELECT at, actor_id FROM revisions WHERE objective_id = ? AND entity = 'objective' AND action = 'transition'
       AND changes LIKE '%"to":"proposed"%' ORDER BY version DESC LIMIT 1`,
    ).get(objectiveId);
  }

  /** When each objective was last approved. */
  approvedAt(): Map<string, string> {
    return new Map(
      this.#sql<[], { id: string; at: string }>(
        `SELECT objective_id AS id, MAX(at) AS at FROM revisions WHERE entity = 'objective' AND action = 'transition'
           AND changes LIKE '%"to":"active"%' GROUP BY objective_id`,
      )
        .all()
        .map((r) => [r.id, r.at]),
    );
  }

  insertRevision(row: {
    id: string;
    objectiveId: string;
    entity: Revision['entity'];
    entityId: string;
    version: number;
    action: Revision['action'];
    actorId: string;
    at: string;
    comment: string | null;
    changes: Revision['changes'];
  }): void {
    this.#sql(
      'INSERT INTO revisions (id, objective_id, entity, entity_id, version, action, actor_id, at, comment, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      row.id,
      row.objectiveId,
      row.entity,
      row.entityId,
      row.version,
      row.action,
      row.actorId,
      row.at,
      row.comment,
      JSON.stringify(row.changes),
    );
  }

  /** Store a live event; answers its id (the SSE event id). */
  insertEvent(type: StoredEvent['type'], objectiveId: string, data: Record<string, unknown>, at: string): number {
    return this.#sql<[string, string, string, string], number>(
      'INSERT INTO events (type, objective_id, data, at) VALUES (?, ?, ?, ?) RETURNING id',
    )
      .pluck()
      .get(type, objectiveId, JSON.stringify(data), at) as number;
  }

  eventsSince(lastId: number, limit: number): StoredEvent[] {
    return this.#sql<[number, number], { id: number; type: StoredEvent['type']; objective_id: string; data: string }>(
      'SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?',
    )
      .all(lastId, limit)
      .map((e) => ({
        id: e.id,
        type: e.type,
        objectiveId: e.objective_id,
        data: JSON.parse(e.data) as Record<string, unknown>,
      }));
  }
}
