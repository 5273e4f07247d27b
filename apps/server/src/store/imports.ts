import type { ImportRequest, ImportResult, Person } from '@goalkit/client';
import { type Objective as DocumentObjective, GoalkitValidationError } from '@goalkit/core';
import {
  type ImportMap,
  type ImportPlan,
  type ImportRowOutcome,
  parseImport,
  parseImportMap,
  planImport,
  readCsvRows,
  readXlsxRows,
} from '@goalkit/core/import';
import { badRequest } from '../problems.js';
import type { StoreContext } from './context.js';
import { insertKeyResult } from './keyResultWrites.js';
import {
  type CheckInRow,
  KEY_RESULT_FIELDS,
  type KeyResultData,
  type KeyResultRow,
  type ObjectiveRow,
  randomId,
  type StoredEvent,
} from './rows.js';

type DocumentKeyResult = DocumentObjective['keyResults'][number];

/** Largest workbook an XLSX import unpacks to. */
const MAX_UNPACKED = 64 * 1024 * 1024;

const dayOf = (at: string) => at.slice(0, 10);

/** A stored key result in the document format `planImport` compares with (its check-ins by day). */
function documentKeyResult(row: KeyResultRow, checkIns: readonly CheckInRow[]): DocumentKeyResult {
  const data = JSON.parse(row.data) as KeyResultData & Record<string, unknown>;
  const out: Record<string, unknown> = { id: row.id, title: data.title, type: data.type };
  for (const field of ['description', 'start', 'target', 'min', 'max', 'unit', 'weight', 'due', 'scoring'] as const)
    if (data[field] != null) out[field] = data[field];
  if (data.unitKind) out['unit-kind'] = data.unitKind;
  if (data.targets?.length) out.targets = data.targets;
  if (data.milestones)
    out.milestones = data.milestones.map(({ title, done, weight }) => ({
      title,
      done,
      ...(weight === undefined ? {} : { weight }),
    }));
  const current = row.current === null ? null : (JSON.parse(row.current) as number | boolean);
  if (data.type === 'boolean') out.done = current === true || current === 1;
  else if (data.type !== 'milestones' && typeof current === 'number') out.current = current;
  out.checkIns = checkIns
    .filter((c) => data.type === 'milestones' || c.value !== null)
    .map((c) => ({
      at: dayOf(c.at),
      ...(data.type === 'milestones' || c.value === null ? {} : { value: JSON.parse(c.value) as number | boolean }),
      ...(c.confidence === null ? {} : { confidence: c.confidence }),
      ...(c.note === null ? {} : { note: c.note }),
    }));
  return out as unknown as DocumentKeyResult;
}

/** A stored objective in the document format. */
function documentObjective(row: ObjectiveRow, keyResults: DocumentKeyResult[]): DocumentObjective {
  return {
    id: row.id,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    owner: row.owner_id,
    cycle: row.cycle_id,
    ...(row.parent_id ? { parent: row.parent_id } : {}),
    alignment: row.alignment,
    weight: row.weight,
    rollup: row.rollup,
    keyResults,
  } as DocumentObjective;
}

/** A document key result as the server stores its definition, keeping what only the server has (its source, …). */
function keyResultData(kr: DocumentKeyResult, kept: Partial<KeyResultData> = {}): KeyResultData {
  const source = kr as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const field of KEY_RESULT_FIELDS) if (kept[field] !== undefined) data[field] = kept[field];
  for (const field of [
    'title',
    'description',
    'type',
    'start',
    'target',
    'min',
    'max',
    'targets',
    'unit',
    'scoring',
    'weight',
    'due',
  ])
    if (source[field] !== undefined) data[field] = source[field];
  if (source['unit-kind'] !== undefined) data.unitKind = source['unit-kind'];
  if (Array.isArray(source.milestones))
    data.milestones = (source.milestones as { title: string; done?: boolean; weight?: number; due?: string }[]).map(
      (m) => ({
        title: m.title,
        done: m.done ?? false,
        ...(m.weight === undefined ? {} : { weight: m.weight }),
        ...(m.due === undefined ? {} : { due: m.due }),
      }),
    );
  return data as KeyResultData;
}

/** The value a document key result says it has now (`current`, or `done`), or undefined. */
function currentOf(kr: DocumentKeyResult): number | boolean | undefined {
  const r = kr as unknown as { current?: number; done?: boolean; type: string };
  if (r.type === 'boolean') return r.done;
  return r.type === 'milestones' ? undefined : r.current;
}

function readRows(body: ImportRequest): string[][] {
  if (body.encoding === 'base64') {
    const bytes = Buffer.from(body.content, 'base64');
    const read = readXlsxRows(bytes, MAX_UNPACKED);
    if (!read.ok) throw badRequest([{ path: 'content', message: read.reason }]);
    return read.rows;
  }
  return readCsvRows(body.content);
}

function readMap(map: unknown): ImportMap | undefined {
  if (map === undefined) return undefined;
  try {
    return parseImportMap(map);
  } catch (error) {
    if (error instanceof GoalkitValidationError)
      throw badRequest(error.problems.map((p) => ({ path: p.path ? `map.${p.path}` : 'map', message: p.message })));
    throw error;
  }
}

/** Leave planned objectives out (with their check-ins), turning their rows into rejections with the reason. */
function leaveOut(plan: ImportPlan, reasons: ReadonlyMap<string, string>): ImportPlan {
  if (reasons.size === 0) return plan;
  const keyResultsOut = new Map<string, string>();
  for (const planned of plan.objectives) {
    const reason = reasons.get(planned.objective.id);
    if (reason) for (const kr of planned.objective.keyResults) keyResultsOut.set(kr.id, reason);
  }
  const rows: ImportRowOutcome[] = plan.rows.map((outcome) => {
    const reason =
      outcome.id === undefined
        ? undefined
        : outcome.kind === 'objective'
          ? reasons.get(outcome.id)
          : keyResultsOut.get(outcome.id);
    if (!reason || outcome.action === 'rejected') return outcome;
    return {
      row: outcome.row,
      action: 'rejected',
      ...(outcome.kind ? { kind: outcome.kind } : {}),
      ...(outcome.id ? { id: outcome.id } : {}),
      reason,
    };
  });
  const objectives = plan.objectives.filter((p) => !reasons.has(p.objective.id));
  const checkIns = plan.checkIns.filter((c) => !keyResultsOut.has(c.keyResultId));
  const count = (action: string) => objectives.filter((p) => p.action === action).length;
  return {
    ...plan,
    objectives,
    checkIns,
    rows,
    summary: {
      ...plan.summary,
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      checkInsCreated: checkIns.filter((c) => c.action === 'create').length,
      checkInsUnchanged: checkIns.filter((c) => c.action === 'unchanged').length,
      rejected: rows.filter((r) => r.action === 'rejected').length,
    },
  };
}

/**
 * Import a file from another tool into the goals the actor may set: parse it, plan it against what is
 * here (owners by id or email, never invented; cycles; the objectives the actor may see), leave out rows
 * for owners the actor may not set goals for, and, unless `dryRun`, write the plan in one transaction.
 * Ids come from the file's references, so the same file again finds everything unchanged.
 */
export async function importGoals(
  ctx: StoreContext,
  actor: Person,
  body: ImportRequest,
  dryRun: boolean,
): Promise<{ result: ImportResult; events: StoredEvent[] }> {
  const map = readMap(body.map);
  const rows = readRows(body);
  const parsed = parseImport(body.from, rows, map);
  await ctx.ready();
  return ctx.transaction(async (ctx) => {
    const repository = ctx.repository;
    const [owners, emails, cycles, objectiveRows, keyResultRows, checkInRows] = await Promise.all([
      repository.owners(),
      repository.peopleEmails(),
      repository.cycles(),
      repository.objectives(),
      repository.keyResults(),
      repository.checkIns(),
    ]);
    const emailOf = new Map(emails.map((p) => [p.id, p.email]));
    const checkInsByKr = new Map<string, CheckInRow[]>();
    for (const c of checkInRows) checkInsByKr.set(c.key_result_id, [...(checkInsByKr.get(c.key_result_id) ?? []), c]);
    const krsByObjective = new Map<string, KeyResultRow[]>();
    for (const kr of keyResultRows)
      krsByObjective.set(kr.objective_id, [...(krsByObjective.get(kr.objective_id) ?? []), kr]);
    const visible = objectiveRows.filter((o) => ctx.access.canSee(actor, o));
    const hidden = new Set(objectiveRows.filter((o) => !ctx.access.canSee(actor, o)).map((o) => o.id));
    const rowsById = new Map(objectiveRows.map((o) => [o.id, o]));
    const plan0 = planImport(
      parsed,
      {
        owners: owners.map((o) => ({
          id: o.id,
          kind: o.kind,
          name: o.name,
          ...(emailOf.get(o.id) ? { email: emailOf.get(o.id) as string } : {}),
        })),
        cycles: cycles.map((c) => ({ id: c.id, name: c.name, start: c.start, end: c.end })),
        objectives: visible.map((o) =>
          documentObjective(
            o,
            (krsByObjective.get(o.id) ?? []).map((kr) => documentKeyResult(kr, checkInsByKr.get(kr.id) ?? [])),
          ),
        ),
      },
      map ? { map } : {},
    );
    const ownerName = new Map(owners.map((o) => [o.id, o.name]));
    const reasons = new Map<string, string>();
    for (const planned of plan0.objectives) {
      const { id, owner } = planned.objective;
      if (hidden.has(id)) reasons.set(id, `the id ${id} is taken here; this row cannot be imported`);
      else if (planned.action !== 'unchanged' && !ctx.access.canEdit(actor, owner))
        reasons.set(
          id,
          `you may not set goals for ${ownerName.get(owner) ?? owner}; ask them, their manager or an admin to import this row`,
        );
      else if (planned.action === 'update' && rowsById.get(id)?.state === 'closed')
        reasons.set(id, 'the goal is closed here; reopen it to import changes to it');
    }
    const plan = leaveOut(plan0, reasons);
    const result: ImportResult = {
      dryRun,
      summary: plan.summary,
      rows: plan.rows.map((r) => ({
        row: r.row,
        action: r.action,
        ...(r.kind ? { kind: r.kind } : {}),
        ...(r.id ? { id: r.id } : {}),
        ...(r.column ? { column: r.column } : {}),
        ...(r.reason ? { reason: r.reason } : {}),
      })),
    };
    if (dryRun) return { result, events: [] };

    const stamp = ctx.stamp();
    const today = ctx.today();
    const sourceRef = `import from ${body.from}`;
    const touched = new Set<string>();
    const valueTouched = new Set<string>();
    const closedCycles = new Set(cycles.filter((c) => c.closed).map((c) => c.id));
    for (const planned of plan.objectives) {
      if (planned.action === 'unchanged') continue;
      const o = planned.objective as DocumentObjective & { description?: string; parent?: string };
      const existing = rowsById.get(o.id);
      if (!existing) {
        await repository.insertObjective({
          id: o.id,
          title: o.title,
          description: o.description ?? null,
          ownerId: o.owner,
          cycleId: o.cycle,
          parentId: o.parent ?? null,
          alignment: o.alignment ?? 'contributes',
          weight: o.weight ?? 1,
          rollup: o.rollup ?? 'key-results',
          visibility: 'public',
          at: stamp,
        });
        // The goals were agreed in the tool they come from: active here, closed in a closed cycle.
        await repository.setObjective(o.id, { state: closedCycles.has(o.cycle) ? 'closed' : 'active' });
        await ctx.revision(o.id, 'objective', o.id, 1, 'created', actor, [
          { field: 'title', from: null, to: o.title },
          { field: 'source', from: null, to: sourceRef },
        ]);
      } else {
        const changes: { field: string; from: unknown; to: unknown }[] = [];
        const columns: Partial<Record<keyof ObjectiveRow, unknown>> = {};
        const set = (field: string, column: keyof ObjectiveRow, from: unknown, to: unknown) => {
          if ((from ?? null) === (to ?? null)) return;
          changes.push({ field, from: from ?? null, to: to ?? null });
          columns[column] = to ?? null;
        };
        set('title', 'title', existing.title, o.title);
        set('description', 'description', existing.description, o.description);
        set('parentId', 'parent_id', existing.parent_id, o.parent);
        set('weight', 'weight', existing.weight, o.weight ?? existing.weight);
        await repository.setObjective(o.id, columns);
        if (changes.length)
          await ctx.revision(o.id, 'objective', o.id, existing.version + 1, 'updated', actor, changes);
      }
      touched.add(o.id);
      const stored = new Map((krsByObjective.get(o.id) ?? []).map((kr) => [kr.id, kr]));
      for (const [index, kr] of o.keyResults.entries()) {
        const before = stored.get(kr.id);
        if (!before) {
          const { id: _id, ...fields } = keyResultData(kr) as KeyResultData & { id?: string };
          await insertKeyResult(ctx, actor, o.id, { ...fields, id: kr.id } as never, `keyResults[${index}]`);
        } else {
          const kept = JSON.parse(before.data) as KeyResultData;
          const next = keyResultData(kr, kept);
          if (JSON.stringify(next) !== JSON.stringify(kept))
            await repository.setKeyResultData(kr.id, JSON.stringify(next), stamp);
        }
        // A value the file states without a dated check-in is the value today.
        const value = currentOf(kr);
        const hasDated = plan.checkIns.some((c) => c.keyResultId === kr.id && c.action === 'create');
        const now = before?.current == null ? undefined : (JSON.parse(before.current) as number | boolean);
        if (value !== undefined && value !== now && !hasDated) {
          await repository.insertCheckIn({
            id: randomId('ci-'),
            key_result_id: kr.id,
            at: `${today}T00:00:00Z`,
            value: JSON.stringify(value),
            milestones: null,
            confidence: null,
            note: null,
            author_id: actor.id,
            source: 'api',
            source_ref: sourceRef,
          });
          valueTouched.add(kr.id);
        }
      }
    }
    const objectiveOfKr = new Map(keyResultRows.map((kr) => [kr.id, kr.objective_id]));
    for (const planned of plan.objectives)
      for (const kr of planned.objective.keyResults) objectiveOfKr.set(kr.id, planned.objective.id);
    for (const planned of plan.checkIns) {
      if (planned.action !== 'create') continue;
      const { at, value, confidence, note } = planned.checkIn;
      await repository.insertCheckIn({
        id: randomId('ci-'),
        key_result_id: planned.keyResultId,
        at: at.length === 10 ? `${at}T00:00:00Z` : at,
        value: value === undefined ? null : JSON.stringify(value),
        milestones: null,
        confidence: confidence ?? null,
        note: note ?? null,
        author_id: actor.id,
        source: 'api',
        source_ref: sourceRef,
      });
      valueTouched.add(planned.keyResultId);
      const objectiveId = objectiveOfKr.get(planned.keyResultId);
      if (objectiveId) touched.add(objectiveId);
    }
    for (const krId of valueTouched) {
      const latest = (await repository.checkInsOf(krId)).filter((c) => c.value !== null).at(-1);
      if (latest) await repository.setKeyResultCurrent(krId, latest.value, latest.at, stamp);
    }
    const events: StoredEvent[] = [];
    for (const id of touched) {
      const version = await repository.bumpObjective(id, stamp);
      events.push(await ctx.event('objective.updated', id, { objectiveId: id, version }));
    }
    if (touched.size) ctx.scores.invalidate();
    return { result, events };
  });
}
