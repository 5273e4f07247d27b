import { describe, expect, it } from 'vitest';
import { createScorer } from '../scoring/scorer.js';
import { kr, objective, organisation } from './__tests__/organisation.js';
import { calibratedForecast } from './calibratedForecast.js';

/**
 * p1's history in q1: five key results said 0.9 and two of them came true (40%); five said 0.5 and one did
 * (20%). Open in q2: three key results.
 */
function history(count = 10) {
  const outcomes = [
    [0.9, 10],
    [0.9, 10],
    [0.9, 3],
    [0.9, 3],
    [0.9, 3],
    [0.5, 10],
    [0.5, 3],
    [0.5, 3],
    [0.5, 3],
    [0.5, 3],
  ] as const;
  return outcomes.slice(0, count).map(([confidence, final], i) =>
    kr(`h${i}`, [
      ['2026-01-05', 1, confidence],
      ['2026-03-30', final],
    ]),
  );
}

const open = [
  kr('sure', [
    ['2026-04-06', 2, 0.9],
    ['2026-05-04', 4],
  ]),
  kr('middling', [['2026-04-06', 2, 0.7]]),
  kr('silent', []),
];

describe('calibratedForecast', () => {
  it('maps stated confidence through the owner’s track record, beside the least-squares forecast', () => {
    const document = organisation([objective('past', 'p1', 'q1', history()), objective('now', 'p1', 'q2', open)]);
    const result = calibratedForecast(document, { ownerId: 'p1', asOf: '2026-05-15', k: 1 });
    if (result.hidden) throw new Error('hidden');
    expect(result.history).toBe(10);
    // τ = (05-15 − 04-01) / (06-30 − 04-01) = 44 / 90; history read on 01-01 + ⌊44/90 × 89⌋ = 02-13.
    const evidence = { keyResults: 10, fraction: 44 / 90, method: 'isotonic' };
    const scorer = createScorer(document, { asOf: '2026-05-15' });
    expect(result.keyResults).toEqual([
      {
        keyResultId: 'sure',
        objectiveId: 'now',
        cycleId: 'q2',
        statedConfidence: 0.9,
        calibratedConfidence: 0.4,
        forecast: scorer.keyResult('sure').forecast,
        evidence,
      },
      {
        keyResultId: 'middling',
        objectiveId: 'now',
        cycleId: 'q2',
        statedConfidence: 0.7,
        // Halfway between the fitted 0.2 at 0.5 and 0.4 at 0.9.
        calibratedConfidence: expect.closeTo(0.3, 12),
        forecast: null,
        evidence,
      },
      {
        keyResultId: 'silent',
        objectiveId: 'now',
        cycleId: 'q2',
        statedConfidence: null,
        calibratedConfidence: null,
        forecast: null,
        evidence,
      },
    ]);
    expect(result.keyResults[0]?.forecast).not.toBeNull();
  });

  it('gives no calibrated probability on fewer than minHistory past key results', () => {
    const document = organisation([objective('past', 'p1', 'q1', history(9)), objective('now', 'p1', 'q2', open)]);
    const result = calibratedForecast(document, { ownerId: 'p1', asOf: '2026-05-15', k: 1 });
    if (result.hidden) throw new Error('hidden');
    expect(result.keyResults[0]).toMatchObject({ statedConfidence: 0.9, calibratedConfidence: null });
    expect(result.keyResults[0]?.evidence.keyResults).toBe(9);
    const fewer = calibratedForecast(document, { ownerId: 'p1', asOf: '2026-05-15', k: 1, minHistory: 9 });
    // Nine: 0.5 came true 1 in 4 times, 0.9 2 in 5; 0.7 is halfway: (0.25 + 0.4) / 2.
    expect(fewer.hidden === false && fewer.keyResults[1]?.calibratedConfidence).toBeCloseTo(0.325, 12);
  });

  it('is hidden for one person unless k allows it, and a team’s rests on its members', () => {
    const document = organisation([objective('past', 'p1', 'q1', history()), objective('now', 'p1', 'q2', open)]);
    expect(calibratedForecast(document, { ownerId: 'p1', asOf: '2026-05-15' })).toMatchObject({
      hidden: true,
      groupSize: 1,
    });
    expect(calibratedForecast(document, { ownerId: 'growth', asOf: '2026-05-15', k: 1 })).toMatchObject({
      history: 10,
    });
    expect(calibratedForecast(document, { ownerId: 'sales', asOf: '2026-05-15', k: 1 })).toMatchObject({
      history: 0,
      keyResults: [],
    });
    expect(() => calibratedForecast(document, { ownerId: 'p1', asOf: '2026-05-15', minHistory: 0 })).toThrow(
      'minHistory must be a whole number of at least 1 (got 0)',
    );
  });
});
