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
});
