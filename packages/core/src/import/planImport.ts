import { z } from 'zod/mini';
import { type Cycle, type Objective, objectiveSchema } from '../model/documentSchema.js';
import { formatPath } from '../model/goalkitValidationError.js';
import type { ImportMap } from './importMap.js';
import type {
  ImportedCheckIn,
  ImportedCycle,
  ImportedKeyResult,
  ImportedObjective,
  ImportedOwner,
  ImportFormat,
  ImportRejection,
  ImportWarning,
  ParsedImport,
} from './types.js';
import { looseKey, stableHash } from './values.js';

/** What an import does with an objective, a key result or a check-in. */
export type ImportAction = 'create' | 'update' | 'unchanged';

/** The owners, cycles and objectives an import goes into: a goalkit document will do. */
export interface ImportTarget {
  /** The owners rows may name (by id, by email, or through the map's `owners`). */
  owners: readonly { id: string; kind: string; name: string; email?: string | undefined }[];
  /** The cycles rows may fall in (by id, by name, or by their dates). */
  cycles: readonly Cycle[];
  /** The objectives already there, with their ids. */
  objectives: readonly Objective[];
}

/** How `planImport` matches rows. */
export interface ImportPlanOptions {
  /** The map: `owners` (their name or email → our owner id) and `cycle` (for rows without dates) are used here. */
  map?: ImportMap;
}

/** An objective as the import leaves it (in goalkit document shape, its check-ins as they were). */
export interface PlannedObjective {
  /** `create` when new, `update` when it changes, `unchanged` when the document already has it as the file says. */
  action: ImportAction;
  /** The row it came from. */
  row: number;
  /** The objective, ready for the document; new check-ins are in `ImportPlan.checkIns`. */
  objective: Objective;
}

/** A check-in the import adds (`create`) or finds already there (`unchanged`). */
export interface PlannedCheckIn {
  /** `create`, or `unchanged` when the key result has a check-in of the same day and value. */
  action: Exclude<ImportAction, 'update'>;
  /** The row it came from. */
  row: number;
  /** The key result it belongs to. */
  keyResultId: string;
  /** The check-in, in goalkit document shape. */
  checkIn: { at: string; value?: number | boolean; confidence?: number; note?: string };
}

/** What happened to one row, for a report. */
export interface ImportRowOutcome {
  /** The row of the file (1-based; the header is row 1). */
  row: number;
  /** What the import does with it. */
  action: ImportAction | 'rejected' | 'warning' | 'skipped';
  /** What the row is. */
  kind?: 'objective' | 'key-result' | 'check-in';
  /** The goalkit id of what it became. */
  id?: string;
  /** The column the reason is about. */
  column?: string;
  /** Why it was rejected, skipped or warned about. */
  reason?: string;
}

/** Everything an import would do, decided before anything is written. */
export interface ImportPlan {
  /** Every objective of the file that can be imported. */
  objectives: PlannedObjective[];
  /** Every check-in of the file that can be imported. */
  checkIns: PlannedCheckIn[];
  /** Rows left out, with why. */
  rejected: ImportRejection[];
  /** Rows imported with something left out (an unknown parent), with why. */
  warnings: ImportWarning[];
  /** Every row's outcome, in row order. */
  rows: ImportRowOutcome[];
  /** How many of each. */
  summary: {
    create: number;
    update: number;
    unchanged: number;
    checkInsCreated: number;
    checkInsUnchanged: number;
    rejected: number;
    warnings: number;
    skipped: number;
  };
}

type Found = { ok: true; id: string } | { ok: false; reason: string };

/** The goalkit id of an imported objective or key result: the tool's ref, hashed, so every run gives the same id. */
export function importedId(from: ImportFormat, kind: 'objective' | 'key-result', ref: string): string {
  if (from === 'csv') return ref;
  return `${from}-${kind === 'objective' ? '' : 'kr-'}${stableHash(`${kind}|${ref}`)}`;
}

function describeOwner(owner: ImportedOwner): string {
  return owner.email ?? owner.name ?? owner.id ?? '';
}

function findOwner(owner: ImportedOwner, target: ImportTarget, map: ImportMap | undefined): Found {
  const candidates = [owner.id, owner.email, owner.name].filter((value): value is string => !!value);
  if (candidates.length === 0) return { ok: false, reason: 'names no owner; write the owner (their email) in the row' };
  for (const candidate of candidates) {
    const byId = target.owners.find((known) => known.id === candidate);
    if (byId) return { ok: true, id: byId.id };
  }
  for (const candidate of candidates) {
    const email = candidate.toLowerCase();
    const byEmail = target.owners.find((known) => known.email?.toLowerCase() === email);
    if (byEmail) return { ok: true, id: byEmail.id };
  }
  const mapped = Object.entries(map?.owners ?? {});
  for (const candidate of candidates) {
    const entry = mapped.find(([name]) => looseKey(name) === looseKey(candidate));
    if (entry === undefined) continue;
    if (target.owners.some((known) => known.id === entry[1])) return { ok: true, id: entry[1] };
    return {
      ok: false,
      reason: `the map's owners send "${entry[0]}" to "${entry[1]}", which is not an owner here; goalkit never invents owners: fix the map or add the owner to the document`,
    };
  }
  return {
    ok: false,
    reason: `owner "${describeOwner(owner)}" is not a person or team here; goalkit never invents owners: add them to the document (with their email) or map them under owners in the map`,
  };
}

function findCycle(cycle: ImportedCycle, target: ImportTarget, map: ImportMap | undefined): Found {
  for (const text of [cycle.id, cycle.name]) {
    if (!text) continue;
    const byId = target.cycles.find((known) => known.id === text);
    if (byId) return { ok: true, id: byId.id };
    const byName = target.cycles.find((known) => looseKey(known.name) === looseKey(text));
    if (byName) return { ok: true, id: byName.id };
  }
  const dates = [cycle.start, cycle.end].filter((value): value is string => !!value);
  if (dates.length > 0) {
    const byDates = target.cycles.find((known) => dates.every((date) => known.start <= date && date <= known.end));
    if (byDates) return { ok: true, id: byDates.id };
  }
  const named = cycle.id ?? cycle.name;
  if (named === undefined && dates.length === 0) {
    if (map?.cycle === undefined)
      return {
        ok: false,
        reason: 'names no time period and has no dates; fill them in, or set cycle in the map for such rows',
      };
    if (target.cycles.some((known) => known.id === map.cycle)) return { ok: true, id: map.cycle };
    return { ok: false, reason: `the map's cycle "${map.cycle}" is not a cycle here; fix the map or add the cycle` };
  }
  const what = [named && `"${named}"`, dates.length > 0 && `(${dates.join(' – ')})`].filter(Boolean).join(' ');
  return {
    ok: false,
    reason: `no cycle here matches the time period ${what}; add the cycle to the document (same name, or dates that contain these)`,
  };
}

/** JSON with sorted keys: two values are the same when their canonical texts are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function problemsOf(objective: unknown): string | undefined {
  const result = z.safeParse(objectiveSchema, objective);
  if (result.success) return undefined;
  return result.error.issues.map((issue) => `${formatPath(issue.path) || 'objective'}: ${issue.message}`).join('; ');
}

type KeyResult = Objective['keyResults'][number];

/**
 * Decides what an import does, without doing it: which objectives it creates or updates (or finds
 * unchanged), which check-ins it adds, and which rows it leaves out and why. Pure and deterministic:
 * ids come from the format and each row's ref, so planning the same file against the document an
 * earlier import produced finds everything `unchanged`.
 *
 * - Owners are matched by id, then by email (case does not matter), then through the map's `owners`;
 *   a row whose owner matches none is rejected: goalkit never invents owners.
 * - Cycles are matched by id, by name, or by a cycle whose dates contain the row's; a row with neither
 *   takes the map's `cycle`.
 * - A parent is another row's ref, an objective id of the document, or the id an earlier import gave
 *   that ref; otherwise the objective is imported without one and a warning says so.
 * - A check-in is already there when its key result has one of the same day and value.
 */
export function planImport(parsed: ParsedImport, target: ImportTarget, options: ImportPlanOptions = {}): ImportPlan {
  const { from } = parsed;
  const map = options.map;
  const rejected: ImportRejection[] = [...parsed.rejected];
  const warnings: ImportWarning[] = [...parsed.warnings];
  const rows: ImportRowOutcome[] = [];
  const column = (field: string) => parsed.columns[field] ?? field;
  const reject = (row: number, reason: string, field?: string) => {
    const rejection: ImportRejection = field === undefined ? { row, reason } : { row, column: column(field), reason };
    rejected.push(rejection);
  };
  const existingById = new Map(target.objectives.map((objective) => [objective.id, objective]));
  const ownerField = from === 'csv' ? 'owner' : parsed.columns.ownerEmail ? 'ownerEmail' : 'owner';
  const cycleField = from === 'csv' ? 'cycle' : parsed.columns.period ? 'period' : 'start';

  const accepted: { item: ImportedObjective; id: string; owner: string; cycle: string }[] = [];
  const idOfRef = new Map<string, string>();
  for (const item of parsed.items) {
    const owner = findOwner(item.owner, target, map);
    const cycle = findCycle(item.cycle, target, map);
    const reasons: [string, string][] = [];
    if (!owner.ok) reasons.push([owner.reason, ownerField]);
    if (!cycle.ok) reasons.push([cycle.reason, cycleField]);
    if (!owner.ok || !cycle.ok) {
      for (const [reason, field] of reasons) reject(item.row, reason, field);
      const why = `its objective (row ${item.row}) was left out, so this is too`;
      for (const keyResult of item.keyResults) {
        if (keyResult.row !== item.row) reject(keyResult.row, why);
        for (const checkIn of keyResult.checkIns) if (checkIn.row !== item.row) reject(checkIn.row, why);
      }
      continue;
    }
    const id = importedId(from, 'objective', item.ref);
    idOfRef.set(item.ref, id);
    accepted.push({ item, id, owner: owner.id, cycle: cycle.id });
  }

  const objectives: PlannedObjective[] = [];
  const keyResultsById = new Map<string, KeyResult>();
  for (const objective of target.objectives)
    for (const keyResult of objective.keyResults) keyResultsById.set(keyResult.id, keyResult);
  const pendingCheckIns: { checkIn: ImportedCheckIn; keyResultId: string }[] = [];

  for (const { item, id, owner, cycle } of accepted) {
    let parent: string | undefined;
    if (item.parentRef !== undefined) {
      const byRef = idOfRef.get(item.parentRef);
      const earlier = importedId(from, 'objective', item.parentRef);
      parent =
        byRef ?? (existingById.has(item.parentRef) ? item.parentRef : existingById.has(earlier) ? earlier : undefined);
      if (parent === id) parent = undefined;
      if (parent === undefined) {
        const warning = `parent "${item.parentRef}" is neither a row of the file that was imported nor an objective here; the objective is imported without a parent`;
        warnings.push({ row: item.row, column: column('parent'), reason: warning });
      }
    }
    const existing = existingById.get(id);
    const built: Record<string, unknown> = { ...(existing ?? {}), ...item.fields, id, owner, cycle };
    if (parent !== undefined) built.parent = parent;
    const keyResults: KeyResult[] = existing ? existing.keyResults.map((keyResult) => keyResult) : [];
    const keyResultRows: ImportRowOutcome[] = [];
    for (const keyResult of item.keyResults) {
      const planned = planKeyResult(keyResult, owner);
      if (!planned.ok) {
        reject(keyResult.row, planned.reason, planned.field);
        for (const checkIn of keyResult.checkIns)
          if (checkIn.row !== keyResult.row)
            reject(checkIn.row, `its key result (row ${keyResult.row}) was left out, so this check-in is too`);
        continue;
      }
      const at = keyResults.findIndex((known) => known.id === planned.keyResult.id);
      const before = at >= 0 ? keyResults[at] : undefined;
      const merged = (
        before && before.type === planned.keyResult.type
          ? { ...before, ...planned.keyResult, checkIns: before.checkIns }
          : { ...planned.keyResult, checkIns: before?.checkIns ?? [] }
      ) as KeyResult;
      const problems = problemsOf({ ...built, keyResults: [merged] });
      if (problems !== undefined) {
        reject(keyResult.row, `the key result cannot be imported (${problems})`);
        continue;
      }
      if (at >= 0) keyResults[at] = merged;
      else keyResults.push(merged);
      keyResultsById.set(merged.id, merged);
      const action: ImportAction =
        before === undefined ? 'create' : canonical(before) === canonical(merged) ? 'unchanged' : 'update';
      if (keyResult.row !== item.row)
        keyResultRows.push({ row: keyResult.row, action, kind: 'key-result', id: merged.id });
      for (const checkIn of keyResult.checkIns) pendingCheckIns.push({ checkIn, keyResultId: merged.id });
    }
    const objective = { ...built, keyResults } as Objective;
    const problems = problemsOf(objective);
    if (problems !== undefined) {
      reject(item.row, `the objective cannot be imported (${problems})`);
      continue;
    }
    const action: ImportAction =
      existing === undefined ? 'create' : canonical(existing) === canonical(objective) ? 'unchanged' : 'update';
    objectives.push({ action, row: item.row, objective });
    rows.push({ row: item.row, action, kind: 'objective', id }, ...keyResultRows);
  }

  const byTitle = new Map<string, string[]>();
  for (const keyResult of keyResultsById.values()) {
    const key = looseKey(keyResult.title);
    const ids = byTitle.get(key);
    if (ids) ids.push(keyResult.id);
    else byTitle.set(key, [keyResult.id]);
  }
  for (const checkIn of parsed.checkIns) {
    const found = findKeyResult(checkIn.keyResultRef, keyResultsById, byTitle);
    if (!found.ok) reject(checkIn.row, found.reason, 'keyResult');
    else pendingCheckIns.push({ checkIn, keyResultId: found.id });
  }

  const checkIns: PlannedCheckIn[] = [];
  const reported = new Set(rows.map((outcome) => outcome.row));
  const seen = new Map<string, Set<string>>();
  const sameKey = (at: string, value: unknown) => `${at}|${value === undefined ? '' : String(Number(value))}`;
  for (const { checkIn, keyResultId } of pendingCheckIns) {
    const keyResult = keyResultsById.get(keyResultId) as KeyResult;
    let keys = seen.get(keyResultId);
    if (keys === undefined) {
      keys = new Set(
        (keyResult.checkIns as { at: string; value?: unknown }[]).map((known) => sameKey(known.at, known.value)),
      );
      seen.set(keyResultId, keys);
    }
    const shaped = shapeCheckIn(checkIn, keyResult);
    if (!shaped.ok) {
      reject(checkIn.row, shaped.reason, shaped.field);
      continue;
    }
    const key = sameKey(shaped.checkIn.at, shaped.checkIn.value);
    const action = keys.has(key) ? 'unchanged' : 'create';
    keys.add(key);
    checkIns.push({ action, row: checkIn.row, keyResultId, checkIn: shaped.checkIn });
    // goalkit CSV keeps a key result's check-ins on its own row: that row is reported once, as the key result.
    if (!reported.has(checkIn.row)) rows.push({ row: checkIn.row, action, kind: 'check-in', id: keyResultId });
  }

  for (const rejection of rejected) rows.push({ ...rejection, action: 'rejected' });
  for (const warning of warnings) rows.push({ ...warning, action: 'warning' });
  for (const skipped of parsed.skipped) rows.push({ ...skipped, action: 'skipped' });
  rows.sort((a, b) => a.row - b.row);
  rejected.sort((a, b) => a.row - b.row);
  warnings.sort((a, b) => a.row - b.row);
  const count = (action: ImportAction) => objectives.filter((objective) => objective.action === action).length;
  return {
    objectives,
    checkIns,
    rejected,
    warnings,
    rows,
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      checkInsCreated: checkIns.filter((checkIn) => checkIn.action === 'create').length,
      checkInsUnchanged: checkIns.filter((checkIn) => checkIn.action === 'unchanged').length,
      rejected: new Set(rejected.map((rejection) => rejection.row)).size,
      warnings: warnings.length,
      skipped: parsed.skipped.length,
    },
  };

  function planKeyResult(
    keyResult: ImportedKeyResult,
    objectiveOwner: string,
  ):
    | { ok: true; keyResult: Record<string, unknown> & { id: string; type: string } }
    | {
        ok: false;
        reason: string;
        field?: string;
      } {
    const planned: Record<string, unknown> = {
      ...keyResult.fields,
      id: importedId(from, 'key-result', keyResult.ref),
    };
    if (keyResult.owner !== undefined) {
      const owner = findOwner(keyResult.owner, target, map);
      if (!owner.ok) return { ok: false, reason: owner.reason, field: ownerField };
      if (owner.id !== objectiveOwner || from === 'csv') planned.owner = owner.id;
    }
    return { ok: true, keyResult: planned as Record<string, unknown> & { id: string; type: string } };
  }
}

function findKeyResult(
  ref: string,
  byId: ReadonlyMap<string, KeyResult>,
  byTitle: ReadonlyMap<string, readonly string[]>,
): Found {
  if (byId.has(ref)) return { ok: true, id: ref };
  const ids = byTitle.get(looseKey(ref)) ?? [];
  if (ids.length === 1) return { ok: true, id: ids[0] as string };
  if (ids.length > 1)
    return {
      ok: false,
      reason: `"${ref}" is the title of ${ids.length} key results here (${ids.join(', ')}); name it by its id`,
    };
  return {
    ok: false,
    reason: `"${ref}" is neither the id nor the title of a key result here; import its key result first, or write its id`,
  };
}

function shapeCheckIn(
  checkIn: ImportedCheckIn,
  keyResult: KeyResult,
): { ok: true; checkIn: PlannedCheckIn['checkIn'] } | { ok: false; reason: string; field?: string } {
  const shaped: PlannedCheckIn['checkIn'] = { at: checkIn.at };
  if (keyResult.type === 'milestones') {
    // A milestones key result's check-ins carry confidence and a note; its progress is its milestones.
  } else if (keyResult.type === 'boolean') {
    if (checkIn.value !== undefined) {
      if (typeof checkIn.value === 'boolean' || checkIn.value === 0 || checkIn.value === 1)
        shaped.value = checkIn.value;
      else
        return {
          ok: false,
          reason: `"${checkIn.value}" must be 1 (done) or 0 for a yes/no key result`,
          field: 'current',
        };
    }
  } else if (checkIn.value === undefined)
    return {
      ok: false,
      reason: `is empty; a check-in of the key result "${keyResult.id}" needs a value`,
      field: 'current',
    };
  else shaped.value = checkIn.value;
  if (checkIn.confidence !== undefined) shaped.confidence = checkIn.confidence;
  if (checkIn.note !== undefined) shaped.note = checkIn.note;
  // goalkit CSV carries check-ins as JSON, which may hold anything: the schema has the last word.
  const result = z.safeParse(objectiveSchema, {
    id: 'check',
    title: '',
    owner: 'check',
    cycle: 'check',
    keyResults: [{ ...keyResult, checkIns: [shaped] }],
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = formatPath((issue?.path ?? []).slice(4));
    return { ok: false, reason: `the check-in cannot be imported (${where ? `${where}: ` : ''}${issue?.message})` };
  }
  return { ok: true, checkIn: shaped };
}

/**
 * The document with a plan applied: objectives to create are added, objectives to update replaced, and
 * new check-ins added to their key results in date order. Returns a new document; the one given is not changed.
 */
export function applyImport<TDocument extends { objectives: readonly Objective[] }>(
  document: TDocument,
  plan: ImportPlan,
): TDocument {
  const objectives = [...document.objectives];
  for (const planned of plan.objectives) {
    if (planned.action === 'unchanged') continue;
    const at = objectives.findIndex((objective) => objective.id === planned.objective.id);
    if (at >= 0) objectives[at] = planned.objective;
    else objectives.push(planned.objective);
  }
  const adding = new Map<string, PlannedCheckIn['checkIn'][]>();
  for (const planned of plan.checkIns) {
    if (planned.action !== 'create') continue;
    const list = adding.get(planned.keyResultId);
    if (list) list.push(planned.checkIn);
    else adding.set(planned.keyResultId, [planned.checkIn]);
  }
  if (adding.size > 0) {
    for (const [index, objective] of objectives.entries()) {
      if (!objective.keyResults.some((keyResult) => adding.has(keyResult.id))) continue;
      objectives[index] = {
        ...objective,
        keyResults: objective.keyResults.map((keyResult) => {
          const added = adding.get(keyResult.id);
          if (added === undefined) return keyResult;
          const all = [...(keyResult.checkIns as PlannedCheckIn['checkIn'][]), ...added];
          // A stable sort: check-ins of the same day keep the order they came in.
          all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
          return { ...keyResult, checkIns: all } as KeyResult;
        }),
      };
    }
  }
  return { ...document, objectives };
}
