/**
 * Performance conversations over the goalkit API: 1:1s (series, meetings, talking points, action items)
 * and review cycles (reviews, their transitions, the calibration grid), with query option factories and
 * mutations for TanStack Query. Apart from `@goalkit/client` so that pages without conversations do not
 * load these routes' schemas.
 *
 * ```ts
 * import { createClient } from '@goalkit/client';
 * import { conversations } from '@goalkit/client/conversations';
 *
 * const talk = conversations(createClient({ baseUrl, getToken }));
 * const meeting = await talk.meetings.get('m-42');
 * ```
 *
 * @module
 */
import type { MutationOptions, QueryClient } from '@tanstack/query-core';
import {
  type ActionItem,
  type ActionItemCreate,
  type ActionItemPatch,
  type CalibrationAdjustmentCreate,
  type CalibrationPlacement,
  conversationEndpoints as e,
  type Meeting,
  type MeetingCreate,
  type MeetingPatch,
  type MeetingSeriesCreate,
  type MeetingState,
  type Review,
  type ReviewCreate,
  type ReviewCycleCreate,
  type ReviewCycleTransition,
  type ReviewKind,
  type ReviewPatch,
  type ReviewTransition,
  type TalkingPoint,
  type TalkingPointCreate,
  type TalkingPointPatch,
} from './contract/conversations.js';
import type { CallOptions, GoalkitClient, VersionedCallOptions, WriteCallOptions } from './createClient.js';
import { query } from './queryOptions.js';

/** The query of `meetings.list`. */
export interface MeetingListParams {
  series?: string;
  state?: MeetingState;
}

/** The query of `reviews.list`. */
export interface ReviewListParams {
  reviewee?: string;
  reviewer?: string;
  kind?: ReviewKind;
}

const id = (value: string) => ({ id: value });

/** The conversation routes, one typed method each, over a client's `send` (its retries, timeouts, errors). */
export function conversations(client: Pick<GoalkitClient, 'send'>) {
  const { send } = client;
  return {
    meetingSeries: {
      /** The caller's 1:1 series. */
      list: (o?: CallOptions) => send(e.listMeetingSeries, { ...o }),
      /** Start a 1:1 series with someone the caller manages or who manages them; its first meeting comes with it. */
      create: (body: MeetingSeriesCreate, o?: WriteCallOptions) => send(e.createMeetingSeries, { body, ...o }),
    },
    meetings: {
      /** The caller's meetings, newest first, without notes. */
      list: (query: MeetingListParams = {}, o?: CallOptions) => send(e.listMeetings, { query: { ...query }, ...o }),
      /** The next meeting of a series; the last meeting's unchecked talking points carry over. */
      create: (body: MeetingCreate, o?: WriteCallOptions) => send(e.createMeeting, { body, ...o }),
      get: (meetingId: string, o?: CallOptions) => send(e.getMeeting, { params: id(meetingId), ...o }),
      update: (meetingId: string, patch: MeetingPatch, o: VersionedCallOptions & WriteCallOptions) =>
        send(e.updateMeeting, { params: id(meetingId), body: patch, ...o }),
    },
    talkingPoints: {
      list: (meetingId: string, o?: CallOptions) => send(e.listTalkingPoints, { params: id(meetingId), ...o }),
      create: (meetingId: string, body: TalkingPointCreate, o?: WriteCallOptions) =>
        send(e.createTalkingPoint, { params: id(meetingId), body, ...o }),
      update: (pointId: string, patch: TalkingPointPatch, o: VersionedCallOptions & WriteCallOptions) =>
        send(e.updateTalkingPoint, { params: id(pointId), body: patch, ...o }),
      delete: (pointId: string, o: VersionedCallOptions & WriteCallOptions) =>
        send(e.deleteTalkingPoint, { params: id(pointId), ...o }),
    },
    actionItems: {
      create: (meetingId: string, body: ActionItemCreate, o?: WriteCallOptions) =>
        send(e.createActionItem, { params: id(meetingId), body, ...o }),
      update: (itemId: string, patch: ActionItemPatch, o: VersionedCallOptions & WriteCallOptions) =>
        send(e.updateActionItem, { params: id(itemId), body: patch, ...o }),
    },
    reviewCycles: {
      list: (o?: CallOptions) => send(e.listReviewCycles, { ...o }),
      create: (body: ReviewCycleCreate, o?: WriteCallOptions) => send(e.createReviewCycle, { body, ...o }),
      get: (cycleId: string, o?: CallOptions) => send(e.getReviewCycle, { params: id(cycleId), ...o }),
      /** open, calibrate, share, close. */
      transition: (cycleId: string, body: ReviewCycleTransition, o?: WriteCallOptions) =>
        send(e.transitionReviewCycle, { params: id(cycleId), body, ...o }),
    },
    reviews: {
      list: (cycleId: string, query: ReviewListParams = {}, o?: CallOptions) =>
        send(e.listReviews, { params: id(cycleId), query: { ...query }, ...o }),
      /** Ask for a peer or upward review. */
      create: (cycleId: string, body: ReviewCreate, o?: WriteCallOptions) =>
        send(e.createReview, { params: id(cycleId), body, ...o }),
      /** One review with the reviewee's goals at the cycle's snapshot. */
      get: (reviewId: string, o?: CallOptions) => send(e.getReview, { params: id(reviewId), ...o }),
      /** Save the answers as a draft. */
      update: (reviewId: string, patch: ReviewPatch, o: VersionedCallOptions & WriteCallOptions) =>
        send(e.updateReview, { params: id(reviewId), body: patch, ...o }),
      /** submit, share, acknowledge. */
      transition: (reviewId: string, body: ReviewTransition, o?: WriteCallOptions) =>
        send(e.transitionReview, { params: id(reviewId), body, ...o }),
    },
    calibration: {
      /** The nine-box of the reviewees the caller manages (every one, for admins). */
      get: (cycleId: string, o?: CallOptions) => send(e.getCalibration, { params: id(cycleId), ...o }),
      /** Move a reviewee on the nine-box, with a reason. */
      adjust: (cycleId: string, body: CalibrationAdjustmentCreate, o?: WriteCallOptions) =>
        send(e.createCalibrationAdjustment, { params: id(cycleId), body, ...o }),
    },
  };
}

/** What {@link conversations} returns. */
export type ConversationsClient = ReturnType<typeof conversations>;

/** Query keys of the conversations, under `goalkit` (so invalidating `goalkitKeys.all` reaches them too). */
export const conversationKeys = {
  all: ['goalkit', 'conversations'] as const,
  meetingSeries: () => ['goalkit', 'conversations', 'series'] as const,
  meetingLists: () => ['goalkit', 'conversations', 'meetings', 'list'] as const,
  meetingList: (params: MeetingListParams = {}) => ['goalkit', 'conversations', 'meetings', 'list', params] as const,
  meeting: (meetingId: string) => ['goalkit', 'conversations', 'meetings', 'detail', meetingId] as const,
  reviewCycles: () => ['goalkit', 'conversations', 'review-cycles'] as const,
  reviewCycle: (cycleId: string) => ['goalkit', 'conversations', 'review-cycles', cycleId] as const,
  reviewLists: (cycleId: string) => ['goalkit', 'conversations', 'reviews', 'list', cycleId] as const,
  reviewList: (cycleId: string, params: ReviewListParams = {}) =>
    ['goalkit', 'conversations', 'reviews', 'list', cycleId, params] as const,
  review: (reviewId: string) => ['goalkit', 'conversations', 'reviews', 'detail', reviewId] as const,
  calibration: (cycleId: string) => ['goalkit', 'conversations', 'calibration', cycleId] as const,
};

/** Query option factories for the conversation reads. */
export function conversationQueries(talk: ConversationsClient) {
  const once = { retry: false } as const;
  return {
    meetingSeries: () =>
      query(conversationKeys.meetingSeries(), (signal) => talk.meetingSeries.list({ signal, ...once })),
    meetings: (params: MeetingListParams = {}) =>
      query(conversationKeys.meetingList(params), (signal) => talk.meetings.list(params, { signal, ...once })),
    meeting: (meetingId: string) =>
      query(conversationKeys.meeting(meetingId), (signal) => talk.meetings.get(meetingId, { signal, ...once })),
    reviewCycles: () => query(conversationKeys.reviewCycles(), (signal) => talk.reviewCycles.list({ signal, ...once })),
    reviewCycle: (cycleId: string) =>
      query(conversationKeys.reviewCycle(cycleId), (signal) => talk.reviewCycles.get(cycleId, { signal, ...once })),
    reviews: (cycleId: string, params: ReviewListParams = {}) =>
      query(conversationKeys.reviewList(cycleId, params), (signal) =>
        talk.reviews.list(cycleId, params, { signal, ...once }),
      ),
    review: (reviewId: string) =>
      query(conversationKeys.review(reviewId), (signal) => talk.reviews.get(reviewId, { signal, ...once })),
    calibration: (cycleId: string) =>
      query(conversationKeys.calibration(cycleId), (signal) => talk.calibration.get(cycleId, { signal, ...once })),
  };
}

/**
 * Mutations of the conversations. Each write's reply lands in the cache (the meeting, the review, the
 * grid) so the widget shows what the server kept; a refused write leaves the cache as it was.
 */
export function conversationMutations(talk: ConversationsClient, queryClient: QueryClient) {
  const patchMeeting = (meetingId: string, update: (meeting: Meeting) => Meeting) =>
    queryClient.setQueryData<Meeting>(conversationKeys.meeting(meetingId), (old) => (old ? update(old) : old));
  const putPoint = (point: TalkingPoint) =>
    patchMeeting(point.meetingId, (m) => ({
      ...m,
      talkingPoints: m.talkingPoints.some((p) => p.id === point.id)
        ? m.talkingPoints.map((p) => (p.id === point.id ? point : p))
        : [...m.talkingPoints, point],
    }));
  const putItem = (item: ActionItem) =>
    patchMeeting(item.meetingId, (m) => ({
      ...m,
      actionItems: m.actionItems.some((a) => a.id === item.id)
        ? m.actionItems.map((a) => (a.id === item.id ? item : a))
        : [...m.actionItems, item],
      openActionItems: m.openActionItems.map((a) => (a.id === item.id ? item : a)),
    }));
  return {
    updateMeeting: (): MutationOptions<
      Meeting,
      Error,
      { meetingId: string; version: number; patch: MeetingPatch; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'update-meeting'],
      mutationFn: ({ meetingId, version, patch, idempotencyKey }) =>
        talk.meetings.update(meetingId, patch, { version, ...(idempotencyKey ? { idempotencyKey } : {}) }),
      onSuccess: (meeting) => {
        queryClient.setQueryData(conversationKeys.meeting(meeting.id), meeting);
        void queryClient.invalidateQueries({ queryKey: conversationKeys.meetingLists() });
      },
    }),
    createMeeting: (): MutationOptions<Meeting, Error, MeetingCreate & { idempotencyKey?: string }> => ({
      mutationKey: ['goalkit', 'conversations', 'create-meeting'],
      mutationFn: ({ idempotencyKey, ...body }) => talk.meetings.create(body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: (meeting) => {
        queryClient.setQueryData(conversationKeys.meeting(meeting.id), meeting);
        void queryClient.invalidateQueries({ queryKey: conversationKeys.meetingLists() });
        void queryClient.invalidateQueries({ queryKey: conversationKeys.meetingSeries() });
        if (meeting.previousMeetingId)
          void queryClient.invalidateQueries({ queryKey: conversationKeys.meeting(meeting.previousMeetingId) });
      },
    }),
    addTalkingPoint: (): MutationOptions<
      TalkingPoint,
      Error,
      { meetingId: string; body: TalkingPointCreate; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'add-talking-point'],
      mutationFn: ({ meetingId, body, idempotencyKey }) =>
        talk.talkingPoints.create(meetingId, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: putPoint,
    }),
    updateTalkingPoint: (): MutationOptions<
      TalkingPoint,
      Error,
      { pointId: string; version: number; patch: TalkingPointPatch; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'update-talking-point'],
      mutationFn: ({ pointId, version, patch, idempotencyKey }) =>
        talk.talkingPoints.update(pointId, patch, { version, ...(idempotencyKey ? { idempotencyKey } : {}) }),
      onSuccess: putPoint,
    }),
    deleteTalkingPoint: (): MutationOptions<
      undefined,
      Error,
      { meetingId: string; pointId: string; version: number }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'delete-talking-point'],
      mutationFn: ({ pointId, version }) => talk.talkingPoints.delete(pointId, { version }),
      onSuccess: (_nothing, { meetingId, pointId }) =>
        patchMeeting(meetingId, (m) => ({ ...m, talkingPoints: m.talkingPoints.filter((p) => p.id !== pointId) })),
    }),
    addActionItem: (): MutationOptions<
      ActionItem,
      Error,
      { meetingId: string; body: ActionItemCreate; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'add-action-item'],
      mutationFn: ({ meetingId, body, idempotencyKey }) =>
        talk.actionItems.create(meetingId, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: putItem,
    }),
    updateActionItem: (): MutationOptions<
      ActionItem,
      Error,
      { itemId: string; version: number; patch: ActionItemPatch; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'update-action-item'],
      mutationFn: ({ itemId, version, patch, idempotencyKey }) =>
        talk.actionItems.update(itemId, patch, { version, ...(idempotencyKey ? { idempotencyKey } : {}) }),
      onSuccess: putItem,
    }),
    saveReview: (): MutationOptions<
      Review,
      Error,
      { reviewId: string; version: number; patch: ReviewPatch; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'save-review'],
      mutationFn: ({ reviewId, version, patch, idempotencyKey }) =>
        talk.reviews.update(reviewId, patch, { version, ...(idempotencyKey ? { idempotencyKey } : {}) }),
      onSuccess: (review) => {
        queryClient.setQueryData<Review>(conversationKeys.review(review.id), (old) => ({
          ...review,
          ...(review.evidence ? {} : old?.evidence ? { evidence: old.evidence } : {}),
        }));
        void queryClient.invalidateQueries({ queryKey: conversationKeys.reviewLists(review.cycleId) });
      },
    }),
    transitionReview: (): MutationOptions<
      Review,
      Error,
      { reviewId: string; body: ReviewTransition; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'transition-review'],
      mutationFn: ({ reviewId, body, idempotencyKey }) =>
        talk.reviews.transition(reviewId, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: (review) => {
        queryClient.setQueryData<Review>(conversationKeys.review(review.id), (old) => ({
          ...review,
          ...(review.evidence ? {} : old?.evidence ? { evidence: old.evidence } : {}),
        }));
        void queryClient.invalidateQueries({ queryKey: conversationKeys.reviewLists(review.cycleId) });
        void queryClient.invalidateQueries({ queryKey: conversationKeys.calibration(review.cycleId) });
      },
    }),
    adjustCalibration: (): MutationOptions<
      CalibrationPlacement,
      Error,
      { cycleId: string; body: CalibrationAdjustmentCreate; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'conversations', 'adjust-calibration'],
      mutationFn: ({ cycleId, body, idempotencyKey }) =>
        talk.calibration.adjust(cycleId, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: (placement, { cycleId }) => {
        queryClient.setQueryData<{ people: CalibrationPlacement[] }>(conversationKeys.calibration(cycleId), (old) =>
          old ? { ...old, people: old.people.map((p) => (p.personId === placement.personId ? placement : p)) } : old,
        );
      },
    }),
  };
}

export type {
  ActionItem,
  ActionItemCreate,
  ActionItemPatch,
  Calibration,
  CalibrationAdjustment,
  CalibrationAdjustmentCreate,
  CalibrationPlacement,
  EvidenceContribution,
  Meeting,
  MeetingCadence,
  MeetingCreate,
  MeetingPatch,
  MeetingSeries,
  MeetingSeriesCreate,
  MeetingState,
  MeetingSummary,
  NineBox,
  NineBoxLevel,
  Review,
  ReviewAnswer,
  ReviewComponent,
  ReviewCreate,
  ReviewCycle,
  ReviewCycleCreate,
  ReviewCycleStage,
  ReviewCycleTransition,
  ReviewEvidence,
  ReviewKind,
  ReviewPatch,
  ReviewQuestion,
  ReviewStatus,
  ReviewStep,
  ReviewTransition,
  ScoreFormula,
  TalkingPoint,
  TalkingPointCreate,
  TalkingPointPatch,
  TalkingPointSuggestion,
} from './contract/conversations.js';
