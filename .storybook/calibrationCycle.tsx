import type { GoalkitClient } from '@goalkit/client';
import { conversations } from '@goalkit/client/conversations';
import { type ReactNode, useEffect, useState } from 'react';

/** Each report's manager review by Dana: performance and potential on 1–5 (`null`: not submitted yet). */
const RATINGS: Readonly<Record<string, readonly [performance: number, potential: number] | null>> = {
  ana: [5, 4],
  ben: [4, 2],
  chen: [3, 3],
  emre: [2, 5],
  farah: null,
};

/**
 * Dana's H1 2026 review cycle in the story backend, made through the API as a host would: the cycle (a manager
 * step asking for performance and potential, the score 40 % goals and 60 % the manager's rating) for her five
 * reports, opened; her manager reviews of four of them submitted (Farah's is not, so she is not placed); moved to
 * calibrating, and Ben moved down one box with a reason. With `stage: 'sharing'` the cycle is shared after.
 * Answers the cycle's id.
 */
async function seedCalibration(client: GoalkitClient, stage: 'calibrating' | 'sharing'): Promise<string> {
  const talk = conversations(client);
  const cycle = await talk.reviewCycles.create({
    name: 'H1 2026 reviews',
    period: { start: '2026-01-01', end: '2026-06-30' },
    steps: [{ kind: 'manager', opensAt: '2026-02-01', dueAt: '2026-03-31', anonymous: false, minResponses: 1 }],
    questions: [
      { id: 'delivery', text: 'How well did they deliver this half?', type: 'rating', kinds: ['manager'] },
      {
        id: 'growth',
        text: 'How far could they grow in the next two years?',
        type: 'rating',
        kinds: ['manager'],
        measures: 'potential',
      },
    ],
    scoreFormula: { weights: { goals: 40, manager: 60 } },
    goalSnapshotAt: '2026-02-15T00:00:00Z',
    participantIds: Object.keys(RATINGS),
  });
  await talk.reviewCycles.transition(cycle.id, { action: 'open' });
  const reviews = await talk.reviews.list(cycle.id, { kind: 'manager' });
  for (const review of reviews.items) {
    const rating = RATINGS[review.revieweeId];
    if (!rating) continue;
    const saved = await talk.reviews.update(
      review.id,
      {
        answers: [
          { questionId: 'delivery', rating: rating[0] },
          { questionId: 'growth', rating: rating[1] },
        ],
      },
      { version: review.version },
    );
    await talk.reviews.transition(saved.id, { action: 'submit' });
  }
  await talk.reviewCycles.transition(cycle.id, { action: 'calibrate' });
  const grid = await talk.calibration.get(cycle.id);
  const ben = grid.people.find((p) => p.personId === 'ben')?.placement;
  if (ben)
    await talk.calibration.adjust(cycle.id, {
      personId: 'ben',
      to: { ...ben, potential: ben.potential === 'low' ? 'moderate' : 'low' },
      reason: 'Wants to deepen his craft in the current role for now',
    });
  if (stage === 'sharing') await talk.reviewCycles.transition(cycle.id, { action: 'share' });
  return cycle.id;
}

// One seeding per backend and stage (React may run an effect twice in development).
const seeded = new WeakMap<GoalkitClient, Map<string, Promise<string>>>();

/** Renders `children` with the cycle's id once the story backend has the cycle, calibrating or shared. */
export function SeededCalibration(props: {
  client: GoalkitClient;
  stage?: 'calibrating' | 'sharing';
  children: (cycleId: string) => ReactNode;
}) {
  const { client } = props;
  const stage = props.stage ?? 'calibrating';
  const [cycleId, setCycleId] = useState<string>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    const byClient = seeded.get(client) ?? new Map<string, Promise<string>>();
    seeded.set(client, byClient);
    const pending = byClient.get(stage) ?? seedCalibration(client, stage);
    byClient.set(stage, pending);
    pending.then(
      (id) => live && setCycleId(id),
      (error: unknown) => live && setFailure(String(error)),
    );
    return () => {
      live = false;
    };
  }, [client, stage]);
  if (failure) return <p role="alert">The story could not set up its review cycle: {failure}</p>;
  return cycleId ? props.children(cycleId) : null;
}
