import { GOALKIT_CSV_COLUMNS } from '@goalkit/core/import';
import { type CsvRecord, formatCsv } from './csv.js';

type Data = Record<string, unknown>;

/** The CSV columns, in order. The README documents each one. */
export const CSV_COLUMNS = GOALKIT_CSV_COLUMNS;

type Column = (typeof CSV_COLUMNS)[number];

/** Objective columns and the document field each holds. */
const OBJECTIVE_FIELDS: readonly [Column, string, 'text' | 'number'][] = [
  ['objective_id', 'id', 'text'],
  ['objective_title', 'title', 'text'],
  ['objective_description', 'description', 'text'],
  ['owner', 'owner', 'text'],
  ['cycle', 'cycle', 'text'],
  ['parent', 'parent', 'text'],
  ['alignment', 'alignment', 'text'],
  ['objective_weight', 'weight', 'number'],
  ['rollup', 'rollup', 'text'],
  ['status_from', 'statusFrom', 'text'],
];

/** Key-result columns and the document field each holds. */
const KEY_RESULT_FIELDS: readonly [Column, string, 'text' | 'number' | 'boolean' | 'json'][] = [
  ['key_result_id', 'id', 'text'],
  ['key_result_title', 'title', 'text'],
  ['key_result_description', 'description', 'text'],
  ['key_result_owner', 'owner', 'text'],
  ['type', 'type', 'text'],
  ['start', 'start', 'number'],
  ['target', 'target', 'number'],
  ['min', 'min', 'number'],
  ['max', 'max', 'number'],
  ['current', 'current', 'number'],
  ['unit', 'unit', 'text'],
  ['unit_kind', 'unit-kind', 'text'],
  ['weight', 'weight', 'number'],
  ['due', 'due', 'text'],
  ['done', 'done', 'boolean'],
  ['scoring', 'scoring', 'text'],
  ['targets', 'targets', 'json'],
  ['milestones', 'milestones', 'json'],
  ['check_ins', 'checkIns', 'json'],
];

const OWNER_FIELDS: readonly [Column, string][] = [
  ['owner_name', 'name'],
  ['owner_kind', 'kind'],
  ['owner_parent', 'parent'],
];

const CYCLE_FIELDS: readonly [Column, string][] = [
  ['cycle_name', 'name'],
  ['cycle_start', 'start'],
  ['cycle_end', 'end'],
];

function records(value: unknown): Data[] {
  return Array.isArray(value) ? value.filter((item): item is Data => typeof item === 'object' && item !== null) : [];
}

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): a cell starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return. Such text, and text that starts with `'` itself, is written with a leading `'`
 * (spreadsheets show it as text); reading removes that one quote where it stands before one of these
 * characters, so every text survives the round trip and a hand-written `'Tis the season` keeps its quote.
 * Number cells hold only numbers (`-5` is a number, never a formula) and JSON cells start with `[`.
 */
const FORMULA_START = /^['=+\-@\t\r]/;
const NEUTRALISED = /^'['=+\-@\t\r]/;

/** A text cell as written: neutralised when a spreadsheet would read it as a formula. */
export function escapeCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A text cell as read: the quote {@link escapeCsvText} added, removed (and no other). */
export function unescapeCsvText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

function cell(value: unknown, kind: 'text' | 'number' | 'boolean' | 'json'): string {
  if (value === undefined || value === null) return '';
  if (kind === 'json') return Array.isArray(value) && value.length === 0 ? '' : JSON.stringify(value);
  // A number or boolean column holding something else (a document not yet checked) is text like any other.
  const plain =
    (kind === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (kind === 'boolean' && typeof value === 'boolean');
  return plain ? String(value) : escapeCsvText(String(value));
}

/**
 * Writes a goalkit document as CSV: one row per key result (an objective without key results
 * gets one row), owners and cycles repeated on their objectives' rows, and one row per owner or
 * cycle no objective uses. Check-ins, milestones and phased targets are JSON cells.
 */
export function documentToCsv(document: Data): string {
  const owners = records(document.owners);
  const cycles = records(document.cycles);
  const ownerById = new Map(owners.map((owner) => [String(owner.id), owner]));
  const cycleById = new Map(cycles.map((cycle) => [String(cycle.id), cycle]));
  const usedOwners = new Set<string>();
  const usedCycles = new Set<string>();
  const rows: string[][] = [[...CSV_COLUMNS]];
  const index = new Map(CSV_COLUMNS.map((column, position) => [column, position]));
  const emptyRow = () => CSV_COLUMNS.map(() => '');
  const put = (row: string[], column: Column, value: string) => {
    row[index.get(column) ?? 0] = value;
  };
  for (const objective of records(document.objectives)) {
    const base = emptyRow();
    for (const [column, field, kind] of OBJECTIVE_FIELDS) put(base, column, cell(objective[field], kind));
    const owner = ownerById.get(String(objective.owner));
    if (objective.owner !== undefined && owner !== undefined) {
      usedOwners.add(String(objective.owner));
      for (const [column, field] of OWNER_FIELDS) put(base, column, cell(owner[field], 'text'));
    }
    const cycle = cycleById.get(String(objective.cycle));
    if (objective.cycle !== undefined && cycle !== undefined) {
      usedCycles.add(String(objective.cycle));
      for (const [column, field] of CYCLE_FIELDS) put(base, column, cell(cycle[field], 'text'));
    }
    const keyResults = records(objective.keyResults);
    if (keyResults.length === 0) rows.push(base);
    for (const keyResult of keyResults) {
      const row = [...base];
      for (const [column, field, kind] of KEY_RESULT_FIELDS) put(row, column, cell(keyResult[field], kind));
      rows.push(row);
    }
  }
  for (const owner of owners) {
    if (usedOwners.has(String(owner.id))) continue;
    const row = emptyRow();
    put(row, 'owner', cell(owner.id, 'text'));
    for (const [column, field] of OWNER_FIELDS) put(row, column, cell(owner[field], 'text'));
    rows.push(row);
  }
  for (const cycle of cycles) {
    if (usedCycles.has(String(cycle.id))) continue;
    const row = emptyRow();
    put(row, 'cycle', cell(cycle.id, 'text'));
    for (const [column, field] of CYCLE_FIELDS) put(row, column, cell(cycle[field], 'text'));
    rows.push(row);
  }
  return formatCsv(rows);
}

/** A problem in a CSV file, with its line (1-based) and column when known. */
export interface CsvProblem {
  line: number;
  column?: string;
  message: string;
}

/** The result of reading goals from CSV: the document and where each part came from, or the problems. */
export type CsvDocumentResult =
  | { ok: true; document: Data; lineOf: (path: string) => number | undefined }
  | { ok: false; problems: CsvProblem[] };

/** An owner or cycle read from the CSV, with the line that first defined it. */
interface Defined {
  line: number;
  item: Data;
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Reads goals from CSV records (see {@link documentToCsv}). Every bad cell is reported with its
 * line and column; rows are never dropped. The document still needs `parseDocument`.
 */
export function csvToDocument(input: readonly CsvRecord[]): CsvDocumentResult {
  const problems: CsvProblem[] = [];
  const [header, ...rows] = input;
  if (header === undefined)
    return { ok: false, problems: [{ line: 1, message: 'the file is empty; start with the header row' }] };
  const position = new Map<string, number>();
  header.fields.forEach((name, at) => {
    const column = name.trim();
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) {
      problems.push({
        line: header.line,
        column,
        message: `"${column}" is not a goalkit column; use the columns in the @goalkit/cli README`,
      });
    } else if (position.has(column)) {
      problems.push({ line: header.line, column, message: `the column "${column}" appears twice; keep one` });
    } else position.set(column, at);
  });
  for (const required of ['objective_id', 'key_result_id'] as const) {
    if (!position.has(required))
      problems.push({ line: header.line, message: `the header has no "${required}" column; add it` });
  }
  if (problems.length > 0) return { ok: false, problems };

  const objectives: Data[] = [];
  const objectiveAt = new Map<
    string,
    { objective: Data; keyResults: Data[]; line: number; index: number; krLines: number[] }
  >();
  const owners = new Map<string, Defined>();
  const cycles = new Map<string, Defined>();

  for (const row of rows) {
    // A number or JSON cell never starts with a quote, so every cell can be read back the same way.
    const get = (column: Column): string => unescapeCsvText((row.fields[position.get(column) ?? -1] ?? '').trim());
    if (row.fields.length > header.fields.length) {
      problems.push({
        line: row.line,
        message: `the row has ${row.fields.length} fields but the header has ${header.fields.length}; quote fields that contain commas`,
      });
      continue;
    }
    const parse = (column: Column, kind: 'text' | 'number' | 'boolean' | 'json'): unknown => {
      const text = get(column);
      if (text === '') return undefined;
      if (kind === 'text') return text;
      if (kind === 'number') {
        if (NUMBER.test(text)) return Number(text);
        problems.push({
          line: row.line,
          column,
          message: `"${text}" is not a number; write it with a dot for decimals, such as 12.5`,
        });
        return undefined;
      }
      if (kind === 'boolean') {
        if (text === 'true' || text === 'false') return text === 'true';
        problems.push({ line: row.line, column, message: `"${text}" must be true or false` });
        return undefined;
      }
      try {
        return JSON.parse(text);
      } catch {
        problems.push({
          line: row.line,
          column,
          message: 'is not valid JSON; write a list such as [{"at":"2026-01-20","value":24}]',
        });
        return undefined;
      }
    };
    const collect = <TKey extends string>(
      fields: readonly [Column, TKey, 'text' | 'number' | 'boolean' | 'json'][],
    ) => {
      const out: Data = {};
      for (const [column, field, kind] of fields) {
        const value = parse(column, kind);
        if (value !== undefined) out[field] = value;
      }
      return out;
    };
    const define = (
      kind: 'owner' | 'cycle',
      id: string,
      fields: readonly [Column, string][],
      into: Map<string, Defined>,
    ) => {
      const item: Data = { id };
      for (const [column, field] of fields) {
        const value = get(column);
        if (value !== '') item[field] = value;
      }
      const known = into.get(id);
      if (known === undefined) {
        if (Object.keys(item).length > 1) into.set(id, { line: row.line, item });
        return;
      }
      for (const [column, field] of fields) {
        const before = known.item[field];
        if (item[field] !== undefined && before !== undefined && item[field] !== before) {
          problems.push({
            line: row.line,
            column,
            message: `${kind} "${id}" has ${field} "${String(before)}" on line ${known.line}; use the same value on every row`,
          });
        } else if (before === undefined && item[field] !== undefined) known.item[field] = item[field];
      }
    };

    const ownerId = get('owner');
    const cycleId = get('cycle');
    if (ownerId !== '') define('owner', ownerId, OWNER_FIELDS, owners);
    if (cycleId !== '') define('cycle', cycleId, CYCLE_FIELDS, cycles);

    const objectiveId = get('objective_id');
    if (objectiveId === '') {
      const stray = KEY_RESULT_FIELDS.concat(
        OBJECTIVE_FIELDS.filter(([column]) => column !== 'owner' && column !== 'cycle') as never[],
      )
        .map(([column]) => column)
        .filter((column) => get(column) !== '');
      if (stray.length > 0) {
        problems.push({
          line: row.line,
          column: 'objective_id',
          message: `is empty but the row has ${stray.join(', ')}; give the row its objective's id`,
        });
      } else if (ownerId === '' && cycleId === '') {
        problems.push({ line: row.line, message: 'the row has no objective, owner or cycle; fill it in or delete it' });
      }
      continue;
    }
    let entry = objectiveAt.get(objectiveId);
    const objectiveData = collect(OBJECTIVE_FIELDS);
    if (entry === undefined) {
      const keyResults: Data[] = [];
      const objective: Data = { ...objectiveData, keyResults };
      entry = { objective, keyResults, line: row.line, index: objectives.length, krLines: [] };
      objectiveAt.set(objectiveId, entry);
      objectives.push(objective);
    } else {
      for (const [column, field] of OBJECTIVE_FIELDS) {
        const value = objectiveData[field];
        if (value !== undefined && entry.objective[field] !== undefined && value !== entry.objective[field]) {
          problems.push({
            line: row.line,
            column,
            message: `objective "${objectiveId}" has ${column} "${String(entry.objective[field])}" on line ${entry.line}; use the same value on every row of an objective, or leave it empty`,
          });
        } else if (value !== undefined && entry.objective[field] === undefined) entry.objective[field] = value;
      }
    }
    const keyResult = collect(KEY_RESULT_FIELDS);
    if (keyResult.id === undefined) {
      if (Object.keys(keyResult).length > 0) {
        problems.push({
          line: row.line,
          column: 'key_result_id',
          message: 'is empty but the row has key-result columns; give the key result an id',
        });
      }
      continue;
    }
    entry.keyResults.push(keyResult);
    entry.krLines.push(row.line);
  }
  if (problems.length > 0) return { ok: false, problems };

  const document: Data = {
    version: 1,
    cycles: [...cycles.values()].map((defined) => defined.item),
    owners: [...owners.values()].map((defined) => defined.item),
    objectives,
  };
  const lineByObjective = [...objectiveAt.values()];
  const ownerLines = [...owners.values()].map((item) => item.line);
  const cycleLines = [...cycles.values()].map((item) => item.line);
  const lineOf = (path: string): number | undefined => {
    const match = /^(objectives|owners|cycles)\[(\d+)\](?:\.keyResults\[(\d+)\])?/.exec(path);
    if (match === null) return undefined;
    const at = Number(match[2]);
    if (match[1] === 'owners') return ownerLines[at];
    if (match[1] === 'cycles') return cycleLines[at];
    const entry = lineByObjective[at];
    if (entry === undefined) return undefined;
    return match[3] === undefined ? entry.line : (entry.krLines[Number(match[3])] ?? entry.line);
  };
  return { ok: true, document, lineOf };
}
