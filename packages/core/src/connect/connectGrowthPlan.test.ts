import { describe, expect, it } from 'vitest';
import { profile } from './__tests__/competencyProfileData.js';
import { connectGrowthPlan, growthPlanGapSelector } from './connectGrowthPlan.js';

const goals = [
  { id: 'o-talk', title: 'Give a talk', kind: 'development' as const, competencyIds: ['presenting'] },
  { id: 'o-design', title: 'Lead a design review', kind: 'development' as const, competencyIds: ['system-design'] },
  { id: 'o-lint', title: 'Zero lint warnings', competencyIds: ['code-quality'] },
];

describe('connectGrowthPlan', () => {
  it('says plan coverage, lists each gap with its goals, and drafts a development goal for an uncovered gap', () => {
    const view = connectGrowthPlan({ profile: profile(), goals, idBase: 'g' });
    expect(view.coverageText).toBe('2 of 3 gaps have a development goal (67%)');
    expect(view.coverage).toBeCloseTo(2 / 3);
    expect(view.gaps.map((g) => [g.nameText, g.levelsText, g.gapText, g.goals.map((x) => x.text), g.draft])).toEqual([
      [
        'Code quality',
        'Expected 4 (Proficient), assessed 3 (Competent)',
        '1 level short',
        [],
        {
          kind: 'development',
          competencyIds: ['code-quality'],
          title: 'Grow Code quality to 4 (Proficient)',
          owner: 'ana',
        },
      ],
      [
        'System design',
        'Expected 4 (Proficient), assessed 3 (Competent)',
        '1 level short',
        ['Lead a design review'],
        undefined,
      ],
      ['Presenting', 'Expected 3 (Competent), not assessed yet', '2 levels short', ['Give a talk'], undefined],
    ]);
    expect(view.gaps[1]?.selfText).toBe('Self-assessed');
    expect(view.metText).toBe('Already met: Mentoring');
    expect(view.gaps[0]?.draftButton).toMatchObject({ type: 'button', 'data-competency-id': 'code-quality' });
    expect(growthPlanGapSelector('code-quality')).toBe(
      '[data-scope="growth-plan"][data-part="gap-name"][data-competency-id="code-quality"]',
    );
  });

  it('leaves closed goals out, says when there is no gap, and speaks German', () => {
    const closed = connectGrowthPlan({ profile: profile(), goals: goals.map((g) => ({ ...g, active: false })) });
    expect(closed.coverageText).toBe('0 of 3 gaps have a development goal (0%)');
    const none = connectGrowthPlan({
      profile: profile({ competencies: profile().competencies.map((c) => ({ ...c, gap: 0 })) }),
      goals,
    });
    expect(none).toMatchObject({
      coverage: null,
      coverageText: 'No gaps to close: every expectation is met.',
      gaps: [],
    });
    const de = connectGrowthPlan({ profile: profile(), goals, locale: 'de' });
    expect(de.coverageText).toBe('2 von 3 Lücken haben ein Entwicklungsziel (67\u00a0%)');
    expect(de.gaps[0]?.draftText).toBe('Ziel entwerfen');
  });
});
