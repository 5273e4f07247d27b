/** One CSV record with the line it starts on (1-based), for error messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Thrown by {@link parseCsv} for text that is not CSV. */
export class CsvSyntaxError extends Error {
  /** The line (1-based) where the problem is. */
  readonly line: number;

  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/**
 * Parses RFC 4180 CSV: fields separated by commas, quoted with `"` when they hold commas, quotes
 * or line breaks (`""` is a quote), records ended by CRLF or LF. A UTF-8 byte-order mark is
 * skipped and blank lines are ignored.
 *
 * @throws {CsvSyntaxError} for an unterminated quote or a quote inside an unquoted field.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let quoted = false;
  let sawQuotes = false;
  const endField = () => {
    fields.push(field);
    field = '';
    sawQuotes = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index++;
        continue;
      }
      if (char === '\n') line++;
      field += char;
      index++;
      continue;
    }
    if (char === '"') {
      if (field !== '' || sawQuotes)
        throw new CsvSyntaxError(
          line,
          'a quote inside an unquoted field; quote the whole field and double the quote ("")',
        );
      quoted = true;
      sawQuotes = true;
      index++;
    } else if (char === ',') {
      endField();
      index++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      if (sawQuotes)
        throw new CsvSyntaxError(line, 'text after a closing quote; put the whole field inside the quotes');
      field += char;
      index++;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed; add the closing quote (")');
  if (field !== '' || fields.length > 0 || sawQuotes) endRecord();
  return records;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Formats records as RFC 4180 CSV with CRLF line ends, quoting only fields that need it. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(','))
    .map((row) => `${row}\r\n`)
    .join('');
}
