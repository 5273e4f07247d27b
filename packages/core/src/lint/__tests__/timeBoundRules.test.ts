import { describe, expect, it } from 'vitest';
import { flaggedKeyResults, GOOD_KR, lintWith, objective } from './lintHelpers.js';

describe('time-bound/no-deadline', () => {
  const rule = 'time-bound/no-deadline';

  it('flags an objective without a cycle and its key results without a due date', () => {
    const messages = lintWith(rule, [
      objective({ cycle: undefined, keyResults: [GOOD_KR, { ...GOOD_KR, id: 'kr2', due: '2026-03-31' }] }),
    ]);
    expect(messages.map((message) => [message.path, message.messageId])).toEqual([
      ['objectives[0]', 'noCycle'],
      ['objectives[0].keyResults[0]', 'keyResultNoDeadline'],
    ]);
  });

  it('leaves objectives with a cycle alone', () => {
    expect(lintWith(rule, [objective()])).toEqual([]);
  });
});

describe('time-bound/due-outside-cycle', () => {
  const rule = 'time-bound/due-outside-cycle';

  it('flags due dates, milestone dates and phased targets outside the cycle', () => {
    const messages = lintWith(rule, [
      objective({
        keyResults: [
          { ...GOOD_KR, due: '2026-05-15' },
          { ...GOOD_KR, id: 'kr2', due: '2025-12-31', targets: [{ at: '2026-04-02', value: 30 }] },
          {
            id: 'kr3',
            title: 'Guided setup available',
            type: 'milestones',
            milestones: [{ title: 'Beta', due: '2026-04-30' }],
          },
        ],
      }),
    ]);
    expect(messages.map((message) => [message.keyResultId, message.field])).toEqual([
      ['kr1', 'due'],
      ['kr2', 'due'],
      ['kr2', 'targets[0].at'],
      ['kr3', 'milestones[0].due'],
    ]);
    expect(messages[0]?.message).toBe('2026-05-15 is outside the cycle 2026-Q1 (2026-01-01 to 2026-03-31).');
  });

  it('leaves dates inside the cycle, including its first and last day, alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { ...GOOD_KR, due: '2026-01-01' },
        { ...GOOD_KR, due: '2026-03-31' },
      ]),
    ).toEqual([]);
  });
});

describe('time-bound/stale', () => {
  const rule = 'time-bound/stale';
  const checkedIn = { ...GOOD_KR, checkIns: [{ at: '2026-01-20', value: 22 }] };

  it('flags a key result whose latest check-in is more than 14 days old in a running cycle', () => {
    const messages = lintWith(rule, [objective({ keyResults: [checkedIn] })], { asOf: '2026-02-05' });
    expect(messages.map((message) => message.data)).toEqual([{ days: 16, max: 14 }]);
    const [de] = lintWith(rule, [objective({ keyResults: [checkedIn] })], { asOf: '2026-02-05', locale: 'de' });
    expect(de?.message).toBe('Seit 16 Tagen kein Check-in (mehr als 14).');
  });

  it('flags a key result never checked in more than 14 days into the cycle', () => {
    expect(flaggedKeyResults(rule, [GOOD_KR], { asOf: '2026-01-20' })).toEqual(['kr1']);
  });

  it('leaves fresh, finished, future-cycle and asOf-less key results alone', () => {
    expect(flaggedKeyResults(rule, [checkedIn], { asOf: '2026-02-03' })).toEqual([]);
    expect(
      flaggedKeyResults(rule, [{ title: 'Checklist on all plans', type: 'boolean', done: true }], {
        asOf: '2026-03-01',
      }),
    ).toEqual([]);
    expect(flaggedKeyResults(rule, [GOOD_KR], { asOf: '2026-01-10' })).toEqual([]);
    expect(flaggedKeyResults(rule, [GOOD_KR], { asOf: '2026-05-10' })).toEqual([]);
    expect(flaggedKeyResults(rule, [checkedIn])).toEqual([]);
  });

  it('leaves key results alone that scoring counts as done by milestone dates or a check-in', () => {
    const asOf = { asOf: '2026-03-01' };
    const milestones = (doneAt: string) => ({
      title: 'Guided setup rolled out everywhere',
      type: 'milestones',
      milestones: [
        { title: 'Design approved', doneAt: '2026-01-10' },
        { title: 'Beta', doneAt },
      ],
    });
    const checklist = (...checkIns: { at: string; value: boolean | number }[]) => ({
      title: 'Checklist shipped to all plans',
      type: 'boolean',
      checkIns,
    });
    expect(
      flaggedKeyResults(
        rule,
        [
          milestones('2026-01-15'),
          checklist({ at: '2026-01-10', value: true }),
          checklist({ at: '2026-01-10', value: 1 }),
          { ...checklist({ at: '2026-01-10', value: true }), done: false },
        ],
        asOf,
      ),
    ).toEqual([]);
    // Not done as of the lint date: a milestone done later, a later "not done", a "done" after the date.
    expect(
      flaggedKeyResults(
        rule,
        [
          milestones('2026-03-10'),
          checklist({ at: '2026-01-10', value: true }, { at: '2026-01-12', value: 0 }),
          checklist({ at: '2026-03-05', value: true }),
        ],
        asOf,
      ),
    ).toEqual(['kr1', 'kr2', 'kr3']);
  });

  it('counts only check-ins up to the lint date, and honours days', () => {
    const later = {
      ...GOOD_KR,
      checkIns: [
        { at: '2026-01-05', value: 21 },
        { at: '2026-03-01', value: 30 },
      ],
    };
    expect(flaggedKeyResults(rule, [later], { asOf: '2026-02-01' })).toEqual(['kr1']);
    expect(flaggedKeyResults(rule, [checkedIn], { asOf: '2026-02-05', entry: ['warn', { days: 30 }] })).toEqual([]);
  });
});

describe('time-bound/no-interim-checkpoint', () => {
  const rule = 'time-bound/no-interim-checkpoint';

  it('flags an objective of a cycle longer than 120 days with no checkpoint', () => {
    expect(lintWith(rule, [objective({ cycle: '2026' })]).map((message) => message.data)).toEqual([
      { days: 365, max: 120 },
    ]);
  });

  it('leaves quarterly objectives and annual ones with phased targets, milestones or an early due date alone', () => {
    expect(lintWith(rule, [objective()])).toEqual([]);
    expect(
      lintWith(rule, [
        objective({ cycle: '2026', keyResults: [{ ...GOOD_KR, targets: [{ at: '2026-06-30', value: 27 }] }] }),
      ]),
    ).toEqual([]);
    expect(
      lintWith(rule, [
        objective({
          cycle: '2026',
          keyResults: [
            { id: 'kr1', title: 'Guided setup available', type: 'milestones', milestones: [{ title: 'Beta' }] },
          ],
        }),
      ]),
    ).toEqual([]);
    expect(lintWith(rule, [objective({ cycle: '2026', keyResults: [{ ...GOOD_KR, due: '2026-06-30' }] })])).toEqual([]);
  });
});
