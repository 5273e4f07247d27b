/** Story fixtures for both flavours, typed with core's widget data types. */
import type { KeyResultData, ObjectiveData, ScoreData, TreeNodeData } from '@goalkit/core/connect';

export const now = '2026-02-15T09:00:00Z';
export const cycle = { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };

export const score = (status: ScoreData['status'], progress: number, expected = 0.51): ScoreData => ({
  progress: Math.min(1, progress),
  raw: progress,
  expected,
  status,
  confidence: 0.7,
  hasData: status !== 'not-started',
});

export const keyResult = (overrides: Partial<KeyResultData> = {}): KeyResultData => ({
  id: 'kr1',
  objectiveId: 'o1',
  title: 'Raise week-1 activation from 20% to 35%',
  type: 'increase',
  start: 20,
  target: 35,
  unit: '%',
  current: 27,
  weight: 2,
  lastCheckInAt: '2026-02-10T09:00:00Z',
  score: score('on-track', 0.4667),
  ...overrides,
});

export const objective = (overrides: Partial<ObjectiveData> = {}): ObjectiveData => ({
  id: 'o1',
  title: 'Make onboarding effortless for new customers',
  ownerId: 'growth',
  cycleId: '2026-Q1',
  parentId: 'o0',
  state: 'active',
  version: 7,
  score: score('on-track', 0.4667),
  allowedTransitions: ['close'],
  keyResults: [
    keyResult(),
    keyResult({
      id: 'kr2',
      title: 'Cut time to first value to 2 days',
      type: 'at-most',
      target: 2,
      unit: 'days',
      current: 3,
      weight: 1,
      score: score('at-risk', 0.3),
    }),
    keyResult({
      id: 'kr3',
      title: 'Publish the onboarding guide',
      type: 'milestones',
      unit: null,
      current: null,
      weight: 1,
      milestones: [
        { title: 'Outline', done: true },
        { title: 'Draft', done: true },
        { title: 'Review', done: false },
      ],
      score: score('on-track', 0.67),
    }),
  ],
  ...overrides,
});

/** Every status a designer needs to see, in the order the engine ranks them. */
export const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'] as const;

/** A title in several scripts at once (Latin with umlauts, CJK, Arabic), as goals in a multinational read. */
export const multilingualTitle = 'Kundenzufriedenheit über 90 % steigern · 顧客満足度を高める · رفع رضا العملاء';

export const longTitle =
  'Make onboarding so effortless that new customers in every region reach their first success within two days, without a call to support, even on the slowest connections';

export const treeNodes = (): TreeNodeData[] => {
  const n = (id: string, parentId: string | null, title: string, extra: Partial<TreeNodeData> = {}): TreeNodeData => ({
    id,
    parentId,
    title,
    ownerId: `owner-${id}`,
    ownerName: `Team ${id}`,
    ownerKind: 'team',
    childCount: 0,
    score: score('on-track', 0.55),
    ...extra,
  });
  return [
    n('co', null, 'Grow revenue 30% this year', { childCount: 2, ownerKind: 'org', ownerName: 'Acme' }),
    n('eng', 'co', 'Ship the platform', { childCount: 2, ownerKind: 'department', ownerName: 'Engineering' }),
    n('web', 'eng', 'Faster web app', { ownerKind: 'person', ownerName: 'Ana', score: score('at-risk', 0.3) }),
    n('api', 'eng', 'Stable public API', { score: score('achieved', 1), visibility: 'private' }),
    n('sales', 'co', 'Sign 40 new logos', {
      childCount: 1,
      ownerKind: 'department',
      ownerName: 'Sales',
      score: score('off-track', 0.1),
    }),
    n('emea', 'sales', 'Win EMEA mid-market', { score: score('not-started', 0, 0.4) }),
  ];
};

export { backendOf, STORY_TODAY } from './backend.ts';
