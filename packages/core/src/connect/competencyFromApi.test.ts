import { describe, expect, it } from 'vitest';
import {
  type CompetencyGapsReply,
  type CompetencyProfileReply,
  growthPlanFromApi,
  profileFromApi,
} from './competencyFromApi.js';
import { connectGrowthPlan } from './connectGrowthPlan.js';

const scale = { min: 1, max: 5, labels: ['Learning', 'Developing', 'Proficient', 'Advanced', 'Expert'] };

const reply = (over: Partial<CompetencyProfileReply> = {}): CompetencyProfileReply => ({
  personId: 'ana',
  framework: { scale },
  current: { levelId: 'ic2', name: 'Engineer II' },
  target: { levelId: 'ic3', name: 'Senior Engineer' },
  competencies: [
    {
      competencyId: 'code-quality',
      theme: 'Craft',
      assessed: { level: 3, source: 'manager' },
      current: { expected: 3, gap: 0 },
      target: { expected: 4, gap: 1, text: 'Reviews others' },
    },
    {
      competencyId: 'mentoring',
      theme: 'Leadership',
      assessed: null,
      current: null,
      target: { expected: 2, gap: 1 },
    },
    // Assessed, but neither level expects it: not a row.
    { competencyId: 'design', theme: 'Craft', assessed: { level: 2, source: 'self' }, current: null, target: null },
  ],
  readiness: { current: 1, target: 0.6 },
  ...over,
});

const gaps: CompetencyGapsReply = {
  personId: 'ana',
  target: { levelId: 'ic3', name: 'Senior Engineer' },
  gaps: [
    {
      competencyId: 'code-quality',
      theme: 'Craft',
      expected: 4,
      assessed: 3,
      source: 'manager',
      gap: 1,
      goals: [{ id: 'g1', title: 'Lead the review guild', state: 'active' }],
    },
    { competencyId: 'mentoring', theme: 'Leadership', expected: 2, assessed: null, source: null, gap: 1, goals: [] },
  ],
  readiness: 0.6,
};

describe('profileFromApi', () => {
  it('maps the competencies the target level expects, named from their ids, with what the current level expects', () => {
    const profile = profileFromApi(reply(), { names: { mentoring: 'Mentoring others' } });
    expect(profile).toEqual({
      personId: 'ana',
      scale,
      level: { id: 'ic2', name: 'Engineer II' },
      targetLevel: { id: 'ic3', name: 'Senior Engineer' },
      competencies: [
        {
          competencyId: 'code-quality',
          name: 'Code quality',
          theme: 'Craft',
          expected: 4,
          expectedNow: 3,
          assessed: 3,
          source: 'manager',
          gap: 1,
          text: 'Reviews others',
        },
        {
          competencyId: 'mentoring',
          name: 'Mentoring others',
          theme: 'Leadership',
          expected: 2,
          expectedNow: null,
          assessed: null,
          source: null,
          gap: 1,
        },
      ],
      readiness: 0.6,
    });
  });

  it('compares with the current level without a target', () => {
    const profile = profileFromApi(reply({ target: null }));
    expect(profile?.targetLevel).toBeNull();
    expect(profile?.competencies.map((c) => [c.competencyId, c.expected, c.gap])).toEqual([['code-quality', 3, 0]]);
    expect(profile?.competencies[0]).not.toHaveProperty('expectedNow');
    expect(profile?.readiness).toBe(1);
  });

  it('is undefined without a placement', () => {
    expect(profileFromApi(reply({ framework: null, current: null, target: null }))).toBeUndefined();
  });
});

describe('growthPlanFromApi', () => {
  it('maps the gaps with their development goals onto the profile’s scale and level', () => {
    const plan = growthPlanFromApi(reply(), gaps);
    expect(plan?.profile.targetLevel).toEqual({ id: 'ic3', name: 'Senior Engineer' });
    expect(plan?.profile.competencies.map((c) => [c.name, c.expectedNow, c.gap])).toEqual([
      ['Code quality', 3, 1],
      ['Mentoring', null, 1],
    ]);
    expect(plan?.goals).toEqual([
      { id: 'g1', title: 'Lead the review guild', competencyIds: ['code-quality'], kind: 'development', active: true },
    ]);
    // The widget counts the covered gap, and offers a draft for the other.
    const view = connectGrowthPlan({ ...(plan as NonNullable<typeof plan>) });
    expect(view.coverage).toBe(0.5);
    expect(view.gaps.map((g) => g.draft?.competencyIds)).toEqual([undefined, ['mentoring']]);
  });

  it('has no target level when the gaps are against the current level, and is undefined without a placement', () => {
    const plan = growthPlanFromApi(reply(), { ...gaps, target: { levelId: 'ic2', name: 'Engineer II' } });
    expect(plan?.profile.targetLevel).toBeNull();
    expect(growthPlanFromApi(reply({ framework: null, current: null }), gaps)).toBeUndefined();
  });
});
