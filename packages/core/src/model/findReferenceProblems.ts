import { findCompetencyProblems } from '../competencies/findCompetencyProblems.js';
import { normalizeIsoDate } from './documentSchema.js';
import type { ValidationProblem } from './goalkitValidationError.js';
import { IdTable } from './idTable.js';

type UnknownRecord = Record<string, unknown>;

const NONE: readonly unknown[] = [];

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The list as given, or none: items that are not records are skipped where they are read. */
function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NONE;
}

function stringField(item: UnknownRecord, key: string): string | undefined {
  const value = item[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function finiteField(item: UnknownRecord, key: string): number | undefined {
  const value = item[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function duplicateProblem(path: string, kind: string, id: string, firstPath: string): ValidationProblem {
  return {
    path: `${path}.id`,
    message: `duplicate ${kind} id "${id}" (already used at ${firstPath}); give each ${kind} its own id`,
  };
}

/**
 * Collects ids of one kind (`cycles[0]`, `owners[1]` …), reporting duplicates; returns id → index of
 * first use.
 */
function indexIds(items: readonly unknown[], name: string, kind: string, problems: ValidationProblem[]): IdTable {
  const byId = new IdTable(items.length, (index) => {
    const item = items[index];
    return isRecord(item) ? stringField(item, 'id') : undefined;
  });
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isRecord(item)) continue;
    const id = stringField(item, 'id');
    if (id === undefined) continue;
    const first = byId.add(id, index);
    if (first >= 0) problems.push(duplicateProblem(`${name}[${index}]`, kind, id, `${name}[${first}]`));
  }
  return byId;
}

function unresolvedProblem(path: string, key: string, ref: string, known: IdTable, kind: string): ValidationProblem {
  const choices = known.firstIds(8).join(', ');
  return {
    path: `${path}.${key}`,
    message: `no ${kind} has the id "${ref}"; use one of the document's ${kind} ids${choices ? ` (${choices})` : ''} or add that ${kind}`,
  };
}

/** The id `item[key]` names when no item of `known` has it; `undefined` when it resolves or is absent. */
function unresolved(item: UnknownRecord, key: string, known: IdTable): string | undefined {
  const ref = stringField(item, key);
  return ref === undefined || known.get(ref) >= 0 ? undefined : ref;
}

/** Each item's parent as an index into `items`, or -1 when it has none or it does not resolve. */
function parentIndexes(items: readonly unknown[], byId: IdTable): Int32Array {
  const parents = new Int32Array(items.length).fill(-1);
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const parent = isRecord(item) ? stringField(item, 'parent') : undefined;
    if (parent !== undefined) parents[index] = byId.get(parent);
  }
  return parents;
}

/**
 * Reports each cycle in a parent graph once, at its first member in document order.
 * Iterative, so a 10,000-deep chain costs no stack.
 */
function checkParentCycles(
  parents: Int32Array,
  items: readonly unknown[],
  name: string,
  kind: string,
  problems: ValidationProblem[],
): void {
  const state = new Uint8Array(parents.length);
  const trail: number[] = [];
  const idOf = (index: number) => {
    const item = items[index];
    return isRecord(item) ? stringField(item, 'id') : undefined;
  };
  for (let startIndex = 0; startIndex < parents.length; startIndex++) {
    if (state[startIndex] !== 0) continue;
    trail.length = 0;
    let node = startIndex;
    while (node >= 0 && state[node] === 0) {
      state[node] = 1;
      trail.push(node);
      node = parents[node] ?? -1;
    }
    if (node >= 0 && state[node] === 1) {
      const loop = trail.slice(trail.indexOf(node));
      let at = 0;
      for (let index = 1; index < loop.length; index++) if ((loop[index] ?? 0) < (loop[at] ?? 0)) at = index;
      const ordered = [...loop.slice(at), ...loop.slice(0, at)];
      const first = ordered[0] ?? node;
      const shown =
        ordered.length > 8
          ? [...ordered.slice(0, 8).map(idOf), `… ${ordered.length} in all`]
          : [...ordered, first].map(idOf);
      problems.push({
        path: `${name}[${first}].parent`,
        message: `${kind} alignment forms a cycle (${shown.join(' → ')}); remove one of these parent links`,
      });
    }
    for (const visited of trail) state[visited] = 2;
  }
}

const keyResultPath = (objectiveIndex: number, keyResultIndex: number) =>
  `objectives[${objectiveIndex}].keyResults[${keyResultIndex}]`;

/**
 * Checks what a schema cannot see one field at a time: duplicate ids, references, alignment
 * cycles and relations between fields. It reads the raw input defensively, so it can run even
 * when the schema found problems, and every problem is reported in one pass. Paths are only
 * built for problems, since a valid document of 10,000 objectives would otherwise spell out
 * 40,000 of them.
 */
export function findReferenceProblems(input: unknown, draft: boolean): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!isRecord(input)) return problems;

  const cycles = list(input.cycles);
  const cycleIds = indexIds(cycles, 'cycles', 'cycle', problems);
  for (let index = 0; index < cycles.length; index++) {
    const cycle = cycles[index];
    if (!isRecord(cycle)) continue;
    const start = normalizeIsoDate(cycle.start);
    const end = normalizeIsoDate(cycle.end);
    if (start !== undefined && end !== undefined && end < start) {
      problems.push({
        path: `cycles[${index}].end`,
        message: `the cycle ends (${end}) before it starts (${start}); swap the dates or fix the end date`,
      });
    }
  }

  const owners = list(input.owners);
  const ownerIds = indexIds(owners, 'owners', 'owner', problems);
  for (let index = 0; index < owners.length; index++) {
    const owner = owners[index];
    if (!isRecord(owner)) continue;
    const parent = unresolved(owner, 'parent', ownerIds);
    if (parent !== undefined) problems.push(unresolvedProblem(`owners[${index}]`, 'parent', parent, ownerIds, 'owner'));
  }
  checkParentCycles(parentIndexes(owners, ownerIds), owners, 'owners', 'owner', problems);

  const objectives = list(input.objectives);
  const objectiveIds = indexIds(objectives, 'objectives', 'objective', problems);
  // Each objective's parent as an index, or -1 (none, or it does not resolve), for the cycle check.
  const objectiveParents = new Int32Array(objectives.length).fill(-1);
  // A key-result id's first use, as pairs of objective and key-result indexes at `2n` and `2n + 1`;
  // sized for three key results an objective and doubled when there are more (as the table is).
  let keyResultAt = new Int32Array(Math.max(16, objectives.length * 6));
  const keyResultIds = new IdTable(objectives.length * 3, (at) => {
    const objective = objectives[keyResultAt[at] as number];
    const keyResult = isRecord(objective) ? list(objective.keyResults)[keyResultAt[at + 1] as number] : undefined;
    return isRecord(keyResult) ? stringField(keyResult, 'id') : undefined;
  });
  for (let index = 0; index < objectives.length; index++) {
    const objective = objectives[index];
    if (!isRecord(objective)) continue;
    const owner = unresolved(objective, 'owner', ownerIds);
    if (owner !== undefined)
      problems.push(unresolvedProblem(`objectives[${index}]`, 'owner', owner, ownerIds, 'owner'));
    const cycle = unresolved(objective, 'cycle', cycleIds);
    if (cycle !== undefined)
      problems.push(unresolvedProblem(`objectives[${index}]`, 'cycle', cycle, cycleIds, 'cycle'));
    const parent = stringField(objective, 'parent');
    if (parent !== undefined) {
      const parentIndex = objectiveIds.get(parent);
      if (parentIndex >= 0) objectiveParents[index] = parentIndex;
      else problems.push(unresolvedProblem(`objectives[${index}]`, 'parent', parent, objectiveIds, 'objective'));
    }
    const keyResults = list(objective.keyResults);
    for (let krIndex = 0; krIndex < keyResults.length; krIndex++) {
      const keyResult = keyResults[krIndex];
      if (!isRecord(keyResult)) continue;
      const responsible = unresolved(keyResult, 'checkInResponsibleId', ownerIds);
      if (responsible !== undefined)
        problems.push(
          unresolvedProblem(
            `objectives[${index}].keyResults[${krIndex}]`,
            'checkInResponsibleId',
            responsible,
            ownerIds,
            'owner',
          ),
        );
      const id = stringField(keyResult, 'id');
      if (id === undefined) continue;
      // Recorded before adding, so the table can read the id back; overwritten by the next one if a duplicate.
      const at = keyResultIds.size * 2;
      if (at + 2 > keyResultAt.length) {
        const grown = new Int32Array(keyResultAt.length * 2);
        grown.set(keyResultAt);
        keyResultAt = grown;
      }
      keyResultAt[at] = index;
      keyResultAt[at + 1] = krIndex;
      const first = keyResultIds.add(id, at);
      if (first >= 0) {
        const firstPath = keyResultPath(keyResultAt[first] ?? 0, keyResultAt[first + 1] ?? 0);
        problems.push(duplicateProblem(keyResultPath(index, krIndex), 'key result', id, firstPath));
      }
    }
    for (let krIndex = 0; krIndex < keyResults.length; krIndex++) {
      const keyResult = keyResults[krIndex];
      if (isRecord(keyResult)) checkKeyResult(keyResult, index, krIndex, ownerIds, draft, problems);
    }
  }
  checkParentCycles(objectiveParents, objectives, 'objectives', 'objective', problems);
  if (input.frameworks !== undefined || input.placements !== undefined || input.assessments !== undefined) {
    findCompetencyProblems(
      input,
      (item, key, path) => {
        const ref = unresolved(item, key, ownerIds);
        if (ref !== undefined) problems.push(unresolvedProblem(path, key, ref, ownerIds, 'owner'));
      },
      problems,
    );
  }
  return problems;
}

function checkKeyResult(
  keyResult: UnknownRecord,
  objectiveIndex: number,
  keyResultIndex: number,
  ownerIds: IdTable,
  draft: boolean,
  problems: ValidationProblem[],
): void {
  const owner = unresolved(keyResult, 'owner', ownerIds);
  if (owner !== undefined) {
    problems.push(unresolvedProblem(keyResultPath(objectiveIndex, keyResultIndex), 'owner', owner, ownerIds, 'owner'));
  }
  const type = keyResult.type;
  if (type === 'increase' || type === 'decrease') {
    const start = finiteField(keyResult, 'start');
    const target = finiteField(keyResult, 'target');
    if (!draft && start !== undefined && target !== undefined) {
      if (type === 'increase' && !(target > start)) {
        problems.push({
          path: `${keyResultPath(objectiveIndex, keyResultIndex)}.target`,
          message: `an increase key result needs a target above its start (start ${start}, target ${target}); raise the target or use type: decrease`,
        });
      }
      if (type === 'decrease' && !(target < start)) {
        problems.push({
          path: `${keyResultPath(objectiveIndex, keyResultIndex)}.target`,
          message: `a decrease key result needs a target below its start (start ${start}, target ${target}); lower the target or use type: increase`,
        });
      }
    }
  } else if (type === 'range') {
    const min = finiteField(keyResult, 'min');
    const max = finiteField(keyResult, 'max');
    if (min !== undefined && max !== undefined && min > max) {
      problems.push({
        path: `${keyResultPath(objectiveIndex, keyResultIndex)}.max`,
        message: `a range needs min <= max (min ${min}, max ${max}); swap the two values`,
      });
    }
  }
  if (keyResult['unit-kind'] === 'currency') {
    const unit = keyResult.unit;
    if (!(typeof unit === 'string' && /^[A-Z]{3}$/.test(unit))) {
      problems.push({
        path: `${keyResultPath(objectiveIndex, keyResultIndex)}.unit`,
        message: `with unit-kind: currency the unit must be an ISO 4217 code such as EUR or USD (got ${typeof unit === 'string' ? `"${unit}"` : 'none'})`,
      });
    }
  }
}
