import { describe, expect, it } from 'vitest';
import { parseDate, parseNumber, parseProgress, stableHash } from './values.js';

describe('parseDate', () => {
  it('reads ISO dates, ignoring a time of day', () => {
    expect(parseDate('2025-01-31')).toEqual({ ok: true, value: '2025-01-31' });
    expect(parseDate('2025-1-5T10:00:00Z')).toEqual({ ok: true, value: '2025-01-05' });
    expect(parseDate('2025-02-30').ok).toBe(false);
  });

  it('reads Excel serial days (45658 is 2025-01-01)', () => {
    expect(parseDate('45658')).toEqual({ ok: true, value: '2025-01-01' });
    expect(parseDate('45747.5')).toEqual({ ok: true, value: '2025-03-31' });
    expect(parseDate('61')).toEqual({ ok: true, value: '1900-03-01' });
  });

  it('reads dd/mm/yyyy when it cannot be misread, and asks for dateFormat when it can', () => {
    expect(parseDate('31/01/2025')).toEqual({ ok: true, value: '2025-01-31' });
    expect(parseDate('01/31/2025')).toEqual({ ok: true, value: '2025-01-31' });
    expect(parseDate('05.05.2025')).toEqual({ ok: true, value: '2025-05-05' });
    const ambiguous = parseDate('03/04/2025');
    expect(ambiguous.ok).toBe(false);
    expect(ambiguous.ok ? '' : ambiguous.reason).toContain('dateFormat: dmy or mdy');
    expect(parseDate('03/04/2025', 'dmy')).toEqual({ ok: true, value: '2025-04-03' });
    expect(parseDate('03/04/2025', 'mdy')).toEqual({ ok: true, value: '2025-03-04' });
    expect(parseDate('31/31/2025').ok).toBe(false);
    expect(parseDate('soon')).toEqual({
      ok: false,
      reason: '"soon" is not a date; write it as YYYY-MM-DD, such as 2025-03-31',
    });
  });
});

describe('parseNumber and parseProgress', () => {
  it('reads decimal commas, thousands separators and percentages', () => {
    expect(parseNumber('12,5')).toMatchObject({ ok: true, value: 12.5 });
    expect(parseNumber('1,234.5')).toMatchObject({ ok: true, value: 1234.5 });
    expect(parseNumber('1.234,5')).toMatchObject({ ok: true, value: 1234.5 });
    expect(parseNumber('1 200')).toMatchObject({ ok: true, value: 1200 });
    expect(parseNumber('45%')).toEqual({ ok: true, value: 45, percent: true });
    expect(parseNumber('lots').ok).toBe(false);
  });

  it('reads progress written as 45%, 45 or 0.45 as the share 0.45', () => {
    for (const text of ['45%', '45', '0.45', '0,45', ' 45 % '])
      expect(parseProgress(text)).toEqual({ ok: true, value: 0.45 });
    expect(parseProgress('1.0')).toEqual({ ok: true, value: 1 });
    expect(parseProgress('100')).toEqual({ ok: true, value: 1 });
    expect(parseProgress('-5').ok).toBe(false);
  });
});

describe('stableHash', () => {
  it('is the same for the same text and differs for different texts', () => {
    expect(stableHash('objective|O-1')).toBe(stableHash('objective|O-1'));
    expect(stableHash('objective|O-1')).not.toBe(stableHash('objective|O-2'));
    expect(stableHash('x')).toMatch(/^[0-9a-z]{10}$/);
  });
});
