import { bench, describe } from 'vitest';
import { z } from 'zod/mini';
import { parseDocument } from '../src/model/parseDocument.js';
import { createScorer } from '../src/scoring/scorer.js';
import { generateDocument } from './generate.js';
import { recursiveRollup } from './recursiveRollup.js';

const AS_OF = '2026-02-15';
const documents = new Map<number, ReturnType<typeof generateDocument>>();
/** Each size is generated once and shared, so the 100k tree is not held in memory twice. */
const documentOf = (objectives: number) => {
  const cached = documents.get(objectives) ?? generateDocument({ objectives });
  documents.set(objectives, cached);
  return cached;
};

for (const size of [1_000, 10_000, 100_000]) {
  const document = documentOf(size);
  const scorer = createScorer(document, { asOf: AS_OF });
  describe(`full roll-up, ${size.toLocaleString('en')} objectives / ${(size * 3).toLocaleString('en')} key results`, () => {
    bench('engine: Scorer.evaluate()', () => {
      scorer.evaluate();
    });
    bench('engine: createScorer (index + roll-up)', () => {
      createScorer(document, { asOf: AS_OF });
    });
    bench('straightforward recursive roll-up', () => {
      recursiveRollup(document, AS_OF);
    });
  });
}

describe('incremental check-in, 100,000 objectives / 300,000 key results', () => {
  const document = documentOf(100_000);
  const scorer = createScorer(document, { asOf: AS_OF });
  const ids = document.objectives.flatMap((objective) =>
    objective.keyResults.filter((keyResult) => keyResult.type === 'increase').map((keyResult) => keyResult.id),
  );
  let i = 0;
  bench('Scorer.applyCheckIn (one key result, path to the root)', () => {
    i = (i + 7_919) % ids.length;
    scorer.applyCheckIn(ids[i] as string, { at: '2026-02-01', value: i % 100, confidence: 0.5 });
  });
});

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
});
