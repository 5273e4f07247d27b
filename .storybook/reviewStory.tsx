import type { GoalkitClient } from '@goalkit/client';
import { conversations } from '@goalkit/client/conversations';
import { useGoalkit } from '@goalkit/react';
import { type ReactNode, useEffect, useState } from 'react';

/*
 * Connected review-form stories: Dana (the story backend's admin, Ana's manager) creates Q2 2026's review
 * cycle for Ana and opens it, which gives Ana's self review and Dana's manager review; the story then shows
 * Dana's. Each story has its own backend, so each sets its cycle up afresh.
 */

/** Create and open a review cycle for Ana; answers Dana's manager review's id. */
export async function openReviewCycleForAna(client: GoalkitClient): Promise<string> {
  const talk = conversations(client);
  const cycle = await talk.reviewCycles.create({
    name: 'Q1 2026 reviews',
    period: { start: '2026-01-01', end: '2026-03-31' },
    steps: [
      { kind: 'self', opensAt: '2026-02-01', dueAt: '2026-03-20', anonymous: false, minResponses: 1 },
      { kind: 'manager', opensAt: '2026-02-01', dueAt: '2026-03-27', anonymous: false, minResponses: 1 },
    ],
    questions: [
      {
        id: 'q-delivery',
        text: 'How well were the goals of this cycle delivered?',
        type: 'rating',
        kinds: ['self', 'manager'],
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
        kinds: ['self', 'manager'],
      },
    ],
    goalSnapshotAt: '2026-02-14T17:00:00Z',
    participantIds: ['ana'],
  });
  await talk.reviewCycles.transition(cycle.id, { action: 'open' });
  const reviews = await talk.reviews.list(cycle.id, { reviewee: 'ana', kind: 'manager' });
  const review = reviews.items[0];
  if (!review) throw new Error('Opening the cycle made no manager review of Ana.');
  return review.id;
}

/** Renders `children(reviewId)` once Dana's review of Ana exists on the story's backend. */
export function WithReviewOfAna({ children }: { children: (reviewId: string) => ReactNode }) {
  const { client } = useGoalkit();
  const [reviewId, setReviewId] = useState<string>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    openReviewCycleForAna(client).then(setReviewId, (error: unknown) => setFailure(String(error)));
  }, [client]);
  if (failure) return <p role="alert">The story could not set up its review cycle: {failure}</p>;
  return reviewId ? children(reviewId) : null;
}
