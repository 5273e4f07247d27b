'use client';
import type {
  AlignmentCandidateParams,
  AnalyticsParams,
  DigestParams,
  ObjectiveListParams,
  TreeParams,
} from '@goalkit/client';
import type { CompetencyProfileParams, GapsParams } from '@goalkit/client/competencies';
import type { MeetingListParams } from '@goalkit/client/conversations';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useGoalkit } from './GoalkitContext.js';
import { useCompetencies } from './internal/useCompetencies.js';
import { useConversations } from './internal/useConversations.js';

/** Options every query hook takes. */
export interface GoalkitQueryOptions {
  /** Set `false` to wait (for an id that is not known yet). @default true */
  readonly enabled?: boolean | undefined;
}

const on = (options: GoalkitQueryOptions = {}) => ({ enabled: options.enabled ?? true });

/** The signed-in person (`GET /me`). */
export const useMe = (o?: GoalkitQueryOptions) => useQuery({ ...useGoalkit().queries.me(), ...on(o) });
/** Every cycle (`GET /cycles`). */
export const useCycles = (o?: GoalkitQueryOptions) => useQuery({ ...useGoalkit().queries.cycles(), ...on(o) });
/** Owners, optionally by kind or name (`GET /owners`). */
export const useOwners = (
  params: Parameters<ReturnType<typeof useGoalkit>['queries']['owners']>[0] = {},
  o?: GoalkitQueryOptions,
) => useQuery({ ...useGoalkit().queries.owners(params), ...on(o) });
/** A page of objectives (`GET /objectives`). */
export const useObjectives = (params: ObjectiveListParams = {}, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.objectives.list(params), ...on(o) });
/** One objective with its key results and scores (`GET /objectives/{id}`). */
export const useObjective = (id: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.objectives.detail(id), ...on(o) });
/** The alignment tree of a cycle or below a root (`GET /tree`). */
export const useTree = (params: TreeParams | string = {}, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.objectives.tree(params), ...on(o) });
/** A key result's check-ins (`GET /key-results/{id}/check-ins`). */
export const useCheckIns = (keyResultId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.objectives.checkIns(keyResultId), ...on(o) });
/** Comments and kudos on an objective (`GET /objectives/{id}/comments`). */
export const useComments = (objectiveId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.objectives.comments(objectiveId), ...on(o) });
/** An objective's change history (`GET /objectives/{id}/history`). */
export const useHistory = (objectiveId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.objectives.history(objectiveId), ...on(o) });
/** The server's SMART lint of an objective (`GET /objectives/{id}/lint`). */
export const useLint = (objectiveId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.objectives.lint(objectiveId), ...on(o) });

/** Goals waiting for the viewer's approval (`GET /approvals`). */
export const useApprovals = (o?: GoalkitQueryOptions) => useQuery({ ...useGoalkit().queries.approvals(), ...on(o) });
/** The check-ins a person owes (`GET /check-ins/due`), the viewer's when `person` is left out. */
export const useDueCheckIns = (params: { person?: string } = {}, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.dueCheckIns(params), ...on(o) });
/** What changed in an owner's goals over some days (`GET /digest`), the viewer's last 7 days by default. */
export const useDigest = (params: DigestParams = {}, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.digest(params), ...on(o) });
/** Program health and confidence calibration for a cycle and scope (`GET /analytics`). */
export const useAnalytics = (params: AnalyticsParams, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.analytics(params), ...on(o) });
/** A review cycle's calibration grid (`GET /review-cycles/{id}/calibration`). */
export const useCalibration = (cycleId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useConversations().queries.calibration(cycleId), ...on(o) });
/** One review with the reviewee's goals at the cycle's snapshot (`GET /reviews/{id}`). */
export const useReview = (reviewId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useConversations().queries.review(reviewId), ...on(o) });
/** A review cycle: its steps and questions (`GET /review-cycles/{id}`). */
export const useReviewCycle = (cycleId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useConversations().queries.reviewCycle(cycleId), ...on(o) });
/** One 1:1 meeting with its agenda, notes, action items and suggestions (`GET /meetings/{id}`). */
export const useMeeting = (meetingId: string, o?: GoalkitQueryOptions) =>
  useQuery({ ...useConversations().queries.meeting(meetingId), ...on(o) });
/** The viewer's 1:1 meetings, newest first, optionally of one series (`GET /meetings`). */
export const useMeetings = (params: MeetingListParams = {}, o?: GoalkitQueryOptions) =>
  useQuery({ ...useConversations().queries.meetings(params), ...on(o) });
/** A person's competencies against their current and target level (`GET /people/{id}/competencies`). */
export const useCompetencyProfile = (personId: string, params: CompetencyProfileParams = {}, o?: GoalkitQueryOptions) =>
  useQuery({ ...useCompetencies().queries.profile(personId, params), ...on(o) });
/** A person's gaps against a level, with the development goals covering each (`GET /people/{id}/gaps`). */
export const useCompetencyGaps = (personId: string, params: GapsParams = {}, o?: GoalkitQueryOptions) =>
  useQuery({ ...useCompetencies().queries.gaps(personId, params), ...on(o) });
/** Goals an objective may align to (`GET /alignment-candidates`). */
export const useAlignmentCandidates = (params: AlignmentCandidateParams, o?: GoalkitQueryOptions) =>
  useQuery({ ...useGoalkit().queries.alignmentCandidates(params), ...on(o) });

/** Record a check-in, optimistically (`POST /key-results/{id}/check-ins`). */
export const useCheckIn = () => useMutation(useGoalkit().mutations.checkIn());
/** Pull a key result's values from its connector now (`POST /key-results/{id}/sync`). */
export const useSyncKeyResult = () => useMutation(useGoalkit().mutations.syncKeyResult());
/** Save objective fields with `If-Match` (`PATCH /objectives/{id}`). */
export const useUpdateObjective = () => useMutation(useGoalkit().mutations.updateObjective());
/** Save an edited objective with its key results (creates, changes and deletes them too). */
export const useSaveObjective = () => useMutation(useGoalkit().mutations.saveObjective());
/** Create an objective with its key results (`POST /objectives`). */
export const useCreateObjective = () => useMutation(useGoalkit().mutations.createObjective());
/** Take a lifecycle action (`POST /objectives/{id}/transitions`); named so it does not clash with React's `useTransition`. */
export const useObjectiveTransition = () => useMutation(useGoalkit().mutations.transition());
/** Carry an objective into another cycle as a draft (`POST /objectives/{id}/duplicate`). */
export const useDuplicateObjective = () => useMutation(useGoalkit().mutations.duplicateObjective());
/** Move a reviewee on the calibration grid, with a reason (`POST /review-cycles/{id}/calibration`). */
export const useAdjustCalibration = () => useMutation(useConversations().mutations.adjustCalibration());
/** Save a review's answers as a draft with `If-Match` (`PATCH /reviews/{id}`). */
export const useSaveReview = () => useMutation(useConversations().mutations.saveReview());
/** Submit, share or acknowledge a review (`POST /reviews/{id}/transitions`). */
export const useReviewTransition = () => useMutation(useConversations().mutations.transitionReview());
/** Save a meeting's notes or state with `If-Match` (`PATCH /meetings/{id}`). */
export const useUpdateMeeting = () => useMutation(useConversations().mutations.updateMeeting());
/** Add a talking point to a meeting (`POST /meetings/{id}/talking-points`). */
export const useAddTalkingPoint = () => useMutation(useConversations().mutations.addTalkingPoint());
/** Tick off or change a talking point with `If-Match` (`PATCH /talking-points/{id}`). */
export const useUpdateTalkingPoint = () => useMutation(useConversations().mutations.updateTalkingPoint());
/** Delete a talking point its author wrote (`DELETE /talking-points/{id}`). */
export const useDeleteTalkingPoint = () => useMutation(useConversations().mutations.deleteTalkingPoint());
/** Add an action item to a meeting (`POST /meetings/{id}/action-items`). */
export const useAddActionItem = () => useMutation(useConversations().mutations.addActionItem());
/** Tick off or change an action item with `If-Match` (`PATCH /action-items/{id}`). */
export const useUpdateActionItem = () => useMutation(useConversations().mutations.updateActionItem());
/** Post a comment or kudos (`POST /objectives/{id}/comments`). */
export const useComment = () => useMutation(useGoalkit().mutations.comment());
