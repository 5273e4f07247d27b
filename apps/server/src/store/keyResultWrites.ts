import type {
  CheckInCreate,
  Comment,
  CommentCreate,
  KeyResult,
  KeyResultCreate,
  KeyResultPatch,
  KeyResultValuePut,
  Person,
  Revision,
} from '@goalkit/client';
import { toCoreKeyResult } from '@goalkit/core';
import { dayNumber } from '@goalkit/core/scoring';
import { badRequest, notFound, stale } from '../problems.js';
import type { TokenScope } from '../tokens.js';
import type { StoreContext } from './context.js';
import {
  type CheckInRow,
  checkInShape,
  jsonOrNull,
  KEY_RESULT_FIELDS,
  type KeyResultData,
  type KeyResultRow,
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

/** A key result's source as a person wrote it: without what the server keeps on it (the last sync, who set it up). */
export function sourceAsWritten(source: KeyResultData['source']): unknown {
  if (!source) return source ?? null;
  const {
    lastSync: _lastSync,
    configuredById: _by,
    ...written
  } = source as typeof source & {
    lastSync?: unknown;
    configuredById?: unknown;
  };
  return written;
}

/**
 * Check a key result's `source` against the connectors this server has, and carry over what the server
 * keeps on it: the last sync while the connector and its settings stay the same, and who set up the pull
 * (its check-ins are written in their name). Answers the source to store. 422s name `source.<field>`.
 */
function checkSource(
  ctx: StoreContext,
  data: KeyResultData,
  previous: KeyResultData['source'] | undefined,
  actor: Person,
  path: string,
): KeyResultData['source'] {
  const source = data.source;
  if (!source) return source;
  const at = (field: string) => (path ? `${path}.source.${field}` : `source.${field}`);
  if (source.mode !== 'manual' && data.type === 'milestones')
    throw badRequest([
      { path: at('mode'), message: 'a milestones key result takes check-ins of its milestones, not values' },
    ]);
  let config = source.config;
  if (source.mode === 'pull') {
    const connector = source.connector ? ctx.connectors.get(source.connector) : undefined;
    if (!source.connector) throw badRequest([{ path: at('connector'), message: 'is needed to pull values' }]);
    if (!connector) {
      const known = [...ctx.connectors.keys()];
      throw badRequest([
        {
          path: at('connector'),
          message: `is not a connector of this server (${known.length ? `it has ${known.join(', ')}` : 'it has none'})`,
        },
      ]);
    }
    const parsed = connector.configSchema.safeParse(source.config ?? {});
    if (!parsed.success)
      throw badRequest(
        parsed.error.issues.map((issue) => ({
          path: [at('config'), ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      );
    config = parsed.data as Record<string, unknown>;
  }
  const kept = previous as (typeof source & { lastSync?: unknown; configuredById?: string }) | null | undefined;
  const same =
    kept?.mode === source.mode &&
    kept?.connector === source.connector &&
    JSON.stringify(kept?.config ?? null) === JSON.stringify(config ?? null);
  return {
    ...source,
    ...(config == null ? {} : { config }),
    ...(same && kept?.lastSync ? { lastSync: kept.lastSync } : {}),
    ...(source.mode === 'pull'
      ? { configuredById: same && kept?.configuredById ? kept.configuredById : actor.id }
      : {}),
  } as KeyResultData['source'];
}

/**
 * A key result's `checkInResponsibleId` names a person who may see its goal: else a 422 at `path`. (A
 * private goal's reminders would go to someone who cannot read it.)
 */
async function checkResponsible(
  ctx: StoreContext,
  objectiveId: string,
  personId: string | null | undefined,
  path: string,
): Promise<void> {
  if (personId == null) return;
  const at = path ? `${path}.checkInResponsibleId` : 'checkInResponsibleId';
  await ctx.ready();
  const person = await ctx.repository.person(personId);
  if (!person) throw badRequest([{ path: at, message: `is not a person (${JSON.stringify(personId)})` }]);
  const objective = await ctx.repository.objective(objectiveId);
  const viewer = { id: person.id, name: person.name, role: person.role, teamId: person.parent_id } as Person;
  if (objective && !ctx.access.canSee(viewer, objective))
    throw badRequest([{ path: at, message: `${person.name} may not see this goal, so cannot owe its check-ins` }]);
}

/** Insert a key result with its revision (inside the caller's transaction); answers its id. */
export async function insertKeyResult(
  ctx: StoreContext,
  actor: Person,
  objectiveId: string,
  body: KeyResultCreate,
  path = '',
): Promise<string> {
  const { id: requested, ...rest } = body;
  const data = rest as KeyResultData;
  validateKeyResult(data, path);
  if (data.source) data.source = checkSource(ctx, data, undefined, actor, path);
  await checkResponsible(ctx, objectiveId, data.checkInResponsibleId, path);
  const id = requested ?? randomId('kr-', 8);
  // The same answer whether or not the caller may see the key result holding the id.
  if (await ctx.repository.keyResult(id)) {
    throw badRequest([
      { path: path ? `${path}.id` : 'id', message: 'is not available; choose another id or leave it out' },
    ]);
  }
  await ctx.repository.insertKeyResult(id, objectiveId, JSON.stringify(data), ctx.stamp());
  const changes = KEY_RESULT_FIELDS.filter((f) => data[f] !== undefined).map((f) => ({
    field: f,
    from: null,
    to: data[f],
  }));
  await ctx.revision(objectiveId, 'key-result', id, 1, 'created', actor, changes);
  return id;
}

/** Insert a comment (inside the caller's transaction); answers its id. */
export async function insertComment(
  ctx: StoreContext,
  actor: Person,
  objectiveId: string,
  body: CommentCreate,
): Promise<string> {
  const id = randomId('c-');
  await ctx.repository.insertComment(id, objectiveId, body.kind ?? 'comment', body.body.trim(), actor.id, ctx.stamp());
  return id;
}

/** The two events a change to a key result sends: its own and its objective's new version. */
async function keyResultEvents(
  ctx: StoreContext,
  objectiveId: string,
  keyResultId: string,
  version: number,
  objectiveVersion: number,
  deleted?: boolean,
): Promise<StoredEvent[]> {
  return [
    await ctx.event('key-result.updated', objectiveId, {
      objectiveId,
      keyResultId,
      version,
      ...(deleted ? { deleted: true } : {}),
    }),
    await ctx.event('objective.updated', objectiveId, { objectiveId, version: objectiveVersion }),
  ];
}

export async function createKeyResult(ctx: StoreContext, actor: Person, objectiveId: string, body: KeyResultCreate) {
  return ctx.transaction(async (ctx) => {
    await ctx.guards.editableObjective(actor, objectiveId);
    const id = await insertKeyResult(ctx, actor, objectiveId, body);
    const version = await ctx.repository.bumpObjective(objectiveId, ctx.stamp());
    ctx.scores.invalidate();
    const events = await keyResultEvents(ctx, objectiveId, id, 1, version);
    return {
      keyResult: await ctx.views.keyResult((await ctx.repository.keyResult(id)) as KeyResultRow),
      events,
    };
  });
}

export async function updateKeyResult(
  ctx: StoreContext,
  actor: Person,
  id: string,
  patch: KeyResultPatch,
  version: VersionPrecondition,
) {
  return ctx.transaction(async (ctx) => {
    const { keyResult: row } = await ctx.guards.editableKeyResult(actor, id);
    if (!matchesVersion(version, row.version)) throw stale(row.version);
    const data = JSON.parse(row.data) as KeyResultData;
    const next: KeyResultData = { ...data };
    const changes: Revision['changes'] = [];
    for (const field of KEY_RESULT_FIELDS) {
      const value = patch[field];
      if (value === undefined) continue;
      const was = field === 'source' ? sourceAsWritten(data.source) : (data[field] ?? null);
      if (JSON.stringify(was) === JSON.stringify(value)) continue;
      changes.push({ field, from: was, to: value });
      (next as Record<string, unknown>)[field] = value;
    }
    if (changes.length === 0) return { keyResult: await ctx.views.keyResult(row), events: [] as StoredEvent[] };
    validateKeyResult(next, '');
    if (next.source && (patch.source !== undefined || patch.type !== undefined))
      next.source = checkSource(ctx, next, data.source, actor, '');
    if (patch.checkInResponsibleId !== undefined)
      await checkResponsible(ctx, row.objective_id, patch.checkInResponsibleId, '');
    const updated = await ctx.repository.setKeyResultData(id, JSON.stringify(next), ctx.stamp());
    await ctx.revision(row.objective_id, 'key-result', id, updated, 'updated', actor, changes);
    const objectiveVersion = await ctx.repository.bumpObjective(row.objective_id, ctx.stamp());
    ctx.scores.invalidate();
    const events = await keyResultEvents(ctx, row.objective_id, id, updated, objectiveVersion);
    return { keyResult: await ctx.views.keyResult((await ctx.repository.keyResult(id)) ?? row), events };
  });
}

export async function deleteKeyResult(
  ctx: StoreContext,
  actor: Person,
  id: string,
  version: VersionPrecondition,
): Promise<StoredEvent[]> {
  return ctx.transaction(async (ctx) => {
    const { keyResult: row } = await ctx.guards.editableKeyResult(actor, id);
    if (!matchesVersion(version, row.version)) throw stale(row.version);
    const data = JSON.parse(row.data) as KeyResultData;
    await ctx.revision(row.objective_id, 'key-result', id, row.version + 1, 'deleted', actor, [
      { field: 'title', from: data.title, to: null },
    ]);
    await ctx.repository.deleteKeyResult(id);
    const objectiveVersion = await ctx.repository.bumpObjective(row.objective_id, ctx.stamp());
    ctx.scores.invalidate();
    return await keyResultEvents(ctx, row.objective_id, id, row.version + 1, objectiveVersion, true);
  });
}

/**
 * Record a check-in. The check-in, the key result's new value and version, the objective's version
 * bump, the revision and the event are one transaction: after a crash, all or nothing is there.
 */
export async function createCheckIn(ctx: StoreContext, actor: Person, keyResultId: string, body: CheckInCreate) {
  return ctx.transaction(async (ctx) => {
    const { keyResult: row, objective: objectiveRow } = await ctx.guards.editableKeyResult(actor, keyResultId);
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
    const stored = await ctx.repository.insertCheckIn({
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
    const updated = await ctx.repository.setKeyResultValue(
      keyResultId,
      JSON.stringify(nextData),
      value === null ? row.current : JSON.stringify(value),
      at,
    );
    const changes: Revision['changes'] = milestones
      ? [{ field: 'milestones', from: (data.milestones ?? []).map((m) => m.done), to: milestones }]
      : [{ field: 'current', from: previous, to: value }];
    if (body.confidence !== undefined) changes.push({ field: 'confidence', from: null, to: body.confidence });
    await ctx.revision(row.objective_id, 'key-result', keyResultId, updated, 'check-in', actor, changes, body.note);
    const objectiveVersion = await ctx.repository.bumpObjective(row.objective_id, at);
    // A key result the engine cannot score yet (no target) is not in the scorer: nothing to update.
    if (milestones) ctx.scores.invalidate();
    else if (value !== null && toCoreKeyResult(keyResultShape(row)) !== undefined) {
      ctx.applyCheckIn(keyResultId, {
        at: at.slice(0, 10),
        value,
        ...(body.confidence === undefined ? {} : { confidence: body.confidence }),
      });
    }
    const events = [
      await ctx.event('check-in.created', row.objective_id, {
        objectiveId: row.objective_id,
        keyResultId,
        checkInId: id,
        version: updated,
      }),
    ];
    const checkIn = checkInShape(stored);
    // The objective as locked at the start, with the version and time this write gave it.
    const objective = await ctx.views.objective(actor, {
      ...objectiveRow,
      version: objectiveVersion,
      updated_at: at,
    });
    const keyResult = objective.keyResults.find((k) => k.id === keyResultId) as KeyResult;
    return { result: { checkIn, keyResult, objective }, events };
  });
}

/**
 * A key result's value on a day, from a system (`PUT /key-results/{id}/values/{date}`): one check-in per key
 * result and day with `source: 'api'`, dated that day. The same PUT again changes nothing (no new check-in,
 * no new version); another value replaces that day's. The key result's value is then that of its latest
 * check-in, whatever day was written. Days outside the objective's cycle, or after today, are refused at
 * `date`; milestones take no pushed value; confidence never comes this way (the contract refuses it).
 */
/**
 * Whether a machine token's scope covers a key result: named in it, or of an owner named in it (the
 * objective's owner, or the person who owes the key result's check-ins). Outside it, the key result is
 * answered as not found, so a token cannot learn which other key results exist.
 */
async function inScope(ctx: StoreContext, scope: TokenScope, keyResultId: string): Promise<boolean> {
  if (scope.keyResults.includes(keyResultId)) return true;
  if (scope.owners.length === 0) return false;
  const row = await ctx.repository.keyResult(keyResultId);
  const objective = row && (await ctx.repository.objectiveOfKeyResultForUpdate(keyResultId));
  if (!row || !objective) return false;
  const responsible = (JSON.parse(row.data) as KeyResultData).checkInResponsibleId;
  return scope.owners.includes(objective.owner_id) || (!!responsible && scope.owners.includes(responsible));
}

export async function putKeyResultValue(
  ctx: StoreContext,
  actor: Person,
  keyResultId: string,
  date: string,
  body: KeyResultValuePut,
  scope?: TokenScope,
) {
  if (Number.isNaN(dayNumber(date)))
    throw badRequest([{ path: 'date', message: 'must be a day written YYYY-MM-DD' }], 400);
  return ctx.transaction(async (ctx) => {
    if (scope && !(await inScope(ctx, scope, keyResultId))) throw notFound(`Key result ${JSON.stringify(keyResultId)}`);
    const { keyResult: row, objective: objectiveRow } = await ctx.guards.editableKeyResult(actor, keyResultId);
    const data = JSON.parse(row.data) as KeyResultData;
    let value: number | boolean;
    if (data.type === 'milestones')
      throw badRequest([
        { path: 'value', message: 'a milestones key result takes check-ins of its milestones, not a value' },
      ]);
    if (data.type === 'boolean') {
      if (typeof body.value === 'number' && body.value !== 0 && body.value !== 1)
        throw badRequest([{ path: 'value', message: 'must be true, false, 1 or 0' }]);
      value = body.value === true || body.value === 1;
    } else if (typeof body.value !== 'number') {
      throw badRequest([{ path: 'value', message: 'must be a number for this key result' }]);
    } else value = body.value;
    const cycle = (await ctx.repository.cycles()).find((c) => c.id === objectiveRow.cycle_id);
    if (cycle && !data.allowValuesOutsideCycle && (date < cycle.start || date > cycle.end))
      throw badRequest([
        {
          path: 'date',
          message: `is outside the cycle ${cycle.name} (${cycle.start} to ${cycle.end}); a key result with allowValuesOutsideCycle takes it`,
        },
      ]);
    if (date > ctx.today()) throw badRequest([{ path: 'date', message: `is after today (${ctx.today()})` }]);

    const at = `${date}T00:00:00Z`;
    const stored = JSON.stringify(value);
    const note = body.note ?? null;
    const sourceRef = body.sourceRef ?? null;
    const existing = (await ctx.repository.checkInsOf(keyResultId)).find((c) => c.source === 'api' && c.at === at);
    const reply = async (checkIn: CheckInRow, version: number, objectiveVersion: number, stamp: string) => {
      const objective = await ctx.views.objective(actor, {
        ...objectiveRow,
        version: objectiveVersion,
        updated_at: stamp,
      });
      const keyResult = objective.keyResults.find((k) => k.id === keyResultId) as KeyResult;
      return { checkIn: checkInShape(checkIn), keyResult: { ...keyResult, version }, objective, created: !existing };
    };
    if (existing && existing.value === stored && existing.note === note && (existing.source_ref ?? null) === sourceRef)
      return { result: await reply(existing, row.version, objectiveRow.version, objectiveRow.updated_at), events: [] };

    const checkIn = existing
      ? await ctx.repository.replaceCheckInValue(existing.id, stored, note, sourceRef, actor.id)
      : await ctx.repository.insertCheckIn({
          id: randomId('ci-'),
          key_result_id: keyResultId,
          at,
          value: stored,
          milestones: null,
          confidence: null,
          note,
          author_id: actor.id,
          source: 'api',
          source_ref: sourceRef,
        });
    // The key result's value is its latest check-in's (by day, then as written): a past day's leaves it.
    const latest = (await ctx.repository.checkInsOf(keyResultId)).filter((c) => c.value !== null).at(-1);
    const stamp = ctx.stamp();
    const previous = jsonOrNull(row.current);
    const current = latest?.value ?? row.current;
    const version = await ctx.repository.setKeyResultCurrent(
      keyResultId,
      current,
      latest?.at ?? row.last_check_in_at,
      stamp,
    );
    await ctx.revision(
      row.objective_id,
      'key-result',
      keyResultId,
      version,
      'check-in',
      actor,
      [
        { field: 'current', from: previous, to: jsonOrNull(current) },
        { field: `value on ${date}`, from: existing ? jsonOrNull(existing.value) : null, to: value },
      ],
      note ?? undefined,
    );
    const objectiveVersion = await ctx.repository.bumpObjective(row.objective_id, stamp);
    // A day's value may land before others: the scores are built again rather than moved in place.
    ctx.scores.invalidate();
    const events = [
      await ctx.event('check-in.created', row.objective_id, {
        objectiveId: row.objective_id,
        keyResultId,
        checkInId: checkIn.id,
        version,
      }),
    ];
    return { result: await reply(checkIn, version, objectiveVersion, stamp), events };
  });
}

/** Comments on an objective the person may see, oldest first. */
export async function commentsOn(ctx: StoreContext, person: Person, objectiveId: string): Promise<Comment[]> {
  await ctx.guards.visibleObjective(person, objectiveId);
  return (await ctx.repository.commentsOf(objectiveId)).map((c) => ({
    id: c.id,
    objectiveId: c.objective_id,
    kind: c.kind,
    body: c.body,
    authorId: c.author_id,
    authorName: c.name,
    createdAt: c.created_at,
  }));
}

export async function createComment(ctx: StoreContext, actor: Person, objectiveId: string, body: CommentCreate) {
  return ctx.transaction(async (ctx) => {
    await ctx.guards.visibleObjective(actor, objectiveId);
    const id = await insertComment(ctx, actor, objectiveId, body);
    const comment = (await commentsOn(ctx, actor, objectiveId)).find((c) => c.id === id) as Comment;
    return { comment, events: [await ctx.event('comment.created', objectiveId, { objectiveId, commentId: id })] };
  });
}
