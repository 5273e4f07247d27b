import type { DueCheckInData, ObjectiveData } from '@goalkit/core/connect';
import { keyResult, longTitle, objective, score } from './fixtures.ts';

/** The objectives of the check-ins below: one with a long title, one with a milestones key result. */
export const inboxObjectives = (): ObjectiveData[] => [
  objective(),
  objective({
    id: 'o4',
    title: longTitle,
    ownerId: 'ana',
    keyResults: [
      keyResult({
        id: 'kr41',
        objectiveId: 'o4',
        title:
          'Reduce the share of new customers who need a support call before their first success from 38% to under 10%',
        type: 'decrease',
        start: 38,
        target: 10,
        current: 24,
        score: score('at-risk', 0.5),
      }),
      keyResult({
        id: 'kr42',
        objectiveId: 'o4',
        title: 'Localised guide live in 6 markets',
        type: 'boolean',
        current: null,
      }),
    ],
  }),
];

const owed = (overrides: Partial<DueCheckInData> & Pick<DueCheckInData, 'keyResultId'>): DueCheckInData => ({
  objectiveId: 'o1',
  recipientId: 'ana',
  dueAt: '2026-02-15T08:00:00Z',
  state: 'due',
  lastCheckInAt: '2026-02-09',
  policyOwnerId: 'org',
  ...overrides,
});

/** A realistic week (the stories' now is Sunday 15 Feb): one escalated, two overdue, two due, in no order. */
export const inboxItems = (): DueCheckInData[] => [
  owed({ keyResultId: 'kr1' }),
  owed({ keyResultId: 'kr42', objectiveId: 'o4', dueAt: '2026-02-16T08:00:00Z', lastCheckInAt: null }),
  owed({ keyResultId: 'kr2', dueAt: '2026-02-09T08:00:00Z', state: 'overdue', lastCheckInAt: '2026-02-02' }),
  owed({
    keyResultId: 'kr41',
    objectiveId: 'o4',
    dueAt: '2026-02-02T08:00:00Z',
    state: 'escalated',
    escalatedToId: 'bo',
    lastCheckInAt: '2026-01-19',
  }),
  owed({ keyResultId: 'kr3', dueAt: '2026-02-12T08:00:00Z', state: 'overdue', lastCheckInAt: null }),
];
