import type { CheckIn, Comment, Cycle, KeyResultCreate, Objective, Owner, Person, Revision } from '@goalkit/client';
import type { SqlDatabase } from '../db/sql.js';

/** A key result as a fixture writes it: its definition, where it stands, and its check-ins. */
export type KeyResultFixture = KeyResultCreate & {
  id: string;
  current?: number | boolean | null;
  checkIns?: (Pick<CheckIn, 'at'> &
    Partial<Pick<CheckIn, 'id' | 'value' | 'milestones' | 'confidence' | 'note' | 'authorId'>>)[];
};

/** A small organisation written out by hand (Storybook's, a test's), for {@link seedFixture}. */
export interface OrganisationFixture {
  cycles: (Omit<Cycle, 'closed'> & { closed?: boolean })[];
  owners: (Pick<Owner, 'id' | 'kind' | 'name'> & { parentId?: string | null; managerId?: string | null })[];
  people: (Pick<Person, 'id' | 'role'> & { email?: string })[];
  objectives: (Pick<Objective, 'id' | 'title' | 'ownerId' | 'cycleId'> &
    Partial<
      Pick<
        Objective,
        | 'parentId'
        | 'description'
        | 'alignment'
        | 'weight'
        | 'rollup'
        | 'visibility'
        | 'state'
        | 'version'
        | 'createdAt'
        | 'updatedAt'
      >
    > & { keyResults?: KeyResultFixture[] })[];
  comments?: Pick<Comment, 'id' | 'objectiveId' | 'kind' | 'body' | 'authorId' | 'createdAt'>[];
  /** Revisions beyond none (a proposal's, say), as the history shows them. */
  revisions?: (Omit<Revision, 'actorName' | 'comment'> & { objectiveId: string; comment?: string | null })[];
}

const CREATED = '2026-01-02T08:00:00Z';

/**
 * Write a fixture organisation into an empty database, in one transaction. Scores are not stored: the
 * store computes them. A key result's version is one more than its check-ins, as if each had been written
 * through the API.
 */
export function seedFixture(db: SqlDatabase, fixture: OrganisationFixture): void {
  db.transaction(() => {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    for (const c of fixture.cycles)
      run(
        'INSERT INTO cycles (id, name, start, "end", closed) VALUES (?, ?, ?, ?, ?)',
        c.id,
        c.name,
        c.start,
        c.end,
        c.closed ? 1 : 0,
      );
    // Owners and objectives first without their links, which may point at rows later in the lists.
    for (const o of fixture.owners) run('INSERT INTO owners (id, kind, name) VALUES (?, ?, ?)', o.id, o.kind, o.name);
    for (const o of fixture.owners)
      run(
        'UPDATE owners SET parent_id = ?, manager_id = ? WHERE id = ?',
        o.parentId ?? null,
        o.managerId ?? null,
        o.id,
      );
    for (const p of fixture.people)
      run('INSERT INTO people (id, email, role) VALUES (?, ?, ?)', p.id, p.email ?? null, p.role);
    for (const o of fixture.objectives) {
      run(
        `INSERT INTO objectives (id, title, description, owner_id, cycle_id, alignment, weight, rollup, visibility, state, version, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        o.id,
        o.title,
        o.description ?? null,
        o.ownerId,
        o.cycleId,
        o.alignment ?? 'contributes',
        o.weight ?? 1,
        o.rollup ?? 'key-results',
        o.visibility ?? 'public',
        o.state ?? 'active',
        o.version ?? 1,
        o.createdAt ?? CREATED,
        o.updatedAt ?? o.createdAt ?? CREATED,
      );
      for (const kr of o.keyResults ?? []) {
        const { id, current = null, checkIns = [], ...data } = kr;
        const last = checkIns.at(-1)?.at ?? null;
        run(
          'INSERT INTO key_results (id, objective_id, data, current, version, last_check_in_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          id,
          o.id,
          JSON.stringify(data),
          current === null ? null : JSON.stringify(current),
          checkIns.length + 1,
          last,
          last ?? o.createdAt ?? CREATED,
        );
        for (const [index, c] of checkIns.entries())
          run(
            'INSERT INTO check_ins (id, key_result_id, at, value, milestones, confidence, note, author_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            c.id ?? `${id}-c${index + 1}`,
            id,
            c.at,
            c.value === undefined || c.value === null ? null : JSON.stringify(c.value),
            c.milestones ? JSON.stringify(c.milestones) : null,
            c.confidence ?? null,
            c.note ?? null,
            c.authorId ?? o.ownerId,
          );
      }
    }
    for (const o of fixture.objectives)
      if (o.parentId) run('UPDATE objectives SET parent_id = ? WHERE id = ?', o.parentId, o.id);
    for (const c of fixture.comments ?? [])
      run(
        'INSERT INTO comments (id, objective_id, kind, body, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        c.id,
        c.objectiveId,
        c.kind,
        c.body,
        c.authorId,
        c.createdAt,
      );
    for (const r of fixture.revisions ?? [])
      run(
        'INSERT INTO revisions (id, objective_id, entity, entity_id, version, action, actor_id, at, comment, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        r.id,
        r.objectiveId,
        r.entity,
        r.entityId,
        r.version,
        r.action,
        r.actorId,
        r.at,
        r.comment ?? null,
        JSON.stringify(r.changes),
      );
  })();
}
