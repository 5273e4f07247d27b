import type { Person } from '@goalkit/client';
import type { Access } from '../access.js';
import { forbidden, notFound } from '../problems.js';
import type { Repository } from './repository.js';
import type { KeyResultRow, ObjectiveRow } from './rows.js';

/**
 * The rows a person may see or edit, looked up by id: one they may not see is answered exactly as a
 * missing one (404), one they may see but not edit is 403.
 */
export class Guards {
  readonly #repository: Repository;
  readonly #access: Access;

  constructor(repository: Repository, access: Access) {
    this.#repository = repository;
    this.#access = access;
  }

  /** An objective the person may see; `forUpdate` locks it for the write that reads it (see the repository). */
  async visibleObjective(person: Person, id: string, forUpdate = false): Promise<ObjectiveRow> {
    const row = await (forUpdate ? this.#repository.objectiveForUpdate(id) : this.#repository.objective(id));
    if (!row || !this.#access.canSee(person, row)) throw notFound(`Objective ${JSON.stringify(id)}`);
    return row;
  }

  /** `parentId` as `person` may know it: `null` when the parent is hidden from them (or gone). */
  async visibleParentId(person: Person, parentId: string | null): Promise<string | null> {
    if (parentId === null) return null;
    const parent = await this.#repository.objective(parentId);
    return parent && this.#access.canSee(person, parent) ? parentId : null;
  }

  /** An objective the person may edit, locked for the write that reads it. */
  async editableObjective(person: Person, id: string): Promise<ObjectiveRow> {
    const row = await this.visibleObjective(person, id, true);
    if (!this.#access.canEdit(person, row.owner_id)) {
      throw forbidden('Only the owner, their managers and admins may change this objective.');
    }
    return row;
  }

  /** A key result of an objective the person may see; one the person may not see is answered as missing. */
  async visibleKeyResult(person: Person, id: string): Promise<KeyResultRow> {
    const row = await this.#repository.keyResult(id);
    const objective = row && (await this.#repository.objective(row.objective_id));
    if (!row || !objective || !this.#access.canSee(person, objective))
      throw notFound(`Key result ${JSON.stringify(id)}`);
    return row;
  }

  /**
   * A key result the person may edit, with its objective, locked for the write: one statement finds and
   * locks the objective, then the key result is read. Every write of a key result also writes its
   * objective, so holding the objective's lock, this read sees the last committed version.
   */
  async editableKeyResult(actor: Person, id: string): Promise<{ keyResult: KeyResultRow; objective: ObjectiveRow }> {
    const missing = () => notFound(`Key result ${JSON.stringify(id)}`);
    const objective = await this.#repository.objectiveOfKeyResultForUpdate(id);
    if (!objective || !this.#access.canSee(actor, objective)) throw missing();
    if (!this.#access.canEdit(actor, objective.owner_id)) {
      throw forbidden('Only the owner, their managers and admins may change this objective.');
    }
    const keyResult = await this.#repository.keyResult(id);
    if (keyResult?.objective_id !== objective.id) throw missing();
    return { keyResult, objective };
  }
}
