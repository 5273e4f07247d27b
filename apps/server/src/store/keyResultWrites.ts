import type {
  CheckInCreate,
  Comment,
  CommentCreate,
  KeyResult,
  KeyResultCreate,
  KeyResultPatch,
  Person,
  Revision,
} from '@goalkit/client';
import { toCoreKeyResult } from '@goalkit/core';
import { badRequest, stale } from '../problems.js';
import type { StoreContext } from './context.js';
import {
  checkInShape,
  jsonOrNull,
  KEY_RESULT_FIELDS,
  type KeyResultData,
  keyResultShape,
  matchesVersion,
  randomId,
  type StoredEvent,
  type VersionPrecondition,
} from './rows.js';

/** The rules a key result's definition keeps whatever wrote it; `path` leads to it in the request. */
export function validateKeyResult(data: KeyResultData, path: string): void {
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

/** Insert a key result with its revision (inside the caller's transaction); answers its id. */
export function insertKeyResult(
  ctx: StoreContext,
  actor: Person,
  objectiveId: string,
  body: KeyResultCreate,
  path = '',
): string {
  const { id: requested, ...rest } = body;
  const data = rest as KeyResultData;
  validateKeyResult(data, path);
  const id = requested ?? randomId('kr-', 8);
  // The same answer whether or not the caller may see the key result holding the id.
  if (ctx.repository.keyResult(id)) {
    throw badRequest([
      { path: path ? `${path}.id` : 'id', message: 'is not available; choose another id or leave it out' },
    ]);
  }
  ctx.repository.insertKeyResult(id, objectiveId, JSON.stringify(data), ctx.stamp());
  const changes = KEY_RESULT_FIELDS.filter((f) => data[f] !== undefined).map((f) => ({
    field: f,
    from: null,
    to: data[f],
  }));
  ctx.revision(objectiveId, 'key-result', id, 1, 'created', actor, changes);
  return id;
}

/** Insert a comment (inside the caller's transaction); answers its id. */
export function insertComment(ctx: StoreContext, actor: Person, objectiveId: string, body: CommentCreate): string {
  const id = randomId('c-');
  ctx.repository.insertComment(id, objectiveId, body.kind ?? 'comment', body.body.trim(), actor.id, ctx.stamp());
  return id;
}

/** The two events a change to a key result sends: its own and its objective's new version. */
function keyResultEvents(
  ctx: StoreContext,
  objectiveId: string,
  keyResultId: string,
  version: number,
  objectiveVersion: number,
  deleted?: boolean,
): StoredEvent[] {
  return [
    ctx.event('key-result.updated', objectiveId, {
      objectiveId,
      keyResultId,
      version,
      ...(deleted ? { deleted: true } : {}),
    }),
    ctx.event('objective.updated', objectiveId, { objectiveId, version: objectiveVersion }),
  ];
}

export function createKeyResult(ctx: StoreContext, actor: Person, objectiveId: string, body: KeyResultCreate) {
  return ctx.repository.transaction(() => {
    ctx.guards.editableObjective(actor, objectiveId);
    const id = insertKeyResult(ctx, actor, objectiveId, body);
    const version = ctx.repository.bumpObjective(objectiveId, ctx.stamp());
    ctx.scores.invalidate();
    const events = keyResultEvents(ctx, objectiveId, id, 1, version);
    return {
      keyResult: ctx.views.keyResult(
        ctx.repository.keyResult(id) as NonNullable<ReturnType<typeof ctx.repository.keyResult>>,
      ),
      events,
    };
  });
}

export function updateKeyResult(
  ctx: StoreContext,
  actor: Person,
  id: string,
  patch: KeyResultPatch,
  version: VersionPrecondition,
) {
  return ctx.repository.transaction(() => {
    const row = ctx.guards.editableKeyResult(actor, id);
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
    if (changes.length === 0) return { keyResult: ctx.views.keyResult(row), events: [] as StoredEvent[] };
    validateKeyResult(next, '');
    const updated = ctx.repository.setKeyResultData(id, JSON.stringify(next), ctx.stamp());
    ctx.revision(row.objective_id, 'key-result', id, updated, 'updated', actor, changes);
    const objectiveVersion = ctx.repository.bumpObjective(row.objective_id, ctx.stamp());
    ctx.scores.invalidate();
    const events = keyResultEvents(ctx, row.objective_id, id, updated, objectiveVersion);
    return { keyResult: ctx.views.keyResult(ctx.repository.keyResult(id) ?? row), events };
  });
}

export function deleteKeyResult(
  ctx: StoreContext,
  actor: Person,
  id: string,
  version: VersionPrecondition,
): StoredEvent[] {
  return ctx.repository.transaction(() => {
    const row = ctx.guards.editableKeyResult(actor, id);
    if (!matchesVersion(version, row.version)) throw stale(row.version);
    const data = JSON.parse(row.data) as KeyResultData;
    ctx.revision(row.objective_id, 'key-result', id, row.version + 1, 'deleted', actor, [
      { field: 'title', from: data.title, to: null },
    ]);
    ctx.repository.deleteKeyResult(id);
    const objectiveVersion = ctx.repository.bumpObjective(row.objective_id, ctx.stamp());
    ctx.scores.invalidate();
    return keyResultEvents(ctx, row.objective_id, id, row.version + 1, objectiveVersion, true);
  });
}

/**
 * Record a check-in. The check-in, the key result's new value and version, the objective's version
 * bump, the revision and the event are one transaction: after a crash, all or nothing is there.
 */
export function createCheckIn(ctx: StoreContext, actor: Person, keyResultId: string, body: CheckInCreate) {
  return ctx.repository.transaction(() => {
    const row = ctx.guards.editableKeyResult(actor, keyResultId);
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

    const at = ctx.stamp();
    const id = randomId('ci-');
    ctx.repository.insertCheckIn({
      id,
      key_result_id: keyResultId,
      at,
      value: value === null ? null : JSON.stringify(value),
      milestones: milestones ? JSON.stringify(milestones) : null,
      confidence: body.confidence ?? null,
      note: body.note ?? null,
      author_id: actor.id,
    });
    let nextData = data;
    if (milestones) {
      nextData = {
        ...data,
        milestones: (data.milestones ?? []).map((m, i) => ({ ...m, done: milestones?.[i] ?? m.done })),
      };
    }
    const previous = jsonOrNull(row.current);
    const updated = ctx.repository.setKeyResultValue(
      keyResultId,
      JSON.stringify(nextData),
      value === null ? row.current : JSON.stringify(value),
      at,
    );
    const changes: Revision['changes'] = milestones
      ? [{ field: 'milestones', from: (data.milestones ?? []).map((m) => m.done), to: milestones }]
      : [{ field: 'current', from: previous, to: value }];
    if (body.confidence !== undefined) changes.push({ field: 'confidence', from: null, to: body.confidence });
    ctx.revision(row.objective_id, 'key-result', keyResultId, updated, 'check-in', actor, changes, body.note);
    ctx.repository.bumpObjective(row.objective_id, ctx.stamp());
    // A key result the engine cannot score yet (no target) is not in the scorer: nothing to update.
    if (milestones) ctx.scores.invalidate();
    else if (value !== null && toCoreKeyResult(keyResultShape(row)) !== undefined) {
      ctx.scores.applyCheckIn(keyResultId, {
        at: at.slice(0, 10),
        value,
        ...(body.confidence === undefined ? {} : { confidence: body.confidence }),
      });
    }
    const events = [
      ctx.event('check-in.created', row.objective_id, {
        objectiveId: row.objective_id,
        keyResultId,
        checkInId: id,
        version: updated,
      }),
    ];
    const checkIn = checkInShape(ctx.repository.checkIn(id) as NonNullable<ReturnType<typeof ctx.repository.checkIn>>);
    const objective = ctx.views.objective(actor, ctx.guards.visibleObjective(actor, row.objective_id));
    const keyResult = objective.keyResults.find((k) => k.id === keyResultId) as KeyResult;
    return { result: { checkIn, keyResult, objective }, events };
  });
}

/** Comments on an objective the person may see, oldest first. */
export function commentsOn(ctx: StoreContext, person: Person, objectiveId: string): Comment[] {
  ctx.guards.visibleObjective(person, objectiveId);
  return ctx.repository.commentsOf(objectiveId).map((c) => ({
    id: c.id,
    objectiveId: c.objective_id,
    kind: c.kind,
    body: c.body,
    authorId: c.author_id,
    authorName: c.name,
    createdAt: c.created_at,
  }));
}

export function createComment(ctx: StoreContext, actor: Person, objectiveId: string, body: CommentCreate) {
  return ctx.repository.transaction(() => {
    ctx.guards.visibleObjective(actor, objectiveId);
    const id = insertComment(ctx, actor, objectiveId, body);
    const comment = commentsOn(ctx, actor, objectiveId).find((c) => c.id === id) as Comment;
    return { comment, events: [ctx.event('comment.created', objectiveId, { objectiveId, commentId: id })] };
  });
}
