import { describe, expect, it } from 'vitest';
import { documentWith, exampleDocument, objective } from '../__tests__/exampleDocument.js';
import type { GoalkitDocument } from '../model/documentSchema.js';
import { parseDocument } from '../model/parseDocument.js';
import { dayNumber } from './dayNumber.js';
import { confidenceBand, grade } from './grade.js';
import { createScorer, type Scorer, scoreDocument } from './scorer.js';
import type { ScoringOptions } from './types.js';

const DAY = (iso: string) => dayNumber(iso);
/** Days into the 2026-01-01 … 2026-03-31 test cycle (89 days long). */
const CYCLE_DAYS = DAY('2026-03-31') - DAY('2026-01-01');
const fraction = (iso: string) => (DAY(iso) - DAY('2026-01-01')) / CYCLE_DAYS;

function scorerFor(objectives: unknown[], options: ScoringOptions = { asOf: '2026-02-15' }): Scorer {
  return createScorer(parseDocument(documentWith(objectives)), options);
}

/** A scorer over a document built in code, which no parse has checked: what the engine must survive. */
function unparsedScorer(objectives: Record<string, unknown>[], options: ScoringOptions = { asOf: '2026-02-15' }) {
  for (const o of objectives) for (const k of o.keyResults as Record<string, unknown>[]) k.checkIns ??= [];
  return createScorer(documentWith(objectives) as GoalkitDocument, options);
}

function oneKeyResult(fields: Record<string, unknown>, options?: ScoringOptions) {
  return scorerFor([objective('o', [{ id: 'kr', title: 'KR', ...fields }])], options).keyResult('kr');
}

describe('the example document', () => {
  const scorer = createScorer(parseDocument(exampleDocument()), { asOf: '2026-02-15' });

  it('matches the figures derived from the formulas', () => {
    const expected = 45 / 89;
    const kr1 = (27 - 20) / (35 - 20);
    const o1 = (2 * kr1 + (30 - 22) / (30 - 10) + 1 + 1 + 0 + 1 / 3) / 7;
    expect(scorer.objective('o1')).toMatchObject({
      progress: o1,
      expected,
      status: 'on-track',
      hasData: true,
      grade: { score: 0.5, band: 'yellow' },
    });
    expect(scorer.objective('o0')).toMatchObject({ progress: o1, expected, status: 'on-track', keyResults: [] });
    const score = scorer.keyResult('kr1');
    expect(score).toMatchObject({
      progress: kr1,
      raw: kr1,
      expected,
      status: 'on-track',
      hasData: true,
      confidence: 0.7,
      confidenceBand: 'high',
    });
    expect(score.forecast?.value).toBeCloseTo(34, 10);
    expect(score.forecast?.progress).toBeCloseTo(14 / 15, 10);
    expect(o1).toBeCloseTo(0.5238, 4);
    expect(expected).toBeCloseTo(0.5056, 4);
  });

  it('scores every objective in document order with scoreDocument', () => {
    const scores = scoreDocument(parseDocument(exampleDocument()), { asOf: '2026-02-15' });
    expect(scores.asOf).toBe('2026-02-15');
    expect(scores.objectives.map((o) => o.id)).toEqual(['o0', 'o1']);
    expect(scores.objectives[1]?.keyResults.map((kr) => kr.id)).toEqual(['kr1', 'kr2', 'kr3', 'kr4', 'kr5', 'kr6']);
  });
});

describe('current value', () => {
  it('is the latest check-in by date, whatever the listed order', () => {
    const score = oneKeyResult({
      type: 'increase',
      start: 0,
      target: 10,
      current: 9,
      checkIns: [
        { at: '2026-02-01', value: 6 },
        { at: '2026-01-10', value: 2 },
      ],
    });
    expect(score.value).toBe(6);
    expect(score.progress).toBe(0.6);
  });

  it('takes the later-listed of two check-ins on the same day', () => {
    const score = oneKeyResult({
      type: 'increase',
      start: 0,
      target: 10,
      checkIns: [
        { at: '2026-02-01', value: 3 },
        { at: '2026-02-01', value: 4 },
      ],
    });
    expect(score.value).toBe(4);
  });

  it('uses current only without check-ins, and has no data with neither', () => {
    expect(oneKeyResult({ type: 'increase', start: 0, target: 10, current: 5 })).toMatchObject({
      progress: 0.5,
      hasData: true,
      value: 5,
    });
    expect(oneKeyResult({ type: 'increase', start: 0, target: 10 })).toMatchObject({
      progress: 0,
      raw: 0,
      hasData: false,
      value: null,
    });
  });

  it('ignores check-ins after the as-of day, and counts one on that day', () => {
    const fields = {
      type: 'increase',
      start: 0,
      target: 10,
      checkIns: [
        { at: '2026-01-10', value: 2 },
        { at: '2026-02-15', value: 5 },
        { at: '2026-02-16', value: 9 },
      ],
    };
    expect(oneKeyResult(fields, { asOf: '2026-02-15' }).value).toBe(5);
    expect(oneKeyResult(fields, { asOf: '2026-02-14' }).value).toBe(2);
    expect(oneKeyResult(fields, { asOf: '2026-01-09' })).toMatchObject({
      hasData: false,
      value: null,
      confidence: null,
    });
  });
});

describe('increase and decrease', () => {
  it.each([
    [20, 0],
    [27.5, 0.5],
    [35, 1],
  ])('increase 20 → 35 at %s gives %s', (current, progress) => {
    expect(oneKeyResult({ type: 'increase', start: 20, target: 35, current }).progress).toBe(progress);
  });

  it('keeps the unclamped value as raw and clamps progress', () => {
    expect(oneKeyResult({ type: 'increase', start: 0, target: 8, current: 10 })).toMatchObject({
      progress: 1,
      raw: 1.25,
      status: 'achieved',
    });
    expect(oneKeyResult({ type: 'decrease', start: 30, target: 10, current: 5 })).toMatchObject({
      progress: 1,
      raw: 1.25,
    });
  });

  it('gives 0, never negative, when moving away from the target', () => {
    expect(oneKeyResult({ type: 'increase', start: 20, target: 35, current: 15 })).toMatchObject({
      progress: 0,
      raw: -1 / 3,
    });
    expect(oneKeyResult({ type: 'decrease', start: 30, target: 10, current: 40 })).toMatchObject({
      progress: 0,
      raw: -0.5,
    });
  });

  it('decrease is (start − current) / (start − target)', () => {
    expect(oneKeyResult({ type: 'decrease', start: 30, target: 10, current: 22 }).progress).toBeCloseTo(0.4, 15);
  });
});

describe('threshold types', () => {
  it.each([
    ['at-least', { target: 95 }, 95, 1],
    ['at-least', { target: 95 }, 94.99, 0],
    ['at-least', { target: 95 }, 120, 1],
    ['at-most', { target: 2 }, 2, 1],
    ['at-most', { target: 2 }, 2.01, 0],
    ['range', { min: 40, max: 60 }, 40, 1],
    ['range', { min: 40, max: 60 }, 60, 1],
    ['range', { min: 40, max: 60 }, 39.9, 0],
    ['range', { min: 40, max: 60 }, 60.1, 0],
  ])('%s %j at %s gives %s (boundaries count as met)', (type, fields, current, progress) => {
    const score = oneKeyResult({ type, ...fields, current });
    expect(score.progress).toBe(progress);
    expect(score.status).toBe(progress === 1 ? 'on-track' : 'off-track');
  });

  it('is off-track without data', () => {
    expect(oneKeyResult({ type: 'at-least', target: 1 })).toMatchObject({ status: 'off-track', hasData: false });
  });

  it('scores the share of check-ins that met the condition with scoring: share-of-check-ins', () => {
    const checkIns = [
      { at: '2026-01-05', value: 96 },
      { at: '2026-01-12', value: 94 },
      { at: '2026-01-19', value: 95 },
      { at: '2026-03-01', value: 10 },
    ];
    expect(oneKeyResult({ type: 'at-least', target: 95, scoring: 'share-of-check-ins', checkIns }).progress).toBe(
      2 / 3,
    );
    expect(
      oneKeyResult({ type: 'at-least', target: 95, scoring: 'share-of-check-ins', checkIns }, { asOf: '2026-03-02' })
        .progress,
    ).toBe(0.5);
    expect(oneKeyResult({ type: 'at-least', target: 95, checkIns }).progress).toBe(1);
    expect(oneKeyResult({ type: 'range', min: 1, max: 2, scoring: 'share-of-check-ins', current: 1.5 }).progress).toBe(
      1,
    );
  });
});

describe('boolean and milestones', () => {
  it('boolean is 1 when done or when the latest check-in is 1/true', () => {
    expect(oneKeyResult({ type: 'boolean', done: true })).toMatchObject({
      progress: 1,
      status: 'achieved',
      hasData: true,
    });
    expect(oneKeyResult({ type: 'boolean', done: false })).toMatchObject({ progress: 0, hasData: true });
    expect(oneKeyResult({ type: 'boolean' })).toMatchObject({ progress: 0, hasData: false });
    expect(oneKeyResult({ type: 'boolean', done: false, checkIns: [{ at: '2026-01-02', value: true }] }).progress).toBe(
      1,
    );
    expect(
      oneKeyResult({
        type: 'boolean',
        checkIns: [
          { at: '2026-01-02', value: 1 },
          { at: '2026-01-03', value: 0 },
        ],
      }).progress,
    ).toBe(0);
    expect(oneKeyResult({ type: 'boolean', checkIns: [{ at: '2026-03-02', value: true }] }).hasData).toBe(false);
  });

  it('milestones is Σ weights done / Σ weights, default weight 1', () => {
    const milestones = [
      { title: 'a', done: true },
      { title: 'b', weight: 2, done: false },
      { title: 'c', weight: 3, done: true },
    ];
    expect(oneKeyResult({ type: 'milestones', milestones }).progress).toBe(4 / 6);
  });

  it('counts a milestone with doneAt only from that day', () => {
    const milestones = [{ title: 'a', doneAt: '2026-02-20' }, { title: 'b' }];
    expect(oneKeyResult({ type: 'milestones', milestones }, { asOf: '2026-02-19' }).progress).toBe(0);
    expect(oneKeyResult({ type: 'milestones', milestones }, { asOf: '2026-02-20' }).progress).toBe(0.5);
  });

  it('has no data when every milestone weighs 0', () => {
    expect(oneKeyResult({ type: 'milestones', milestones: [{ title: 'a', weight: 0, done: true }] })).toMatchObject({
      progress: 0,
      hasData: false,
    });
  });

  it('takes the confidence of milestone check-ins and has no forecast', () => {
    const score = oneKeyResult({
      type: 'milestones',
      milestones: [{ title: 'a' }],
      checkIns: [
        { at: '2026-01-02', confidence: 0.3 },
        { at: '2026-01-09', confidence: 0.5 },
      ],
    });
    expect(score).toMatchObject({ confidence: 0.5, confidenceBand: 'medium', forecast: null });
  });
});

const kr = (id: string, current: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `KR ${id}`,
  type: 'increase',
  start: 0,
  target: 100,
  current,
  ...extra,
});

describe('objective roll-up', () => {
  it('is the weighted mean of its key results, excluding weight 0', () => {
    const scorer = scorerFor([objective('o', [kr('a', 50, { weight: 3 }), kr('b', 10), kr('c', 100, { weight: 0 })])]);
    expect(scorer.objective('o')).toMatchObject({ progress: (3 * 0.5 + 0.1) / 4, hasData: true });
  });

  it('is 0 without data when there are no items or every weight is 0', () => {
    const scorer = scorerFor([
      objective('empty'),
      objective('zero', [kr('a', 80, { weight: 0 })]),
      objective('blank', [{ id: 'b', title: 'b', type: 'increase', start: 0, target: 1 }]),
    ]);
    expect(scorer.objective('empty')).toMatchObject({ progress: 0, hasData: false });
    expect(scorer.objective('zero')).toMatchObject({ progress: 0, hasData: false });
    expect(scorer.objective('blank')).toMatchObject({ progress: 0, hasData: false });
  });

  it('rolls up contributing children by weight with rollup: children, never supports', () => {
    const scorer = scorerFor([
      objective('root', [kr('ignored', 100)], { rollup: 'children' }),
      objective('a', [kr('a1', 60)], { parent: 'root', weight: 2 }),
      objective('b', [kr('b1', 30)], { parent: 'root' }),
      objective('s', [kr('s1', 100)], { parent: 'root', alignment: 'supports', weight: 5 }),
      objective('z', [kr('z1', 100)], { parent: 'root', weight: 0 }),
    ]);
    expect(scorer.progressOf('root')).toBeCloseTo((2 * 0.6 + 0.3) / 3, 15);
  });

  it('averages key results and children together with rollup: both', () => {
    const scorer = scorerFor([
      objective('root', [kr('r1', 20, { weight: 2 })], { rollup: 'both' }),
      objective('a', [kr('a1', 80)], { parent: 'root' }),
    ]);
    expect(scorer.progressOf('root')).toBeCloseTo((2 * 0.2 + 0.8) / 3, 15);
  });

  it("reads a key result's progress alone as its score says it", () => {
    const scorer = scorerFor([
      objective('root', [kr('r1', 20, { weight: 2 }), kr('r2', 130)], { rollup: 'both' }),
      objective('a', [kr('a1', 80)], { parent: 'root' }),
    ]);
    for (const id of ['r1', 'r2', 'a1']) expect(scorer.progressOfKeyResult(id)).toBe(scorer.keyResult(id).progress);
    expect(scorer.progressOfKeyResult('r2')).toBe(1);
    expect(() => scorer.progressOfKeyResult('nope')).toThrow();
  });

  it('ignores children with the default rollup: key-results', () => {
    const scorer = scorerFor([objective('root', [kr('r1', 20)]), objective('a', [kr('a1', 80)], { parent: 'root' })]);
    expect(scorer.progressOf('root')).toBe(0.2);
  });

  it('rolls up a chain 10,000 objectives deep without overflowing', () => {
    const objectives = Array.from({ length: 10_000 }, (_, i) =>
      i === 9_999
        ? objective(`o${i}`, [kr('leaf', 40)], { parent: `o${i - 1}` })
        : objective(`o${i}`, [], { rollup: 'children', ...(i > 0 ? { parent: `o${i - 1}` } : {}) }),
    );
    const scorer = scorerFor(objectives);
    expect(scorer.progressOf('o0')).toBe(0.4);
    const explanation = scorer.explain('o0');
    expect(explanation.lines).toHaveLength(10_001);
    scorer.applyCheckIn('leaf', { at: '2026-02-01', value: 70 });
    expect(scorer.progressOf('o0')).toBe(0.7);
  });

  it('keeps progress in [0, 1] and raw finite with weights and values too large to add up', () => {
    // parseDocument refuses numbers beyond ±1e15; a document built in code reaches the engine unchecked.
    const huge = 1e308;
    const scorer = unparsedScorer([
      objective('o', [
        { id: 'd1', title: 'd1', type: 'boolean', done: true, weight: huge },
        { id: 'd2', title: 'd2', type: 'boolean', done: true, weight: huge },
      ]),
      objective('root', [], { rollup: 'children' }),
      objective('a', [kr('a1', 100)], { parent: 'root', weight: huge }),
      objective('b', [kr('b1', 0)], { parent: 'root', weight: huge }),
      objective('m', [
        {
          id: 'm1',
          title: 'm1',
          type: 'milestones',
          milestones: [
            { title: 'a', weight: huge, done: true },
            { title: 'b', weight: huge, done: true },
          ],
        },
        { id: 'tiny', title: 'tiny', type: 'increase', start: 0, target: 5e-324, current: 1 },
        { id: 'wide', title: 'wide', type: 'increase', start: -huge, target: huge, current: 0 },
      ]),
    ]);
    expect(scorer.objective('o')).toMatchObject({ progress: 1, status: 'achieved', grade: { score: 1 } });
    expect(scorer.progressOf('root')).toBe(0.5);
    expect(scorer.keyResult('m1')).toMatchObject({ progress: 1, raw: 1 });
    expect(scorer.keyResult('tiny')).toMatchObject({ progress: 1, raw: Number.MAX_VALUE });
    expect(scorer.keyResult('wide')).toMatchObject({ progress: 0.5, raw: 0.5 });
    for (const id of ['o', 'root']) {
      const explanation = scorer.explain(id);
      expect(explanation.items.map((item) => item.share)).toEqual([0.5, 0.5]);
      const total = explanation.items.reduce((sum, item) => sum + item.contribution, 0);
      expect(total).toBe(explanation.progress);
    }
  });

  it('gives no forecast rather than a non-finite one when check-ins are too large to add up', () => {
    const checkIns = [
      { at: '2026-01-05', value: 1e308 },
      { at: '2026-01-20', value: 1.7e308 },
      { at: '2026-02-01', value: 1.79e308 },
    ];
    const scorer = unparsedScorer([
      objective('o', [{ id: 'big', title: 'big', type: 'increase', start: 0, target: 1e308, checkIns }]),
    ]);
    const score = scorer.keyResult('big');
    expect(score.forecast).toBeNull();
    for (const n of [score.progress, score.raw, score.expected, score.value]) expect(Number.isFinite(n)).toBe(true);
  });
});

describe('expected progress', () => {
  it('runs linearly from the cycle start to the due day in UTC days, clamped', () => {
    const fields = { type: 'increase', start: 0, target: 1 };
    expect(oneKeyResult(fields, { asOf: '2025-12-01' }).expected).toBe(0);
    expect(oneKeyResult(fields, { asOf: '2026-01-01' }).expected).toBe(0);
    expect(oneKeyResult(fields, { asOf: '2026-02-15' }).expected).toBe(45 / 89);
    expect(oneKeyResult(fields, { asOf: '2026-03-31' }).expected).toBe(1);
    expect(oneKeyResult(fields, { asOf: '2026-06-01' }).expected).toBe(1);
    expect(oneKeyResult({ ...fields, due: '2026-01-31' }, { asOf: '2026-01-16' }).expected).toBe(0.5);
  });

  it('uses the cycle end for objectives whatever their key results are due', () => {
    const scorer = scorerFor([objective('o', [kr('a', 0, { due: '2026-01-31' })])], { asOf: '2026-01-16' });
    expect(scorer.objective('o').expected).toBe(fraction('2026-01-16'));
    expect(scorer.keyResult('a').expected).toBe(0.5);
  });

  it('interpolates piecewise-linearly between phased targets', () => {
    const fields = {
      type: 'increase',
      start: 0,
      target: 100,
      targets: [
        { at: '2026-01-31', value: 10 },
        { at: '2026-03-02', value: 70 },
      ],
    };
    expect(oneKeyResult(fields, { asOf: '2026-01-31' }).expected).toBeCloseTo(0.1, 15);
    expect(oneKeyResult(fields, { asOf: '2026-01-16' }).expected).toBeCloseTo(0.05, 15);
    expect(oneKeyResult(fields, { asOf: '2026-02-15' }).expected).toBeCloseTo(0.1 + 0.6 * (15 / 30), 15);
    expect(oneKeyResult(fields, { asOf: '2026-03-16' }).expected).toBeCloseTo(0.7 + 0.3 * (14 / 29), 15);
    expect(oneKeyResult(fields, { asOf: '2026-04-30' }).expected).toBe(1);
  });

  it('handles a one-day cycle', () => {
    const scorer = createScorer(
      parseDocument(
        documentWith([objective('o', [kr('a', 0)])], { id: 'q1', name: 'day', start: '2026-01-01', end: '2026-01-01' }),
      ),
      { asOf: '2026-01-01' },
    );
    expect(scorer.objective('o').expected).toBe(1);
  });
});

describe('status', () => {
  const at = (progress: number, asOf: string, thresholds?: ScoringOptions['thresholds']) =>
    oneKeyResult(
      { type: 'increase', start: 0, target: 1000, current: progress * 1000 },
      { asOf, ...(thresholds ? { thresholds } : {}) },
    ).status;

  it('is not-started before the cycle starts, even with data', () => {
    expect(at(0.5, '2025-12-31')).toBe('not-started');
    expect(at(0, '2026-01-01')).toBe('on-track');
  });

  it('is achieved at progress 1', () => {
    expect(at(1, '2026-01-02')).toBe('achieved');
  });

  it('uses gap = expected − progress with boundaries inclusive', () => {
    const expected = fraction('2026-02-15');
    expect(at(expected - 0.1, '2026-02-15')).toBe('on-track');
    expect(at(expected - 0.1001, '2026-02-15')).toBe('at-risk');
    expect(at(expected - 0.25, '2026-02-15')).toBe('at-risk');
    expect(at(expected - 0.2501, '2026-02-15')).toBe('off-track');
  });

  it('treats a gap of exactly 0.10 as on-track despite floating point (0.8 − 0.7)', () => {
    const scorer = scorerFor([objective('o', [kr('a', 70, { targets: [{ at: '2026-02-15', value: 80 }] })])]);
    expect(scorer.keyResult('a').expected - scorer.keyResult('a').progress).toBeGreaterThan(0.1);
    expect(scorer.keyResult('a').status).toBe('on-track');
  });

  it('takes configurable thresholds', () => {
    const expected = fraction('2026-02-15');
    expect(at(expected - 0.05, '2026-02-15', { onTrack: 0.02 })).toBe('at-risk');
    expect(at(expected - 0.2, '2026-02-15', { atRisk: 0.15 })).toBe('off-track');
  });

  it('takes the weakest key result status with statusFrom: weakest', () => {
    const objectives = (statusFrom: string) => [
      objective('o', [kr('a', 100), kr('b', 0), { id: 'c', title: 'c', type: 'at-least', target: 1, current: 2 }], {
        statusFrom,
      }),
    ];
    expect(scorerFor(objectives('weakest')).objective('o').status).toBe('off-track');
    expect(scorerFor(objectives('progress')).objective('o').status).toBe('on-track');
    expect(
      scorerFor([objective('o', [], { statusFrom: 'weakest' })], { asOf: '2026-01-01' }).objective('o').status,
    ).toBe('on-track');
  });
});

describe('confidence, forecast and grade', () => {
  it.each([
    [0, 'low'],
    [0.39, 'low'],
    [0.4, 'medium'],
    [0.69, 'medium'],
    [0.7, 'high'],
    [1, 'high'],
  ] as const)('confidence %s is %s', (confidence, band) => {
    expect(confidenceBand(confidence)).toBe(band);
  });

  it('keeps the previous confidence when the latest check-in has none', () => {
    const score = oneKeyResult({
      type: 'increase',
      start: 0,
      target: 1,
      checkIns: [
        { at: '2026-01-02', value: 0, confidence: 0.3 },
        { at: '2026-01-03', value: 0 },
      ],
    });
    expect(score.confidence).toBe(0.3);
  });

  it('forecasts with least squares only from two check-ins', () => {
    const checkIns = [
      { at: '2026-01-01', value: 0 },
      { at: '2026-01-11', value: 12 },
      { at: '2026-01-21', value: 18 },
    ];
    expect(
      oneKeyResult({ type: 'increase', start: 0, target: 100, checkIns: checkIns.slice(0, 1) }).forecast,
    ).toBeNull();
    // Points (0,0), (10,12), (20,18): slope 0.9, intercept 1, so at day 89: 81.1.
    const forecast = oneKeyResult({ type: 'increase', start: 0, target: 100, checkIns }).forecast;
    expect(forecast?.value).toBeCloseTo(81.1, 10);
    expect(forecast?.progress).toBeCloseTo(0.811, 10);
    expect(
      oneKeyResult({ type: 'increase', start: 0, target: 100, checkIns }, { asOf: '2026-01-11' }).forecast?.value,
    ).toBeCloseTo(106.8, 10);
    expect(
      oneKeyResult({
        type: 'increase',
        start: 0,
        target: 100,
        checkIns: [
          { at: '2026-01-02', value: 1 },
          { at: '2026-01-02', value: 3 },
        ],
      }).forecast,
    ).toBeNull();
  });

  it('forecasts threshold types as met or not at the cycle end', () => {
    const checkIns = [
      { at: '2026-01-01', value: 10 },
      { at: '2026-01-31', value: 8 },
    ];
    expect(oneKeyResult({ type: 'at-most', target: 5, checkIns }).forecast).toMatchObject({ progress: 1 });
    expect(oneKeyResult({ type: 'at-least', target: 5, checkIns }).forecast).toMatchObject({ progress: 0 });
    expect(
      oneKeyResult({
        type: 'boolean',
        checkIns: [
          { at: '2026-01-01', value: 0 },
          { at: '2026-01-02', value: 1 },
        ],
      }).forecast,
    ).toBeNull();
  });

  it.each([
    [0, 0, 'red'],
    [0.34, 0.3, 'red'],
    [0.35, 0.4, 'yellow'],
    [0.64, 0.6, 'yellow'],
    [0.65, 0.7, 'green'],
    [1, 1, 'green'],
  ] as const)('grade of %s is %s %s', (progress, score, band) => {
    expect(grade(progress)).toEqual({ score, band });
  });
});

describe('as of', () => {
  it('defaults to today in UTC and accepts a Date', () => {
    const document = parseDocument(exampleDocument());
    expect(createScorer(document).asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(createScorer(document, { asOf: new Date(Date.UTC(2026, 1, 15, 23, 59)) }).asOf).toBe('2026-02-15');
  });

  it('re-evaluates with setAsOf', () => {
    const scorer = createScorer(parseDocument(exampleDocument()), { asOf: '2026-02-15' });
    scorer.setAsOf('2026-01-25');
    expect(scorer.keyResult('kr1')).toMatchObject({ value: 24, confidence: 0.6, forecast: null });
  });

  it('rejects an invalid as-of day', () => {
    expect(() => createScorer(parseDocument(exampleDocument()), { asOf: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('explain', () => {
  it('lists each item with progress, weight, share and contribution, summing to progress', () => {
    const scorer = createScorer(parseDocument(exampleDocument()), { asOf: '2026-02-15' });
    const explanation = scorer.explain('o1');
    expect(explanation.items).toHaveLength(6);
    expect(explanation.items[0]).toMatchObject({ id: 'kr1', weight: 2, share: 2 / 7, counted: true });
    expect(explanation.items[0]?.contribution).toBeCloseTo((2 / 7) * (7 / 15), 15);
    const total = explanation.items.reduce((sum, item) => sum + item.contribution, 0);
    expect(Math.abs(total - explanation.progress)).toBeLessThan(1e-9);
    expect(explanation.lines).toEqual([
      'Make onboarding effortless for new customers = 52%',
      '  Raise week-1 activation from 20% to 35% 47% × 2/7 = 13%',
      '  Cut median time-to-first-report from 30 to 10 minutes 40% × 1/7 = 6%',
      '  Keep weekly churn at or below 2% 100% × 1/7 = 14%',
      '  Keep NPS between 40 and 60 100% × 1/7 = 14%',
      '  Onboarding checklist shipped to all plans 0% × 1/7 = 0%',
      '  Guided setup rolled out 33% × 1/7 = 5%',
    ]);
  });

  it('nests children and shows uncounted items', () => {
    const scorer = scorerFor([
      objective('root', [], { rollup: 'children', title: 'Root' }),
      objective('a', [kr('a1', 50)], { parent: 'root', title: 'Activation' }),
      objective('s', [kr('s1', 100)], { parent: 'root', alignment: 'supports', title: 'Support' }),
    ]);
    const explanation = scorer.explain('root');
    expect(explanation.items.map((item) => [item.id, item.counted, item.share])).toEqual([
      ['a', true, 1],
      ['s', false, 0],
    ]);
    expect(explanation.items[0]?.items[0]).toMatchObject({ id: 'a1', contribution: 0.5 });
    expect(explanation.lines).toEqual([
      'Root = 50%',
      '  Activation 50% × 1/1 = 50%',
      '    KR a1 50% × 1/1 = 50%',
      '  Support 100% (not counted: supports)',
      '    KR s1 100% × 1/1 = 100%',
    ]);
  });
});

describe('incremental check-ins', () => {
  function withCheckIn(
    document: GoalkitDocument,
    keyResultId: string,
    checkIn: { at: string; value: number; confidence?: number },
  ) {
    const copy = structuredClone(document);
    for (const o of copy.objectives)
      for (const k of o.keyResults) if (k.id === keyResultId) (k.checkIns as unknown[]).push(checkIn);
    return copy;
  }

  it('updates the key result and its path to the root, matching a full evaluation', () => {
    const document = parseDocument(
      documentWith([
        objective('root', [kr('r1', 10)], { rollup: 'both' }),
        objective('mid', [], { parent: 'root', rollup: 'children' }),
        objective('leaf', [kr('l1', 10), kr('l2', 20)], { parent: 'mid' }),
        objective('other', [kr('x1', 90)], { parent: 'root' }),
      ]),
    );
    const scorer = createScorer(document, { asOf: '2026-02-15' });
    const checkIns = [
      { at: '2026-02-01', value: 80 },
      { at: '2026-01-20', value: 40 },
      { at: '2026-03-01', value: 100 },
    ];
    let current = document;
    for (const checkIn of checkIns) {
      scorer.applyCheckIn('l1', checkIn);
      current = withCheckIn(current, 'l1', checkIn);
      expect(scorer.scores()).toEqual(scoreDocument(current, { asOf: '2026-02-15' }));
    }
    expect(scorer.keyResult('l1').value).toBe(80);
    scorer.setAsOf('2026-03-01');
    expect(scorer.keyResult('l1').value).toBe(100);
  });

  it('replaces a key result’s check-ins (setCheckIns): a full evaluation’s scores, the same when repeated', () => {
    const document = parseDocument(
      documentWith([
        objective('root', [kr('r1', 10)], { rollup: 'both' }),
        objective('leaf', [kr('l1', 10), kr('l2', 20)], { parent: 'root' }),
      ]),
    );
    const scorer = createScorer(document, { asOf: '2026-02-15' });
    scorer.applyCheckIn('l1', { at: '2026-01-10', value: 30 });
    const checkIns = [
      { at: '2026-02-01', value: 80, confidence: 0.6 },
      { at: '2026-01-20', value: 40 },
    ];
    let expected = document;
    for (const checkIn of checkIns) expected = withCheckIn(expected, 'l1', checkIn);
    scorer.setCheckIns('l1', checkIns);
    expect(scorer.scores()).toEqual(scoreDocument(expected, { asOf: '2026-02-15' }));
    expect(scorer.keyResult('l1')).toMatchObject({ value: 80, confidence: 0.6 });
    scorer.setCheckIns('l1', checkIns);
    expect(scorer.scores()).toEqual(scoreDocument(expected, { asOf: '2026-02-15' }));
    expect(() => scorer.setCheckIns('l1', [{ at: '2026-02-02', value: Number.NaN }])).toThrow(RangeError);
    expect(scorer.scores()).toEqual(scoreDocument(expected, { asOf: '2026-02-15' }));
    scorer.setCheckIns('l1', []);
    expect(scorer.scores()).toEqual(scoreDocument(document, { asOf: '2026-02-15' }));
  });

  it('rejects unknown key results and invalid check-ins', () => {
    const scorer = createScorer(parseDocument(exampleDocument()), { asOf: '2026-02-15' });
    expect(() => scorer.applyCheckIn('nope', { at: '2026-02-01', value: 1 })).toThrow(
      /No key result has the id "nope"/,
    );
    expect(() => scorer.applyCheckIn('kr1', { at: '2026-02-31', value: 1 })).toThrow(RangeError);
    expect(() => scorer.applyCheckIn('kr1', { at: '2026-02-01', value: Number.NaN })).toThrow(RangeError);
    expect(() => scorer.applyCheckIn('kr1', { at: '2026-02-01', value: 1, confidence: 2 })).toThrow(RangeError);
    expect(() => scorer.objective('nope')).toThrow(/No objective/);
  });

  it('rejects a boolean check-in other than true, false, 1 or 0, and leaves the scores as they were', () => {
    const scorer = createScorer(parseDocument(exampleDocument()), { asOf: '2026-02-15' });
    const before = scorer.scores();
    for (const value of [7, 0.5, -1]) {
      expect(() => scorer.applyCheckIn('kr5', { at: '2026-02-01', value })).toThrow(
        new RangeError(`checkIn.value of kr5 must be true, false, 1 or 0 for a boolean key result (got ${value})`),
      );
    }
    expect(scorer.scores()).toEqual(before);
    scorer.applyCheckIn('kr5', { at: '2026-02-01', value: 1 });
    expect(scorer.keyResult('kr5').progress).toBe(1);
    scorer.applyCheckIn('kr5', { at: '2026-02-02', value: false });
    expect(scorer.keyResult('kr5').progress).toBe(0);
  });
});

describe('documents that skipped validation', () => {
  it('throws a clear error for an alignment cycle or an unknown cycle', () => {
    const document = parseDocument(documentWith([objective('a'), objective('b')]));
    const cyclic = structuredClone(document);
    const [a, b] = cyclic.objectives;
    Object.assign(a ?? {}, { parent: 'b' });
    Object.assign(b ?? {}, { parent: 'a' });
    expect(() => createScorer(cyclic)).toThrow(/alignment forms a cycle/);
    const unknownCycle = structuredClone(document);
    Object.assign(unknownCycle.objectives[0] ?? {}, { cycle: 'q9' });
    expect(() => createScorer(unknownCycle)).toThrow(/no cycle has the id "q9"/);
  });
});
