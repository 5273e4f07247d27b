import type { KeyResult as CoreKeyResult, GoalkitDocument } from '../model/documentSchema.js';
import { scoreDocument } from '../scoring/scorer.js';
import type { KeyResultResource, ObjectiveResource } from './types.js';

export type { KeyResultResource, ObjectiveResource, ResourceScore } from './types.js';

/** A check-in as the core engine reads it: the UTC day, the value, the confidence. */
export interface CoreCheckInInput {
  at: string;
  value: number | boolean | null;
  confidence: number | null;
}

const FIELDS = ['due', 'start', 'target', 'min', 'max', 'targets', 'scoring', 'checkInResponsibleId'] as const;

/**
 * The core engine's view of an API key result, or `undefined` when it cannot be scored yet (a draft
 * without its target or baseline, or with a target on the wrong side of the start).
 */
export function toCoreKeyResult(
  kr: KeyResultResource,
  checkIns: readonly CoreCheckInInput[] = [],
): CoreKeyResult | undefined {
  const { type, start, target, min, max } = kr;
  if (type === 'increase' || type === 'decrease') {
    if (start == null || target == null || (type === 'increase' ? target <= start : target >= start)) return undefined;
  } else if (type === 'at-least' || type === 'at-most') {
    if (target == null) return undefined;
  } else if (type === 'range' && (min == null || max == null || min > max)) return undefined;
  const out: Record<string, unknown> = { id: kr.id, title: kr.title, type, weight: kr.weight };
  for (const field of FIELDS) if (kr[field] != null) out[field] = kr[field];
  const numeric = type !== 'boolean' && type !== 'milestones';
  if (numeric && typeof kr.current === 'number') out.current = kr.current;
  if (type === 'boolean') out.done = kr.current === true || kr.current === 1 || kr.done === true;
  if (type === 'milestones')
    out.milestones = (kr.milestones ?? []).map(({ title, done, weight }) =>
      weight === undefined ? { title, done } : { title, done, weight },
    );
  out.checkIns = checkIns
    .filter((c) => (numeric ? typeof c.value === 'number' : type === 'milestones' || c.value !== null))
    .map((c) => {
      const checkIn: Record<string, unknown> = { at: c.at };
      if (type === 'boolean') checkIn.value = c.value === true || c.value === 1;
      else if (numeric) checkIn.value = c.value;
      if (c.confidence !== null) checkIn.confidence = c.confidence;
      return checkIn;
    });
  return out as unknown as CoreKeyResult;
}

/**
 * Recompute an objective's key-result scores and (when it rolls up its key results) its own score
 * with the core engine, so an optimistic update shows the same numbers the server will send.
 * Scores that need data the client does not hold (child objectives, check-in history for forecasts)
 * are kept as the server last sent them.
 */
export function rescoreObjective<T extends ObjectiveResource>(
  objective: T,
  cycle: { id: string; start: string; end: string },
  asOf?: string,
): T {
  const keyResults = objective.keyResults.map((kr) => toCoreKeyResult(kr));
  const document: GoalkitDocument = {
    version: 1,
    cycles: [{ id: cycle.id, name: cycle.id, start: cycle.start, end: cycle.end }],
    owners: [{ id: objective.ownerId, kind: 'person', name: objective.ownerId }],
    objectives: [
      {
        id: objective.id,
        title: objective.title,
        owner: objective.ownerId,
        cycle: cycle.id,
        rollup: 'key-results',
        keyResults: keyResults.filter((kr): kr is CoreKeyResult => kr !== undefined),
      },
    ],
  };
  const scored = scoreDocument(document, asOf === undefined ? {} : { asOf }).objectives[0];
  if (!scored) return objective;
  const byId = new Map(scored.keyResults.map((s) => [s.id, s]));
  const next: T = {
    ...objective,
    keyResults: objective.keyResults.map((kr) => {
      const s = byId.get(kr.id);
      if (!s) return kr;
      return {
        ...kr,
        score: {
          ...kr.score,
          progress: s.progress,
          raw: s.raw,
          expected: s.expected,
          status: s.status,
          hasData: s.hasData,
          confidence: kr.score.confidence,
        },
      };
    }),
  };
  if (objective.rollup === 'key-results' && keyResults.every((kr) => kr !== undefined)) {
    next.score = {
      ...objective.score,
      progress: scored.progress,
      expected: scored.expected,
      status: scored.status,
      hasData: scored.hasData,
    };
  }
  return next;
}

export { applyCheckIn, type CheckInEntry } from './applyCheckIn.js';
