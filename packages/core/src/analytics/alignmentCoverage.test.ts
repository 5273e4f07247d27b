import { describe, expect, it } from 'vitest';
import { objective, organisation } from './__tests__/organisation.js';
import { alignmentCoverage } from './alignmentCoverage.js';

const document = organisation([
  objective('company', 'acme', 'q1', []),
  objective('team', 'growth', 'q1', [], { parent: 'company' }),
  objective('p1', 'p1', 'q1', [], { parent: 'team', alignment: 'contributes' }),
  objective('p2', 'p2', 'q1', [], { parent: 'team', alignment: 'supports' }),
  objective('p3', 'p3', 'q1', []),
  objective('p4', 'p4', 'q1', [], { parent: 'team' }),
  objective('p5', 'p5', 'q2', []),
]);

describe('alignmentCoverage', () => {
  it('divides non-company objectives with a contributing parent by all non-company objectives', () => {
    // Non-company in q1: team, p1, p2, p3, p4; aligned: team, p1, p4 (p2 only supports, p3 has no parent).
    expect(alignmentCoverage(document, { cycle: 'q1' })).toEqual({
      hidden: false,
      cycleId: 'q1',
      objectives: 5,
      aligned: 3,
      coverage: 0.6,
      orphans: ['p2', 'p3'],
    });
  });

  it('counts only visible objectives, and a scope’s own', () => {
    expect(alignmentCoverage(document, { cycle: 'q1', visible: (o) => o.id !== 'p3', k: 1 })).toMatchObject({
      objectives: 4,
      orphans: ['p2'],
    });
    expect(alignmentCoverage(document, { cycle: 'q1', ownerId: 'p2', k: 1 })).toMatchObject({
      objectives: 1,
      coverage: 0,
    });
  });

  it('hides the figures of fewer than k owners', () => {
    expect(alignmentCoverage(document, { cycle: 'q1', k: 6 })).toMatchObject({ hidden: true, groupSize: 5 });
    expect(alignmentCoverage(document, { cycle: 'q2' })).toMatchObject({ hidden: true, groupSize: 1 });
  });
});
