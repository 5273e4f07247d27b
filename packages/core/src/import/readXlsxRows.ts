import { type UnzipFileInfo, unzipSync } from 'fflate';

/** The rows of an XLSX workbook's first sheet, or why they could not be read. */
export type XlsxResult = { ok: true; rows: string[][] } | { ok: false; reason: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities (`&amp;`, `&#10;`, `&#x2014;`) and Excel's `_x000D_` escapes turned back into characters. */
function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_match, name: string) => {
      // A code point past Unicode's last (a broken or hostile file) reads as U+FFFD, never a RangeError.
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (name.startsWith('#')) return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      return ENTITIES[name] ?? '';
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The text of a shared or inline string: every `<t>` run, without phonetic guides (`<rPh>`). */
function stringText(xml: string): string {
  let text = '';
  for (const match of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g))
    text += decodeXml(match[1] ?? '');
  return text;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** `B12` → column 1 (0-based) and row 12 (1-based). */
function cellAddress(reference: string): { column: number; row: number } | undefined {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(reference);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1] as string) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(match[2]) };
}

/** Where the workbook's first sheet is inside the package. */
function firstSheetPath(files: Record<string, Uint8Array>, decoder: TextDecoder): string {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (workbook && rels) {
    const sheet = /<sheet\b([^>]*)\/?>/.exec(decoder.decode(workbook));
    const id = sheet ? attribute(sheet[1] as string, 'r:id') : undefined;
    for (const match of decoder.decode(rels).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      if (attribute(match[1] as string, 'Id') !== id) continue;
      const target = attribute(match[1] as string, 'Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

/**
 * Reads the first sheet of an XLSX workbook (as Viva Goals exports it) as rows of text, the way a CSV of
 * it would read: shared and inline strings as text, numbers (and dates, which are Excel serial days) as
 * written in the file, `TRUE`/`FALSE` for booleans. A blank row is an empty array, so row numbers match
 * the sheet's. Only the parts needed are unpacked, and a workbook that would unpack to more than
 * `maxUnpackedBytes` is refused rather than read.
 */
export function readXlsxRows(bytes: Uint8Array, maxUnpackedBytes: number): XlsxResult {
  let unpacked = 0;
  let tooLarge = false;
  const wanted = (file: UnzipFileInfo) => {
    const keep =
      file.name === 'xl/workbook.xml' ||
      file.name === 'xl/_rels/workbook.xml.rels' ||
      file.name === 'xl/sharedStrings.xml' ||
      file.name.startsWith('xl/worksheets/');
    if (!keep) return false;
    unpacked += file.originalSize;
    if (unpacked > maxUnpackedBytes) tooLarge = true;
    return !tooLarge;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: wanted });
  } catch (error) {
    return {
      ok: false,
      reason: `not an XLSX workbook (${(error as Error).message}); export it again as .xlsx or .csv`,
    };
  }
  if (tooLarge)
    return {
      ok: false,
      reason: `the workbook unpacks to more than ${Math.round(maxUnpackedBytes / 1024 / 1024)} MB; export it as CSV, or raise --max-input-size`,
    };
  const decoder = new TextDecoder();
  const sheetPath = firstSheetPath(files, decoder);
  const sheet = files[sheetPath];
  if (sheet === undefined)
    return { ok: false, reason: `the workbook has no sheet at ${sheetPath}; export it again as .xlsx or .csv` };
  const shared: string[] = [];
  const sharedXml = files['xl/sharedStrings.xml'];
  if (sharedXml)
    for (const match of decoder.decode(sharedXml).matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g))
      shared.push(stringText(match[1] ?? ''));

  const rows: string[][] = [];
  let nextRow = 1;
  for (const rowMatch of decoder.decode(sheet).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attribute(rowMatch[1] as string, 'r') ?? nextRow);
    // Excel's last row is 1,048,576: a row number past it (or not a number) is a broken file, not a reason to allocate.
    if (!Number.isInteger(number) || number < 1 || number > 1_048_576)
      return { ok: false, reason: `the sheet has a row numbered "${number}"; export it again as .xlsx or .csv` };
    nextRow = number + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cellMatch[1] as string;
      const body = cellMatch[2] ?? '';
      const column = cellAddress(attribute(attributes, 'r') ?? '')?.column ?? nextColumn;
      nextColumn = column + 1;
      const type = attribute(attributes, 't');
      const value = decodeXml(/<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
      let text: string;
      if (type === 's') text = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = stringText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else text = value;
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    while (rows.length < number - 1) rows.push([]);
    rows[number - 1] = cells.some((cell) => cell !== '') ? cells : [];
  }
  return { ok: true, rows };
}
