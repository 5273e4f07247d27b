import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/parseDocument.js';
import { competencyDocument } from './__tests__/competencyDocument.js';
import { assessedLevels } from './assessedLevels.js';
import { competencyGaps } from './competencyGaps.js';
import type { Assessment } from './competencySchemas.js';
import { planCoverage } from './planCoverage.js';
import { readiness } from './readiness.js';
import { placementTarget } from './trackLevels.js';

const document = parseDocument(competencyDocument());
const frameworks = document.frameworks ?? [];
const assessments = document.assessments ?? [];
const placement = document.placements?.[0];
const target = placement === undefined ? undefined : placementTarget(frameworks, placement);
if (target === undefined) throw new Error('the worked example has a target level');
const { framework, level: ic3 } = target;

function rating(fields: Partial<Assessment> & Pick<Assessment, 'level' | 'source' | 'at'>): Assessment {
  return { personId: 'ana', competencyId: 'c', assessorId: fields.source === 'self' ? 'ana' : 'ben', ...fields };
}

describe('assessedLevels', () => {
  it('takes the latest manager rating, even over a newer self-assessment', () => {
    const assessed = assessedLevels(assessments, { personId: 'ana' });
    expect(assessed.get('code-quality')).toMatchObject({ level: 3, source: 'manager', at: '2026-02-01T09:00:00Z' });
    expect(assessed.get('mentoring')).toMatchObject({ level: 3, source: 'manager' });
  });

  it('falls back to the latest self-assessment and flags it as such', () => {
    const assessed = assessedLevels([
      rating({ level: 2, source: 'self', at: '2026-01-01' }),
      rating({ level: 4, source: 'self', at: '2026-02-01' }),
      rating({ level: 3, source: 'self', at: '2026-01-15' }),
    ]);
    expect(assessed.get('c')).toMatchObject({ level: 4, source: 'self', at: '2026-02-01' });
  });

  it('leaves unassessed competencies and other people out', () => {
    const assessed = assessedLevels(assessments, { personId: 'ben' });
    expect(assessed.size).toBe(0);
    expect(assessedLevels(assessments, { personId: 'ana' }).has('presenting')).toBe(false);
  });

  it('compares instants across time zones, and breaks ties by list order', () => {
    const assessed = assessedLevels([
      // 10:30 in Berlin is 08:30 UTC: earlier than 09:00 UTC.
      rating({ level: 5, source: 'manager', at: '2026-03-01T09:00:00Z' }),
      rating({ level: 1, source: 'manager', at: '2026-03-01T10:30:00+02:00' }),
      rating({ level: 2, source: 'self', at: '2026-03-01' }),
      rating({ level: 3, source: 'self', at: '2026-03-01T00:00:00Z' }),
    ]);
    expect(assessed.get('c')?.level).toBe(5);
    const selfOnly = assessedLevels([
      rating({ level: 2, source: 'self', at: '2026-03-01' }),
      rating({ level: 3, source: 'self', at: '2026-03-01T00:00:00Z' }),
    ]);
    expect(selfOnly.get('c')?.level).toBe(3);
  });

  it('ignores assessments after asOf; a date covers its whole day', () => {
    expect(assessedLevels(assessments, { asOf: '2026-03-31' }).get('mentoring')?.level).toBe(2);
    // 2026-04-10T16:30+02:00 is 14:30 UTC.
    expect(assessedLevels(assessments, { asOf: '2026-04-10T14:29:59Z' }).get('mentoring')?.level).toBe(2);
    expect(assessedLevels(assessments, { asOf: '2026-04-10T14:30:00Z' }).get('mentoring')?.level).toBe(3);
    expect(assessedLevels(assessments, { asOf: '2026-04-10' }).get('mentoring')?.level).toBe(3);
    // Code quality was first rated on 2026-02-01 (manager) and 2026-03-01 (self).
    expect(assessedLevels(assessments, { asOf: '2026-01-31' }).get('code-quality')).toBeUndefined();
    expect(assessedLevels(assessments, { asOf: '2026-01-14' }).size).toBe(0);
  });

  it('refuses an asOf that is not a timestamp', () => {
    expect(() => assessedLevels(assessments, { asOf: 'yesterday' })).toThrow(/asOf must be an ISO timestamp/);
  });
});

describe('competencyGaps', () => {
  it('is max(0, expected − assessed) per competency of the target level (the README example)', () => {
    const gaps = competencyGaps(framework, ic3, assessedLevels(assessments, { personId: 'ana' }));
    expect(gaps).toEqual([
      {
        competencyId: 'code-quality',
        expected: 4,
        assessed: 3,
        source: 'manager',
        gap: 1,
        text: 'Sets the bar for code in the team.',
      },
      { competencyId: 'system-design', expected: 4, assessed: 3, source: 'self', gap: 1 },
      // Assessed 3 against an expected 3; a rating above the expectation is no negative gap either.
      { competencyId: 'mentoring', expected: 3, assessed: 3, source: 'manager', gap: 0 },
      // Nobody assessed it: it counts as the scale's minimum (1), flagged with assessed: null.
      { competencyId: 'presenting', expected: 3, assessed: null, source: null, gap: 2 },
    ]);
  });

  it('never goes below 0', () => {
    const [gap] = competencyGaps(
      { scale: { min: 0, max: 5 } },
      { expectations: { c: { level: 2 } } },
      new Map([['c', { level: 5, source: 'manager' as const }]]),
    );
    expect(gap?.gap).toBe(0);
  });

  it('sees the past with asOf', () => {
    const gaps = competencyGaps(framework, ic3, assessedLevels(assessments, { personId: 'ana', asOf: '2026-03-31' }));
    expect(gaps.map((gap) => [gap.competencyId, gap.gap])).toEqual([
      ['code-quality', 1],
      ['system-design', 1],
      ['mentoring', 1],
      ['presenting', 2],
    ]);
  });
});

describe('readiness', () => {
  const assessed = assessedLevels(assessments, { personId: 'ana' });

  it('is Σ w · min(1, assessed / expected) / Σ w (the README example)', () => {
    // (3/4 + 3/4 + min(1, 3/3) + 1/3) / 4 = 17/24
    expect(readiness(framework, ic3, assessed)).toBeCloseTo(17 / 24, 12);
    // As of the end of March, mentoring was 2 of 3: (3/4 + 3/4 + 2/3 + 1/3) / 4 = 5/8
    const then = assessedLevels(assessments, { personId: 'ana', asOf: '2026-03-31' });
    expect(readiness(framework, ic3, then)).toBeCloseTo(5 / 8, 12);
  });

  it('weighs competencies, and a weight of 0 leaves one out', () => {
    // (3/4 + 3/4 + 2 · 1/3) / (1 + 1 + 2) = 13/24
    expect(readiness(framework, ic3, assessed, { weights: { presenting: 2, mentoring: 0 } })).toBeCloseTo(13 / 24, 12);
  });

  it('caps each term at 1: exceeding one expectation does not make up for another', () => {
    const level = { expectations: { a: { level: 2 }, b: { level: 4 } } };
    const ratings = new Map([
      ['a', { level: 5 }],
      ['b', { level: 2 }],
    ]);
    // min(1, 5/2) = 1 and 2/4 = 0.5: (1 + 0.5) / 2, not (2.5 + 0.5) / 2.
    expect(readiness({ scale: { min: 0, max: 5 } }, level, ratings)).toBe(0.75);
  });

  it('treats an expectation of 0 as met, without dividing by 0', () => {
    const level = { expectations: { a: { level: 0 }, b: { level: 2 } } };
    expect(readiness({ scale: { min: 0, max: 3 } }, level, new Map())).toBe(0.5);
  });

  it('is null when there is nothing to judge', () => {
    expect(readiness(framework, { expectations: {} }, assessed)).toBeNull();
    expect(readiness(framework, { expectations: { a: { level: 2 } } }, assessed, { weights: { a: 0 } })).toBeNull();
  });

  it('refuses negative or non-finite weights', () => {
    expect(() => readiness(framework, ic3, assessed, { weights: { presenting: -1 } })).toThrow(
      /weights\["presenting"\] must be a finite number of 0 or more/,
    );
    expect(() => readiness(framework, ic3, assessed, { weights: { presenting: Number.NaN } })).toThrow(RangeError);
  });
});

describe('planCoverage', () => {
  const gaps = competencyGaps(framework, ic3, assessedLevels(assessments, { personId: 'ana' }));

  it('is gaps with an active development goal ÷ all gaps (the README example)', () => {
    // Gaps: code-quality, system-design, presenting. o-talk covers presenting, o-design system-design;
    // o-lint names code-quality but is a standard goal.
    const coverage = planCoverage(gaps, document.objectives, { ownerId: 'ana' });
    expect(coverage).toEqual({
      value: 2 / 3,
      gaps: ['code-quality', 'system-design', 'presenting'],
      covered: ['system-design', 'presenting'],
      uncovered: ['code-quality'],
      goalsByCompetency: new Map([
        ['system-design', ['o-design']],
        ['presenting', ['o-talk']],
      ]),
    });
  });

  it('leaves out goals the caller says are closed or abandoned, and other owners’ goals', () => {
    const closed = new Set(['o-design']);
    const coverage = planCoverage(gaps, document.objectives, { isActive: (objective) => !closed.has(objective.id) });
    expect(coverage.value).toBeCloseTo(1 / 3, 12);
    expect(coverage.covered).toEqual(['presenting']);
    expect(planCoverage(gaps, document.objectives, { ownerId: 'ben' }).value).toBe(0);
  });

  it('is null when there are no gaps', () => {
    const none = planCoverage([{ competencyId: 'mentoring', gap: 0 }], document.objectives);
    expect(none).toMatchObject({ value: null, gaps: [], covered: [], uncovered: [] });
  });
});
