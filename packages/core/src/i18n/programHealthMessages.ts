import { localized } from './registry.js';

/** The program health widget's words. Numbers arrive formatted ("62 %", "4"). */
export interface ProgramHealthMessages {
  /** The heading, with the cycle's name when it is known. */
  readonly heading: (cycle: string | undefined) => string;
  /** "As of Feb 15, 2026". */
  readonly asOf: (day: string) => string;
  /** The sections' headings. */
  readonly sections: {
    readonly checkIns: string;
    readonly alignment: string;
    readonly quality: string;
    readonly outcomes: string;
  };
  /** An aggregate over too few people: why there are no figures. */
  readonly hidden: (groupSize: number, k: number) => string;
  /** A figure that cannot be computed (nothing to count). */
  readonly noData: string;
  readonly checkInRate: string;
  readonly checkInRateDetail: (checkedIn: number, active: number) => string;
  readonly medianDays: string;
  readonly days: (days: string, count: number) => string;
  readonly onTimeRate: string;
  readonly onTimeDetail: (onTime: number, due: number) => string;
  readonly coverage: string;
  readonly coverageDetail: (aligned: number, objectives: number) => string;
  readonly orphans: string;
  /** The heading of the list of objectives without a parent. */
  readonly orphanList: string;
  readonly meanSmartScore: string;
  readonly smartScore: (score: string) => string;
  readonly approvedWithoutErrors: string;
  readonly approvedDetail: (clean: number, approved: number) => string;
  readonly achieved: string;
  readonly achievedDetail: (achieved: number, objectives: number) => string;
  /** The cycle is still running: standings, not outcomes. */
  readonly running: string;
  /** The label of the key results' grade bands. */
  readonly bands: string;
  readonly band: { readonly green: string; readonly yellow: string; readonly red: string };
  /** The trend table's caption and column headings. */
  readonly trend: string;
  readonly trendColumns: {
    readonly cycle: string;
    readonly checkInRate: string;
    readonly coverage: string;
    readonly smart: string;
    readonly achieved: string;
  };
  /** A trend cell whose figure is hidden or missing. */
  readonly trendHidden: string;
  /** Nothing to show for this cycle and scope. */
  readonly empty: string;
  /** An objective named by id whose title was not given. */
  readonly objectiveId: (id: string) => string;
}

const en: ProgramHealthMessages = {
  heading: (cycle) => (cycle ? `Program health: ${cycle}` : 'Program health'),
  asOf: (day) => `As of ${day}`,
  sections: { checkIns: 'Check-ins', alignment: 'Alignment', quality: 'Goal quality', outcomes: 'Outcomes' },
  hidden: (groupSize, k) =>
    `Hidden: counts ${groupSize} ${groupSize === 1 ? 'person' : 'people'}; figures are shown for groups of ${k} or more`,
  noData: 'no data',
  checkInRate: 'Check-in rate',
  checkInRateDetail: (checkedIn, active) =>
    `${checkedIn} of ${active} active key ${active === 1 ? 'result' : 'results'} checked in within their cadence`,
  medianDays: 'Median time since the last check-in',
  days: (days, count) => `${days} ${count === 1 ? 'day' : 'days'}`,
  onTimeRate: 'On time',
  onTimeDetail: (onTime, due) => `${onTime} of ${due} check-ins due were on time`,
  coverage: 'Alignment coverage',
  coverageDetail: (aligned, objectives) =>
    `${aligned} of ${objectives} ${objectives === 1 ? 'objective contributes' : 'objectives contribute'} to a parent`,
  orphans: 'Objectives without a parent',
  orphanList: 'Not aligned',
  meanSmartScore: 'Mean SMART score',
  smartScore: (score) => `${score} of 100`,
  approvedWithoutErrors: 'Approved without lint errors',
  approvedDetail: (clean, approved) =>
    `${clean} of ${approved} approved ${approved === 1 ? 'objective' : 'objectives'}`,
  achieved: 'Objectives achieved',
  achievedDetail: (achieved, objectives) => `${achieved} of ${objectives}`,
  running: 'The cycle is still running: these are standings, not outcomes.',
  bands: 'Key results by grade',
  band: { green: 'green (0.7 or more)', yellow: 'yellow (0.4 to 0.6)', red: 'red (below 0.4)' },
  trend: 'Trend over cycles',
  trendColumns: {
    cycle: 'Cycle',
    checkInRate: 'Check-in rate',
    coverage: 'Alignment',
    smart: 'SMART score',
    achieved: 'Achieved',
  },
  trendHidden: 'hidden',
  empty: 'No goals in this cycle and scope yet.',
  objectiveId: (id) => `Objective ${id}`,
};

/** The program health catalog for a BCP 47 locale; English when there is none for its language. */
export const getProgramHealthMessages = (locale = 'en'): ProgramHealthMessages =>
  localized('programHealth', en, locale);
