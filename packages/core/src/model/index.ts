export { MAGNITUDE_MESSAGE, MAX_MAGNITUDE } from './bounds.js';
export type {
  BooleanCheckIn,
  CheckIn,
  ConfidenceCheckIn,
  Cycle,
  DraftKeyResult,
  DraftObjective,
  GoalkitDocument,
  GoalkitDraft,
  KeyResult,
  KeyResultType,
  Milestone,
  NumericCheckIn,
  Objective,
  Owner,
  PhasedTarget,
} from './documentSchema.js';
export {
  documentSchema,
  draftDocumentSchema,
  draftObjectiveSchema,
  KEY_RESULT_TYPES,
  normalizeIsoDate,
} from './documentSchema.js';
export { formatPath, GoalkitValidationError, type ValidationProblem } from './goalkitValidationError.js';
export { findDocumentProblems, type ParseDocumentOptions, type ParseMode, parseDocument } from './parseDocument.js';
