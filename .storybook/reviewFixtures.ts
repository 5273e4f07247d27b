import type { Review, ReviewCycle } from '@goalkit/client/conversations';

/*
 * The review form's stories and tests: Q1 2026's review cycle at Acme, collecting, and reviews of Ana Lima's
 * work (her own, her manager Dana Okafor's, her peer Ben Adeyemi's) with her goals as they stood at the
 * snapshot. Each call builds fresh objects, so a story or test may change its copy.
 */

/** Q1 2026's review cycle: self, manager, anonymous peer and upward steps; ratings on 1–5, potential on 1–3. */
export function reviewCycle(): ReviewCycle {
  return {
    id: 'rc-2026-q1',
    name: 'Q1 2026 reviews',
    period: { start: '2026-01-01', end: '2026-03-31' },
    stage: 'collecting',
    steps: [
      { kind: 'self', opensAt: '2026-03-23', dueAt: '2026-04-03', anonymous: false, minResponses: 1 },
      { kind: 'manager', opensAt: '2026-03-23', dueAt: '2026-04-10', anonymous: false, minResponses: 1 },
      { kind: 'peer', opensAt: '2026-03-23', dueAt: '2026-04-10', anonymous: true, minResponses: 3 },
      { kind: 'upward', opensAt: '2026-03-23', dueAt: '2026-04-10', anonymous: true, minResponses: 3 },
    ],
    questions: [
      {
        id: 'q-delivery',
        text: 'How well were the goals of this cycle delivered?',
        type: 'rating',
        kinds: ['self', 'manager', 'peer'],
        scale: { min: 1, max: 5 },
        measures: 'performance',
      },
      {
        id: 'q-collaboration',
        text: 'How well did the collaboration with others work?',
        type: 'rating',
        kinds: ['self', 'manager', 'peer'],
      },
      {
        id: 'q-potential',
        text: 'How ready is Ana to take on a larger role?',
        type: 'rating',
        kinds: ['manager'],
        scale: { min: 1, max: 3 },
        measures: 'potential',
      },
      {
        id: 'q-strengths',
        text: 'What went well, and what should continue?',
        type: 'text',
        kinds: ['self', 'manager', 'peer'],
      },
      {
        id: 'q-change',
        text: 'What should change next cycle?',
        type: 'text',
        kinds: ['self', 'manager', 'peer'],
      },
      {
        id: 'q-support',
        text: 'How well does your manager support your goals?',
        type: 'rating',
        kinds: ['upward'],
      },
    ],
    scoreFormula: { weights: { goals: 50, manager: 30, self: 10, peer: 10 } },
    goalSnapshotAt: '2026-03-31T17:00:00Z',
    participantIds: ['ana', 'ben', 'chen', 'emre', 'farah'],
    createdAt: '2026-03-16T09:00:00Z',
    version: 2,
  };
}

/** Ana's goals at the snapshot: one closed with its final grade, two graded at the snapshot. */
export function reviewEvidence(): NonNullable<Review['evidence']> {
  return {
    snapshotAt: '2026-03-31T17:00:00Z',
    objectives: [
      {
        id: 'o-onboarding',
        title: 'Ship self-serve onboarding',
        state: 'closed',
        weight: 2,
        progress: 0.84,
        status: 'achieved',
        grade: { score: 0.8, band: 'green', final: true },
        keyResults: [
          { id: 'kr-activation', title: 'Activation rate from 31% to 45%', progress: 0.93, status: 'achieved' },
          { id: 'kr-first-goal', title: 'Time to first goal under 5 minutes', progress: 0.75, status: 'on-track' },
        ],
        explanation: [
          {
            kind: 'key-result',
            id: 'kr-activation',
            title: 'Activation rate from 31% to 45%',
            depth: 0,
            progress: 0.93,
            weight: 1,
            share: 0.5,
            contribution: 0.465,
            counted: true,
          },
          {
            kind: 'key-result',
            id: 'kr-first-goal',
            title: 'Time to first goal under 5 minutes',
            depth: 0,
            progress: 0.75,
            weight: 1,
            share: 0.5,
            contribution: 0.375,
            counted: true,
          },
          {
            kind: 'objective',
            id: 'o-emails',
            title: 'Write the onboarding emails',
            depth: 0,
            progress: 1,
            weight: 1,
            share: 0,
            contribution: 0,
            counted: false,
          },
        ],
      },
      {
        id: 'o-tickets',
        title: 'Cut support tickets per customer',
        state: 'active',
        weight: 1,
        progress: 0.55,
        status: 'at-risk',
        grade: { score: 0.6, band: 'yellow', final: false },
        keyResults: [
          { id: 'kr-tickets', title: 'Tickets per 100 customers from 12 to 8', progress: 0.5, status: 'at-risk' },
          { id: 'kr-help', title: 'Help centre answers 60% of searches', progress: 0.6, status: 'on-track' },
        ],
        // Its third item is an aligned goal the reader may not see: named by neither id nor title.
        explanation: [
          {
            kind: 'key-result',
            id: 'kr-tickets',
            title: 'Tickets per 100 customers from 12 to 8',
            depth: 0,
            progress: 0.5,
            weight: 1,
            share: 0.3333333333333333,
            contribution: 0.166667,
            counted: true,
          },
          {
            kind: 'key-result',
            id: 'kr-help',
            title: 'Help centre answers 60% of searches',
            depth: 0,
            progress: 0.6,
            weight: 1,
            share: 0.3333333333333333,
            contribution: 0.2,
            counted: true,
          },
          {
            kind: 'objective',
            id: null,
            title: null,
            depth: 0,
            progress: 0.55,
            weight: 1,
            share: 0.3333333333333333,
            contribution: 0.183333,
            counted: true,
          },
        ],
      },
      {
        id: 'o-partners',
        title: 'Grow the partner channel',
        state: 'active',
        weight: 1,
        progress: 0.29,
        status: 'off-track',
        grade: { score: 0.3, band: 'red', final: false },
        keyResults: [
          { id: 'kr-partners', title: 'Sign 6 partners', progress: 0.33, status: 'off-track' },
          { id: 'kr-partner-revenue', title: 'Partner-sourced revenue of €200k', progress: 0.25, status: 'off-track' },
        ],
      },
    ],
    goalScore: 0.625,
  };
}

const base = (): Omit<Review, 'kind' | 'status' | 'answers' | 'allowedActions'> => ({
  id: 'rv-ana-self',
  cycleId: 'rc-2026-q1',
  revieweeId: 'ana',
  revieweeName: 'Ana Lima',
  reviewerId: 'ana',
  reviewerName: 'Ana Lima',
  submittedAt: null,
  evidence: reviewEvidence(),
  version: 3,
});

/** Ana's self review, in draft: one rating and one text answered. */
export function selfReviewDraft(): Review {
  return {
    ...base(),
    kind: 'self',
    status: 'draft',
    answers: [
      { questionId: 'q-delivery', rating: 4 },
      {
        questionId: 'q-strengths',
        text: 'Onboarding shipped two weeks early and activation passed 44%.',
      },
    ],
    allowedActions: ['edit', 'submit'],
  };
}

/** Dana's review of Ana, in draft, with the potential question only managers are asked. */
export function managerReviewDraft(): Review {
  return {
    ...base(),
    id: 'rv-ana-manager',
    reviewerId: 'dana',
    reviewerName: 'Dana Okafor',
    kind: 'manager',
    status: 'draft',
    answers: [{ questionId: 'q-delivery', rating: 4 }],
    allowedActions: ['edit', 'submit'],
  };
}

/** Ana's self review, submitted: read-only. */
export function selfReviewSubmitted(): Review {
  return {
    ...selfReviewDraft(),
    status: 'submitted',
    submittedAt: '2026-04-02T10:42:00Z',
    answers: [
      { questionId: 'q-delivery', rating: 4 },
      { questionId: 'q-collaboration', rating: 5 },
      { questionId: 'q-strengths', text: 'Onboarding shipped two weeks early and activation passed 44%.' },
      { questionId: 'q-change', text: 'Start the partner work earlier, with a named owner.' },
    ],
    allowedActions: [],
    version: 5,
  };
}

/** Dana's review of Ana, shared with her: Ana may acknowledge it. */
export function managerReviewShared(): Review {
  return {
    ...managerReviewDraft(),
    status: 'shared',
    submittedAt: '2026-04-08T15:10:00Z',
    answers: [
      { questionId: 'q-delivery', rating: 4 },
      { questionId: 'q-collaboration', rating: 4 },
      { questionId: 'q-potential', rating: 3 },
      { questionId: 'q-strengths', text: 'Onboarding landed early and the help centre work is paying off.' },
      { questionId: 'q-change', text: 'Bring the partner channel back on track with a smaller first target.' },
    ],
    allowedActions: ['acknowledge'],
    version: 7,
  };
}

/** Ben's anonymous peer review of Ana, in draft, nothing answered yet. */
export function peerReviewDraft(): Review {
  return {
    ...base(),
    id: 'rv-ana-peer-ben',
    reviewerId: 'ben',
    reviewerName: 'Ben Adeyemi',
    kind: 'peer',
    status: 'draft',
    answers: [],
    allowedActions: ['edit', 'submit'],
    version: 1,
  };
}

/** A cycle that asks nothing of an upward review but the support rating, without it: nothing to answer. */
export function cycleWithoutUpwardQuestions(): ReviewCycle {
  const cycle = reviewCycle();
  return { ...cycle, questions: cycle.questions.filter((q) => !q.kinds.includes('upward')) };
}

/** Ana's upward review of Dana, in draft. */
export function upwardReviewDraft(): Review {
  return {
    ...base(),
    id: 'rv-dana-upward-ana',
    revieweeId: 'dana',
    revieweeName: 'Dana Okafor',
    kind: 'upward',
    status: 'draft',
    answers: [],
    evidence: { snapshotAt: '2026-03-31T17:00:00Z', objectives: [], goalScore: null },
    allowedActions: ['edit', 'submit'],
    version: 1,
  };
}
