import * as z from 'zod/mini';
import type { Endpoint } from './route.js';
import {
  alignmentCandidateSchema,
  analyticsSchema,
  approvalItemSchema,
  cadencePolicySchema,
  cadencePolicySetSchema,
  checkInCreateSchema,
  checkInResultSchema,
  checkInSchema,
  commentCreateSchema,
  commentSchema,
  cycleSchema,
  digestSchema,
  dueCheckInSchema,
  duplicateSchema,
  importRequestSchema,
  importResultSchema,
  keyResultCreateSchema,
  keyResultPatchSchema,
  keyResultSchema,
  keyResultSyncResultSchema,
  keyResultValuePutSchema,
  keyResultValueResultSchema,
  lintReportSchema,
  listOf,
  noNul,
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
  webhookCreatedSchema,
  webhookCreateSchema,
  webhookDeliverySchema,
  webhookRotateSchema,
  webhookSchema,
} from './schemas.js';

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

export type { Endpoint };

const define = <const T extends Record<string, Endpoint>>(endpoints: T): T => endpoints;

/**
 * Every route of the contract as the client needs it: method, path, inputs and replies. The words
 * about each route (its summary and tag, read by the OpenAPI document) are in `routeDocs`, so a
 * bundle with the client alone does not carry them; `routes` joins the two.
 */
export const endpoints = define({
  me: { method: 'GET', path: '/me', response: personSchema },
  listCycles: { method: 'GET', path: '/cycles', response: listOf(cycleSchema) },
  listOwners: {
    method: 'GET',
    path: '/owners',
    query: z.object({ kind: z.optional(ownerKindSchema), q: z.optional(z.string().check(noNul())) }),
    response: listOf(ownerSchema),
  },
  listObjectives: {
    method: 'GET',
    path: '/objectives',
    query: z.object({
      cycle: z.optional(z.string().check(noNul())),
      owner: z.optional(z.string().check(noNul())),
      parent: z.optional(z.string().check(noNul())),
      status: z.optional(statusSchema),
      state: z.optional(objectiveStateSchema),
      q: z.optional(z.string().check(noNul())),
      cursor: z.optional(z.string().check(noNul())),
      limit,
    }),
    response: pageOf(objectiveSchema),
  },
  createObjective: {
    method: 'POST',
    path: '/objectives',
    body: objectiveCreateSchema,
    response: objectiveSchema,
    status: 201,
    etag: true,
  },
  getObjective: {
    method: 'GET',
    path: '/objectives/{id}',
    response: objectiveSchema,
    etag: true,
  },
  updateObjective: {
    method: 'PATCH',
    path: '/objectives/{id}',
    body: objectivePatchSchema,
    response: objectiveSchema,
    ifMatch: true,
    etag: true,
  },
  deleteObjective: {
    method: 'DELETE',
    path: '/objectives/{id}',
    status: 204,
    ifMatch: true,
  },
  transitionObjective: {
    method: 'POST',
    path: '/objectives/{id}/transitions',
    body: transitionSchema,
    response: objectiveSchema,
    etag: true,
  },
  duplicateObjective: {
    method: 'POST',
    path: '/objectives/{id}/duplicate',
    body: duplicateSchema,
    response: objectiveSchema,
    status: 201,
    etag: true,
  },
  createKeyResult: {
    method: 'POST',
    path: '/objectives/{id}/key-results',
    body: keyResultCreateSchema,
    response: keyResultSchema,
    status: 201,
    etag: true,
  },
  updateKeyResult: {
    method: 'PATCH',
    path: '/key-results/{id}',
    body: keyResultPatchSchema,
    response: keyResultSchema,
    ifMatch: true,
    etag: true,
  },
  deleteKeyResult: {
    method: 'DELETE',
    path: '/key-results/{id}',
    status: 204,
    ifMatch: true,
  },
  listCheckIns: {
    method: 'GET',
    path: '/key-results/{id}/check-ins',
    response: listOf(checkInSchema),
  },
  createCheckIn: {
    method: 'POST',
    path: '/key-results/{id}/check-ins',
    body: checkInCreateSchema,
    response: checkInResultSchema,
    status: 201,
  },
  putKeyResultValue: {
    method: 'PUT',
    path: '/key-results/{id}/values/{date}',
    body: keyResultValuePutSchema,
    response: keyResultValueResultSchema,
  },
  getAnalytics: {
    method: 'GET',
    path: '/analytics',
    query: z.object({
      cycle: z.string().check(z.minLength(1), noNul()),
      owner: z.optional(z.string().check(z.minLength(1), noNul())),
      /** Comma-separated `analyticsMetricSchema` values; all when left out. */
      metrics: z.optional(
        z
          .string()
          .check(
            z.regex(
              /^(checkIns|alignment|quality|outcomes|calibration|forecast)(,(checkIns|alignment|quality|outcomes|calibration|forecast))*$/,
              'must be a comma-separated list of checkIns, alignment, quality, outcomes, calibration, forecast',
            ),
          ),
      ),
    }),
    response: analyticsSchema,
  },
  importGoals: {
    method: 'POST',
    path: '/imports',
    query: z.object({ dryRun: z.optional(z.enum(['true', 'false'])) }),
    body: importRequestSchema,
    response: importResultSchema,
  },
  syncKeyResult: {
    method: 'POST',
    path: '/key-results/{id}/sync',
    response: keyResultSyncResultSchema,
  },
  listComments: {
    method: 'GET',
    path: '/objectives/{id}/comments',
    response: listOf(commentSchema),
  },
  createComment: {
    method: 'POST',
    path: '/objectives/{id}/comments',
    body: commentCreateSchema,
    response: commentSchema,
    status: 201,
  },
  getHistory: {
    method: 'GET',
    path: '/objectives/{id}/history',
    response: listOf(revisionSchema),
  },
  getTree: {
    method: 'GET',
    path: '/tree',
    query: z.object({
      cycle: z.optional(z.string().check(noNul())),
      root: z.optional(z.string().check(noNul())),
      depth,
    }),
    response: z.object({ nodes: z.array(treeNodeSchema) }),
  },
  getLint: {
    method: 'GET',
    path: '/objectives/{id}/lint',
    response: lintReportSchema,
  },
  listApprovals: {
    method: 'GET',
    path: '/approvals',
    response: listOf(approvalItemSchema),
  },
  listAlignmentCandidates: {
    method: 'GET',
    path: '/alignment-candidates',
    query: z.object({
      owner: z.string().check(z.minLength(1), noNul()),
      cycle: z.string().check(z.minLength(1), noNul()),
      /** The objective being edited: it and the goals aligned below it cannot be its parent. */
      exclude: z.optional(z.string().check(noNul())),
      q: z.optional(z.string().check(noNul())),
    }),
    response: listOf(alignmentCandidateSchema),
  },
  listCadencePolicies: {
    method: 'GET',
    path: '/cadence-policies',
    response: listOf(cadencePolicySchema),
  },
  setCadencePolicy: {
    method: 'PUT',
    path: '/cadence-policies/{id}',
    body: cadencePolicySetSchema,
    response: cadencePolicySchema,
  },
  deleteCadencePolicy: {
    method: 'DELETE',
    path: '/cadence-policies/{id}',
    status: 204,
  },
  listDueCheckIns: {
    method: 'GET',
    path: '/check-ins/due',
    query: z.object({ person: z.optional(z.string().check(z.minLength(1), noNul())) }),
    response: z.object({ asOf: z.string(), items: z.array(dueCheckInSchema) }),
  },
  getDigest: {
    method: 'GET',
    path: '/digest',
    query: z.object({
      owner: z.optional(z.string().check(z.minLength(1), noNul())),
      from: z.optional(z.iso.date()),
      to: z.optional(z.iso.date()),
    }),
    response: digestSchema,
  },
  createWebhook: {
    method: 'POST',
    path: '/webhooks',
    body: webhookCreateSchema,
    status: 201,
    response: webhookCreatedSchema,
  },
  listWebhooks: {
    method: 'GET',
    path: '/webhooks',
    response: listOf(webhookSchema),
  },
  deleteWebhook: {
    method: 'DELETE',
    path: '/webhooks/{id}',
    status: 204,
  },
  rotateWebhookSecret: {
    method: 'POST',
    path: '/webhooks/{id}/rotate-secret',
    body: webhookRotateSchema,
    response: webhookCreatedSchema,
  },
  listWebhookDeliveries: {
    method: 'GET',
    path: '/webhooks/{id}/deliveries',
    response: listOf(webhookDeliverySchema),
  },
});
