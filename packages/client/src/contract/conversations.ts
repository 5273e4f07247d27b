import * as z from 'zod/mini';
import { day, finite, id, noNul, timestamp, unitInterval, version } from './fields.js';
import type { Endpoint } from './route.js';
import { listOf, objectiveStateSchema, statusSchema } from './schemas.js';

/**
 * Performance conversations: 1:1s (a series of meetings between people, with talking points, notes and
 * action items) and review cycles (self, manager, peer and upward reviews grounded in the reviewee's
 * goals as they stood on a day, calibrated on a nine-box and shared). Plain text everywhere.
 *
 * Kept apart from the goal routes (`endpoints`) so that a bundle that never holds a conversation does
 * not carry these schemas: `@goalkit/client/conversations` reads them, `routes` joins them in.
 */

/** Text a person writes in a conversation: plain text, trimmed, never empty. */
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noNul());
/** Notes may be emptied. */
const notes = z.string().check(z.maxLength(20_000), noNul());
const personRef = z.object({ id, name: z.string() });

// ---------------------------------------------------------------------------------------------- 1:1s

export const meetingCadenceSchema = z.enum(['weekly', 'biweekly', 'monthly']);
export const meetingStateSchema = z.enum(['upcoming', 'held', 'skipped']);
export const talkingPointVisibilitySchema = z.enum(['shared', 'private']);

/** A recurring 1:1 between two people (a manager and a report, usually). */
export const meetingSeriesSchema = z.object({
  id,
  participants: z.array(personRef),
  cadence: meetingCadenceSchema,
  /** Talking points every new meeting of the series starts with (shared, recurring). */
  agendaTemplate: z.array(z.string()),
  createdById: id,
  createdAt: timestamp,
  /** The next meeting not yet held or skipped, or `null`. */
  nextMeetingId: z.nullable(id),
});

export const meetingSeriesCreateSchema = z.object({
  /** The other participant; the caller is the first. Someone the caller manages, or who manages them (admins: anyone). */
  withPersonId: id,
  cadence: meetingCadenceSchema,
  agendaTemplate: z.optional(z.array(text(500)).check(z.maxLength(20))),
  /** When the first meeting is. */
  firstAt: timestamp,
});

/** A talking point, as the caller may see it: shared ones, and the caller's own private ones. */
export const talkingPointSchema = z.object({
  id,
  meetingId: id,
  authorId: id,
  authorName: z.string(),
  text: z.string(),
  visibility: talkingPointVisibilitySchema,
  done: z.boolean(),
  /** Carried to every meeting, done or not. */
  recurring: z.boolean(),
  /** The talking point it was carried over from (the first of the chain), or `null`. */
  carriedFrom: z.nullable(id),
  links: z.object({ objectiveIds: z.array(id), keyResultIds: z.array(id) }),
  createdAt: timestamp,
  version,
});

const linksInput = z.object({
  objectiveIds: z.optional(z.array(id).check(z.maxLength(20))),
  keyResultIds: z.optional(z.array(id).check(z.maxLength(20))),
});

export const talkingPointCreateSchema = z.object({
  text: text(2000),
  /** @default 'shared' */
  visibility: z.optional(talkingPointVisibilitySchema),
  recurring: z.optional(z.boolean()),
  links: z.optional(linksInput),
});

/** Either participant ticks a shared point off; only its author changes its words, visibility or links. */
export const talkingPointPatchSchema = z.object({
  text: z.optional(text(2000)),
  visibility: z.optional(talkingPointVisibilitySchema),
  done: z.optional(z.boolean()),
  recurring: z.optional(z.boolean()),
  links: z.optional(linksInput),
});

export const actionItemSchema = z.object({
  id,
  meetingId: id,
  text: z.string(),
  ownerId: id,
  ownerName: z.string(),
  due: z.nullable(day),
  doneAt: z.nullable(timestamp),
  createdById: id,
  createdAt: timestamp,
  version,
});

export const actionItemCreateSchema = z.object({
  text: text(1000),
  /** One of the meeting's participants. */
  ownerId: id,
  due: z.optional(z.nullable(day)),
});

export const actionItemPatchSchema = z.object({
  text: z.optional(text(1000)),
  ownerId: z.optional(id),
  due: z.optional(z.nullable(day)),
  done: z.optional(z.boolean()),
});

/** A goal of a participant worth talking about, with its numbers (never a private goal the caller may not see). */
export const talkingPointSuggestionSchema = z.object({
  kind: z.enum(['off-track', 'at-risk', 'stale', 'returned']),
  ownerId: id,
  objectiveId: id,
  keyResultId: z.optional(id),
  title: z.string(),
  progress: z.optional(unitInterval),
  expected: z.optional(z.nullable(unitInterval)),
  daysSinceCheckIn: z.optional(z.nullable(z.int())),
  comment: z.optional(z.string()),
  /** The suggestion in English words, with its numbers (widgets word it from the fields in their locale). */
  text: z.string(),
});

/** One meeting of a series, as the caller sees it. */
export const meetingSchema = z.object({
  id,
  seriesId: id,
  participants: z.array(personRef),
  at: timestamp,
  state: meetingStateSchema,
  sharedNotes: z.string(),
  /** The caller's own private notes: nobody else's ever comes back. */
  privateNotes: z.string(),
  talkingPoints: z.array(talkingPointSchema),
  actionItems: z.array(actionItemSchema),
  /** Open action items of earlier meetings of the series. */
  openActionItems: z.array(actionItemSchema),
  suggestions: z.array(talkingPointSuggestionSchema),
  previousMeetingId: z.nullable(id),
  nextMeetingId: z.nullable(id),
  version,
});

/** A meeting in a list: no notes, no points. */
export const meetingSummarySchema = z.object({
  id,
  seriesId: id,
  participants: z.array(personRef),
  at: timestamp,
  state: meetingStateSchema,
  openTalkingPoints: z.int().check(z.gte(0)),
});

export const meetingCreateSchema = z.object({ seriesId: id, at: timestamp });

export const meetingPatchSchema = z.object({
  at: z.optional(timestamp),
  state: z.optional(meetingStateSchema),
  sharedNotes: z.optional(notes),
  /** The caller's own private notes. */
  privateNotes: z.optional(notes),
});

// ------------------------------------------------------------------------------------- review cycles

export const reviewKindSchema = z.enum(['self', 'manager', 'peer', 'upward']);
export const reviewCycleStageSchema = z.enum(['draft', 'collecting', 'calibrating', 'sharing', 'closed']);
export const reviewStatusSchema = z.enum(['draft', 'submitted', 'shared', 'acknowledged']);
export const reviewComponentSchema = z.enum(['goals', 'self', 'manager', 'peer', 'upward']);
export const nineBoxLevelSchema = z.enum(['low', 'moderate', 'high']);

export const reviewStepSchema = z.object({
  kind: reviewKindSchema,
  opensAt: day,
  dueAt: day,
  /** Responses are shown only as aggregates, never with who wrote them. */
  anonymous: z.boolean(),
  /** Fewer responses than this and the aggregate is hidden. */
  minResponses: z.int().check(z.gte(1), z.lte(50)),
});

export const ratingScaleSchema = z.object({ min: z.int(), max: z.int() });

export const reviewQuestionSchema = z.object({
  id,
  text: text(1000),
  type: z.enum(['rating', 'text']),
  /** The kinds of review that ask it. */
  kinds: z.array(reviewKindSchema).check(z.minLength(1)),
  /** Ratings only. @default { min: 1, max: 5 } */
  scale: z.optional(ratingScaleSchema),
  /** What a rating measures: performance (the score) or potential (the nine-box's other axis). @default 'performance' */
  measures: z.optional(z.enum(['performance', 'potential'])),
  /**
   * Ratings only: the competency it rates. A self or manager review's rating of it becomes an assessment
   * of the reviewee when the review is submitted.
   */
  competencyId: z.optional(id),
});

/** Σ wₖ·sₖ / Σ wₖ over the components present; each weight ≥ 0. */
export const scoreFormulaSchema = z.object({
  weights: z.partialRecord(reviewComponentSchema, z.number().check(z.gte(0), z.lte(100))),
});

export const reviewCycleSchema = z.object({
  id,
  name: z.string(),
  period: z.object({ start: day, end: day }),
  stage: reviewCycleStageSchema,
  steps: z.array(reviewStepSchema),
  questions: z.array(reviewQuestionSchema),
  scoreFormula: scoreFormulaSchema,
  /** The reviewees' goals are shown and scored as they stood at this moment. */
  goalSnapshotAt: timestamp,
  participantIds: z.array(id),
  createdAt: timestamp,
  version,
});

export const reviewCycleCreateSchema = z.object({
  name: text(200),
  period: z.object({ start: day, end: day }),
  steps: z.array(reviewStepSchema).check(z.minLength(1), z.maxLength(4)),
  questions: z.array(reviewQuestionSchema).check(z.minLength(1), z.maxLength(50)),
  scoreFormula: z.optional(scoreFormulaSchema),
  goalSnapshotAt: timestamp,
  participantIds: z.array(id).check(z.minLength(1), z.maxLength(5000)),
});

export const reviewCycleTransitionSchema = z.object({
  action: z.enum(['open', 'calibrate', 'share', 'close']),
});

/** The cycle's stages in order, and the action that moves a cycle from each to the next (admins). */
export const reviewCycleTransitions = {
  open: { from: 'draft', to: 'collecting' },
  calibrate: { from: 'collecting', to: 'calibrating' },
  share: { from: 'calibrating', to: 'sharing' },
  close: { from: 'sharing', to: 'closed' },
} as const satisfies Record<
  z.infer<typeof reviewCycleTransitionSchema>['action'],
  { from: z.infer<typeof reviewCycleStageSchema>; to: z.infer<typeof reviewCycleStageSchema> }
>;

export const reviewAnswerSchema = z.object({
  questionId: id,
  rating: z.optional(z.nullable(z.int())),
  text: z.optional(z.nullable(z.string().check(z.maxLength(10_000), noNul()))),
  /** The objective the answer is about, for a question on one goal. */
  objectiveId: z.optional(z.nullable(id)),
  /**
   * The competency a rating is about (a question rating each competency in turn); else the question's. A
   * self or manager review's rating about a competency becomes an assessment when the review is submitted.
   */
  competencyId: z.optional(z.nullable(id)),
});

/** One item of an evidence objective's roll-up, flattened depth first (`depth` 0 for the objective's own items). */
export const evidenceContributionSchema = z.object({
  kind: z.enum(['key-result', 'objective']),
  /** `null` for an aligned goal the caller may not see. */
  id: z.nullable(id),
  /** `null` for an aligned goal the caller may not see. */
  title: z.nullable(z.string()),
  depth: z.int().check(z.minimum(0)),
  progress: unitInterval,
  weight: finite,
  /** weight ÷ Σ counted weights at its level; 0 when not counted. */
  share: unitInterval,
  /** share × progress: what it adds to its parent's progress. */
  contribution: unitInterval,
  /** `false` for weight-0 items and `supports` children, shown but not counted. */
  counted: z.boolean(),
});

/** A goal of the reviewee as it stood at `goalSnapshotAt`. */
export const reviewEvidenceSchema = z.object({
  snapshotAt: timestamp,
  objectives: z.array(
    z.object({
      id,
      title: z.string(),
      state: objectiveStateSchema,
      weight: finite,
      progress: unitInterval,
      status: statusSchema,
      /** Its grade: the one given at close, else its progress at the snapshot, graded. */
      grade: z.object({ score: unitInterval, band: z.enum(['green', 'yellow', 'red']), final: z.boolean() }),
      keyResults: z.array(z.object({ id, title: z.string(), progress: unitInterval, status: statusSchema })),
      /**
       * Why its progress is what it is at the snapshot: the roll-up's items depth first (key results and
       * aligned objectives, each with its share of the counted weight and what it adds), as core's
       * `Scorer.explain` gives them. An aligned goal the caller may not see has `id` and `title` `null` and
       * none of its own items. Optional: a backend without it leaves the widget showing grades only.
       */
      explanation: z.optional(z.array(evidenceContributionSchema).check(z.maxLength(10_000))),
    }),
  ),
  /** Σ weight·grade / Σ weight over those objectives, or `null` with none. */
  goalScore: z.nullable(unitInterval),
});

export const reviewSchema = z.object({
  id,
  cycleId: id,
  revieweeId: id,
  revieweeName: z.string(),
  /** `null` to everyone but the reviewer on an anonymous step. */
  reviewerId: z.nullable(id),
  reviewerName: z.nullable(z.string()),
  kind: reviewKindSchema,
  status: reviewStatusSchema,
  answers: z.array(reviewAnswerSchema),
  submittedAt: z.nullable(timestamp),
  /** The reviewee's goals at the cycle's snapshot (in `GET /reviews/{id}`; lists leave it out). */
  evidence: z.optional(reviewEvidenceSchema),
  /** What the caller may do with it now. */
  allowedActions: z.array(z.enum(['edit', 'submit', 'share', 'acknowledge'])),
  version,
});

export const reviewCreateSchema = z.object({
  revieweeId: id,
  reviewerId: id,
  /** Peer and upward reviews are requested; self and manager reviews come with the cycle's opening. */
  kind: z.enum(['peer', 'upward']),
});

export const reviewPatchSchema = z.object({
  answers: z.array(reviewAnswerSchema).check(z.maxLength(100)),
});

export const reviewTransitionSchema = z.object({
  action: z.enum(['submit', 'share', 'acknowledge']),
});

/** Which review status each action leads from and to. */
export const reviewTransitions = {
  submit: { from: 'draft', to: 'submitted' },
  share: { from: 'submitted', to: 'shared' },
  acknowledge: { from: 'shared', to: 'acknowledged' },
} as const satisfies Record<
  z.infer<typeof reviewTransitionSchema>['action'],
  { from: z.infer<typeof reviewStatusSchema>; to: z.infer<typeof reviewStatusSchema> }
>;

export const nineBoxSchema = z.object({ performance: nineBoxLevelSchema, potential: nineBoxLevelSchema });

export const calibrationAdjustmentSchema = z.object({
  id,
  /** The manager review the placement belongs to. */
  reviewId: id,
  personId: id,
  from: nineBoxSchema,
  to: nineBoxSchema,
  reason: z.string(),
  actorId: id,
  actorName: z.string(),
  at: timestamp,
});

export const calibrationAdjustmentCreateSchema = z.object({
  personId: id,
  to: nineBoxSchema,
  /** Why: required, shown to the other calibrators. */
  reason: text(2000),
});

/** One reviewee on the calibration grid. */
export const calibrationPlacementSchema = z.object({
  personId: id,
  name: z.string(),
  managerId: z.nullable(id),
  /** The final score, Σ wₖ·sₖ / Σ wₖ over the components present, or `null` with none. */
  finalScore: z.nullable(unitInterval),
  components: z.array(
    z.object({ component: reviewComponentSchema, score: z.nullable(unitInterval), weight: finite, responses: z.int() }),
  ),
  /** Where the scores put them. */
  computed: z.nullable(nineBoxSchema),
  /** Where they are now: the last adjustment's `to`, else `computed`. */
  placement: z.nullable(nineBoxSchema),
  adjustments: z.array(calibrationAdjustmentSchema),
});

export const calibrationSchema = z.object({
  cycleId: id,
  stage: reviewCycleStageSchema,
  /** Adjustments are taken while the cycle is calibrating. */
  editable: z.boolean(),
  people: z.array(calibrationPlacementSchema),
});

// ---------------------------------------------------------------------------------------------- routes

const define = <const T extends Record<string, Endpoint>>(endpoints: T): T => endpoints;

/** The conversation routes, as the client sends and reads them. */
export const conversationEndpoints = define({
  listMeetingSeries: { method: 'GET', path: '/meeting-series', response: listOf(meetingSeriesSchema) },
  createMeetingSeries: {
    method: 'POST',
    path: '/meeting-series',
    body: meetingSeriesCreateSchema,
    response: meetingSeriesSchema,
    status: 201,
  },
  listMeetings: {
    method: 'GET',
    path: '/meetings',
    query: z.object({
      series: z.optional(z.string().check(z.minLength(1), noNul())),
      state: z.optional(meetingStateSchema),
    }),
    response: listOf(meetingSummarySchema),
  },
  createMeeting: {
    method: 'POST',
    path: '/meetings',
    body: meetingCreateSchema,
    response: meetingSchema,
    status: 201,
    etag: true,
  },
  getMeeting: { method: 'GET', path: '/meetings/{id}', response: meetingSchema, etag: true },
  updateMeeting: {
    method: 'PATCH',
    path: '/meetings/{id}',
    body: meetingPatchSchema,
    response: meetingSchema,
    ifMatch: true,
    etag: true,
  },
  listTalkingPoints: {
    method: 'GET',
    path: '/meetings/{id}/talking-points',
    response: listOf(talkingPointSchema),
  },
  createTalkingPoint: {
    method: 'POST',
    path: '/meetings/{id}/talking-points',
    body: talkingPointCreateSchema,
    response: talkingPointSchema,
    status: 201,
  },
  updateTalkingPoint: {
    method: 'PATCH',
    path: '/talking-points/{id}',
    body: talkingPointPatchSchema,
    response: talkingPointSchema,
    ifMatch: true,
    etag: true,
  },
  deleteTalkingPoint: { method: 'DELETE', path: '/talking-points/{id}', status: 204, ifMatch: true },
  createActionItem: {
    method: 'POST',
    path: '/meetings/{id}/action-items',
    body: actionItemCreateSchema,
    response: actionItemSchema,
    status: 201,
  },
  updateActionItem: {
    method: 'PATCH',
    path: '/action-items/{id}',
    body: actionItemPatchSchema,
    response: actionItemSchema,
    ifMatch: true,
    etag: true,
  },
  listReviewCycles: { method: 'GET', path: '/review-cycles', response: listOf(reviewCycleSchema) },
  createReviewCycle: {
    method: 'POST',
    path: '/review-cycles',
    body: reviewCycleCreateSchema,
    response: reviewCycleSchema,
    status: 201,
  },
  getReviewCycle: { method: 'GET', path: '/review-cycles/{id}', response: reviewCycleSchema, etag: true },
  transitionReviewCycle: {
    method: 'POST',
    path: '/review-cycles/{id}/transitions',
    body: reviewCycleTransitionSchema,
    response: reviewCycleSchema,
  },
  listReviews: {
    method: 'GET',
    path: '/review-cycles/{id}/reviews',
    query: z.object({
      reviewee: z.optional(z.string().check(z.minLength(1), noNul())),
      reviewer: z.optional(z.string().check(z.minLength(1), noNul())),
      kind: z.optional(reviewKindSchema),
    }),
    response: listOf(reviewSchema),
  },
  createReview: {
    method: 'POST',
    path: '/review-cycles/{id}/reviews',
    body: reviewCreateSchema,
    response: reviewSchema,
    status: 201,
  },
  getReview: { method: 'GET', path: '/reviews/{id}', response: reviewSchema, etag: true },
  updateReview: {
    method: 'PATCH',
    path: '/reviews/{id}',
    body: reviewPatchSchema,
    response: reviewSchema,
    ifMatch: true,
    etag: true,
  },
  transitionReview: {
    method: 'POST',
    path: '/reviews/{id}/transitions',
    body: reviewTransitionSchema,
    response: reviewSchema,
  },
  getCalibration: { method: 'GET', path: '/review-cycles/{id}/calibration', response: calibrationSchema },
  createCalibrationAdjustment: {
    method: 'POST',
    path: '/review-cycles/{id}/calibration',
    body: calibrationAdjustmentCreateSchema,
    response: calibrationPlacementSchema,
    status: 201,
  },
});

export type MeetingCadence = z.infer<typeof meetingCadenceSchema>;
export type MeetingState = z.infer<typeof meetingStateSchema>;
export type MeetingSeries = z.infer<typeof meetingSeriesSchema>;
export type MeetingSeriesCreate = z.input<typeof meetingSeriesCreateSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type MeetingCreate = z.input<typeof meetingCreateSchema>;
export type MeetingPatch = z.input<typeof meetingPatchSchema>;
export type TalkingPoint = z.infer<typeof talkingPointSchema>;
export type TalkingPointCreate = z.input<typeof talkingPointCreateSchema>;
export type TalkingPointPatch = z.input<typeof talkingPointPatchSchema>;
export type TalkingPointSuggestion = z.infer<typeof talkingPointSuggestionSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type ActionItemCreate = z.input<typeof actionItemCreateSchema>;
export type ActionItemPatch = z.input<typeof actionItemPatchSchema>;
export type ReviewKind = z.infer<typeof reviewKindSchema>;
export type ReviewCycleStage = z.infer<typeof reviewCycleStageSchema>;
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
export type ReviewComponent = z.infer<typeof reviewComponentSchema>;
export type ReviewStep = z.infer<typeof reviewStepSchema>;
export type ReviewQuestion = z.infer<typeof reviewQuestionSchema>;
export type ScoreFormula = z.infer<typeof scoreFormulaSchema>;
export type ReviewCycle = z.infer<typeof reviewCycleSchema>;
export type ReviewCycleCreate = z.input<typeof reviewCycleCreateSchema>;
export type ReviewCycleTransition = z.input<typeof reviewCycleTransitionSchema>;
export type ReviewAnswer = z.infer<typeof reviewAnswerSchema>;
/** One item of an evidence objective's roll-up explanation. */
export type EvidenceContribution = z.infer<typeof evidenceContributionSchema>;
export type ReviewEvidence = z.infer<typeof reviewEvidenceSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewCreate = z.input<typeof reviewCreateSchema>;
export type ReviewPatch = z.input<typeof reviewPatchSchema>;
export type ReviewTransition = z.input<typeof reviewTransitionSchema>;
export type NineBox = z.infer<typeof nineBoxSchema>;
export type NineBoxLevel = z.infer<typeof nineBoxLevelSchema>;
export type CalibrationAdjustment = z.infer<typeof calibrationAdjustmentSchema>;
export type CalibrationAdjustmentCreate = z.input<typeof calibrationAdjustmentCreateSchema>;
export type CalibrationPlacement = z.infer<typeof calibrationPlacementSchema>;
export type Calibration = z.infer<typeof calibrationSchema>;
