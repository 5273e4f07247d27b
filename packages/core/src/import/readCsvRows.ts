const SEPARATORS = [',', ';', '\t'] as const;

/**
 * The separator of a CSV file, from its header line: whichever of `,`, `;` and tab occurs most often
 * outside quotes (Excel in much of Europe writes `;`, and some exports use tabs). Commas win a tie.
 */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
    } else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  let best: ',' | ';' | '\t' = ',';
  for (const separator of SEPARATORS) if (counts[separator] > counts[best]) best = separator;
  return best;
}

/**
 * Reads CSV as exports from other tools write it, forgiving where RFC 4180 readers are strict: a UTF-8
 * byte-order mark is dropped, the separator (`,`, `;` or tab) is detected from the header line, fields
 * may be quoted with `"` (`""` is a quote; quoted fields may hold separators and line breaks), records
 * end with CRLF, LF or CR, and a quote inside an unquoted field is kept as text. A blank line is kept as
 * an empty array, so `rows[n]` is row `n + 1` of the file as a spreadsheet numbers it (the header is row 1).
 * Fields are returned as written; callers trim them.
 */
export function readCsvRows(text: string): string[][] {
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    rows.push(fields.length === 1 && fields[0] === '' && !fieldStarted ? [] : fields);
    fields = [];
    field = '';
    fieldStarted = false;
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
      } else field += char;
      index++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      // Only spaces before the quote (`a, "b"`): the quoted text is the field.
      field = '';
      quoted = true;
      fieldStarted = true;
    } else if (char === separator) {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[index + 1] === '\n') index++;
    } else field += char;
    index++;
  }
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return rows;
}
