import type { Calibration, CalibrationPlacement, NineBox } from '@goalkit/client/conversations';

type Level = NineBox['performance'];
const box = (potential: Level, performance: Level): NineBox => ({ potential, performance });

const person = (
  personId: string,
  name: string,
  finalScore: number | null,
  computed: NineBox | null,
  moves: { to: NineBox; reason: string; actorName?: string }[] = [],
): CalibrationPlacement => {
  let from = computed;
  const adjustments = moves.map((m, i) => {
    const adjustment = {
      id: `adj-${personId}-${i}`,
      reviewId: `review-${personId}`,
      personId,
      from: from ?? m.to,
      to: m.to,
      reason: m.reason,
      actorId: 'dana',
      actorName: m.actorName ?? 'Dana Admin',
      at: `2026-03-2${i}T10:00:00.000Z`,
    };
    from = m.to;
    return adjustment;
  });
  return {
    personId,
    name,
    managerId: 'mia',
    finalScore,
    components: [
      { component: 'goals', score: finalScore, weight: 50, responses: 1 },
      { component: 'manager', score: finalScore, weight: 50, responses: finalScore === null ? 0 : 1 },
    ],
    computed,
    placement: moves.length > 0 ? (moves[moves.length - 1]?.to ?? computed) : computed,
    adjustments,
  };
};

/** Twelve people over the boxes, two of them moved in calibration. */
export const calibrationPeople = (): CalibrationPlacement[] => [
  person('ana', 'Ana Silva', 0.86, box('high', 'high')),
  person('ben', 'Ben Okafor', 0.74, box('high', 'high')),
  person('chen', 'Chen Wei', 0.55, box('high', 'moderate')),
  person('dara', 'Dara Kim', 0.31, box('high', 'low')),
  person('eli', 'Eli Novak', 0.78, box('moderate', 'high')),
  person('fay', 'Fay Müller', 0.62, box('moderate', 'moderate'), [
    { to: box('high', 'moderate'), reason: 'Led the billing migration on her own' },
  ]),
  person('gus', 'Gus Ortega', 0.48, box('moderate', 'moderate')),
  person('hana', 'Hana Sato', 0.22, box('moderate', 'low')),
  person('ivo', 'Ivo Petrov', 0.81, box('low', 'high')),
  person('jo', 'Jo Lindqvist', 0.58, box('moderate', 'moderate'), [
    { to: box('low', 'moderate'), reason: 'Asked to stay in the current role for now' },
  ]),
  person('kai', 'Kai Brennan', 0.35, box('low', 'low')),
  person('lea', 'Lea Rossi', 0.69, box('moderate', 'moderate')),
];

/** A cycle being calibrated: moves are taken. */
export const calibratingGrid = (): Calibration => ({
  cycleId: 'rc-2026-h1',
  stage: 'calibrating',
  editable: true,
  people: calibrationPeople(),
});

/** The same cycle shared with the reviewees: read-only. */
export const sharedGrid = (): Calibration => ({ ...calibratingGrid(), stage: 'sharing', editable: false });

/** No one to calibrate yet. */
export const emptyGrid = (): Calibration => ({ ...calibratingGrid(), people: [] });

/** One reviewee without a manager review: not placed, listed apart. */
export const gridWithUnplaced = (): Calibration => ({
  ...calibratingGrid(),
  people: [...calibrationPeople(), person('max', 'Max Weber', null, null)],
});

/** The server's answer to a move: the person in their new box with the move recorded. */
export function placedAfterMove(
  before: CalibrationPlacement,
  move: { to: NineBox; reason: string },
  actorName = 'Dana Admin',
): CalibrationPlacement {
  return {
    ...before,
    placement: move.to,
    adjustments: [
      ...before.adjustments,
      {
        id: `adj-${before.personId}-${before.adjustments.length}`,
        reviewId: `review-${before.personId}`,
        personId: before.personId,
        from: before.placement ?? move.to,
        to: move.to,
        reason: move.reason,
        actorId: 'dana',
        actorName,
        at: '2026-03-30T10:00:00.000Z',
      },
    ],
  };
}

/** A host's `onMove` over a grid: answers each move as the server would (after `latencyMs`). */
export const answerMoves =
  (calibration: Calibration, latencyMs = 300) =>
  async (detail: { personId: string; to: NineBox; reason: string }): Promise<CalibrationPlacement> => {
    const before = calibration.people.find((p) => p.personId === detail.personId);
    if (!before) throw new Error(`No one with the id ${detail.personId} is on this grid.`);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return placedAfterMove(before, detail);
  };

/** A host's `onMove` whose server refuses every move, with its reason. */
export const refuseMoves =
  (reason: string, latencyMs = 300) =>
  async (): Promise<never> => {
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    throw new Error(reason);
  };
