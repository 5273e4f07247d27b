'use client';
import type {
  AlignmentCandidateParams,
  AnalyticsParams,
  DigestParams,
  ObjectiveListParams,
  TreeParams,
} from '@goalkit/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useGoalkit } from './GoalkitContext.js';

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
/** Post a comment or kudos (`POST /objectives/{id}/comments`). */
export const useComment = () => useMutation(useGoalkit().mutations.comment());
