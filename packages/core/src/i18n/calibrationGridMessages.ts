import { localized } from './registry.js';

/** A level of either axis of the nine-box grid (core's `NineBoxLevel`). */
type Level = 'low' | 'moderate' | 'high';

/** The calibration grid's words. Boxes arrive named ("high potential, low performance"), scores formatted ("0.82"). */
export interface CalibrationGridMessages {
  readonly heading: string;
  /** The grid's accessible name, and its axes. */
  readonly gridLabel: string;
  readonly potential: string;
  readonly performance: string;
  /** A level on an axis, as a column or row label ("High"). */
  readonly level: Readonly<Record<Level, string>>;
  /** A box, by its two levels: "High potential, low performance". */
  readonly box: (potential: Level, performance: Level) => string;
  /** How many people a box holds. */
  readonly count: (n: number) => string;
  /** A person's final score in words ("final score 0.82"), or that there is none yet. */
  readonly score: (score: string | null) => string;
  /** Marks a person moved by calibration; `moved` says from where, by whom and why. */
  readonly adjusted: string;
  readonly moved: (from: string, actor: string, reason: string) => string;
  /** How to move someone, beside an editable grid. */
  readonly hint: string;
  /** Why the grid is read-only, by the cycle's stage. */
  readonly readOnly: (stage: string) => string;
  /** Announced when a person is picked up. */
  readonly moving: (name: string) => string;
  /** Announced as the target box changes. */
  readonly target: (name: string, box: string) => string;
  /** Enter on the box they are in already. */
  readonly sameBox: (name: string) => string;
  readonly cancelled: (name: string) => string;
  /** The button in each other box while someone is picked up (its name ends with the box). */
  readonly moveHere: string;
  readonly moveHereLabel: (box: string) => string;
  /** The reason dialog. */
  readonly dialogTitle: (name: string) => string;
  readonly fromTo: (from: string, to: string) => string;
  readonly reasonLabel: string;
  readonly reasonHint: string;
  readonly reasonRequired: string;
  readonly confirm: string;
  readonly cancel: string;
  /** A person whose move is being saved. */
  readonly saving: string;
  readonly placed: (name: string, box: string) => string;
  readonly failed: (name: string, box: string, why: string) => string;
  /** When the server gave no reason for a failure. */
  readonly noAnswer: string;
  /** People without a placement, listed apart. */
  readonly unplaced: string;
  readonly empty: string;
  /** The table alternative: caption, column headings and its words for nothing. */
  readonly table: string;
  readonly columns: {
    readonly person: string;
    readonly score: string;
    readonly computed: string;
    readonly placement: string;
    readonly adjustment: string;
  };
  readonly notComputed: string;
  readonly notPlaced: string;
  readonly noAdjustment: string;
}

const LEVEL: Record<Level, string> = { low: 'low', moderate: 'moderate', high: 'high' };
const STAGE: Record<string, string> = {
  draft: 'is a draft',
  collecting: 'is still collecting reviews',
  calibrating: 'is calibrating',
  sharing: 'has been shared',
  closed: 'is closed',
};
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const en: CalibrationGridMessages = {
  heading: 'Calibration',
  gridLabel: 'Nine-box grid: potential against performance',
  potential: 'Potential',
  performance: 'Performance',
  level: { low: 'Low', moderate: 'Moderate', high: 'High' },
  box: (potential, performance) => capital(`${LEVEL[potential]} potential, ${LEVEL[performance]} performance`),
  count: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  score: (score) => (score === null ? 'no final score yet' : `final score ${score}`),
  adjusted: 'moved',
  moved: (from, actor, reason) => `Moved from ${from} by ${actor}: ${reason}`,
  hint: 'To move someone, pick them (Enter or Space, or drag them), choose a box with the arrow keys, and give a reason.',
  readOnly: (stage) =>
    `Read-only: the cycle ${STAGE[stage] ?? `is ${stage}`}; people are moved while it is calibrating.`,
  moving: (name) => `Moving ${name}: use arrow keys to choose a box, Enter to place, Escape to cancel`,
  target: (name, box) => `${name} to ${box}`,
  sameBox: (name) => `${name} is in this box already: choose another box, or Escape to cancel`,
  cancelled: (name) => `${name} not moved`,
  moveHere: 'Move here',
  moveHereLabel: (box) => `Move here: ${box}`,
  dialogTitle: (name) => `Move ${name}`,
  fromTo: (from, to) => `From ${from} to ${to}`,
  reasonLabel: 'Reason (required)',
  reasonHint: 'The other calibrators see it with the move.',
  reasonRequired: 'Write a reason: a move needs one.',
  confirm: 'Move',
  cancel: 'Cancel',
  saving: 'Saving…',
  placed: (name, box) => `${name} moved to ${box}`,
  failed: (name, box, why) => `${name} could not be moved and stays in ${box}: ${why}`,
  noAnswer: 'the server did not answer',
  unplaced: 'Not placed: no manager review yet',
  empty: 'No one to calibrate in this cycle yet.',
  table: 'Placements as a table',
  columns: {
    person: 'Person',
    score: 'Final score',
    computed: 'Computed box',
    placement: 'Placement',
    adjustment: 'Last adjustment',
  },
  notComputed: 'Not computed',
  notPlaced: 'Not placed',
  noAdjustment: 'None',
};

/** The calibration grid catalog for a BCP 47 locale; English when there is none for its language. */
export const getCalibrationGridMessages = (locale = 'en'): CalibrationGridMessages =>
  localized('calibrationGrid', en, locale);
