import { describe, expect, it } from 'vitest';
import { ConnectorDataError, type SourceTransform } from './connector.js';
import { dailyValues, dayOfPoint } from './dailyValues.js';

const points = [
  { at: '2026-11-02', value: 10 },
  { at: '2026-11-02T18:00:00Z', value: 30 },
  // 23:30 on the 3rd in Berlin is 22:30Z on the 3rd; 01:30 on the 4th in Berlin is 00:30Z on the 4th.
  { at: '2026-11-03T23:30:00+01:00', value: 5 },
  { at: '2026-11-04T01:30:00+01:00', value: 7 },
];

describe('dailyValues', () => {
  it("keeps each UTC day's latest point by default, in day order", () => {
    expect(dailyValues([...points].reverse().slice(0, 2).concat(points.slice(0, 2)))).toEqual([
      { day: '2026-11-02', value: 30 },
      { day: '2026-11-03', value: 5 },
      { day: '2026-11-04', value: 7 },
    ]);
  });

  it('combines a day by sum, mean, min, max, count, and keeps a running total', () => {
    const of = (aggregate: SourceTransform['aggregate']) => dailyValues(points, { aggregate }).map((d) => d.value);
    expect(of('sum')).toEqual([40, 5, 7]);
    expect(of('mean')).toEqual([20, 5, 7]);
    expect(of('min')).toEqual([10, 5, 7]);
    expect(of('max')).toEqual([30, 5, 7]);
    expect(of('count')).toEqual([2, 1, 1]);
    expect(of('running-sum')).toEqual([40, 45, 52]);
  });

  it('scales and offsets after combining: a share of 0.42 becomes 42 %', () => {
    expect(dailyValues([{ at: '2026-11-02', value: 0.42 }], { scale: 100 })[0]?.value).toBeCloseTo(42, 10);
    expect(dailyValues([{ at: '2026-11-02', value: 2 }], { scale: 3, offset: -1 })[0]?.value).toBe(5);
  });

  it('keeps the window, while a running sum still counts from its start', () => {
    expect(dailyValues(points, { aggregate: 'running-sum' }, { from: '2026-11-03', to: '2026-11-03' })).toEqual([
      { day: '2026-11-03', value: 5 },
    ]);
    expect(dailyValues(points, {}, { from: '2026-11-03' }).map((d) => d.day)).toEqual(['2026-11-03', '2026-11-04']);
  });

  it('refuses the whole pull on a point that is not a number or has no usable date, naming it', () => {
    const bad = (point: unknown) => () => dailyValues([{ at: '2026-11-01', value: 1 }, point as never]);
    expect(bad({ at: '2026-11-02', value: '12' })).toThrow(/point 2 \(2026-11-02\): "12" is not a number/);
    expect(bad({ at: '2026-11-02', value: Number.NaN })).toThrow(ConnectorDataError);
    expect(bad({ at: '2026-11-02', value: Number.POSITIVE_INFINITY })).toThrow('is not a number');
    expect(bad({ at: '02/11/2026', value: 1 })).toThrow('point 2: "02/11/2026" is not a date');
    expect(bad({ at: '2026-02-30', value: 1 })).toThrow('is not a date');
    expect(bad({ value: 1 })).toThrow('point 2 has no date');
    expect(bad(null)).toThrow('point 2 has no date');
  });

  it('reads days and instants with their offsets', () => {
    expect(dayOfPoint('2026-11-03T23:30:00+01:00')).toBe(dayOfPoint('2026-11-03'));
    expect(dayOfPoint('2026-11-04T00:30:00+01:00')).toBe(dayOfPoint('2026-11-03'));
    expect(dayOfPoint('2026-11-04T00:30')).toBeNaN();
  });
});
