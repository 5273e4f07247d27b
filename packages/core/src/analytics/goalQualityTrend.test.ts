import { describe, expect, it } from 'vitest';
import { lintDocument } from '../lint/lintDocument.js';
import { kr, objective, organisation } from './__tests__/organisation.js';
import { goalQualityTrend } from './goalQualityTrend.js';

const keyResult = kr('x', [['2026-01-10', 2, 0.6]], { due: '2026-03-31' });
const document = organisation([
  objective('q2-good', 'p1', 'q2', [{ ...keyResult, id: 'g1', title: 'Raise week-1 activation from 20% to 35%' }]),
  objective('q1-good', 'p1', 'q1', [{ ...keyResult, id: 'g2', title: 'Raise week-1 activation from 20% to 35%' }]),
  // A vague title, which the configuration below makes an error.
  objective('q1-vague', 'p2', 'q1', [{ ...keyResult, id: 'v1', title: 'Improve things' }], { title: 'Improve things' }),
]);
const lint = { config: { rules: { 'specific/vague-wording': 'error' } } } as const;

describe('goalQualityTrend', () => {
  it('gives the mean SMART score and the share without lint errors per cycle, oldest first', () => {
    const result = lintDocument(document, lint);
    const smart = (id: string) => result.objectives.find((o) => o.objectiveId === id)?.smart.overall as number;
    const errors = (id: string) => result.objectives.find((o) => o.objectiveId === id)?.errorCount as number;
    const trend = goalQualityTrend(document, { k: 1, lint });
    expect(trend.map((p) => p.cycle.id)).toEqual(['q1', 'q2']);
    const clean = [errors('q1-good'), errors('q1-vague')].filter((n) => n === 0).length;
    expect(trend[0]?.quality).toEqual({
      hidden: false,
      objectives: 2,
      meanSmartScore: (smart('q1-good') + smart('q1-vague')) / 2,
      approved: 2,
      approvedWithoutErrors: clean,
      approvedWithoutErrorsShare: clean / 2,
    });
    expect(errors('q1-vague')).toBeGreaterThan(0);
    expect(smart('q1-vague')).toBeLessThan(smart('q1-good'));
    expect(trend[1]?.quality).toMatchObject({ objectives: 1, meanSmartScore: smart('q2-good') });
  });

  it('counts approvals by the caller’s test, and only visible objectives', () => {
    const trend = goalQualityTrend(document, {
      k: 1,
      lint,
      cycles: ['q1'],
      approved: (o) => o.id === 'q1-vague',
      visible: (o) => o.owner !== 'p1',
    });
    expect(trend).toHaveLength(1);
    expect(trend[0]?.quality).toMatchObject({
      objectives: 1,
      approved: 1,
      approvedWithoutErrors: 0,
      approvedWithoutErrorsShare: 0,
    });
    expect(() => goalQualityTrend(document, { cycles: ['q7'] })).toThrow('No cycle has the id "q7"');
  });

  it('merges a cycle found in several documents, and hides cycles of fewer than k owners', () => {
    const trend = goalQualityTrend([document, document], { k: 2 });
    expect(trend[0]?.quality).toMatchObject({ hidden: false, objectives: 4 });
    expect(trend[1]?.quality).toMatchObject({ hidden: true, groupSize: 1 });
  });
});
