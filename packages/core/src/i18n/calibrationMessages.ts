import { localized } from './registry.js';

/** The calibration chart's words. Numbers arrive formatted ("72 %", "0.23"). */
export interface CalibrationMessages {
  readonly heading: string;
  /** The fraction switch's legend, and each choice ("25 % through"). */
  readonly fractionLegend: string;
  readonly fraction: (percent: string) => string;
  /** An aggregate over too few people: why there are no figures. */
  readonly hidden: (groupSize: number, k: number) => string;
  /** No closed key result had a confidence by then. */
  readonly empty: string;
  /** What the figures rest on. */
  readonly basis: (p: { keyResults: number; cycles: number; without: number }) => string;
  readonly brier: (score: string) => string;
  readonly skill: (score: string, better: boolean, rate: string) => string;
  readonly noSkill: string;
  /** "Stated 72 %, achieved 55 %: over-confident by 17 points". */
  readonly over: (stated: string, achieved: string, points: number) => string;
  readonly under: (stated: string, achieved: string, points: number) => string;
  readonly calibrated: (stated: string, achieved: string, points: number) => string;
  /** The chart's accessible name. */
  readonly chartLabel: string;
  readonly axisX: string;
  readonly axisY: string;
  readonly diagonal: string;
  /** The table of bins: caption and column headings. */
  readonly table: string;
  readonly columns: {
    readonly bin: string;
    readonly count: string;
    readonly stated: string;
    readonly achieved: string;
  };
  /** A bin's range ("70 – 80 %"). */
  readonly range: (lower: string, upper: string) => string;
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

const en: CalibrationMessages = {
  heading: 'Confidence calibration',
  fractionLegend: 'Confidence stated',
  fraction: (percent) => `${percent} through the cycle`,
  hidden: (groupSize, k) =>
    `Hidden: counts ${groupSize} ${groupSize === 1 ? 'person' : 'people'}; figures are shown for groups of ${k} or more`,
  empty: 'No closed key result had a stated confidence by then.',
  basis: ({ keyResults, cycles, without }) =>
    `${keyResults} closed key ${keyResults === 1 ? 'result' : 'results'} from ${cycles} ${cycles === 1 ? 'cycle' : 'cycles'}${
      without ? `; ${without} without a confidence by then left out` : ''
    }`,
  brier: (score) => `Brier score ${score} (0 is perfect; always saying 50 % scores 0.25)`,
  skill: (score, better, rate) =>
    `Skill score ${score}: ${better ? 'better' : 'worse'} than always saying the overall rate of ${rate}`,
  noSkill: 'No skill score: every key result had the same outcome',
  over: (stated, achieved, n) => `Stated ${stated}, achieved ${achieved}: over-confident by ${points(n)}`,
  under: (stated, achieved, n) => `Stated ${stated}, achieved ${achieved}: under-confident by ${points(n)}`,
  calibrated: (stated, achieved, n) =>
    `Stated ${stated}, achieved ${achieved}: well calibrated (${n === 0 ? 'spot on' : `${points(n)} apart`})`,
  chartLabel: 'Reliability diagram: stated confidence against how often key results were achieved',
  axisX: 'Stated confidence',
  axisY: 'Achieved',
  diagonal: 'Perfect calibration',
  table: 'Stated confidence and what was achieved',
  columns: { bin: 'Stated confidence', count: 'Key results', stated: 'Mean stated', achieved: 'Achieved' },
  range: (lower, upper) => `${lower} – ${upper}`,
};

/** The calibration catalog for a BCP 47 locale; English when there is none for its language. */
export const getCalibrationMessages = (locale = 'en'): CalibrationMessages => localized('calibration', en, locale);
