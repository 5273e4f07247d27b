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

/*
 * Scores and costs are built by constructors rather than as object literals. V8 allocates the
 * objects of a literal that mostly survive straight in the old generation; a lint's scores then
 * point from there at its young messages, and every young-generation collection has to visit
 * those pointers (it took about four times as long on a 10,000-objective document). Only the
 * prototype differs from a literal: the fields are the same own properties, in the same order.
 */

/** A {@link SmartScore}. */
class Score implements SmartScore {
  specific: number;
  measurable: number;
  achievable: number;
  relevant: number;
  timeBound: number;
  overall: number;
  costs: SmartCost[];

  constructor(letters: Omit<SmartScore, 'overall' | 'costs'>, costs: SmartCost[]) {
    this.specific = letters.specific;
    this.measurable = letters.measurable;
    this.achievable = letters.achievable;
    this.relevant = letters.relevant;
    this.timeBound = letters.timeBound;
    this.overall = Math.round(
      (letters.specific + letters.measurable + letters.achievable + letters.relevant + letters.timeBound) / 5,
    );
    this.costs = costs;
  }
}

/** A {@link SmartCost}. */
class Cost implements SmartCost {
  letter: SmartLetter;
  points: number;
  message: LintMessage;

  constructor(letter: SmartLetter, points: number, message: LintMessage) {
    this.letter = letter;
    this.points = points;
    this.message = message;
  }
}

/** The costs of the objective being scored, copied out at their exact number (scoring is synchronous). */
const scratchCosts: (SmartCost | undefined)[] = [];

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

/** Whether a message before `index` has the rule of the message at `index` (an objective has a handful of messages). */
function hasEarlierRule(messages: readonly LintMessage[], index: number): boolean {
  const ruleId = (messages[index] as LintMessage).ruleId;
  for (let earlier = 0; earlier < index; earlier++)
    if ((messages[earlier] as LintMessage).ruleId === ruleId) return true;
  return false;
}

/** {@link computeSmartScore} with each message's points given, as the engine knows them. */
export function scoreWithPoints(messages: readonly LintMessage[], pointsOf: readonly number[]): SmartScore {
  if (messages.length === 0) return PERFECT;
  const score = { specific: 100, measurable: 100, achievable: 100, relevant: 100, timeBound: 100 };
  let costCount = 0;
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index] as LintMessage;
    const full = pointsOf[index] ?? DEFAULT_POINTS;
    const repeat = hasEarlierRule(messages, index);
    const letter: SmartLetter = message.letter;
    const points = Math.min(score[letter], repeat ? Math.round(full / 2) : full);
    score[letter] -= points;
    if (points > 0) scratchCosts[costCount++] = new Cost(letter, points, message);
  }
  const costs = scratchCosts.slice(0, costCount) as SmartCost[];
  // Holds no message past the call.
  scratchCosts.fill(undefined, 0, costCount);
  return new Score(score, costs);
}
