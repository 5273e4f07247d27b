import { normalizeIsoDate } from './documentSchema.js';
import type { ValidationProblem } from './goalkitValidationError.js';

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): UnknownRecord[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (isRecord(item) ? item : {}));
}

function stringField(item: UnknownRecord, key: string): string | undefined {
  const value = item[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function finiteField(item: UnknownRecord, key: string): number | undefined {
  const value = item[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Collects ids of one kind, reporting duplicates; returns id → index of first use.
 * `seen` maps an id to the path of its first use, built only when a duplicate needs it.
 */
function indexIds(
  items: UnknownRecord[],
  prefix: (index: number) => string,
  kind: string,
  problems: ValidationProblem[],
  seen: Map<string, () => string> = new Map(),
): Map<string, number> {
  const byId = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const id = stringField(items[index] as UnknownRecord, 'id');
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        path: `${prefix(index)}.id`,
        message: `duplicate ${kind} id "${id}" (already used at ${first()}); give each ${kind} its own id`,
      });
      continue;
    }
    seen.set(id, () => prefix(index));
    byId.set(id, index);
  }
  return byId;
}

function checkReference(
  item: UnknownRecord,
  key: string,
  path: string,
  known: Map<string, number>,
  kind: string,
  problems: ValidationProblem[],
): void {
  const ref = stringField(item, key);
  if (ref === undefined || known.has(ref)) return;
  const choices = [...known.keys()].slice(0, 8).join(', ');
  problems.push({
    path: `${path}.${key}`,
    message: `no ${kind} has the id "${ref}"; use one of the document's ${kind} ids${choices ? ` (${choices})` : ''} or add that ${kind}`,
  });
}

/**
 * Reports each cycle in a parent graph once, at its first member in document order.
 * Iterative, so a 10,000-deep chain costs no stack.
 */
function checkParentCycles(
  parents: Int32Array,
  ids: (string | undefined)[],
  pathOf: (index: number) => string,
  kind: string,
  problems: ValidationProblem[],
): void {
  const state = new Uint8Array(parents.length);
  const trail: number[] = [];
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
          ? [...ordered.slice(0, 8).map((index) => ids[index]), `… ${ordered.length} in all`]
          : [...ordered, first].map((index) => ids[index]);
      problems.push({
        path: `${pathOf(first)}.parent`,
        message: `${kind} alignment forms a cycle (${shown.join(' → ')}); remove one of these parent links`,
      });
    }
    for (const visited of trail) state[visited] = 2;
  }
}

/**
 * Checks what a schema cannot see one field at a time: duplicate ids, references, alignment
 * cycles and relations between fields. It reads the raw input defensively, so it can run even
 * when the schema found problems, and every problem is reported in one pass.
 */
export function findReferenceProblems(input: unknown, draft: boolean): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!isRecord(input)) return problems;

  const cycles = records(input.cycles);
  const cycleIds = indexIds(cycles, (index) => `cycles[${index}]`, 'cycle', problems);
  cycles.forEach((cycle, index) => {
    const start = normalizeIsoDate(cycle.start);
    const end = normalizeIsoDate(cycle.end);
    if (start !== undefined && end !== undefined && end < start) {
      problems.push({
        path: `cycles[${index}].end`,
        message: `the cycle ends (${end}) before it starts (${start}); swap the dates or fix the end date`,
      });
    }
  });

  const owners = records(input.owners);
  const ownerIds = indexIds(owners, (index) => `owners[${index}]`, 'owner', problems);
  owners.forEach((owner, index) => {
    checkReference(owner, 'parent', `owners[${index}]`, ownerIds, 'owner', problems);
  });
  checkParentCycles(
    Int32Array.from(owners, (owner) => ownerIds.get(stringField(owner, 'parent') ?? '') ?? -1),
    owners.map((owner) => stringField(owner, 'id')),
    (index) => `owners[${index}]`,
    'owner',
    problems,
  );

  const objectives = records(input.objectives);
  const objectiveIds = indexIds(objectives, (index) => `objectives[${index}]`, 'objective', problems);
  const keyResultSeen = new Map<string, () => string>();
  objectives.forEach((objective, index) => {
    const path = `objectives[${index}]`;
    checkReference(objective, 'owner', path, ownerIds, 'owner', problems);
    checkReference(objective, 'cycle', path, cycleIds, 'cycle', problems);
    checkReference(objective, 'parent', path, objectiveIds, 'objective', problems);
    const keyResults = records(objective.keyResults);
    indexIds(keyResults, (krIndex) => `${path}.keyResults[${krIndex}]`, 'key result', problems, keyResultSeen);
    keyResults.forEach((keyResult, krIndex) => {
      checkKeyResult(keyResult, `${path}.keyResults[${krIndex}]`, ownerIds, draft, problems);
    });
  });
  checkParentCycles(
    Int32Array.from(objectives, (objective) => objectiveIds.get(stringField(objective, 'parent') ?? '') ?? -1),
    objectives.map((objective) => stringField(objective, 'id')),
    (index) => `objectives[${index}]`,
    'objective',
    problems,
  );
  return problems;
}

function checkKeyResult(
  keyResult: UnknownRecord,
  path: string,
  ownerIds: Map<string, number>,
  draft: boolean,
  problems: ValidationProblem[],
): void {
  checkReference(keyResult, 'owner', path, ownerIds, 'owner', problems);
  const type = keyResult.type;
  const start = finiteField(keyResult, 'start');
  const target = finiteField(keyResult, 'target');
  if (!draft && start !== undefined && target !== undefined) {
    if (type === 'increase' && !(target > start)) {
      problems.push({
        path: `${path}.target`,
        message: `an increase key result needs a target above its start (start ${start}, target ${target}); raise the target or use type: decrease`,
      });
    }
    if (type === 'decrease' && !(target < start)) {
      problems.push({
        path: `${path}.target`,
        message: `a decrease key result needs a target below its start (start ${start}, target ${target}); lower the target or use type: increase`,
      });
    }
  }
  const min = finiteField(keyResult, 'min');
  const max = finiteField(keyResult, 'max');
  if (type === 'range' && min !== undefined && max !== undefined && min > max) {
    problems.push({
      path: `${path}.max`,
      message: `a range needs min <= max (min ${min}, max ${max}); swap the two values`,
    });
  }
  const unit = keyResult.unit;
  if (keyResult['unit-kind'] === 'currency' && !(typeof unit === 'string' && /^[A-Z]{3}$/.test(unit))) {
    problems.push({
      path: `${path}.unit`,
      message: `with unit-kind: currency the unit must be an ISO 4217 code such as EUR or USD (got ${typeof unit === 'string' ? `"${unit}"` : 'none'})`,
    });
  }
}
