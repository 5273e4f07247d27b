import type { ApprovalItemData } from '@goalkit/core/connect';
import { keyResult, objective } from './fixtures.ts';

/** Two goals waiting for a manager's approval, proposed on different days. */
export const approvalItems = (): ApprovalItemData[] => [
  {
    objective: objective({
      id: 'o8',
      title: 'Cut the time to a first partner listing to one week',
      state: 'proposed',
      allowedTransitions: ['approve', 'return'],
      keyResults: [
        keyResult({
          id: 'kr11',
          title: 'Median days to first listing from 30 to 7',
          type: 'decrease',
          start: 30,
          target: 7,
        }),
        keyResult({ id: 'kr12', title: 'Self-serve listing guide published', type: 'boolean', current: null }),
      ],
    }),
    ownerName: 'Ana Lima',
    proposedAt: '2026-02-13T15:20:00Z',
    proposedByName: 'Ana Lima',
  },
  {
    objective: objective({
      id: 'o9',
      title: 'Make on-call calm',
      state: 'proposed',
      allowedTransitions: ['approve', 'return'],
    }),
    ownerName: 'Web platform',
    proposedAt: '2026-02-10T08:00:00Z',
    proposedByName: 'Ben Ode',
  },
];
