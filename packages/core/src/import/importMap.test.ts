import { describe, expect, it } from 'vitest';
import { GoalkitValidationError } from '../model/goalkitValidationError.js';
import { confidenceWords, parseImportMap } from './importMap.js';

describe('parseImportMap', () => {
  it('accepts a full map and an empty one', () => {
    const map = {
      columns: { 'Objective name': 'title' },
      confidence: { amber: 0.4 },
      owners: { 'Ana Ruiz': 'ana' },
      cycle: 'q1',
      dateFormat: 'dmy',
    };
    expect(parseImportMap(map)).toEqual(map);
    expect(parseImportMap(undefined)).toEqual({});
  });

  it('lists every problem with its path', () => {
    let error: unknown;
    try {
      parseImportMap({ columns: { Name: 'titel' }, confidence: { amber: 40 }, dateFormat: 'ymd', extra: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GoalkitValidationError);
    const problems = (error as GoalkitValidationError).problems;
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['columns.Name', 'confidence.amber', 'dateFormat']),
    );
    expect(problems.find((problem) => problem.path === 'confidence.amber')?.message).toBe(
      'must be between 0 and 1; write 70% confidence as 0.7',
    );
    expect(problems.find((problem) => problem.path === 'dateFormat')?.message).toBe('must be dmy, mdy or iso');
  });

  it('documents red 0.2, yellow 0.5 and green 0.8, and lets the map add and change words', () => {
    const words = confidenceWords(parseImportMap({ confidence: { Amber: 0.4, green: 0.9 } }));
    expect(words.get('red')).toBe(0.2);
    expect(words.get('yellow')).toBe(0.5);
    expect(words.get('green')).toBe(0.9);
    expect(words.get('amber')).toBe(0.4);
  });
});
