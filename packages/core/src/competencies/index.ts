export { type AssessedLevel, type AssessedLevelsOptions, assessedLevels } from './assessedLevels.js';
export { type CompetencyGap, competencyGaps } from './competencyGaps.js';
export {
  type Assessment,
  type AssessmentSource,
  assessmentSchema,
  type Competency,
  type CompetencyRef,
  type CompetencyScale,
  type Expectation,
  type Framework,
  frameworkSchema,
  type Placement,
  placementSchema,
  type Track,
  type TrackLevel,
} from './competencySchemas.js';
export { findFrameworkProblems } from './findCompetencyProblems.js';
export {
  type DevelopmentGoalLike,
  type PlanCoverage,
  type PlanCoverageOptions,
  planCoverage,
} from './planCoverage.js';
export { type ReadinessOptions, readiness } from './readiness.js';
export { findTrackLevel, type LevelOnTrack, placementTarget } from './trackLevels.js';
