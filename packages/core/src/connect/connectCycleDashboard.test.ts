import { describe, expect, it } from 'vitest';
import { keyResult, objective, score } from './__tests__/widgetFixtures.js';
import { connectCycleDashboard } from './connectCycleDashboard.js';

const objectives = [
  objective({
    id: 'a',
    title: 'A',
    score: score({ progress: 0.1, expected: 0.5, status: 'off-track' }),
    keyResults: [keyResult({ id: 'ka', lastCheckInAt: null })],
  }),
  objective({
    id: 'b',
    title: 'B',
    score: score({ progress: 0.35, expected: 0.5, status: 'at-risk' }),
    keyResults: [keyResult({ id: 'kb', lastCheckInAt: '2026-01-20T00:00:00Z' })],
  }),
  objective({
    id: 'c',
    title: 'C',
    score: score({ progress: 0.55, expected: 0.5, status: 'on-track' }),
    keyResults: [keyResult({ id: 'kc', lastCheckInAt: '2026-02-14T00:00:00Z' })],
  }),
  objective({
    id: 'd',
    title: 'D',
    score: score({ progress: 1, expected: 0.5, status: 'achieved' }),
    keyResults: [keyResult({ id: 'kd', lastCheckInAt: null })],
  }),
];

describe('connectCycleDashboard', () => {
  const view = connectCycleDashboard({ objectives, cycle: { name: 'Q1 2026' }, now: '2026-02-15T00:00:00Z' });

  it('counts objectives by status', () => {
    expect(view.counts.map((c) => [c.label, c.count])).toEqual([
      ['not started', 0],
      ['on track', 1],
      ['at risk', 1],
      ['off track', 1],
      ['achieved', 1],
    ]);
    expect(view.totalText).toBe('4 objectives');
  });

  it('compares mean progress with the expected pace', () => {
    expect(view.progress.progress).toBeCloseTo(0.5);
    expect(view.progress.expected).toBeCloseTo(0.5);
    expect(view.progress.status).toBe('on-track');
  });

  it('buckets progress in fifths, overachievers in the top one', () => {
    expect(view.buckets.map((b) => b.count)).toEqual([1, 1, 1, 0, 1]);
    expect(view.buckets[0]?.text).toBe('0%–20%: 1 objective');
    // Each bar is its share of the four objectives, never a full bar for one.
    expect(view.buckets[0]?.bar.style).toEqual({ '--gk-bar-value': '0.25' });
    expect(view.buckets[3]?.bar.style).toEqual({ '--gk-bar-value': '0' });
  });

  it('lists at-risk and off-track objectives, furthest behind first', () => {
    expect(view.attention.map((a) => [a.titleText, a.statusText])).toEqual([
      ['A', 'off track'],
      ['B', 'at risk'],
    ]);
  });

  it('lists key results with no recent check-in, never-checked-in first, skipping achieved goals', () => {
    expect(view.stale.map((s) => [s.id, s.sinceText])).toEqual([
      ['ka', 'never checked in'],
      ['kb', 'last check-in 4 weeks ago'],
    ]);
  });

  it('is empty without objectives', () => {
    const empty = connectCycleDashboard({ objectives: [], locale: 'de' });
    expect(empty.empty).toBe(true);
    expect(empty.emptyText).toBe('In diesem Zyklus gibt es noch keine Ziele.');
  });

  describe('at the close of the cycle', () => {
    const cycle = { id: 'q1', name: 'Q1 2026', end: '2026-03-31' };
    const nextCycle = { id: 'q2', name: 'Q2 2026' };
    const withDraft = [...objectives, objective({ id: 'e', title: 'E', state: 'draft' })];

    it('offers nothing while the cycle is far from its end, or when there is no next cycle', () => {
      expect(connectCycleDashboard({ objectives, cycle, nextCycle, now: '2026-02-15T00:00:00Z' }).carryShown).toBe(
        false,
      );
      expect(connectCycleDashboard({ objectives, cycle, now: '2026-03-30T00:00:00Z' }).carryShown).toBe(false);
    });

    it('lists the unfinished approved goals two weeks before the end, each with a button naming the goal', () => {
      const close = connectCycleDashboard({ objectives: withDraft, cycle, nextCycle, now: '2026-03-20T00:00:00Z' });
      expect(close.carryShown).toBe(true);
      // The achieved goal and the draft are not offered.
      expect(close.carry.map((c) => [c.titleText, c.statusText, c.buttonText])).toEqual([
        ['A', 'off track', 'Carry over to Q2 2026'],
        ['B', 'at risk', 'Carry over to Q2 2026'],
        ['C', 'on track', 'Carry over to Q2 2026'],
      ]);
      expect(close.carry[0]?.button['aria-label']).toBe('Carry over to Q2 2026: A');
      expect(close.carry[0]?.statusMessage).toBeUndefined();
    });

    it('says which goals are carrying, carried (by the copies in the next cycle) or failed', () => {
      const close = connectCycleDashboard({
        objectives,
        cycle,
        nextCycle,
        now: '2026-04-02T00:00:00Z',
        carriedIds: ['a'],
        carrying: { b: 'carrying', c: 'failed' },
      });
      const [a, b, c] = close.carry;
      expect(a?.buttonText).toBeUndefined();
      expect(a?.statusMessage).toBe('Carried over to Q2 2026 as a draft.');
      expect(b?.button['aria-disabled']).toBe('true');
      expect(b?.statusMessage).toBe('Carrying over…');
      expect(c?.status.role).toBe('alert');
      expect(c?.buttonText).toBe('Carry over to Q2 2026');
    });

    it('speaks German', () => {
      const close = connectCycleDashboard({ objectives, cycle, nextCycle, now: '2026-03-31T00:00:00Z', locale: 'de' });
      expect(close.carryHeading).toBe('Zum Abschluss unerledigt');
      expect(close.carry[0]?.buttonText).toBe('In Q2 2026 übernehmen');
    });
  });
});
