import type { DraftKeyResult, KeyResultType } from '../../model/documentSchema.js';
import { isNumericType, viewKeyResult } from '../keyResultView.js';
import type { Finding, MessageData } from '../types.js';
import { defineObjectiveRule } from './defineRule.js';

/*
 * The data of these messages takes a handful of values: one frozen object per value, shared by
 * every message, rather than one per message (a first draft of 10,000 goals has 50,000 of them).
 */

/** `{ type }` for every numeric key result type. */
const TYPE_DATA: Readonly<Partial<Record<KeyResultType, MessageData>>> = {
  increase: Object.freeze({ type: 'increase' }),
  decrease: Object.freeze({ type: 'decrease' }),
  'at-least': Object.freeze({ type: 'at-least' }),
  'at-most': Object.freeze({ type: 'at-most' }),
  range: Object.freeze({ type: 'range' }),
};
const MIN_DATA: MessageData = Object.freeze({ field: 'min' });
const MAX_DATA: MessageData = Object.freeze({ field: 'max' });
const NO_HINT_DATA: MessageData = Object.freeze({ hint: '' });
const PERCENT_HINT_DATA: MessageData = Object.freeze({ hint: '%' });

/** `{ type }` for a key result type, shared for the numeric ones. */
function typeData(type: KeyResultType): MessageData {
  return TYPE_DATA[type] ?? { type };
}

/** `measurable/no-target`: a numeric key result without its target (or min/max for a range). */
export const noTarget = defineObjectiveRule({
  id: 'measurable/no-target',
  category: 'measurable',
  letter: 'measurable',
  severity: 'error',
  recommended: true,
  points: 50,
  docs: {
    description:
      'Flags an increase, decrease, at-least or at-most key result without `target`, and a range without `min` or `max`.',
    why: 'Without a target there is no finish line: progress cannot be computed and nobody knows when the key result is met.',
    bad: '{ title: Raise week-1 activation, type: increase, start: 20, unit: "%" }',
    good: '{ title: Raise week-1 activation from 20% to 35%, type: increase, start: 20, target: 35, unit: "%" }',
  },
  messageIds: ['noTarget', 'noRangeBounds'],
  defaultOptions: {},
  check(context) {
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const view = viewKeyResult(keyResult);
      if (view.type === 'range') {
        if (view.min === undefined)
          context.report({ keyResult: index, field: 'min', messageId: 'noRangeBounds', data: MIN_DATA });
        else if (view.max === undefined)
          context.report({ keyResult: index, field: 'max', messageId: 'noRangeBounds', data: MAX_DATA });
      } else if (isNumericType(view.type) && view.target === undefined) {
        context.report({ keyResult: index, field: 'target', messageId: 'noTarget', data: typeData(view.type) });
      }
    }
  },
});

/** `measurable/no-baseline`: an increase or decrease key result without `start`. */
export const noBaseline = defineObjectiveRule({
  id: 'measurable/no-baseline',
  category: 'measurable',
  letter: 'measurable',
  severity: 'warn',
  recommended: true,
  points: 40,
  docs: {
    description: 'Flags an increase or decrease key result without `start`, the value it starts from.',
    why: '"Reach 35%" means something else when you start at 34% than at 5%: without a baseline neither ambition nor progress can be judged.',
    bad: '{ title: Raise week-1 activation to 35%, type: increase, target: 35, unit: "%" }',
    good: '{ title: Raise week-1 activation from 20% to 35%, type: increase, start: 20, target: 35, unit: "%" }',
  },
  messageIds: ['noBaseline'],
  defaultOptions: {},
  check(context) {
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const view = viewKeyResult(keyResult);
      if ((view.type === 'increase' || view.type === 'decrease') && view.start === undefined) {
        context.report({ keyResult: index, field: 'start', messageId: 'noBaseline', data: typeData(view.type) });
      }
    }
  },
});

/** `measurable/no-unit`: a numeric key result without a unit. */
export const noUnit = defineObjectiveRule({
  id: 'measurable/no-unit',
  category: 'measurable',
  letter: 'measurable',
  severity: 'warn',
  recommended: true,
  points: 20,
  docs: {
    description: 'Flags a numeric key result (increase, decrease, at-least, at-most, range) without `unit`.',
    why: '"From 20 to 35" could be percent, customers or thousands of euros; a unit makes the number readable in every widget and report.',
    bad: '{ title: Cut first-response time from 8 to 2, type: decrease, start: 8, target: 2 }',
    good: '{ title: Cut first-response time from 8 to 2 hours, type: decrease, start: 8, target: 2, unit: h }',
  },
  messageIds: ['noUnit'],
  defaultOptions: {},
  check(context) {
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const view = viewKeyResult(keyResult);
      if (!isNumericType(view.type) || (view.unit !== undefined && view.unit.trim() !== '')) continue;
      const percent = view.title.includes('%');
      const finding: Finding = {
        keyResult: index,
        field: 'unit',
        messageId: 'noUnit',
        data: percent ? PERCENT_HINT_DATA : NO_HINT_DATA,
      };
      if (percent) finding.fix = { field: 'unit', value: '%' };
      context.report(finding);
    }
  },
});

/** `measurable/target-not-beyond-start`: an increase whose target is not above its start, or a decrease whose target is not below it. */
export const targetNotBeyondStart = defineObjectiveRule({
  id: 'measurable/target-not-beyond-start',
  category: 'measurable',
  letter: 'measurable',
  severity: 'error',
  recommended: true,
  points: 50,
  docs: {
    description:
      'Flags an increase key result with `target <= start` and a decrease key result with `target >= start`. When the title says the other direction ("Reduce …" typed increase) it offers a safe fix: switch the type.',
    why: 'A target on the wrong side of the start makes progress run backwards: every step in the right direction would count as going the wrong way.',
    bad: '{ title: Reduce churn from 5% to 3%, type: increase, start: 5, target: 3, unit: "%" }',
    good: '{ title: Reduce churn from 5% to 3%, type: decrease, start: 5, target: 3, unit: "%" }',
  },
  messageIds: ['targetNotAboveStart', 'targetNotBelowStart'],
  defaultOptions: {},
  check(context) {
    const keyResults = context.objective.keyResults;
    for (let index = 0; index < keyResults.length; index++) {
      const keyResult = keyResults[index] as DraftKeyResult;
      const view = viewKeyResult(keyResult);
      const { start, target } = view;
      if (start === undefined || target === undefined) continue;
      const wrongIncrease = view.type === 'increase' && target <= start;
      const wrongDecrease = view.type === 'decrease' && target >= start;
      if (!wrongIncrease && !wrongDecrease) continue;
      const info = context.title(view.title);
      const saysUp = info.increase;
      const saysDown = info.decrease;
      const fixType =
        target === start
          ? undefined
          : wrongIncrease && saysDown && !saysUp
            ? 'decrease'
            : wrongDecrease && saysUp && !saysDown
              ? 'increase'
              : undefined;
      const finding: Finding = {
        keyResult: index,
        field: 'target',
        messageId: wrongIncrease ? 'targetNotAboveStart' : 'targetNotBelowStart',
        data: { start, target },
      };
      if (fixType !== undefined) finding.fix = { field: 'type', value: fixType };
      context.report(finding);
    }
  },
});

/** The `measurable` rules. */
export const measurableRules = [noTarget, noBaseline, noUnit, targetNotBeyondStart] as const;
