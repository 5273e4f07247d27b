/** The example document of issue 3, as data (the CLI tests read the same document from YAML). */
export function exampleDocument() {
  return {
    version: 1,
    cycles: [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    owners: [
      { id: 'acme', kind: 'org', name: 'ACME' },
      { id: 'growth', kind: 'team', name: 'Growth', parent: 'acme' },
      { id: 'ana', kind: 'person', name: 'Ana Ruiz', parent: 'growth' },
    ],
    objectives: [
      {
        id: 'o0',
        title: 'Become the easiest analytics tool to adopt',
        owner: 'acme',
        cycle: '2026-Q1',
        rollup: 'children',
        keyResults: [],
      },
      {
        id: 'o1',
        title: 'Make onboarding effortless for new customers',
        owner: 'growth',
        cycle: '2026-Q1',
        parent: 'o0',
        alignment: 'contributes',
        weight: 1,
        rollup: 'key-results',
        keyResults: [
          {
            id: 'kr1',
            title: 'Raise week-1 activation from 20% to 35%',
            type: 'increase',
            start: 20,
            target: 35,
            unit: '%',
            weight: 2,
            due: '2026-03-31',
            checkIns: [
              { at: '2026-01-20', value: 24, confidence: 0.6, note: 'first cohort' },
              { at: '2026-02-10', value: 27, confidence: 0.7 },
            ],
          },
          {
            id: 'kr2',
            title: 'Cut median time-to-first-report from 30 to 10 minutes',
            type: 'decrease',
            start: 30,
            target: 10,
            current: 22,
            unit: 'min',
          },
          { id: 'kr3', title: 'Keep weekly churn at or below 2%', type: 'at-most', target: 2, current: 1.8, unit: '%' },
          { id: 'kr4', title: 'Keep NPS between 40 and 60', type: 'range', min: 40, max: 60, current: 45 },
          { id: 'kr5', title: 'Onboarding checklist shipped to all plans', type: 'boolean', done: false },
          {
            id: 'kr6',
            title: 'Guided setup rolled out',
            type: 'milestones',
            milestones: [
              { title: 'Design approved', weight: 1, done: true, due: '2026-01-31' },
              { title: 'Beta with 20 accounts', weight: 2, done: false, due: '2026-02-28' },
            ],
          },
        ],
      },
    ],
  };
}

/** A one-cycle, one-owner document around the given objectives, for focused tests. */
export function documentWith(
  objectives: unknown[],
  cycle = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' },
) {
  return { version: 1, cycles: [cycle], owners: [{ id: 'team', kind: 'team', name: 'Team' }], objectives };
}

/** An objective in cycle q1 owned by team. */
export function objective(id: string, keyResults: unknown[] = [], extra: Record<string, unknown> = {}) {
  return { id, title: `Objective ${id}`, owner: 'team', cycle: 'q1', keyResults, ...extra };
}
