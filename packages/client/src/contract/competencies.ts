import { frameworkSchema as coreFrameworkSchema } from '@goalkit/core/competencies';
import * as z from 'zod/mini';
import { bounded, day, finite, id, noNul, timestamp, unitInterval, version } from './fields.js';
import type { Endpoint } from './route.js';
import { listOf, objectiveStateSchema } from './schemas.js';

/**
 * Competencies (issue 26): frameworks (a scale, competencies, career tracks whose levels expect them), a
 * person's placement on a track, their assessments (self and manager ratings, standalone or as review
 * answers), and what core computes from them: the gap per competency, readiness for a level and how much
 * of the gaps a development plan covers. The formulas are core's (`@goalkit/core/competencies`); a backend
 * only gathers their inputs.
 *
 * Kept apart from the goal routes (`endpoints`) so that a bundle without competencies does not carry these
 * schemas: `@goalkit/client/competencies` reads them, `routes` joins them in.
 */

/** The same competency framework as the document format's (core's `frameworkSchema`): what an admin sends. */
export const frameworkCreateSchema = coreFrameworkSchema;

const { id: _frameworkId, ...frameworkFields } = coreFrameworkSchema.shape;

/** `PUT /frameworks/{id}`: the whole framework again, without its id (the path names it). */
export const frameworkPutSchema = z.strictObject(frameworkFields);

/** A framework as the API serves it: the document format's, with its version and when it last changed. */
export const frameworkSchema = z.object({
  ...coreFrameworkSchema.shape,
  version,
  updatedAt: timestamp,
});

export const assessmentSourceSchema = z.enum(['self', 'manager']);

/** One rating of one competency of one person. */
export const assessmentSchema = z.object({
  id,
  personId: id,
  competencyId: id,
  /** The level assessed, on the framework's scale. */
  level: finite,
  /** `self` when the person rated themself, `manager` when someone in their manager chain did. */
  source: assessmentSourceSchema,
  assessorId: id,
  assessorName: z.string(),
  /** When it was given. */
  at: timestamp,
  /** The review it was an answer of, or `null` for a standalone assessment. */
  reviewId: z.nullable(id),
  note: z.nullable(z.string()),
});

/**
 * `POST /people/{id}/assessments`: a standalone rating. Its source follows from who sends it: the person
 * themself rates as `self`, someone in their manager chain as `manager`; nobody else writes one.
 */
export const assessmentCreateSchema = z.object({
  competencyId: id,
  /** On the scale of the framework the competency belongs to. */
  level: bounded,
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000), noNul())),
  /** When the rating was given (a conversation last week, say); not in the future. @default now */
  at: z.optional(timestamp),
});

/** Where a person stands on a career track, and the level they work towards. */
export const placementSchema = z.object({
  personId: id,
  frameworkId: id,
  trackId: id,
  levelId: id,
  targetLevelId: z.nullable(id),
  updatedById: id,
  updatedAt: timestamp,
});

/** `PUT /people/{id}/placement` (admins and the person's manager chain). */
export const placementPutSchema = z.object({
  trackId: id,
  levelId: id,
  /** The level worked towards, on the same track; `null` or absent for none. */
  targetLevelId: z.optional(z.nullable(id)),
});

/** A level of a track, named. */
export const trackLevelRefSchema = z.object({ frameworkId: id, trackId: id, levelId: id, name: z.string() });

/** What a level expects of a competency, and the gap to it: `max(0, expected − assessed)`. */
const expectationGapSchema = z.object({
  expected: finite,
  /** An unassessed competency counts as the scale's minimum. */
  gap: finite,
  text: z.optional(z.string()),
});

/** The assessed level of a competency: the latest manager rating, else the latest self rating (`flagged`). */
export const assessedLevelSchema = z.object({
  level: finite,
  source: assessmentSourceSchema,
  /** `true` when it is the person's own rating, which no manager has confirmed. */
  flagged: z.boolean(),
  at: timestamp,
  assessmentId: id,
});

/** `GET /people/{id}/competencies`: the person's competencies against their current and target level. */
export const competencyProfileSchema = z.object({
  personId: id,
  /** The instant the assessments were read up to, as asked (`null`: now). */
  asOf: z.nullable(z.string()),
  placement: z.nullable(placementSchema),
  /** The placement's framework (`null` without a placement). */
  framework: z.nullable(z.object({ id, name: z.string(), scale: coreFrameworkSchema.shape.scale })),
  current: z.nullable(trackLevelRefSchema),
  target: z.nullable(trackLevelRefSchema),
  competencies: z.array(
    z.object({
      competencyId: id,
      theme: z.string(),
      description: z.optional(z.string()),
      /** `null` when nobody has assessed it (as of `asOf`). */
      assessed: z.nullable(assessedLevelSchema),
      /** Against the current level; `null` when that level does not expect it. */
      current: z.nullable(expectationGapSchema),
      /** Against the target level; `null` when that level does not expect it. */
      target: z.nullable(expectationGapSchema),
    }),
  ),
  /** Σ w·min(1, assessed/expected) / Σ w over what each level expects; `null` without such a level. */
  readiness: z.object({ current: z.nullable(unitInterval), target: z.nullable(unitInterval) }),
});

/** A development goal working on a gap. */
export const developmentGoalRefSchema = z.object({ id, title: z.string(), state: objectiveStateSchema });

/** `GET /people/{id}/gaps`: the gaps against a level, and the development goals covering each. */
export const competencyGapsSchema = z.object({
  personId: id,
  target: trackLevelRefSchema,
  gaps: z.array(
    z.object({
      competencyId: id,
      theme: z.string(),
      expected: finite,
      /** `null` when nobody has assessed it: it counts as the scale's minimum. */
      assessed: z.nullable(finite),
      source: z.nullable(assessmentSourceSchema),
      flagged: z.boolean(),
      gap: finite,
      text: z.optional(z.string()),
      /** The person's development goals (not closed) naming the competency. */
      goals: z.array(developmentGoalRefSchema),
    }),
  ),
  readiness: z.nullable(unitInterval),
  /** Gaps with a development goal ÷ all gaps (`value` is `null` without gaps). */
  coverage: z.object({
    value: z.nullable(unitInterval),
    gaps: z.array(id),
    covered: z.array(id),
    uncovered: z.array(id),
  }),
});

// ---------------------------------------------------------------------------------------------- routes

const define = <const T extends Record<string, Endpoint>>(endpoints: T): T => endpoints;

/** The competency routes, as the client sends and reads them. */
export const competencyEndpoints = define({
  listFrameworks: { method: 'GET', path: '/frameworks', response: listOf(frameworkSchema) },
  createFramework: {
    method: 'POST',
    path: '/frameworks',
    body: frameworkCreateSchema,
    response: frameworkSchema,
    status: 201,
    etag: true,
  },
  getFramework: { method: 'GET', path: '/frameworks/{id}', response: frameworkSchema, etag: true },
  updateFramework: {
    method: 'PUT',
    path: '/frameworks/{id}',
    body: frameworkPutSchema,
    response: frameworkSchema,
    ifMatch: true,
    etag: true,
  },
  getCompetencies: {
    method: 'GET',
    path: '/people/{id}/competencies',
    query: z.object({
      /** Read the assessments given up to this instant, or this day (its end, UTC). @default now */
      asOf: z.optional(z.union([day, timestamp])),
    }),
    response: competencyProfileSchema,
  },
  listAssessments: { method: 'GET', path: '/people/{id}/assessments', response: listOf(assessmentSchema) },
  createAssessment: {
    method: 'POST',
    path: '/people/{id}/assessments',
    body: assessmentCreateSchema,
    response: assessmentSchema,
    status: 201,
  },
  getGaps: {
    method: 'GET',
    path: '/people/{id}/gaps',
    query: z.object({
      /** A level of the placement's track. @default the placement's target level, else its current level */
      target: z.optional(id),
    }),
    response: competencyGapsSchema,
  },
  setPlacement: { method: 'PUT', path: '/people/{id}/placement', body: placementPutSchema, response: placementSchema },
});

export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkCreate = z.input<typeof frameworkCreateSchema>;
export type FrameworkPut = z.input<typeof frameworkPutSchema>;
export type AssessmentSource = z.infer<typeof assessmentSourceSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentCreate = z.input<typeof assessmentCreateSchema>;
export type Placement = z.infer<typeof placementSchema>;
export type PlacementPut = z.input<typeof placementPutSchema>;
export type TrackLevelRef = z.infer<typeof trackLevelRefSchema>;
export type AssessedLevel = z.infer<typeof assessedLevelSchema>;
export type CompetencyProfile = z.infer<typeof competencyProfileSchema>;
export type CompetencyGaps = z.infer<typeof competencyGapsSchema>;
export type DevelopmentGoalRef = z.infer<typeof developmentGoalRefSchema>;
