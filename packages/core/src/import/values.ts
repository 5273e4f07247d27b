import { dayNumber, isoDateOfDay } from '../scoring/dayNumber.js';

/** How a date such as `03/04/2025` is read: day first, month first, or only when it cannot be misread. */
export type DateFormat = 'dmy' | 'mdy' | 'iso';

/** A parsed cell: the value, or why the text could not be read. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

// Excel's day 0 is 1899-12-30 (its day 60 is the 29 February 1900 that never was; serials after it line up).
const EXCEL_EPOCH_DAY = dayNumber('1899-12-30');
// Serials from 1 (1900-01-01) to 2958465 (9999-12-31), written as whole days, perhaps with a time of day.
const EXCEL_SERIAL = /^\d{1,7}(?:\.\d+)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ][\d:.]+)?$/;

function isoOf(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return Number.isNaN(dayNumber(iso)) ? undefined : iso;
}

/**
 * Reads a date as spreadsheets and exports write it: `2025-01-31` (a time after it is ignored), an
 * Excel serial day such as `45658` (2025-01-01), or `31/01/2025` / `01/31/2025` (`/`, `.` or `-`).
 * With `dateFormat` `'iso'` (the default) a day-month date is read only when it cannot be misread
 * (`31/01/2025`, or `05/05/2025`); `'dmy'` and `'mdy'` settle `03/04/2025` either way.
 */
export function parseDate(text: string, dateFormat: DateFormat = 'iso'): CellResult<string> {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const date = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { ok: true, value: date } : { ok: false, reason: `"${value}" is not a calendar date` };
  }
  if (EXCEL_SERIAL.test(value)) {
    const serial = Math.floor(Number(value));
    if (serial >= 1 && serial <= 2_958_465) return { ok: true, value: isoDateOfDay(EXCEL_EPOCH_DAY + serial) };
  }
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const year = Number(numeric[3]);
    let dayFirst: boolean | undefined;
    if (dateFormat === 'dmy') dayFirst = true;
    else if (dateFormat === 'mdy') dayFirst = false;
    else if (first > 12 || first === second) dayFirst = true;
    else if (second > 12) dayFirst = false;
    if (dayFirst === undefined)
      return {
        ok: false,
        reason: `"${value}" could be day/month or month/day; set dateFormat: dmy or mdy in the map, or write it as YYYY-MM-DD`,
      };
    const date = dayFirst ? isoOf(year, second, first) : isoOf(year, first, second);
    if (date) return { ok: true, value: date };
    return { ok: false, reason: `"${value}" is not a calendar date (read as ${dayFirst ? 'day/month' : 'month/day'})` };
  }
  return { ok: false, reason: `"${value}" is not a date; write it as YYYY-MM-DD, such as 2025-03-31` };
}

const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;
const THOUSANDS = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const THOUSANDS_DOT = /^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/;

/**
 * Reads a number as spreadsheets write it: `12.5`, `1,234.5`, a decimal comma (`12,5`, `1.234,5`),
 * spaces as thousands separators, and a trailing `%` (`45%` is 45, the caller decides what it means).
 */
export function parseNumber(text: string): CellResult<number> & { percent?: boolean } {
  let value = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const percent = value.endsWith('%');
  if (percent) value = value.slice(0, -1);
  if (DECIMAL_COMMA.test(value)) value = value.replace(',', '.');
  else if (THOUSANDS.test(value)) value = value.replaceAll(',', '');
  else if (THOUSANDS_DOT.test(value)) value = value.replaceAll('.', '').replace(',', '.');
  if (!PLAIN.test(value)) return { ok: false, reason: `"${text.trim()}" is not a number` };
  const number = Number(value);
  if (!Number.isFinite(number)) return { ok: false, reason: `"${text.trim()}" is not a finite number` };
  return { ok: true, value: number, percent };
}

/**
 * Reads progress as a share from 0 to 1: `45%` and `45` are 0.45 (exports write progress as a
 * percentage), and a fraction written with a decimal point up to 1 (`0.45`, `1.0`) is taken as it is.
 */
export function parseProgress(text: string): CellResult<number> {
  const read = parseNumber(text);
  if (!read.ok) return { ok: false, reason: `${read.reason}; write progress as 45% or 0.45` };
  const fraction = !read.percent && /[.,]/.test(text) && read.value <= 1 ? read.value : read.value / 100;
  if (fraction < 0) return { ok: false, reason: `"${text.trim()}" is negative; progress runs from 0% to 100%` };
  return { ok: true, value: fraction };
}

/** Text compared loosely: trimmed, lower case, runs of spaces, `_` and `-` made one space. */
export function looseKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/**
 * A short stable hash of a text (two 32-bit FNV-1a hashes in base 36): the same text gives the same id
 * in every run and on every machine, so an import run twice finds what the first one created.
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 2) >>> 0;
  }
  return `${a.toString(36).padStart(7, '0')}${b.toString(36).padStart(7, '0').slice(0, 3)}`;
}
