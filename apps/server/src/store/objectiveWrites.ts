import type {
  Duplicate,
  KeyResultCreate,
  ManualStatus,
  Objective,
  ObjectiveCreate,
  ObjectivePatch,
  Person,
  Revision,
  TransitionAction,
} from '@goalkit/client';
import { objectiveTransitions } from '@goalkit/client/contract';
import { grade } from '@goalkit/core/scoring';
import { checkCompetencyIds } from '../competencies/developmentGoals.js';
import { badRequest, forbidden, ProblemError, stale } from '../problems.js';
import type { StoreContext } from './context.js';
import { insertComment, insertKeyResult } from './keyResultWrites.js';
import {
  competencyIdsOf,
  jsonOrNull,
  type KeyResultData,
  matchesVersion,
  OBJECTIVE_FIELDS,
  type ObjectiveRow,
  randomId,
  type StoredEvent,
  type VersionPrecondition,
} from './rows.js';

/** The column of each objective field a write may set. */
const COLUMNS = {
  title: 'title',
  description: 'description',
  ownerId: 'owner_id',
  cycleId: 'cycle_id',
  parentId: 'parent_id',
  alignment: 'alignment',
  weight: 'weight',
  rollup: 'rollup',
  visibility: 'visibility',
  ambition: 'ambition',
  kind: 'kind',
  competencyIds: 'competency_ids',
} as const satisfies Record<(typeof OBJECTIVE_FIELDS)[number], keyof ObjectiveRow>;

const objectiveOf = async (ctx: StoreContext, person: Person, id: string): Promise<Objective> =>
  ctx.views.objective(person, await ctx.guards.visibleObjective(person, id));

/**
 * Owner, cycle and parent must exist; a parent the actor may not see is answered exactly as a
 * missing one. Returns the parent's row when there is one.
 */
async function checkReferences(
  ctx: StoreContext,
  actor: Person,
  fields: { ownerId?: string | undefined; cycleId?: string | undefined; parentId?: string | null | undefined },
  selfId?: string,
): Promise<ObjectiveRow | undefined> {
  let parent: ObjectiveRow | undefined;
  const problems: { path: string; message: string }[] = [];
  if (fields.ownerId !== undefined && !ctx.access.owners().get(fields.ownerId)) {
    problems.push({ path: 'ownerId', message: `no owner has the id ${JSON.stringify(fields.ownerId)}` });
  }
  if (fields.cycleId !== undefined && !(await ctx.repository.cycleExists(fields.cycleId))) {
    problems.push({ path: 'cycleId', message: `no cycle has the id ${JSON.stringify(fields.cycleId)}` });
  }
  if (fields.parentId) {
    parent = await ctx.repository.objective(fields.parentId);
    if (!parent || !ctx.access.canSee(actor, parent)) {
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
        cursor = (await ctx.repository.objective(cursor))?.parent_id ?? null;
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
function checkWeight(ctx: StoreContext, actor: Person, parent: ObjectiveRow | undefined, weight: number | undefined) {
  if (parent && weight !== undefined && weight !== 1 && !ctx.access.canEdit(actor, parent.owner_id)) {
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

export async function createObjective(
  ctx: StoreContext,
  actor: Person,
  body: ObjectiveCreate,
): Promise<{ objective: Objective; events: StoredEvent[] }> {
  return ctx.transaction(async (ctx) => {
    const parent = await checkReferences(ctx, actor, {
      ownerId: body.ownerId,
      cycleId: body.cycleId,
      parentId: body.parentId ?? null,
    });
    if (!ctx.access.canEdit(actor, body.ownerId))
      throw forbidden('You may create objectives for yourself, your teams and your reports only.');
    checkWeight(ctx, actor, parent, body.weight);
    await checkCompetencyIds(ctx, body.competencyIds);
    const id = body.id ?? randomId('o-', 8);
    // The same answer whether or not the caller may see the objective holding the id.
    const taken = () =>
      new ProblemError(
        409,
        'Conflict',
        `The id ${JSON.stringify(id)} is not available: choose another, or leave id out to get one.`,
        { errors: [{ path: 'id', message: 'is not available; choose another id or leave it out' }] },
      );
    if (await ctx.repository.objective(id)) throw taken();
    await ctx.repository
      .insertObjective({
        id,
        title: body.title.trim(),
        description: body.description ?? null,
        ownerId: body.ownerId,
        cycleId: body.cycleId,
        parentId: body.parentId ?? null,
        alignment: body.alignment ?? 'contributes',
        weight: body.weight ?? 1,
        rollup: body.rollup ?? 'key-results',
        // A development goal is about the owner's own growth: private unless said otherwise.
        visibility: body.visibility ?? (body.kind === 'development' ? 'private' : 'public'),
        ambition: body.ambition ?? 'committed',
        kind: body.kind ?? 'standard',
        competencyIds: body.competencyIds?.length ? JSON.stringify(body.competencyIds) : null,
        at: ctx.stamp(),
      })
      // Another writer took the id between the look and the insert (PostgreSQL: a unique violation).
      .catch((error: unknown) => {
        throw (error as { code?: string }).code === '23505' ? taken() : error;
      });
    const changes = OBJECTIVE_FIELDS.filter((f) => body[f] !== undefined).map((f) => ({
      field: f,
      from: null,
      to: body[f],
    }));
    await ctx.revision(id, 'objective', id, 1, 'created', actor, changes);
    for (const [index, kr] of (body.keyResults ?? []).entries())
      await insertKeyResult(ctx, actor, id, kr, `keyResults[${index}]`);
    ctx.scores.invalidate();
    const event = await ctx.event('objective.updated', id, { objectiveId: id, version: 1 });
    return { objective: await objectiveOf(ctx, actor, id), events: [event] };
  });
}

/**
 * Carry an objective into another cycle: a draft with the same fields and key results (types, targets,
 * weights; no check-ins, no dated phases or due dates, milestones not done), whose start is the value the
 * original reached. It aligns to the carried copy of its parent where there is one in that cycle (else to
 * the same parent if that lies in the cycle); copies of its children carried before it move under it.
 */
export async function duplicateObjective(
  ctx: StoreContext,
  actor: Person,
  id: string,
  body: Duplicate,
): Promise<{ objective: Objective; events: StoredEvent[] }> {
  return ctx.transaction(async (ctx) => {
    const { repository } = ctx;
    const source = await ctx.guards.visibleObjective(actor, id, true);
    if (!ctx.access.canEdit(actor, source.owner_id))
      throw forbidden('Only the owner, their managers and admins may carry this objective over.');
    await checkReferences(ctx, actor, { ownerId: source.owner_id, cycleId: body.cycleId, parentId: null });
    if (body.cycleId === source.cycle_id)
      throw badRequest([{ path: 'cycleId', message: 'is the cycle the objective is in; choose the next one' }]);
    let parentId: string | null = null;
    if (source.parent_id) {
      const parentCopy = await repository.carriedCopy(source.parent_id, body.cycleId);
      const parent = await repository.objective(source.parent_id);
      parentId = parentCopy ?? (parent?.cycle_id === body.cycleId ? parent.id : null);
    }
    const keyResults = (await repository.keyResultsOf(source.id)).map((row): KeyResultCreate => {
      const { targets: _dated, due: _due, ...data } = JSON.parse(row.data) as KeyResultData;
      const reached = jsonOrNull(row.current);
      const moving = data.type === 'increase' || data.type === 'decrease';
      return {
        ...data,
        ...(moving && typeof reached === 'number' ? { start: reached } : {}),
        ...(data.milestones ? { milestones: data.milestones.map((m) => ({ ...m, done: false })) } : {}),
      };
    });
    const { objective, events } = await createObjective(ctx, actor, {
      ...(body.id === undefined ? {} : { id: body.id }),
      title: source.title,
      ...(source.description ? { description: source.description } : {}),
      ownerId: source.owner_id,
      cycleId: body.cycleId,
      ...(parentId ? { parentId } : {}),
      alignment: source.alignment,
      // The weight it carries in its parent is the parent's editors' to set (issue 17).
      ...(parentId && ctx.access.canEdit(actor, (await repository.objective(parentId))?.owner_id ?? '')
        ? { weight: source.weight }
        : {}),
      rollup: source.rollup,
      visibility: source.visibility,
      ambition: source.ambition,
      ...(source.kind === 'development' ? { kind: source.kind } : {}),
      ...(source.competency_ids ? { competencyIds: competencyIdsOf(source) } : {}),
      keyResults,
    });
    await repository.setObjective(objective.id, { carried_from: source.id });
    // Children carried before their parent now align to its copy.
    for (const child of await repository.carriedChildren(source.id, body.cycleId)) {
      await repository.setObjective(child.id, { parent_id: objective.id });
      const next = await repository.bumpObjective(child.id, ctx.stamp());
      await ctx.revision(child.id, 'objective', child.id, next, 'updated', actor, [
        { field: 'parentId', from: child.parent_id, to: objective.id },
      ]);
      events.push(await ctx.event('objective.updated', child.id, { objectiveId: child.id, version: next }));
    }
    ctx.scores.invalidate();
    return { objective: await objectiveOf(ctx, actor, objective.id), events };
  });
}

export async function updateObjective(
  ctx: StoreContext,
  actor: Person,
  id: string,
  patch: ObjectivePatch,
  version: VersionPrecondition,
): Promise<{ objective: Objective; events: StoredEvent[] }> {
  return ctx.transaction(async (ctx) => {
    const { repository, access } = ctx;
    const row = await ctx.guards.visibleObjective(actor, id, true);
    const current = row.parent_id === null ? undefined : await repository.objective(row.parent_id);
    if (!access.canEdit(actor, row.owner_id)) {
      // Those who may edit the parent set the weight this objective carries in it, and nothing else of it.
      const weightOnly =
        patch.manualStatus === undefined &&
        OBJECTIVE_FIELDS.every((field) => (field === 'weight') === (patch[field] !== undefined));
      if (!weightOnly || !current || !access.canEdit(actor, current.owner_id))
        throw forbidden('Only the owner, their managers and admins may change this objective.');
    }
    if (!matchesVersion(version, row.version)) throw stale(row.version);
    if (patch.ownerId !== undefined && !access.canEdit(actor, patch.ownerId)) {
      throw forbidden('You may hand an objective only to yourself, your teams or your reports.');
    }
    const checked = await checkReferences(ctx, actor, { ...patch }, id);
    await checkCompetencyIds(ctx, patch.competencyIds);
    const parent = patch.parentId === undefined ? current : (checked ?? undefined);
    if (patch.weight !== undefined && patch.weight !== row.weight) checkWeight(ctx, actor, parent, patch.weight);
    // Aligned to a new parent by someone who may not edit it, the objective carries the default weight there.
    const resetWeight =
      patch.parentId &&
      patch.parentId !== row.parent_id &&
      patch.weight === undefined &&
      row.weight !== 1 &&
      parent &&
      !access.canEdit(actor, parent.owner_id);
    const fields: ObjectivePatch = resetWeight ? { ...patch, weight: 1 } : patch;
    const changes: Revision['changes'] = [];
    const columns: Partial<Record<keyof ObjectiveRow, unknown>> = {};
    for (const field of OBJECTIVE_FIELDS) {
      const value = fields[field];
      if (value === undefined) continue;
      const previous = field === 'competencyIds' ? competencyIdsOf(row) : (row[COLUMNS[field]] ?? null);
      if (JSON.stringify(previous) === JSON.stringify(value)) continue;
      columns[COLUMNS[field]] =
        field === 'competencyIds' ? ((value as string[]).length ? JSON.stringify(value) : null) : value;
      changes.push({ field, from: previous, to: value });
    }
    if (patch.manualStatus !== undefined) {
      const before = row.manual_status ? (JSON.parse(row.manual_status) as ManualStatus) : null;
      const next = patch.manualStatus && {
        status: patch.manualStatus.status,
        note: patch.manualStatus.note.trim(),
        setById: actor.id,
        setByName: actor.name,
        at: ctx.stamp(),
      };
      if (before?.status !== next?.status || before?.note !== next?.note) {
        columns.manual_status = next ? JSON.stringify(next) : null;
        changes.push({
          field: 'manualStatus',
          from: before && { status: before.status, note: before.note },
          to: next && { status: next.status, note: next.note },
        });
      }
    }
    if (changes.length === 0) return { objective: await objectiveOf(ctx, actor, id), events: [] };
    await repository.setObjective(id, columns);
    const next = await repository.bumpObjective(id, ctx.stamp());
    await ctx.revision(id, 'objective', id, next, 'updated', actor, changes);
    ctx.scores.invalidate();
    const event = await ctx.event('objective.updated', id, { objectiveId: id, version: next });
    return { objective: await objectiveOf(ctx, actor, id), events: [event] };
  });
}

export async function deleteObjective(
  ctx: StoreContext,
  actor: Person,
  id: string,
  version: VersionPrecondition,
): Promise<StoredEvent[]> {
  return ctx.transaction(async (ctx) => {
    const row = await ctx.guards.editableObjective(actor, id);
    if (!matchesVersion(version, row.version)) throw stale(row.version);
    await ctx.revision(id, 'objective', id, row.version + 1, 'deleted', actor, [
      { field: 'title', from: row.title, to: null },
    ]);
    await ctx.repository.deleteObjective(id);
    ctx.scores.invalidate();
    return [await ctx.event('objective.updated', id, { objectiveId: id, version: row.version + 1, deleted: true })];
  });
}

/** Take a lifecycle step (the contract's table of transitions), with the rules on who may take it. */
export async function transitionObjective(
  ctx: StoreContext,
  actor: Person,
  id: string,
  action: TransitionAction,
  comment?: string,
): Promise<{ objective: Objective; events: StoredEvent[] }> {
  return ctx.transaction(async (ctx) => {
    const row = await ctx.guards.visibleObjective(actor, id, true);
    const allowed = ctx.access.allowedTransitions(actor, row);
    const rule = objectiveTransitions[action];
    if (!allowed.includes(action)) {
      if (row.state !== rule.from || !ctx.access.canEdit(actor, row.owner_id)) {
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
      const g = grade((await ctx.scores.objective(ctx.repository, id)).progress);
      await ctx.repository.setObjective(id, { state: rule.to, grade_score: g.score, grade_band: g.band });
    } else if (action === 'reopen') {
      await ctx.repository.setObjective(id, { state: rule.to, grade_score: null, grade_band: null });
    } else {
      await ctx.repository.setObjective(id, { state: rule.to });
    }
    // Whether the objective counts in its parent's roll-up depends on its state.
    ctx.scores.invalidate();
    const next = await ctx.repository.bumpObjective(id, ctx.stamp());
    await ctx.revision(
      id,
      'objective',
      id,
      next,
      'transition',
      actor,
      [{ field: 'state', from: row.state, to: rule.to }],
      comment,
    );
    if (comment?.trim()) await insertComment(ctx, actor, id, { kind: 'comment', body: comment.trim() });
    const event = await ctx.event('objective.updated', id, { objectiveId: id, version: next });
    return { objective: await objectiveOf(ctx, actor, id), events: [event] };
  });
}
