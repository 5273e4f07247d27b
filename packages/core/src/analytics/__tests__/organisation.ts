import type { GoalkitDocument } from '../../model/documentSchema.js';
import { parseDocument } from '../../model/parseDocument.js';

type Input = Record<string, unknown>;

/** An increase key result from 0 to 10, its check-ins given as [day, value, confidence?]. */
export function kr(id: string, checkIns: [string, number, number?][], extra: Input = {}): Input {
  return {
    id,
    title: `Key result ${id}`,
    type: 'increase',
    start: 0,
    target: 10,
    checkIns: checkIns.map(([at, value, confidence]) =>
      confidence === undefined ? { at, value } : { at, value, confidence },
    ),
    ...extra,
  };
}

/** An objective of a person or team, in a cycle. */
export function objective(id: string, owner: string, cycle: string, keyResults: Input[], extra: Input = {}): Input {
  return { id, title: `Objective ${id}`, owner, cycle, keyResults, ...extra };
}

/**
 * ACME (org) with team `growth` and people p1…p`people` in it; cycles q1 (2026-01-01 – 2026-03-31) and
 * q2 (2026-04-01 – 2026-06-30).
 */
export function organisation(objectives: Input[], people = 6): GoalkitDocument {
  return parseDocument({
    version: 1,
    cycles: [
      { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
      { id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
    ],
    owners: [
      { id: 'acme', kind: 'org', name: 'ACME' },
      { id: 'growth', kind: 'team', name: 'Growth', parent: 'acme' },
      { id: 'sales', kind: 'team', name: 'Sales', parent: 'acme' },
      ...Array.from({ length: people }, (_, i) => ({
        id: `p${i + 1}`,
        kind: 'person',
        name: `Person ${i + 1}`,
        parent: 'growth',
      })),
    ],
    objectives,
  });
}
