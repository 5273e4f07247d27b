import type { DraftKeyResult } from '../../model/documentSchema.js';
import { viewKeyResult } from '../keyResultView.js';
import { defineObjectiveRule } from './defineRule.js';

/** `specific/vague-wording`: a key result built on vague words with no number in it. */
export const vagueWording = defineObjectiveRule({
  id: 'specific/vague-wording',
  category: 'specific',
  letter: 'specific',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      'Flags a key result whose title is built on a vague word (improve, enhance, optimize, various, as needed, verbessern, einige …) and carries no number.',
    why: 'A vague key result can be "achieved" by any change at all, so nobody can tell at the end of the cycle whether it was met.',
    bad: 'Improve the onboarding experience',
    good: 'Raise week-1 activation from 20% to 35%',
  },
  messageIds: ['vagueWording'],
  defaultOptions: {},
  check(context) {
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const info = context.title(keyResult.title);
      const word = info.vague;
      if (info.hasMetric || word === undefined) continue;
      const view = viewKeyResult(keyResult);
      const data: Record<string, string | number> = { word };
      if (view.start !== undefined && view.target !== undefined) {
        data.from = view.start;
        data.to = view.target;
        data.unit = view.unit ?? '';
      }
      context.report({ keyResult: index, field: 'title', messageId: 'vagueWording', data });
    }
  },
});

/** `specific/too-short`: an objective or key result title of fewer than 3 words. */
export const tooShort = defineObjectiveRule({
  id: 'specific/too-short',
  category: 'specific',
  letter: 'specific',
  severity: 'warn',
  recommended: true,
  points: 20,
  docs: {
    description: 'Flags an objective or key result title of fewer than `minWords` words (default 3).',
    why: 'A title of one or two words ("Revenue", "Hiring") names a topic, not a goal: it says neither what should change nor for whom.',
    bad: 'Hiring',
    good: 'Build a team that can ship the EU launch on time',
  },
  messageIds: ['objectiveTooShort', 'keyResultTooShort'],
  defaultOptions: { minWords: 3 },
  check(context) {
    const min = context.options.minWords;
    const objectiveWords = context.title(context.objective.title).wordCount;
    if (objectiveWords < min) {
      context.report({ field: 'title', messageId: 'objectiveTooShort', data: { count: objectiveWords, min } });
    }
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const count = context.title(keyResult.title).wordCount;
      if (count < min) {
        context.report({ keyResult: index, field: 'title', messageId: 'keyResultTooShort', data: { count, min } });
      }
    }
  },
});

/** `specific/missing-owner`: an objective without an owner. */
export const missingOwner = defineObjectiveRule({
  id: 'specific/missing-owner',
  category: 'specific',
  letter: 'specific',
  severity: 'error',
  recommended: true,
  points: 40,
  docs: {
    description: 'Flags an objective with no owner.',
    why: 'A goal everybody owns is a goal nobody drives; scoring also needs an owner to roll goals up the organisation.',
    bad: '{ id: o1, title: Make onboarding effortless for new customers }',
    good: '{ id: o1, title: Make onboarding effortless for new customers, owner: growth }',
  },
  messageIds: ['missingOwner'],
  defaultOptions: {},
  check(context) {
    const owner = context.objective.owner;
    if (owner === undefined || owner.trim() === '') context.report({ field: 'owner', messageId: 'missingOwner' });
  },
});

/** The `specific` rules. */
export const specificRules = [vagueWording, tooShort, missingOwner] as const;
