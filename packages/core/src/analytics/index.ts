export { type AlignmentCoverage, type AlignmentCoverageOptions, alignmentCoverage } from './alignmentCoverage.js';
export {
  type BrierDecomposition,
  binOf,
  brierDecomposition,
  brierScore,
  type ReliabilityBin,
} from './brierScore.js';
export {
  type CalibratedForecast,
  type CalibratedForecastOptions,
  type CalibratedKeyResult,
  type CalibrationEvidence,
  calibratedForecast,
  DEFAULT_MIN_HISTORY,
} from './calibratedForecast.js';
export {
  CADENCE_WINDOW_DAYS,
  type Cadence,
  type CheckInRate,
  type CheckInRateOptions,
  checkInRate,
} from './checkInRate.js';
export {
  type CalibrationAtFraction,
  type ConfidenceCalibration,
  type ConfidenceCalibrationOptions,
  confidenceCalibration,
} from './confidenceCalibration.js';
export {
  type GoalQuality,
  type GoalQualityPoint,
  type GoalQualityTrendOptions,
  goalQualityTrend,
} from './goalQualityTrend.js';
export { fitIsotonic, type IsotonicFit, isotonicRegression } from './isotonic.js';
export {
  type OutcomeDistribution,
  type OutcomeDistributionOptions,
  outcomeDistribution,
} from './outcomeDistribution.js';
export { DEFAULT_K, type Guarded, type Hidden, kAnonymous } from './privacy.js';
export {
  figureOf,
  type ProgramHealth,
  type ProgramHealthOptions,
  type ProgramTrendRow,
  programHealth,
  trendRow,
} from './programHealth.js';
export {
  type AnalyticsScope,
  type AnalyticsScoring,
  achievementThreshold,
} from './shared.js';
