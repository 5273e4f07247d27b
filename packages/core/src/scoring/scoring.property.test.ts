import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recursiveRollup } from '../../bench/recursiveRollup.js';
import { dateArb, documentArb } from '../__tests__/arbitraries.js';
import { documentWith, objective } from '../__tests__/exampleDocument.js';
import type { GoalkitDocument, KeyResult } from '../model/documentSchema.js';
import { parseDocument } from '../model/parseDocument.js';
import { createScorer, scoreDocument } from './scorer.js';

const asOfArb = dateArb;

function progressById(document: GoalkitDocument, asOf: string): Map<string, number> {
  const scores = scoreDocument(document, { asOf });
  const map = new Map<string, number>();
  for (const o of scores.objectives) {
    map.set(o.id, o.progress);
    for (const kr of o.keyResults) map.set(kr.id, kr.progress);
  }
  return map;
}

function expectClose(actual: Map<string, number>, expected: Map<string, number>, tolerance = 1e-12) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, value] of expected)
    expect(Math.abs((actual.get(id) ?? Number.NaN) - value)).toBeLessThanOrEqual(tolerance);
}

function shuffle<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('scoring invariants', () => {
  it('keeps every progress, expected and forecast progress in [0, 1]', () => {
    fc.assert(
      fc.property(documentArb(), asOfArb, (document, asOf) => {
        for (const o of scoreDocument(document, { asOf }).objectives) {
          for (const p of [
            o.progress,
            o.expected,
            ...o.keyResults.flatMap((kr) => [kr.progress, kr.expected, kr.forecast?.progress ?? 0]),
          ]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with a straightforward recursive roll-up', () => {
    fc.assert(
      fc.property(documentArb(), asOfArb, (document, asOf) => {
        const engine = createScorer(document, { asOf });
        for (const [id, progress] of recursiveRollup(document, asOf))
          expect(engine.progressOf(id)).toBeCloseTo(progress, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on sibling order', () => {
    fc.assert(
      fc.property(documentArb(), asOfArb, fc.integer({ min: 1, max: 1_000_000 }), (document, asOf, seed) => {
        const shuffled = structuredClone(document);
        shuffled.objectives = shuffle(shuffled.objectives, seed);
        for (const o of shuffled.objectives) o.keyResults = shuffle(o.keyResults, seed + 1);
        expectClose(progressById(shuffled, asOf), progressById(document, asOf));
      }),
      { numRuns: 150 },
    );
  });

  it('is unchanged when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(documentArb(), asOfArb, fc.constantFrom(0.001, 0.3, 7, 1e6), (document, asOf, factor) => {
        const scaled = structuredClone(document);
        for (const o of scaled.objectives) {
          o.weight = (o.weight ?? 1) * factor;
          for (const kr of o.keyResults) {
            kr.weight = (kr.weight ?? 1) * factor;
            if (kr.type === 'milestones') for (const m of kr.milestones) m.weight = (m.weight ?? 1) * factor;
          }
        }
        expectClose(progressById(scaled, asOf), progressById(document, asOf), 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('explains every objective with contributions that sum to its progress', () => {
    fc.assert(
      fc.property(documentArb(), asOfArb, (document, asOf) => {
        const scorer = createScorer(document, { asOf });
        for (const o of document.objectives) {
          const explanation = scorer.explain(o.id);
          const stack = [{ progress: explanation.progress, items: explanation.items }];
          for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
            if (node.items.length === 0) continue;
            const sum = node.items.reduce((total, item) => total + item.contribution, 0);
            expect(Math.abs(sum - node.progress)).toBeLessThan(1e-9);
            for (const item of node.items) if (item.kind === 'objective') stack.push(item);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives mirrored increase and decrease key results equal progress', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        (start, distance, current) => {
          const document = parseDocument(
            documentWith([
              objective('o', [
                { id: 'up', title: 'up', type: 'increase', start, target: start + distance, current },
                {
                  id: 'down',
                  title: 'down',
                  type: 'decrease',
                  start: -start,
                  target: -(start + distance),
                  current: -current,
                },
              ]),
            ]),
          );
          const scorer = createScorer(document, { asOf: '2026-02-01' });
          expect(scorer.keyResult('down').progress).toBe(scorer.keyResult('up').progress);
          expect(scorer.keyResult('down').raw).toBe(scorer.keyResult('up').raw);
        },
      ),
    );
  });

  it('never lowers progress when the current value moves towards the target', () => {
    const keyResultArb = fc.oneof(
      fc
        .record({
          type: fc.constant('increase'),
          start: fc.integer({ min: -100, max: 100 }),
          distance: fc.integer({ min: 1, max: 100 }),
        })
        .map((k) => ({ ...k, target: k.start + k.distance })),
      fc
        .record({
          type: fc.constant('decrease'),
          start: fc.integer({ min: -100, max: 100 }),
          distance: fc.integer({ min: 1, max: 100 }),
        })
        .map((k) => ({ ...k, target: k.start - k.distance })),
      fc.record({
        type: fc.constantFrom('at-least', 'at-most'),
        start: fc.integer({ min: -100, max: 100 }),
        target: fc.integer({ min: -100, max: 100 }),
      }),
    );
    fc.assert(
      fc.property(
        keyResultArb,
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (k, current, step) => {
          const towards = k.type === 'increase' || k.type === 'at-least' ? current + step : current - step;
          const progressAt = (value: number) =>
            createScorer(
              parseDocument(
                documentWith([
                  objective('o', [
                    {
                      id: 'k',
                      title: 'k',
                      type: k.type,
                      target: k.target,
                      current: value,
                      ...(k.type === 'increase' || k.type === 'decrease' ? { start: k.start } : {}),
                    },
                  ]),
                ]),
              ),
              { asOf: '2026-02-01' },
            ).keyResult('k').progress;
          expect(progressAt(towards)).toBeGreaterThanOrEqual(progressAt(current));
        },
      ),
    );
  });

  it('applies check-ins incrementally with the same result as a full evaluation', () => {
    fc.assert(
      fc.property(
        documentArb(),
        asOfArb,
        fc.array(
          fc.record({
            pick: fc.nat(),
            at: dateArb,
            value: fc.integer({ min: -200, max: 300 }),
            confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (document, asOf, updates) => {
          const numeric = document.objectives
            .flatMap((o) => o.keyResults)
            .filter((kr) => kr.type !== 'boolean' && kr.type !== 'milestones');
          if (numeric.length === 0) return;
          const scorer = createScorer(document, { asOf });
          const copy = structuredClone(document);
          const copies = copy.objectives
            .flatMap((o) => o.keyResults)
            .filter((kr) => kr.type !== 'boolean' && kr.type !== 'milestones');
          for (const update of updates) {
            const index = update.pick % numeric.length;
            const checkIn = {
              at: update.at,
              value: update.value,
              ...(update.confidence === undefined ? {} : { confidence: update.confidence }),
            };
            scorer.applyCheckIn((numeric[index] as KeyResult).id, checkIn);
            ((copies[index] as KeyResult).checkIns as unknown[]).push(checkIn);
          }
          expect(scorer.scores()).toEqual(scoreDocument(copy, { asOf }));
        },
      ),
      { numRuns: 150 },
    );
  });
});
