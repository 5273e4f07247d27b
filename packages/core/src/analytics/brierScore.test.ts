import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binOf, brierDecomposition, brierScore } from './brierScore.js';

const pairs = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)), { minLength: 1, maxLength: 200 })
  .map((list) => ({ forecasts: list.map((p) => p[0]), outcomes: list.map((p) => p[1]) }));

describe('brierScore', () => {
  it('is 0.23 for the issue’s worked example c = (0.9, 0.8, 0.2), o = (1, 0, 0)', () => {
    // (0.1² + 0.8² + 0.2²) / 3 = (0.01 + 0.64 + 0.04) / 3 = 0.23
    expect(brierScore([0.9, 0.8, 0.2], [1, 0, 0])).toBeCloseTo(0.23, 15);
  });

  it('says what is wrong with its input', () => {
    expect(() => brierScore([0.5], [1, 0])).toThrow(
      'forecasts and outcomes must pair up (got 1 forecasts and 2 outcomes)',
    );
    expect(() => brierScore([], [])).toThrow('needs at least one forecast');
    expect(() => brierScore([1.2], [1])).toThrow('forecasts[0] must be between 0 and 1 (got 1.2)');
    expect(() => brierScore([0.2], [0.5])).toThrow('outcomes[0] must be 0 or 1 (got 0.5)');
  });

  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(pairs, ({ forecasts, outcomes }) => {
        const bs = brierScore(forecasts, outcomes);
        return bs >= 0 && bs <= 1;
      }),
    );
  });
});

describe('brierDecomposition', () => {
  it('decomposes the worked example by hand: one forecast per bin, so BS = REL − RES + UNC', () => {
    const d = brierDecomposition([0.9, 0.8, 0.2], [1, 0, 0]);
    // REL = (0.1² + 0.8² + 0.2²) / 3 = 0.23; ō = 1/3; RES = ((2/3)² + (1/3)² + (1/3)²) / 3 = 2/9; UNC = 1/3 × 2/3 = 2/9.
    expect(d.brier).toBeCloseTo(0.23, 15);
    expect(d.reliability).toBeCloseTo(0.23, 15);
    expect(d.resolution).toBeCloseTo(2 / 9, 15);
    expect(d.uncertainty).toBeCloseTo(2 / 9, 15);
    expect(d.withinBinVariance).toBe(0);
    expect(d.withinBinCovariance).toBe(0);
    // skill = 1 − 0.23 / (2/9) = −0.035; overconfidence = 1.9/3 − 1/3 = 0.3
    expect(d.skill).toBeCloseTo(-0.035, 12);
    expect(d.overconfidence).toBeCloseTo(0.3, 15);
    expect(d.bins.map((b) => b.count)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 1, 1]);
    expect(d.bins[8]).toEqual({ lower: 0.8, upper: 0.9, count: 1, meanConfidence: 0.8, observedRate: 0 });
    expect(d.bins[0]).toEqual({ lower: 0, upper: 0.1, count: 0, meanConfidence: null, observedRate: null });
  });

  it('decomposes by hand with several forecasts in one bin, where the within-bin terms are needed', () => {
    // Bin 6 holds 0.62, 0.68, 0.65 (f̄ = 0.65, ō₆ = 2/3); bin 1 holds 0.1 (ō₁ = 0); ō = 1/2.
    const d = brierDecomposition([0.62, 0.68, 0.65, 0.1], [1, 0, 1, 0]);
    expect(d.brier).toBeCloseTo((0.38 ** 2 + 0.68 ** 2 + 0.35 ** 2 + 0.1 ** 2) / 4, 15); // 0.184825
    expect(d.brier).toBeCloseTo(0.184825, 15);
    expect(d.reliability).toBeCloseTo((3 * (1 / 60) ** 2 + 0.1 ** 2) / 4, 15); // 0.00270833…
    expect(d.resolution).toBeCloseTo((3 * (1 / 6) ** 2 + 0.5 ** 2) / 4, 15); // 1/12
    expect(d.uncertainty).toBe(0.25);
    expect(d.withinBinVariance).toBeCloseTo((0.03 ** 2 + 0.03 ** 2) / 4, 15); // 0.00045
    // (2/4) × ((1/3)(−0.03) + (−2/3)(0.03) + (1/3)(0)) = −0.015
    expect(d.withinBinCovariance).toBeCloseTo(-0.015, 15);
    const sum = d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance;
    expect(Math.abs(sum - d.brier)).toBeLessThan(1e-15);
    // The three-term identity misses by WBV − WBC here.
    expect(d.reliability - d.resolution + d.uncertainty).not.toBeCloseTo(d.brier, 3);
    expect(d.skill).toBeCloseTo(1 - 0.184825 / 0.25, 15);
  });

  it('gives no skill when every outcome is the same (UNC = 0)', () => {
    expect(brierDecomposition([0.3, 0.9], [1, 1]).skill).toBeNull();
  });

  it('bins decimal confidences where they read: 0.7 in [0.7, 0.8), 1 in the last bin', () => {
    expect(binOf(0.7, 10)).toBe(7);
    expect(binOf(0.3, 10)).toBe(3);
    expect(binOf(0.6999, 10)).toBe(6);
    expect(binOf(1, 10)).toBe(9);
    expect(binOf(0, 10)).toBe(0);
  });

  it('sums to BS within 1e-9: REL − RES + UNC + WBV − WBC, for any forecasts and bin count', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: 1, max: 20 }), ({ forecasts, outcomes }, bins) => {
        const d = brierDecomposition(forecasts, outcomes, bins);
        const sum = d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance;
        return Math.abs(sum - d.brier) <= 1e-9 && d.brier >= 0 && d.brier <= 1;
      }),
    );
  });

  it('sums to BS with the three Murphy terms alone when every forecast is its bin’s mean', () => {
    fc.assert(
      fc.property(pairs, ({ forecasts, outcomes }) => {
        // Forecasts that are bin centres: every forecast equals its bin's mean.
        const centred = forecasts.map((f) => (binOf(f, 10) + 0.5) / 10);
        const d = brierDecomposition(centred, outcomes);
        return Math.abs(d.reliability - d.resolution + d.uncertainty - d.brier) <= 1e-9;
      }),
    );
  });

  it('keeps every term in range and the bins’ counts summing to N', () => {
    fc.assert(
      fc.property(pairs, ({ forecasts, outcomes }) => {
        const d = brierDecomposition(forecasts, outcomes);
        const counted = d.bins.reduce((n, b) => n + b.count, 0);
        return (
          counted === forecasts.length &&
          d.reliability >= 0 &&
          d.resolution >= 0 &&
          d.uncertainty >= 0 &&
          d.uncertainty <= 0.25 &&
          d.withinBinVariance >= 0 &&
          (d.skill === null || d.skill <= 1)
        );
      }),
    );
  });
});
