import type { GoalkitDraft } from '../../model/documentSchema.js';
import { parseDocument } from '../../model/parseDocument.js';
import type { RuleEntry } from '../lintConfig.js';
import { lintDocument } from '../lintDocument.js';
import { RULES } from '../rules/index.js';
import type { LintMessage } from '../types.js';

export const CYCLES = [
  { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
  { id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
  { id: '2026-Q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' },
  { id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' },
];

export const OWNERS = [
  { id: 'acme', kind: 'org', name: 'ACME' },
  { id: 'growth', kind: 'team', name: 'Growth', parent: 'acme' },
  { id: 'ana', kind: 'person', name: 'Ana Ruiz', parent: 'growth' },
];

export const GOOD_KR = {
  id: 'kr1',
  title: 'Raise week-1 activation from 20% to 35%',
  type: 'increase',
  start: 20,
  target: 35,
  unit: '%',
};

/** A draft document (parsed in draft mode, as the CLI does) of the given objectives. */
export function draft(objectives: Record<string, unknown>[]): GoalkitDraft {
  const seen = new Set<string>();
  const unique = objectives.map((item) => ({
    ...item,
    keyResults: ((item.keyResults as Record<string, unknown>[] | undefined) ?? []).map((keyResult) => {
      const id = seen.has(keyResult.id as string) ? `${item.id}-${keyResult.id}` : (keyResult.id as string);
      seen.add(id);
      return { ...keyResult, id };
    }),
  }));
  return parseDocument({ version: 1, cycles: CYCLES, owners: OWNERS, objectives: unique }, { mode: 'draft' });
}

/** An objective with sensible defaults: override what the test is about. */
export function objective(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'o1',
    title: 'Make onboarding effortless for new customers',
    owner: 'growth',
    cycle: '2026-Q1',
    keyResults: [GOOD_KR],
    ...fields,
  };
}

/** Lints with only `ruleId` on and returns its messages. */
export function lintWith(
  ruleId: string,
  objectives: Record<string, unknown>[],
  options: { asOf?: string; locale?: string; entry?: RuleEntry } = {},
): LintMessage[] {
  const rules: Record<string, RuleEntry> = {};
  for (const rule of RULES) rules[rule.id] = 'off';
  rules[ruleId] = options.entry ?? 'warn';
  const result = lintDocument(draft(objectives), {
    config: { rules },
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    ...(options.locale !== undefined && { locale: options.locale }),
  });
  return result.objectives.flatMap((item) => item.messages);
}

/** Shorthand: the paths flagged when linting key results of one objective with only `ruleId` on. */
export function flaggedKeyResults(
  ruleId: string,
  keyResults: Record<string, unknown>[],
  options: { asOf?: string; locale?: string; entry?: RuleEntry; objective?: Record<string, unknown> } = {},
): string[] {
  const keyed = keyResults.map((keyResult, index) => ({ ...keyResult, id: `kr${index + 1}` }));
  return lintWith(ruleId, [objective({ keyResults: keyed, ...options.objective })], options).map(
    (message) => message.keyResultId ?? message.objectiveId,
  );
}
