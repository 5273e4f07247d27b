import type { DraftKeyResult } from '../../model/documentSchema.js';
import { KEY_RESULT_TYPES } from '../../model/keyResultTypes.js';
import { normalizeTitle } from '../titleInfo.js';
import { defineObjectiveRule } from './defineRule.js';

/** `structure/objective-has-metric`: an objective title carrying a number or percentage. */
export const objectiveHasMetric = defineObjectiveRule({
  id: 'structure/objective-has-metric',
  category: 'structure',
  letter: 'specific',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      'Flags an objective title that carries a number, a percentage or a multiplier ("double", "halbieren"). Years next to a time word ("in 2026"), quarter labels ("Q3") and names such as "B2B" are not metrics.',
    why: 'The objective says where to go and why it matters; the numbers belong in its key results, where they can be tracked one by one.',
    bad: 'Grow revenue by 30% in Q3',
    good: 'Become the default choice for mid-size retailers (with "Grow ARR from €2.0M to €2.6M" as a key result)',
  },
  messageIds: ['objectiveHasMetric'],
  defaultOptions: {},
  check(context) {
    if (context.title(context.objective.title).hasMetric) {
      context.report({ field: 'title', messageId: 'objectiveHasMetric' });
    }
  },
});

/** `structure/key-result-is-task`: a boolean or milestones key result phrased as an activity. */
export const keyResultIsTask = defineObjectiveRule({
  id: 'structure/key-result-is-task',
  category: 'structure',
  letter: 'measurable',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      'Flags a key result of a type in `types` (default boolean and milestones) whose title starts with an activity verb (launch, build, implement, migrate, write, hold, run, set up …; German also at the end: "Preisseite einführen").',
    why: 'Shipping the work is not the result: a launched feature nobody uses scores 100%. Describe the change the work should cause.',
    bad: 'Launch the new pricing page',
    good: 'Raise pricing-page conversion from 2.1% to 3%',
  },
  messageIds: ['keyResultIsTask'],
  defaultOptions: { types: ['boolean', 'milestones'] },
  optionChoices: { types: KEY_RESULT_TYPES },
  check(context) {
    const types = context.options.types;
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      if (!types.includes(keyResult.type)) continue;
      const info = context.title(keyResult.title);
      const verb = info.firstActivity ?? info.lastActivity;
      if (verb !== undefined) {
        context.report({ keyResult: index, field: 'title', messageId: 'keyResultIsTask', data: { verb } });
      }
    }
  },
});

/** `structure/too-few-key-results`: fewer than 2 key results on an objective that rolls up its key results. */
export const tooFewKeyResults = defineObjectiveRule({
  id: 'structure/too-few-key-results',
  category: 'structure',
  letter: 'measurable',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      'Flags an objective with `rollup: key-results` (the default) and fewer than `min` (default 2) key results. Objectives that roll up their children are left alone.',
    why: 'One key result is a single number that can be gamed; two or more (ideally one that balances the other) measure the objective from more than one side.',
    bad: 'Make onboarding effortless, with only "Raise activation from 20% to 35%"',
    good: 'The same, plus "Keep onboarding support tickets at or below 40 a week"',
  },
  messageIds: ['tooFewKeyResults'],
  defaultOptions: { min: 2 },
  check(context) {
    const { objective } = context;
    if (objective.rollup !== undefined && objective.rollup !== 'key-results') return;
    const count = objective.keyResults.length;
    if (count < context.options.min) {
      context.report({ field: 'keyResults', messageId: 'tooFewKeyResults', data: { count, min: context.options.min } });
    }
  },
});

/** Scratch for `structure/duplicate-key-result`, reused so an objective costs no arrays (rules run one at a time). */
const FINGERPRINTS: number[] = [];
const HAS_WORDS: boolean[] = [];

/** `structure/duplicate-key-result`: two key results of one objective with the same normalised title. */
export const duplicateKeyResult = defineObjectiveRule({
  id: 'structure/duplicate-key-result',
  category: 'structure',
  letter: 'specific',
  severity: 'error',
  recommended: true,
  points: 40,
  docs: {
    description:
      "Flags a key result whose title, lower-cased with punctuation and spacing normalised, equals an earlier key result's title in the same objective.",
    why: 'A duplicate counts the same result twice in the roll-up, and usually means a copy-paste that was never finished.',
    bad: '"Raise NPS to 50" and "Raise NPS to 50." on one objective',
    good: 'One key result per result',
  },
  messageIds: ['duplicateKeyResult'],
  defaultOptions: {},
  check(context) {
    const keyResults = context.objective.keyResults;
    if (keyResults.length < 2) return;
    const fingerprints = FINGERPRINTS;
    const hasWords = HAS_WORDS;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index];
      const info = keyResult === undefined ? undefined : context.title(keyResult.title);
      fingerprints[index] = info === undefined ? -1 : info.fingerprint;
      hasWords[index] = info !== undefined && info.wordCount > 0;
    }
    for (let index = 1; index < keyResults.length; index++) {
      const keyResult = keyResults[index];
      if (keyResult === undefined || !hasWords[index]) continue;
      const fingerprint = fingerprints[index];
      for (let other = 0; other < index; other++) {
        const earlier = keyResults[other];
        if (fingerprints[other] !== fingerprint || earlier === undefined) continue;
        // Fingerprints are hashes: confirm before reporting.
        if (normalizeTitle(earlier.title) !== normalizeTitle(keyResult.title)) continue;
        context.report({
          keyResult: index,
          field: 'title',
          messageId: 'duplicateKeyResult',
          data: { other: earlier.id },
        });
        break;
      }
    }
  },
});

/** `structure/all-weights-zero`: every key result weighs 0, so the objective can never progress. */
export const allWeightsZero = defineObjectiveRule({
  id: 'structure/all-weights-zero',
  category: 'structure',
  letter: 'measurable',
  severity: 'error',
  recommended: true,
  points: 50,
  docs: {
    description:
      'Flags an objective that rolls up its key results (`key-results` or `both`) when it has key results and every one has `weight: 0`.',
    why: 'Weight-0 items are shown but not counted: with all of them at 0 the objective stays at 0% whatever happens.',
    bad: 'Two key results, both with weight: 0',
    good: 'Weights that say how much each key result matters, such as 2 and 1',
  },
  messageIds: ['allWeightsZero'],
  defaultOptions: {},
  check(context) {
    const { objective } = context;
    if (objective.rollup === 'children' || objective.keyResults.length === 0) return;
    for (const keyResult of objective.keyResults) if (keyResult.weight !== 0) return;
    context.report({ field: 'keyResults', messageId: 'allWeightsZero' });
  },
});

/** The `structure` rules. */
export const structureRules = [
  objectiveHasMetric,
  keyResultIsTask,
  tooFewKeyResults,
  duplicateKeyResult,
  allWeightsZero,
] as const;
