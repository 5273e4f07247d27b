/**
 * The goalkit API contract as values: the route table, the zod schemas of every body, query and reply,
 * the lifecycle table and the mapping of zod issues to problem details. For those who implement or check
 * the contract (a backend, a conformance run, a fake); `@goalkit/client` itself answers with typed data
 * and exports only the types.
 *
 * @module
 */

export * from './assist.js';
export * from './competencies.js';
export * from './conversations.js';
export { type FieldProblem, issuesToProblems } from './issuesToProblems.js';
export { toLintReport } from './lintReport.js';
export { EVENTS_PATH, type Route, type RouteName, type Routes, routes } from './routes.js';
export * from './schemas.js';
