import fc from 'fast-check';
import type { GoalkitDocument } from '../model/documentSchema.js';
import { parseDocument } from '../model/parseDocument.js';
import { dayNumber, isoDateOfDay } from '../scoring/dayNumber.js';

const CYCLE_START = dayNumber('2026-01-01');

/** A date a little before, inside or after the 2026-01-01 … 2026-03-31 cycle. */
export const dateArb = fc.integer({ min: -10, max: 100 }).map((offset) => isoDateOfDay(CYCLE_START + offset));

const value = fc.integer({ min: -200, max: 300 });
const weight = fc.constantFrom(0, 0.5, 1, 1, 2, 3.7);
const checkIns = fc.array(fc.record({ at: dateArb, value }), { maxLength: 4 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const keyResultFields: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc
    .record({
      start: value,
      distance: fc.integer({ min: 1, max: 100 }),
      current: maybe(value),
      checkIns,
      decrease: fc.boolean(),
    })
    .map(({ start, distance, current, checkIns, decrease }) => ({
      type: decrease ? 'decrease' : 'increase',
      start,
      target: decrease ? start - distance : start + distance,
      current,
      checkIns,
    })),
  fc.record({
    type: fc.constantFrom('at-least', 'at-most'),
    target: value,
    current: maybe(value),
    checkIns,
    scoring: maybe(fc.constantFrom('latest', 'share-of-check-ins')),
  }),
  fc
    .record({
      min: value,
      span: fc.integer({ min: 0, max: 100 }),
      current: maybe(value),
      checkIns,
      scoring: maybe(fc.constant('share-of-check-ins')),
    })
    .map(({ min, span, ...rest }) => ({ type: 'range', min, max: min + span, ...rest })),
  fc
    .record({
      done: maybe(fc.boolean()),
      checkIns: fc.array(fc.record({ at: dateArb, value: fc.boolean() }), { maxLength: 3 }),
    })
    .map((fields) => ({
      type: 'boolean',
      ...fields,
    })),
  fc
    .array(fc.record({ weight: maybe(weight), done: maybe(fc.boolean()), doneAt: maybe(dateArb) }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((milestones) => ({
      type: 'milestones',
      milestones: milestones.map((m, i) => ({ title: `m${i}`, ...m })),
    })),
);

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A valid strict document: an alignment forest of up to `maxObjectives` objectives with random key results. */
export function documentArb(maxObjectives = 25): fc.Arbitrary<GoalkitDocument> {
  const objectiveArb = fc.record({
    parentPick: fc.option(fc.nat(), { nil: undefined }),
    alignment: maybe(fc.constantFrom('contributes', 'supports')),
    weight: maybe(weight),
    rollup: maybe(fc.constantFrom('key-results', 'children', 'both')),
    statusFrom: maybe(fc.constantFrom('progress', 'weakest')),
    keyResults: fc.array(fc.record({ fields: keyResultFields, weight: maybe(weight) }), { maxLength: 4 }),
  });
  return fc.array(objectiveArb, { minLength: 1, maxLength: maxObjectives }).map((objectives) =>
    parseDocument(
      stripUndefined({
        version: 1,
        cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
        owners: [{ id: 'team', kind: 'team', name: 'Team' }],
        objectives: objectives.map((o, i) => ({
          id: `o${i}`,
          title: `Objective ${i}`,
          owner: 'team',
          cycle: 'q1',
          parent: i > 0 && o.parentPick !== undefined ? `o${o.parentPick % i}` : undefined,
          alignment: o.alignment,
          weight: o.weight,
          rollup: o.rollup,
          statusFrom: o.statusFrom,
          keyResults: o.keyResults.map((kr, j) => ({
            id: `k${i}_${j}`,
            title: `KR ${i}.${j}`,
            weight: kr.weight,
            ...kr.fields,
          })),
        })),
      }),
    ),
  );
}
