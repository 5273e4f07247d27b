/** The worked example of the core README ("Competencies and gaps"), as a goalkit document. */
export function competencyDocument() {
  return {
    version: 1,
    cycles: [{ id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' }],
    owners: [
      { id: 'growth', kind: 'team', name: 'Growth' },
      { id: 'ben', kind: 'person', name: 'Ben Okafor', parent: 'growth' },
      { id: 'ana', kind: 'person', name: 'Ana Ruiz', parent: 'growth' },
    ],
    frameworks: [
      {
        id: 'eng',
        name: 'Engineering',
        scale: { min: 1, max: 5, labels: ['Novice', 'Advanced beginner', 'Competent', 'Proficient', 'Expert'] },
        competencies: [
          {
            id: 'code-quality',
            theme: 'Craft',
            description: 'Writes code others can read, test and change.',
            refs: [{ scheme: 'esco', id: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d' }],
          },
          { id: 'system-design', theme: 'Craft' },
          { id: 'mentoring', theme: 'Leadership' },
          { id: 'presenting', theme: 'Communication', refs: [{ scheme: 'custom', id: 'COM-7' }] },
        ],
        tracks: [
          {
            id: 'ic',
            name: 'Individual contributor',
            levels: [
              {
                id: 'ic2',
                name: 'Engineer',
                expectations: {
                  'code-quality': { level: 3, text: 'Writes tested, reviewed code without help.' },
                  'system-design': { level: 2 },
                  mentoring: { level: 1 },
                },
              },
              {
                id: 'ic3',
                name: 'Senior engineer',
                expectations: {
                  'code-quality': { level: 4, text: 'Sets the bar for code in the team.' },
                  'system-design': { level: 4 },
                  mentoring: { level: 3 },
                  presenting: { level: 3 },
                },
              },
            ],
          },
        ],
      },
    ],
    placements: [{ personId: 'ana', trackId: 'ic', levelId: 'ic2', targetLevelId: 'ic3' }],
    assessments: [
      {
        id: 'a1',
        personId: 'ana',
        competencyId: 'code-quality',
        level: 3,
        source: 'manager',
        assessorId: 'ben',
        at: '2026-02-01T09:00:00Z',
        reviewId: 'r-2026-h1',
      },
      {
        id: 'a2',
        personId: 'ana',
        competencyId: 'code-quality',
        level: 4,
        source: 'self',
        assessorId: 'ana',
        at: '2026-03-01T09:00:00Z',
      },
      {
        id: 'a3',
        personId: 'ana',
        competencyId: 'system-design',
        level: 3,
        source: 'self',
        assessorId: 'ana',
        at: '2026-03-01T09:00:00Z',
      },
      {
        id: 'a4',
        personId: 'ana',
        competencyId: 'mentoring',
        level: 2,
        source: 'manager',
        assessorId: 'ben',
        at: '2026-01-15',
      },
      {
        id: 'a5',
        personId: 'ana',
        competencyId: 'mentoring',
        level: 3,
        source: 'manager',
        assessorId: 'ben',
        at: '2026-04-10T16:30:00+02:00',
        note: 'Onboarded two new engineers.',
      },
    ],
    objectives: [
      {
        id: 'o-talk',
        title: 'Give a talk at the spring engineering all-hands',
        owner: 'ana',
        cycle: '2026-Q2',
        kind: 'development',
        competencyIds: ['presenting'],
        keyResults: [],
      },
      {
        id: 'o-design',
        title: 'Lead the design review of the billing service',
        owner: 'ana',
        cycle: '2026-Q2',
        kind: 'development',
        competencyIds: ['system-design'],
        keyResults: [],
      },
      {
        id: 'o-lint',
        title: 'Cut the lint warnings of the web app to zero',
        owner: 'ana',
        cycle: '2026-Q2',
        competencyIds: ['code-quality'],
        keyResults: [],
      },
    ],
  };
}
