export { type FieldProblem, issuesToProblems } from './contract/issuesToProblems.js';
export { EVENTS_PATH, type Route, type RouteName, type Routes, routes } from './contract/routes.js';
export * from './contract/schemas.js';
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
