import type { Analytics } from '@goalkit/client';

type Calibration = NonNullable<Analytics['calibration']>;

const trend = [
  {
    cycleId: 'q3-2025',
    cycleName: 'Q3 2025',
    checkInRate: 0.58,
    alignmentCoverage: 0.71,
    meanSmartScore: 61,
    objectivesAchievedShare: 0.35,
  },
  {
    cycleId: 'q4-2025',
    cycleName: 'Q4 2025',
    checkInRate: 0.69,
    alignmentCoverage: 0.8,
    meanSmartScore: 68,
    objectivesAchievedShare: 0.42,
  },
  {
    cycleId: 'q1-2026',
    cycleName: 'Q1 2026',
    checkInRate: 0.83,
    alignmentCoverage: 0.87,
    meanSmartScore: 74.4,
    objectivesAchievedShare: 0.4,
  },
];

/** The whole organisation in Q1 2026, six weeks in: check-ins, alignment, quality and outcomes improving. */
export const healthyProgram = (): Analytics => ({
  cycleId: 'q1-2026',
  ownerId: null,
  k: 5,
  asOf: '2026-02-15',
  checkIns: {
    hidden: false,
    cycleId: 'q1-2026',
    day: '2026-02-15',
    neverCheckedIn: 3,
    activeKeyResults: 46,
    checkedIn: 38,
    rate: 38 / 46,
    medianDaysSinceLastCheckIn: 4,
    dueWindows: 120,
    onTimeWindows: 97,
    onTimeRate: 97 / 120,
  },
  alignment: {
    hidden: false,
    cycleId: 'q1-2026',
    objectives: 15,
    aligned: 13,
    coverage: 13 / 15,
    orphans: ['o7', 'o12'],
  },
  quality: trend.map((row, index) => ({
    cycleId: row.cycleId,
    cycleName: row.cycleName,
    quality: {
      hidden: false as const,
      objectives: 14 + index,
      meanSmartScore: row.meanSmartScore,
      approved: 12 + index,
      approvedWithoutErrors: 10 + index * 2,
      approvedWithoutErrorsShare: (10 + index * 2) / (12 + index),
    },
  })),
  outcomes: {
    hidden: false,
    cycleId: 'q1-2026',
    closed: false,
    objectives: 15,
    objectivesByBand: { green: 6, yellow: 6, red: 3 },
    keyResultsAchieved: 17,
    objectivesAchieved: 6,
    objectivesAchievedShare: 0.4,
    keyResults: 46,
    keyResultsByBand: { green: 21, yellow: 17, red: 8 },
  },
  trend,
});

/** The titles of the two objectives without a parent. */
export const orphanTitles = () => [
  { id: 'o7', title: 'Tidy up the partner wiki' },
  { id: 'o12', title: 'Run a hack week' },
];

const hidden = (groupSize: number) => ({
  hidden: true as const,
  reason: `counts ${groupSize} people; figures are shown for groups of 5 or more`,
  groupSize,
  k: 5,
});

/** A team of three: check-ins and outcomes are about people, so they are hidden; alignment is shown. */
export const smallTeamProgram = (): Analytics => ({
  ...healthyProgram(),
  checkIns: hidden(3),
  outcomes: hidden(3),
  quality: [{ cycleId: 'q1-2026', cycleName: 'Q1 2026', quality: hidden(3) }],
  trend: trend.map((row) => ({ ...row, checkInRate: null, meanSmartScore: null, objectivesAchievedShare: null })),
});

const bins = (rows: readonly (readonly [number, number, number])[]) =>
  Array.from({ length: 10 }, (_, index) => {
    const row = rows.find((r) => Math.floor(r[0] * 10 + 1e-9) === index);
    return {
      lower: index / 10,
      upper: (index + 1) / 10,
      count: row ? row[2] : 0,
      meanConfidence: row ? row[0] : null,
      observedRate: row ? row[1] : null,
    };
  });

const atFraction = (
  fraction: number,
  rows: readonly (readonly [number, number, number])[],
  figures: { brier: number; skill: number; meanConfidence: number; observedRate: number },
) => {
  const count = rows.reduce((sum, r) => sum + r[2], 0);
  return {
    fraction,
    withConfidence: count,
    withoutConfidence: 4,
    calibration: {
      count,
      reliability: 0,
      resolution: 0,
      uncertainty: figures.observedRate * (1 - figures.observedRate),
      withinBinVariance: 0,
      withinBinCovariance: 0,
      overconfidence: figures.meanConfidence - figures.observedRate,
      ...figures,
      bins: bins(rows),
    },
  };
};

/** The sales team over three closed cycles: they said 72 % and achieved 55 %. */
export const overConfident = (): Calibration => ({
  hidden: false,
  cycles: ['q2-2025', 'q3-2025', 'q4-2025'],
  keyResults: 64,
  achieved: 35,
  atFractions: [
    atFraction(
      0.25,
      [
        [0.55, 0.5, 6],
        [0.75, 0.55, 22],
        [0.85, 0.6, 24],
        [0.95, 0.62, 8],
      ],
      { brier: 0.27, skill: -0.09, meanConfidence: 0.8, observedRate: 0.58 },
    ),
    atFraction(
      0.5,
      [
        [0.35, 0.3, 5],
        [0.55, 0.45, 12],
        [0.75, 0.55, 21],
        [0.85, 0.62, 16],
        [0.95, 0.7, 6],
      ],
      { brier: 0.24, skill: 0.03, meanConfidence: 0.72, observedRate: 0.55 },
    ),
    atFraction(
      0.75,
      [
        [0.15, 0.1, 8],
        [0.45, 0.35, 10],
        [0.75, 0.6, 18],
        [0.95, 0.8, 24],
      ],
      { brier: 0.17, skill: 0.31, meanConfidence: 0.66, observedRate: 0.57 },
    ),
  ],
});

/** The platform team: what they said came true about as often. */
export const wellCalibrated = (): Calibration => ({
  hidden: false,
  cycles: ['q2-2025', 'q3-2025', 'q4-2025'],
  keyResults: 58,
  achieved: 34,
  atFractions: [0.25, 0.5, 0.75].map((fraction) =>
    atFraction(
      fraction,
      [
        [0.15, 0.12, 6],
        [0.35, 0.37, 9],
        [0.55, 0.53, 14],
        [0.75, 0.76, 17],
        [0.92, 0.9, 8],
      ],
      { brier: 0.16 - fraction * 0.04, skill: 0.32 + fraction * 0.1, meanConfidence: 0.6, observedRate: 0.59 },
    ),
  ),
});

/** A team of four: calibration is about people, so it is hidden. */
export const hiddenCalibration = (): Calibration => hidden(4);
