import type { KeyResultResource } from './types.js';

/** What a person enters in a check-in. */
export interface CheckInEntry {
  value?: number | boolean | undefined;
  milestones?: boolean[] | undefined;
  confidence?: number | undefined;
}

/**
 * Apply a check-in the person just made to a key result, as the server will record it. Kept apart from
 * the scoring engine (`rescoreObjective`) so an optimistic update can show the value before the engine loads.
 */
export function applyCheckIn<T extends KeyResultResource>(kr: T, body: CheckInEntry): T {
  const next: T = { ...kr };
  if (kr.type === 'milestones' && body.milestones) {
    next.milestones = (kr.milestones ?? []).map((m, i) => ({ ...m, done: body.milestones?.[i] ?? m.done }));
  } else if (body.value !== undefined) {
    next.current = body.value;
    if (kr.type === 'boolean') next.done = body.value === true || body.value === 1;
  }
  next.score = { ...kr.score, confidence: body.confidence ?? kr.score.confidence };
  return next;
}
