import { bench, describe } from 'vitest';
import { lintDocument, lintObjective, resolveLintConfig } from '../src/lint/index.js';
import type { DraftKeyResult, DraftObjective, GoalkitDraft } from '../src/model/documentSchema.js';

/** mulberry32: every run lints the same document. */
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

const OBJECTIVE_TITLES = [
  'Make onboarding effortless for new customers',
  'Become the default choice for mid-size retailers',
  'Ship a platform that engineers trust',
  'Neukunden einen mühelosen Einstieg ermöglichen',
];
const BAD_OBJECTIVE_TITLES = ['Grow revenue by 30% in Q3', 'Hiring', 'Improve things', 'Umsatz verdoppeln'];
const KEY_RESULT_TITLES = [
  'Raise week-1 activation from 20% to 35% for cohort',
  'Cut median response time from 8 to 2 hours in queue',
  'Keep weekly churn at or below 2% in plan',
  'Partnerprogramm mit fünf aktiven Partnern, Region',
];
const BAD_KEY_RESULT_TITLES = [
  'Improve the onboarding experience for segment',
  'Launch the new pricing page for market',
  'Neues Partnerprogramm einführen',
  'Optimize various support processes',
];

/**
 * A draft document of `count` objectives with 4 key results each. `mess` is the share of goals
 * with a defect (a missing target, baseline, unit, owner or cycle, an old check-in, a task-like
 * or vague title): 0.1 is a document people maintain, 1 is a first draft nobody has cleaned up.
 */
function generate(count: number, mess: number): GoalkitDraft {
  const next = random(7);
  const int = (max: number) => Math.floor(next() * max);
  const bad = () => next() < mess;
  const owners = Array.from({ length: 2500 }, (_, i) => ({ id: `t${i}`, kind: 'team' as const, name: `Team ${i}` }));
  const objectives: DraftObjective[] = [];
  for (let o = 0; o < count; o++) {
    const keyResults: DraftKeyResult[] = [];
    for (let k = 0; k < 4; k++) {
      const id = `kr${o}-${k}`;
      const kind = int(4);
      const title = `${(bad() ? BAD_KEY_RESULT_TITLES : KEY_RESULT_TITLES)[kind]} ${int(1000)}`;
      const late = bad();
      const checkIns = (first: number, second: number) => [
        { at: `2026-01-${10 + int(19)}`, value: first, confidence: 0.6 },
        { at: late ? '2026-01-30' : `2026-02-${10 + int(9)}`, value: second, confidence: 0.7 },
      ];
      const unit = bad() ? {} : { unit: kind === 1 ? 'h' : '%' };
      switch (kind) {
        case 0:
          keyResults.push({
            id,
            title,
            type: 'increase',
            ...(!bad() && { start: 20 }),
            ...(!bad() && { target: 35 }),
            ...unit,
            checkIns: checkIns(24, 27),
          });
          break;
        case 1:
          keyResults.push({
            id,
            title,
            type: 'decrease',
            start: 8,
            target: bad() ? 9 : 2,
            ...unit,
            checkIns: checkIns(6, 5),
          });
          break;
        case 2:
          keyResults.push({
            id,
            title,
            type: 'at-most',
            target: 2,
            ...unit,
            checkIns: checkIns(1.8, 1.9),
            ...(bad() && { due: '2026-04-15' }),
          });
          break;
        default:
          keyResults.push({
            id,
            title,
            type: 'boolean',
            done: false,
            checkIns: [{ at: late ? '2026-01-30' : '2026-02-12', value: false }],
          });
      }
    }
    objectives.push({
      id: `o${o}`,
      title: (bad() ? BAD_OBJECTIVE_TITLES : OBJECTIVE_TITLES)[int(4)] as string,
      ...(!bad() && { owner: `t${int(2500)}` }),
      ...(!bad() && { cycle: '2026-Q1' }),
      ...(o > 0 && !bad() && { parent: `o${int(o)}` }),
      keyResults,
    });
  }
  return {
    version: 1,
    cycles: [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    owners,
    objectives,
  };
}

const maintained = generate(10_000, 0.1);
const draft = generate(10_000, 1);
const strict = resolveLintConfig({ extends: 'strict' });
const single = draft.objectives[1] as DraftObjective;

// Budgets (issue 4): a 10,000-objective document ≤ 100 ms median; one objective ≤ 0.5 ms (every keystroke).
describe('lint', () => {
  bench('lintDocument: 10,000 objectives, 40,000 key results, maintained (recommended, asOf mid-cycle)', () => {
    lintDocument(maintained, { asOf: '2026-02-20' });
  });
  bench('lintDocument: 10,000 objectives, 40,000 key results, every goal a draft (strict, asOf)', () => {
    lintDocument(draft, { config: strict, asOf: '2026-02-20' });
  });
  bench('lintObjective: one draft objective (strict, asOf, with the document context)', () => {
    lintObjective(single, { config: strict, asOf: '2026-02-20', document: draft });
  });
  bench('lintObjective: one draft objective (recommended, German)', () => {
    lintObjective(single, { locale: 'de', document: draft });
  });
});
