import { lintDocument } from '@goalkit/core/lint';
import { describe, expect, it } from 'vitest';
import { toLintReport } from './lintReport.js';
import { lintReportSchema } from './schemas.js';

describe('toLintReport', () => {
  it('answers the linter’s findings in the contract’s shape, leaving out what the linter has none of', () => {
    const result = lintDocument({
      version: 1,
      cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
      owners: [{ id: 'ann', kind: 'person', name: 'Ann' }],
      objectives: [
        {
          id: 'o1',
          title: 'Improve things',
          owner: 'ann',
          cycle: 'q1',
          keyResults: [{ id: 'kr1', title: 'Do more', type: 'increase', start: 0 }],
        },
      ],
    } as never);
    const report = toLintReport(result.objectives[0] as (typeof result.objectives)[number]);
    expect(lintReportSchema.safeParse(report).success).toBe(true);
    expect(report.objectiveId).toBe('o1');
    expect(report.messages.length).toBeGreaterThan(0);
    expect(report.messages.some((m) => m.keyResultId === 'kr1')).toBe(true);
    const onObjective = report.messages.find((m) => m.keyResultId === undefined);
    expect(onObjective && 'keyResultId' in onObjective).toBe(false);
    expect(report.smart.overall).toBeLessThan(100);
  });
});
