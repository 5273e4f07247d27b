import { RULES_BY_ID } from './rules/index.js';
import type { LintMessage, SmartCost, SmartLetter, SmartScore } from './types.js';

/** The score of an objective without findings: shared (and frozen), as most objectives of a kept document have it. */
const PERFECT: SmartScore = Object.freeze({
  specific: 100,
  measurable: 100,
  achievable: 100,
  relevant: 100,
  timeBound: 100,
  overall: 100,
  costs: Object.freeze([]) as unknown as SmartCost[],
});

/** Points a finding of a rule that is not built in costs. */
const DEFAULT_POINTS = 30;

/**
 * The SMART score of one objective from its messages: every letter starts at 100; the first
 * finding of a rule costs its letter the rule's `points`, each further finding of the same rule
 * half of that; a letter never drops below 0. `overall` is the rounded mean of the five letters.
 */
export function computeSmartScore(messages: readonly LintMessage[]): SmartScore {
  return scoreWithPoints(
    messages,
    messages.map((message) => RULES_BY_ID.get(message.ruleId)?.points ?? DEFAULT_POINTS),
  );
}

/** {@link computeSmartScore} with each message's points given, as the engine knows them. */
export function scoreWithPoints(messages: readonly LintMessage[], pointsOf: readonly number[]): SmartScore {
  if (messages.length === 0) return PERFECT;
  const score = { specific: 100, measurable: 100, achievable: 100, relevant: 100, timeBound: 100 };
  const costs: SmartCost[] = [];
  const seen: string[] = [];
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index] as LintMessage;
    const full = pointsOf[index] ?? DEFAULT_POINTS;
    const repeat = seen.includes(message.ruleId);
    if (!repeat) seen.push(message.ruleId);
    const letter: SmartLetter = message.letter;
    const points = Math.min(score[letter], repeat ? Math.round(full / 2) : full);
    score[letter] -= points;
    if (points > 0) costs.push({ letter, points, message });
  }
  const { specific, measurable, achievable, relevant, timeBound } = score;
  const overall = Math.round((specific + measurable + achievable + relevant + timeBound) / 5);
  return { specific, measurable, achievable, relevant, timeBound, overall, costs };
}
