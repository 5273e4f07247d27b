/** Where a goal stands against the pace its cycle asks for. */
export type Status = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'achieved';

/** Every status, in order from not begun to done. */
export const STATUSES: readonly Status[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];

/** How sure the owner is of reaching the target, from the latest check-in's confidence. */
export type ConfidenceBand = 'low' | 'medium' | 'high';

/** How the grade of a closed cycle reads at a glance (Google style). */
export type GradeBand = 'green' | 'yellow' | 'red';

/** The score of a closed cycle: progress rounded to 0.1, and its band. */
export interface Grade {
  /** Progress rounded to the nearest 0.1. */
  score: number;
  /** `green` from 0.7, `yellow` from 0.4, `red` below. */
  band: GradeBand;
}

/** Where a key result is heading: the least-squares line through its check-ins, at the cycle's end. */
export interface Forecast {
  /** The projected value at the cycle's end. */
  value: number;
  /** The progress that value would mean, clamped to [0, 1]. */
  progress: number;
}

/** How far behind the expected progress a goal may fall before its status changes. */
export interface StatusThresholds {
  /**
   * Largest gap (expected − progress) that is still `on-track`.
   * @default 0.1
   */
  onTrack: number;
  /**
   * Largest gap that is `at-risk`; anything larger is `off-track`.
   * @default 0.25
   */
  atRisk: number;
}

/** The default {@link StatusThresholds}. */
export const DEFAULT_THRESHOLDS: Readonly<StatusThresholds> = Object.freeze({ onTrack: 0.1, atRisk: 0.25 });

/** Options shared by every scoring entry point. */
export interface ScoringOptions {
  /**
   * Evaluate as of this UTC calendar day (`YYYY-MM-DD` or a `Date`): only check-ins at or before it count.
   * @default today (UTC)
   */
  asOf?: string | Date;
  /**
   * Status thresholds; missing values take the defaults.
   * @default DEFAULT_THRESHOLDS
   */
  thresholds?: Partial<StatusThresholds>;
}

/** The scores of one key result. */
export interface KeyResultScore {
  /** The key result's id. */
  id: string;
  /** Progress in [0, 1]. */
  progress: number;
  /** Progress before clamping, for display such as "125%". */
  raw: number;
  /** Where progress should be by now, in [0, 1]. */
  expected: number;
  /** Status against the expected progress. */
  status: Status;
  /** `false` when there is no check-in, no `current` and nothing else to score. */
  hasData: boolean;
  /** The current value (latest check-in, else `current`), or `null` when there is none. */
  value: number | null;
  /** The latest check-in's confidence in [0, 1], or `null`. */
  confidence: number | null;
  /** The confidence band, or `null` without a confidence. */
  confidenceBand: ConfidenceBand | null;
  /** Least-squares forecast at the cycle's end; `null` with fewer than two check-ins, or when the projection is not a finite number. */
  forecast: Forecast | null;
}

/** The scores of one objective. */
export interface ObjectiveScore {
  /** The objective's id. */
  id: string;
  /** Weighted progress in [0, 1]. */
  progress: number;
  /** Where progress should be by now (linear over the objective's cycle), in [0, 1]. */
  expected: number;
  /** Status against the expected progress, or the weakest key result's with `statusFrom: weakest`. */
  status: Status;
  /** `false` when nothing counted in the roll-up has data. */
  hasData: boolean;
  /** The Google-style grade of the progress. */
  grade: Grade;
  /** The scores of its key results, in document order. */
  keyResults: KeyResultScore[];
}

/** Every objective's scores as of one day. */
export interface DocumentScore {
  /** The day evaluated, `YYYY-MM-DD`. */
  asOf: string;
  /** Every objective, in document order. */
  objectives: ObjectiveScore[];
}

/** One item of an objective's roll-up and what it adds to the objective's progress. */
export interface Contribution {
  /** Whether the item is a key result or an aligned objective. */
  kind: 'key-result' | 'objective';
  /** The item's id. */
  id: string;
  /** The item's title. */
  title: string;
  /** The item's progress in [0, 1]. */
  progress: number;
  /** The item's weight (default 1). */
  weight: number;
  /** weight / Σ counted weights; 0 when not counted. */
  share: number;
  /** share × progress: what this item adds to the objective's progress. */
  contribution: number;
  /** `false` for weight-0 items and `supports` children, which are shown but not counted. */
  counted: boolean;
  /** For an objective, its own contributions. */
  items: Contribution[];
}

/** Why an objective has its progress: the tree of contributions and readable lines. */
export interface Explanation {
  /** The objective's id. */
  id: string;
  /** The objective's title. */
  title: string;
  /** The objective's progress; the contributions of `items` sum to it (within 1e-9). */
  progress: number;
  /** The counted and uncounted items of the roll-up. */
  items: Contribution[];
  /** The tree as lines of text, such as "Activation 47% × 2/3 = 31%", indented two spaces per level. */
  lines: string[];
}
