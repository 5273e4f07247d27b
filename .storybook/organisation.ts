import type { KeyResultFixture, OrganisationFixture } from '../apps/server/src/seed/seedFixture.ts';

/**
 * The stories' organisation: a company, two departments, two teams and six people. Q1 2026 is the current
 * cycle (Dana's and Ana's goals); Q4 2025 is closed, and its goals (Ana's and four colleagues', with
 * confidence at every check-in and a final value) give `GET /analytics` a closed cycle to calibrate on and
 * a trend to draw, over five people, so its figures are shown (k = 5).
 */
type CheckInSeed = [at: string, value: number | boolean | null, confidence: number | null, note?: string];

/** A key result with its check-ins, each at 09:00 UTC on its day, by `author` (Dana unless said). */
const kr = (
  fields: Omit<KeyResultFixture, 'checkIns'>,
  history: CheckInSeed[] = [],
  author = 'dana',
): KeyResultFixture => ({
  ...fields,
  checkIns: history.map(([at, value, confidence, note]) => ({
    at: `${at}T09:00:00Z`,
    value,
    confidence,
    note: note ?? null,
    authorId: author,
  })),
});

/** Q4 2025's goals were set the Monday before it began. */
const Q4_CREATED = '2025-09-29T09:00:00Z';

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
    { id: 'ben', kind: 'person', name: 'Ben Adeyemi', parentId: 'web', managerId: 'dana' },
    { id: 'chen', kind: 'person', name: 'Chen Wei', parentId: 'sales', managerId: 'dana' },
    { id: 'emre', kind: 'person', name: 'Emre Kaya', parentId: 'growth', managerId: 'dana' },
    { id: 'farah', kind: 'person', name: 'Farah Haddad', parentId: 'sales', managerId: 'dana' },
  ],
  people: [
    { id: 'dana', role: 'admin', email: 'dana@acme.example' },
    { id: 'ana', role: 'member', email: 'ana@acme.example' },
    { id: 'ben', role: 'member', email: 'ben@acme.example' },
    { id: 'chen', role: 'member', email: 'chen@acme.example' },
    { id: 'emre', role: 'member', email: 'emre@acme.example' },
    { id: 'farah', role: 'member', email: 'farah@acme.example' },
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
    // Q4 2025, closed: each key result's confidence at ¼, ½ and ¾ of the cycle (Oct 23, Nov 15, Dec 8) is
    // the latest check-in's by then; its outcome is its final value. At mid-cycle they said 76 % on average
    // and achieved 6 of 11 (55 %); a quarter in, as often as they achieved; by three quarters, confidence
    // tells the achieved from the missed.
    {
      id: 'q4-o0',
      title: 'Grow recurring revenue by 20% this year',
      ownerId: 'acme',
      cycleId: '2025-Q4',
      rollup: 'children',
      state: 'closed',
      createdAt: Q4_CREATED,
    },
    {
      id: 'q4-o1',
      title: 'Open the partner beta',
      ownerId: 'ana',
      cycleId: '2025-Q4',
      parentId: 'q4-o0',
      state: 'closed',
      createdAt: Q4_CREATED,
      keyResults: [
        kr(
          {
            id: 'q4-kr1',
            title: 'Onboard 3 beta partners',
            type: 'increase',
            start: 0,
            target: 3,
            unit: 'partners',
            current: 3,
          },
          [
            ['2025-10-20', 1, 0.6],
            ['2025-11-10', 2, 0.8],
            ['2025-12-08', 3, 0.9],
            ['2025-12-29', 3, 1, 'All three live'],
          ],
          'ana',
        ),
        kr(
          {
            id: 'q4-kr2',
            title: 'Keep the partner API error rate at most 1%',
            type: 'at-most',
            target: 1,
            unit: '%',
            current: 0.8,
          },
          [
            ['2025-10-20', 1.6, 0.5],
            ['2025-11-10', 1.2, 0.7],
            ['2025-12-08', 0.9, 0.8],
            ['2025-12-29', 0.8, 0.9],
          ],
          'ana',
        ),
      ],
    },
    {
      id: 'q4-o2',
      title: 'Make the dashboard fast',
      ownerId: 'ben',
      cycleId: '2025-Q4',
      parentId: 'q4-o0',
      state: 'closed',
      createdAt: Q4_CREATED,
      keyResults: [
        kr(
          {
            id: 'q4-kr3',
            title: 'Cut dashboard p95 from 2,400 ms to 1,200 ms',
            type: 'decrease',
            start: 2400,
            target: 1200,
            unit: 'ms',
            current: 1500,
          },
          [
            ['2025-10-20', 2200, 0.6],
            ['2025-11-10', 1900, 0.7],
            ['2025-12-08', 1600, 0.6],
            ['2025-12-29', 1500, 0.2, 'Caching slipped to Q1'],
          ],
          'ben',
        ),
        kr(
          { id: 'q4-kr4', title: 'Ship the new chart library', type: 'boolean', current: true },
          [
            ['2025-10-20', false, 0.8],
            ['2025-11-10', false, 0.9],
            ['2025-12-08', true, 1, 'Shipped'],
          ],
          'ben',
        ),
      ],
    },
    {
      id: 'q4-o3',
      title: 'Close the enterprise pipeline',
      ownerId: 'chen',
      cycleId: '2025-Q4',
      state: 'closed',
      createdAt: Q4_CREATED,
      keyResults: [
        kr(
          {
            id: 'q4-kr5',
            title: 'Sign 12 enterprise deals',
            type: 'increase',
            start: 0,
            target: 12,
            unit: 'deals',
            current: 8,
          },
          [
            ['2025-10-20', 2, 0.7],
            ['2025-11-10', 4, 0.7],
            ['2025-12-08', 6, 0.5],
            ['2025-12-29', 8, 0.1],
          ],
          'chen',
        ),
        kr(
          {
            id: 'q4-kr6',
            title: 'Raise the average deal from €20k to €30k',
            type: 'increase',
            start: 20,
            target: 30,
            unit: 'k€',
            current: 31,
          },
          [
            ['2025-10-20', 22, 0.5],
            ['2025-11-10', 26, 0.7],
            ['2025-12-08', 29, 0.8],
            ['2025-12-29', 31, 1],
          ],
          'chen',
        ),
      ],
    },
    {
      id: 'q4-o4',
      title: 'Turn more trials into customers',
      ownerId: 'emre',
      cycleId: '2025-Q4',
      parentId: 'q4-o0',
      state: 'closed',
      createdAt: Q4_CREATED,
      keyResults: [
        kr(
          {
            id: 'q4-kr7',
            title: 'Lift trial-to-paid conversion from 8% to 12%',
            type: 'increase',
            start: 8,
            target: 12,
            unit: '%',
            current: 10.5,
          },
          [
            ['2025-10-20', 8.5, 0.5],
            ['2025-11-10', 9.5, 0.7],
            ['2025-12-08', 10, 0.4],
            ['2025-12-29', 10.5, 0.1],
          ],
          'emre',
        ),
        kr(
          {
            id: 'q4-kr8',
            title: 'Run 6 pricing-page experiments',
            type: 'increase',
            start: 0,
            target: 6,
            unit: 'experiments',
            current: 6,
          },
          [
            ['2025-10-20', 1, 0.6],
            ['2025-11-10', 3, 0.8],
            ['2025-12-08', 5, 0.9],
            ['2025-12-29', 6, 1],
          ],
          'emre',
        ),
      ],
    },
    {
      id: 'q4-o5',
      title: 'Open the German market',
      ownerId: 'farah',
      cycleId: '2025-Q4',
      parentId: 'q4-o0',
      state: 'closed',
      createdAt: Q4_CREATED,
      keyResults: [
        kr(
          {
            id: 'q4-kr9',
            title: 'Hire 2 German-speaking account executives',
            type: 'increase',
            start: 0,
            target: 2,
            current: 1,
          },
          [
            ['2025-10-20', 0, 0.6],
            ['2025-11-10', 1, 0.8],
            ['2025-12-08', 1, 0.6],
            ['2025-12-29', 1, 0.1, 'Second offer declined'],
          ],
          'farah',
        ),
        kr(
          {
            id: 'q4-kr10',
            title: 'Book 30 first meetings in Germany',
            type: 'increase',
            start: 0,
            target: 30,
            unit: 'meetings',
            current: 34,
          },
          [
            ['2025-10-20', 6, 0.6],
            ['2025-11-10', 15, 0.8],
            ['2025-12-08', 27, 0.8],
            ['2025-12-29', 34, 1],
          ],
          'farah',
        ),
        // Set up late: no confidence by the first quarter of the cycle.
        kr(
          { id: 'q4-kr11', title: 'Publish the German pricing page', type: 'boolean', current: false },
          [
            ['2025-11-03', false, 0.8],
            ['2025-12-08', false, 0.6],
            ['2025-12-29', false, 0.2, 'Legal review still open'],
          ],
          'farah',
        ),
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
