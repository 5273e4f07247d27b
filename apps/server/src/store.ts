import { randomUUID } from 'node:crypto';
import type {
  AlignmentCandidate,
  ApprovalItem,
  CheckIn,
  CheckInCreate,
  Comment,
  CommentCreate,
  Cycle,
  Duplicate,
  KeyResult,
  KeyResultCreate,
  KeyResultPatch,
  LintReport,
  ManualStatus,
  Objective,
  ObjectiveCreate,
  ObjectivePatch,
  ObjectiveState,
  Owner,
  Person,
  Revision,
  Score,
  TransitionAction,
  TreeNode,
} from '@goalkit/client';
import { objectiveTransitions } from '@goalkit/client';
import { NOT_SCORED, toCoreKeyResult } from '@goalkit/core';
import { lintDocument } from '@goalkit/core/lint';
import type { KeyResult as CoreKeyResult, DraftKeyResult, GoalkitDocument, GoalkitDraft } from '@goalkit/core/model';
import { createScorer, grade, isoDateOfDay, type Scorer } from '@goalkit/core/scoring';
import { Access, type OwnerRow } from './access.js';
import type { Db } from './db/openDatabase.js';
import { statement } from './db/statements.js';
import { badRequest, forbidden, notFound, ProblemError, stale } from './problems.js';

interface PersonRow extends OwnerRow {
  email: string | null;
  role: Person['role'];
}
interface ObjectiveRow {
  seq: number;
  id: string;
  title: string;
  description: string | null;
  owner_id: string;
  cycle_id: string;
  parent_id: string | null;
  alignment: Objective['alignment'];
  weight: number;
  rollup: Objective['rollup'];
  visibility: Objective['visibility'];
  state: ObjectiveState;
  grade_score: number | null;
  grade_band: 'green' | 'yellow' | 'red' | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** JSON: the owner's own status (`ManualStatus`), or null. */
  manual_status: string | null;
  carried_from: string | null;
}
interface KeyResultRow {
  seq: number;
  id: string;
  objective_id: string;
  data: string;
  current: string | null;
  version: number;
  last_check_in_at: string | null;
  updated_at: string;
}
interface CheckInRow {
  id: string;
  key_result_id: string;
  at: string;
  value: string | null;
  milestones: string | null;
  confidence: number | null;
  note: string | null;
  author_id: string;
}

/** The columns a list page filters on and finds the cached JSON by; the rest is read on a cache miss. */
type ListRow = Pick<
  ObjectiveRow,
  'seq' | 'id' | 'owner_id' | 'cycle_id' | 'parent_id' | 'visibility' | 'state' | 'version'
>;

/** The definitional fields of a key result, kept as JSON in `key_results.data`. */
type KeyResultData = Omit<KeyResultCreate, 'id'> & { weight?: number };

/** An objective's cached JSON; with a private parent, also the JSON for those who may not see the parent. */
interface JsonEntry {
  epoch: number;
  day: string;
  json: string;
  privateParent?: { row: Pick<ObjectiveRow, 'visibility' | 'owner_id'>; json: string };
}

/** A change the HTTP layer publishes as a Server-Sent Event once the transaction commits. */
export interface StoredEvent {
  id: number;
  type: 'objective.updated' | 'key-result.updated' | 'check-in.created' | 'comment.created';
  objectiveId: string;
  data: Record<string, unknown>;
}

const OBJECTIVE_FIELDS = [
  'title',
  'description',
  'ownerId',
  'cycleId',
  'parentId',
  'alignment',
  'weight',
  'rollup',
  'visibility',
] as const;
const KEY_RESULT_FIELDS = [
  'title',
  'description',
  'type',
  'start',
  'target',
  'min',
  'max',
  'targets',
  'unit',
  'unitKind',
  'scoring',
  'milestones',
  'weight',
  'due',
] as const;

/** Which lifecycle action leads from which state to which: the contract's table. */
const TRANSITIONS = objectiveTransitions;

/**
 * What a write's `If-Match` accepts (RFC 9110 §13.1.1, strong comparison): one version, `*` (whatever
 * the version is), or a list of versions (any of them). Weak tags never match, so they are not in the list.
 */
export type VersionPrecondition = number | '*' | readonly number[];

const matchesVersion = (precondition: VersionPrecondition, version: number) =>
  precondition === '*' ||
  (typeof precondition === 'number' ? precondition === version : precondition.includes(version));

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const encodeCursor = (seq: number) => Buffer.from(`o:${seq}`).toString('base64url');
const decodeCursor = (cursor: string) => {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw badRequest([{ path: 'cursor', message: 'is not a cursor this server issued; start again without it' }], 400);
  return Number(match[1]);
};
const jsonOrNull = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export interface StoreOptions {
  /** The clock: check-ins are stamped with it and scores computed as of its UTC day. @default the system clock */
  now?: () => Date;
}

/**
 * Everything the reference server knows, on SQLite. Every write is one transaction that also records
 * the revision and the live event; every score comes from the core engine.
 */
export class GoalStore {
  readonly db: Db;
  #scorer: Scorer | undefined;
  #scorerDay: string | undefined;
  /** Drafts and proposals, read with the scorer: they show progress but are not judged on pace. */
  #notStarted = new Set<string>();
  #today: () => string;
  #now: () => Date;
  /** Who is who (owners and their managers), and who may see, edit and approve what. */
  readonly #access: Access;
  #jsonCache = new Map<string, JsonEntry>();
  #listCache: { epoch: number; rows: ListRow[] } | undefined;
  /** Bumped by every write (and directory reload): what was cached under an older epoch is stale. */
  #epoch = 0;
  /** SQLite's `data_version` when last looked at (see {@link GoalStore.syncWithOtherWriters}). */
  #dataVersion: number | undefined;
  #statements: ReturnType<GoalStore['prepare']>;
  /** A statement prepared once per SQL text. */
  #sql = <TParams extends unknown[] | Record<string, unknown> = unknown[], TResult = unknown>(source: string) =>
    statement<TParams, TResult>(this.db, source);

  constructor(db: Db, options: StoreOptions = {}) {
    this.db = db;
    this.#now = options.now ?? (() => new Date());
    this.#today = () => this.#now().toISOString().slice(0, 10);
    this.#statements = this.prepare();
    this.#access = new Access(() => this.#sql<[], OwnerRow>('SELECT * FROM owners').all());
  }

  private prepare() {
    const db = this.db;
    return {
      owner: statement<[string], OwnerRow>(db, 'SELECT * FROM owners WHERE id = ?'),
      person: statement<[string], PersonRow>(
        db,
        'SELECT o.*, p.email, p.role FROM people p JOIN owners o ON o.id = p.id WHERE p.id = ?',
      ),
      objective: statement<[string], ObjectiveRow>(db, 'SELECT * FROM objectives WHERE id = ?'),
      keyResult: statement<[string], KeyResultRow>(db, 'SELECT * FROM key_results WHERE id = ?'),
      keyResultsOf: statement<[string], KeyResultRow>(
        db,
        'SELECT * FROM key_results WHERE objective_id = ? ORDER BY seq',
      ),
      checkInsOf: statement<[string], CheckInRow>(
        db,
        'SELECT * FROM check_ins WHERE key_result_id = ? ORDER BY at, seq',
      ),
      dataVersion: statement(db, 'PRAGMA data_version').pluck(),
      insertEvent: statement(db, 'INSERT INTO events (type, objective_id, data, at) VALUES (?, ?, ?, ?)'),
      insertRevision: statement(
        db,
        'INSERT INTO revisions (id, objective_id, entity, entity_id, version, action, actor_id, at, comment, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
    };
  }

  #stamp(): string {
    return isoSeconds(this.#now());
  }

  // ---- people and permissions -------------------------------------------------------------

  #person(row: PersonRow): Person {
    return {
      id: row.id,
      name: row.name,
      ...(row.email ? { email: row.email } : {}),
      role: row.role,
      teamId: row.parent_id,
      managerId: row.manager_id,
    };
  }

  #directory(): Map<string, OwnerRow> {
    return this.#access.owners();
  }

  /**
   * Forget everything cached when another connection (a second server process on the same file, a
   * script) has committed since the last look: SQLite's `data_version` changes only then. The app calls
   * this once per request; it costs one pragma. Live events written by the other process reach only its
   * own subscribers.
   */
  syncWithOtherWriters(): void {
    const version = this.#statements.dataVersion.get() as number;
    if (this.#dataVersion !== undefined && version !== this.#dataVersion) this.reloadDirectory();
    this.#dataVersion = version;
  }

  /** Read the owners again after the directory changed (a sync from the HR system, a reseed). */
  reloadDirectory(): void {
    this.#access.reload();
    this.#invalidateScores();
  }

  /** The people who manage an owner: a person's manager and theirs, or a team's manager and up. */
  managerChain(ownerId: string): Set<string> {
    return this.#access.managerChain(ownerId);
  }

  canSee(person: Person, row: Pick<ObjectiveRow, 'visibility' | 'owner_id'>): boolean {
    return this.#access.canSee(person, row);
  }

  canEdit(person: Person, ownerId: string): boolean {
    return this.#access.canEdit(person, ownerId);
  }

  allowedTransitions(person: Person, row: Pick<ObjectiveRow, 'state' | 'owner_id'>): TransitionAction[] {
    return this.#access.allowedTransitions(person, row);
  }

  #visibleObjective(person: Person, id: string): ObjectiveRow {
    const row = this.#statements.objective.get(id);
    if (!row || !this.canSee(person, row)) throw notFound(`Objective ${JSON.stringify(id)}`);
    return row;
  }

  /** `parentId` as `person` may know it: `null` when the parent is hidden from them (or gone). */
  #visibleParentId(person: Person, parentId: string | null): string | null {
    if (parentId === null) return null;
    const parent = this.#statements.objective.get(parentId);
    return parent && this.canSee(person, parent) ? parentId : null;
  }

  #editableObjective(person: Person, id: string): ObjectiveRow {
    const row = this.#visibleObjective(person, id);
    if (!this.canEdit(person, row.owner_id)) {
      throw forbidden('Only the owner, their managers and admins may change this objective.');
    }
    return row;
  }

  // ---- scoring --------------------------------------------------------------------------------

  /** The scorer over every objective, rebuilt after writes that change structure, updated in place by check-ins. */
  #scoring(): Scorer {
    const day = this.#today();
    if (this.#scorer && this.#scorerDay !== day) this.#scorer.setAsOf(day);
    if (!this.#scorer) {
      this.#scorer = createScorer(this.#document(), { asOf: day });
      this.#notStarted = new Set(
        this.#sql<[], string>("SELECT id FROM objectives WHERE state IN ('draft', 'proposed')").pluck().all(),
      );
    }
    this.#scorerDay = day;
    return this.#scorer;
  }

  #invalidateScores(): void {
    this.#scorer = undefined;
    this.#epoch++;
  }

  /**
   * The whole organisation as a core document. For scoring (`rollup`), a child keeps its link to its
   * parent only when it counts in the parent's roll-up (see {@link countsInParent}); the linter gets
   * every link.
   */
  #document(rollup = true): GoalkitDocument {
    const cycles = this.#sql<[], { id: string; name: string; start: string; end: string }>(
      'SELECT id, name, start, "end" FROM cycles',
    ).all();
    const owners = this.#sql<[], OwnerRow>('SELECT * FROM owners').all();
    const objectives = this.#sql<[], ObjectiveRow>('SELECT * FROM objectives ORDER BY seq').all();
    const byId = new Map(objectives.map((o) => [o.id, o]));
    const keyResults = this.#sql<[], KeyResultRow>('SELECT * FROM key_results ORDER BY seq').all();
    const checkIns = this.#sql<[], CheckInRow>('SELECT * FROM check_ins ORDER BY at, seq').all();
    const checkInsByKr = new Map<string, CheckInRow[]>();
    for (const c of checkIns) {
      const list = checkInsByKr.get(c.key_result_id) ?? [];
      list.push(c);
      checkInsByKr.set(c.key_result_id, list);
    }
    const krsByObjective = new Map<string, CoreKeyResult[]>();
    for (const row of keyResults) {
      const core = toCoreKeyResult(this.#keyResultShape(row), (checkInsByKr.get(row.id) ?? []).map(coreCheckIn));
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
        keyResults: krsByObjective.get(o.id) ?? [],
      })),
    };
  }

  #objectiveScore(id: string): Score {
    const s = this.#scoring().objective(id);
    const confidences = s.keyResults.map((k) => k.confidence).filter((c): c is number => c !== null);
    const pending = this.#notStarted.has(id);
    return {
      progress: s.progress,
      // A draft or proposal has no pace to keep yet: no expectation, no on/off track (issue 19.4).
      expected: pending ? 0 : s.expected,
      status: pending && s.status !== 'achieved' ? 'not-started' : s.status,
      confidence: confidences.length ? Math.min(...confidences) : null,
      hasData: s.hasData,
    };
  }

  #keyResultScore(id: string, objectiveId: string): KeyResult['score'] {
    let s: ReturnType<Scorer['keyResult']>;
    try {
      s = this.#scoring().keyResult(id);
    } catch {
      // Not scorable yet (a draft without its target): nothing to show but that.
      return { ...NOT_SCORED, raw: 0, forecast: null };
    }
    const pending = this.#notStarted.has(objectiveId);
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

  // ---- shapes -----------------------------------------------------------------------------------

  #keyResultShape(row: KeyResultRow): KeyResult {
    const data = JSON.parse(row.data) as KeyResultData;
    const current = jsonOrNull(row.current) as number | boolean | null;
    return {
      ...data,
      id: row.id,
      objectiveId: row.objective_id,
      weight: data.weight ?? 1,
      current,
      ...(data.type === 'boolean' ? { done: current === true || current === 1 } : {}),
      version: row.version,
      lastCheckInAt: row.last_check_in_at,
      updatedAt: row.updated_at,
      score: NOT_SCORED,
    };
  }

  #keyResult(row: KeyResultRow): KeyResult {
    return { ...this.#keyResultShape(row), score: this.#keyResultScore(row.id, row.objective_id) };
  }

  #objective(person: Person, row: ObjectiveRow, krRows?: KeyResultRow[]): Objective {
    return {
      id: row.id,
      title: row.title,
      ...(row.description ? { description: row.description } : {}),
      ownerId: row.owner_id,
      cycleId: row.cycle_id,
      parentId: this.#visibleParentId(person, row.parent_id),
      alignment: row.alignment,
      weight: row.weight,
      rollup: row.rollup,
      visibility: row.visibility,
      state: row.state,
      grade:
        row.grade_score === null || row.grade_band === null ? null : { score: row.grade_score, band: row.grade_band },
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      score: this.#objectiveScore(row.id),
      allowedTransitions: this.allowedTransitions(person, row),
      keyResults: (krRows ?? this.#statements.keyResultsOf.all(row.id)).map((kr) => this.#keyResult(kr)),
      manualStatus: row.manual_status ? (JSON.parse(row.manual_status) as ManualStatus) : null,
      returned: row.state === 'draft' ? this.#returned(row.id) : null,
      ...(row.state === 'proposed' ? { waitingFor: this.#waitingFor(row.owner_id) } : {}),
      carriedFrom: row.carried_from && this.#visibleParentId(person, row.carried_from),
    };
  }

  /** A draft's latest lifecycle step, when it was a return: the comment the author should see. */
  #returned(id: string): Objective['returned'] {
    const last = this.#sql<[string], { actor_id: string; at: string; comment: string | null; changes: string }>(
      `SELECT actor_id, at, comment, changes FROM revisions WHERE objective_id = ? AND entity = 'objective'
         AND action = 'transition' ORDER BY seq DESC LIMIT 1`,
    ).get(id);
    if (!last?.comment || !last.changes.includes('"from":"proposed"')) return null;
    return { comment: last.comment, byName: this.#directory().get(last.actor_id)?.name ?? last.actor_id, at: last.at };
  }

  /** Who may approve a proposal of `ownerId` first: the nearest manager. */
  #waitingFor(ownerId: string): { id: string; name: string }[] {
    const first = [...this.managerChain(ownerId)][0];
    return first ? [{ id: first, name: this.#directory().get(first)?.name ?? first }] : [];
  }

  // ---- reads ------------------------------------------------------------------------------------

  cycles(): Cycle[] {
    return this.#sql<[], { id: string; name: string; start: string; end: string; closed: number }>(
      'SELECT * FROM cycles ORDER BY start',
    )
      .all()
      .map((c) => ({ id: c.id, name: c.name, start: c.start, end: c.end, closed: c.closed === 1 }));
  }

  owners(kind?: string, q?: string): Owner[] {
    const like = q === undefined ? null : `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const rows = this.#sql<{ kind: string | null; like: string | null }, OwnerRow>(
      `SELECT * FROM owners WHERE (@kind IS NULL OR kind = @kind) AND (@like IS NULL OR name LIKE @like ESCAPE '\\') ORDER BY kind, name`,
    ).all({ kind: kind ?? null, like });
    return rows.map((o) => ({ id: o.id, kind: o.kind, name: o.name, parentId: o.parent_id, managerId: o.manager_id }));
  }

  person(id: string): Person | undefined {
    const row = this.#statements.person.get(id);
    return row ? this.#person(row) : undefined;
  }

  listObjectives(
    person: Person,
    query: {
      cycle?: string;
      owner?: string;
      parent?: string;
      status?: string;
      state?: string;
      q?: string;
      cursor?: string;
      limit?: number;
    },
  ): { items: Objective[]; nextCursor: string | null } {
    const { rows, nextCursor } = this.#listRows(person, query);
    return {
      items: rows.map((row) => this.#objective(person, this.#statements.objective.get(row.id) as ObjectiveRow)),
      nextCursor,
    };
  }

  /** The same page as {@link listObjectives}, serialised, from the per-objective JSON cache. */
  listObjectivesJson(person: Person, query: Parameters<GoalStore['listObjectives']>[1]): string {
    const { rows, nextCursor } = this.#listRows(person, query);
    const day = this.#today();
    return `{"items":[${rows.map((row) => this.#objectiveJson(person, row, day)).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  }

  /** One objective serialised, with its version for the ETag. */
  getObjectiveJson(person: Person, id: string): { json: string; version: number } {
    const row = this.#visibleObjective(person, id);
    return { json: this.#objectiveJson(person, row, this.#today(), row), version: row.version };
  }

  /**
   * An objective as JSON. Everything but the caller's `allowedTransitions` is cached until the next
   * write (any write can move scores up the alignment tree) or the next day (expected progress moves).
   * `full` saves reading the row again on a cache miss when the caller has it.
   */
  #objectiveJson(person: Person, row: ListRow, day: string, full?: ObjectiveRow): string {
    let entry = this.#jsonCache.get(row.id);
    if (!entry || entry.epoch !== this.#epoch || entry.day !== day) {
      const source = full ?? (this.#statements.objective.get(row.id) as ObjectiveRow);
      const { allowedTransitions: _, ...rest } = this.#objective(person, source);
      rest.parentId = source.parent_id;
      entry = { epoch: this.#epoch, day, json: JSON.stringify(rest) };
      const parent = source.parent_id === null ? undefined : this.#statements.objective.get(source.parent_id);
      if (parent?.visibility === 'private')
        entry.privateParent = { row: parent, json: JSON.stringify({ ...rest, parentId: null }) };
      if (!this.db.inTransaction) this.#jsonCache.set(row.id, entry);
    }
    const json =
      entry.privateParent && !this.canSee(person, entry.privateParent.row) ? entry.privateParent.json : entry.json;
    return `${json.slice(0, -1)},"allowedTransitions":${JSON.stringify(this.allowedTransitions(person, row))}}`;
  }

  /**
   * Every objective's list columns in `seq` order, read once per epoch: a list page filters these in
   * memory rather than asking SQLite for a batch of rows on every request. Nothing read inside a
   * transaction is kept, since the transaction may still roll back.
   */
  #listIndex(): ListRow[] {
    if (this.#listCache?.epoch === this.#epoch) return this.#listCache.rows;
    const rows = this.#sql<[], ListRow>(
      'SELECT seq, id, owner_id, cycle_id, parent_id, visibility, state, version FROM objectives ORDER BY seq',
    ).all();
    if (!this.db.inTransaction) this.#listCache = { epoch: this.#epoch, rows };
    return rows;
  }

  /**
   * The rows of one page: those after the cursor that pass the filters and that the person may see.
   * The cursor (and `nextCursor`) is the `seq` of the last row looked at, so hidden rows are not
   * looked at again; `nextCursor` is null when no visible row follows the page.
   */
  #listRows(
    person: Person,
    query: Parameters<GoalStore['listObjectives']>[1],
  ): { rows: ListRow[]; nextCursor: string | null } {
    const limit = query.limit ?? 50;
    const start = query.cursor ? decodeCursor(query.cursor) : 0;
    // The children of a goal the person may not see would give that goal away.
    if (query.parent !== undefined && this.#visibleParentId(person, query.parent) === null)
      return { rows: [], nextCursor: null };
    // Title search stays in SQLite, so it keeps LIKE's exact matching (ASCII-only case folding).
    const titleMatches = query.q
      ? new Set(
          this.#sql<[string], number>("SELECT seq FROM objectives WHERE title LIKE ? ESCAPE '\\'")
            .pluck()
            .all(`%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`),
        )
      : undefined;
    const items: ListRow[] = [];
    let after = start;
    for (const row of this.#listIndex()) {
      if (
        row.seq <= start ||
        (query.cycle !== undefined && row.cycle_id !== query.cycle) ||
        (query.owner !== undefined && row.owner_id !== query.owner) ||
        (query.parent !== undefined && row.parent_id !== query.parent) ||
        (query.state !== undefined && row.state !== query.state) ||
        (titleMatches && !titleMatches.has(row.seq))
      )
        continue;
      if (!this.canSee(person, row) || (query.status && this.#objectiveScore(row.id).status !== query.status)) {
        after = row.seq;
        continue;
      }
      if (items.length === limit) return { rows: items, nextCursor: encodeCursor(after) };
      items.push(row);
      after = row.seq;
    }
    return { rows: items, nextCursor: null };
  }

  getObjective(person: Person, id: string): Objective {
    return this.#objective(person, this.#visibleObjective(person, id));
  }

  checkIns(person: Person, keyResultId: string): CheckIn[] {
    this.#visibleKeyResult(person, keyResultId);
    return this.#statements.checkInsOf.all(keyResultId).map(checkInShape);
  }

  comments(person: Person, objectiveId: string): Comment[] {
    this.#visibleObjective(person, objectiveId);
    return this.#sql<
      [string],
      {
        id: string;
        objective_id: string;
        kind: Comment['kind'];
        body: string;
        author_id: string;
        created_at: string;
        name: string;
      }
    >('SELECT c.*, o.name FROM comments c JOIN owners o ON o.id = c.author_id WHERE c.objective_id = ? ORDER BY c.seq')
      .all(objectiveId)
      .map((c) => ({
        id: c.id,
        objectiveId: c.objective_id,
        kind: c.kind,
        body: c.body,
        authorId: c.author_id,
        authorName: c.name,
        createdAt: c.created_at,
      }));
  }

  history(person: Person, objectiveId: string): Revision[] {
    this.#visibleObjective(person, objectiveId);
    const hideParent = (id: unknown) => (typeof id === 'string' ? this.#visibleParentId(person, id) : id);
    return this.#sql<
      [string],
      {
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
      }
    >(
      'SELECT r.*, o.name FROM revisions r LEFT JOIN owners o ON o.id = r.actor_id WHERE r.objective_id = ? ORDER BY r.seq',
    )
      .all(objectiveId)
      .map((r) => ({
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        actorName: r.name ?? r.actor_id,
        entity: r.entity,
        entityId: r.entity_id,
        version: r.version,
        action: r.action,
        comment: r.comment,
        changes: (JSON.parse(r.changes) as Revision['changes']).map((change) =>
          change.field === 'parentId'
            ? { ...change, from: hideParent(change.from), to: hideParent(change.to) }
            : change,
        ),
      }));
  }

  tree(person: Person, query: { cycle?: string; root?: string; depth?: number }): TreeNode[] {
    const rows = this.#sql<
      [string | null, string | null],
      ObjectiveRow & { owner_name: string; owner_kind: Owner['kind'] }
    >(
      `SELECT o.*, w.name AS owner_name, w.kind AS owner_kind FROM objectives o JOIN owners w ON w.id = o.owner_id
         WHERE (? IS NULL OR o.cycle_id = ?) ORDER BY o.seq`,
    )
      .all(query.cycle ?? null, query.cycle ?? null)
      .filter((row) => this.canSee(person, row));
    const children = new Map<string | null, typeof rows>();
    const ids = new Set(rows.map((r) => r.id));
    for (const row of rows) {
      const parent = row.parent_id && ids.has(row.parent_id) ? row.parent_id : null;
      const list = children.get(parent) ?? [];
      list.push(row);
      children.set(parent, list);
    }
    let roots: typeof rows;
    if (query.root) {
      const root = rows.find((r) => r.id === query.root);
      if (!root) throw notFound(`Objective ${JSON.stringify(query.root)}`);
      roots = [root];
    } else {
      roots = children.get(null) ?? [];
    }
    const maxDepth = query.depth ?? Number.POSITIVE_INFINITY;
    const out: TreeNode[] = [];
    const stack = roots.map((row) => ({ row, depth: 0 })).reverse();
    while (stack.length > 0) {
      const { row, depth } = stack.pop() as { row: (typeof rows)[number]; depth: number };
      const kids = children.get(row.id) ?? [];
      out.push({
        id: row.id,
        parentId:
          row.parent_id !== null && ids.has(row.parent_id)
            ? row.parent_id
            : this.#visibleParentId(person, row.parent_id),
        title: row.title,
        ownerId: row.owner_id,
        ownerName: row.owner_name,
        ownerKind: row.owner_kind,
        alignment: row.alignment,
        state: row.state,
        visibility: row.visibility,
        depth,
        childCount: kids.length,
        score: this.#objectiveScore(row.id),
      });
      if (depth < maxDepth)
        for (let i = kids.length - 1; i >= 0; i--)
          stack.push({ row: kids[i] as (typeof rows)[number], depth: depth + 1 });
    }
    return out;
  }

  /**
   * The linter's report for one objective, in the context of the goals the person may see (alignment,
   * load per owner, duplicates), read in draft mode so incomplete goals are findings. Goals hidden from
   * the person are not in that context: no count or duplicate title gives them away.
   */
  lint(person: Person, objectiveId: string, locale: string | undefined): LintReport {
    this.#visibleObjective(person, objectiveId);
    const result = lintDocument(this.#draftDocument(person), {
      asOf: this.#today(),
      audience: 'form',
      activeSince: this.#activeSince(),
      ...(locale === 'de' ? { locale: 'de' as const } : {}),
    });
    const report = result.objectives.find((o) => o.objectiveId === objectiveId);
    if (!report) throw notFound(`Objective ${JSON.stringify(objectiveId)}`);
    return {
      objectiveId,
      smart: {
        specific: report.smart.specific,
        measurable: report.smart.measurable,
        achievable: report.smart.achievable,
        relevant: report.smart.relevant,
        timeBound: report.smart.timeBound,
        overall: report.smart.overall,
      },
      messages: report.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        category: m.category,
        path: m.path,
        ...(m.field === undefined ? {} : { field: m.field }),
        letter: m.letter,
        objectiveId: m.objectiveId,
        ...(m.keyResultId === undefined ? {} : { keyResultId: m.keyResultId }),
        message: m.message,
        ...(m.suggestion === undefined ? {} : { suggestion: m.suggestion }),
      })),
    };
  }

  /** The goals `person` may see as a draft document, with links to hidden parents cut. */
  /**
   * When each objective started counting, for the linter's staleness: the day it was last approved (or
   * created, when it never went through approval); `null` for drafts and proposals.
   */
  #activeSince(): Record<string, string | null> {
    const approved = new Map(
      this.#sql<[], { id: string; at: string }>(
        `SELECT objective_id AS id, MAX(at) AS at FROM revisions WHERE entity = 'objective' AND action = 'transition'
           AND changes LIKE '%"to":"active"%' GROUP BY objective_id`,
      )
        .all()
        .map((r) => [r.id, r.at]),
    );
    const since: Record<string, string | null> = {};
    for (const row of this.#sql<[], Pick<ObjectiveRow, 'id' | 'state' | 'created_at'>>(
      'SELECT id, state, created_at FROM objectives',
    ).all()) {
      since[row.id] =
        row.state === 'draft' || row.state === 'proposed'
          ? null
          : (approved.get(row.id) ?? row.created_at).slice(0, 10);
    }
    return since;
  }

  #draftDocument(person: Person): GoalkitDraft {
    const visible = new Set(
      this.#listIndex()
        .filter((row) => this.canSee(person, row))
        .map((row) => row.id),
    );
    const all = this.#document(false);
    const scored = {
      ...all,
      objectives: all.objectives
        .filter((o) => visible.has(o.id))
        .map(({ parent, ...o }) => (parent !== undefined && visible.has(parent) ? { ...o, parent } : o)),
    };
    const keyResults = this.#sql<[], KeyResultRow>('SELECT * FROM key_results ORDER BY seq').all();
    const checkIns = this.#sql<[], CheckInRow>('SELECT * FROM check_ins ORDER BY at, seq').all();
    const checkInsByKr = new Map<string, CheckInRow[]>();
    for (const c of checkIns) checkInsByKr.set(c.key_result_id, [...(checkInsByKr.get(c.key_result_id) ?? []), c]);
    const byObjective = new Map<string, DraftKeyResult[]>();
    for (const row of keyResults) {
      const data = JSON.parse(row.data) as KeyResultData;
      const current = jsonOrNull(row.current);
      const draft: Record<string, unknown> = { id: row.id, title: data.title, type: data.type, checkIns: [] };
      for (const field of [
        'description',
        'start',
        'target',
        'min',
        'max',
        'unit',
        'weight',
        'due',
        'targets',
        'scoring',
      ] as const) {
        if (data[field] !== undefined && data[field] !== null) draft[field] = data[field];
      }
      if (data.unitKind) draft['unit-kind'] = data.unitKind;
      if (data.type === 'milestones') {
        draft.milestones = (data.milestones ?? []).map((m) => ({
          title: m.title,
          done: m.done,
          ...(m.weight === undefined ? {} : { weight: m.weight }),
          ...(m.due ? { due: m.due } : {}),
        }));
      }
      if (data.type === 'boolean') draft.done = current === true || current === 1;
      else if (typeof current === 'number' && data.type !== 'milestones') draft.current = current;
      const rows = checkInsByKr.get(row.id) ?? [];
      draft.checkIns = rows
        .map(coreCheckIn)
        .filter((c) => data.type === 'milestones' || c.value !== null)
        .map((c) => ({
          at: c.at,
          ...(data.type === 'milestones' ? {} : { value: c.value }),
          ...(c.confidence === null ? {} : { confidence: c.confidence }),
        }));
      byObjective.set(row.objective_id, [...(byObjective.get(row.objective_id) ?? []), draft as DraftKeyResult]);
    }
    return { ...scored, objectives: scored.objectives.map((o) => ({ ...o, keyResults: byObjective.get(o.id) ?? [] })) };
  }

  // ---- writes -----------------------------------------------------------------------------------

  #event(type: StoredEvent['type'], objectiveId: string, data: Record<string, unknown>): StoredEvent {
    this.#epoch++;
    const info = this.#statements.insertEvent.run(type, objectiveId, JSON.stringify(data), this.#stamp());
    return { id: Number(info.lastInsertRowid), type, objectiveId, data };
  }

  #revision(
    objectiveId: string,
    entity: Revision['entity'],
    entityId: string,
    version: number,
    action: Revision['action'],
    actor: Person,
    changes: Revision['changes'],
    comment?: string,
  ) {
    this.#statements.insertRevision.run(
      randomUUID(),
      objectiveId,
      entity,
      entityId,
      version,
      action,
      actor.id,
      this.#stamp(),
      comment ?? null,
      JSON.stringify(changes),
    );
  }

  /**
   * Owner, cycle and parent must exist; a parent the actor may not see is answered exactly as a
   * missing one. Returns the parent's row when there is one.
   */
  #checkReferences(
    actor: Person,
    fields: { ownerId?: string | undefined; cycleId?: string | undefined; parentId?: string | null | undefined },
    selfId?: string,
  ): ObjectiveRow | undefined {
    let parent: ObjectiveRow | undefined;
    const problems: { path: string; message: string }[] = [];
    if (fields.ownerId !== undefined && !this.#directory().get(fields.ownerId)) {
      problems.push({ path: 'ownerId', message: `no owner has the id ${JSON.stringify(fields.ownerId)}` });
    }
    if (fields.cycleId !== undefined && !this.#sql('SELECT 1 FROM cycles WHERE id = ?').get(fields.cycleId)) {
      problems.push({ path: 'cycleId', message: `no cycle has the id ${JSON.stringify(fields.cycleId)}` });
    }
    if (fields.parentId) {
      parent = this.#statements.objective.get(fields.parentId);
      if (!parent || !this.canSee(actor, parent)) {
        parent = undefined;
        problems.push({
          path: 'parentId',
          message: `no objective you may see has the id ${JSON.stringify(fields.parentId)}`,
        });
      } else if (selfId) {
        let cursor: string | null = fields.parentId;
        const seen = new Set<string>();
        while (cursor && !seen.has(cursor)) {
          if (cursor === selfId) {
            problems.push({
              path: 'parentId',
              message: 'would make the objective align to itself through its own children',
            });
            break;
          }
          seen.add(cursor);
          cursor = this.#statements.objective.get(cursor)?.parent_id ?? null;
        }
      }
    }
    if (problems.length > 0) throw badRequest(problems);
    return parent;
  }

  /**
   * The weight a child carries in its parent's roll-up belongs to whoever may edit the parent: anyone
   * else who sets one (other than the default 1) on an aligned objective gets 403 at `weight`.
   */
  #checkWeight(actor: Person, parent: ObjectiveRow | undefined, weight: number | undefined) {
    if (parent && weight !== undefined && weight !== 1 && !this.canEdit(actor, parent.owner_id)) {
      throw new ProblemError(
        403,
        'Forbidden',
        'weight: only those who may edit the parent objective set the weight it gives this one; leave weight out (it is 1).',
        {
          errors: [
            {
              path: 'weight',
              message:
                'only those who may edit the parent objective set the weight it gives this one; leave it out (it is 1)',
            },
          ],
        },
      );
    }
  }

  #validateKeyResult(data: KeyResultData, path: string) {
    const problems: { path: string; message: string }[] = [];
    const at = (field: string) => (path ? `${path}.${field}` : field);
    if ((data.type === 'increase' || data.type === 'decrease') && data.start != null && data.target != null) {
      if (data.type === 'increase' && !(data.target > data.start)) {
        problems.push({ path: at('target'), message: `must be above the start (${data.start}) for an increase` });
      }
      if (data.type === 'decrease' && !(data.target < data.start)) {
        problems.push({ path: at('target'), message: `must be below the start (${data.start}) for a decrease` });
      }
    }
    if (data.type === 'range' && data.min != null && data.max != null && data.min > data.max) {
      problems.push({ path: at('max'), message: `must be at least min (${data.min})` });
    }
    if (data.type === 'milestones' && (!data.milestones || data.milestones.length === 0)) {
      problems.push({ path: at('milestones'), message: 'needs at least one milestone' });
    }
    if (problems.length > 0) throw badRequest(problems);
  }

  createObjective(actor: Person, body: ObjectiveCreate): { objective: Objective; events: StoredEvent[] } {
    return this.db.transaction(() => {
      const parent = this.#checkReferences(actor, {
        ownerId: body.ownerId,
        cycleId: body.cycleId,
        parentId: body.parentId ?? null,
      });
      if (!this.canEdit(actor, body.ownerId))
        throw forbidden('You may create objectives for yourself, your teams and your reports only.');
      this.#checkWeight(actor, parent, body.weight);
      const id = body.id ?? `o-${randomUUID().slice(0, 8)}`;
      // The same answer whether or not the caller may see the objective holding the id.
      if (this.#statements.objective.get(id))
        throw new ProblemError(
          409,
          'Conflict',
          `The id ${JSON.stringify(id)} is not available: choose another, or leave id out to get one.`,
          { errors: [{ path: 'id', message: 'is not available; choose another id or leave it out' }] },
        );
      const now = this.#stamp();
      this.#sql(
        `INSERT INTO objectives (id, title, description, owner_id, cycle_id, parent_id, alignment, weight, rollup, visibility, state, version, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)`,
      ).run(
        id,
        body.title.trim(),
        body.description ?? null,
        body.ownerId,
        body.cycleId,
        body.parentId ?? null,
        body.alignment ?? 'contributes',
        body.weight ?? 1,
        body.rollup ?? 'key-results',
        body.visibility ?? 'public',
        now,
        now,
      );
      const changes = OBJECTIVE_FIELDS.filter((f) => body[f] !== undefined).map((f) => ({
        field: f,
        from: null,
        to: body[f],
      }));
      this.#revision(id, 'objective', id, 1, 'created', actor, changes);
      for (const [index, kr] of (body.keyResults ?? []).entries())
        this.#insertKeyResult(actor, id, kr, `keyResults[${index}]`);
      this.#invalidateScores();
      const event = this.#event('objective.updated', id, { objectiveId: id, version: 1 });
      return { objective: this.getObjective(actor, id), events: [event] };
    })();
  }

  /**
   * Carry an objective into another cycle: a draft with the same fields and key results (types, targets,
   * weights; no check-ins, no dated phases or due dates, milestones not done), whose start is the value the
   * original reached. It aligns to the carried copy of its parent where there is one in that cycle (else to
   * the same parent if that lies in the cycle); copies of its children carried before it move under it.
   */
  duplicateObjective(actor: Person, id: string, body: Duplicate): { objective: Objective; events: StoredEvent[] } {
    return this.db.transaction(() => {
      const source = this.#visibleObjective(actor, id);
      if (!this.canEdit(actor, source.owner_id))
        throw forbidden('Only the owner, their managers and admins may carry this objective over.');
      this.#checkReferences(actor, { ownerId: source.owner_id, cycleId: body.cycleId, parentId: null });
      if (body.cycleId === source.cycle_id)
        throw badRequest([{ path: 'cycleId', message: 'is the cycle the objective is in; choose the next one' }]);
      const carried = this.#sql<[string, string], { id: string }>(
        'SELECT id FROM objectives WHERE carried_from = ? AND cycle_id = ? ORDER BY seq DESC LIMIT 1',
      );
      let parentId: string | null = null;
      if (source.parent_id) {
        const parentCopy = carried.get(source.parent_id, body.cycleId)?.id;
        const parent = this.#statements.objective.get(source.parent_id);
        parentId = parentCopy ?? (parent?.cycle_id === body.cycleId ? parent.id : null);
      }
      const keyResults = this.#statements.keyResultsOf.all(source.id).map((row): KeyResultCreate => {
        const { targets: _dated, due: _due, ...data } = JSON.parse(row.data) as KeyResultData;
        const reached = jsonOrNull(row.current);
        const moving = data.type === 'increase' || data.type === 'decrease';
        return {
          ...data,
          ...(moving && typeof reached === 'number' ? { start: reached } : {}),
          ...(data.milestones ? { milestones: data.milestones.map((m) => ({ ...m, done: false })) } : {}),
        };
      });
      const { objective, events } = this.createObjective(actor, {
        ...(body.id === undefined ? {} : { id: body.id }),
        title: source.title,
        ...(source.description ? { description: source.description } : {}),
        ownerId: source.owner_id,
        cycleId: body.cycleId,
        ...(parentId ? { parentId } : {}),
        alignment: source.alignment,
        // The weight it carries in its parent is the parent's editors' to set (issue 17).
        ...(parentId && this.canEdit(actor, this.#statements.objective.get(parentId)?.owner_id ?? '')
          ? { weight: source.weight }
          : {}),
        rollup: source.rollup,
        visibility: source.visibility,
        keyResults,
      });
      this.#sql('UPDATE objectives SET carried_from = ? WHERE id = ?').run(source.id, objective.id);
      // Children carried before their parent now align to its copy.
      const children = this.#sql<[string, string, string], ObjectiveRow>(
        `SELECT c.* FROM objectives c JOIN objectives o ON o.id = c.carried_from
           WHERE o.parent_id = ? AND c.cycle_id = ? AND (c.parent_id IS NULL OR c.parent_id = ?)`,
      ).all(source.id, body.cycleId, source.id);
      for (const child of children) {
        this.#sql('UPDATE objectives SET parent_id = ? WHERE id = ?').run(objective.id, child.id);
        const next = this.#bumpObjective(child.id);
        this.#revision(child.id, 'objective', child.id, next, 'updated', actor, [
          { field: 'parentId', from: child.parent_id, to: objective.id },
        ]);
        events.push(this.#event('objective.updated', child.id, { objectiveId: child.id, version: next }));
      }
      this.#invalidateScores();
      return { objective: this.getObjective(actor, objective.id), events };
    })();
  }

  #insertKeyResult(actor: Person, objectiveId: string, body: KeyResultCreate, path = ''): string {
    const { id: requested, ...rest } = body;
    const data = rest as KeyResultData;
    this.#validateKeyResult(data, path);
    const id = requested ?? `kr-${randomUUID().slice(0, 8)}`;
    // The same answer whether or not the caller may see the key result holding the id.
    if (this.#statements.keyResult.get(id)) {
      throw badRequest([
        { path: path ? `${path}.id` : 'id', message: 'is not available; choose another id or leave it out' },
      ]);
    }
    const now = this.#stamp();
    this.#sql(
      'INSERT INTO key_results (id, objective_id, data, current, version, updated_at) VALUES (?, ?, ?, NULL, 1, ?)',
    ).run(id, objectiveId, JSON.stringify(data), now);
    const changes = KEY_RESULT_FIELDS.filter((f) => data[f] !== undefined).map((f) => ({
      field: f,
      from: null,
      to: data[f],
    }));
    this.#revision(objectiveId, 'key-result', id, 1, 'created', actor, changes);
    return id;
  }

  #bumpObjective(id: string): number {
    const row = this.#sql<[string, string], { version: number }>(
      'UPDATE objectives SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version',
    ).get(this.#stamp(), id);
    return row?.version ?? 0;
  }

  updateObjective(actor: Person, id: string, patch: ObjectivePatch, version: VersionPrecondition) {
    return this.db.transaction(() => {
      const row = this.#visibleObjective(actor, id);
      const current = row.parent_id === null ? undefined : this.#statements.objective.get(row.parent_id);
      if (!this.canEdit(actor, row.owner_id)) {
        // Those who may edit the parent set the weight this objective carries in it, and nothing else of it.
        const weightOnly =
          patch.manualStatus === undefined &&
          OBJECTIVE_FIELDS.every((field) => (field === 'weight') === (patch[field] !== undefined));
        if (!weightOnly || !current || !this.canEdit(actor, current.owner_id))
          throw forbidden('Only the owner, their managers and admins may change this objective.');
      }
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      if (patch.ownerId !== undefined && !this.canEdit(actor, patch.ownerId)) {
        throw forbidden('You may hand an objective only to yourself, your teams or your reports.');
      }
      const checked = this.#checkReferences(actor, { ...patch }, id);
      const parent = patch.parentId === undefined ? current : (checked ?? undefined);
      if (patch.weight !== undefined && patch.weight !== row.weight) this.#checkWeight(actor, parent, patch.weight);
      // Aligned to a new parent by someone who may not edit it, the objective carries the default weight there.
      const resetWeight =
        patch.parentId &&
        patch.parentId !== row.parent_id &&
        patch.weight === undefined &&
        row.weight !== 1 &&
        parent &&
        !this.canEdit(actor, parent.owner_id);
      const fields: ObjectivePatch = resetWeight ? { ...patch, weight: 1 } : patch;
      const columns: Record<(typeof OBJECTIVE_FIELDS)[number], string> = {
        title: 'title',
        description: 'description',
        ownerId: 'owner_id',
        cycleId: 'cycle_id',
        parentId: 'parent_id',
        alignment: 'alignment',
        weight: 'weight',
        rollup: 'rollup',
        visibility: 'visibility',
      };
      const changes: Revision['changes'] = [];
      for (const field of OBJECTIVE_FIELDS) {
        const value = fields[field];
        if (value === undefined) continue;
        const previous = (row as unknown as Record<string, unknown>)[columns[field]] ?? null;
        if (JSON.stringify(previous) === JSON.stringify(value)) continue;
        this.#sql(`UPDATE objectives SET ${columns[field]} = ? WHERE id = ?`).run(value, id);
        changes.push({ field, from: previous, to: value });
      }
      if (patch.manualStatus !== undefined) {
        const before = row.manual_status ? (JSON.parse(row.manual_status) as ManualStatus) : null;
        const next = patch.manualStatus && {
          status: patch.manualStatus.status,
          note: patch.manualStatus.note.trim(),
          setById: actor.id,
          setByName: actor.name,
          at: this.#stamp(),
        };
        if (before?.status !== next?.status || before?.note !== next?.note) {
          this.#sql('UPDATE objectives SET manual_status = ? WHERE id = ?').run(next ? JSON.stringify(next) : null, id);
          changes.push({
            field: 'manualStatus',
            from: before && { status: before.status, note: before.note },
            to: next && { status: next.status, note: next.note },
          });
        }
      }
      if (changes.length === 0) return { objective: this.getObjective(actor, id), events: [] as StoredEvent[] };
      const next = this.#bumpObjective(id);
      this.#revision(id, 'objective', id, next, 'updated', actor, changes);
      this.#invalidateScores();
      const event = this.#event('objective.updated', id, { objectiveId: id, version: next });
      return { objective: this.getObjective(actor, id), events: [event] };
    })();
  }

  deleteObjective(actor: Person, id: string, version: VersionPrecondition): StoredEvent[] {
    return this.db.transaction(() => {
      const row = this.#editableObjective(actor, id);
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      this.#revision(id, 'objective', id, row.version + 1, 'deleted', actor, [
        { field: 'title', from: row.title, to: null },
      ]);
      this.#sql('DELETE FROM objectives WHERE id = ?').run(id);
      this.#invalidateScores();
      return [this.#event('objective.updated', id, { objectiveId: id, version: row.version + 1, deleted: true })];
    })();
  }

  transition(actor: Person, id: string, action: TransitionAction, comment?: string) {
    return this.db.transaction(() => {
      const row = this.#visibleObjective(actor, id);
      const allowed = this.allowedTransitions(actor, row);
      const rule = TRANSITIONS[action];
      if (!allowed.includes(action)) {
        if (row.state !== rule.from || !this.canEdit(actor, row.owner_id)) {
          if (row.state === rule.from)
            throw forbidden(`Only the owner's managers or an admin may ${action} this objective.`);
          throw new ProblemError(
            409,
            'Illegal transition',
            `An objective that is ${row.state} cannot be ${action === 'return' ? 'returned' : `${action}d`}. ${allowed.length ? `Allowed now: ${allowed.join(', ')}.` : 'You can take no lifecycle action on it now.'}`,
            { allowedTransitions: allowed, state: row.state },
          );
        }
        throw forbidden(`Only the owner's managers or an admin may ${action} this objective.`);
      }
      if (action === 'return' && !comment?.trim()) {
        throw badRequest([{ path: 'comment', message: 'say why the objective goes back to its owner' }]);
      }
      if (action === 'close') {
        const g = grade(this.#objectiveScore(id).progress);
        this.#sql('UPDATE objectives SET state = ?, grade_score = ?, grade_band = ? WHERE id = ?').run(
          rule.to,
          g.score,
          g.band,
          id,
        );
      } else if (action === 'reopen') {
        this.#sql('UPDATE objectives SET state = ?, grade_score = NULL, grade_band = NULL WHERE id = ?').run(
          rule.to,
          id,
        );
      } else {
        this.#sql('UPDATE objectives SET state = ? WHERE id = ?').run(rule.to, id);
      }
      // Whether the objective counts in its parent's roll-up depends on its state.
      this.#invalidateScores();
      const next = this.#bumpObjective(id);
      this.#revision(
        id,
        'objective',
        id,
        next,
        'transition',
        actor,
        [{ field: 'state', from: row.state, to: rule.to }],
        comment,
      );
      if (comment?.trim()) this.#insertComment(actor, id, { kind: 'comment', body: comment.trim() });
      const event = this.#event('objective.updated', id, { objectiveId: id, version: next });
      return { objective: this.getObjective(actor, id), events: [event] };
    })();
  }

  createKeyResult(actor: Person, objectiveId: string, body: KeyResultCreate) {
    return this.db.transaction(() => {
      this.#editableObjective(actor, objectiveId);
      const id = this.#insertKeyResult(actor, objectiveId, body);
      const version = this.#bumpObjective(objectiveId);
      this.#invalidateScores();
      const events = [
        this.#event('key-result.updated', objectiveId, { objectiveId, keyResultId: id, version: 1 }),
        this.#event('objective.updated', objectiveId, { objectiveId, version }),
      ];
      return { keyResult: this.#keyResult(this.#statements.keyResult.get(id) as KeyResultRow), events };
    })();
  }

  /** A key result of an objective the person may see; one the person may not see is answered as missing. */
  #visibleKeyResult(person: Person, id: string): KeyResultRow {
    const row = this.#statements.keyResult.get(id);
    const objective = row && this.#statements.objective.get(row.objective_id);
    if (!row || !objective || !this.canSee(person, objective)) throw notFound(`Key result ${JSON.stringify(id)}`);
    return row;
  }

  #editableKeyResult(actor: Person, id: string): KeyResultRow {
    const row = this.#visibleKeyResult(actor, id);
    this.#editableObjective(actor, row.objective_id);
    return row;
  }

  updateKeyResult(actor: Person, id: string, patch: KeyResultPatch, version: VersionPrecondition) {
    return this.db.transaction(() => {
      const row = this.#editableKeyResult(actor, id);
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      const data = JSON.parse(row.data) as KeyResultData;
      const next: KeyResultData = { ...data };
      const changes: Revision['changes'] = [];
      for (const field of KEY_RESULT_FIELDS) {
        const value = patch[field];
        if (value === undefined) continue;
        if (JSON.stringify(data[field] ?? null) === JSON.stringify(value)) continue;
        changes.push({ field, from: data[field] ?? null, to: value });
        (next as Record<string, unknown>)[field] = value;
      }
      if (changes.length === 0) return { keyResult: this.#keyResult(row), events: [] as StoredEvent[] };
      this.#validateKeyResult(next, '');
      const updated = this.#sql<[string, string, string], { version: number }>(
        'UPDATE key_results SET data = ?, version = version + 1, updated_at = ? WHERE id = ? RETURNING version',
      ).get(JSON.stringify(next), this.#stamp(), id) as { version: number };
      this.#revision(row.objective_id, 'key-result', id, updated.version, 'updated', actor, changes);
      const objectiveVersion = this.#bumpObjective(row.objective_id);
      this.#invalidateScores();
      const events = [
        this.#event('key-result.updated', row.objective_id, {
          objectiveId: row.objective_id,
          keyResultId: id,
          version: updated.version,
        }),
        this.#event('objective.updated', row.objective_id, {
          objectiveId: row.objective_id,
          version: objectiveVersion,
        }),
      ];
      return { keyResult: this.#keyResult(this.#statements.keyResult.get(id) as KeyResultRow), events };
    })();
  }

  deleteKeyResult(actor: Person, id: string, version: VersionPrecondition): StoredEvent[] {
    return this.db.transaction(() => {
      const row = this.#editableKeyResult(actor, id);
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      const data = JSON.parse(row.data) as KeyResultData;
      this.#revision(row.objective_id, 'key-result', id, row.version + 1, 'deleted', actor, [
        { field: 'title', from: data.title, to: null },
      ]);
      this.#sql('DELETE FROM key_results WHERE id = ?').run(id);
      const objectiveVersion = this.#bumpObjective(row.objective_id);
      this.#invalidateScores();
      return [
        this.#event('key-result.updated', row.objective_id, {
          objectiveId: row.objective_id,
          keyResultId: id,
          version: row.version + 1,
          deleted: true,
        }),
        this.#event('objective.updated', row.objective_id, {
          objectiveId: row.objective_id,
          version: objectiveVersion,
        }),
      ];
    })();
  }

  /**
   * Record a check-in. The check-in, the key result's new value and version, the objective's version
   * bump, the revision and the event are one transaction: after a crash, all or nothing is there.
   */
  createCheckIn(actor: Person, keyResultId: string, body: CheckInCreate) {
    return this.db.transaction(() => {
      const row = this.#editableKeyResult(actor, keyResultId);
      const data = JSON.parse(row.data) as KeyResultData;
      const problems: { path: string; message: string }[] = [];
      let value: number | boolean | null = null;
      let milestones: boolean[] | null = null;
      if (data.type === 'milestones') {
        const count = data.milestones?.length ?? 0;
        if (body.milestones !== undefined && body.milestones.length !== count) {
          problems.push({ path: 'milestones', message: `must list ${count} done flags, one per milestone` });
        }
        if (body.value !== undefined)
          problems.push({ path: 'value', message: 'a milestones key result takes `milestones`, not a value' });
        milestones = body.milestones ?? null;
      } else if (data.type === 'boolean') {
        if (body.value === undefined)
          problems.push({ path: 'value', message: 'is required: true when done, false when not' });
        else if (typeof body.value === 'number' && body.value !== 0 && body.value !== 1) {
          problems.push({ path: 'value', message: 'must be true, false, 1 or 0' });
        } else value = body.value === true || body.value === 1;
      } else if (typeof body.value !== 'number') {
        problems.push({
          path: 'value',
          message: `is required: the key result's current ${data.unit ? `value in ${data.unit}` : 'value'}`,
        });
      } else value = body.value;
      if (problems.length > 0) throw badRequest(problems);

      const at = this.#stamp();
      const id = `ci-${randomUUID()}`;
      this.#sql(
        'INSERT INTO check_ins (id, key_result_id, at, value, milestones, confidence, note, author_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        id,
        keyResultId,
        at,
        value === null ? null : JSON.stringify(value),
        milestones ? JSON.stringify(milestones) : null,
        body.confidence ?? null,
        body.note ?? null,
        actor.id,
      );
      let nextData = data;
      if (milestones) {
        nextData = {
          ...data,
          milestones: (data.milestones ?? []).map((m, i) => ({ ...m, done: milestones?.[i] ?? m.done })),
        };
      }
      const previous = jsonOrNull(row.current);
      const updated = this.#sql<[string, string | null, string, string, string], { version: number }>(
        'UPDATE key_results SET data = ?, current = ?, last_check_in_at = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING version',
      ).get(JSON.stringify(nextData), value === null ? row.current : JSON.stringify(value), at, at, keyResultId) as {
        version: number;
      };
      const changes: Revision['changes'] = milestones
        ? [{ field: 'milestones', from: (data.milestones ?? []).map((m) => m.done), to: milestones }]
        : [{ field: 'current', from: previous, to: value }];
      if (body.confidence !== undefined) changes.push({ field: 'confidence', from: null, to: body.confidence });
      this.#revision(
        row.objective_id,
        'key-result',
        keyResultId,
        updated.version,
        'check-in',
        actor,
        changes,
        body.note,
      );
      const objectiveVersion = this.#bumpObjective(row.objective_id);
      // A key result the engine cannot score yet (no target) is not in the scorer: nothing to update.
      if (milestones) this.#invalidateScores();
      else if (this.#scorer && value !== null && toCoreKeyResult(this.#keyResultShape(row)) !== undefined) {
        this.#scorer.applyCheckIn(keyResultId, {
          at: at.slice(0, 10),
          value: typeof value === 'boolean' ? value : value,
          ...(body.confidence === undefined ? {} : { confidence: body.confidence }),
        } as never);
      }
      const events = [
        this.#event('check-in.created', row.objective_id, {
          objectiveId: row.objective_id,
          keyResultId,
          checkInId: id,
          version: updated.version,
        }),
      ];
      const objectiveRow = this.#statements.objective.get(row.objective_id) as ObjectiveRow;
      const checkIn = checkInShape(
        this.#sql<[string], CheckInRow>('SELECT * FROM check_ins WHERE id = ?').get(id) as CheckInRow,
      );
      const objective = this.#objective(actor, objectiveRow);
      const keyResult = objective.keyResults.find((k) => k.id === keyResultId) as KeyResult;
      void objectiveVersion;
      return { result: { checkIn, keyResult, objective }, events };
    })();
  }

  #insertComment(actor: Person, objectiveId: string, body: CommentCreate): string {
    const id = `c-${randomUUID()}`;
    this.#sql(
      'INSERT INTO comments (id, objective_id, kind, body, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, objectiveId, body.kind ?? 'comment', body.body.trim(), actor.id, this.#stamp());
    return id;
  }

  createComment(actor: Person, objectiveId: string, body: CommentCreate) {
    return this.db.transaction(() => {
      this.#visibleObjective(actor, objectiveId);
      const id = this.#insertComment(actor, objectiveId, body);
      const comment = this.comments(actor, objectiveId).find((c) => c.id === id) as Comment;
      return { comment, events: [this.#event('comment.created', objectiveId, { objectiveId, commentId: id })] };
    })();
  }

  /** Events after `lastId`, for a reconnecting SSE client (`Last-Event-ID`). */
  /**
   * Goals proposed and waiting for `person`: those whose nearest approver they are (the owner's manager,
   * or for a team the manager of the unit above), oldest proposal first.
   */
  approvals(person: Person): ApprovalItem[] {
    const directory = this.#directory();
    const proposal = this.#sql<[string], { at: string; actor_id: string }>(
      `SELECT at, actor_id FROM revisions WHERE objective_id = ? AND entity = 'objective' AND action = 'transition'
       AND changes LIKE '%"to":"proposed"%' ORDER BY version DESC LIMIT 1`,
    );
    const items = this.#sql<[], ObjectiveRow>("SELECT * FROM objectives WHERE state = 'proposed' ORDER BY seq")
      .all()
      .filter((row) => [...this.managerChain(row.owner_id)][0] === person.id && this.canSee(person, row))
      .map((row): ApprovalItem => {
        const last = proposal.get(row.id);
        return {
          objective: this.#objective(person, row),
          ownerName: directory.get(row.owner_id)?.name ?? row.owner_id,
          proposedAt: last?.at ?? null,
          ...(last ? { proposedByName: directory.get(last.actor_id)?.name ?? last.actor_id } : {}),
        };
      });
    return items.sort((a, b) => (a.proposedAt ?? '').localeCompare(b.proposedAt ?? ''));
  }

  /**
   * The goals an objective of `owner` in `cycle` may align to, that `person` may see: those of the
   * teams above the owner (`team`), of the owner's manager (`manager`) and of the organisation
   * (`company`); never closed ones, never `exclude` or the goals aligned below it.
   */
  alignmentCandidates(
    person: Person,
    query: { owner: string; cycle: string; exclude?: string; q?: string },
  ): AlignmentCandidate[] {
    const directory = this.#directory();
    const owner = directory.get(query.owner);
    if (!owner)
      throw badRequest([{ path: 'owner', message: `no owner has the id ${JSON.stringify(query.owner)}` }], 400);
    const relation = new Map<string, AlignmentCandidate['relation']>();
    let unit = owner.parent_id ? directory.get(owner.parent_id) : undefined;
    while (unit && !relation.has(unit.id)) {
      relation.set(unit.id, unit.kind === 'org' ? 'company' : 'team');
      unit = unit.parent_id ? directory.get(unit.parent_id) : undefined;
    }
    const manager = [...this.managerChain(owner.id)][0];
    if (manager && !relation.has(manager)) relation.set(manager, 'manager');
    const rows = this.#sql<[string], ObjectiveRow>(
      "SELECT * FROM objectives WHERE cycle_id = ? AND state != 'closed' ORDER BY seq",
    ).all(query.cycle);
    // The objective itself and every goal aligned below it: choosing one would make a loop.
    const below = new Set<string>(query.exclude ? [query.exclude] : []);
    for (let size = -1; below.size > 0 && size !== below.size; ) {
      size = below.size;
      for (const row of rows) if (row.parent_id && below.has(row.parent_id)) below.add(row.id);
    }
    const q = query.q?.trim().toLowerCase() ?? '';
    return rows
      .filter(
        (row) =>
          relation.has(row.owner_id) &&
          !below.has(row.id) &&
          this.canSee(person, row) &&
          (q === '' || row.title.toLowerCase().includes(q)),
      )
      .map((row) => ({
        id: row.id,
        title: row.title,
        ownerId: row.owner_id,
        ownerName: directory.get(row.owner_id)?.name ?? row.owner_id,
        relation: relation.get(row.owner_id) ?? 'other',
      }));
  }

  eventsSince(lastId: number, limit = 500): StoredEvent[] {
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

  /** Whether a person may see an objective now (for live events); a deleted objective's events go to admins and owners' chains. */
  canSeeObjective(person: Person, objectiveId: string): boolean {
    const row = this.#statements.objective.get(objectiveId);
    return row ? this.canSee(person, row) : person.role === 'admin';
  }

  /** The score block of one objective, as of the store's day. */
  objectiveScore(id: string): Score {
    return this.#objectiveScore(id);
  }

  today(): string {
    return this.#today();
  }
}

/**
 * The roll-up rule: a child counts toward its parent's progress only when it is approved (`active`)
 * or `closed`, and when everyone who may see the parent may see the child too: the child is public,
 * or both are private goals of the same owner. So a draft cannot move anyone's score, and a parent's
 * progress is the same for every viewer and never reveals a private goal beneath it.
 */
export function countsInParent(
  child: Pick<ObjectiveRow, 'state' | 'visibility' | 'owner_id'>,
  parent: Pick<ObjectiveRow, 'visibility' | 'owner_id'> | undefined,
): boolean {
  if (!parent || (child.state !== 'active' && child.state !== 'closed')) return false;
  return child.visibility === 'public' || (parent.visibility === 'private' && parent.owner_id === child.owner_id);
}

function coreCheckIn(row: CheckInRow) {
  return {
    at: row.at.slice(0, 10),
    value: jsonOrNull(row.value) as number | boolean | null,
    confidence: row.confidence,
  };
}

function checkInShape(row: CheckInRow): CheckIn {
  return {
    id: row.id,
    keyResultId: row.key_result_id,
    at: row.at,
    value: jsonOrNull(row.value) as number | boolean | null,
    ...(row.milestones ? { milestones: JSON.parse(row.milestones) as boolean[] } : {}),
    confidence: row.confidence,
    note: row.note,
    authorId: row.author_id,
  };
}

export { isoDateOfDay };
