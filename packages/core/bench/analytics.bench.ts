import { bench, describe } from 'vitest';
import {
  alignmentCoverage,
  calibratedForecast,
  checkInRate,
  confidenceCalibration,
  goalQualityTrend,
  outcomeDistribution,
} from '../src/analytics/index.js';
import type { GoalkitDocument } from '../src/model/documentSchema.js';
import { parseDocument } from '../src/model/parseDocument.js';
import { dayNumber, isoDateOfDay } from '../src/scoring/dayNumber.js';
import { createScorer } from '../src/scoring/scorer.js';
import { generateDocument } from './generate.js';

const CYCLES = [
  { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
  { id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
  { id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' },
];
const ASOF = '2026-08-15';

/**
 * 100,000 key results (25,000 objectives × 4) in three cycles, owned by 1,000 people in 50 teams: the
 * generator's Q1 document cut into thirds, the second and third moved (with their check-ins) into Q2 and
 * Q3; links across cycles dropped; every fourth objective aspirational. As of mid-Q3: Q1 and Q2 are closed,
 * Q3 is running.
 */
function organisation(): GoalkitDocument {
  const generated = generateDocument({ objectives: 25_000, keyResultsPerObjective: 4 });
  const third = Math.ceil(generated.objectives.length / 3);
  const cycleOf = (i: number) => Math.floor(i / third);
  const shift = CYCLES.map((c) => dayNumber(c.start) - dayNumber(CYCLES[0]?.start as string));
  const teams = Array.from({ length: 50 }, (_, t) => ({
    id: `team-${t}`,
    kind: 'team' as const,
    name: `Team ${t}`,
    parent: 'org',
  }));
  const persons = Array.from({ length: 1000 }, (_, p) => ({
    id: `person-${p}`,
    kind: 'person' as const,
    name: `Person ${p}`,
    parent: `team-${p % 50}`,
  }));
  const objectives = generated.objectives.map((o, i) => {
    const c = cycleOf(i);
    const days = shift[c] as number;
    const parentIndex = o.parent === undefined ? -1 : Number(o.parent.slice(1));
    const { parent, alignment, ...rest } = o;
    return {
      ...rest,
      ...(parentIndex >= 0 && cycleOf(parentIndex) === c ? { parent, alignment } : {}),
      owner: `person-${i % 1000}`,
      cycle: CYCLES[c]?.id as string,
      ...(i % 4 === 0 ? { ambition: 'aspirational' as const } : {}),
      keyResults: o.keyResults.map((k) => ({
        ...k,
        checkIns: k.checkIns.map((ci) => ({ ...ci, at: isoDateOfDay(dayNumber(ci.at) + days) })),
      })),
    };
  });
  return parseDocument({
    version: 1,
    cycles: CYCLES,
    owners: [{ id: 'org', kind: 'org', name: 'Org' }, ...teams, ...persons],
    objectives,
  });
}

describe('analytics, 100,000 key results in 3 cycles, 1,000 people (as of mid-Q3)', () => {
  const document = organisation();
  const keyResults = document.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  if (keyResults !== 100_000) throw new Error(`expected 100,000 key results, generated ${keyResults}`);
  const scorer = createScorer(document, { asOf: ASOF });
  /** What a program-health page shows: each cycle's figures, and calibration over the closed cycles. */
  const programHealth = (shared: typeof scorer | undefined) => {
    const options = shared === undefined ? {} : { scorer: () => shared };
    for (const cycle of CYCLES) {
      checkInRate(document, { cycle: cycle.id, asOf: ASOF });
      alignmentCoverage(document, { cycle: cycle.id });
      outcomeDistribution(document, { cycle: cycle.id, asOf: ASOF, ...options });
    }
    confidenceCalibration(document, { asOf: ASOF, ...options });
  };
  bench(
    'program health: checkInRate, alignmentCoverage, outcomeDistribution × 3 cycles + confidenceCalibration, with the host’s scorer',
    () => {
      programHealth(scorer);
    },
  );
  bench('program health, building the scorer (createScorer included)', () => {
    programHealth(undefined);
  });
  bench('checkInRate × 3 cycles', () => {
    for (const cycle of CYCLES) checkInRate(document, { cycle: cycle.id, asOf: ASOF });
  });
  bench('alignmentCoverage × 3 cycles', () => {
    for (const cycle of CYCLES) alignmentCoverage(document, { cycle: cycle.id });
  });
  bench('outcomeDistribution × 3 cycles, with the host’s scorer', () => {
    for (const cycle of CYCLES) outcomeDistribution(document, { cycle: cycle.id, asOf: ASOF, scorer: () => scorer });
  });
  bench('confidenceCalibration (66,668 closed key results, τ = 0.25, 0.5, 0.75), with the host’s scorer', () => {
    confidenceCalibration(document, { asOf: ASOF, scorer: () => scorer });
  });
  bench('calibratedForecast for one team (20 people), with the host’s scorer', () => {
    calibratedForecast(document, { ownerId: 'team-7', asOf: ASOF, scorer: () => scorer });
  });
  bench('calibratedForecast for the whole organisation (all 100,000), with the host’s scorer', () => {
    calibratedForecast(document, { ownerId: 'org', asOf: ASOF, scorer: () => scorer });
  });
  bench('goalQualityTrend, 3 cycles (lintDocument over all 25,000 objectives)', () => {
    goalQualityTrend(document);
  });
});
