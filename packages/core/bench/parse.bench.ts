import { bench, describe } from 'vitest';
import { z } from 'zod/mini';
import { documentSchema } from '../src/model/documentSchema.js';
import { parseDocument } from '../src/model/parseDocument.js';
import { generateDocument } from './generate.js';

/** A copy of plain data with no checks at all: what any parser that returns a new document must do. */
function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) out[index] = copy(value[index]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copy((value as Record<string, unknown>)[key]);
  return out;
}

// In a file of its own: the scoring benchmarks keep a 100,000-objective tree alive, and collecting
// around it is not what parsing costs.
// The shape issue 3 budgets (10,000 objectives); 0–3 check-ins per key result and 3 milestones per
// milestones key result make it about 85,000 objects, which is what zod walks.
describe('parseDocument, 10,000 objectives / 30,000 key results / ~30,000 check-ins / ~15,000 milestones', () => {
  // Four copies of the document, parsed in turn, each parsed once before timing (which moves it out
  // of the young generation, as a document that stays in memory would be). Why more than one: where
  // a copy lands in memory depends on when the collector ran while JSON.parse built it, and that alone
  // decided the median. The first copy made in a fresh process was either laid out in reading order
  // (a bare walk over it took 3 ms) or scattered (16 ms); later copies sat in between (6 ms). Parsing
  // the first copy took 35 or 57 ms depending on that, in the same process with the same code.
  // Rotating through copies made at different moments measures parsing rather than that one draw.
  const json = JSON.stringify(generateDocument({ objectives: 10_000 }));
  const inputs: unknown[] = Array.from({ length: 4 }, () => JSON.parse(json));
  for (const input of inputs) parseDocument(input);
  let turn = 0;
  const nextInput = () => inputs[turn++ % inputs.length];
  bench('default (JIT)', () => {
    parseDocument(nextInput());
  });
  bench('jitless (strict CSP)', () => {
    z.config({ jitless: true });
    try {
      parseDocument(nextInput());
    } finally {
      z.config({ jitless: false });
    }
  });
  // For scale: the floor of any parser that returns a new document. It is also a rough gauge of the
  // machine: on this 2-vCPU host, memory-heavy work now and then runs about 1.6× slower for a while
  // (the same standalone script took 65–72 ms pinned to one vCPU and 40 ms on the other), and this row
  // often moves with the parse then; not always, since the rows run a few seconds apart.
  bench('plain deep copy, no checks (for scale)', () => {
    copy(nextInput());
  });
  // What parseDocument cost before its fast path (zod alone walks the document), for comparison.
  bench('zod alone, jitless (baseline)', () => {
    z.config({ jitless: true });
    try {
      documentSchema.safeParse(nextInput());
    } finally {
      z.config({ jitless: false });
    }
  });
});
