import * as z from 'zod/mini';
import {
  checkInCreateSchema,
  checkInResultSchema,
  checkInSchema,
  commentCreateSchema,
  commentSchema,
  cycleSchema,
  keyResultCreateSchema,
  keyResultPatchSchema,
  keyResultSchema,
  lintReportSchema,
  listOf,
  objectiveCreateSchema,
  objectivePatchSchema,
  objectiveSchema,
  objectiveStateSchema,
  ownerKindSchema,
  ownerSchema,
  pageOf,
  personSchema,
  revisionSchema,
  statusSchema,
  transitionSchema,
  treeNodeSchema,
} from './schemas.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One operation of the goalkit REST contract. The client, the server and the OpenAPI document all read it. */
export interface Route {
  readonly method: Method;
  /** Path template under the base URL, with `{id}` parameters. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success body; `undefined` for 204. */
  readonly response?: z.ZodMiniType;
  /** @default 200 */
  readonly status?: 200 | 201 | 204;
  /** PATCH and DELETE on versioned resources: `If-Match` is required (428 without, 412 when stale). */
  readonly ifMatch?: boolean;
  /** The response carries an `ETag` with the resource's version. */
  readonly etag?: boolean;
}

const limit = z.optional(
  z
    .pipe(
      z.union([z.string(), z.number()]),
      z.transform((v) => Number(v)),
    )
    .check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 200, 'must be a whole number from 1 to 200')),
);
const depth = z.optional(
  z
    .pipe(
      z.union([z.string(), z.number()]),
      z.transform((v) => Number(v)),
    )
    .check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 50, 'must be a whole number from 0 to 50')),
);

const define = <const T extends Record<string, Route>>(routes: T): T => routes;

/** The goalkit REST contract: every route, its inputs and its replies. */
export const routes = define({
  me: { method: 'GET', path: '/me', summary: 'The signed-in person', tag: 'people', response: personSchema },
  listCycles: { method: 'GET', path: '/cycles', summary: 'All cycles', tag: 'cycles', response: listOf(cycleSchema) },
  listOwners: {
    method: 'GET',
    path: '/owners',
    summary: 'People, teams, departments and the org',
    tag: 'people',
    query: z.object({ kind: z.optional(ownerKindSchema), q: z.optional(z.string()) }),
    response: listOf(ownerSchema),
  },
  listObjectives: {
    method: 'GET',
    path: '/objectives',
    summary: 'Objectives the caller may see, a page at a time (cursor pagination, stable under inserts)',
    tag: 'objectives',
    query: z.object({
      cycle: z.optional(z.string()),
      owner: z.optional(z.string()),
      parent: z.optional(z.string()),
      status: z.optional(statusSchema),
      state: z.optional(objectiveStateSchema),
      q: z.optional(z.string()),
      cursor: z.optional(z.string()),
      limit,
    }),
    response: pageOf(objectiveSchema),
  },
  createObjective: {
    method: 'POST',
    path: '/objectives',
    summary: 'Create an objective (as a draft), optionally with key results',
    tag: 'objectives',
    body: objectiveCreateSchema,
    response: objectiveSchema,
    status: 201,
    etag: true,
  },
  getObjective: {
    method: 'GET',
    path: '/objectives/{id}',
    summary: 'One objective with its key results and score',
    tag: 'objectives',
    response: objectiveSchema,
    etag: true,
  },
  updateObjective: {
    method: 'PATCH',
    path: '/objectives/{id}',
    summary: 'Change an objective (If-Match required)',
    tag: 'objectives',
    body: objectivePatchSchema,
    response: objectiveSchema,
    ifMatch: true,
    etag: true,
  },
  deleteObjective: {
    method: 'DELETE',
    path: '/objectives/{id}',
    summary: 'Delete an objective (If-Match required)',
    tag: 'objectives',
    status: 204,
    ifMatch: true,
  },
  transitionObjective: {
    method: 'POST',
    path: '/objectives/{id}/transitions',
    summary: 'Move an objective through its lifecycle: propose, approve, return (with a comment), close, reopen',
    tag: 'objectives',
    body: transitionSchema,
    response: objectiveSchema,
    etag: true,
  },
  createKeyResult: {
    method: 'POST',
    path: '/objectives/{id}/key-results',
    summary: 'Add a key result to an objective',
    tag: 'key-results',
    body: keyResultCreateSchema,
    response: keyResultSchema,
    status: 201,
    etag: true,
  },
  updateKeyResult: {
    method: 'PATCH',
    path: '/key-results/{id}',
    summary: 'Change a key result (If-Match required)',
    tag: 'key-results',
    body: keyResultPatchSchema,
    response: keyResultSchema,
    ifMatch: true,
    etag: true,
  },
  deleteKeyResult: {
    method: 'DELETE',
    path: '/key-results/{id}',
    summary: 'Delete a key result (If-Match required)',
    tag: 'key-results',
    status: 204,
    ifMatch: true,
  },
  listCheckIns: {
    method: 'GET',
    path: '/key-results/{id}/check-ins',
    summary: "A key result's check-ins, oldest first",
    tag: 'check-ins',
    response: listOf(checkInSchema),
  },
  createCheckIn: {
    method: 'POST',
    path: '/key-results/{id}/check-ins',
    summary: 'Record a check-in; replies with the new key result and objective',
    tag: 'check-ins',
    body: checkInCreateSchema,
    response: checkInResultSchema,
    status: 201,
  },
  listComments: {
    method: 'GET',
    path: '/objectives/{id}/comments',
    summary: 'Comments and kudos on an objective, oldest first',
    tag: 'feedback',
    response: listOf(commentSchema),
  },
  createComment: {
    method: 'POST',
    path: '/objectives/{id}/comments',
    summary: 'Post a comment or kudos (plain text)',
    tag: 'feedback',
    body: commentCreateSchema,
    response: commentSchema,
    status: 201,
  },
  getHistory: {
    method: 'GET',
    path: '/objectives/{id}/history',
    summary: 'Every revision of the objective and its key results',
    tag: 'objectives',
    response: listOf(revisionSchema),
  },
  getTree: {
    method: 'GET',
    path: '/tree',
    summary: 'The alignment tree with scores, depth-first',
    tag: 'objectives',
    query: z.object({ cycle: z.optional(z.string()), root: z.optional(z.string()), depth }),
    response: z.object({ nodes: z.array(treeNodeSchema) }),
  },
  getLint: {
    method: 'GET',
    path: '/objectives/{id}/lint',
    summary: "The SMART linter's report for one objective in its document context",
    tag: 'objectives',
    response: lintReportSchema,
  },
});

export type Routes = typeof routes;
export type RouteName = keyof Routes;

/** The path of the Server-Sent Events stream (`objective.updated`, `key-result.updated`, `check-in.created`, `comment.created`). */
export const EVENTS_PATH = '/events';
