import { bench, describe } from 'vitest';
import { z } from 'zod/mini';
import { documentSchema } from '../src/model/documentSchema.js';
import { parseDocument } from '../src/model/parseDocument.js';
import { generateDocument } from './generate.js';

// In a file of its own: the scoring benchmarks keep a 100,000-objective tree alive, and collecting
// around it is not what parsing costs.
// The shape issue 3 budgets (10,000 objectives); 0–3 check-ins per key result and 3 milestones per
// milestones key result make it about 85,000 objects, which is what zod walks.
describe('parseDocument, 10,000 objectives / 30,000 key results / ~30,000 check-ins / ~15,000 milestones', () => {
  const input = JSON.parse(JSON.stringify(generateDocument({ objectives: 10_000 })));
  bench('default (JIT)', () => {
    parseDocument(input);
  });
  bench('jitless (strict CSP)', () => {
    z.config({ jitless: true });
    try {
      parseDocument(input);
    } finally {
      z.config({ jitless: false });
    }
  });
  // What parseDocument cost before its fast path (zod alone walks the document), for comparison.
  bench('zod alone, jitless (baseline)', () => {
    z.config({ jitless: true });
    try {
      documentSchema.safeParse(input);
    } finally {
      z.config({ jitless: false });
    }
  });
});
