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

  it('hides the figures of fewer than k people, a team counting as its members', () => {
    // The team's goal is its six people's: with p1–p4's own goals, six people, not five owners.
    expect(alignmentCoverage(document, { cycle: 'q1', k: 6 })).toMatchObject({ hidden: false });
    expect(alignmentCoverage(document, { cycle: 'q1', k: 7 })).toMatchObject({ hidden: true, groupSize: 6 });
    expect(alignmentCoverage(document, { cycle: 'q2' })).toMatchObject({ hidden: true, groupSize: 1 });
  });

  it('counts a parent in another cycle, and not one the document does not have', () => {
    const linked = organisation([
      objective('company', 'acme', 'q1', []),
      objective('p1', 'p1', 'q2', [], { parent: 'company' }),
      objective('p2', 'p2', 'q2', [], { parent: 'company', alignment: 'supports' }),
    ]);
    expect(alignmentCoverage(linked, { cycle: 'q2', k: 1 })).toMatchObject({ aligned: 1, orphans: ['p2'] });
    // Built in code, not parsed: p1's parent names no objective.
    const dangling = {
      ...linked,
      objectives: linked.objectives.map((o) => (o.id === 'p1' ? { ...o, parent: 'gone' } : o)),
    };
    expect(alignmentCoverage(dangling, { cycle: 'q2', k: 1 })).toMatchObject({
      objectives: 2,
      aligned: 0,
      orphans: ['p1', 'p2'],
    });
  });
});
