import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessedLevels } from './assessedLevels.js';
import { competencyGaps } from './competencyGaps.js';
import type { Assessment } from './competencySchemas.js';
import { planCoverage } from './planCoverage.js';
import { readiness } from './readiness.js';

const COMPETENCIES = ['a', 'b', 'c', 'd'] as const;
const scale = { min: 1, max: 5 };

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    competencyId: fc.constantFrom(...COMPETENCIES),
    level: fc.integer({ min: 1, max: 5 }),
    source: fc.constantFrom('self' as const, 'manager' as const),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ day, ...fields }) => ({
    ...fields,
    personId: 'p',
    assessorId: fields.source === 'self' ? 'p' : 'm',
    at: `2026-02-${String(day).padStart(2, '0')}`,
  }));

const levelArb = fc
  .dictionary(fc.constantFrom(...COMPETENCIES), fc.record({ level: fc.integer({ min: 0, max: 5 }) }), { minKeys: 1 })
  .map((expectations) => ({ expectations }));

const weightsArb = fc.dictionary(fc.constantFrom(...COMPETENCIES), fc.integer({ min: 1, max: 5 }));

describe('competency formulas (properties)', () => {
  it('gaps are never negative, and readiness is 1 exactly when every gap is closed', () => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { maxLength: 12 }), levelArb, weightsArb, (assessments, level, weights) => {
        const assessed = assessedLevels(assessments);
        const gaps = competencyGaps({ scale }, level, assessed);
        for (const gap of gaps) {
          expect(gap.gap).toBeGreaterThanOrEqual(0);
          expect(gap.gap).toBe(Math.max(0, gap.expected - (gap.assessed ?? scale.min)));
        }
        const value = readiness({ scale }, level, assessed, { weights });
        expect(value).not.toBeNull();
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(value === 1).toBe(gaps.every((gap) => gap.gap === 0));
      }),
    );
  });

  it('a manager rating is never overridden by a self-assessment, whenever it was given', () => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { maxLength: 12 }), assessmentArb, (assessments, extra) => {
        const self = { ...extra, source: 'self' as const, assessorId: 'p' };
        const before = assessedLevels(assessments);
        const after = assessedLevels([...assessments, self]);
        for (const [id, found] of before) {
          if (found.source === 'manager') expect(after.get(id)).toEqual(found);
        }
        expect(after.get(self.competencyId)?.source).toBe(before.get(self.competencyId)?.source ?? 'self');
      }),
    );
  });

  it('asOf is the same as leaving out what came later', () => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { maxLength: 12 }), fc.integer({ min: 1, max: 28 }), (assessments, day) => {
        const asOf = `2026-02-${String(day).padStart(2, '0')}`;
        expect(assessedLevels(assessments, { asOf })).toEqual(
          assessedLevels(assessments.filter((assessment) => assessment.at <= asOf)),
        );
      }),
    );
  });

  it('plan coverage is a share of the gaps, null exactly when there are none', () => {
    const goalArb = fc.record({
      id: fc.constantFrom('g1', 'g2', 'g3'),
      kind: fc.constantFrom('standard' as const, 'development' as const),
      competencyIds: fc.array(fc.constantFrom(...COMPETENCIES), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(assessmentArb, { maxLength: 12 }),
        levelArb,
        fc.array(goalArb),
        (assessments, level, goals) => {
          const gaps = competencyGaps({ scale }, level, assessedLevels(assessments));
          const coverage = planCoverage(gaps, goals);
          const open = gaps.filter((gap) => gap.gap > 0).length;
          expect(coverage.value === null).toBe(open === 0);
          expect(coverage.covered.length + coverage.uncovered.length).toBe(open);
          if (coverage.value !== null) expect(coverage.value).toBe(coverage.covered.length / open);
        },
      ),
    );
  });
});
