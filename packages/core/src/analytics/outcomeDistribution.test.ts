import { describe, expect, it } from 'vitest';
import { createScorer } from '../scoring/scorer.js';
import { kr, objective, organisation } from './__tests__/organisation.js';
import { outcomeDistribution } from './outcomeDistribution.js';

// Increase key results from 0 to 10: progress = value / 10.
const document = organisation([
  objective('full', 'p1', 'q1', [kr('f1', [['2026-03-20', 10]])]),
  objective('seven', 'p2', 'q1', [kr('s1', [['2026-03-20', 7]])]),
  objective('stretch', 'p3', 'q1', [kr('st1', [['2026-03-20', 7]])], { ambition: 'aspirational' }),
  objective('half', 'p4', 'q1', [kr('h1', [['2026-03-20', 5]]), kr('h2', [['2026-03-20', 5]])]),
  objective('late', 'p5', 'q1', [kr('l1', [['2026-03-20', 1]]), kr('l2', [['2026-04-03', 10]])]),
]);

describe('outcomeDistribution', () => {
  it('counts objectives achieved against θ (1 committed, 0.7 aspirational) and key results by grade band', () => {
    expect(outcomeDistribution(document, { cycle: 'q1', asOf: '2026-04-10' })).toEqual({
      hidden: false,
      cycleId: 'q1',
      closed: true,
      objectives: 5,
      // full (1.0) and stretch (0.7, aspirational); seven reaches 0.7 but is committed; late: (0.1 + 1) / 2.
      objectivesAchieved: 2,
      objectivesAchievedShare: 0.4,
      // grades: full 1.0, seven 0.7, stretch 0.7 green; half 0.5, late 0.55 → 0.6 yellow.
      objectivesByBand: { green: 3, yellow: 2, red: 0 },
      keyResults: 7,
      // f1, st1, and l2 (its closing check-in after the end counts as of 04-10).
      keyResultsAchieved: 3,
      keyResultsByBand: { green: 4, yellow: 2, red: 1 },
    });
  });

  it('reads the scores as of asOf, and shares a scorer when given one', () => {
    const before = outcomeDistribution(document, { cycle: 'q1', asOf: '2026-03-31' });
    expect(before).toMatchObject({ closed: false, keyResultsAchieved: 2 });
    const scorer = createScorer(document, { asOf: '2026-04-10' });
    expect(outcomeDistribution(document, { cycle: 'q1', asOf: '2026-04-10', scorer: () => scorer })).toEqual(
      outcomeDistribution(document, { cycle: 'q1', asOf: '2026-04-10' }),
    );
    expect(() => outcomeDistribution(document, { cycle: 'q1', asOf: '2026-04-11', scorer: () => scorer })).toThrow(
      'the scorer given is evaluated as of 2026-04-10, not 2026-04-11; call setAsOf(2026-04-11) first',
    );
  });

  it('hides the figures of fewer than k owners, and counts only what is visible', () => {
    expect(outcomeDistribution(document, { cycle: 'q1', asOf: '2026-04-10', ownerId: 'p4' })).toMatchObject({
      hidden: true,
      groupSize: 1,
    });
    expect(
      outcomeDistribution(document, { cycle: 'q1', asOf: '2026-04-10', k: 1, visible: (o) => o.id === 'half' }),
    ).toMatchObject({ objectives: 1, keyResults: 2, keyResultsByBand: { green: 0, yellow: 2, red: 0 } });
  });
});
