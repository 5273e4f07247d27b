import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.js';
import { createScorer } from '../scoring/scorer.js';
import { kr, objective, organisation } from './__tests__/organisation.js';
import { closedKeyResults } from './closedKeyResults.js';
import { confidenceCalibration } from './confidenceCalibration.js';
import { dayOf } from './shared.js';

// q1 runs 2026-01-01…03-31 (89 days after its start): τ = 0.25, 0.5, 0.75 read confidence on 01-23, 02-14, 03-08.
const document = organisation([
  // c = 0.9, achieved (committed, 10 of 10).
  objective('a', 'p1', 'q1', [
    kr('a1', [
      ['2026-01-05', 2, 0.9],
      ['2026-03-30', 10],
    ]),
  ]),
  // c = 0.8, not achieved: 9 of 10 on a committed objective.
  objective('b', 'p2', 'q1', [
    kr('b1', [
      ['2026-01-05', 2, 0.8],
      ['2026-03-30', 9],
    ]),
  ]),
  // c = 0.2, not achieved: 6 of 10 is under 0.7 on an aspirational objective.
  objective(
    'c',
    'p3',
    'q1',
    [
      kr('c1', [
        ['2026-01-05', 2, 0.2],
        ['2026-03-30', 6],
      ]),
    ],
    { ambition: 'aspirational' },
  ),
  // Its first confidence comes after τ = 0.25 and changes after τ = 0.5; achieved (aspirational, 7 of 10).
  objective(
    'd',
    'p4',
    'q1',
    [
      kr('d1', [
        ['2026-02-01', 2, 0.5],
        ['2026-03-01', 5, 0.6],
        ['2026-03-30', 7],
      ]),
    ],
    {
      ambition: 'aspirational',
    },
  ),
  // q2 is still running on asOf: not counted.
  objective('e', 'p5', 'q2', [kr('e1', [['2026-04-05', 2, 0.9]])]),
]);

describe('confidenceCalibration', () => {
  it('is the worked example (BS = 0.23) at τ = 0.25, with the key result not yet confident left out', () => {
    const result = confidenceCalibration(document, { asOf: '2026-04-05', k: 1 });
    if (result.hidden) throw new Error('hidden');
    expect(result.cycles).toEqual(['q1']);
    expect(result.keyResults).toBe(4);
    expect(result.achieved).toBe(2);
    const [quarter, half, threeQuarters] = result.atFractions;
    expect(quarter).toMatchObject({ fraction: 0.25, withConfidence: 3, withoutConfidence: 1 });
    expect(quarter?.calibration?.brier).toBeCloseTo(0.23, 15);
    expect(quarter?.calibration?.overconfidence).toBeCloseTo(0.3, 15);
    // τ = 0.5: (0.01 + 0.64 + 0.04 + 0.25) / 4 = 0.235
    expect(half).toMatchObject({ withConfidence: 4, withoutConfidence: 0 });
    expect(half?.calibration?.brier).toBeCloseTo(0.235, 15);
    // τ = 0.75: d says 0.6 by 03-08: (0.01 + 0.64 + 0.04 + 0.16) / 4 = 0.2125
    expect(threeQuarters?.calibration?.brier).toBeCloseTo(0.2125, 15);
    expect(threeQuarters?.calibration?.bins[6]).toEqual({
      lower: 0.6,
      upper: 0.7,
      count: 1,
      meanConfidence: 0.6,
      observedRate: 1,
    });
  });

  it('takes other fractions and bins, and says when a fraction has nothing to read', () => {
    const result = confidenceCalibration(document, { asOf: '2026-04-05', k: 1, fractions: [0], bins: 2 });
    if (result.hidden) throw new Error('hidden');
    expect(result.atFractions).toEqual([{ fraction: 0, withConfidence: 0, withoutConfidence: 4, calibration: null }]);
    expect(() => confidenceCalibration(document, { asOf: '2026-04-05', fractions: [1.5] })).toThrow(
      'fractions must be between 0 and 1 (got 1.5)',
    );
  });

  it('hides the calibration of 4 people, shows it for 5', () => {
    expect(confidenceCalibration(document, { asOf: '2026-04-05' })).toMatchObject({ hidden: true, groupSize: 4 });
    // By 07-01 q2 is closed too, and p5 joins.
    expect(confidenceCalibration(document, { asOf: '2026-07-01' })).toMatchObject({
      hidden: false,
      cycles: ['q1', 'q2'],
      keyResults: 5,
    });
  });

  it('reads several documents, a scope, and only what is visible', () => {
    const both = confidenceCalibration([document, document], { asOf: '2026-04-05', k: 1 });
    expect(both).toMatchObject({ keyResults: 8, achieved: 4 });
    expect(confidenceCalibration(document, { asOf: '2026-04-05', k: 1, ownerId: 'p1' })).toMatchObject({
      keyResults: 1,
      achieved: 1,
    });
    expect(
      confidenceCalibration(document, { asOf: '2026-04-05', k: 1, visible: (o) => o.id !== 'a', cycles: ['q1'] }),
    ).toMatchObject({ keyResults: 3, achieved: 1 });
  });
});

describe('closedKeyResults', () => {
  it('reads each confidence as the scorer does as of that day', () => {
    const document = generateDocument({ objectives: 300, keyResultsPerObjective: 3, seed: 7 });
    // Q1 2026 runs 89 days after its start: τ = 0.25, 0.5, 0.75 fall on 01-23, 02-14, 03-08.
    const days = ['2026-01-23', '2026-02-14', '2026-03-08'];
    const closed = closedKeyResults([document], dayOf('2026-04-10'), [0.25, 0.5, 0.75], {});
    expect(closed.count).toBe(900);
    days.forEach((day, f) => {
      const scorer = createScorer(document, { asOf: day });
      let i = 0;
      for (const o of document.objectives)
        for (const k of o.keyResults) {
          const expected = scorer.keyResult(k.id).confidence ?? Number.NaN;
          expect(closed.confidences[i++ * 3 + f]).toBe(expected);
        }
    });
  });
});
