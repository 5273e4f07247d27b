import type {
  AlignmentCandidate,
  ApprovalItem,
  CadencePolicy,
  CadencePolicySet,
  CheckIn,
  CheckInCreate,
  Comment,
  CommentCreate,
  Cycle,
  Digest,
  DueCheckIn,
  Duplicate,
  ImportRequest,
  KeyResultCreate,
  KeyResultPatch,
  KeyResultValuePut,
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
  Webhook,
  WebhookCreate,
  WebhookCreated,
  WebhookDelivery,
  WebhookRotate,
} from '@goalkit/client';
import type { Connector, Notifier, RhythmNotification } from '@goalkit/core';
import { Competencies } from './competencies/competencies.js';
import { Meetings } from './conversations/meetings.js';
import { Reviews } from './conversations/reviews.js';
import type { SqlEngine } from './db/engine.js';
import { analyticsFor } from './store/analytics.js';
import { alignmentCandidates, approvalsFor } from './store/approvals.js';
import { StoreContext, type StoreOptions } from './store/context.js';
import { importGoals } from './store/imports.js';
import { dueSyncs, type PullOutcome, recordSync, type SyncTarget, syncTarget } from './store/keyResultSync.js';
import {
  commentsOn,
  createCheckIn,
  createComment,
  createKeyResult,
  deleteKeyResult,
  putKeyResultValue,
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
import {
  cadencePolicies,
  deleteCadencePolicy,
  digestOf,
  dueCheckIns,
  type RhythmTick,
  rhythmTick,
  setCadencePolicy,
} from './store/rhythm.js';
import { checkInShape, type StoredEvent, type VersionPrecondition } from './store/rows.js';
import { alignmentTree } from './store/tree.js';
import type { ListQuery } from './store/views.js';
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  rotateWebhookSecret,
  webhookDeliveries,
} from './store/webhooks.js';
import type { TokenScope } from './tokens.js';

export type { StoredEvent, StoreOptions, VersionPrecondition };

/** How far behind the newest event this process still recognises the events it knows (minutes of writes). */
const KNOWN_EVENTS_KEPT = 10_000;

/**
 * Everything the reference server knows, over the storage interface (SQLite on a file for the server,
 * in memory for Storybook). Every write is one transaction that also records the revision and the live
 * event; every score comes from the core engine. The jobs live in `store/`: SQL in the repository, the
 * rules in `access.ts` and the guards, scores, views (shapes and the JSON cache), the tree, the
 * linter's report, and the writes of objectives and of key results.
 */
export class GoalStore {
  readonly engine: SqlEngine;
  readonly #ctx: StoreContext;
  /** Other writers' events being taken in, in turn (see {@link GoalStore.syncWithOtherWriters}). */
  #absorbing: Promise<void> = Promise.resolve();
  /** The engine's change counter when last looked at (see {@link GoalStore.syncWithOtherWriters}). */
  #changes: number | undefined;

  /** 1:1s: series, meetings, talking points, action items (issue 25). */
  readonly meetings: Meetings;
  /** Review cycles, reviews and calibration (issue 25). */
  readonly reviews: Reviews;
  /** Competency frameworks, placements, assessments, gaps (issue 26). */
  readonly competencies: Competencies;

  constructor(engine: SqlEngine, options: StoreOptions = {}, ctx?: StoreContext) {
    this.engine = engine;
    this.#ctx = ctx ?? new StoreContext(engine, options);
    this.meetings = new Meetings(this.#ctx);
    this.reviews = new Reviews(this.#ctx);
    this.competencies = new Competencies(this.#ctx);
  }

  /**
   * Get ready for a request: forget everything cached when another connection (a second server process
   * on the same database, a script) has committed since the last look, and read the directory if it is
   * not. The app calls this once per request. Live events written by another process reach only its own
   * subscribers.
   */
  async syncWithOtherWriters(): Promise<void> {
    const since = this.#changes;
    let changes: number;
    if (this.engine.dialect === 'postgres' && since !== undefined) {
      // The counter is the newest event's id: one read of the events after the last look gives both the
      // counter and what another writer did.
      const events = await this.#ctx.repository.eventsAfter(since);
      changes = events.at(-1)?.id ?? since;
      await this.#absorb(events);
    } else {
      changes = await this.#ctx.repository.changeCounter();
      if (since !== undefined && changes > since) this.reloadDirectory();
    }
    // Requests look concurrently: one that read the counter earlier must not move it back.
    if (since === undefined || changes > (this.#changes ?? 0)) this.#changes = changes;
    await this.#ctx.ready();
  }

  /**
   * An event heard from the database (every instance's, in commit order). One that committed after this
   * process last looked, with an id below the newest it saw (transactions commit out of id order), is
   * caught here rather than by the counter.
   */
  heard(event: { id: number; type: string; data: Record<string, unknown> }): Promise<void> {
    return this.#absorb([event]);
  }

  /**
   * What other writers did, each event once: this process's own writes left its caches right already,
   * and an event seen both by the counter and by the listener is taken the first time. Requests look
   * concurrently and transactions commit out of id order, so known ids are kept until far behind the
   * newest (ids of rolled-back attempts with them).
   */
  async #absorb(events: readonly { id: number; type: string; data: Record<string, unknown> }[]): Promise<void> {
    const known = this.#ctx.knownEvents;
    const news = events.filter((event) => !known.has(event.id));
    for (const event of news) known.add(event.id);
    const newest = events.at(-1)?.id;
    if (newest !== undefined) for (const id of known) if (id < newest - KNOWN_EVENTS_KEPT) known.delete(id);
    // One after another, and every request waits for what is under way: a reply must not be built from
    // a score another writer's committed check-in has yet to move.
    // Should reading fail (a lost connection), every score is built again instead.
    if (news.length > 0)
      this.#absorbing = this.#absorbing.then(() => this.#ctx.absorb(news)).catch(() => this.reloadDirectory());
    await this.#absorbing;
  }

  /** Read the owners again after the directory changed (a sync from the HR system, a reseed). */
  reloadDirectory(): void {
    this.#ctx.reloadDirectory();
  }

  /**
   * `fn` in one transaction, with a store on it: every write of `fn` commits with the others or none
   * does (the HTTP layer stores an idempotent reply with its write this way).
   */
  transaction<T>(fn: (store: GoalStore) => Promise<T>): Promise<T> {
    return this.#ctx.transaction((tx) => fn(new GoalStore(this.engine, {}, tx)));
  }

  /** The people who manage an owner: a person's manager and theirs, or a team's manager and up. */
  async managerChain(ownerId: string): Promise<Set<string>> {
    await this.#ctx.ready();
    return this.#ctx.access.managerChain(ownerId);
  }

  // ---- reads ------------------------------------------------------------------------------------

  async cycles(): Promise<Cycle[]> {
    return (await this.#ctx.repository.cycles()).map((c) => ({
      id: c.id,
      name: c.name,
      start: c.start,
      end: c.end,
      closed: c.closed === 1,
    }));
  }

  async owners(kind?: string, q?: string): Promise<Owner[]> {
    return (await this.#ctx.repository.ownersMatching(kind, q)).map((o) => ({
      id: o.id,
      kind: o.kind,
      name: o.name,
      parentId: o.parent_id,
      managerId: o.manager_id,
    }));
  }

  /** Every owner's cadence policy. */
  async cadencePolicies(): Promise<CadencePolicy[]> {
    return cadencePolicies(this.#ctx);
  }

  /** Set an owner's cadence policy (see `store/rhythm.ts`). */
  async setCadencePolicy(actor: Person, ownerId: string, body: CadencePolicySet): Promise<CadencePolicy> {
    return setCadencePolicy(this.#ctx, actor, ownerId, body);
  }

  async deleteCadencePolicy(actor: Person, ownerId: string): Promise<void> {
    return deleteCadencePolicy(this.#ctx, actor, ownerId);
  }

  /** The check-ins a person owes now, of goals the viewer may see. */
  async dueCheckIns(viewer: Person, personId?: string): Promise<{ asOf: string; items: DueCheckIn[] }> {
    return dueCheckIns(this.#ctx, viewer, personId);
  }

  /** What changed in an owner's goals over some days, of the goals the viewer may see. */
  async digest(viewer: Person, query: { owner?: string; from?: string; to?: string }): Promise<Digest> {
    return digestOf(this.#ctx, viewer, query);
  }

  /** A new secret for a webhook (in this reply only); the previous one signs beside it for the overlap. */
  async rotateWebhookSecret(viewer: Person, id: string, body: WebhookRotate): Promise<WebhookCreated> {
    return rotateWebhookSecret(this.#ctx, viewer, id, body);
  }

  /** A webhook of the caller's; its secret is in this reply only. */
  async createWebhook(actor: Person, body: WebhookCreate): Promise<WebhookCreated> {
    return createWebhook(this.#ctx, actor, body);
  }

  /** The caller's webhooks (every one, for an admin), without secrets. */
  async webhooks(viewer: Person): Promise<Webhook[]> {
    return listWebhooks(this.#ctx, viewer);
  }

  async deleteWebhook(viewer: Person, id: string): Promise<void> {
    return deleteWebhook(this.#ctx, viewer, id);
  }

  /** A webhook's deliveries, newest first (its owner and admins). */
  async webhookDeliveries(viewer: Person, id: string): Promise<WebhookDelivery[]> {
    return webhookDeliveries(this.#ctx, viewer, id);
  }

  /**
   * One look of the rhythm's scheduler: reminders and digests due now, queued for webhooks and handed to
   * the notifiers, each once (see `rhythmScheduler.ts`).
   */
  async rhythmTick(
    notifiers: readonly Notifier[],
    onError?: (error: unknown, notification: RhythmNotification, notifier: Notifier) => void,
  ): Promise<RhythmTick> {
    return rhythmTick(this.#ctx, notifiers, onError);
  }

  /** What the delivery loop reads and writes (see `webhookDelivery.ts`). */
  get deliveryQueue() {
    const repository = this.#ctx.repository;
    return {
      due: (now: number, limit: number) => repository.dueDeliveries(now, limit),
      claim: (id: string, now: number, until: number) => repository.claimDelivery(id, now, until),
      settle: (id: string, outcome: Parameters<typeof repository.settleDelivery>[1]) =>
        repository.settleDelivery(id, outcome),
    };
  }

  async person(id: string): Promise<Person | undefined> {
    const row = await this.#ctx.repository.person(id);
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

  /** Every person with their name and role (for the demo's sign-in list). */
  people(): Promise<{ id: string; name: string; role: string }[]> {
    return this.#ctx.repository.people();
  }

  async listObjectives(person: Person, query: ListQuery): Promise<{ items: Objective[]; nextCursor: string | null }> {
    await this.#ctx.ready();
    const { rows, nextCursor } = await this.#ctx.views.listRows(person, query);
    const items: Objective[] = [];
    for (const row of rows) items.push(await this.getObjective(person, row.id));
    return { items, nextCursor };
  }

  /** The same page as {@link listObjectives}, serialised, from the per-objective JSON cache. */
  async listObjectivesJson(person: Person, query: ListQuery): Promise<string> {
    await this.#ctx.ready();
    const { rows, nextCursor } = await this.#ctx.views.listRows(person, query);
    const day = this.#ctx.today();
    const items: string[] = [];
    for (const row of rows) items.push(await this.#ctx.views.objectiveJson(person, row, day));
    return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  }

  /** One objective serialised, with its version for the ETag. */
  async getObjectiveJson(person: Person, id: string): Promise<{ json: string; version: number }> {
    await this.#ctx.ready();
    const row = await this.#ctx.guards.visibleObjective(person, id);
    return { json: await this.#ctx.views.objectiveJson(person, row, this.#ctx.today(), row), version: row.version };
  }

  async getObjective(person: Person, id: string): Promise<Objective> {
    await this.#ctx.ready();
    return this.#ctx.views.objective(person, await this.#ctx.guards.visibleObjective(person, id));
  }

  async checkIns(person: Person, keyResultId: string): Promise<CheckIn[]> {
    await this.#ctx.ready();
    await this.#ctx.guards.visibleKeyResult(person, keyResultId);
    return (await this.#ctx.repository.checkInsOf(keyResultId)).map(checkInShape);
  }

  /** The objective of a key result the person may see; one they may not see is answered as missing (404). */
  async objectiveOfKeyResult(person: Person, keyResultId: string): Promise<Objective> {
    await this.#ctx.ready();
    const row = await this.#ctx.guards.visibleKeyResult(person, keyResultId);
    return this.getObjective(person, row.objective_id);
  }

  async comments(person: Person, objectiveId: string): Promise<Comment[]> {
    await this.#ctx.ready();
    return commentsOn(this.#ctx, person, objectiveId);
  }

  async history(person: Person, objectiveId: string): Promise<Revision[]> {
    await this.#ctx.ready();
    const { guards, repository } = this.#ctx;
    await guards.visibleObjective(person, objectiveId);
    const hideParent = async (id: unknown) => (typeof id === 'string' ? guards.visibleParentId(person, id) : id);
    const revisions: Revision[] = [];
    for (const r of await repository.revisionsOf(objectiveId)) {
      const changes: Revision['changes'] = [];
      for (const change of JSON.parse(r.changes) as Revision['changes'])
        changes.push(
          change.field === 'parentId'
            ? { ...change, from: await hideParent(change.from), to: await hideParent(change.to) }
            : change,
        );
      revisions.push({
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        actorName: r.name ?? r.actor_id,
        entity: r.entity,
        entityId: r.entity_id,
        version: r.version,
        action: r.action,
        comment: r.comment,
        changes,
      });
    }
    return revisions;
  }

  async tree(person: Person, query: { cycle?: string; root?: string; depth?: number }): Promise<TreeNode[]> {
    await this.#ctx.ready();
    return alignmentTree(this.#ctx, person, query);
  }

  /** The linter's report on one objective, in the context of the goals the person may see. */
  async lint(person: Person, objectiveId: string, locale: string | undefined): Promise<LintReport> {
    await this.#ctx.ready();
    return lintReport(this.#ctx, person, objectiveId, locale);
  }

  /** Goals proposed and waiting for `person` to approve or return, oldest proposal first. */
  async approvals(person: Person): Promise<ApprovalItem[]> {
    await this.#ctx.ready();
    return approvalsFor(this.#ctx, person);
  }

  /** The goals an objective of `owner` in `cycle` may align to, that `person` may see. */
  async alignmentCandidates(
    person: Person,
    query: { owner: string; cycle: string; exclude?: string; q?: string },
  ): Promise<AlignmentCandidate[]> {
    await this.#ctx.ready();
    return alignmentCandidates(this.#ctx, person, query);
  }

  /** Events after `lastId`, for a reconnecting SSE client (`Last-Event-ID`). */
  eventsSince(lastId: number, limit = 500): Promise<StoredEvent[]> {
    return this.#ctx.repository.eventsSince(lastId, limit);
  }

  /** Whether a person may see an objective now (for live events); a deleted objective's events go to admins. */
  async canSeeObjective(person: Person, objectiveId: string): Promise<boolean> {
    return (await this.visibilityOf(objectiveId))(person);
  }

  /** Who may see an objective (a deleted one: admins only), read once for many people (the live streams). */
  async visibilityOf(objectiveId: string): Promise<(person: Person) => boolean> {
    await this.#ctx.ready();
    const row = await this.#ctx.repository.objective(objectiveId);
    const access = this.#ctx.access;
    return (person) => (row ? access.canSee(person, row) : person.role === 'admin');
  }

  /** The score block of one objective, as of the store's day. */
  async objectiveScore(id: string): Promise<Score> {
    await this.#ctx.ready();
    return this.#ctx.scores.objective(this.#ctx.repository, id);
  }

  today(): string {
    return this.#ctx.today();
  }

  // ---- writes -----------------------------------------------------------------------------------

  async createObjective(actor: Person, body: ObjectiveCreate) {
    await this.#ctx.ready();
    return createObjective(this.#ctx, actor, body);
  }

  /** Carry an objective into another cycle as a draft (see `duplicateObjective` in `store/objectiveWrites.ts`). */
  async duplicateObjective(actor: Person, id: string, body: Duplicate) {
    await this.#ctx.ready();
    return duplicateObjective(this.#ctx, actor, id, body);
  }

  async updateObjective(actor: Person, id: string, patch: ObjectivePatch, version: VersionPrecondition) {
    await this.#ctx.ready();
    return updateObjective(this.#ctx, actor, id, patch, version);
  }

  async deleteObjective(actor: Person, id: string, version: VersionPrecondition): Promise<StoredEvent[]> {
    await this.#ctx.ready();
    return deleteObjective(this.#ctx, actor, id, version);
  }

  async transition(actor: Person, id: string, action: TransitionAction, comment?: string) {
    await this.#ctx.ready();
    return transitionObjective(this.#ctx, actor, id, action, comment);
  }

  async createKeyResult(actor: Person, objectiveId: string, body: KeyResultCreate) {
    await this.#ctx.ready();
    return createKeyResult(this.#ctx, actor, objectiveId, body);
  }

  async updateKeyResult(actor: Person, id: string, patch: KeyResultPatch, version: VersionPrecondition) {
    await this.#ctx.ready();
    return updateKeyResult(this.#ctx, actor, id, patch, version);
  }

  async deleteKeyResult(actor: Person, id: string, version: VersionPrecondition): Promise<StoredEvent[]> {
    await this.#ctx.ready();
    return deleteKeyResult(this.#ctx, actor, id, version);
  }

  /** Record a check-in: the check-in, the new value and versions, the revision and the event in one transaction. */
  async createCheckIn(actor: Person, keyResultId: string, body: CheckInCreate) {
    await this.#ctx.ready();
    return createCheckIn(this.#ctx, actor, keyResultId, body);
  }

  /** A key result's value on a day, from a system: an idempotent upsert of that day's check-in. */
  async putKeyResultValue(
    actor: Person,
    keyResultId: string,
    date: string,
    body: KeyResultValuePut,
    scope?: TokenScope,
  ) {
    await this.#ctx.ready();
    return putKeyResultValue(this.#ctx, actor, keyResultId, date, body, scope);
  }

  /** The pull a key result is set up for ("sync now" by `actor`, who must be allowed to edit it; the schedule without). */
  async syncTarget(actor: Person | undefined, keyResultId: string): Promise<SyncTarget> {
    await this.#ctx.ready();
    return syncTarget(this.#ctx, actor, keyResultId);
  }

  /** Record what a pull brought (or why it failed); answers the key result as `viewer` sees it when given. */
  async recordSync(viewer: Person | undefined, target: SyncTarget, outcome: PullOutcome) {
    await this.#ctx.ready();
    return recordSync(this.#ctx, viewer, target, outcome);
  }

  /** Program health and calibration for a cycle and scope, over what `actor` may see (aggregates below `k` people hidden). */
  async analytics(actor: Person, query: { cycle: string; owner?: string; metrics?: string }, k = 5) {
    await this.#ctx.ready();
    return analyticsFor(this.#ctx, actor, query, k);
  }

  /** Import a file from another tool (or with `dryRun`, only say what it would do). */
  async importGoals(actor: Person, body: ImportRequest, dryRun: boolean) {
    await this.#ctx.ready();
    return importGoals(this.#ctx, actor, body, dryRun);
  }

  /** The store's clock. */
  now(): Date {
    return this.#ctx.now();
  }

  /** The connectors key results may pull from, by id. */
  get connectors(): ReadonlyMap<string, Connector> {
    return this.#ctx.connectors;
  }

  /** Key results whose scheduled pull is due. */
  async dueSyncs(): Promise<string[]> {
    await this.#ctx.ready();
    return dueSyncs(this.#ctx);
  }

  async createComment(actor: Person, objectiveId: string, body: CommentCreate) {
    await this.#ctx.ready();
    return createComment(this.#ctx, actor, objectiveId, body);
  }

  // ---- idempotency keys -------------------------------------------------------------------------

  /** The repository's idempotency-key statements (claims, replays, stored replies), for the HTTP layer. */
  get idempotencyKeys() {
    const repository = this.#ctx.repository;
    return {
      sweep: (before: number) => repository.sweepIdempotencyKeys(before),
      claim: (personId: string, key: string, fingerprint: string, now: number, lease: number) =>
        repository.claimIdempotencyKey(personId, key, fingerprint, now, lease),
      get: (personId: string, key: string) => repository.idempotencyKey(personId, key),
      save: (personId: string, key: string, reply: { status: number; headers: string; body: string | null }) =>
        repository.saveIdempotentReply(personId, key, reply),
      release: (personId: string, key: string) => repository.releaseIdempotencyKey(personId, key),
    };
  }
}
