import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.js';
import { createScorer } from './scorer.js';
import { indexOfId } from './scoringIndex.js';

describe('indexOfId', () => {
  const ids = ['a', 'b', 'c'];
  const byId = new Map(ids.map((id, i) => [id, i]));

  it('takes a right guess, and looks a wrong one up', () => {
    expect(indexOfId(ids, byId, 'b', 1)).toBe(1);
    expect(indexOfId(ids, byId, 'b', 2)).toBe(1);
    expect(indexOfId(ids, byId, 'c', 3)).toBe(2);
    expect(indexOfId(ids, byId, 'a', -1)).toBe(0);
    expect(indexOfId(ids, byId, 'z', 0)).toBeUndefined();
  });

  it('answers as the map does when an id is there twice, even when the guess names the first', () => {
    const twice = ['a', 'b', 'a'];
    const map = new Map(twice.map((id, i) => [id, i]));
    expect(indexOfId(twice, map, 'a', 0)).toBe(2);
  });
});

describe('Scorer lookups by id', () => {
  const document = generateDocument({ objectives: 60, keyResultsPerObjective: 3, seed: 11 });
  const objectiveIds = document.objectives.map((o) => o.id);
  const keyResultIds = document.objectives.flatMap((o) => o.keyResults.map((k) => k.id));

  it('read the same progress in document order, backwards and skipping about', () => {
    const scorer = createScorer(document, { asOf: '2026-02-15' });
    const expectedKr = new Map(keyResultIds.map((id) => [id, scorer.keyResult(id).progress]));
    const expectedObjective = new Map(objectiveIds.map((id) => [id, scorer.objective(id).progress]));
    const skipping = keyResultIds.filter((_, i) => i % 3 !== 1);
    for (const order of [keyResultIds, [...keyResultIds].reverse(), skipping, [...skipping, ...skipping]])
      for (const id of order) expect(scorer.progressOfKeyResult(id)).toBe(expectedKr.get(id));
    for (const order of [objectiveIds, [...objectiveIds].reverse()])
      for (const id of order) expect(scorer.progressOf(id)).toBe(expectedObjective.get(id));
  });

  it('still reject an unknown id after reading in order', () => {
    const scorer = createScorer(document, { asOf: '2026-02-15' });
    for (const id of keyResultIds) scorer.progressOfKeyResult(id);
    for (const id of objectiveIds) scorer.progressOf(id);
    expect(() => scorer.progressOfKeyResult('nope')).toThrow(/No key result has the id "nope"/);
    expect(() => scorer.progressOf('nope')).toThrow(/No objective has the id "nope"/);
  });
});
