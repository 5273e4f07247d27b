import { confidenceWords, type ImportField, type ImportMap } from './importMap.js';
import type {
  ImportedCheckIn,
  ImportedCycle,
  ImportedKeyResult,
  ImportedObjective,
  ImportedOwner,
  ImportFormat,
  ImportRejection,
  ParsedImport,
} from './types.js';
import { type CellResult, looseKey, parseDate, parseNumber, parseProgress } from './values.js';

/**
 * The headers each format's export uses for each field, compared loosely (case, spaces, `_` and `-`
 * do not matter). A map's `columns` adds to these.
 */
export const DEFAULT_COLUMNS: Readonly<Record<Exclude<ImportFormat, 'csv'>, Partial<Record<ImportField, string[]>>>> = {
  viva: {
    id: ['id', 'okr id', 'item id'],
    type: ['type', 'item type', 'okr type'],
    title: ['title', 'name', 'okr title'],
    description: ['description'],
    parent: ['parent id', 'parent', 'aligned to id'],
    owner: ['owner', 'owner name', 'owners'],
    ownerEmail: ['owner email', 'owner e mail', 'email'],
    period: ['time period', 'period'],
    start: ['start date'],
    end: ['end date', 'due date'],
    startValue: ['start value', 'metric start', 'baseline'],
    target: ['target value', 'target', 'metric target'],
    current: ['current value', 'current', 'value'],
    unit: ['unit', 'metric unit', 'metric'],
    progress: ['progress', 'progress %', 'score'],
    confidence: ['status', 'confidence'],
    checkInDate: ['check in date', 'checkin date', 'date'],
    note: ['note', 'check in note', 'comment'],
  },
  betterworks: {
    id: ['id', 'ref', 'external id'],
    type: ['type'],
    title: ['name'],
    description: ['description'],
    parent: ['parent', 'parent id', 'parent ref'],
    ownerEmail: ['owner email', 'owner'],
    start: ['start date'],
    end: ['end date'],
    progress: ['progress'],
    categories: ['categories'],
  },
  tability: {
    keyResult: ['outcome', 'outcome id', 'outcome title', 'key result', 'key result id'],
    checkInDate: ['checkin date', 'check in date', 'date'],
    current: ['score', 'value'],
    confidence: ['confidence'],
    note: ['body', 'note', 'comment'],
  },
};

/**
 * goalkit's own CSV columns, in order: what `goalkit convert --to csv` writes (the CLI's `CSV_COLUMNS` is this
 * list) and `parseImport('csv', …)` reads.
 */
export const GOALKIT_CSV_COLUMNS = [
  'objective_id',
  'objective_title',
  'objective_description',
  'owner',
  'owner_name',
  'owner_kind',
  'owner_parent',
  'cycle',
  'cycle_name',
  'cycle_start',
  'cycle_end',
  'parent',
  'alignment',
  'objective_weight',
  'rollup',
  'status_from',
  'key_result_id',
  'key_result_title',
  'key_result_description',
  'key_result_owner',
  'type',
  'start',
  'target',
  'min',
  'max',
  'current',
  'unit',
  'unit_kind',
  'weight',
  'due',
  'done',
  'scoring',
  'targets',
  'milestones',
  'check_ins',
] as const;

type Kind = 'text' | 'number' | 'boolean' | 'json' | 'date';

const GOALKIT_OBJECTIVE: readonly [string, string, Kind][] = [
  ['objective_title', 'title', 'text'],
  ['objective_description', 'description', 'text'],
  ['alignment', 'alignment', 'text'],
  ['objective_weight', 'weight', 'number'],
  ['rollup', 'rollup', 'text'],
  ['status_from', 'statusFrom', 'text'],
];

const GOALKIT_KEY_RESULT: readonly [string, string, Kind][] = [
  ['key_result_title', 'title', 'text'],
  ['key_result_description', 'description', 'text'],
  ['type', 'type', 'text'],
  ['start', 'start', 'number'],
  ['target', 'target', 'number'],
  ['min', 'min', 'number'],
  ['max', 'max', 'number'],
  ['current', 'current', 'number'],
  ['unit', 'unit', 'text'],
  ['unit_kind', 'unit-kind', 'text'],
  ['weight', 'weight', 'number'],
  ['due', 'due', 'date'],
  ['done', 'done', 'boolean'],
  ['scoring', 'scoring', 'text'],
  ['targets', 'targets', 'json'],
  ['milestones', 'milestones', 'json'],
];

const OBJECTIVE_TYPES = new Set(['objective', 'goal', 'o']);
const KEY_RESULT_TYPES = new Set(['key result', 'kr', 'milestone', 'keyresult']);
const CHECK_IN_TYPES = new Set(['check in', 'checkin', 'update', 'progress update']);

/** A row with its number and the cells of each field. */
interface Row {
  row: number;
  get(field: string): string;
}

class Reader {
  readonly rejected: ImportRejection[] = [];
  readonly warnings: ImportRejection[] = [];
  readonly skipped: ImportRejection[] = [];
  readonly columns: Partial<Record<string, string>> = {};
  readonly rows: Row[] = [];
  readonly words: Map<string, number>;

  constructor(
    rows: readonly (readonly string[])[],
    fields: Partial<Record<string, string[]>>,
    readonly map: ImportMap | undefined,
  ) {
    this.words = confidenceWords(map);
    const headerAt = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
    if (headerAt < 0) {
      this.rejected.push({ row: 1, reason: 'the file is empty; export it again with its header row' });
      return;
    }
    const header = (rows[headerAt] as readonly string[]).map((cell) => cell.trim());
    const positions = new Map<string, number>();
    const mapped = Object.entries(map?.columns ?? {});
    const overrides = new Map(mapped.map(([name, field]) => [looseKey(name), field]));
    header.forEach((name, at) => {
      const key = looseKey(name);
      const field = overrides.get(key) ?? Object.entries(fields).find(([, names]) => names?.includes(key))?.[0];
      if (field === undefined) return;
      // An override wins over a default column for the same field; otherwise the first column does.
      if (positions.has(field) && !overrides.has(key)) return;
      positions.set(field, at);
      this.columns[field] = name;
    });
    for (const [name, field] of mapped) {
      if (!header.some((cell) => looseKey(cell) === looseKey(name)))
        this.warnings.push({
          row: headerAt + 1,
          reason: `the map's columns name "${name}" (for ${field}), which the header does not have; check the map`,
        });
    }
    for (let index = headerAt + 1; index < rows.length; index++) {
      const cells = rows[index] as readonly string[];
      const number = index + 1;
      if (cells.every((cell) => cell.trim() === '')) {
        this.skipped.push({ row: number, reason: 'blank row' });
        continue;
      }
      this.rows.push({
        row: number,
        get: (field) => {
          const at = positions.get(field);
          return at === undefined ? '' : (cells[at] ?? '').trim();
        },
      });
    }
  }

  reject(row: number, reason: string, field?: string): void {
    const column = field === undefined ? undefined : (this.columns[field] ?? field);
    this.rejected.push(column === undefined ? { row, reason } : { row, column, reason });
  }

  /** Reads a cell, rejecting the row when it cannot be read; `undefined` for an empty cell. */
  read<T>(row: Row, field: string, parse: (text: string) => CellResult<T>): T | undefined | typeof BAD {
    const text = row.get(field);
    if (text === '') return undefined;
    const result = parse(text);
    if (result.ok) return result.value;
    this.reject(row.row, result.reason, field);
    return BAD;
  }

  confidence(text: string): CellResult<number> {
    const word = this.words.get(looseKey(text));
    if (word !== undefined) return { ok: true, value: word };
    const number = parseNumber(text);
    const value = number.ok ? (number.percent || number.value > 1 ? number.value / 100 : number.value) : Number.NaN;
    if (value >= 0 && value <= 1) return { ok: true, value };
    const known = [...this.words.keys()].join(', ');
    return {
      ok: false,
      reason: `"${text}" is not a confidence word (${known}) or a number from 0 to 1; add it under confidence in the map`,
    };
  }
}

const BAD: unique symbol = Symbol('bad cell');

function ownerOf(row: Row): ImportedOwner {
  const owner: ImportedOwner = {};
  const email = row.get('ownerEmail');
  const name = row.get('owner');
  if (email !== '') owner.email = email;
  if (name !== '') {
    if (name.includes('@') && owner.email === undefined) owner.email = name;
    else owner.name = name;
  }
  return owner;
}

function ownerKey(owner: ImportedOwner): string {
  return looseKey(owner.email ?? owner.name ?? owner.id ?? '');
}

function sameOwner(a: ImportedOwner, b: ImportedOwner): boolean {
  return ownerKey(a) === ownerKey(b);
}

/** Viva Goals' and Betterworks' exports: one row per objective, key result (milestone) or check-in. */
function parseOutline(from: 'viva' | 'betterworks', reader: Reader): ImportedObjective[] {
  const dateFormat = reader.map?.dateFormat;
  const objectives = new Map<string, ImportedObjective>();
  const keyResults = new Map<string, { keyResult: ImportedKeyResult; objective: ImportedObjective }>();
  const rejectedRefs = new Map<string, number>();
  const kinds = reader.rows.map((row) => {
    const type = looseKey(row.get('type'));
    if (OBJECTIVE_TYPES.has(type)) return 'objective' as const;
    if (KEY_RESULT_TYPES.has(type)) return 'keyResult' as const;
    if (CHECK_IN_TYPES.has(type) && from === 'viva') return 'checkIn' as const;
    const allowed =
      from === 'viva' ? 'Objective, Key Result or Check-in' : 'goal (an objective) or milestone (a key result)';
    reader.reject(
      row.row,
      type === ''
        ? `is empty; write ${allowed}`
        : `"${row.get('type')}" has no place in goalkit (only ${allowed}); the row is left out`,
      'type',
    );
    return undefined;
  });
  // The nearest objective and key result above each row, found in one pass (a key result may have thousands of check-ins).
  const above: { objective?: Row; keyResult?: Row }[] = [];
  let lastObjective: Row | undefined;
  let lastKeyResult: Row | undefined;
  for (const [index, row] of reader.rows.entries()) {
    above.push({
      ...(lastObjective && { objective: lastObjective }),
      ...(lastKeyResult && { keyResult: lastKeyResult }),
    });
    if (kinds[index] === 'objective') lastObjective = row;
    if (kinds[index] === 'keyResult') lastKeyResult = row;
  }
  const refs = new Map<number, string>();
  const rowOfRef = new Map<string, number>();
  const setRef = (row: number, ref: string) => {
    refs.set(row, ref);
    if (!rowOfRef.has(ref)) rowOfRef.set(ref, row);
  };

  for (const [index, row] of reader.rows.entries()) {
    if (kinds[index] !== 'objective') continue;
    const title = row.get('title');
    const owner = ownerOf(row);
    const start = reader.read(row, 'start', (text) => parseDate(text, dateFormat));
    const end = reader.read(row, 'end', (text) => parseDate(text, dateFormat));
    const id = row.get('id');
    const period = row.get('period');
    const ref =
      id !== ''
        ? id
        : `${looseKey(title)}|${ownerKey(owner)}|${looseKey(period) || `${String(start)}..${String(end)}`}`;
    setRef(row.row, ref);
    if (start === BAD || end === BAD) {
      rejectedRefs.set(ref, row.row);
      continue;
    }
    if (title === '') {
      reader.reject(row.row, 'is empty; every objective needs a title', 'title');
      rejectedRefs.set(ref, row.row);
      continue;
    }
    const twin = objectives.get(ref);
    if (twin !== undefined) {
      reader.reject(
        row.row,
        `is the same objective as row ${twin.row}${id === '' ? ' (same title, owner and period)' : ''}; keep one`,
        id === '' ? 'title' : 'id',
      );
      continue;
    }
    const cycle: ImportedCycle = {};
    if (period !== '') cycle.name = period;
    if (start !== undefined) cycle.start = start;
    if (end !== undefined) cycle.end = end;
    const fields: Record<string, unknown> = { title };
    const description = row.get('description');
    if (description !== '') fields.description = description;
    const objective: ImportedObjective = { row: row.row, ref, owner, cycle, fields, keyResults: [] };
    const parent = row.get('parent');
    if (parent !== '') objective.parentRef = parent;
    objectives.set(ref, objective);
  }

  const parentOf = (row: Row, index: number, kind: 'objective' | 'keyResult', what: string) => {
    const parent = row.get('parent');
    const ref = parent !== '' ? parent : refs.get(above[index]?.[kind]?.row ?? -1);
    if (ref === undefined) {
      reader.reject(
        row.row,
        `names no ${what}; write its ${what}'s id in the parent column, or put the row below its ${what}`,
        'parent',
      );
      return undefined;
    }
    return ref;
  };

  for (const [index, row] of reader.rows.entries()) {
    if (kinds[index] !== 'keyResult') continue;
    const objectiveRef = parentOf(row, index, 'objective', 'objective');
    if (objectiveRef === undefined) continue;
    const objective = objectives.get(objectiveRef);
    const id = row.get('id');
    const title = row.get('title');
    const ref = id !== '' ? id : `${objectiveRef}|${looseKey(title)}`;
    setRef(row.row, ref);
    if (objective === undefined) {
      const rejectedAt = rejectedRefs.get(objectiveRef) ?? rowOfRef.get(objectiveRef);
      reader.reject(
        row.row,
        rejectedAt === undefined
          ? `"${objectiveRef}" is no objective of the file; write the id of its objective`
          : `its objective (row ${rejectedAt}) was left out, so this key result is too`,
        row.get('parent') === '' ? undefined : 'parent',
      );
      continue;
    }
    if (title === '') {
      reader.reject(row.row, 'is empty; every key result needs a title', 'title');
      continue;
    }
    const twin = keyResults.get(ref);
    if (twin !== undefined) {
      reader.reject(row.row, `is the same key result as row ${twin.keyResult.row}; keep one`, id ? 'id' : 'title');
      continue;
    }
    const startValue = reader.read(row, 'startValue', parseNumber);
    const target = reader.read(row, 'target', parseNumber);
    const current = reader.read(row, 'current', parseNumber);
    const progress = reader.read(row, 'progress', parseProgress);
    if (startValue === BAD || target === BAD || current === BAD || progress === BAD) continue;
    const fields: Record<string, unknown> = { title };
    const description = row.get('description');
    if (description !== '') fields.description = description;
    if (target !== undefined) {
      const start = startValue ?? 0;
      Object.assign(fields, { type: target >= start ? 'increase' : 'decrease', start, target });
      const value = current ?? (progress === undefined ? undefined : start + progress * (target - start));
      if (value !== undefined) fields.current = round(value);
      const unit = row.get('unit');
      if (unit !== '') fields.unit = unit;
    } else {
      // No target: the tool tracked progress only (Betterworks' milestones always do), so 0 to 100 percent.
      Object.assign(fields, { type: 'increase', start: 0, target: 100, unit: '%' });
      if (progress !== undefined) fields.current = round(progress * 100);
      else if (current !== undefined) fields.current = current;
    }
    const keyResult: ImportedKeyResult = { row: row.row, ref, fields, checkIns: [] };
    const owner = ownerOf(row);
    if (ownerKey(owner) !== '' && !sameOwner(owner, objective.owner)) keyResult.owner = owner;
    objective.keyResults.push(keyResult);
    keyResults.set(ref, { keyResult, objective });
  }

  for (const [index, row] of reader.rows.entries()) {
    if (kinds[index] !== 'checkIn') continue;
    const keyResultRef = parentOf(row, index, 'keyResult', 'key result');
    if (keyResultRef === undefined) continue;
    const found = keyResults.get(keyResultRef);
    if (found === undefined) {
      const at = rowOfRef.get(keyResultRef);
      reader.reject(
        row.row,
        at === undefined
          ? `"${keyResultRef}" is no key result of the file; write the id of its key result`
          : `its key result (row ${at}) was left out, so this check-in is too`,
        row.get('parent') === '' ? undefined : 'parent',
      );
      continue;
    }
    const at = reader.read(row, 'checkInDate', (text) => parseDate(text, dateFormat));
    const current = reader.read(row, 'current', parseNumber);
    const progress = reader.read(row, 'progress', parseProgress);
    const confidence = reader.read(row, 'confidence', (text) => reader.confidence(text));
    if (at === BAD || current === BAD || progress === BAD || confidence === BAD) continue;
    if (at === undefined) {
      reader.reject(row.row, 'is empty; a check-in needs its date', 'checkInDate');
      continue;
    }
    const fields = found.keyResult.fields;
    const value =
      current ??
      (progress === undefined
        ? undefined
        : fields.unit === '%' && fields.start === 0 && fields.target === 100
          ? round(progress * 100)
          : round(Number(fields.start) + progress * (Number(fields.target) - Number(fields.start))));
    const checkIn: ImportedCheckIn = { row: row.row, keyResultRef, at };
    if (value !== undefined) checkIn.value = value;
    if (confidence !== undefined) checkIn.confidence = confidence;
    const note = row.get('note') || row.get('description');
    if (note !== '') checkIn.note = note;
    found.keyResult.checkIns.push(checkIn);
  }
  return [...objectives.values()];
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Tability's check-in export: one row per check-in, naming its key result (outcome). */
function parseTability(reader: Reader): ImportedCheckIn[] {
  const dateFormat = reader.map?.dateFormat;
  const checkIns: ImportedCheckIn[] = [];
  if (reader.columns.keyResult === undefined && reader.rows.length > 0) {
    reader.reject(
      1,
      'the header has no column naming the key result (outcome); add one, or name it under columns in the map (Outcome: keyResult)',
    );
    return checkIns;
  }
  for (const row of reader.rows) {
    const keyResultRef = row.get('keyResult');
    const at = reader.read(row, 'checkInDate', (text) => parseDate(text, dateFormat));
    const value = reader.read(row, 'current', parseNumber);
    const confidence = reader.read(row, 'confidence', (text) => reader.confidence(text));
    if (at === BAD || value === BAD || confidence === BAD) continue;
    if (keyResultRef === '') {
      reader.reject(row.row, 'is empty; name the key result (outcome) of the check-in', 'keyResult');
      continue;
    }
    if (at === undefined) {
      reader.reject(row.row, 'is empty; a check-in needs its date', 'checkInDate');
      continue;
    }
    const checkIn: ImportedCheckIn = { row: row.row, keyResultRef, at };
    if (value !== undefined) checkIn.value = value;
    if (confidence !== undefined) checkIn.confidence = confidence;
    const note = row.get('note');
    if (note !== '') checkIn.note = note;
    checkIns.push(checkIn);
  }
  return checkIns;
}

const NEUTRALISED = /^'['=+\-@\t\r]/;

/** goalkit's own CSV, as `goalkit convert --to csv` writes it: one row per key result. */
function parseGoalkitCsv(reader: Reader): ImportedObjective[] {
  const objectives = new Map<string, ImportedObjective>();
  const keyResultRefs = new Set<string>();
  if (reader.columns.objective_id === undefined || reader.columns.key_result_id === undefined) {
    if (reader.rows.length > 0 || reader.rejected.length === 0)
      reader.reject(1, 'the header has no objective_id or key_result_id column; is this a goalkit CSV?');
    return [];
  }
  for (const row of reader.rows) {
    const get = (column: string) => {
      const text = row.get(column);
      return NEUTRALISED.test(text) ? text.slice(1) : text;
    };
    const objectiveId = get('objective_id');
    if (objectiveId === '') {
      reader.skipped.push({
        row: row.row,
        reason:
          'defines only an owner or a cycle; goalkit imports objectives, and owners and cycles must already be in the document',
      });
      continue;
    }
    const values = (spec: readonly [string, string, Kind][]) => {
      const out: Record<string, unknown> = {};
      let bad = false;
      for (const [column, field, kind] of spec) {
        const text = get(column);
        if (text === '') continue;
        if (kind === 'text') out[field] = text;
        else if (kind === 'number') {
          const number = parseNumber(text);
          if (number.ok && !number.percent) out[field] = number.value;
          else {
            reader.reject(row.row, `"${text}" is not a number`, column);
            bad = true;
          }
        } else if (kind === 'boolean') {
          if (text === 'true' || text === 'false') out[field] = text === 'true';
          else {
            reader.reject(row.row, `"${text}" must be true or false`, column);
            bad = true;
          }
        } else if (kind === 'date') {
          const date = parseDate(text, reader.map?.dateFormat);
          if (date.ok) out[field] = date.value;
          else {
            reader.reject(row.row, date.reason, column);
            bad = true;
          }
        } else {
          try {
            out[field] = JSON.parse(text);
          } catch {
            reader.reject(row.row, 'is not valid JSON; write a list such as [{"at":"2026-01-20","value":24}]', column);
            bad = true;
          }
        }
      }
      return bad ? undefined : out;
    };
    let objective = objectives.get(objectiveId);
    if (objective === undefined) {
      const fields = values(GOALKIT_OBJECTIVE);
      if (fields === undefined) continue;
      const cycle: ImportedCycle = {};
      for (const [column, key] of [
        ['cycle', 'id'],
        ['cycle_name', 'name'],
        ['cycle_start', 'start'],
        ['cycle_end', 'end'],
      ] as const) {
        if (get(column) !== '') cycle[key] = get(column);
      }
      const owner: ImportedOwner = get('owner') === '' ? {} : { id: get('owner') };
      objective = { row: row.row, ref: objectiveId, owner, cycle, fields, keyResults: [] };
      if (get('parent') !== '') objective.parentRef = get('parent');
      objectives.set(objectiveId, objective);
    }
    const keyResultId = get('key_result_id');
    if (keyResultId === '') continue;
    if (keyResultRefs.has(keyResultId)) {
      reader.reject(
        row.row,
        `the key result "${keyResultId}" appears twice; give each key result its own id`,
        'key_result_id',
      );
      continue;
    }
    const fields = values(GOALKIT_KEY_RESULT);
    if (fields === undefined) continue;
    const keyResult: ImportedKeyResult = { row: row.row, ref: keyResultId, fields, checkIns: [] };
    if (get('key_result_owner') !== '') keyResult.owner = { id: get('key_result_owner') };
    const checkIns = get('check_ins');
    if (checkIns !== '') {
      let list: unknown;
      try {
        list = JSON.parse(checkIns);
      } catch {
        list = undefined;
      }
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'object' || item === null)) {
        reader.reject(row.row, 'must be a JSON list such as [{"at":"2026-01-20","value":24}]', 'check_ins');
        continue;
      }
      for (const item of list as Record<string, unknown>[]) {
        const checkIn = { ...item, row: row.row, keyResultRef: keyResultId } as ImportedCheckIn;
        keyResult.checkIns.push(checkIn);
      }
    }
    keyResultRefs.add(keyResultId);
    objective.keyResults.push(keyResult);
  }
  return [...objectives.values()];
}

/**
 * Reads the rows of an export (see `readCsvRows`; the first non-blank row is the header) as objectives,
 * key results and check-ins. Pure: it matches nothing against a document, that is `planImport`'s work.
 *
 * - `viva`: Viva Goals' export, one row per objective, key result or check-in (`Type`), linked by `Parent ID`
 *   or, without one, to the nearest objective (key result) above.
 * - `betterworks`: the OKR upload CSV (`name, type, progress, start_date, end_date, owner_email, categories,
 *   description`); `type` is `goal` or `milestone`, a milestone belongs to the goal above it (or to `parent`).
 * - `tability`: check-ins (`checkin_date, score, confidence, body`) and a column naming the key result (`outcome`).
 * - `csv`: goalkit's own CSV; ids are kept as they are.
 *
 * Every row that cannot be read is in `rejected` with its row number (the header is row 1) and column.
 */
export function parseImport(from: ImportFormat, rows: readonly (readonly string[])[], map?: ImportMap): ParsedImport {
  const fields =
    from === 'csv'
      ? Object.fromEntries(GOALKIT_CSV_COLUMNS.map((column) => [column, [looseKey(column)]]))
      : DEFAULT_COLUMNS[from];
  const reader = new Reader(rows, fields, from === 'csv' ? undefined : map);
  const checkIns = from === 'tability' ? parseTability(reader) : [];
  const items = from === 'tability' ? [] : from === 'csv' ? parseGoalkitCsv(reader) : parseOutline(from, reader);
  reader.rejected.sort((a, b) => a.row - b.row);
  return {
    from,
    items,
    checkIns,
    rejected: reader.rejected,
    warnings: reader.warnings,
    skipped: reader.skipped,
    columns: reader.columns,
  };
}
