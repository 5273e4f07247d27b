import { describe, expect, it } from 'vitest';
import { applyFixes } from '../applyFixes.js';
import { lintDocument } from '../lintDocument.js';
import { draft, flaggedKeyResults, lintWith, objective } from './lintHelpers.js';

describe('measurable/no-target', () => {
  const rule = 'measurable/no-target';

  it('flags numeric key results without a target and ranges without min or max', () => {
    const messages = lintWith(rule, [
      objective({
        keyResults: [
          { id: 'kr1', title: 'Raise activation to a new level', type: 'increase', start: 20, unit: '%' },
          { id: 'kr2', title: 'Cut median response time', type: 'decrease', start: 8, unit: 'h' },
          { id: 'kr3', title: 'Keep churn low enough', type: 'at-most', unit: '%' },
          { id: 'kr4', title: 'Keep NPS in its band', type: 'range', min: 40, unit: 'points' },
          { id: 'kr5', title: 'Reach enough paying teams', type: 'at-least', unit: 'teams' },
        ],
      }),
    ]);
    expect(messages.map((message) => [message.keyResultId, message.field])).toEqual([
      ['kr1', 'target'],
      ['kr2', 'target'],
      ['kr3', 'target'],
      ['kr4', 'max'],
      ['kr5', 'target'],
    ]);
  });

  it('leaves complete, boolean and milestone key results alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Raise activation from 20% to 35%', type: 'increase', start: 20, target: 35 },
        { title: 'Keep NPS between 40 and 60', type: 'range', min: 40, max: 60 },
        { title: 'Checklist available on all plans', type: 'boolean' },
        { title: 'Guided setup available', type: 'milestones', milestones: [{ title: 'Beta' }] },
      ]),
    ).toEqual([]);
  });
});

describe('measurable/no-baseline', () => {
  const rule = 'measurable/no-baseline';

  it('flags increase and decrease without start', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Raise week-1 activation to 35%', type: 'increase', target: 35 },
        { title: 'Cut response time to 2 hours', type: 'decrease', target: 2 },
      ]),
    ).toEqual(['kr1', 'kr2']);
  });

  it('leaves threshold types and key results with a start alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Raise week-1 activation from 20% to 35%', type: 'increase', start: 20, target: 35 },
        { title: 'Keep churn at or below 2%', type: 'at-most', target: 2 },
      ]),
    ).toEqual([]);
  });
});

describe('measurable/no-unit', () => {
  const rule = 'measurable/no-unit';

  it('flags numeric key results without a unit, with a fix when the title says percent', () => {
    const messages = lintWith(rule, [
      objective({
        keyResults: [
          { id: 'kr1', title: 'Raise activation from 20% to 35%', type: 'increase', start: 20, target: 35 },
          { id: 'kr2', title: 'Sign 20 new enterprise customers', type: 'at-least', target: 20, unit: ' ' },
        ],
      }),
    ]);
    expect(messages.map((message) => message.keyResultId)).toEqual(['kr1', 'kr2']);
    expect(messages[0]?.fix).toEqual({ path: 'objectives[0].keyResults[0].unit', value: '%' });
    expect(messages[0]?.suggestion).toBe('Add unit: "%" (the title speaks of percent).');
    expect(messages[1]?.fix).toBeUndefined();
  });

  it('leaves key results with a unit, and non-numeric ones, alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Raise activation from 20% to 35%', type: 'increase', start: 20, target: 35, unit: '%' },
        { title: 'Checklist available on all plans', type: 'boolean' },
      ]),
    ).toEqual([]);
  });
});

describe('measurable/target-not-beyond-start', () => {
  const rule = 'measurable/target-not-beyond-start';

  it('flags an increase with target <= start and a decrease with target >= start', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Raise activation from 35% to 20%', type: 'increase', start: 35, target: 20 },
        { title: 'Hold activation at 20% for now', type: 'increase', start: 20, target: 20 },
        { title: 'Cut response time from 2 to 8 hours', type: 'decrease', start: 2, target: 8 },
      ]),
    ).toEqual(['kr1', 'kr2', 'kr3']);
  });

  it('leaves targets on the right side alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Raise activation from 20% to 35%', type: 'increase', start: 20, target: 35 },
        { title: 'Cut response time from 8 to 2 hours', type: 'decrease', start: 8, target: 2 },
      ]),
    ).toEqual([]);
  });

  it('offers a safe fix that switches the type when the title says the other direction (English and German)', () => {
    const input = [
      objective({
        keyResults: [
          { id: 'kr1', title: 'Reduce churn from 5% to 3%', type: 'increase', start: 5, target: 3, unit: '%' },
          {
            id: 'kr2',
            title: 'Umsatz je Kunde von 80 auf 120 € steigern',
            type: 'decrease',
            start: 80,
            target: 120,
            unit: 'EUR',
          },
          { id: 'kr3', title: 'Churn from 5% to 3%', type: 'increase', start: 5, target: 3, unit: '%' },
        ],
      }),
    ];
    const messages = lintWith(rule, input);
    expect(messages.map((message) => message.fix)).toEqual([
      { path: 'objectives[0].keyResults[0].type', value: 'decrease' },
      { path: 'objectives[0].keyResults[1].type', value: 'increase' },
      undefined,
    ]);
    const fixed = applyFixes(draft(input), messages);
    const after = lintDocument(fixed).objectives[0]?.messages.filter((message) => message.ruleId === rule);
    expect(after?.map((message) => message.keyResultId)).toEqual(['kr3']);
    expect(input[0]?.keyResults).toContainEqual(expect.objectContaining({ id: 'kr1', type: 'increase' }));
  });
});
