import type { GoalkitDocument } from '../src/model/documentSchema.js';
import { dayNumber, isoDateOfDay } from '../src/scoring/dayNumber.js';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same document. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Options of {@link generateDocument}. */
export interface GenerateOptions {
  /** How many objectives. */
  objectives: number;
  /** Key results per objective. @default 3 */
  keyResultsPerObjective?: number;
  /** Children per objective in the alignment tree. @default 5 */
  fanOut?: number;
  /** @default 42 */
  seed?: number;
}

const CYCLE_START = dayNumber('2026-01-01');

/**
 * A valid strict goalkit document of the given size: an alignment tree with `fanOut` children per
 * objective, a mix of every key-result type and roll-up mode, and 0–3 check-ins per key result.
 * Every default is written out, so it is already the shape `parseDocument` returns.
 */
export function generateDocument(options: GenerateOptions): GoalkitDocument {
  const next = random(options.seed ?? 42);
  const perObjective = options.keyResultsPerObjective ?? 3;
  const fanOut = options.fanOut ?? 5;
  const int = (max: number) => Math.floor(next() * max);
  const day = () => isoDateOfDay(CYCLE_START + int(89));
  const checkIns = () =>
    Array.from({ length: int(4) }, () => ({
      at: day(),
      value: int(100),
      confidence: Math.round(next() * 10) / 10,
    })).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const keyResult = (id: string): GoalkitDocument['objectives'][number]['keyResults'][number] => {
    const base = { id, title: `Key result ${id}`, weight: 1 + int(3) };
    switch (int(6)) {
      case 0:
        return { ...base, type: 'decrease', start: 100, target: 10 + int(40), checkIns: checkIns() };
      case 1:
        return { ...base, type: 'at-least', target: int(100), current: int(100), checkIns: checkIns() };
      case 2:
        return {
          ...base,
          type: 'range',
          min: 20,
          max: 60 + int(30),
          checkIns: checkIns(),
          scoring: 'share-of-check-ins',
        };
      case 3:
        return { ...base, type: 'boolean', done: next() < 0.3, checkIns: [] };
      case 4:
        return {
          ...base,
          type: 'milestones',
          milestones: [
            { title: 'Plan', weight: 1, done: true },
            { title: 'Build', weight: 2, done: next() < 0.5 },
            { title: 'Ship', weight: 1, done: false },
          ],
          checkIns: [],
        };
      default:
        return { ...base, type: 'increase', start: 0, target: 50 + int(50), current: int(60), checkIns: checkIns() };
    }
  };
  const rollups = ['key-results', 'children', 'both'] as const;
  const objectives: GoalkitDocument['objectives'] = [];
  for (let i = 0; i < options.objectives; i++) {
    const parent = i === 0 ? undefined : `o${Math.floor((i - 1) / fanOut)}`;
    objectives.push({
      id: `o${i}`,
      title: `Objective ${i}`,
      owner: 'org',
      cycle: 'q1',
      ...(parent === undefined ? {} : { parent, alignment: next() < 0.9 ? 'contributes' : 'supports' }),
      weight: 1 + int(2),
      rollup: rollups[int(3)] ?? 'key-results',
      keyResults: Array.from({ length: perObjective }, (_, k) => keyResult(`k${i}_${k}`)),
    });
  }
  return {
    version: 1,
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    owners: [{ id: 'org', kind: 'org', name: 'Org' }],
    objectives,
  };
}
