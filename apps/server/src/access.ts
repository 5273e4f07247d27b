import type { Owner, Person, TransitionAction } from '@goalkit/client';
import { objectiveTransitions } from '@goalkit/client/contract';

/** A row of the `owners` table: a person, team, department or the org, with its manager. */
export interface OwnerRow {
  id: string;
  kind: Owner['kind'];
  name: string;
  parent_id: string | null;
  manager_id: string | null;
}

/** What the rules read of an objective. */
interface ObjectiveAccessRow {
  readonly visibility: string;
  readonly owner_id: string;
  readonly state: string;
}

/**
 * Who is who and who may do what: the directory of owners (read once: people and teams change through
 * the HR system's sync, not this API) and the rules on it. Public goals are for everyone; a private goal
 * for its owner, their team, the managers above them and admins. The owner and the managers above edit;
 * the managers above (and admins) approve, return and reopen; the author withdraws their own proposal.
 */
export class Access {
  readonly #load: () => OwnerRow[];
  #owners: Map<string, OwnerRow> | undefined;
  #chains = new Map<string, Set<string>>();

  constructor(load: () => OwnerRow[]) {
    this.#load = load;
  }

  /** Every owner by id. */
  owners(): Map<string, OwnerRow> {
    if (!this.#owners) {
      this.#owners = new Map(this.#load().map((o) => [o.id, o]));
      this.#chains.clear();
    }
    return this.#owners;
  }

  /** Read the owners again after the directory changed (a sync from the HR system, a reseed). */
  reload(): void {
    this.#owners = undefined;
  }

  /** The people who manage an owner: a person's manager and theirs, or a team's manager and up. */
  managerChain(ownerId: string): Set<string> {
    const directory = this.owners();
    const cached = this.#chains.get(ownerId);
    if (cached) return cached;
    const chain = new Set<string>();
    let owner = directory.get(ownerId);
    let next = owner?.manager_id ?? null;
    // A team without its own manager is managed by the managers of the unit above it.
    while (!next && owner?.parent_id && owner.kind !== 'person') {
      owner = directory.get(owner.parent_id);
      next = owner?.manager_id ?? null;
    }
    while (next && !chain.has(next)) {
      chain.add(next);
      next = directory.get(next)?.manager_id ?? null;
    }
    this.#chains.set(ownerId, chain);
    return chain;
  }

  canSee(person: Person, row: Pick<ObjectiveAccessRow, 'visibility' | 'owner_id'>): boolean {
    if (row.visibility === 'public' || person.role === 'admin') return true;
    if (person.id === row.owner_id || person.teamId === row.owner_id) return true;
    return this.managerChain(row.owner_id).has(person.id);
  }

  canEdit(person: Person, ownerId: string): boolean {
    return person.role === 'admin' || person.id === ownerId || this.managerChain(ownerId).has(person.id);
  }

  canApprove(person: Person, ownerId: string): boolean {
    return person.role === 'admin' || this.managerChain(ownerId).has(person.id);
  }

  /** The lifecycle actions `person` may take on an objective in its state (the contract's table). */
  allowedTransitions(person: Person, row: Pick<ObjectiveAccessRow, 'state' | 'owner_id'>): TransitionAction[] {
    const allowed: TransitionAction[] = [];
    for (const [action, { from }] of Object.entries(objectiveTransitions) as [TransitionAction, { from: string }][]) {
      if (row.state !== from) continue;
      const approver = this.canApprove(person, row.owner_id);
      const editor = this.canEdit(person, row.owner_id);
      if (action === 'propose' && editor) allowed.push(action);
      else if ((action === 'approve' || action === 'return' || action === 'reopen') && approver) allowed.push(action);
      else if (action === 'close' && editor) allowed.push(action);
      // The author takes their proposal back; approvers return it instead, with a comment.
      else if (action === 'withdraw' && editor && !this.managerChain(row.owner_id).has(person.id)) allowed.push(action);
    }
    return allowed;
  }
}
