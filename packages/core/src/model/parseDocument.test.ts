import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { documentWith, exampleDocument, objective } from '../__tests__/exampleDocument.js';
import { formatPath, GoalkitValidationError, type ValidationProblem } from './goalkitValidationError.js';
import { findDocumentProblems, parseDocument } from './parseDocument.js';

function problemsOf(input: unknown, mode: 'strict' | 'draft' = 'strict'): ValidationProblem[] {
  try {
    parseDocument(input, { mode });
  } catch (error) {
    expect(error).toBeInstanceOf(GoalkitValidationError);
    return [...(error as GoalkitValidationError).problems];
  }
  return [];
}

function paths(input: unknown, mode: 'strict' | 'draft' = 'strict'): string[] {
  return problemsOf(input, mode).map((problem) => problem.path);
}

function keyResult(fields: Record<string, unknown>) {
  return { id: 'kr', title: 'A key result', ...fields };
}

function withKeyResult(fields: Record<string, unknown>) {
  return documentWith([objective('o', [keyResult(fields)])]);
}

describe('parseDocument', () => {
  it('accepts the example document and fills in defaults', () => {
    const document = parseDocument(exampleDocument());
    expect(document.objectives).toHaveLength(2);
    expect(document.objectives[1]?.keyResults[1]?.checkIns).toEqual([]);
    expect(document.objectives[0]?.keyResults).toEqual([]);
  });

  it('defaults keyResults, cycles and owners to empty lists', () => {
    const document = parseDocument({ version: 1, objectives: [] });
    expect(document).toEqual({ version: 1, cycles: [], owners: [], objectives: [] });
  });

  it('normalises Date objects to YYYY-MM-DD and keeps ISO strings', () => {
    const input = exampleDocument();
    (input.cycles[0] as Record<string, unknown>).start = new Date(Date.UTC(2026, 0, 1, 15, 30));
    const document = parseDocument(input);
    expect(document.cycles[0]?.start).toBe('2026-01-01');
    expect(document.cycles[0]?.end).toBe('2026-03-31');
  });

  it.each([
    ['2026-02-30', false],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-4-01', false],
    ['2026/04/01', false],
    ['2026-04-01T00:00:00Z', false],
    ['', false],
  ])('date %s is valid: %s', (at, valid) => {
    const input = withKeyResult({ type: 'boolean', checkIns: [{ at, value: true }] });
    expect(paths(input)).toEqual(valid ? [] : ['objectives[0].keyResults[0].checkIns[0].at']);
  });

  it('rejects a Date outside the years 0000–9999, which has no YYYY-MM-DD form', () => {
    const input = withKeyResult({ type: 'boolean', due: new Date(Date.UTC(10_000, 0, 1)) });
    (input.cycles[0] as Record<string, unknown>).start = new Date(Date.UTC(-5, 0, 1));
    expect(problemsOf(input)).toEqual([
      { path: 'cycles[0].start', message: expect.stringContaining('got a Date in the year -5, outside 0000–9999') },
      {
        path: 'objectives[0].keyResults[0].due',
        message: expect.stringContaining('got a Date in the year 10000, outside 0000–9999'),
      },
    ]);
  });

  it('rejects an invalid Date object', () => {
    const input = withKeyResult({ type: 'boolean', due: new Date(Number.NaN) });
    expect(problemsOf(input)).toEqual([
      { path: 'objectives[0].keyResults[0].due', message: expect.stringContaining('invalid Date') },
    ]);
  });

  it('formats paths with indexes and dotted keys', () => {
    expect(formatPath(['objectives', 0, 'keyResults', 1, 'target'])).toBe('objectives[0].keyResults[1].target');
    expect(formatPath([])).toBe('');
    expect(formatPath(['a b', 2])).toBe('["a b"][2]');
  });

  it('reports every problem at once, each with a path', () => {
    const input = exampleDocument() as Record<string, unknown> & ReturnType<typeof exampleDocument>;
    const kr1 = input.objectives[1]?.keyResults[0] as Record<string, unknown>;
    kr1.target = 10;
    kr1.weight = -1;
    (input.objectives[1] as Record<string, unknown>).owner = 'nobody';
    input.version = 2;
    const problems = problemsOf(input);
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'objectives[1].keyResults[0].target',
      'objectives[1].keyResults[0].weight',
      'objectives[1].owner',
      'version',
    ]);
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
  });

  it('puts every problem in the error message', () => {
    const error = (() => {
      try {
        parseDocument({ version: 1, objectives: [objective('o', [], { owner: 'x', cycle: 'y' })] });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected parseDocument to throw');
    })();
    expect(error.message).toContain('2 problems');
    expect(error.message).toContain('objectives[0].owner: no owner has the id "x"');
    expect(error.message).toContain('objectives[0].cycle: no cycle has the id "y"');
  });

  describe('ids and references', () => {
    it('reports duplicate ids of each kind', () => {
      const input = documentWith([
        objective('o', [keyResult({ type: 'boolean' })]),
        objective('o', [keyResult({ type: 'boolean' })]),
      ]);
      input.cycles.push({ id: 'q1', name: 'Again', start: '2026-01-01', end: '2026-01-02' });
      input.owners.push({ id: 'team', kind: 'team', name: 'Again' });
      expect(paths(input).sort()).toEqual([
        'cycles[1].id',
        'objectives[1].id',
        'objectives[1].keyResults[0].id',
        'owners[1].id',
      ]);
    });

    it('names the first use of a duplicate key-result id among many key results', () => {
      const many = Array.from({ length: 40 }, (_, index) => keyResult({ id: `kr${index}`, type: 'boolean' }));
      const input = documentWith([
        objective('a', many.slice(0, 20)),
        objective('b', [...many.slice(20), keyResult({ id: 'kr7', type: 'boolean' })]),
        objective('c', [keyResult({ id: 'kr30', type: 'boolean' })]),
      ]);
      expect(problemsOf(input)).toEqual([
        {
          path: 'objectives[1].keyResults[20].id',
          message: expect.stringContaining('already used at objectives[0].keyResults[7]'),
        },
        {
          path: 'objectives[2].keyResults[0].id',
          message: expect.stringContaining('already used at objectives[1].keyResults[10]'),
        },
      ]);
    });

    it('rejects 10,000 objectives whose parents are all missing, naming the same choices in each problem', () => {
      // One team's objectives exported without the company objectives they align to. Each problem lists
      // a few ids to choose from; collecting those from the whole table per problem took 27 s here.
      const input = documentWith(
        Array.from({ length: 10_000 }, (_, index) => objective(`o${index}`, [], { parent: `company-${index % 7}` })),
      );
      const problems = problemsOf(input);
      expect(problems).toHaveLength(10_000);
      expect(problems[9_999]).toEqual({
        path: 'objectives[9999].parent',
        message: expect.stringContaining('(o0, o1, o2, o3, o4, o5, o6, o7)'),
      });
      // A guard against the quadratic case coming back (about 0.2 s now), not a speed target.
    }, 10_000);

    it('reports unresolved owner, cycle, parent, owner parent, key-result owner and check-in responsible', () => {
      const input = documentWith([
        objective('o', [keyResult({ type: 'boolean', owner: 'ghost', checkInResponsibleId: 'nobody' })], {
          owner: 'ghost',
          cycle: 'q9',
          parent: 'o9',
        }),
      ]);
      (input.owners[0] as Record<string, unknown>).parent = 'ghost';
      expect(paths(input).sort()).toEqual([
        'objectives[0].cycle',
        'objectives[0].keyResults[0].checkInResponsibleId',
        'objectives[0].keyResults[0].owner',
        'objectives[0].owner',
        'objectives[0].parent',
        'owners[0].parent',
      ]);
    });

    it('reports an alignment cycle once, naming its members', () => {
      const input = documentWith([
        objective('a', [], { parent: 'c' }),
        objective('b', [], { parent: 'a' }),
        objective('c', [], { parent: 'b' }),
        objective('d', [], { parent: 'a' }),
      ]);
      expect(problemsOf(input)).toEqual([
        { path: 'objectives[0].parent', message: expect.stringContaining('a → c → b → a') },
      ]);
    });

    it('reports an objective that is its own parent, and owner cycles', () => {
      const input = documentWith([objective('a', [], { parent: 'a' })]);
      input.owners.push(
        { id: 'x', kind: 'team', name: 'X', parent: 'y' } as never,
        { id: 'y', kind: 'team', name: 'Y', parent: 'x' } as never,
      );
      expect(paths(input).sort()).toEqual(['objectives[0].parent', 'owners[1].parent']);
    });

    it('reads a 10,000-deep alignment chain without overflowing', () => {
      const objectives = Array.from({ length: 10_000 }, (_, i) =>
        objective(`o${i}`, [], i > 0 ? { parent: `o${i - 1}` } : {}),
      );
      expect(parseDocument(documentWith(objectives)).objectives).toHaveLength(10_000);
      (objectives[0] as Record<string, unknown>).parent = 'o9999';
      expect(paths(documentWith(objectives))).toEqual(['objectives[0].parent']);
      // Two parses of a 10,000-objective document: generous, so a busy CI machine cannot time it out.
    }, 60_000);
  });

  describe('key-result types', () => {
    it.each([
      [{ type: 'increase', start: 20, target: 35 }, []],
      [{ type: 'increase', start: 20, target: 20 }, ['target']],
      [{ type: 'increase', start: 20, target: 10 }, ['target']],
      [{ type: 'decrease', start: 30, target: 10 }, []],
      [{ type: 'decrease', start: 30, target: 30 }, ['target']],
      [{ type: 'decrease', start: 10, target: 30 }, ['target']],
      [{ type: 'increase', target: 35 }, ['start']],
      [{ type: 'decrease', start: 5 }, ['target']],
      [{ type: 'at-least', target: 95 }, []],
      [{ type: 'at-most', current: 1 }, ['target']],
      [{ type: 'range', min: 40, max: 60 }, []],
      [{ type: 'range', min: 50, max: 50 }, []],
      [{ type: 'range', min: 60, max: 40 }, ['max']],
      [{ type: 'range', min: 40 }, ['max']],
      [{ type: 'boolean' }, []],
      [{ type: 'boolean', done: 'yes' }, ['done']],
      [{ type: 'milestones', milestones: [] }, ['milestones']],
      [{ type: 'milestones' }, ['milestones']],
      [{ type: 'milestones', milestones: [{ title: 'm', weight: -1 }] }, ['milestones[0].weight']],
      [{ type: 'unknown' }, ['type']],
      [{}, ['type']],
      [{ type: 'boolean', target: 3 }, ['target']],
      [{ type: 'increase', start: 0, target: 1, scoring: 'share-of-check-ins' }, ['scoring']],
      [{ type: 'at-least', target: 1, scoring: 'share-of-check-ins' }, []],
      [{ type: 'at-least', target: 1, unit: 'EUR', 'unit-kind': 'currency' }, []],
      [{ type: 'at-least', target: 1, unit: 'euros', 'unit-kind': 'currency' }, ['unit']],
      [{ type: 'increase', start: 0, target: 10, targets: [{ at: '2026-02-01', value: 4 }] }, []],
      [{ type: 'at-least', target: 10, targets: [{ at: '2026-02-01', value: 4 }] }, ['targets']],
    ])('%j → %j', (fields, expected) => {
      expect(paths(withKeyResult(fields))).toEqual(expected.map((field) => `objectives[0].keyResults[0].${field}`));
    });

    it('explains an unknown type by listing the known ones', () => {
      expect(problemsOf(withKeyResult({ type: 'percent' }))[0]?.message).toBe(
        '"percent" is not a key-result type; use one of increase, decrease, at-least, at-most, range, boolean, milestones',
      );
    });

    it('accepts boolean check-ins as true/false or 1/0 only', () => {
      const ok = withKeyResult({
        type: 'boolean',
        checkIns: [
          { at: '2026-01-02', value: true },
          { at: '2026-01-03', value: 0 },
        ],
      });
      expect(paths(ok)).toEqual([]);
      const bad = withKeyResult({ type: 'boolean', checkIns: [{ at: '2026-01-02', value: 2 }] });
      expect(problemsOf(bad)).toEqual([
        { path: 'objectives[0].keyResults[0].checkIns[0].value', message: 'must be true, false, 1 or 0 (got 2)' },
      ]);
    });
  });

  describe('numbers', () => {
    it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
      'rejects %s as a value, weight or start',
      (bad) => {
        const input = withKeyResult({ type: 'increase', start: bad, target: 10, current: bad, weight: bad });
        expect(paths(input).sort()).toEqual(
          ['current', 'start', 'weight'].map((field) => `objectives[0].keyResults[0].${field}`),
        );
        expect(problemsOf(input)[0]?.message).toMatch(/finite number/);
      },
    );

    it.each([
      [-0.01, false],
      [0, true],
      [0.4, true],
      [1, true],
      [1.01, false],
    ])('confidence %s is valid: %s', (confidence, valid) => {
      const input = withKeyResult({
        type: 'at-least',
        target: 1,
        checkIns: [{ at: '2026-01-02', value: 1, confidence }],
      });
      expect(paths(input)).toEqual(valid ? [] : ['objectives[0].keyResults[0].checkIns[0].confidence']);
    });

    it('accepts weight 0 and rejects negative weights everywhere', () => {
      expect(paths(documentWith([objective('o', [keyResult({ type: 'boolean', weight: 0 })], { weight: 0 })]))).toEqual(
        [],
      );
      expect(
        paths(documentWith([objective('o', [keyResult({ type: 'boolean', weight: -1 })], { weight: -2 })])).sort(),
      ).toEqual(['objectives[0].keyResults[0].weight', 'objectives[0].weight']);
    });

    it('accepts negative values, which real measures such as NPS can take', () => {
      expect(paths(withKeyResult({ type: 'increase', start: -20, target: 10, current: -5 }))).toEqual([]);
    });

    it('bounds every number to ±1e15, in strict and draft mode alike, on the fast path and off it', () => {
      expect(paths(withKeyResult({ type: 'increase', start: -1e15, target: 1e15, current: 0 }))).toEqual([]);
      const huge = documentWith([
        objective(
          'o',
          [
            keyResult({
              type: 'increase',
              start: 0,
              target: 1e16,
              current: -1e308,
              weight: 2e15,
              targets: [{ at: '2026-02-01', value: 5e15 }],
              checkIns: [{ at: '2026-01-02', value: 1e308 }],
            }),
            { id: 'r', title: 'In range', type: 'range', min: -1.5e15, max: 1 },
            { id: 'm', title: 'Steps', type: 'milestones', milestones: [{ title: 'a', weight: 1e300 }] },
          ],
          { weight: 1e16 },
        ),
      ]);
      const expected = [
        'objectives[0].keyResults[0].target',
        'objectives[0].keyResults[0].current',
        'objectives[0].keyResults[0].weight',
        'objectives[0].keyResults[0].targets[0].value',
        'objectives[0].keyResults[0].checkIns[0].value',
        'objectives[0].keyResults[1].min',
        'objectives[0].keyResults[2].milestones[0].weight',
        'objectives[0].weight',
      ].sort();
      for (const mode of ['strict', 'draft'] as const) {
        expect(paths(huge, mode).sort()).toEqual(expected);
        expect(problemsOf(huge, mode)[0]?.message).toBe(
          'must be between -1e15 and 1e15 (goalkit numbers stay within ±10^15)',
        );
      }
    });
  });

  describe('cycles', () => {
    it('rejects a cycle that ends before it starts and accepts a one-day cycle', () => {
      expect(paths(documentWith([], { id: 'q1', name: 'Q1', start: '2026-03-31', end: '2026-01-01' }))).toEqual([
        'cycles[0].end',
      ]);
      expect(paths(documentWith([], { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-01-01' }))).toEqual([]);
    });
  });

  describe('unknown fields', () => {
    it('reports a misspelt field with its path', () => {
      expect(problemsOf(withKeyResult({ type: 'boolean', weigth: 2 }))).toEqual([
        {
          path: 'objectives[0].keyResults[0].weigth',
          message: '"weigth" is not a field of a boolean key result; remove it or check its spelling',
        },
      ]);
    });
  });

  describe('draft mode', () => {
    it('accepts a missing owner, cycle, start, target, min or max', () => {
      const input = documentWith([
        {
          id: 'o',
          title: 'Draft',
          keyResults: [
            keyResult({ id: 'a', type: 'increase' }),
            keyResult({ id: 'b', type: 'decrease', start: 3 }),
            keyResult({ id: 'c', type: 'at-least' }),
            keyResult({ id: 'd', type: 'range', min: 1 }),
            keyResult({ id: 'e', type: 'at-most' }),
          ],
        },
      ]);
      expect(paths(input, 'draft')).toEqual([]);
      expect(paths(input, 'strict').sort()).toEqual([
        'objectives[0].cycle',
        'objectives[0].keyResults[0].start',
        'objectives[0].keyResults[0].target',
        'objectives[0].keyResults[1].target',
        'objectives[0].keyResults[2].target',
        'objectives[0].keyResults[3].max',
        'objectives[0].keyResults[4].target',
        'objectives[0].owner',
      ]);
    });

    it('accepts a target on the wrong side of the start', () => {
      const input = documentWith([
        objective('o', [
          keyResult({ id: 'a', type: 'increase', start: 5, target: 1 }),
          keyResult({ id: 'b', type: 'decrease', start: 1, target: 5 }),
        ]),
      ]);
      expect(paths(input, 'draft')).toEqual([]);
      expect(paths(input, 'strict')).toHaveLength(2);
    });

    it('suggests draft mode when a draftable field is missing in strict mode', () => {
      expect(problemsOf(withKeyResult({ type: 'increase', target: 3 }))[0]?.message).toContain("mode: 'draft'");
    });

    it('still rejects what cannot be understood', () => {
      const input = documentWith([
        objective(
          'o',
          [
            keyResult({ id: 'a', type: 'nope' }),
            keyResult({ id: 'a', type: 'increase', start: 'ten', current: Number.NaN, due: '2026-02-31' }),
            keyResult({ id: 'c', type: 'range', min: 9, max: 1 }),
          ],
          { owner: 'ghost', parent: 'o' },
        ),
      ]);
      expect(paths(input, 'draft').sort()).toEqual([
        'objectives[0].keyResults[0].type',
        'objectives[0].keyResults[1].current',
        'objectives[0].keyResults[1].due',
        'objectives[0].keyResults[1].id',
        'objectives[0].keyResults[1].start',
        'objectives[0].keyResults[2].max',
        'objectives[0].owner',
        'objectives[0].parent',
      ]);
    });
  });

  describe('hostile input', () => {
    it.each([null, undefined, 'version: 1', 42, true, [], [1, 2], new Date(), () => 1, Symbol('x')])(
      'rejects %s with a GoalkitValidationError at the document root',
      (input) => {
        expect(problemsOf(input)).toEqual([{ path: '', message: expect.stringContaining('must be a mapping') }]);
      },
    );

    it('never throws anything but GoalkitValidationError, in either mode', () => {
      const junk = fc.anything({
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withBigInt: true,
        maxDepth: 5,
      });
      const documentish = fc.record(
        {
          version: fc.oneof(fc.constant(1), junk),
          cycles: fc.oneof(
            fc.array(fc.record({ id: fc.string(), start: junk, end: junk }, { requiredKeys: [] })),
            junk,
          ),
          owners: fc.oneof(fc.array(fc.record({ id: fc.string(), parent: fc.string() }, { requiredKeys: [] })), junk),
          objectives: fc.oneof(
            fc.array(
              fc.record(
                {
                  id: fc.oneof(fc.constantFrom('a', 'b'), junk),
                  parent: fc.constantFrom('a', 'b', 'c'),
                  keyResults: fc.oneof(
                    fc.array(
                      fc.record(
                        {
                          type: fc.constantFrom('increase', 'range', 'boolean', 'milestones'),
                          start: junk,
                          target: junk,
                          milestones: junk,
                          checkIns: junk,
                        },
                        { requiredKeys: [] },
                      ),
                    ),
                    junk,
                  ),
                },
                { requiredKeys: [] },
              ),
            ),
            junk,
          ),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(
          fc.oneof(junk, documentish),
          fc.constantFrom('strict' as const, 'draft' as const),
          (input, mode) => {
            try {
              parseDocument(input, { mode });
            } catch (error) {
              if (!(error instanceof GoalkitValidationError)) throw error;
              for (const problem of error.problems) {
                if (typeof problem.path !== 'string' || typeof problem.message !== 'string')
                  throw new Error('bad problem');
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });

    it('survives an object whose getter throws', () => {
      const input = { version: 1, objectives: [] };
      Object.defineProperty(input, 'cycles', {
        enumerable: true,
        get: () => {
          throw new TypeError('boom');
        },
      });
      expect(problemsOf(input)).toEqual([{ path: '', message: expect.stringContaining('boom') }]);
    });

    it('survives a Proxy whose prototype trap throws', () => {
      const input = new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new TypeError('trap');
          },
        },
      );
      expect(() => parseDocument(input)).toThrow(GoalkitValidationError);
      expect(findDocumentProblems(input, { mode: 'draft' })).toEqual([
        { path: '', message: expect.stringContaining('trap') },
      ]);
    });

    it('lists every problem of a document with 150,000 of them, each with its path', () => {
      // 10,000 objectives whose check-in values came through as strings (a spreadsheet import): zod
      // overflows the stack gathering that many issues in one run, and the one problem left said the
      // input could not be read.
      const input = documentWith(
        Array.from({ length: 10_000 }, (_, index) =>
          objective(
            `o${index}`,
            [0, 1, 2].map((k) =>
              keyResult({
                id: `k${index}_${k}`,
                type: 'increase',
                start: 0,
                target: 100,
                checkIns: [1, 2, 3, 4, 5].map((day) => ({ at: `2026-01-0${day}`, value: String(day) })),
              }),
            ),
          ),
        ),
      );
      const problems = findDocumentProblems(input, { mode: 'draft' });
      expect(problems).toHaveLength(150_000);
      expect(problems[149_999]).toEqual({
        path: 'objectives[9999].keyResults[2].checkIns[4].value',
        message: expect.stringContaining('"5"'),
      });
    }, 60_000);

    it('findDocumentProblems lists problems without throwing', () => {
      expect(findDocumentProblems(null)).toHaveLength(1);
      expect(findDocumentProblems(exampleDocument())).toEqual([]);
    });
  });

  describe('jitless zod (strict Content-Security-Policy)', () => {
    it('parses and reports the same with z.config({ jitless: true })', () => {
      const bad = withKeyResult({ type: 'increase', start: 5, target: 1, weight: -1 });
      const before = { ok: parseDocument(exampleDocument()), bad: problemsOf(bad) };
      z.config({ jitless: true });
      try {
        expect(parseDocument(exampleDocument())).toEqual(before.ok);
        expect(problemsOf(bad)).toEqual(before.bad);
      } finally {
        z.config({ jitless: false });
      }
    });
  });
});
