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

describe('CSV injection (OWASP): cells a spreadsheet would run as formulas', () => {
  it('writes every text that starts like a formula with a leading quote, and reads it back exactly', async () => {
    const { documentToCsv, csvToDocument, escapeCsvText } = await import('../src/goalsCsv.js');
    const document = {
      version: 1,
      cycles: [{ id: 'q1', name: '=HYPERLINK("http://evil","Q1")', start: '2026-01-01', end: '2026-03-31' }],
      owners: [{ id: 'growth', kind: 'team', name: '@SUM(1+1)*cmd|calc!A0' }],
      objectives: [
        {
          id: 'o1',
          title: '+Grow revenue',
          owner: 'growth',
          cycle: 'q1',
          keyResults: [
            { id: 'kr1', title: '-2 days to value', type: 'decrease', start: -5, target: -10, unit: '\tdays' },
          ],
        },
      ],
    };
    const csv = documentToCsv(document);
    const cells = parseCsv(csv).flatMap((r) => r.fields);
    for (const dangerous of ['=', '+', '-', '@', '\t', '\r'])
      expect(cells.filter((c) => c.startsWith(dangerous) && !/^-?\d/.test(c))).toEqual([]);
    expect(cells).toContain("'+Grow revenue");
    expect(cells).toContain('-5'); // a number stays a number
    const back = csvToDocument(parseCsv(csv));
    if (!back.ok) throw new Error('did not read back');
    expect(back.document).toMatchObject({
      cycles: [{ name: '=HYPERLINK("http://evil","Q1")' }],
      owners: [{ name: '@SUM(1+1)*cmd|calc!A0' }],
      objectives: [{ title: '+Grow revenue', keyResults: [{ title: '-2 days to value', unit: '\tdays', start: -5 }] }],
    });
    expect(escapeCsvText("'already quoted")).toBe("''already quoted");
  });

  it('removes only the quote it added: a hand-written leading quote stays', async () => {
    const { csvToDocument } = await import('../src/goalsCsv.js');
    const csv =
      "objective_id,objective_title,key_result_id,key_result_title,type\no1,'Tis the season,kr1,'=1+1 stays text,boolean\n";
    const back = csvToDocument(parseCsv(csv));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.document).toMatchObject({
      objectives: [{ title: "'Tis the season", keyResults: [{ title: '=1+1 stays text' }] }],
    });
  });

  it('neutralises a number or boolean column that holds text (a document not yet checked)', async () => {
    const { documentToCsv } = await import('../src/goalsCsv.js');
    const csv = documentToCsv({
      version: 1,
      objectives: [
        { id: 'o1', title: 'Grow', weight: '=1+1', keyResults: [{ id: 'kr1', title: 'x', start: '@A1', done: '+x' }] },
      ],
    });
    const cells = parseCsv(csv).flatMap((r) => r.fields);
    expect(cells).toEqual(expect.arrayContaining(["'=1+1", "'@A1", "'+x"]));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('round-trips any title through export and import', async () => {
    const { documentToCsv, csvToDocument } = await import('../src/goalsCsv.js');
    const text = fc
      .string({ unit: fc.constantFrom('=', '+', '-', '@', "'", '\t', '\r', 'a', ',', '"', ' ', '\n'), minLength: 1 })
      .filter((t) => t.trim() === t && t !== '');
    fc.assert(
      fc.property(text, text, (title, unit) => {
        const document = {
          version: 1,
          objectives: [{ id: 'o1', title, keyResults: [{ id: 'kr1', title, type: 'boolean', unit }] }],
        };
        const back = csvToDocument(parseCsv(documentToCsv(document)));
        if (!back.ok) throw new Error(JSON.stringify(back.problems));
        const objective = (
          back.document.objectives as { title: string; keyResults: { title: string; unit: string }[] }[]
        )[0];
        expect(objective?.title).toBe(title);
        expect(objective?.keyResults[0]).toMatchObject({ title, unit });
      }),
    );
  });
});
