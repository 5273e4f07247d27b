import { describe, expect, it } from 'vitest';
import { formatMeasure, formatRelativeTime, parseNumber } from './format.js';

describe('i18n formats', () => {
  it('reads numbers as people type them in their locale', () => {
    expect(parseNumber('27.5')).toBe(27.5);
    expect(parseNumber('1,250.5')).toBe(1250.5);
    expect(parseNumber('27,5', 'de')).toBe(27.5);
    expect(parseNumber('1.250,5', 'de-DE')).toBe(1250.5);
    expect(parseNumber(' -3 ')).toBe(-3);
    expect(parseNumber('27,5')).toBeUndefined();
    expect(parseNumber('12abc')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  it('writes units and currencies', () => {
    expect(formatMeasure(1.8, { unit: '%' })).toBe('1.8\u00a0%');
    expect(formatMeasure(27000, { unit: 'EUR', unitKind: 'currency' }, 'de')).toBe('27.000\u00a0€');
    expect(formatMeasure(5, { unit: 'not-a-code', unitKind: 'currency' })).toBe('5\u00a0not-a-code');
  });

  it('says how long ago something was, in the locale', () => {
    expect(formatRelativeTime('2026-02-10', '2026-02-15')).toBe('5 days ago');
    expect(formatRelativeTime('2026-02-10', '2026-02-15', 'de')).toBe('vor 5 Tagen');
  });
});
