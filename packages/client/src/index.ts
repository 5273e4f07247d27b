// The contract's types; its values (routes, schemas) are in `@goalkit/client/contract`.
export type { FieldProblem } from './contract/issuesToProblems.js';
export type { Route, RouteName, Routes } from './contract/routes.js';
export type {
  AlignmentCandidate,
  ApprovalItem,
  CheckIn,
  CheckInCreate,
  CheckInResult,
  Comment,
  CommentCreate,
  Cycle,
  Duplicate,
  Grade,
  KeyResult,
  KeyResultCreate,
  KeyResultPatch,
  LintReport,
  LiveEvent,
  LiveEventType,
  ManualStatus,
  Objective,
  ObjectiveCreate,
  ObjectivePatch,
  ObjectiveState,
  Owner,
  Page,
  Person,
  Problem,
  Revision,
  Score,
  Status,
  Transition,
  TransitionAction,
  TreeNode,
} from './contract/schemas.js';
export {
  type AlignmentCandidateParams,
  type CallOptions,
  type ClientOptions,
  createClient,
  type GoalkitClient,
  type ObjectiveListParams,
  type RetryOptions,
  type TreeParams,
  type VersionedCallOptions,
  type WriteCallOptions,
} from './createClient.js';
export {
  AbortError,
  ConflictError,
  GoalkitClientError,
  HttpError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
} from './errors.js';
export { createLiveEventStream, type LiveEventParser } from './live.js';
export { createLiveEvents, type LiveEvents, type LiveEventsOptions, type LiveEventsState } from './liveEvents.js';
export {
  applyLiveEvent,
  type CheckInVariables,
  editorSaveRequest,
  goalkitKeys,
  goalkitMutations,
  goalkitQueries,
  type OptimisticSnapshot,
  type SaveObjectiveVariables,
} from './query.js';
export { createSseParser, type SseEvent } from './sseParser.js';
