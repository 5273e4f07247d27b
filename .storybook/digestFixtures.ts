import type { DigestData, DigestOwnerData, ObjectiveData } from '@goalkit/core/connect';
import { inboxObjectives } from './checkInInboxFixtures.ts';

/** The objectives the digest below names: the inbox's two (one with a long title and long key result titles). */
export const digestObjectives = (): ObjectiveData[] => inboxObjectives();

/** The Growth team with Dana and Ana below it. */
export const digestOwners = (): DigestOwnerData[] => [
  { id: 'growth', name: 'Growth' },
  { id: 'dana', name: 'Dana Okafor' },
  { id: 'ana', name: 'Ana Lima' },
];

/** A busy week of the Growth team (the stories' now is Sunday 15 Feb): some of every kind of change. */
export const digestWeek = (): DigestData => ({
  ownerId: 'growth',
  ownerIds: ['growth', 'dana', 'ana'],
  from: '2026-02-09',
  to: '2026-02-15',
  objectives: 2,
  checkIns: [
    { objectiveId: 'o1', keyResultId: 'kr1', at: '2026-02-09T09:00:00Z', value: 27, confidence: 0.7 },
    { objectiveId: 'o4', keyResultId: 'kr41', at: '2026-02-11T14:30:00Z', value: 24, confidence: 0.3 },
    { objectiveId: 'o1', keyResultId: 'kr3', at: '2026-02-12', value: null, confidence: null },
    { objectiveId: 'o4', keyResultId: 'kr42', at: '2026-02-13T08:15:00Z', value: false, confidence: 0.5 },
  ],
  statusChanges: [
    { objectiveId: 'o1', from: 'on-track', to: 'at-risk' },
    { objectiveId: 'o4', from: 'not-started', to: 'off-track' },
  ],
  newRisks: [
    { objectiveId: 'o1', keyResultId: 'kr2', from: 'on-track', to: 'at-risk' },
    { objectiveId: 'o4', keyResultId: 'kr41', from: 'at-risk', to: 'off-track' },
  ],
  kudos: [
    {
      objectiveId: 'o1',
      kind: 'kudos',
      authorId: 'dana',
      at: '2026-02-14T16:30:00Z',
      body: 'The new checklist is great, activation is up 4 points!\nThank you, team.',
    },
    {
      objectiveId: 'o4',
      kind: 'kudos',
      authorId: 'ana',
      at: '2026-02-15T10:00:00Z',
      body: '<b>Not bold</b>, just text',
    },
  ],
  quiet: [{ objectiveId: 'o1', keyResultId: 'kr2' }],
});

/** The same week with nothing changed. */
export const quietWeek = (): DigestData => ({
  ...digestWeek(),
  checkIns: [],
  statusChanges: [],
  newRisks: [],
  kudos: [],
  quiet: [
    { objectiveId: 'o1', keyResultId: 'kr1' },
    { objectiveId: 'o1', keyResultId: 'kr2' },
  ],
});
