import type { KeyResultData, ObjectiveData, ScoreData, TreeNodeData } from '../widgetData.js';

export const score = (overrides: Partial<ScoreData> = {}): ScoreData => ({
  progress: 0.4667,
  raw: 0.4667,
  expected: 0.5056,
  status: 'on-track',
  confidence: 0.7,
  hasData: true,
  ...overrides,
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
  score: score(),
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
  score: score(),
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
      score: score({ progress: 0.2, status: 'at-risk' }),
    }),
  ],
  ...overrides,
});

export const node = (
  id: string,
  parentId: string | null,
  title: string,
  overrides: Partial<TreeNodeData> = {},
): TreeNodeData => ({
  id,
  parentId,
  title,
  ownerId: `owner-${id}`,
  ownerName: `Owner ${id}`,
  ownerKind: 'team',
  childCount: 0,
  score: score(),
  ...overrides,
});
