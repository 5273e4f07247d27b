import type { Person, Revision } from '@goalkit/client';
import { Access } from '../access.js';
import type { SqlDatabase } from '../db/sql.js';
import { Guards } from './guards.js';
import { Repository } from './repository.js';
import { isoSeconds, randomId, type StoredEvent } from './rows.js';
import { Scores } from './scores.js';
import { Views } from './views.js';

/** The clock the store reads. */
export interface StoreOptions {
  /** The clock: check-ins are stamped with it and scores computed as of its UTC day. @default the system clock */
  now?: () => Date;
}

/**
 * What every part of the store works with: the repository (SQL), the access rules, the scores, the
 * guards and views, and the clock; plus the two records every write leaves (a revision, a live event).
 */
export class StoreContext {
  readonly repository: Repository;
  /** Who is who (owners and their managers), and who may see, edit and approve what. */
  readonly access: Access;
  readonly scores: Scores;
  readonly guards: Guards;
  readonly views: Views;
  readonly #now: () => Date;

  constructor(db: SqlDatabase, options: StoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.repository = new Repository(db);
    this.access = new Access(() => this.repository.owners());
    this.scores = new Scores(this.repository, () => this.today());
    this.guards = new Guards(this.repository, this.access);
    this.views = new Views(this.repository, this.access, this.scores, this.guards);
  }

  /** The store's UTC day. */
  today(): string {
    return this.#now().toISOString().slice(0, 10);
  }

  /** Now, to the second, as the API writes instants. */
  stamp(): string {
    return isoSeconds(this.#now());
  }

  /** Record a live event (published by the HTTP layer once the transaction commits). */
  event(type: StoredEvent['type'], objectiveId: string, data: Record<string, unknown>): StoredEvent {
    this.scores.touch();
    const id = this.repository.insertEvent(type, objectiveId, data, this.stamp());
    return { id, type, objectiveId, data };
  }

  /** Record a revision of an objective or one of its key results. */
  revision(
    objectiveId: string,
    entity: Revision['entity'],
    entityId: string,
    version: number,
    action: Revision['action'],
    actor: Person,
    changes: Revision['changes'],
    comment?: string,
  ): void {
    this.repository.insertRevision({
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
