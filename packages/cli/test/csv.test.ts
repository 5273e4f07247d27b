import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, formatCsv, parseCsv } from '../src/csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, after a BOM', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","two\nlines"\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['1', '', '3'] },
    ]);
  });

  it('skips blank lines and reads a last record without a line end', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('reports an unterminated quote and a stray quote with their line', () => {
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(
      new CsvSyntaxError(2, 'a quoted field is never closed; add the closing quote (")'),
    );
    expect(() => parseCsv('a\nab"c')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"ab"c')).toThrow('line 2: text after a closing quote');
  });

  it('round-trips any table of text through formatCsv', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ä', ',', '"', '\n', '\r\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(formatCsv(rows)).map((record) => record.fields);
        expect(parsed).toEqual(rows);
      }),
    );
  });
});
