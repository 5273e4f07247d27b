export { dayNumber, isoDateOfDay } from './dayNumber.js';
export { confidenceBand, grade } from './grade.js';
export { createScorer, Scorer, scoreDocument } from './scorer.js';
export {
  type ConfidenceBand,
  type Contribution,
  DEFAULT_THRESHOLDS,
  type DocumentScore,
  type Explanation,
  type Forecast,
  type Grade,
  type GradeBand,
  type KeyResultScore,
  type ObjectiveScore,
  type ScoringOptions,
  STATUSES,
  type Status,
  type StatusThresholds,
} from './types.js';
