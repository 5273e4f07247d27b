import { describe, expect, it } from 'vitest';
import { FORM_CATALOGS } from '../formMessages.js';
import { LINT_CATALOGS } from '../lintMessages.js';
import { lintObjective } from '../lintObjective.js';

/** The document format's keys as a file writes them ("target:", "unit-kind: currency", "type: decrease"). */
const FILE_KEY =
  /\b(?:target|start|parent|owner|cycle|unit|unit-kind|min|max|due|targets|type): (?:with|such|and|mit|etwa|"|\[|YYYY|JJJJ|decrease|increase|currency)|\(start\)|parent-Verknüpfung|unit-kind/;

const sample = {
  field: 'min',
  hint: '%',
  type: 'increase',
  start: 20,
  target: 10,
  count: 0,
  min: 3,
  max: 5,
  owner: 'Platform',
  kind: 'team',
  cycle: 'Q1 2026',
  chain: 'a → b → a',
  days: 90,
  parent: 'o1',
  parentCycle: 'Q3 2025',
  date: '2026-05-01',
  end: '2026-03-31',
  word: 'improve',
  verb: 'launch',
  other: 'key result 1',
  forecast: 10,
  percent: 40,
  ratio: 10,
  factor: 5,
  value: 20,
  confidence: 0.3,
  at: '2026-02-01',
};

describe('lint messages for a goal form', () => {
  it.each(['en', 'de'] as const)('never speak of the file format’s keys (%s)', (locale) => {
    const catalog = { ...LINT_CATALOGS[locale], ...FORM_CATALOGS[locale] };
    const offenders = Object.entries(catalog).flatMap(([id, template]) => {
      const text = `${template.message(sample)} ${template.suggestion?.(sample) ?? ''}`;
      return FILE_KEY.test(text) ? [`${id}: ${text}`] : [];
    });
    expect(offenders).toEqual([]);
    // The document wording does name them: the test can tell the two apart.
    expect(FILE_KEY.test(LINT_CATALOGS[locale].noTarget?.suggestion?.(sample) ?? '')).toBe(true);
  });

  it('names the fields as the editor labels them, and leaves the document wording to files', () => {
    const draft = {
      id: 'o1',
      title: 'Make onboarding effortless',
      owner: 'growth',
      keyResults: [{ id: 'kr1', title: 'Raise week-1 activation', type: 'increase' as const, checkIns: [] }],
    };
    const document = { owners: [{ id: 'growth', name: 'Growth', kind: 'team' as const }] };
    const form = lintObjective(draft, { audience: 'form', document }).messages;
    const file = lintObjective(draft, { document }).messages;
    const text = (messages: typeof form, ruleId: string) =>
      messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.message} ${m.suggestion ?? ''}`);
    expect(text(form, 'measurable/no-target')).toEqual([
      'This key result has no target. Enter a Target: the value to reach by the end of the cycle.',
    ]);
    expect(text(file, 'measurable/no-target')[0]).toContain('Add target:');
    expect(text(form, 'relevant/unaligned')).toEqual([
      'This objective aligns to no other objective. Choose the objective it contributes to under Aligns to.',
    ]);
    expect(
      lintObjective({ ...draft, title: '' }, { audience: 'form', locale: 'de', document }).messages.find(
        (m) => m.ruleId === 'specific/too-short',
      )?.message,
    ).toBe('Das Ziel hat noch keinen Titel; ein Ziel braucht mindestens 3 Wörter.');
  });
});

describe('staleness counts from when a goal started counting', () => {
  const document = {
    cycles: [{ id: 'q4', name: 'Q4', start: '2026-10-01', end: '2026-12-31' }],
    owners: [{ id: 'growth', name: 'Growth', kind: 'team' as const }],
  };
  const draft = {
    id: 'o1',
    title: 'Make onboarding effortless for everyone',
    owner: 'growth',
    cycle: 'q4',
    parent: 'o0',
    keyResults: [
      {
        id: 'kr1',
        title: 'Raise activation from 20% to 35%',
        type: 'increase' as const,
        start: 20,
        target: 35,
        unit: '%',
        checkIns: [],
      },
    ],
  };
  const stale = (activeSince?: Record<string, string | null>) =>
    lintObjective(draft, { document, asOf: '2026-11-16', ...(activeSince ? { activeSince } : {}) })
      .messages.filter((m) => m.ruleId === 'time-bound/stale')
      .map((m) => m.message);

  it('from the cycle’s start by default, from the approval when known, never for a draft', () => {
    expect(stale()).toEqual(['No check-in yet, 46 days into the cycle (more than 14).']);
    expect(stale({ o1: '2026-11-10' })).toEqual([]);
    expect(stale({ o1: '2026-10-20' })).toEqual(['No check-in yet, 27 days after its approval (more than 14).']);
    expect(stale({ o1: null })).toEqual([]);
    expect(() => stale({ o1: 'yesterday' })).toThrow(RangeError);
  });
});
