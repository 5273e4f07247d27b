import type { Cycle, DraftKeyResult } from '../../model/documentSchema.js';
import { dayNumber } from '../../scoring/dayNumber.js';
import { cycleDay } from '../cycleDay.js';
import { isDone, NO_ITEMS, viewKeyResult } from '../keyResultView.js';
import type { ObjectiveRuleContext } from '../types.js';
import { defineObjectiveRule } from './defineRule.js';

/** `time-bound/no-deadline`: an objective without a cycle, or a key result with neither due date nor cycle. */
export const noDeadline = defineObjectiveRule({
  id: 'time-bound/no-deadline',
  category: 'time-bound',
  letter: 'timeBound',
  severity: 'warn',
  recommended: true,
  points: 40,
  docs: {
    description:
      'Flags an objective without `cycle`, and each of its key results without `due` (a key result of an objective with a cycle is due at the cycle end).',
    why: 'A goal without an end date is a wish: it cannot be paced, forecast or graded.',
    bad: '{ id: o1, title: Make onboarding effortless for new customers, owner: growth }',
    good: '{ id: o1, title: Make onboarding effortless for new customers, owner: growth, cycle: 2026-Q1 }',
  },
  messageIds: ['noCycle', 'keyResultNoDeadline'],
  defaultOptions: {},
  check(context) {
    const objective = context.objective;
    if (objective.cycle !== undefined && objective.cycle !== '') return;
    context.report({ field: 'cycle', messageId: 'noCycle' });
    const keyResults = objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      if (keyResult.due === undefined)
        context.report({ keyResult: index, field: 'due', messageId: 'keyResultNoDeadline' });
    }
  },
});

/** `time-bound/due-outside-cycle`: a key result due outside its objective's cycle. */
export const dueOutsideCycle = defineObjectiveRule({
  id: 'time-bound/due-outside-cycle',
  category: 'time-bound',
  letter: 'timeBound',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      "Flags a key result's `due`, a milestone's `due` and a phased target's `at` that fall before the start or after the end of the objective's cycle.",
    why: 'A key result due after its cycle is graded before it is finished; one due before the cycle starts was never part of this cycle.',
    bad: '{ cycle: 2026-Q1 (Jan 1 – Mar 31), keyResults: [{ due: 2026-05-15, … }] }',
    good: '{ cycle: 2026-Q1 (Jan 1 – Mar 31), keyResults: [{ due: 2026-03-15, … }] }',
  },
  messageIds: ['dueOutsideCycle'],
  defaultOptions: {},
  check(context) {
    const cycle = context.cycle;
    if (cycle === undefined) return;
    const start = cycleDay(cycle.start);
    const end = cycleDay(cycle.end);
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const view = viewKeyResult(keyResults[index] as DraftKeyResult);
      if (view.due !== undefined) checkDue(context, start, end, index, 'due', view.due);
      const milestones = view.milestones;
      if (milestones !== undefined) {
        for (let m = 0; m < milestones.length; m++) {
          const due = milestones[m]?.due;
          if (due !== undefined) checkDue(context, start, end, index, `milestones[${m}].due`, due);
        }
      }
      const targets = view.targets;
      if (targets !== undefined) {
        for (let t = 0; t < targets.length; t++) {
          const at = targets[t]?.at;
          if (at !== undefined) checkDue(context, start, end, index, `targets[${t}].at`, at);
        }
      }
    }
  },
});

/** Reports `date` when it falls outside the cycle `[start, end]`. */
function checkDue(
  context: ObjectiveRuleContext,
  start: number,
  end: number,
  index: number,
  field: string,
  date: string,
): void {
  const day = dayNumber(date);
  if (day < start || day > end) {
    const cycle = context.cycle as Cycle;
    context.report({
      keyResult: index,
      field,
      messageId: 'dueOutsideCycle',
      data: { date, cycle: cycle.id, start: cycle.start, end: cycle.end },
    });
  }
}

/** `time-bound/stale`: in a running cycle, no check-in for more than 14 days as of the lint date. */
export const stale = defineObjectiveRule({
  id: 'time-bound/stale',
  category: 'time-bound',
  letter: 'timeBound',
  severity: 'warn',
  recommended: true,
  points: 20,
  docs: {
    description:
      'As of the lint date and while the cycle runs, flags a key result whose latest check-in (or milestone completion) is more than `days` (default 14) days old, or that has none more than `days` days after the cycle started. Finished key results (done, every milestone done) are left alone. Needs `asOf`.',
    why: 'A key result nobody updates is a key result nobody works on; stale numbers also make every roll-up above it wrong.',
    bad: 'As of 2026-03-01, the latest check-in is from 2026-01-20',
    good: 'A check-in every week or two',
  },
  messageIds: ['stale', 'neverCheckedIn'],
  defaultOptions: { days: 14 },
  check(context) {
    const { cycle, asOf } = context;
    if (cycle === undefined || asOf === undefined) return;
    // "No check-in yet" counts from when the goal started counting (its approval), never from before.
    const start = Math.max(cycleDay(cycle.start), context.since ?? Number.NEGATIVE_INFINITY);
    if (asOf < start || asOf > cycleDay(cycle.end)) return;
    const max = context.options.days;
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const view = viewKeyResult(keyResult);
      if (isDone(view, asOf)) continue;
      let latest = Number.NEGATIVE_INFINITY;
      for (const checkIn of view.checkIns ?? NO_ITEMS) {
        const day = dayNumber(checkIn.at);
        if (day <= asOf && day > latest) latest = day;
      }
      for (const milestone of view.milestones ?? NO_ITEMS) {
        const day = milestone.doneAt === undefined ? Number.NaN : dayNumber(milestone.doneAt);
        if (day <= asOf && day > latest) latest = day;
      }
      if (latest === Number.NEGATIVE_INFINITY) {
        if (asOf - start > max) {
          context.report({
            keyResult: index,
            field: 'checkIns',
            messageId: 'neverCheckedIn',
            data: { days: asOf - start, max, anchor: start > cycleDay(cycle.start) ? 'approval' : 'cycle' },
          });
        }
      } else if (asOf - latest > max) {
        context.report({ keyResult: index, field: 'checkIns', messageId: 'stale', data: { days: asOf - latest, max } });
      }
    }
  },
});

/** How close to the cycle end a key result's due date may be and still count as an interim checkpoint. */
const CHECKPOINT_MARGIN_DAYS = 28;

/** `time-bound/no-interim-checkpoint`: a cycle longer than 120 days with no milestones or phased targets. */
export const noInterimCheckpoint = defineObjectiveRule({
  id: 'time-bound/no-interim-checkpoint',
  category: 'time-bound',
  letter: 'timeBound',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      'Flags an objective with key results whose cycle is longer than `days` (default 120) days when none of its key results has milestones, phased targets (`targets`) or a due date at least four weeks before the cycle end. Objectives without key results (rolling up their children) are left alone.',
    why: 'Over half a year, "on track" means nothing without waypoints: interim targets turn a December surprise into a June conversation.',
    bad: 'A 2026 annual objective whose key results only have end-of-year targets',
    good: 'The same key results with `targets: [{ at: 2026-06-30, value: 30 }]`, or split into quarterly objectives',
  },
  messageIds: ['noInterimCheckpoint'],
  defaultOptions: { days: 120 },
  check(context) {
    const cycle = context.cycle;
    if (cycle === undefined || context.objective.keyResults.length === 0) return;
    const start = cycleDay(cycle.start);
    const end = cycleDay(cycle.end);
    const length = end - start + 1;
    if (!(length > context.options.days)) return;
    const hasCheckpoint = context.objective.keyResults.some((keyResult) => {
      const view = viewKeyResult(keyResult);
      if (view.type === 'milestones' || (view.targets !== undefined && view.targets.length > 0)) return true;
      return view.due !== undefined && dayNumber(view.due) <= end - CHECKPOINT_MARGIN_DAYS;
    });
    if (!hasCheckpoint) {
      context.report({
        field: 'keyResults',
        messageId: 'noInterimCheckpoint',
        data: { days: length, max: context.options.days },
      });
    }
  },
});

/** The `time-bound` rules. */
export const timeBoundRules = [noDeadline, dueOutsideCycle, stale, noInterimCheckpoint] as const;
