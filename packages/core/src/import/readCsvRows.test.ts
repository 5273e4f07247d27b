import { describe, expect, it } from 'vitest';
import { detectSeparator, readCsvRows } from './readCsvRows.js';

describe('readCsvRows', () => {
  it('reads RFC 4180 CSV with quotes, doubled quotes, separators and line breaks inside quotes, and CRLF', () => {
    const text = 'name,description\r\n"Grow, fast","He said ""go""\r\nand went"\r\nplain,x\r\n';
    expect(readCsvRows(text)).toEqual([
      ['name', 'description'],
      ['Grow, fast', 'He said "go"\r\nand went'],
      ['plain', 'x'],
    ]);
  });

  it('drops a byte-order mark and detects ; and tab separators from the header line', () => {
    expect(readCsvRows('\uFEFFa;b;c\n1,5;2;3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1,5', '2', '3'],
    ]);
    expect(readCsvRows('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('\n\nx;y\n')).toBe(';');
  });

  it('keeps blank rows as empty arrays so row numbers match the spreadsheet', () => {
    const rows = readCsvRows('h1,h2\n\na,b\r\n\r\n,\nc,d');
    expect(rows).toEqual([['h1', 'h2'], [], ['a', 'b'], [], ['', ''], ['c', 'd']]);
  });

  it('forgives a stray quote inside an unquoted field and spaces before a quoted one', () => {
    expect(readCsvRows('a,b\n5" disk, "x,y"\n')).toEqual([
      ['a', 'b'],
      ['5" disk', 'x,y'],
    ]);
  });

  it('reads an empty text as no rows, and a lone quoted empty field as one field', () => {
    expect(readCsvRows('')).toEqual([]);
    expect(readCsvRows('""')).toEqual([['']]);
  });
});
