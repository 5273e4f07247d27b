import type { CheckIn, GoalkitDocument, KeyResult, Objective } from '../model/documentSchema.js';
import { isoDateOfDay } from '../scoring/dayNumber.js';
import type { AnalyticsScope, AnalyticsScoring } from './shared.js';
import { achieved, contributorOf, cycleDays, fractionDay, scopeTests, scorerSource } from './shared.js';

/**
 * The key results of the cycles closed by the day analysed: how many, whose and of which cycles, and as
 * columns item i's outcome and its confidence at each fraction asked for.
 */
export interface ClosedKeyResults {
  /** How many. */
  count: number;
  /** Their distinct owners (a key result's own, else its objective's): the group privacy counts. */
  owners: Set<string>;
  /** The ids of their cycles, in the order first met. */
  cycleIds: Set<string>;
  /** oᵢ at `outcomes[i]`: 1 when its progress as of the day analysed reached its objective's θ, else 0. */
  outcomes: Uint8Array;
  /** cᵢ(τ) at `confidences[i × fractions.length + f]` for the f-th fraction; `NaN` when none was given by then. */
  confidences: Float64Array;
}

/**
 * The counted key results of the cycles closed by `asOfDay` (last day before it), in document order, each
 * with its outcome scored as of `asOfDay` and its latest confidence on or before day
 * start + ⌊τ × (end − start)⌋ of its cycle for each τ of `fractions` (a check-in without a confidence keeps
 * the previous one; of two on one day, the later in the list wins). `cycles` limits the cycles read.
 */
export function closedKeyResults(
  documents: readonly GoalkitDocument[],
  asOfDay: number,
  fractions: readonly number[],
  options: AnalyticsScope & AnalyticsScoring & { cycles?: readonly string[] | undefined },
): ClosedKeyResults {
  const tests = scopeTests(documents, options.ownerId);
  const scorerOf = scorerSource(asOfDay, options.scorer);
  const wanted = options.cycles === undefined ? undefined : new Set(options.cycles);
  const width = fractions.length;
  // Every key result of the documents bounds the count, so each column is allocated once.
  let bound = 0;
  for (const document of documents) for (const objective of document.objectives) bound += objective.keyResults.length;
  const outcomes = new Uint8Array(bound);
  const confidences = new Float64Array(bound * width).fill(Number.NaN);
  const owners = new Set<string>();
  const cycleIds = new Set<string>();
  let count = 0;
  // The latest check-in day read so far per fraction, for the key result at hand.
  const bestAt: string[] = new Array(width).fill('');
  documents.forEach((document, d) => {
    const inScope = tests[d];
    /** Per closed cycle: the day of each fraction, as `YYYY-MM-DD` text (compared as text, nothing parsed). */
    const closed = new Map<string, string[]>();
    for (const cycle of document.cycles) {
      const { start, end } = cycleDays(cycle);
      if (end < asOfDay && (wanted === undefined || wanted.has(cycle.id)))
        closed.set(
          cycle.id,
          fractions.map((fraction) => isoDateOfDay(fractionDay(start, end, fraction))),
        );
    }
    if (closed.size === 0) return;
    const scorer = scorerOf(document);
    // Consecutive key results mostly share an owner and a cycle: the sets are only asked about a change.
    let lastOwner: string | undefined;
    let lastCycle: string | undefined;
    for (const objective of document.objectives as Objective[]) {
      const days = closed.get(objective.cycle);
      if (days === undefined || (options.visible !== undefined && !options.visible(objective))) continue;
      const keyResults = objective.keyResults;
      for (let k = 0; k < keyResults.length; k++) {
        const keyResult = keyResults[k] as KeyResult;
        const owner = contributorOf(objective, keyResult);
        if (inScope !== undefined && !inScope(owner)) continue;
        if (owner !== lastOwner) {
          owners.add(owner);
          lastOwner = owner;
        }
        if (objective.cycle !== lastCycle) {
          cycleIds.add(objective.cycle);
          lastCycle = objective.cycle;
        }
        outcomes[count] = achieved(objective, scorer.progressOfKeyResult(keyResult.id)) ? 1 : 0;
        const base = count * width;
        for (let f = 0; f < width; f++) bestAt[f] = '';
        const checkIns = keyResult.checkIns as readonly CheckIn[];
        for (let c = 0; c < checkIns.length; c++) {
          const checkIn = checkIns[c] as CheckIn;
          const confidence = checkIn.confidence;
          if (confidence === undefined) continue;
          const at = checkIn.at;
          for (let f = 0; f < width; f++) {
            if (at > (days[f] as string) || at < (bestAt[f] as string)) continue;
            bestAt[f] = at;
            confidences[base + f] = confidence;
          }
        }
        count++;
      }
    }
  });
  return {
    count,
    owners,
    cycleIds,
    outcomes: outcomes.subarray(0, count),
    confidences: confidences.subarray(0, count * width),
  };
}

/** The pairs (cᵢ(τ), oᵢ) at the f-th fraction, leaving out key results with no confidence by then. */
export function pairsAt(
  closed: ClosedKeyResults,
  f: number,
  width: number,
): { confidences: number[]; outcomes: number[] } {
  const confidences: number[] = [];
  const outcomes: number[] = [];
  for (let i = 0; i < closed.count; i++) {
    const confidence = closed.confidences[i * width + f] as number;
    if (Number.isNaN(confidence)) continue;
    confidences.push(confidence);
    outcomes.push(closed.outcomes[i] as number);
  }
  return { confidences, outcomes };
}
