import { describe, expect, it } from 'vitest';
import { competencyDocument } from '../competencies/__tests__/competencyDocument.js';
import type { Assessment, Framework, Placement } from '../competencies/index.js';
import { parseDocument } from '../model/index.js';
import { competencyProfile } from './competencyProfile.js';

const doc = parseDocument(competencyDocument()) as unknown as {
  frameworks: Framework[];
  placements: Placement[];
  assessments: Assessment[];
};

describe('competencyProfile', () => {
  it('maps competencyGaps and readiness against the target level, with what the current level expects', () => {
    const profile = competencyProfile(doc.frameworks, doc.placements[0] as Placement, doc.assessments);
    expect(profile).toMatchObject({
      personId: 'ana',
      scale: { min: 1, max: 5 },
      level: { id: 'ic2', name: 'Engineer' },
      targetLevel: { id: 'ic3', name: 'Senior engineer' },
    });
    expect(profile?.readiness).toBeCloseTo(17 / 24);
    expect(profile?.competencies).toEqual([
      {
        competencyId: 'code-quality',
        name: 'Code quality',
        theme: 'Craft',
        expected: 4,
        expectedNow: 3,
        assessed: 3,
        source: 'manager',
        gap: 1,
        text: 'Sets the bar for code in the team.',
      },
      {
        competencyId: 'system-design',
        name: 'System design',
        theme: 'Craft',
        expected: 4,
        expectedNow: 2,
        assessed: 3,
        source: 'self',
        gap: 1,
      },
      {
        competencyId: 'mentoring',
        name: 'Mentoring',
        theme: 'Leadership',
        expected: 3,
        expectedNow: 1,
        assessed: 3,
        source: 'manager',
        gap: 0,
      },
      {
        competencyId: 'presenting',
        name: 'Presenting',
        theme: 'Communication',
        expected: 3,
        expectedNow: null,
        assessed: null,
        source: null,
        gap: 2,
      },
    ]);
  });

  it('compares with the current level without a target, honours asOf and names, and is undefined for an unknown level', () => {
    const profile = competencyProfile(
      doc.frameworks,
      { personId: 'ana', trackId: 'ic', levelId: 'ic2' },
      doc.assessments,
      { asOf: '2026-03-31', names: { mentoring: 'Mentoring others' } },
    );
    expect(profile?.targetLevel).toBeNull();
    expect(
      profile?.competencies.map((c) => [c.competencyId, c.name, c.expected, c.assessed, c.gap, 'expectedNow' in c]),
    ).toEqual([
      ['code-quality', 'Code quality', 3, 3, 0, false],
      ['system-design', 'System design', 2, 3, 0, false],
      ['mentoring', 'Mentoring others', 1, 2, 0, false],
    ]);
    expect(profile?.readiness).toBe(1);
    expect(competencyProfile(doc.frameworks, { personId: 'ana', trackId: 'ic', levelId: 'ic9' }, [])).toBeUndefined();
    expect(
      competencyProfile(doc.frameworks, { personId: 'ana', trackId: 'ic', levelId: 'ic2', targetLevelId: 'x' }, []),
    ).toBeUndefined();
  });
});
