import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, dayNumberOfDate, isoDateOfDay } from './dayNumber.js';

describe('dayNumber', () => {
  it('counts UTC days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-01-01')).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
    expect(dayNumber('2026-03-31') - dayNumber('2026-01-01')).toBe(89);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('rejects text that is not a calendar date', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-1-01', '2026-01-1x', 'abcd-ef-gh', '2026-01-011', '']) {
      expect(dayNumber(text)).toBeNaN();
    }
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-02-28') + 1);
  });

  it('agrees with Date.UTC and round-trips through isoDateOfDay', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const day = dayNumber(iso);
          expect(day).toBe(dayNumberOfDate(date));
          expect(isoDateOfDay(day)).toBe(iso);
        },
      ),
    );
  });
});
