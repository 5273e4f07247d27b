import type { KeyResultFixture, OrganisationFixture } from '../apps/server/src/seed/seedFixture.ts';

/** The stories' organisation: a company, two departments, two teams and two people, in Q1 2026. */
type CheckInSeed = [at: string, value: number | boolean | null, confidence: number | null, note?: string];

/** A key result with its check-ins, each at 09:00 UTC on its day, by Dana. */
const kr = (fields: Omit<KeyResultFixture, 'checkIns'>, history: CheckInSeed[] = []): KeyResultFixture => ({
  ...fields,
  checkIns: history.map(([at, value, confidence, note]) => ({
    at: `${at}T09:00:00Z`,
    value,
    confidence,
    note: note ?? null,
    authorId: 'dana',
  })),
});

export const storyOrganisation: OrganisationFixture = {
  cycles: [
    { id: '2025-Q4', name: 'Q4 2025', start: '2025-10-01', end: '2025-12-31', closed: true },
    { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
    { id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
  ],
  owners: [
    { id: 'acme', kind: 'org', name: 'Acme', managerId: 'dana' },
    { id: 'eng', kind: 'department', name: 'Engineering', parentId: 'acme', managerId: 'dana' },
    { id: 'sales', kind: 'department', name: 'Sales', parentId: 'acme', managerId: 'dana' },
    { id: 'growth', kind: 'team', name: 'Growth', parentId: 'acme', managerId: 'dana' },
    { id: 'web', kind: 'team', name: 'Web platform', parentId: 'eng', managerId: 'dana' },
    { id: 'dana', kind: 'person', name: 'Dana Okafor', parentId: 'growth' },
    { id: 'ana', kind: 'person', name: 'Ana Lima', parentId: 'web', managerId: 'dana' },
  ],
  people: [
    { id: 'dana', role: 'admin', email: 'dana@acme.example' },
    { id: 'ana', role: 'member', email: 'ana@acme.example' },
  ],
  objectives: [
    { id: 'o0', title: 'Win the SMB market', ownerId: 'acme', cycleId: '2026-Q1', rollup: 'children' },
    {
      id: 'o1',
      title: 'Make onboarding effortless for new customers',
      ownerId: 'growth',
      cycleId: '2026-Q1',
      parentId: 'o0',
      version: 7,
      keyResults: [
        kr(
          {
            id: 'kr1',
            title: 'Raise week-1 activation from 20% to 35%',
            type: 'increase',
            start: 20,
            target: 35,
            unit: '%',
            current: 27,
            weight: 2,
          },
          [
            ['2026-01-12', 20.5, 0.5, 'Baseline week'],
            ['2026-01-26', 23, 0.6],
            ['2026-02-10', 27, 0.7, 'New checklist shipped'],
          ],
        ),
        kr(
          {
            id: 'kr2',
            title: 'Cut time to first value to at most 2 days',
            type: 'at-most',
            target: 2,
            unit: 'days',
            current: 3,
          },
          [['2026-02-01', 3, 0.4]],
        ),
        kr({
          id: 'kr3',
          title: 'Publish the onboarding guide',
          type: 'milestones',
          current: null,
          milestones: [
            { title: 'Outline', done: true },
            { title: 'Draft', done: true },
            { title: 'Review', done: false },
          ],
        }),
      ],
    },
    {
      id: 'o2',
      title: 'Ship the platform teams rely on',
      ownerId: 'eng',
      cycleId: '2026-Q1',
      parentId: 'o0',
      keyResults: [
        kr(
          {
            id: 'kr4',
            title: 'Cut p95 page load from 800 ms to 300 ms',
            type: 'decrease',
            start: 800,
            target: 300,
            unit: 'ms',
            current: 520,
          },
          [
            ['2026-01-20', 700, 0.6],
            ['2026-02-09', 520, 0.8],
          ],
        ),
        kr({ id: 'kr5', title: 'Pass the SOC 2 audit', type: 'boolean', current: true }, [
          ['2026-02-05', true, 1, 'Report received'],
        ]),
        kr(
          {
            id: 'kr6',
            title: 'Keep weekly deploys between 10 and 20',
            type: 'range',
            min: 10,
            max: 20,
            unit: 'deploys',
            current: 14,
          },
          [['2026-02-13', 14, 0.9]],
        ),
      ],
    },
    {
      id: 'o3',
      title: 'Make the web app feel instant',
      ownerId: 'web',
      cycleId: '2026-Q1',
      parentId: 'o2',
      keyResults: [
        kr(
          {
            id: 'kr7',
            title: 'Lighthouse performance score of at least 90',
            type: 'at-least',
            target: 90,
            current: 78,
          },
          [['2026-02-11', 78, 0.3, 'Images still unoptimised']],
        ),
      ],
    },
    {
      id: 'o4',
      title: 'Sign 40 new logos',
      ownerId: 'sales',
      cycleId: '2026-Q1',
      parentId: 'o0',
      keyResults: [
        kr({ id: 'kr8', title: 'Sign 40 new customers', type: 'increase', start: 0, target: 40, current: 3 }, [
          ['2026-01-31', 1, 0.5],
          ['2026-02-14', 3, 0.3],
        ]),
      ],
    },
    {
      id: 'o5',
      title: 'Launch the partner portal',
      ownerId: 'ana',
      cycleId: '2026-Q1',
      parentId: 'o2',
      keyResults: [
        kr(
          {
            id: 'kr9',
            title: 'Partner portal live for the first 5 partners',
            type: 'increase',
            start: 0,
            target: 5,
            unit: 'partners',
            current: 6,
          },
          [['2026-02-12', 6, 1, 'Two more than planned']],
        ),
      ],
    },
    {
      id: 'o6',
      title: 'Hire two product designers',
      ownerId: 'growth',
      cycleId: '2026-Q2',
      keyResults: [
        kr({ id: 'kr10', title: 'Two designers signed', type: 'increase', start: 0, target: 2, current: null }),
      ],
    },
    {
      id: 'o8',
      title: 'Cut the time to a first partner listing to one week',
      ownerId: 'ana',
      cycleId: '2026-Q1',
      parentId: 'o2',
      state: 'proposed',
      version: 2,
      keyResults: [
        kr({ id: 'kr11', title: 'Median days to first listing from 30 to 7', type: 'decrease', start: 30, target: 7 }),
        kr({ id: 'kr12', title: 'Self-serve listing guide published', type: 'boolean' }),
      ],
    },
    {
      id: 'o7',
      title: 'Improve things',
      ownerId: 'dana',
      cycleId: '2026-Q1',
      parentId: 'o1',
      state: 'draft',
      alignment: 'supports',
    },
  ],
  comments: [
    {
      id: 'cm1',
      objectiveId: 'o1',
      kind: 'comment',
      body: 'Can we add the trial cohort to the baseline?',
      authorId: 'ana',
      createdAt: '2026-02-12T10:00:00Z',
    },
    {
      id: 'cm2',
      objectiveId: 'o1',
      kind: 'kudos',
      body: 'The new checklist is great, activation is up 4 points!',
      authorId: 'dana',
      createdAt: '2026-02-14T16:30:00Z',
    },
  ],
  revisions: [
    {
      id: 'r-o8-proposed',
      objectiveId: 'o8',
      at: '2026-02-13T15:20:00Z',
      actorId: 'ana',
      entity: 'objective',
      entityId: 'o8',
      version: 2,
      action: 'transition',
      changes: [{ field: 'state', from: 'draft', to: 'proposed' }],
    },
  ],
};
