import type { DraftKeyResult } from '../../model/documentSchema.js';
import { dayNumber } from '../../scoring/dayNumber.js';
import { cycleDay } from '../cycleDay.js';
import { forecastValue } from '../forecast.js';
import { earliestValue, meetsThreshold, NO_ITEMS, viewKeyResult } from '../keyResultView.js';
import { defineDocumentRule, defineObjectiveRule } from './defineRule.js';

/** `achievable/too-many-key-results`: more than 5 key results on one objective. */
export const tooManyKeyResults = defineObjectiveRule({
  id: 'achievable/too-many-key-results',
  category: 'achievable',
  letter: 'achievable',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description: 'Flags an objective with more than `max` key results (default 5).',
    why: 'Focus is the point of OKRs: past a handful of key results, effort spreads thin and the important ones drown.',
    bad: 'An objective with 8 key results',
    good: 'The same objective with the 3–5 key results that matter most; the rest become team tasks',
  },
  messageIds: ['tooManyKeyResults'],
  defaultOptions: { max: 5 },
  check(context) {
    const count = context.objective.keyResults.length;
    if (count > context.options.max) {
      context.report({
        field: 'keyResults',
        messageId: 'tooManyKeyResults',
        data: { count, max: context.options.max },
      });
    }
  },
});

/** `achievable/too-many-objectives`: an owner with more than 5 objectives in one cycle. */
export const tooManyObjectives = defineDocumentRule({
  id: 'achievable/too-many-objectives',
  category: 'achievable',
  letter: 'achievable',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      'Flags the objectives of an owner beyond the first `max` (default 5) in one cycle; each objective past the limit gets the message.',
    why: 'An owner with seven objectives has no priorities; most of them will be "at risk" all quarter.',
    bad: 'Team growth with 7 objectives in 2026-Q1',
    good: 'Team growth with 3 objectives in 2026-Q1, the others moved to the backlog or another owner',
  },
  messageIds: ['tooManyObjectives'],
  defaultOptions: { max: 5 },
  check(context) {
    const max = context.options.max;
    const objectives = context.document.objectives;
    // Only an owner with more than `max` objectives in all can have too many in one cycle: count
    // first, and group by cycle only the objectives of those few owners.
    const counts = new Map<string, number>();
    for (let index = 0; index < objectives.length; index++) {
      const objective = objectives[index];
      if (objective === undefined || objective.owner === undefined || objective.cycle === undefined) continue;
      counts.set(objective.owner, (counts.get(objective.owner) ?? 0) + 1);
    }
    // Owner, then cycle: no key string per objective.
    const groups = new Map<string, Map<string, number[]>>();
    for (let index = 0; index < objectives.length; index++) {
      const objective = objectives[index];
      if (objective === undefined || objective.owner === undefined || objective.cycle === undefined) continue;
      if ((counts.get(objective.owner) as number) <= max) continue;
      let byCycle = groups.get(objective.owner);
      if (byCycle === undefined) {
        byCycle = new Map();
        groups.set(objective.owner, byCycle);
      }
      const group = byCycle.get(objective.cycle);
      if (group === undefined) byCycle.set(objective.cycle, [index]);
      else group.push(index);
    }
    for (const byCycle of groups.values()) {
      for (const indexes of byCycle.values()) {
        if (indexes.length <= max) continue;
        const first = context.document.objectives[indexes[0] as number];
        for (const index of indexes.slice(max)) {
          context.report(index, {
            messageId: 'tooManyObjectives',
            data: { owner: first?.owner ?? '', cycle: first?.cycle ?? '', count: indexes.length, max },
          });
        }
      }
    }
  },
});

/** `achievable/implausible-target`: a jump beyond a factor of the baseline, or a forecast under half the target past mid-cycle. */
export const implausibleTarget = defineObjectiveRule({
  id: 'achievable/implausible-target',
  category: 'achievable',
  letter: 'achievable',
  severity: 'warn',
  recommended: true,
  points: 40,
  docs: {
    description:
      'Flags an increase whose target is more than `factor` (default 10) times its start, or a decrease whose start is more than `factor` times its target; and, past the middle of the cycle (as of the lint date), an increase or decrease whose forecast (least squares through its check-ins, projected to the cycle end) reaches less than half of the way to the target.',
    why: 'Stretch goals motivate; impossible ones are ignored after week two. A forecast far short of the target mid-cycle is the moment to re-plan, not the last week.',
    bad: '{ title: Grow paying teams from 40 to 900, type: increase, start: 40, target: 900 }',
    good: '{ title: Grow paying teams from 40 to 120, type: increase, start: 40, target: 120 }',
  },
  messageIds: ['implausibleJump', 'implausibleForecast'],
  defaultOptions: { factor: 10 },
  check(context) {
    const { cycle, asOf } = context;
    const factor = context.options.factor;
    const cycleStart = cycle === undefined ? Number.NaN : cycleDay(cycle.start);
    const cycleEnd = cycle === undefined ? Number.NaN : cycleDay(cycle.end);
    const pastHalf = asOf !== undefined && asOf > cycleStart + (cycleEnd - cycleStart) / 2 && asOf <= cycleEnd;
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const view = viewKeyResult(keyResult);
      if (view.type !== 'increase' && view.type !== 'decrease') continue;
      const { start, target } = view;
      if (start === undefined || target === undefined || start === target) continue;
      const ratio = view.type === 'increase' ? target / start : start / target;
      const rightDirection = view.type === 'increase' ? target > start : target < start;
      if (rightDirection && start > 0 && target > 0 && ratio > factor) {
        context.report({
          keyResult: index,
          field: 'target',
          messageId: 'implausibleJump',
          data: { start, target, ratio: Math.round(ratio * 10) / 10, factor },
        });
        continue;
      }
      if (!pastHalf || !rightDirection || asOf === undefined) continue;
      const projected = forecastValue(view.checkIns ?? NO_ITEMS, asOf, cycleEnd);
      if (projected === undefined) continue;
      const progress = (projected - start) / (target - start);
      if (progress < 0.5) {
        context.report({
          keyResult: index,
          field: 'target',
          messageId: 'implausibleForecast',
          data: {
            forecast: Math.round(projected * 100) / 100,
            target,
            percent: Math.max(0, Math.round(progress * 100)),
          },
        });
      }
    }
  },
});

/** `achievable/already-achieved`: the starting value already meets the target. */
export const alreadyAchieved = defineObjectiveRule({
  id: 'achievable/already-achieved',
  category: 'achievable',
  letter: 'achievable',
  severity: 'warn',
  recommended: true,
  points: 40,
  docs: {
    description:
      'Flags a key result whose starting value already meets its target: for at-least, at-most and range, the earliest check-in (or `current` when there is none and the cycle has not started as of the lint date); for increase and decrease without `start`, the earliest check-in. Threshold key results phrased as keeping a level ("Keep churn at or below 2%", "… halten") are health metrics and are left alone. An increase or decrease with a `start` is the job of `measurable/target-not-beyond-start`.',
    why: 'A key result that is met on day one asks for nothing; it hides that the objective has fewer real key results than it seems.',
    bad: '{ title: Reach at least 40 NPS, type: at-least, target: 40, checkIns: [{ at: 2026-01-02, value: 47 }] }',
    good: '{ title: Reach at least 55 NPS, type: at-least, target: 55, checkIns: [{ at: 2026-01-02, value: 47 }] }',
  },
  messageIds: ['alreadyAchieved'],
  defaultOptions: {},
  check(context) {
    const { cycle, asOf } = context;
    const started = asOf !== undefined && cycle !== undefined && asOf >= cycleDay(cycle.start);
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const view = viewKeyResult(keyResult);
      let baseline = earliestValue(view);
      let met: boolean | undefined;
      if (view.type === 'increase' || view.type === 'decrease') {
        if (view.start !== undefined || view.target === undefined || baseline === undefined) continue;
        met = view.type === 'increase' ? baseline >= view.target : baseline <= view.target;
      } else {
        if (baseline === undefined && !started) baseline = view.current;
        if (baseline === undefined) continue;
        if (context.title(view.title).maintain) continue;
        met = meetsThreshold(view, baseline);
      }
      if (met === true) context.report({ keyResult: index, messageId: 'alreadyAchieved', data: { value: baseline } });
    }
  },
});

/** `achievable/low-confidence`: the owner's latest confidence is low. */
export const lowConfidence = defineObjectiveRule({
  id: 'achievable/low-confidence',
  category: 'achievable',
  letter: 'achievable',
  severity: 'warn',
  recommended: false,
  points: 20,
  docs: {
    description:
      'Flags a key result whose latest check-in (at or before the lint date) gives a confidence below `below` (default 0.4). Off in `recommended`.',
    why: 'The owner is telling you the target is out of reach; the time to talk about scope or help is now, not at grading.',
    bad: 'checkIns: [{ at: 2026-02-10, value: 22, confidence: 0.2 }]',
    good: 'A re-planned target the owner rates 0.5 or more',
  },
  messageIds: ['lowConfidence'],
  defaultOptions: { below: 0.4 },
  check(context) {
    const asOf = context.asOf;
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      let at: string | undefined;
      let confidence: number | undefined;
      for (const checkIn of viewKeyResult(keyResult).checkIns ?? NO_ITEMS) {
        if (checkIn.confidence === undefined || (asOf !== undefined && dayNumber(checkIn.at) > asOf)) continue;
        if (at === undefined || checkIn.at >= at) {
          at = checkIn.at;
          confidence = checkIn.confidence;
        }
      }
      if (confidence !== undefined && confidence < context.options.below) {
        context.report({ keyResult: index, messageId: 'lowConfidence', data: { confidence, at: at ?? '' } });
      }
    }
  },
});

/** The `achievable` rules. */
export const achievableRules = [
  tooManyKeyResults,
  tooManyObjectives,
  implausibleTarget,
  alreadyAchieved,
  lowConfidence,
] as const;
