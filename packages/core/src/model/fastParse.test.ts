import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { generateDocument } from '../../bench/generate.js';
import { documentArb } from '../__tests__/arbitraries.js';
import { exampleDocument } from '../__tests__/exampleDocument.js';
import { competencyDocument } from '../competencies/__tests__/competencyDocument.js';
import { documentSchema, draftDocumentSchema, NATIVE_TRANSFORMS } from './documentSchema.js';
import { compileFastParse, FAIL } from './fastParse.js';
import { parseDocument } from './parseDocument.js';

const schemas = { strict: documentSchema, draft: draftDocumentSchema } as const;
const fastParsers = {
  strict: compileFastParse(documentSchema, NATIVE_TRANSFORMS),
  draft: compileFastParse(draftDocumentSchema, NATIVE_TRANSFORMS),
} as const;
/** The same fast path with the date transform run through zod's own transform function. */
const genericParsers = {
  strict: compileFastParse(documentSchema),
  draft: compileFastParse(draftDocumentSchema),
} as const;

type Json = unknown;

/** Values that sit on the edges of what the schemas accept. */
const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  1.5,
  // The bound of every number (±1e15), just inside and just outside it.
  1e15,
  -1e15,
  1e15 + 0.125,
  -1e16,
  1e308,
  -1,
  0,
  1,
  2,
  '',
  'x',
  '2026-02-30',
  '2026-01-15',
  '2026-1-5',
  new Date(Date.UTC(2026, 0, 20)),
  new Date(Number.NaN),
  [],
  {},
  [1, 2],
  true,
  false,
  'increase',
  'milestones',
  'boolean',
  'team',
  'children',
  Object.create(null) as object,
);

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...prefix, i]);
      pathsOf(item, [...prefix, i], out);
    });
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const key of Object.keys(value)) {
      out.push([...prefix, key]);
      pathsOf((value as Record<string, Json>)[key], [...prefix, key], out);
    }
  }
  return out;
}

type Mutation =
  | { kind: 'set'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'unknown-key'; key: string }
  | { kind: 'null-prototype' }
  | { kind: 'class-instance' }
  | { kind: 'hole' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: oddValue.map((value) => ({ kind: 'set' as const, value })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('extra', 'Type', '__proto__', 'constructor').map((key) => ({
      kind: 'unknown-key' as const,
      key,
    })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'null-prototype' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'class-instance' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'hole' as const }) },
);

class Thing {
  constructor(fields: object) {
    Object.assign(this, fields);
  }
}

/** A copy of `document` with one mutation at `path` (what people actually get wrong, and stranger things). */
function mutate(document: Json, path: (string | number)[], mutation: Mutation): Json {
  const copy = structuredClone(document) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  const target = parent[last];
  switch (mutation.kind) {
    case 'set':
      parent[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'unknown-key':
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        Object.defineProperty(target, mutation.key, { value: 1, enumerable: true, configurable: true, writable: true });
      break;
    case 'null-prototype':
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        parent[last] = Object.assign(Object.create(null) as object, target);
      break;
    case 'class-instance':
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) parent[last] = new Thing(target);
      break;
    case 'hole':
      if (Array.isArray(target) && target.length > 0) delete target[0];
      break;
  }
  return copy;
}

/** The property: whenever the fast path answers, zod accepts the same input and returns the same value. */
function expectAgreement(input: unknown, mode: 'strict' | 'draft', parsers = fastParsers) {
  const fast = parsers[mode]?.(input);
  if (fast === undefined) throw new Error('the fast path did not compile');
  if (fast === FAIL) return false;
  const slow = schemas[mode].safeParse(input);
  expect(slow.success).toBe(true);
  expect(fast).toStrictEqual(slow.data);
  // Same keys in the same order, as zod writes them.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  return true;
}

describe('the fast path of parseDocument', () => {
  it('compiles for both schemas, with and without the native date transform', () => {
    for (const parsers of [fastParsers, genericParsers]) {
      expect(typeof parsers.strict).toBe('function');
      expect(typeof parsers.draft).toBe('function');
    }
  });

  it('answers for valid documents, with exactly what zod returns (dates normalised, defaults filled in)', () => {
    const documents = [exampleDocument(), generateDocument({ objectives: 300, seed: 3 })];
    // YAML 1.1 timestamps arrive as Date objects; zod normalises them to YYYY-MM-DD.
    const withDates = exampleDocument() as { cycles: { start: unknown }[] };
    (withDates.cycles[0] as { start: unknown }).start = new Date(Date.UTC(2026, 0, 1));
    documents.push(withDates as never);
    for (const document of documents) {
      for (const mode of ['strict', 'draft'] as const) {
        expect(expectAgreement(document, mode)).toBe(true);
        expect(expectAgreement(document, mode, genericParsers)).toBe(true);
      }
    }
    fc.assert(
      fc.property(documentArb(6), (document) => {
        expect(expectAgreement(document, 'strict')).toBe(true);
        expect(expectAgreement(document, 'draft')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never answers differently from zod on a broken document (it may only fall back to zod)', () => {
    const base = [exampleDocument(), generateDocument({ objectives: 12, seed: 9 })];
    const cases = fc
      .tuple(fc.constantFrom(...base), fc.nat(), mutationArb, fc.constantFrom('strict' as const, 'draft' as const))
      .map(([document, pick, mutation, mode]) => {
        const paths = pathsOf(document);
        return { input: mutate(document, paths[pick % paths.length] as (string | number)[], mutation), mode };
      });
    let answered = 0;
    fc.assert(
      fc.property(cases, ({ input, mode }) => {
        if (expectAgreement(input, mode)) answered++;
        expectAgreement(input, mode, genericParsers);
      }),
      { numRuns: 1500 },
    );
    // Some mutations keep a document valid (an optional field removed, another valid value): the fast
    // path must still answer those, or it would be a fast path in name only.
    expect(answered).toBeGreaterThan(50);
  });

  it('agrees with zod on competency documents: records of expectations, timestamps, their mutations', () => {
    const withDate = competencyDocument() as { assessments: { at: unknown }[] };
    (withDate.assessments[0] as { at: unknown }).at = new Date(Date.UTC(2026, 1, 1, 9));
    for (const document of [competencyDocument(), withDate]) {
      for (const mode of ['strict', 'draft'] as const) {
        expect(expectAgreement(document, mode)).toBe(true);
        expect(expectAgreement(document, mode, genericParsers)).toBe(true);
      }
    }
    const base = competencyDocument();
    const paths = pathsOf(base);
    let answered = 0;
    fc.assert(
      fc.property(
        fc.nat(),
        mutationArb,
        fc.constantFrom('strict' as const, 'draft' as const),
        (pick, mutation, mode) => {
          const input = mutate(base, paths[pick % paths.length] as (string | number)[], mutation);
          if (expectAgreement(input, mode)) answered++;
          expectAgreement(input, mode, genericParsers);
        },
      ),
      { numRuns: 800 },
    );
    expect(answered).toBeGreaterThan(20);
  });

  it('carries nothing from an input it gave up on into the next one, even when reading it threw', () => {
    type CheckIns = { objectives: { keyResults: { checkIns: Record<string, unknown>[] }[] }[] };
    const broken = exampleDocument() as unknown as CheckIns;
    const checkIn = { at: '2026-01-20', note: 'from the broken document' };
    Object.defineProperty(checkIn, 'value', {
      enumerable: true,
      get() {
        throw new Error('a getter that throws');
      },
    });
    (broken.objectives[1]?.keyResults[0] as { checkIns: unknown[] }).checkIns = [checkIn];
    expect(() => fastParsers.strict?.(broken)).toThrow('a getter that throws');

    const next = exampleDocument() as unknown as CheckIns;
    const first = next.objectives[1]?.keyResults[0]?.checkIns[0] as Record<string, unknown>;
    delete first.note;
    const parsed = fastParsers.strict?.(next) as CheckIns;
    expect(parsed.objectives[1]?.keyResults[0]?.checkIns[0]).not.toHaveProperty('note');
    expect(expectAgreement(next, 'strict')).toBe(true);
  });

  it('loses nothing when a getter of the input parses another document during the parse', () => {
    // Hand-built input (JSON and YAML never make getters): the objective's description is read before
    // its key results, whose getter parses a document of its own.
    const inner = exampleDocument();
    const outerObjective: Record<string, unknown> = { description: 'read before the getter ran' };
    Object.defineProperty(outerObjective, 'keyResults', {
      enumerable: true,
      get() {
        expect(parseDocument(inner).objectives).toHaveLength(inner.objectives.length);
        return [];
      },
    });
    Object.assign(outerObjective, { id: 'outer', title: 'Outer objective', owner: 'acme', cycle: '2026-Q1' });
    const outer = { objectives: [outerObjective], version: 1, cycles: inner.cycles, owners: inner.owners };

    expect(parseDocument(outer).objectives[0]).toEqual({
      id: 'outer',
      title: 'Outer objective',
      description: 'read before the getter ran',
      owner: 'acme',
      cycle: '2026-Q1',
      keyResults: [],
    });
    // The fast path is whole again afterwards.
    expect(expectAgreement(exampleDocument(), 'strict')).toBe(true);
  });

  it('works the same with zod in jitless mode', () => {
    z.config({ jitless: true });
    try {
      expect(expectAgreement(generateDocument({ objectives: 50, seed: 5 }), 'strict')).toBe(true);
    } finally {
      z.config({ jitless: false });
    }
  });
});
