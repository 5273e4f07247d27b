import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitIsotonic, isotonicRegression } from './isotonic.js';

describe('isotonicRegression', () => {
  it('pools adjacent violators, worked by hand', () => {
    // 3 > 2: pooled to 2.5; 4 > 3: pooled to 3.5.
    expect(isotonicRegression([1, 3, 2, 4, 3, 5])).toEqual([1, 2.5, 2.5, 3.5, 3.5, 5]);
    // 1 > 0 with weights 1 and 3: (1 × 1 + 0 × 3) / 4 = 0.25.
    expect(isotonicRegression([0, 1, 0], [1, 1, 3])).toEqual([0, 0.25, 0.25]);
    // A violation that reaches back: 3, 3 then 0 pools all three to 2.
    expect(isotonicRegression([3, 3, 0])).toEqual([2, 2, 2]);
    expect(isotonicRegression([])).toEqual([]);
  });

  it('leaves a non-decreasing sequence as it is', () => {
    expect(isotonicRegression([0, 0.2, 0.2, 1])).toEqual([0, 0.2, 0.2, 1]);
  });

  it('says what is wrong with weights', () => {
    expect(() => isotonicRegression([1, 2], [1])).toThrow('weights must have one entry per value (got 1 for 2 values)');
    expect(() => isotonicRegression([1, 2], [1, 0])).toThrow('weights[1] must be positive (got 0)');
  });

  it('is monotone, within [0, 1] for values there, and keeps the weighted sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 5 })), {
          maxLength: 100,
        }),
        (list) => {
          const values = list.map((p) => p[0]);
          const weights = list.map((p) => p[1]);
          const fitted = isotonicRegression(values, weights);
          let before = Number.NEGATIVE_INFINITY;
          for (const y of fitted) {
            if (!(y >= before - 1e-12 && y >= 0 && y <= 1 + 1e-12)) return false;
            before = y;
          }
          const sum = (ys: number[]) => ys.reduce((s, y, i) => s + y * (weights[i] as number), 0);
          return fitted.length === values.length && Math.abs(sum(fitted) - sum(values)) <= 1e-9;
        },
      ),
    );
  });
});

describe('fitIsotonic', () => {
  it('pools equal confidences, fits and interpolates, worked by hand', () => {
    // 0.1 → 0; 0.5 → (1 + 0)/2; 0.9 → (1 + 0)/2: already monotone.
    const fit = fitIsotonic([0.9, 0.1, 0.5, 0.5, 0.9], [1, 0, 1, 0, 0]);
    expect(fit.points).toEqual([
      { x: 0.1, y: 0 },
      { x: 0.5, y: 0.5 },
      { x: 0.9, y: 0.5 },
    ]);
    expect(fit.predict(0.3)).toBeCloseTo(0.25, 15);
    expect(fit.predict(0)).toBe(0);
    expect(fit.predict(1)).toBe(0.5);
    // 0.4 → 1 and 0.6 → 0 violate: pooled to 0.5 each.
    expect(fitIsotonic([0.2, 0.4, 0.6, 0.8], [0, 1, 0, 1]).points.map((p) => p.y)).toEqual([0, 0.5, 0.5, 1]);
  });

  it('predicts monotone values within [0, 1] for 0/1 outcomes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.array(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { maxLength: 20 }),
        (pairs, probes) => {
          const fit = fitIsotonic(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          const sorted = [...probes].sort((a, b) => a - b).map((x) => fit.predict(x));
          return sorted.every((y, i) => y >= 0 && y <= 1 && (i === 0 || y >= (sorted[i - 1] as number) - 1e-12));
        },
      ),
    );
  });
});
