import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from './readXlsxRows.js';

const workbook = (sheet: string, shared?: string) =>
  zipSync({
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheet}</sheetData></worksheet>`),
    ...(shared ? { 'xl/sharedStrings.xml': strToU8(`<sst>${shared}</sst>`) } : {}),
  });

describe('readXlsxRows', () => {
  it('reads shared, inline and number cells by their addresses, blank rows kept', () => {
    const result = readXlsxRows(
      workbook(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Owner &amp; team</t></is></c></row>' +
          '<row r="3"><c r="B3"><v>45658</v></c></row>',
        '<si><t>Objective</t></si>',
      ),
      1_000_000,
    );
    expect(result).toEqual({ ok: true, rows: [['Objective', '', 'Owner & team'], [], ['', '45658']] });
  });

  it('reads a character reference past Unicode as U+FFFD instead of failing', () => {
    const result = readXlsxRows(
      workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>a&#99999999;b&#x1F600;</t></is></c></row>'),
      1_000_000,
    );
    expect(result).toEqual({ ok: true, rows: [['a\uFFFDb😀']] });
  });

  it('says what is wrong with a file that is not a workbook', () => {
    const result = readXlsxRows(strToU8('name,type\nGrow,increase\n'), 1_000_000);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain('not an XLSX workbook');
  });
});
