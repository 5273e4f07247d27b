import type { Person, Revision } from '@goalkit/client';
import type { Connector } from '@goalkit/core';
import { Access, type OwnerRow } from '../access.js';
import type { SqlEngine } from '../db/engine.js';
import { Guards } from './guards.js';
import { Repository } from './repository.js';
import { isoSeconds, randomId, type StoredEvent } from './rows.js';
import { Scores } from './scores.js';
import { ViewCaches, Views } from './views.js';
import { enqueueDeliveries } from './webhookQueue.js';

/** The clock the store reads. */
export interface StoreOptions {
  /** The clock: check-ins are stamped with it and scores computed as of its UTC day. @default the system clock */
  now?: () => Date;
  /**
   * The connectors key results may pull from, by id: a key result's `source` names one, and its `config`
   * is checked with the connector's schema when saved. @default none (no key result may pull)
   */
  connectors?: readonly Connector[];
}

/** What every context of one store shares: the caches, the directory and the clock. */
class Shared {
  readonly now: () => Date;
  readonly scores: Scores;
  readonly caches = new ViewCaches();
  /** Ids of the live events this process wrote or has taken in from other writers (see `GoalStore.syncWithOtherWriters`). */
  readonly knownEvents = new Set<number>();
  /** The owners as last read (the access rules read them from here); undefined until first read. */
  directory: OwnerRow[] | undefined;
  /**
   * The directory is to be read again at the start of the next request. Requests already running keep
   * the one they started with: taking it from under them failed them (a 500 in a burst of check-ins).
   */
  directoryStale = false;
  readonly access: Access;
  readonly connectors: ReadonlyMap<string, Connector>;

  constructor(options: StoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.connectors = new Map((options.connectors ?? []).map((c) => [c.id, c]));
    this.scores = new Scores(() => this.now().toISOString().slice(0, 10));
    this.access = new Access(() => {
      if (!this.directory) throw new Error('The directory is read at the start of each request (StoreContext.ready).');
      return this.directory;
    });
  }
}

/**
 * What every part of the store works with: the repository (SQL), the access rules, the scores, the
 * guards and views, and the clock; plus the two records every write leaves (a revision, a live event).
 * A context works either outside any transaction or inside one ({@link StoreContext.transaction}), where
 * everything it reads and writes goes through the transaction.
 */
export class StoreContext {
  readonly repository: Repository;
  readonly guards: Guards;
  readonly views: Views;
  readonly #shared: Shared;
  /** The key results this context (one attempt at a transaction) checked in on in the shared scorer. */
  readonly #checkInsApplied: string[] = [];

  constructor(engine: SqlEngine, options: StoreOptions = {}, shared?: Shared, repository?: Repository) {
    this.#shared = shared ?? new Shared(options);
    this.repository = repository ?? new Repository(engine);
    this.guards = new Guards(this.repository, this.access);
    this.views = new Views(this.repository, this.access, this.scores, this.guards, this.#shared.caches);
  }

  /** Who is who (owners and their managers), and who may see, edit and approve what. */
  get access(): Access {
    return this.#shared.access;
  }

  get scores(): Scores {
    return this.#shared.scores;
  }

  /** The connectors key results may pull from, by id. */
  get connectors(): ReadonlyMap<string, Connector> {
    return this.#shared.connectors;
  }

  /** Ids of the live events this process wrote or took in from other writers. */
  get knownEvents(): Set<number> {
    return this.#shared.knownEvents;
  }

  /** Read the directory if it is not (the start of every request). */
  async ready(): Promise<void> {
    const shared = this.#shared;
    if (!shared.directory || shared.directoryStale) {
      shared.directoryStale = false;
      shared.directory = await this.repository.owners();
      shared.access.reload();
    }
  }

  /**
   * Events another writer committed (never this process's own): a check-in moves one key result's score
   * in place and a comment changes only cached replies; anything else (a goal's definition, its key
   * results, a state) builds every score again, with the directory.
   */
  async absorb(events: readonly { type: string; data: Record<string, unknown> }[]): Promise<void> {
    const keyResults = new Set<string>();
    for (const event of events) {
      if (event.type === 'check-in.created' && typeof event.data.keyResultId === 'string')
        keyResults.add(event.data.keyResultId);
      else if (event.type !== 'comment.created') return this.reloadDirectory();
    }
    // Cached replies go now; replies built while the scores move are not kept (see Scores.reloadCheckIns).
    this.scores.touch();
    for (const id of keyResults) await this.scores.reloadCheckIns(this.repository, id);
  }

  /** Read the owners again before the next request (a sync from the HR system, a reseed), and every score. */
  reloadDirectory(): void {
    this.#shared.directoryStale = true;
    this.#shared.scores.invalidate();
  }

  /** `fn` in one transaction, with a context on it; inside one already, `fn` joins it. */
  async transaction<T>(fn: (tx: StoreContext) => Promise<T>): Promise<T> {
    if (this.repository.inTransaction) return fn(this);
    // Build the scorer outside the transaction: built inside, it reads every table, and on PostgreSQL a
    // serializable transaction that read everything conflicts with every other write.
    await this.scores.warm(this.repository);
    // A check-in updates the shared scorer in place before its transaction commits. An attempt the engine
    // runs again (a deadlock broken), or a transaction that fails, may have left it wrong: build it anew.
    const attempts: StoreContext[] = [];
    try {
      return await this.repository.transaction((repository) => {
        if (attempts.at(-1)?.appliedCheckIn) this.scores.invalidate();
        const attempt = new StoreContext(repository.engine, {}, this.#shared, repository);
        attempts.push(attempt);
        return fn(attempt);
      });
    } catch (error) {
      if (attempts.at(-1)?.appliedCheckIn) this.scores.invalidate();
      throw error;
    } finally {
      // Committed or not, these check-ins are no longer under way (see Scores.reloadCheckIns).
      for (const attempt of attempts) this.scores.settle(attempt.#checkInsApplied);
    }
  }

  /** This context (one attempt at a transaction) changed the shared scorer before committing. */
  get appliedCheckIn(): boolean {
    return this.#checkInsApplied.length > 0;
  }

  /** Update the key result's score in place after a check-in of a value (see {@link Scores.applyCheckIn}). */
  applyCheckIn(keyResultId: string, checkIn: { at: string; value: number | boolean; confidence?: number }): void {
    this.#checkInsApplied.push(keyResultId);
    this.scores.applyCheckIn(this.repository, keyResultId, checkIn);
  }

  /** Now, by the store's clock. */
  now(): Date {
    return this.#shared.now();
  }

  /** The store's UTC day. */
  today(): string {
    return this.#shared.now().toISOString().slice(0, 10);
  }

  /** Now, to the second, as the API writes instants. */
  stamp(): string {
    return isoSeconds(this.#shared.now());
  }

  /**
   * Record a live event (published by the HTTP layer once the transaction commits), and queue its webhook
   * deliveries with it.
   */
  async event(type: StoredEvent['type'], objectiveId: string, data: Record<string, unknown>): Promise<StoredEvent> {
    this.scores.touch();
    const at = this.stamp();
    const id = await this.repository.insertEvent(type, objectiveId, data, at);
    this.#shared.knownEvents.add(id);
    const event: StoredEvent = { id, type, objectiveId, data };
    await enqueueDeliveries(this.repository, this.access, event, at, this.#shared.now().getTime());
    return event;
  }

  /** Record a revision of an objective or one of its key results. */
  async revision(
    objectiveId: string,
    entity: Revision['entity'],
    entityId: string,
    version: number,
    action: Revision['action'],
    actor: Person,
    changes: Revision['changes'],
    comment?: string,
  ): Promise<void> {
    await this.repository.insertRevision({
      id: randomId(''),
      objectiveId,
      entity,
      entityId,
      version,
      action,
      actorId: actor.id,
      at: this.stamp(),
      comment: comment ?? null,
      changes,
    });
  }
}
