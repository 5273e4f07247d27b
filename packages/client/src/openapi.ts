import { draftObjectiveSchema } from '@goalkit/core/model';
import * as z from 'zod/mini';
import { assistRefusalSchema } from './contract/assist.js';
import { EVENTS_PATH, type Route, routes } from './contract/routes.js';
import * as schemas from './contract/schemas.js';

const named: Record<string, z.ZodMiniType> = {
  Score: schemas.scoreSchema,
  Grade: schemas.gradeSchema,
  Person: schemas.personSchema,
  Cycle: schemas.cycleSchema,
  Owner: schemas.ownerSchema,
  Milestone: schemas.milestoneSchema,
  KeyResult: schemas.keyResultSchema,
  KeyResultCreate: schemas.keyResultCreateSchema,
  KeyResultPatch: schemas.keyResultPatchSchema,
  Objective: schemas.objectiveSchema,
  ObjectiveCreate: schemas.objectiveCreateSchema,
  ObjectivePatch: schemas.objectivePatchSchema,
  Transition: schemas.transitionSchema,
  CheckIn: schemas.checkInSchema,
  CheckInCreate: schemas.checkInCreateSchema,
  CheckInResult: schemas.checkInResultSchema,
  Comment: schemas.commentSchema,
  CommentCreate: schemas.commentCreateSchema,
  Revision: schemas.revisionSchema,
  TreeNode: schemas.treeNodeSchema,
  LintReport: schemas.lintReportSchema,
  Problem: schemas.problemSchema,
  DraftObjective: draftObjectiveSchema,
  AssistRefusal: assistRefusalSchema,
};

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type Json = Record<string, unknown>;

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The OpenAPI 3.1 document of the goalkit contract, generated from the same zod definitions the
 * client and the reference server use. `packages/client/openapi.json` is this, committed.
 */
export function buildOpenApiDocument(): Json {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<z.ZodMiniType, string>();
  const register = (schema: z.ZodMiniType, id: string) => {
    if (ids.has(schema)) return ids.get(schema) as string;
    registry.add(schema, { id });
    ids.set(schema, id);
    return id;
  };
  for (const [id, schema] of Object.entries(named)) register(schema, id);
  for (const [name, route] of Object.entries(routes) as [string, Route][]) {
    if (route.body) register(route.body, `${pascal(name)}Body`);
    if (route.response) register(route.response, `${pascal(name)}Response`);
  }
  const components = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    io: 'output',
  }).schemas as Record<string, Json>;
  for (const schema of Object.values(components)) {
    delete schema.$schema;
    delete schema.$id;
  }

  const paths: Record<string, Record<string, Json>> = {};
  for (const [name, route] of Object.entries(routes) as [string, Route][]) {
    const parameters: Json[] = [];
    for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
      parameters.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
    }
    if (route.query) {
      for (const [key, field] of Object.entries(route.query.def.shape) as [string, z.ZodMiniType][]) {
        const schema = z.toJSONSchema(field, { unrepresentable: 'any', io: 'input' }) as Json;
        delete schema.$schema;
        parameters.push({ name: key, in: 'query', required: false, schema: queryParamSchema(key, schema) });
      }
    }
    if (route.ifMatch) {
      parameters.push({
        name: 'If-Match',
        in: 'header',
        required: true,
        description:
          'The ETag (quoted version) of the resource as the person saw it, a comma-separated list of them, or `*` (any version). Compared strongly (RFC 9110 §13.1.1): a weak tag (`W/"7"`) never matches. 428 without it, 412 when no tag matches.',
        schema: { type: 'string' },
      });
    }
    if (route.method !== 'GET') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'A unique key per logical request, reused on retries: a replay returns the stored response; the same key with a different body is 422; a key whose first request is still running is 409.',
        schema: { type: 'string', maxLength: 200 },
      });
    }
    const status = String(route.status ?? 200);
    const success: Json = { description: route.status === 204 ? 'Done' : 'OK' };
    if (route.response) {
      success.content = { 'application/json': { schema: { $ref: `#/components/schemas/${ids.get(route.response)}` } } };
    }
    const headers: Json = {};
    if (route.etag) headers.ETag = { description: 'The resource version, quoted', schema: { type: 'string' } };
    if (route.status === 201)
      headers.Location = {
        description:
          'What was created, relative to the request URL: `objectives/{id}`, `../../key-results/{id}`; a check-in or comment, which has no URL of its own, is its list with its id as the fragment (`check-ins#{id}`).',
        schema: { type: 'string' },
      };
    if (Object.keys(headers).length > 0) success.headers = headers;
    const responses: Json = {
      [status]: success,
      '400': problemResponse('The request is malformed; `errors` lists each field'),
      '401': problemResponse('No valid bearer token'),
      '429': problemResponse(
        'Too many requests from this token, or too many failed sign-ins from this address; `Retry-After` says when to try again',
      ),
      default: problemResponse('An error, as RFC 9457 problem details'),
    };
    if (route.path.includes('{id}')) responses['404'] = problemResponse('Not found, or not visible to the caller');
    if (route.method !== 'GET') {
      responses['403'] = problemResponse('The caller may not do this');
      responses['409'] = problemResponse('A conflict: an illegal transition, or the idempotency key is in use');
      responses['422'] = problemResponse(
        'The body fails validation, or the idempotency key was used with another body',
      );
    }
    if (route.ifMatch) {
      responses['412'] = problemResponse(
        'The resource changed since the given version; `currentVersion` says what it is now',
      );
      responses['428'] = problemResponse('If-Match is required');
    }
    const operation: Json = {
      operationId: name,
      summary: route.summary,
      tags: [route.tag],
      security: [{ bearer: [] }],
      responses,
    };
    if (parameters.length > 0) operation.parameters = parameters;
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${ids.get(route.body)}` } } },
      };
    }
    const path = paths[route.path] ?? {};
    path[route.method.toLowerCase()] = operation;
    paths[route.path] = path;
  }
  const eventData = z.toJSONSchema(schemas.liveEventSchema) as Json;
  delete eventData.$schema;
  paths[EVENTS_PATH] = {
    get: {
      operationId: 'events',
      summary:
        'Server-Sent Events: objective.updated, key-result.updated, check-in.created, comment.created, each with ids and the new version. Resume with Last-Event-ID.',
      tags: ['events'],
      security: [{ bearer: [] }],
      parameters: [{ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'An event stream; each event has `id`, `event` (the type) and `data` (a LiveEvent as JSON).',
          content: {
            'text/event-stream': {
              schema: { type: 'string' },
              'x-event-data': eventData,
            },
          },
        },
        '401': problemResponse('No valid bearer token'),
        '429': problemResponse('Too many streams open for this token; `Retry-After` says when to try again'),
      },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'goalkit API',
      version: '1.0.0',
      description:
        'The REST contract behind goalkit widgets: objectives, key results, check-ins, feedback, history and the alignment tree, with scores computed by the goalkit engine. Implement it on your own backend and check it with `goalkit conformance`.\n\n' +
        "Rules every implementation keeps: a goal the caller may not see answers 404 exactly as a missing one, on every route that names it (key results and check-ins included), and as 422 at `parentId` when aligned to; a hidden parent is `parentId: null`. A child counts in its parent's roll-up only when `active` or `closed`, and public (or private with the same owner as a private parent), so progress is the same for every viewer; the `weight` it carries there is set by those who may edit the parent (anyone else: 403 at `weight`). Numbers sent are finite and within ±1e15; numbers served are finite.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/goalkit', description: 'Relative to the host page; configurable' }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'people', description: 'The signed-in person and the people, teams and departments goals belong to' },
      { name: 'cycles', description: 'Goal-setting periods' },
      { name: 'objectives', description: 'Objectives, their lifecycle, history, lint and the alignment tree' },
      { name: 'key-results', description: 'Measurable results of an objective' },
      { name: 'check-ins', description: 'Progress updates with confidence and notes' },
      { name: 'feedback', description: 'Comments and kudos' },
      { name: 'events', description: 'Live updates' },
    ],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: components,
    },
  };
}

function queryParamSchema(key: string, schema: Json): Json {
  if (key === 'limit') return { type: 'integer', minimum: 1, maximum: 200, default: 50 };
  if (key === 'depth') return { type: 'integer', minimum: 0, maximum: 50 };
  return schema;
}
