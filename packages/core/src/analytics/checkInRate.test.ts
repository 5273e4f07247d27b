import { describe, expect, it } from 'vitest';
import { kr, objective, organisation } from './__tests__/organisation.js';
import { checkInRate } from './checkInRate.js';

// q2 starts 2026-04-01; as of 2026-04-20 (day 19) two weekly windows have ended: 04-01…04-07 and 04-08…04-14.
const document = organisation([
  objective('a', 'p1', 'q2', [
    kr('a1', [
      ['2026-04-03', 1],
      ['2026-04-16', 2],
    ]),
    kr('a2', [['2026-04-10', 1]]),
    kr('a3', []),
  ]),
  objective('b', 'p2', 'q1', [kr('b1', [['2026-02-01', 1]])]),
  // After asOf: does not count.
  objective('c', 'p3', 'q2', [kr('c1', [['2026-04-25', 1]])]),
]);

describe('checkInRate', () => {
  it('counts check-ins within the window, days since the last one and windows met, worked by hand', () => {
    const rate = checkInRate(document, { cycle: 'q2', asOf: '2026-04-20', k: 1 });
    expect(rate).toEqual({
      hidden: false,
      cycleId: 'q2',
      day: '2026-04-20',
      activeKeyResults: 4,
      // a1: 4 days since 04-16 (< 7). a2: 10 days. a3, c1: none by 04-20.
      checkedIn: 1,
      rate: 0.25,
      medianDaysSinceLastCheckIn: 7,
      neverCheckedIn: 2,
      // 2 windows each; a1 met the first (04-03), a2 the second (04-10).
      dueWindows: 8,
      onTimeWindows: 2,
      onTimeRate: 0.25,
    });
  });

  it('reads each key result’s cadence from the rhythm’s policies, else the default', () => {
    const policy = {
      scopeOwnerId: 'p1',
      frequency: 'biweekly',
      weekday: 'monday',
      localTime: '09:00',
      timeZone: 'Europe/Berlin',
    } as const;
    const rate = checkInRate(document, { cycle: 'q2', asOf: '2026-04-20', k: 1, policies: [policy] });
    if (rate.hidden) throw new Error('hidden');
    // p1: 14-day windows, one ended (04-01…04-14); a1 and a2 met it, and a2's 10 days are within 14.
    expect(rate.checkedIn).toBe(2);
    expect(rate.dueWindows).toBe(3 * 1 + 2);
    expect(rate.onTimeWindows).toBe(2);
    expect(checkInRate(document, { cycle: 'q2', asOf: '2026-04-20', k: 1, cadence: 'monthly' })).toMatchObject({
      checkedIn: 2,
      dueWindows: 0,
      onTimeRate: null,
    });
  });

  it('judges a closed cycle as of its last day, and counts nothing before it starts', () => {
    const closed = checkInRate(document, { cycle: 'q1', asOf: '2026-05-01', k: 1 });
    expect(closed).toMatchObject({ day: '2026-03-31', activeKeyResults: 1, medianDaysSinceLastCheckIn: 58 });
    const early = checkInRate(document, { cycle: 'q2', asOf: '2026-03-01', k: 1 });
    expect(early).toMatchObject({
      activeKeyResults: 0,
      rate: null,
      medianDaysSinceLastCheckIn: null,
      onTimeRate: null,
    });
  });

  it('counts only what the viewer may see and the scope holds', () => {
    const seen = checkInRate(document, { cycle: 'q2', asOf: '2026-04-20', k: 1, visible: (o) => o.id !== 'a' });
    expect(seen).toMatchObject({ activeKeyResults: 1 });
    const scoped = checkInRate(document, { cycle: 'q2', asOf: '2026-04-20', k: 1, ownerId: 'p3' });
    expect(scoped).toMatchObject({ activeKeyResults: 1, neverCheckedIn: 1 });
    expect(checkInRate(document, { cycle: 'q2', asOf: '2026-04-20', k: 1, ownerId: 'sales' })).toMatchObject({
      activeKeyResults: 0,
    });
  });

  it('hides the figures of 4 people and shows those of 5', () => {
    const of = (people: number) =>
      organisation(
        Array.from({ length: people }, (_, i) =>
          objective(`o${i}`, `p${i + 1}`, 'q2', [kr(`k${i}`, [['2026-04-02', 1]])]),
        ),
      );
    expect(checkInRate(of(4), { cycle: 'q2', asOf: '2026-04-20' })).toEqual({
      hidden: true,
      reason: 'counts 4 people; figures are shown for groups of 5 or more',
      groupSize: 4,
      k: 5,
    });
    expect(checkInRate(of(5), { cycle: 'q2', asOf: '2026-04-20' })).toMatchObject({
      hidden: false,
      activeKeyResults: 5,
    });
  });

  it('says what is wrong with its options', () => {
    expect(() => checkInRate(document, { cycle: 'q9', asOf: '2026-04-20' })).toThrow(
      'No cycle has the id "q9"; use one of "q1", "q2"',
    );
    expect(() => checkInRate(document, { cycle: 'q2', asOf: '2026-4-20' })).toThrow('asOf must be a YYYY-MM-DD date');
    expect(() => checkInRate(document, { cycle: 'q2', asOf: '2026-04-20', ownerId: 'nobody' })).toThrow(
      'No owner has the id "nobody"',
    );
  });
});
