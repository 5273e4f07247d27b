import type { CompetencyProfileData } from '../competencyWidgetData.js';

/** Ana's profile of core's worked example (README, "Competencies and gaps"), as `competencyProfile()` builds it. */
export const profile = (over: Partial<CompetencyProfileData> = {}): CompetencyProfileData => ({
  personId: 'ana',
  scale: { min: 1, max: 5, labels: ['Novice', 'Advanced beginner', 'Competent', 'Proficient', 'Expert'] },
  level: { id: 'ic2', name: 'Engineer' },
  targetLevel: { id: 'ic3', name: 'Senior engineer' },
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
  ],
  readiness: 17 / 24,
  ...over,
});
