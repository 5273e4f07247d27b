import type {
  AlignmentCandidate,
  ApprovalItem,
  CheckIn,
  CheckInCreate,
  Comment,
  CommentCreate,
  Cycle,
  Duplicate,
  KeyResultCreate,
  KeyResultPatch,
  LintReport,
  Objective,
  ObjectiveCreate,
  ObjectivePatch,
  Owner,
  Person,
  Revision,
  Score,
  TransitionAction,
  TreeNode,
} from '@goalkit/client';
import type { SqlDatabase } from './db/sql.js';
import { alignmentCandidates, approvalsFor } from './store/approvals.js';
import { StoreContext, type StoreOptions } from './store/context.js';
import {
  commentsOn,
  createCheckIn,
  createComment,
  createKeyResult,
  deleteKeyResult,
  updateKeyResult,
} from './store/keyResultWrites.js';
import { lintReport } from './store/lintReport.js';
import {
  createObjective,
  deleteObjective,
  duplicateObjective,
  transitionObjective,
  updateObjective,
} from './store/objectiveWrites.js';
import { checkInShape, type ObjectiveRow, type StoredEvent, type VersionPrecondition } from './store/rows.js';
import { alignmentTree } from './store/tree.js';
import type { ListQuery } from './store/views.js';

export type { StoredEvent, StoreOptions, VersionPrecondition };

/**
 * Everything the reference server knows, over the storage interface (SQLite on a file for the server,
 * in memory for Storybook). Every write is one transaction that also records the revision and the live
 * event; every score comes from the core engine. The jobs live in `store/`: SQL in the repository, the
 * rules in `access.ts` and the guards, scores, views (shapes and the JSON cache), the tree, the
 * linter's report, and the writes of objectives and of key results.
 */
export class GoalStore {
  readonly db: SqlDatabase;
  readonly #ctx: StoreContext;
  /** The database's `data_version` when last looked at (see {@link GoalStore.syncWithOtherWriters}). */
  #dataVersion: number | undefined;

  constructor(db: SqlDatabase, options: StoreOptions = {}) {
    this.db = db;
    this.#ctx = new StoreContext(db, options);
  }

  /**
   * Forget everything cached when another connection (a second server process on the same file, a
   * script) has committed since the last look: SQLite's `data_version` changes only then. The app calls
   * this once per request; it costs one pragma. Live events written by the other process reach only its
   * own subscribers.
   */
  syncWithOtherWriters(): void {
    const version = this.#ctx.repository.dataVersion();
    if (this.#dataVersion !== undefined && version !== this.#dataVersion) this.reloadDirectory();
    this.#dataVersion = version;
  }

  /** Read the owners again after the directory changed (a sync from the HR system, a reseed). */
  reloadDirectory(): void {
    this.#ctx.access.reload();
    this.#ctx.scores.invalidate();
  }

  /** The people who manage an owner: a person's manager and theirs, or a team's manager and up. */
  managerChain(ownerId: string): Set<string> {
    return this.#ctx.access.managerChain(ownerId);
  }

  canSee(person: Person, row: Pick<ObjectiveRow, 'visibility' | 'owner_id'>): boolean {
    return this.#ctx.access.canSee(person, row);
  }

  canEdit(person: Person, ownerId: string): boolean {
    return this.#ctx.access.canEdit(person, ownerId);
  }

  allowedTransitions(person: Person, row: Pick<ObjectiveRow, 'state' | 'owner_id'>): TransitionAction[] {
    return this.#ctx.access.allowedTransitions(person, row);
  }

  // ---- reads ------------------------------------------------------------------------------------

  cycles(): Cycle[] {
    return this.#ctx.repository
      .cycles()
      .map((c) => ({ id: c.id, name: c.name, start: c.start, end: c.end, closed: c.closed === 1 }));
  }

  owners(kind?: string, q?: string): Owner[] {
    return this.#ctx.repository
      .ownersMatching(kind, q)
      .map((o) => ({ id: o.id, kind: o.kind, name: o.name, parentId: o.parent_id, managerId: o.manager_id }));
  }

  person(id: string): Person | undefined {
    const row = this.#ctx.repository.person(id);
    return row
      ? {
          id: row.id,
          name: row.name,
          ...(row.email ? { email: row.email } : {}),
          role: row.role,
          teamId: row.parent_id,
          managerId: row.manager_id,
        }
      : undefined;
  }

  listObjectives(person: Person, query: ListQuery): { items: Objective[]; nextCursor: string | null } {
    const { rows, nextCursor } = this.#ctx.views.listRows(person, query);
    return { items: rows.map((row) => this.getObjective(person, row.id)), nextCursor };
  }

  /** The same page as {@link listObjectives}, serialised, from the per-objective JSON cache. */
  listObjectivesJson(person: Person, query: ListQuery): string {
    const { rows, nextCursor } = this.#ctx.views.listRows(person, query);
    const day = this.#ctx.today();
    return `{"items":[${rows.map((row) => this.#ctx.views.objectiveJson(person, row, day)).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  }

  /** One objective serialised, with its version for the ETag. */
  getObjectiveJson(person: Person, id: string): { json: string; version: number } {
    const row = this.#ctx.guards.visibleObjective(person, id);
    return { json: this.#ctx.views.objectiveJson(person, row, this.#ctx.today(), row), version: row.version };
  }

  getObjective(person: Person, id: string): Objective {
    return this.#ctx.views.objective(person, this.#ctx.guards.visibleObjective(person, id));
  }

  checkIns(person: Person, keyResultId: string): CheckIn[] {
    this.#ctx.guards.visibleKeyResult(person, keyResultId);
    return this.#ctx.repository.checkInsOf(keyResultId).map(checkInShape);
  }

  comments(person: Person, objectiveId: string): Comment[] {
    return commentsOn(this.#ctx, person, objectiveId);
  }

  history(person: Person, objectiveId: string): Revision[] {
    const { guards, repository } = this.#ctx;
    guards.visibleObjective(person, objectiveId);
    const hideParent = (id: unknown) => (typeof id === 'string' ? guards.visibleParentId(person, id) : id);
    return repository.revisionsOf(objectiveId).map((r) => ({
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
        change.field === 'parentId' ? { ...change, from: hideParent(change.from), to: hideParent(change.to) } : change,
      ),
    }));
  }

  tree(person: Person, query: { cycle?: string; root?: string; depth?: number }): TreeNode[] {
    return alignmentTree(this.#ctx, person, query);
  }

  /** The linter's report on one objective, in the context of the goals the person may see. */
  lint(person: Person, objectiveId: string, locale: string | undefined): LintReport {
    return lintReport(this.#ctx, person, objectiveId, locale);
  }

  /** Goals proposed and waiting for `person` to approve or return, oldest proposal first. */
  approvals(person: Person): ApprovalItem[] {
    return approvalsFor(this.#ctx, person);
  }

  /** The goals an objective of `owner` in `cycle` may align to, that `person` may see. */
  alignmentCandidates(
    person: Person,
    query: { owner: string; cycle: string; exclude?: string; q?: string },
  ): AlignmentCandidate[] {
    return alignmentCandidates(this.#ctx, person, query);
  }

  /** Events after `lastId`, for a reconnecting SSE client (`Last-Event-ID`). */
  eventsSince(lastId: number, limit = 500): StoredEvent[] {
    return this.#ctx.repository.eventsSince(lastId, limit);
  }

  /** Whether a person may see an objective now (for live events); a deleted objective's events go to admins. */
  canSeeObjective(person: Person, objectiveId: string): boolean {
    const row = this.#ctx.repository.objective(objectiveId);
    return row ? this.#ctx.access.canSee(person, row) : person.role === 'admin';
  }

  /** The score block of one objective, as of the store's day. */
  objectiveScore(id: string): Score {
    return this.#ctx.scores.objective(id);
  }

  today(): string {
    return this.#ctx.today();
  }

  // ---- writes -----------------------------------------------------------------------------------

  createObjective(actor: Person, body: ObjectiveCreate) {
    return createObjective(this.#ctx, actor, body);
  }

  /** Carry an objective into another cycle as a draft (see `duplicateObjective` in `store/objectiveWrites.ts`). */
  duplicateObjective(actor: Person, id: string, body: Duplicate) {
    return duplicateObjective(this.#ctx, actor, id, body);
  }

  updateObjective(actor: Person, id: string, patch: ObjectivePatch, version: VersionPrecondition) {
    return updateObjective(this.#ctx, actor, id, patch, version);
  }

  deleteObjective(actor: Person, id: string, version: VersionPrecondition): StoredEvent[] {
    return deleteObjective(this.#ctx, actor, id, version);
  }

  transition(actor: Person, id: string, action: TransitionAction, comment?: string) {
    return transitionObjective(this.#ctx, actor, id, action, comment);
  }

  createKeyResult(actor: Person, objectiveId: string, body: KeyResultCreate) {
    return createKeyResult(this.#ctx, actor, objectiveId, body);
  }

  updateKeyResult(actor: Person, id: string, patch: KeyResultPatch, version: VersionPrecondition) {
    return updateKeyResult(this.#ctx, actor, id, patch, version);
  }

  deleteKeyResult(actor: Person, id: string, version: VersionPrecondition): StoredEvent[] {
    return deleteKeyResult(this.#ctx, actor, id, version);
  }

  /** Record a check-in: the check-in, the new value and versions, the revision and the event in one transaction. */
  createCheckIn(actor: Person, keyResultId: string, body: CheckInCreate) {
    return createCheckIn(this.#ctx, actor, keyResultId, body);
  }

  createComment(actor: Person, objectiveId: string, body: CommentCreate) {
    return createComment(this.#ctx, actor, objectiveId, body);
  }
}
