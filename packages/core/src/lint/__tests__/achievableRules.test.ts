import { describe, expect, it } from 'vitest';
import { flaggedKeyResults, GOOD_KR, lintWith, objective } from './lintHelpers.js';

describe('achievable/too-many-key-results', () => {
  const rule = 'achievable/too-many-key-results';
  const keyResults = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      ...GOOD_KR,
      id: `kr${index + 1}`,
      title: `Raise metric ${index} by 10%`,
    }));

  it('flags more than 5 key results, and honours max', () => {
    expect(lintWith(rule, [objective({ keyResults: keyResults(6) })]).map((message) => message.data)).toEqual([
      { count: 6, max: 5 },
    ]);
    expect(lintWith(rule, [objective({ keyResults: keyResults(4) })], { entry: ['warn', { max: 3 }] })).toHaveLength(1);
  });

  it('leaves 5 key results alone', () => {
    expect(lintWith(rule, [objective({ keyResults: keyResults(5) })])).toEqual([]);
  });
});

describe('achievable/too-many-objectives', () => {
  const rule = 'achievable/too-many-objectives';
  const objectives = (count: number, fields: Record<string, unknown> = {}) =>
    Array.from({ length: count }, (_, index) => objective({ id: `o${index + 1}`, ...fields }));

  it('flags the objectives of one owner beyond the fifth in one cycle', () => {
    const messages = lintWith(rule, objectives(7));
    expect(messages.map((message) => message.objectiveId)).toEqual(['o6', 'o7']);
    expect(messages[0]?.message).toBe('growth has 7 objectives in 2026-Q1; at most 5 keep priorities clear.');
  });

  it('counts each owner and cycle separately', () => {
    expect(
      lintWith(rule, [
        ...objectives(5),
        objective({ id: 'o6', cycle: '2026-Q2' }),
        objective({ id: 'o7', owner: 'ana' }),
      ]),
    ).toEqual([]);
  });
});

describe('achievable/implausible-target', () => {
  const rule = 'achievable/implausible-target';

  it('flags a jump beyond ×10 of the baseline, either direction', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Grow paying teams from 40 to 900', type: 'increase', start: 40, target: 900 },
        { title: 'Cut incidents from 200 to 10 a month', type: 'decrease', start: 200, target: 10 },
      ]),
    ).toEqual(['kr1', 'kr2']);
  });

  it('leaves ambitious but plausible jumps, and a start of 0, alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Grow paying teams from 40 to 120', type: 'increase', start: 40, target: 120 },
        { title: 'Grow partner deals from 0 to 12', type: 'increase', start: 0, target: 12 },
      ]),
    ).toEqual([]);
  });

  const slow = {
    title: 'Raise activation from 20% to 40%',
    type: 'increase',
    start: 20,
    target: 40,
    checkIns: [
      { at: '2026-01-15', value: 20.5 },
      { at: '2026-02-01', value: 21 },
      { at: '2026-02-20', value: 22 },
    ],
  };

  it('flags a forecast under half the target once the cycle is past its middle', () => {
    const messages = lintWith(rule, [objective({ keyResults: [{ id: 'kr1', ...slow }] })], { asOf: '2026-02-25' });
    expect(messages.map((message) => message.messageId)).toEqual(['implausibleForecast']);
  });

  it('leaves slow starts alone before mid-cycle, without asOf, and when the forecast is on course', () => {
    expect(flaggedKeyResults(rule, [slow], { asOf: '2026-02-10' })).toEqual([]);
    expect(flaggedKeyResults(rule, [slow])).toEqual([]);
    const fast = {
      ...slow,
      checkIns: [
        { at: '2026-01-15', value: 24 },
        { at: '2026-02-20', value: 31 },
      ],
    };
    expect(flaggedKeyResults(rule, [fast], { asOf: '2026-02-25' })).toEqual([]);
  });
});

describe('achievable/already-achieved', () => {
  const rule = 'achievable/already-achieved';

  it('flags threshold key results whose first check-in already meets the target', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Reach at least 40 NPS', type: 'at-least', target: 40, checkIns: [{ at: '2026-01-02', value: 47 }] },
        { title: 'Bring p95 latency to at most 300 ms', type: 'at-most', target: 300, current: 250 },
        { title: 'Raise activation to 35%', type: 'increase', target: 35, checkIns: [{ at: '2026-01-02', value: 36 }] },
      ]),
    ).toEqual(['kr1', 'kr2', 'kr3']);
  });

  it('leaves "keep" health metrics (English and German) and unmet baselines alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Keep weekly churn at or below 2%', type: 'at-most', target: 2, current: 1.8 },
        { title: 'Kündigungsquote unter 2 % halten', type: 'at-most', target: 2, current: 1.8 },
        { title: 'Reach at least 55 NPS', type: 'at-least', target: 55, checkIns: [{ at: '2026-01-02', value: 47 }] },
      ]),
    ).toEqual([]);
  });

  it('does not read a mid-cycle `current` as the starting value', () => {
    const reached = [{ title: 'Reach at least 40 NPS', type: 'at-least', target: 40, current: 45 }];
    expect(flaggedKeyResults(rule, reached, { asOf: '2026-02-15' })).toEqual([]);
    expect(flaggedKeyResults(rule, reached, { asOf: '2025-12-15' })).toEqual(['kr1']);
  });
});

describe('achievable/low-confidence', () => {
  const rule = 'achievable/low-confidence';
  const keyResult = {
    ...GOOD_KR,
    checkIns: [
      { at: '2026-01-20', value: 21, confidence: 0.7 },
      { at: '2026-02-10', value: 22, confidence: 0.2 },
    ],
  };

  it('flags a latest confidence under 0.4 as of the lint date', () => {
    expect(flaggedKeyResults(rule, [keyResult], { asOf: '2026-02-15' })).toEqual(['kr1']);
  });

  it('ignores later check-ins and leaves high confidence alone', () => {
    expect(flaggedKeyResults(rule, [keyResult], { asOf: '2026-02-01' })).toEqual([]);
  });

  it('is off in the recommended preset', async () => {
    const { resolveLintConfig } = await import('../lintConfig.js');
    expect(resolveLintConfig({}).objectiveRules.map((active) => active.rule.id)).not.toContain(rule);
    expect(resolveLintConfig({ extends: 'strict' }).objectiveRules.map((active) => active.rule.id)).toContain(rule);
  });
});
