import { describe, expect, it } from 'vitest';
import { kr, objective, organisation } from './__tests__/organisation.js';
import { alignmentCoverage } from './alignmentCoverage.js';
import { checkInRate } from './checkInRate.js';
import { outcomeDistribution } from './outcomeDistribution.js';
import { programHealth, trendRow } from './programHealth.js';

const document = organisation([
  objective('a', 'p1', 'q1', [kr('a1', [['2026-03-30', 10]])]),
  objective('b', 'p2', 'q1', [kr('b1', [['2026-02-01', 4]])]),
  // A closing check-in after the cycle's last day: outcomes see it, the check-in rate does not.
  objective('c', 'p3', 'q1', [kr('c1', [['2026-04-05', 10]])]),
]);

describe('programHealth', () => {
  it('is check-ins as of the earlier of asOf and the last day, outcomes as of asOf, in one scope', () => {
    const health = programHealth(document, { cycle: 'q1', asOf: '2026-05-01', k: 1 });
    expect(health.cycleName).toBe('Q1 2026');
    expect(health.checkIns).toEqual(checkInRate(document, { cycle: 'q1', asOf: '2026-03-31', k: 1 }));
    expect(health.outcomes).toEqual(outcomeDistribution(document, { cycle: 'q1', asOf: '2026-05-01', k: 1 }));
    expect(health.alignment).toEqual(alignmentCoverage(document, { cycle: 'q1', k: 1 }));
    expect(trendRow(health)).toMatchObject({ cycleId: 'q1', objectivesAchievedShare: 2 / 3 });
  });

  it('leaves a hidden figure null in the trend row, never zero', () => {
    const row = trendRow(programHealth(document, { cycle: 'q1', asOf: '2026-05-01' }));
    expect(row).toEqual({
      cycleId: 'q1',
      cycleName: 'Q1 2026',
      checkInRate: null,
      alignmentCoverage: null,
      meanSmartScore: null,
      objectivesAchievedShare: null,
    });
  });
});
