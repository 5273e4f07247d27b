import type { Comment, Person, Revision } from '@goalkit/client';
import type { OwnerRow } from '../access.js';
import type { SqlConnection, SqlEngine } from '../db/engine.js';
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
 * Every SQL statement of the store, over the storage interface: rows in, rows out, no rules. One
 * repository reads through the engine; inside a transaction, another reads and writes through the
 * transaction's connection.
 */
export class Repository {
  readonly engine: SqlEngine;
  readonly #conn: SqlConnection;
  /** Whether this repository works inside a transaction (what it reads may still roll back). */
  readonly inTransaction: boolean;

  constructor(engine: SqlEngine, tx?: SqlConnection) {
    this.engine = engine;
    this.#conn = tx ?? engine;
    this.inTransaction = tx !== undefined;
  }

  /** The connection this repository reads and writes through (the transaction's, inside one). */
  get connection(): SqlConnection {
    return this.#conn;
  }

  /** `fn` in one transaction, with a repository on it; inside one already, `fn` joins it. */
  transaction<T>(fn: (repository: Repository) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    return this.engine.transaction((tx) => fn(new Repository(this.engine, tx)));
  }

  /** Changes whenever another connection or process has committed. */
  changeCounter(): Promise<number> {
    return this.engine.changeCounter();
  }

  // ---- directory and cycles ----------------------------------------------------------------------

  owners(): Promise<OwnerRow[]> {
    return this.#conn.all<OwnerRow>('SELECT * FROM owners');
  }

  ownersMatching(kind: string | undefined, q: string | undefined): Promise<OwnerRow[]> {
    const like = q === undefined ? null : escapeLike(q);
    return this.#conn.all<OwnerRow>(
      `SELECT * FROM owners WHERE (CAST(? AS TEXT) IS NULL OR kind = ?) AND (CAST(? AS TEXT) IS NULL OR name LIKE ? ESCAPE '\\') ORDER BY kind, name`,
      [kind ?? null, kind ?? null, like, like],
    );
  }

  person(id: string): Promise<PersonRow | undefined> {
    return this.#conn.get<PersonRow>(
      'SELECT o.*, p.email, p.role FROM people p JOIN owners o ON o.id = p.id WHERE p.id = ?',
      [id],
    );
  }

  /** Every person's email (for imports, which match owners by it). */
  peopleEmails(): Promise<{ id: string; email: string | null }[]> {
    return this.#conn.all('SELECT id, email FROM people');
  }

  /** Every person with their name and role, for a list of who may sign in. */
  people(): Promise<{ id: string; name: string; role: string }[]> {
    return this.#conn.all(
      'SELECT p.id, o.name, p.role FROM people p JOIN owners o ON o.id = p.id ORDER BY p.role, p.id',
    );
  }

  cycles(): Promise<{ id: string; name: string; start: string; end: string; closed: number }[]> {
    return this.#conn.all('SELECT * FROM cycles ORDER BY start');
  }

  async cycleExists(id: string): Promise<boolean> {
    return (await this.#conn.get('SELECT 1 AS found FROM cycles WHERE id = ?', [id])) !== undefined;
  }

  // ---- objectives --------------------------------------------------------------------------------

  objective(id: string): Promise<ObjectiveRow | undefined> {
    return this.#conn.get<ObjectiveRow>('SELECT * FROM objectives WHERE id = ?', [id]);
  }

  /**
   * An objective read to be written, inside a transaction: on PostgreSQL its row stays locked until the
   * transaction ends, so writers of one objective (and of its key results) take turns and each checks
   * `If-Match` against the version the one before it committed. (SQLite runs one writer at a time anyway.)
   */
  objectiveForUpdate(id: string): Promise<ObjectiveRow | undefined> {
    return this.#conn.get<ObjectiveRow>(
      `SELECT * FROM objectives WHERE id = ?${this.engine.dialect === 'postgres' ? ' FOR UPDATE' : ''}`,
      [id],
    );
  }

  /** The objective holding a key result, locked as {@link Repository.objectiveForUpdate} locks one. */
  objectiveOfKeyResultForUpdate(keyResultId: string): Promise<ObjectiveRow | undefined> {
    return this.#conn.get<ObjectiveRow>(
      `SELECT * FROM objectives WHERE id = (SELECT objective_id FROM key_results WHERE id = ?)${this.engine.dialect === 'postgres' ? ' FOR UPDATE' : ''}`,
      [keyResultId],
    );
  }

  // ---- the check-in rhythm ----------------------------------------------------------------------

  cadencePolicies(): Promise<{ owner_id: string; data: string }[]> {
    return this.#conn.all('SELECT owner_id, data FROM cadence_policies ORDER BY owner_id');
  }

  async setCadencePolicy(ownerId: string, data: string, at: string, actorId: string): Promise<void> {
    await this.#conn.run(
      `INSERT INTO cadence_policies (owner_id, data, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (owner_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [ownerId, data, at, actorId],
    );
  }

  /** Whether there was one to delete. */
  async deleteCadencePolicy(ownerId: string): Promise<boolean> {
    return (await this.#conn.run('DELETE FROM cadence_policies WHERE owner_id = ?', [ownerId])).changes > 0;
  }

  objectives(): Promise<ObjectiveRow[]> {
    return this.#conn.all<ObjectiveRow>('SELECT * FROM objectives ORDER BY seq');
  }

  /** Objectives of a cycle (every cycle when `cycle` is null) with their owner's name and kind. */
  objectivesWithOwners(cycle: string | null) {
    return this.#conn.all<ObjectiveRow & { owner_name: string; owner_kind: OwnerRow['kind'] }>(
      `SELECT o.*, w.name AS owner_name, w.kind AS owner_kind FROM objectives o JOIN owners w ON w.id = o.owner_id
         WHERE (CAST(? AS TEXT) IS NULL OR o.cycle_id = ?) ORDER BY o.seq`,
      [cycle, cycle],
    );
  }

  /** The objectives of a cycle that are not closed (what a goal may still align to). */
  openObjectivesOf(cycle: string): Promise<ObjectiveRow[]> {
    return this.#conn.all<ObjectiveRow>(
      "SELECT * FROM objectives WHERE cycle_id = ? AND state != 'closed' ORDER BY seq",
      [cycle],
    );
  }

  objectivesInState(state: ObjectiveRow['state']): Promise<ObjectiveRow[]> {
    return this.#conn.all<ObjectiveRow>('SELECT * FROM objectives WHERE state = ? ORDER BY seq', [state]);
  }

  async idsInStates(states: readonly ObjectiveRow['state'][]): Promise<string[]> {
    const rows = await this.#conn.all<{ id: string }>(
      `SELECT id FROM objectives WHERE state IN (${states.map(() => '?').join(', ')})`,
      states,
    );
    return rows.map((r) => r.id);
  }

  /** The list columns of every objective, in `seq` order. */
  listColumns(): Promise<ListRow[]> {
    return this.#conn.all<ListRow>(
      'SELECT seq, id, owner_id, cycle_id, parent_id, visibility, state, version FROM objectives ORDER BY seq',
    );
  }

  /** The `seq` of every objective whose title holds `q` (LIKE's matching: ASCII-only case folding). */
  async titleMatches(q: string): Promise<Set<number>> {
    const rows = await this.#conn.all<{ seq: number }>("SELECT seq FROM objectives WHERE title LIKE ? ESCAPE '\\'", [
      escapeLike(q),
    ]);
    return new Set(rows.map((r) => r.seq));
  }

  /** The newest copy of `sourceId` carried into `cycle`. */
  async carriedCopy(sourceId: string, cycle: string): Promise<string | undefined> {
    const row = await this.#conn.get<{ id: string }>(
      'SELECT id FROM objectives WHERE carried_from = ? AND cycle_id = ? ORDER BY seq DESC LIMIT 1',
      [sourceId, cycle],
    );
    return row?.id;
  }

  /** Copies in `cycle` of the children of `parentId`, still aligned to nothing or to `parentId` itself. */
  carriedChildren(parentId: string, cycle: string): Promise<ObjectiveRow[]> {
    return this.#conn.all<ObjectiveRow>(
      `SELECT c.* FROM objectives c JOIN objectives o ON o.id = c.carried_from
         WHERE o.parent_id = ? AND c.cycle_id = ? AND (c.parent_id IS NULL OR c.parent_id = ?)`,
      [parentId, cycle, parentId],
    );
  }

  async insertObjective(row: {
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
    ambition?: string;
    kind?: string;
    competencyIds?: string | null;
    at: string;
  }): Promise<void> {
    await this.#conn.run(
      `INSERT INTO objectives (id, title, description, owner_id, cycle_id, parent_id, alignment, weight, rollup, visibility, ambition, kind, competency_ids, state, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)`,
      [
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
        row.ambition ?? 'committed',
        row.kind ?? 'standard',
        row.competencyIds ?? null,
        row.at,
        row.at,
      ],
    );
  }

  /** Set columns of an objective (names from the store's own table of fields, never from a request). */
  async setObjective(id: string, columns: Partial<Record<keyof ObjectiveRow, unknown>>): Promise<void> {
    const names = Object.keys(columns);
    if (names.length === 0) return;
    await this.#conn.run(`UPDATE objectives SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`, [
      ...Object.values(columns),
      id,
    ]);
  }

  /** Bump an objective's version; answers the new one. */
  async bumpObjective(id: string, at: string): Promise<number> {
    const row = await this.#conn.get<{ version: number }>(
      'UPDATE objectives SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version',
      [at, id],
    );
    return row?.version ?? 0;
  }

  async deleteObjective(id: string): Promise<void> {
    await this.#conn.run('DELETE FROM objectives WHERE id = ?', [id]);
  }

  // ---- key results and check-ins -------------------------------------------------------------------

  keyResult(id: string): Promise<KeyResultRow | undefined> {
    return this.#conn.get<KeyResultRow>('SELECT * FROM key_results WHERE id = ?', [id]);
  }

  keyResultsOf(objectiveId: string): Promise<KeyResultRow[]> {
    return this.#conn.all<KeyResultRow>('SELECT * FROM key_results WHERE objective_id = ? ORDER BY seq', [objectiveId]);
  }

  keyResults(): Promise<KeyResultRow[]> {
    return this.#conn.all<KeyResultRow>('SELECT * FROM key_results ORDER BY seq');
  }

  async insertKeyResult(id: string, objectiveId: string, data: string, at: string): Promise<void> {
    await this.#conn.run(
      'INSERT INTO key_results (id, objective_id, data, current, version, updated_at) VALUES (?, ?, ?, NULL, 1, ?)',
      [id, objectiveId, data, at],
    );
  }

  /** The key results set to pull from a connector, of goals that are not closed (the sync scheduler's list). */
  pulledKeyResults(): Promise<(KeyResultRow & { state: string })[]> {
    return this.#conn.all<KeyResultRow & { state: string }>(
      `SELECT k.*, o.state AS state FROM key_results k JOIN objectives o ON o.id = k.objective_id
       WHERE o.state <> 'closed' AND k.data LIKE '%"mode":"pull"%' ORDER BY k.seq`,
    );
  }

  /** Record a sync: the definition (with its outcome), the value and its day, in one new version. */
  async setKeyResultSync(
    id: string,
    data: string,
    current: string | null,
    lastCheckInAt: string | null,
    at: string,
  ): Promise<number> {
    const row = await this.#conn.get<{ version: number }>(
      'UPDATE key_results SET data = ?, current = ?, last_check_in_at = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version',
      [data, current, lastCheckInAt, at, id],
    );
    return row?.version ?? 0;
  }

  /** Set a key result's definition (JSON); answers its new version. */
  async setKeyResultData(id: string, data: string, at: string): Promise<number> {
    const row = await this.#conn.get<{ version: number }>(
      'UPDATE key_results SET data = ?, version = version + 1, updated_at = ? WHERE id = ? RETURNING version',
      [data, at, id],
    );
    return row?.version ?? 0;
  }

  /** Record a check-in's effect on its key result; answers the key result's new version. */
  async setKeyResultValue(id: string, data: string, current: string | null, at: string): Promise<number> {
    const row = await this.#conn.get<{ version: number }>(
      'UPDATE key_results SET data = ?, current = ?, last_check_in_at = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version',
      [data, current, at, at, id],
    );
    return row?.version ?? 0;
  }

  async deleteKeyResult(id: string): Promise<void> {
    await this.#conn.run('DELETE FROM key_results WHERE id = ?', [id]);
  }

  checkIn(id: string): Promise<CheckInRow | undefined> {
    return this.#conn.get<CheckInRow>('SELECT * FROM check_ins WHERE id = ?', [id]);
  }

  checkInsOf(keyResultId: string): Promise<CheckInRow[]> {
    return this.#conn.all<CheckInRow>('SELECT * FROM check_ins WHERE key_result_id = ? ORDER BY at, seq', [
      keyResultId,
    ]);
  }

  checkIns(): Promise<CheckInRow[]> {
    return this.#conn.all<CheckInRow>('SELECT * FROM check_ins ORDER BY at, seq');
  }

  /** Insert a check-in; answers the row as stored. */
  async insertCheckIn(row: CheckInRow): Promise<CheckInRow> {
    return (await this.#conn.get<CheckInRow>(
      'INSERT INTO check_ins (id, key_result_id, at, value, milestones, confidence, note, author_id, source, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *',
      [
        row.id,
        row.key_result_id,
        row.at,
        row.value,
        row.milestones,
        row.confidence,
        row.note,
        row.author_id,
        row.source ?? 'manual',
        row.source_ref ?? null,
      ],
    )) as CheckInRow;
  }

  /** Replace a pushed check-in's value (the same day pushed again with another value). */
  async replaceCheckInValue(
    id: string,
    value: string,
    note: string | null,
    sourceRef: string | null,
    authorId: string,
  ) {
    return (await this.#conn.get<CheckInRow>(
      'UPDATE check_ins SET value = ?, note = ?, source_ref = ?, author_id = ? WHERE id = ? RETURNING *',
      [value, note, sourceRef, authorId, id],
    )) as CheckInRow;
  }

  /** A key result's value and latest check-in after a check-in was written for some day, not necessarily the last. */
  async setKeyResultCurrent(
    id: string,
    current: string | null,
    lastCheckInAt: string | null,
    at: string,
  ): Promise<number> {
    const row = await this.#conn.get<{ version: number }>(
      'UPDATE key_results SET current = ?, last_check_in_at = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version',
      [current, lastCheckInAt, at, id],
    );
    return row?.version ?? 0;
  }

  // ---- comments, revisions, events ----------------------------------------------------------------

  /** Comments of one kind written from `from` (included) to `to` (excluded), ISO instants, oldest first. */
  commentsOfKindBetween(kind: string, from: string, to: string): Promise<Omit<CommentRow, 'name'>[]> {
    return this.#conn.all(
      'SELECT id, objective_id, kind, body, author_id, created_at FROM comments WHERE kind = ? AND created_at >= ? AND created_at < ? ORDER BY seq',
      [kind, from, to],
    );
  }

  commentsOf(objectiveId: string): Promise<CommentRow[]> {
    return this.#conn.all<CommentRow>(
      'SELECT c.*, o.name FROM comments c JOIN owners o ON o.id = c.author_id WHERE c.objective_id = ? ORDER BY c.seq',
      [objectiveId],
    );
  }

  async insertComment(
    id: string,
    objectiveId: string,
    kind: string,
    body: string,
    authorId: string,
    at: string,
  ): Promise<void> {
    await this.#conn.run(
      'INSERT INTO comments (id, objective_id, kind, body, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [id, objectiveId, kind, body, authorId, at],
    );
  }

  revisionsOf(objectiveId: string): Promise<RevisionRow[]> {
    return this.#conn.all<RevisionRow>(
      'SELECT r.*, o.name FROM revisions r LEFT JOIN owners o ON o.id = r.actor_id WHERE r.objective_id = ? ORDER BY r.seq',
      [objectiveId],
    );
  }

  /** An objective's latest lifecycle step. */
  lastTransition(objectiveId: string) {
    return this.#conn.get<{ actor_id: string; at: string; comment: string | null; changes: string }>(
      `SELECT actor_id, at, comment, changes FROM revisions WHERE objective_id = ? AND entity = 'objective'
         AND action = 'transition' ORDER BY seq DESC LIMIT 1`,
      [objectiveId],
    );
  }

  /** When and by whom an objective was last proposed. */
  lastProposal(objectiveId: string) {
    return this.#conn.get<{ at: string; actor_id: string }>(
      `SELECT at, actor_id FROM revisions WHERE objective_id = ? AND entity = 'objective' AND action = 'transition'
       AND changes LIKE '%"to":"proposed"%' ORDER BY version DESC LIMIT 1`,
      [objectiveId],
    );
  }

  /** When each objective was last approved. */
  async approvedAt(): Promise<Map<string, string>> {
    const rows = await this.#conn.all<{ id: string; at: string }>(
      `SELECT objective_id AS id, MAX(at) AS at FROM revisions WHERE entity = 'objective' AND action = 'transition'
         AND changes LIKE '%"to":"active"%' GROUP BY objective_id`,
    );
    return new Map(rows.map((r) => [r.id, r.at]));
  }

  async insertRevision(row: {
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
  }): Promise<void> {
    await this.#conn.run(
      'INSERT INTO revisions (id, objective_id, entity, entity_id, version, action, actor_id, at, comment, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
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
      ],
    );
  }

  /**
   * Store a live event; answers its id (the SSE event id). On PostgreSQL the event is also announced to
   * every instance (`NOTIFY`), which PostgreSQL delivers when, and only if, the transaction commits.
   */
  async insertEvent(
    type: StoredEvent['type'],
    objectiveId: string,
    data: Record<string, unknown>,
    at: string,
  ): Promise<number> {
    // On PostgreSQL one statement stores and announces it: the payload is the BroadcastEvent's JSON.
    const announce =
      this.engine.dialect === 'postgres'
        ? ", pg_notify('goalkit_events', json_build_object('id', id, 'type', type, 'objectiveId', objective_id, 'data', data::json)::text) AS sent"
        : '';
    const row = await this.#conn.get<{ id: number }>(
      `INSERT INTO events (type, objective_id, data, at) VALUES (?, ?, ?, ?) RETURNING id${announce}`,
      [type, objectiveId, JSON.stringify(data), at],
    );
    return Number(row?.id);
  }

  /** The events after `lastId`, oldest first, without their times (what was written since a look). */
  async eventsAfter(lastId: number): Promise<{ id: number; type: string; data: Record<string, unknown> }[]> {
    const rows = await this.#conn.all<{ id: number; type: string; data: string }>(
      'SELECT id, type, data FROM events WHERE id > ? ORDER BY id',
      [lastId],
    );
    return rows.map((r) => ({ id: Number(r.id), type: r.type, data: JSON.parse(r.data) as Record<string, unknown> }));
  }

  async eventsSince(lastId: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.#conn.all<{ id: number; type: StoredEvent['type']; objective_id: string; data: string }>(
      'SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?',
      [lastId, limit],
    );
    return rows.map((e) => ({
      id: Number(e.id),
      type: e.type,
      objectiveId: e.objective_id,
      data: JSON.parse(e.data) as Record<string, unknown>,
    }));
  }

  // ---- idempotency keys -----------------------------------------------------------------------------

  /** Forget keys stored before `before` (ms since the epoch). */
  async sweepIdempotencyKeys(before: number): Promise<void> {
    await this.#conn.run('DELETE FROM idempotency_keys WHERE created_at < ?', [before]);
  }

  /**
   * Claim a key for a running request: a new key, or one whose claim's lease ran out (its process died
   * mid-request). Answers whether this request holds it now.
   */
  async claimIdempotencyKey(personId: string, key: string, fingerprint: string, now: number, lease: number) {
    const { changes } = await this.#conn.run(
      `INSERT INTO idempotency_keys (person_id, key, fingerprint, state, created_at, lease_until)
         VALUES (?, ?, ?, 'running', ?, ?)
         ON CONFLICT (person_id, key) DO UPDATE SET
           fingerprint = excluded.fingerprint, created_at = excluded.created_at, lease_until = excluded.lease_until
         WHERE idempotency_keys.state = 'running' AND COALESCE(idempotency_keys.lease_until, idempotency_keys.created_at + ?) <= ?`,
      [personId, key, fingerprint, now, now + lease, lease, now],
    );
    return changes > 0;
  }

  idempotencyKey(personId: string, key: string) {
    return this.#conn.get<{
      fingerprint: string;
      state: string;
      status: number;
      headers: string;
      body: string | null;
      created_at: number;
      lease_until: number | null;
    }>(
      'SELECT fingerprint, state, status, headers, body, created_at, lease_until FROM idempotency_keys WHERE person_id = ? AND key = ?',
      [personId, key],
    );
  }

  /** Store the reply a key's request got, for replays. */
  async saveIdempotentReply(
    personId: string,
    key: string,
    reply: { status: number; headers: string; body: string | null },
  ): Promise<void> {
    await this.#conn.run(
      "UPDATE idempotency_keys SET state = 'done', status = ?, headers = ?, body = ? WHERE person_id = ? AND key = ?",
      [reply.status, reply.headers, reply.body, personId, key],
    );
  }

  /** Free a key whose request failed with nothing to replay (a 5xx): a retry runs it again. */
  async releaseIdempotencyKey(personId: string, key: string): Promise<void> {
    await this.#conn.run('DELETE FROM idempotency_keys WHERE person_id = ? AND key = ?', [personId, key]);
  }

  // ---- the rhythm's reminders ----------------------------------------------------------------------

  /** Record a reminder as queued or sent: false when it already was (by this or another instance). */
  async markRhythmSent(id: string, at: number): Promise<boolean> {
    const { changes } = await this.#conn.run(
      'INSERT INTO rhythm_sent (id, sent_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING',
      [id, at],
    );
    return changes > 0;
  }

  /** Forget a reminder recorded as sent (its in-process delivery failed: it comes again). */
  async unmarkRhythmSent(id: string): Promise<void> {
    await this.#conn.run('DELETE FROM rhythm_sent WHERE id = ?', [id]);
  }

  /** Which of `ids` were recorded as sent. */
  async rhythmSent(ids: readonly string[]): Promise<Set<string>> {
    const sent = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await this.#conn.all<{ id: string }>(
        `SELECT id FROM rhythm_sent WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const row of rows) sent.add(row.id);
    }
    return sent;
  }

  // ---- webhooks ---------------------------------------------------------------------------------

  async insertWebhook(row: WebhookRow): Promise<void> {
    await this.#conn.run(
      'INSERT INTO webhooks (id, owner_id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [row.id, row.owner_id, row.url, row.events, row.secret, row.created_at],
    );
  }

  /** Every webhook, or one person's, oldest first. */
  webhooks(ownerId?: string): Promise<WebhookRow[]> {
    return ownerId === undefined
      ? this.#conn.all<WebhookRow>('SELECT * FROM webhooks ORDER BY created_at, id')
      : this.#conn.all<WebhookRow>('SELECT * FROM webhooks WHERE owner_id = ? ORDER BY created_at, id', [ownerId]);
  }

  webhook(id: string): Promise<WebhookRow | undefined> {
    return this.#conn.get<WebhookRow>('SELECT * FROM webhooks WHERE id = ?', [id]);
  }

  /** A webhook's new secret; the previous one signs beside it until `previousUntil` (null: not at all). */
  async rotateWebhookSecret(id: string, secret: string, previous: string | null, previousUntil: number | null) {
    await this.#conn.run(
      'UPDATE webhooks SET secret = ?, previous_secret = ?, previous_secret_until = ? WHERE id = ?',
      [secret, previous, previousUntil, id],
    );
  }

  async deleteWebhook(id: string): Promise<void> {
    // Deliveries first: SQLite enforces the cascade only with foreign keys on.
    await this.#conn.run('DELETE FROM webhook_deliveries WHERE webhook_id = ?', [id]);
    await this.#conn.run('DELETE FROM webhooks WHERE id = ?', [id]);
  }

  /** The webhooks that want an event type, with what their owners' visibility depends on. */
  webhooksFor(
    type: string,
  ): Promise<{ id: string; owner_id: string; role: Person['role']; parent_id: string | null }[]> {
    return this.#conn.all(
      `SELECT w.id, w.owner_id, p.role, o.parent_id FROM webhooks w
         JOIN people p ON p.id = w.owner_id JOIN owners o ON o.id = w.owner_id
         WHERE w.events LIKE ? ORDER BY w.id`,
      [`%"${type}"%`],
    );
  }

  async insertDelivery(row: { id: string; webhookId: string; event: string; payload: string; now: number }) {
    await this.#conn.run(
      'INSERT INTO webhook_deliveries (id, webhook_id, event, payload, next_attempt_at) VALUES (?, ?, ?, ?, ?)',
      [row.id, row.webhookId, row.event, row.payload, row.now],
    );
  }

  /** A webhook's deliveries, newest first. */
  deliveries(webhookId: string, limit: number): Promise<DeliveryRow[]> {
    return this.#conn.all<DeliveryRow>(
      'SELECT * FROM webhook_deliveries WHERE webhook_id = ? ORDER BY seq DESC LIMIT ?',
      [webhookId, limit],
    );
  }

  /** Pending deliveries due by `now` that nobody holds, oldest first (candidates: {@link claimDelivery} takes one). */
  dueDeliveries(now: number, limit: number): Promise<{ id: string }[]> {
    return this.#conn.all(
      `SELECT id FROM webhook_deliveries
         WHERE status = 'pending' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
         ORDER BY next_attempt_at, seq LIMIT ?`,
      [now, now, limit],
    );
  }

  /**
   * Hold a delivery until `until` to send it: answers it with its webhook when this caller holds it now,
   * undefined when another instance (or an earlier run of this one) holds it or it is no longer due.
   */
  async claimDelivery(
    id: string,
    now: number,
    until: number,
  ): Promise<
    | (DeliveryRow & {
        url: string;
        secret: string;
        previous_secret: string | null;
        previous_secret_until: number | string | null;
      })
    | undefined
  > {
    const { changes } = await this.#conn.run(
      `UPDATE webhook_deliveries SET claimed_until = ?
         WHERE id = ? AND status = 'pending' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)`,
      [until, id, now, now],
    );
    if (changes === 0) return undefined;
    return this.#conn.get(
      `SELECT d.*, w.url, w.secret, w.previous_secret, w.previous_secret_until FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = ?`,
      [id],
    );
  }

  /** Record an attempt's outcome and release the claim. */
  async settleDelivery(
    id: string,
    outcome: {
      status: DeliveryRow['status'];
      attempts: number;
      at: number;
      next: number | null;
      responseStatus: number | null;
      error: string | null;
    },
  ): Promise<void> {
    await this.#conn.run(
      `UPDATE webhook_deliveries SET status = ?, attempts = ?, last_attempt_at = ?, next_attempt_at = ?,
         response_status = ?, error = ?, claimed_until = NULL WHERE id = ?`,
      [outcome.status, outcome.attempts, outcome.at, outcome.next, outcome.responseStatus, outcome.error, id],
    );
  }
}

export interface WebhookRow {
  id: string;
  owner_id: string;
  url: string;
  /** JSON: the event types. */
  events: string;
  secret: string;
  created_at: string;
  /** The secret before the last rotation, and until when (ms since the epoch) it still signs. */
  previous_secret?: string | null;
  previous_secret_until?: number | string | null;
}

export interface DeliveryRow {
  id: string;
  webhook_id: string;
  event: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: number | string | null;
  last_attempt_at: number | string | null;
  claimed_until: number | string | null;
  response_status: number | null;
  error: string | null;
}
