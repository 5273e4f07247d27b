import { describe, expect, it } from 'vitest';
import { NINE_BOX_LEVELS, nineBoxOf } from './nineBox.js';

describe('nineBoxOf', () => {
  it('places scores at and around the thresholds', () => {
    const level = (score: number) => nineBoxOf(score, 0).performance;
    expect(level(0)).toBe('low');
    expect(level(0.39)).toBe('low');
    expect(level(0.4)).toBe('moderate');
    expect(level(0.69)).toBe('moderate');
    expect(level(0.7)).toBe('high');
    // 0.1 × 7 in floating point: still high.
    expect(level(0.6999999999999998)).toBe('high');
    expect(level(1)).toBe('high');
  });

  it('reads each axis on its own', () => {
    expect(nineBoxOf(0.78125, 0.5)).toEqual({ performance: 'high', potential: 'moderate' });
    expect(nineBoxOf(0.2, 0.9)).toEqual({ performance: 'low', potential: 'high' });
  });

  it('lists the levels lowest first', () => {
    expect(NINE_BOX_LEVELS).toEqual(['low', 'moderate', 'high']);
  });

  it('says which score is outside 0–1', () => {
    expect(() => nineBoxOf(1.2, 0.5)).toThrow('performance must be a score between 0 and 1 (got 1.2)');
    expect(() => nineBoxOf(0.5, Number.NaN)).toThrow('potential must be a score between 0 and 1 (got NaN)');
  });
});
