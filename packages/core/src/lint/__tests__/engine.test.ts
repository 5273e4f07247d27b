import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model/parseDocument.js';
import { dayNumber } from '../../scoring/dayNumber.js';
import { createScorer } from '../../scoring/scorer.js';
import { forecastValue } from '../forecast.js';
import {
  computeSmartScore,
  findLintConfigProblems,
  formatLintMessage,
  LINT_CATALOGS,
  LintConfigError,
  lintDocument,
  lintObjective,
  RULES,
  resolveLintConfig,
} from '../index.js';
import { CYCLES, draft, GOOD_KR, OWNERS, objective } from './lintHelpers.js';

describe('rules', () => {
  it('has the 22 rule ids of the issue, plus the extras, each documented', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'specific/vague-wording',
        'specific/too-short',
        'specific/missing-owner',
        'measurable/no-target',
        'measurable/no-baseline',
        'measurable/no-unit',
        'measurable/target-not-beyond-start',
        'achievable/too-many-key-results',
        'achievable/too-many-objectives',
        'achievable/implausible-target',
        'achievable/already-achieved',
        'relevant/unaligned',
        'relevant/parent-in-other-cycle',
        'relevant/alignment-cycle',
        'time-bound/no-deadline',
        'time-bound/due-outside-cycle',
        'time-bound/stale',
        'time-bound/no-interim-checkpoint',
        'structure/objective-has-metric',
        'structure/key-result-is-task',
        'structure/too-few-key-results',
        'structure/duplicate-key-result',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id.startsWith(`${rule.category}/`), rule.id).toBe(true);
      for (const text of Object.values(rule.docs)) expect(text.length, rule.id).toBeGreaterThan(5);
    }
  });

  it('has every message id in the English and German catalogs, with a suggestion in both', () => {
    for (const rule of RULES) {
      for (const id of rule.messageIds) {
        for (const locale of ['en', 'de'] as const) {
          const template = LINT_CATALOGS[locale][id];
          expect(template, `${locale} ${id}`).toBeDefined();
          expect(template?.suggestion, `${locale} ${id}`).toBeDefined();
        }
      }
    }
    expect(Object.keys(LINT_CATALOGS.de).sort()).toEqual(Object.keys(LINT_CATALOGS.en).sort());
  });
});

describe('configuration', () => {
  it('starts from recommended, and strict turns every rule on as an error', () => {
    const recommended = resolveLintConfig({});
    const strict = resolveLintConfig({ extends: 'strict' });
    expect(strict.objectiveRules.length + strict.documentRules.length).toBe(RULES.length);
    expect(strict.objectiveRules.every((active) => active.severity === 'error')).toBe(true);
    expect(recommended.objectiveRules.length + recommended.documentRules.length).toBe(
      RULES.filter((rule) => rule.recommended).length,
    );
  });

  it('applies per-rule severity and options over the preset', () => {
    const config = resolveLintConfig({
      rules: {
        'specific/too-short': 'off',
        'measurable/no-unit': 'error',
        'achievable/too-many-key-results': ['warn', { max: 3 }],
      },
    });
    const byId = new Map(config.objectiveRules.map((active) => [active.rule.id, active]));
    expect(byId.has('specific/too-short')).toBe(false);
    expect(byId.get('measurable/no-unit')?.severity).toBe('error');
    expect(byId.get('achievable/too-many-key-results')?.options).toEqual({ max: 3 });
  });

  it('reports every problem of a bad configuration with its path and what to do', () => {
    const problems = findLintConfigProblems({
      extends: 'lenient',
      rules: {
        'specific/vague': 'warn',
        'specific/too-short': 'loud',
        'achievable/too-many-key-results': ['warn', { max: 'five', min: 1 }],
        'relevant/unaligned': ['warn', { kinds: ['team', 'department'] }],
      },
      plugins: [],
    });
    expect(problems).toEqual([
      { path: 'plugins', message: '"plugins" is not a lint config field; use "extends" and "rules"' },
      { path: 'extends', message: 'must be "recommended" or "strict" (got "lenient")' },
      expect.objectContaining({
        path: 'rules["specific/vague"]',
        message: expect.stringContaining('there is no rule "specific/vague" (did you mean specific/vague-wording'),
      }),
      {
        path: 'rules["specific/too-short"]',
        message: 'must be "off", "warn" or "error", or ["warn", { …options }] (got "loud")',
      },
      {
        path: 'rules["achievable/too-many-key-results"][1].max',
        message: 'must be a number of 0 or more, such as 5 (got "five")',
      },
      {
        path: 'rules["achievable/too-many-key-results"][1].min',
        message: 'achievable/too-many-key-results has no option "min"; its options are max',
      },
      {
        path: 'rules["relevant/unaligned"][1].kinds[1]',
        message: '"department" is not allowed; use org, team, person',
      },
    ]);
    expect(() => resolveLintConfig({ extends: 'lenient' } as never)).toThrow(LintConfigError);
  });
});

describe('lintObjective', () => {
  it('lints a draft objective missing owner, cycle, start and target, with paths and ids', () => {
    const result = lintObjective(
      {
        id: 'o7',
        title: 'Grow revenue by 30%',
        keyResults: [{ id: 'kr1', title: 'Improve the checkout conversion', type: 'increase', checkIns: [] }],
      },
      { index: 3 },
    );
    expect(result.objectiveId).toBe('o7');
    expect(result.messages.map((message) => `${message.path} ${message.ruleId}`)).toEqual([
      'objectives[3] specific/missing-owner',
      'objectives[3] time-bound/no-deadline',
      'objectives[3] structure/objective-has-metric',
      'objectives[3] structure/too-few-key-results',
      'objectives[3].keyResults[0] specific/vague-wording',
      'objectives[3].keyResults[0] measurable/no-target',
      'objectives[3].keyResults[0] measurable/no-baseline',
      'objectives[3].keyResults[0] measurable/no-unit',
      'objectives[3].keyResults[0] time-bound/no-deadline',
    ]);
    expect(result.errorCount).toBe(2);
    expect(result.warningCount).toBe(7);
  });

  it('resolves cycle and owner from the document it is given', () => {
    const input = {
      ...objective({ owner: 'ana', keyResults: [{ ...GOOD_KR, due: '2026-05-01', checkIns: [] }] }),
    } as never;
    const alone = lintObjective(input, { asOf: '2026-02-15' });
    const inDocument = lintObjective(input, {
      asOf: '2026-02-15',
      document: { cycles: CYCLES, owners: OWNERS as never },
    });
    const ids = (result: typeof alone) => result.messages.map((message) => message.ruleId);
    expect(ids(alone)).not.toContain('time-bound/due-outside-cycle');
    expect(ids(inDocument)).toEqual(
      expect.arrayContaining(['time-bound/due-outside-cycle', 'relevant/unaligned', 'time-bound/stale']),
    );
  });

  it('gives the same messages as lintDocument for objective rules', () => {
    const document = draft([objective({ keyResults: [{ ...GOOD_KR, unit: undefined }] })]);
    const [first] = lintDocument(document).objectives;
    const single = lintObjective(document.objectives[0] as never, { document });
    expect(single.messages).toEqual(first?.messages);
  });

  it('rejects an invalid asOf with a message that says what to write', () => {
    expect(() => lintObjective(objective() as never, { asOf: '2026-02-30' })).toThrow(
      'asOf must be a calendar date written YYYY-MM-DD or a valid Date (got "2026-02-30")',
    );
  });

  it('speaks German with locale de (and de-AT), English otherwise', () => {
    const input = objective({ owner: undefined }) as never;
    expect(lintObjective(input, { locale: 'de-AT' }).messages[0]?.message).toBe(
      'Das Ziel hat keinen Verantwortlichen.',
    );
    expect(lintObjective(input, { locale: 'fr' }).messages[0]?.message).toBe('The objective has no owner.');
  });

  it('includes message and suggestion text when serialised to JSON', () => {
    const [message] = lintObjective(objective({ owner: undefined }) as never).messages;
    expect(JSON.parse(JSON.stringify(message))).toEqual({
      ruleId: 'specific/missing-owner',
      severity: 'error',
      category: 'specific',
      letter: 'specific',
      path: 'objectives[0]',
      field: 'owner',
      objectiveId: 'o1',
      messageId: 'missingOwner',
      data: {},
      message: 'The objective has no owner.',
      suggestion: 'Add owner: with the id of the team or person who drives it.',
    });
  });

  it('re-renders a stored message in another language', () => {
    const [message] = lintObjective(objective({ title: 'Hiring' }) as never).messages;
    expect(message && formatLintMessage(message.messageId, message.data, 'de')).toEqual({
      message: 'Der Titel des Ziels hat 1 Wort; ein Ziel braucht mindestens 3.',
      suggestion: expect.stringContaining('Sagen Sie'),
    });
  });
});

describe('SMART score', () => {
  it('is 100 everywhere for a clean objective', () => {
    const document = draft([
      objective({
        parent: undefined,
        owner: 'acme',
        keyResults: [
          GOOD_KR,
          { id: 'kr2', title: 'Keep weekly churn at or below 2%', type: 'at-most', target: 2, unit: '%' },
        ],
      }),
    ]);
    const [result] = lintDocument(document).objectives;
    expect(result?.messages).toEqual([]);
    expect(result?.smart).toEqual({
      specific: 100,
      measurable: 100,
      achievable: 100,
      relevant: 100,
      timeBound: 100,
      overall: 100,
      costs: [],
    });
  });

  it('takes points from the letter of each finding, half for repeats, never below 0, and lists the costs', () => {
    const keyResult = { id: 'kr2', title: 'Cut response time to 2 hours', type: 'decrease', target: 2, unit: 'h' };
    const document = draft([
      objective({
        owner: 'acme',
        keyResults: [GOOD_KR, keyResult, { ...keyResult, id: 'kr3', title: 'Cut resolution time to 8 hours' }],
      }),
    ]);
    const [result] = lintDocument(document).objectives;
    expect(result?.messages.map((message) => message.ruleId)).toEqual([
      'measurable/no-baseline',
      'measurable/no-baseline',
    ]);
    expect(result?.smart).toMatchObject({
      specific: 100,
      measurable: 40,
      achievable: 100,
      relevant: 100,
      timeBound: 100,
      overall: 88,
    });
    expect(result?.smart.costs.map((cost) => [cost.letter, cost.points, cost.message.keyResultId])).toEqual([
      ['measurable', 40, 'kr2'],
      ['measurable', 20, 'kr3'],
    ]);
    const many = computeSmartScore(Array.from({ length: 6 }, () => result?.messages[0] as never));
    expect(many.measurable).toBe(0);
    expect(many.costs.reduce((sum, cost) => sum + cost.points, 0)).toBe(100);
  });
});

describe('forecast', () => {
  it('matches the scoring engine’s forecast on a strict document', () => {
    const checkIns = [
      { at: '2026-01-20', value: 24 },
      { at: '2026-02-10', value: 27 },
      { at: '2026-02-03', value: 25.5 },
    ];
    const document = parseDocument({
      version: 1,
      cycles: CYCLES,
      owners: OWNERS,
      objectives: [{ ...objective({ keyResults: [{ ...GOOD_KR, checkIns }] }) }],
    });
    const expected = createScorer(document, { asOf: '2026-02-15' }).keyResult('kr1')?.forecast?.value;
    expect(expected).toBeDefined();
    expect(forecastValue(checkIns, dayNumber('2026-02-15'), dayNumber('2026-03-31'))).toBeCloseTo(
      expected as number,
      9,
    );
  });
});
