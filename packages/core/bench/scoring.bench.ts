import { bench, describe } from 'vitest';
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
