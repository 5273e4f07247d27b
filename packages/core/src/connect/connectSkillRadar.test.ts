import { describe, expect, it } from 'vitest';
import { profile } from './__tests__/competencyProfileData.js';
import { connectSkillRadar } from './connectSkillRadar.js';

describe('connectSkillRadar', () => {
  it('draws a spoke per competency, a ring per level and both polygons, with every value in the table', () => {
    const view = connectSkillRadar({ profile: profile(), idBase: 'r' });
    const chart = view.chart;
    expect(chart?.axes.map((a) => a.labelText)).toEqual(['Code quality', 'System design', 'Mentoring', 'Presenting']);
    expect(chart?.rings.map((r) => r.text)).toEqual(['1', '2', '3', '4', '5']);
    // The first spoke points up; code quality's expected 4 is 4/5 of the radius out.
    expect(chart?.axes[0]).toMatchObject({ x1: 190, y1: 140, x2: 190, y2: 52, labelAnchor: 'middle' });
    expect(chart?.expectedPath.startsWith('M190,69.6L')).toBe(true);
    // Names beside the web break at a space to stay narrow.
    expect(chart?.axes[1]?.labelLines.map((l) => [l.text, l.dy])).toEqual([
      ['System', 0],
      ['design', 13],
    ]);
    expect(chart?.axes[3]?.point).toBeUndefined();
    expect(chart?.axes[1]?.point?.attrs['data-source']).toBe('self');
    expect(view.svg).toMatchObject({ role: 'img' });
    expect(view.chartLabelText).toBe(
      'Radar of 4 competencies: expected at Senior engineer against assessed. Every value is under “Show values”.',
    );
    expect(view.rows.map((r) => [r.nameText, r.expectedText, r.assessedText, r.selfText, r.gapText])).toEqual([
      ['Code quality', '4 (Proficient)', '3 (Competent)', undefined, '1 level short'],
      ['System design', '4 (Proficient)', '3 (Competent)', 'Self-assessed', '1 level short'],
      ['Mentoring', '3 (Competent)', '3 (Competent)', undefined, 'Met'],
      ['Presenting', '3 (Competent)', 'Not assessed yet', undefined, '2 levels short'],
    ]);
  });

  it('has no chart when the level expects nothing, and speaks German', () => {
    expect(connectSkillRadar({ profile: profile({ competencies: [] }) })).toMatchObject({
      isEmpty: true,
      chart: undefined,
    });
    expect(connectSkillRadar({ profile: profile(), locale: 'de' }).valuesText).toBe('Werte zeigen');
  });
});
