import { describe, expect, it } from 'vitest';
import { profile } from './__tests__/competencyProfileData.js';
import { connectCompetencyMatrix } from './connectCompetencyMatrix.js';

describe('connectCompetencyMatrix', () => {
  it('has a row per competency with levels, the self-assessed flag and the gap in words and numbers', () => {
    const view = connectCompetencyMatrix({ profile: profile(), idBase: 'm' });
    expect(view.placementText).toBe('Engineer, working towards Senior engineer');
    expect(view.readinessText).toBe('Readiness for Senior engineer: 71%');
    expect(view.captionText).toBe('Expected at Senior engineer and assessed');
    expect(view.headers).toEqual([
      'Competency',
      'Expected now (Engineer)',
      'Expected (Senior engineer)',
      'Assessed',
      'Gap',
    ]);
    expect(
      view.rows.map((r) => [r.nameText, r.expectedNowText, r.expectedText, r.assessedText, r.selfText, r.gapText]),
    ).toEqual([
      ['Code quality', '3 (Competent)', '4 (Proficient)', '3 (Competent)', undefined, '1 level short'],
      ['System design', '2 (Advanced beginner)', '4 (Proficient)', '3 (Competent)', 'Self-assessed', '1 level short'],
      ['Mentoring', '1 (Novice)', '3 (Competent)', '3 (Competent)', undefined, 'Met'],
      ['Presenting', 'Not expected', '3 (Competent)', 'Not assessed yet', undefined, '2 levels short'],
    ]);
    expect(view.selfNoteText).toMatch(/^Self-assessed: /);
    expect(view.tableWrap).toMatchObject({ role: 'region', tabindex: 0, 'aria-labelledby': 'm-caption' });
    expect(view.caption).toMatchObject({ id: 'm-caption' });
  });

  it('without a target compares with the current level; empty and German', () => {
    const view = connectCompetencyMatrix({ profile: profile({ targetLevel: null }) });
    expect(view.headers).toEqual(['Competency', 'Expected (Engineer)', 'Assessed', 'Gap']);
    expect(view.rows[0]?.expectedNowText).toBeUndefined();
    expect(view.placementText).toBe('Engineer');
    expect(connectCompetencyMatrix({ profile: profile({ competencies: [], readiness: null }) })).toMatchObject({
      isEmpty: true,
      emptyText: 'This level expects no competencies yet.',
      selfNoteText: undefined,
    });
    const de = connectCompetencyMatrix({ profile: profile(), locale: 'de' });
    expect(de.readinessText).toBe('Bereitschaft für Senior engineer: 71\u00a0%');
    expect(de.rows[3]?.gapText).toBe('2 Stufen darunter');
    expect(de.rows[1]?.selfText).toBe('Selbsteinschätzung');
  });
});
