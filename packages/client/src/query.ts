import { applyCheckIn } from '@goalkit/core';
import { type GoalEditorSaveDetail, lazyPart } from '@goalkit/core/connect';
import type { MutationOptions, QueryClient } from '@tanstack/query-core';
import type {
  CheckInCreate,
  CheckInResult,
  Comment,
  CommentCreate,
  Cycle,
  Duplicate,
  KeyResultCreate,
  KeyResultSyncResult,
  LiveEvent,
  Objective,
  ObjectiveCreate,
  ObjectivePatch,
  Transition,
} from './contract/schemas.js';
import type {
  AlignmentCandidateParams,
  AnalyticsParams,
  DigestParams,
  GoalkitClient,
  ObjectiveListParams,
  TreeParams,
} from './createClient.js';
import type { ValidationError } from './errors.js';
import { query } from './queryOptions.js';

/** Hierarchical query keys: invalidate `goalkitKeys.all` for everything, `objective(id)` for one. */
export const goalkitKeys = {
  all: ['goalkit'] as const,
  me: () => ['goalkit', 'me'] as const,
  cycles: () => ['goalkit', 'cycles'] as const,
  owners: (params: object = {}) => ['goalkit', 'owners', params] as const,
  objectives: () => ['goalkit', 'objectives'] as const,
  objectiveLists: () => ['goalkit', 'objectives', 'list'] as const,
  objectiveList: (params: ObjectiveListParams = {}) => ['goalkit', 'objectives', 'list', params] as const,
  objective: (id: string) => ['goalkit', 'objectives', 'detail', id] as const,
  trees: () => ['goalkit', 'tree'] as const,
  tree: (params: TreeParams = {}) => ['goalkit', 'tree', params] as const,
  checkIns: (keyResultId: string) => ['goalkit', 'check-ins', keyResultId] as const,
  comments: (objectiveId: string) => ['goalkit', 'comments', objectiveId] as const,
  approvals: () => ['goalkit', 'approvals'] as const,
  dueCheckInLists: () => ['goalkit', 'check-ins-due'] as const,
  dueCheckIns: (params: { person?: string } = {}) => ['goalkit', 'check-ins-due', params] as const,
  alignmentCandidates: (params: AlignmentCandidateParams) => ['goalkit', 'alignment-candidates', params] as const,
  analyticsAll: () => ['goalkit', 'analytics'] as const,
  analytics: (params: AnalyticsParams) => ['goalkit', 'analytics', params] as const,
  digests: () => ['goalkit', 'digest'] as const,
  digest: (params: DigestParams = {}) => ['goalkit', 'digest', params] as const,
  history: (objectiveId: string) => ['goalkit', 'history', objectiveId] as const,
  lint: (objectiveId: string) => ['goalkit', 'lint', objectiveId] as const,
};

/** Query option factories for every read of the contract, bound to one client. */
export function goalkitQueries(client: GoalkitClient) {
  const once = { retry: false } as const;
  return {
    me: () => query(goalkitKeys.me(), (signal) => client.me({ signal, ...once })),
    cycles: () => ({
      ...query(goalkitKeys.cycles(), (signal) => client.cycles.list({ signal, ...once })),
      staleTime: 5 * 60_000,
    }),
    owners: (params: { kind?: 'org' | 'department' | 'team' | 'person'; q?: string } = {}) =>
      query(goalkitKeys.owners(params), (signal) => client.owners.list(params, { signal, ...once })),
    /** Goals waiting for the viewer's approval (`GET /approvals`). */
    approvals: () => query(goalkitKeys.approvals(), (signal) => client.approvals.list({ signal, ...once })),
    /** The check-ins a person owes (`GET /check-ins/due`), the viewer's when `person` is left out. */
    dueCheckIns: (params: { person?: string } = {}) =>
      query(goalkitKeys.dueCheckIns(params), (signal) => client.checkIns.due(params, { signal, ...once })),
    /** Program health and calibration for a cycle and scope (`GET /analytics`). */
    analytics: (params: AnalyticsParams) =>
      query(goalkitKeys.analytics(params), (signal) => client.analytics.get(params, { signal, ...once })),
    /** What changed in an owner's goals over some days (`GET /digest`), the viewer's when `owner` is left out. */
    digest: (params: DigestParams = {}) =>
      query(goalkitKeys.digest(params), (signal) => client.digest.get(params, { signal, ...once })),
    /** Goals an objective may align to (`GET /alignment-candidates`); kept a minute, they change slowly. */
    alignmentCandidates: (params: AlignmentCandidateParams) => ({
      ...query(goalkitKeys.alignmentCandidates(params), (signal) =>
        client.alignmentCandidates.list(params, { signal, ...once }),
      ),
      staleTime: 60_000,
    }),
    objectives: {
      list: (params: ObjectiveListParams = {}) =>
        query(goalkitKeys.objectiveList(params), (signal) => client.objectives.list(params, { signal, ...once })),
      detail: (id: string) =>
        query(goalkitKeys.objective(id), (signal) => client.objectives.get(id, { signal, ...once })),
      tree: (params: TreeParams | string = {}) => {
        const p = typeof params === 'string' ? { cycle: params } : params;
        return query(goalkitKeys.tree(p), (signal) => client.tree.get(p, { signal, ...once }));
      },
      checkIns: (keyResultId: string) =>
        query(goalkitKeys.checkIns(keyResultId), (signal) => client.checkIns.list(keyResultId, { signal, ...once })),
      comments: (objectiveId: string) =>
        query(goalkitKeys.comments(objectiveId), (signal) => client.comments.list(objectiveId, { signal, ...once })),
      history: (objectiveId: string) =>
        query(goalkitKeys.history(objectiveId), (signal) =>
          client.objectives.history(objectiveId, { signal, ...once }),
        ),
      lint: (objectiveId: string) =>
        query(goalkitKeys.lint(objectiveId), (signal) => client.objectives.lint(objectiveId, { signal, ...once })),
    },
  };
}

/** What {@link goalkitMutations}' `saveObjective` takes: the objective's changes and its key results as edited. */
export interface SaveObjectiveVariables {
  id: string;
  /** The objective version the person edited. */
  version: number;
  patch: ObjectivePatch;
  /** Every key result as it should be: with `id` to keep (and change), without to create; missing ones are deleted. */
  keyResults: readonly (KeyResultCreate & { id?: string })[];
  /**
   * The objective as the person opened it. When given, only fields that differ from it are written,
   * and each key result with the version the person saw, so a change someone else saved meanwhile
   * is a conflict (`ConflictError`), never silently overwritten. @default the cached objective
   */
  base?: {
    readonly title?: string;
    readonly description?: string | undefined;
    readonly ownerId?: string;
    readonly cycleId?: string;
    readonly parentId?: string | null | undefined;
    readonly alignment?: string | undefined;
    readonly visibility?: string | undefined;
    readonly keyResults: readonly ({ readonly id: string; readonly version?: number | undefined } & object)[];
  };
}

/**
 * A key result's own write, whose refused fields are named as in the whole objective's save: a problem at
 * `target` of the third key result becomes `keyResults[2].target`, as creating the objective names it.
 */
async function atRow<T>(index: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // By its name, and built again with its own class: importing ValidationError here would bring the
    // client's errors into the query layer's bundle (0.16 kB).
    if ((error as Error | null)?.name !== 'ValidationError') throw error;
    const refused = error as ValidationError;
    const Same = refused.constructor as typeof ValidationError;
    throw new Same(
      refused.route,
      refused.problems.map((p) => ({ ...p, path: p.path ? `keyResults[${index}].${p.path}` : `keyResults[${index}]` })),
      refused.status,
    );
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What a goal editor's save (`GoalEditorSaveDetail`) asks of the API: the body of `createObjective`
 * for a new objective, or the variables of {@link goalkitMutations}' `saveObjective`, compared with
 * `base` (the objective as the person opened it), for an existing one.
 */
export function editorSaveRequest(
  detail: GoalEditorSaveDetail,
  base?: SaveObjectiveVariables['base'],
): { create: ObjectiveCreate } | { save: SaveObjectiveVariables } {
  const { keyResults, parentId, description, manualStatus, competencyIds, ...fields } = detail.objective;
  const bodies = keyResults.map(({ milestones, ...kr }) => ({
    ...kr,
    ...(milestones ? { milestones: milestones.map((m) => ({ ...m })) } : {}),
  }));
  if (detail.objectiveId === undefined) {
    return {
      create: {
        ...fields,
        ...(description ? { description } : {}),
        ...(parentId ? { parentId } : {}),
        // A new development goal's competencies (the editor never changes those of a saved goal).
        ...(competencyIds?.length ? { competencyIds: [...competencyIds] } : {}),
        keyResults: bodies.map(({ id: _id, ...kr }) => kr),
      },
    };
  }
  return {
    save: {
      id: detail.objectiveId,
      version: detail.version ?? 0,
      patch: {
        ...fields,
        parentId,
        ...(description === undefined ? {} : { description }),
        ...(manualStatus === undefined ? {} : { manualStatus }),
      },
      keyResults: bodies,
      ...(base ? { base } : {}),
    },
  };
}

/** What a check-in mutation takes: the key result, its objective, and what the person entered. */
export interface CheckInVariables {
  objectiveId: string;
  keyResultId: string;
  body: CheckInCreate;
  /** Reuse across resubmissions of the same form to make them one check-in. */
  idempotencyKey?: string;
}

/** What an optimistic mutation remembers to roll back to. */
export interface OptimisticSnapshot {
  previous: Objective | undefined;
}

/** After a change to one objective: refresh what shows it elsewhere (lists, trees, its lint and history). */
function invalidateAround(queryClient: QueryClient, objectiveId: string) {
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.approvals() });
  // A check-in meets what was owed; a closed or reopened goal stops or starts being owed.
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.dueCheckInLists() });
  // A check-in, a status or a new goal changes the week a digest tells.
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.digests() });
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.objectiveLists() });
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.trees() });
  // A person's gaps list the development goals covering them (competencyKeys.person(...), spelled out here
  // so the goal layer does not load the competency routes).
  void queryClient.invalidateQueries({ queryKey: ['goalkit', 'competencies', 'people'] });
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.history(objectiveId) });
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.lint(objectiveId) });
}

/**
 * The scoring engine that rescores an optimistic check-in, loaded on first use so that pages which only
 * show goals never download it. `goalkitMutations()` starts the load, so it is there before the first
 * check-in; if it cannot load, the optimistic value shows with the last score and the server's reply
 * brings the new one (the next check-in tries the load again).
 */
const rescorer = lazyPart(() => import('@goalkit/core/resources'));
const loadRescorer = () => rescorer.load().catch(() => undefined);

async function cycleOf(queryClient: QueryClient, client: GoalkitClient, cycleId: string): Promise<Cycle | undefined> {
  const cycles = await queryClient.ensureQueryData(goalkitQueries(client).cycles()).catch(() => undefined);
  return cycles?.items.find((c) => c.id === cycleId);
}

/**
 * Mutation options. Check-ins and objective edits are optimistic: the cache shows the new value and
 * the recomputed score at once, rolls back on failure, and takes the server's reply as the truth.
 * Mutations are not retried by the query layer: the client retries them with one idempotency key.
 */
export function goalkitMutations(client: GoalkitClient, queryClient: QueryClient) {
  void loadRescorer();
  const settle = (objective: Objective) => {
    queryClient.setQueryData(goalkitKeys.objective(objective.id), objective);
    invalidateAround(queryClient, objective.id);
  };
  return {
    checkIn: (): MutationOptions<CheckInResult, Error, CheckInVariables, OptimisticSnapshot> => ({
      mutationKey: ['goalkit', 'check-in'],
      mutationFn: ({ keyResultId, body, idempotencyKey }) =>
        client.checkIns.create(keyResultId, body, idempotencyKey ? { idempotencyKey } : {}),
      onMutate: async ({ objectiveId, keyResultId, body }) => {
        const key = goalkitKeys.objective(objectiveId);
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData<Objective>(key);
        if (previous) {
          const [engine, cycle] = await Promise.all([loadRescorer(), cycleOf(queryClient, client, previous.cycleId)]);
          const applied = {
            ...previous,
            keyResults: previous.keyResults.map((kr) => (kr.id === keyResultId ? applyCheckIn(kr, body) : kr)),
          };
          queryClient.setQueryData<Objective>(key, engine && cycle ? engine.rescoreObjective(applied, cycle) : applied);
        }
        return { previous };
      },
      onError: (_error, { objectiveId }, snapshot) => {
        if (snapshot?.previous) queryClient.setQueryData(goalkitKeys.objective(objectiveId), snapshot.previous);
      },
      onSuccess: (result, { objectiveId, keyResultId }) => {
        queryClient.setQueryData(goalkitKeys.objective(objectiveId), result.objective);
        queryClient.setQueryData<{ items: CheckInResult['checkIn'][] }>(goalkitKeys.checkIns(keyResultId), (old) =>
          old ? { items: [...old.items.filter((c) => c.id !== result.checkIn.id), result.checkIn] } : old,
        );
        invalidateAround(queryClient, objectiveId);
      },
    }),

    /**
     * "Sync now": pull a key result's values from its connector. The reply (a failed pull included, with
     * `lastSync.ok: false`) replaces the objective in the cache; its check-ins are read again.
     */
    syncKeyResult: (): MutationOptions<KeyResultSyncResult, Error, { objectiveId: string; keyResultId: string }> => ({
      mutationKey: ['goalkit', 'sync-key-result'],
      mutationFn: ({ keyResultId }) => client.keyResults.sync(keyResultId),
      onSuccess: (result, { objectiveId, keyResultId }) => {
        queryClient.setQueryData(goalkitKeys.objective(objectiveId), result.objective);
        void queryClient.invalidateQueries({ queryKey: goalkitKeys.checkIns(keyResultId) });
        invalidateAround(queryClient, objectiveId);
      },
    }),

    updateObjective: (): MutationOptions<
      Objective,
      Error,
      { id: string; patch: ObjectivePatch; version: number },
      OptimisticSnapshot
    > => ({
      mutationKey: ['goalkit', 'update-objective'],
      mutationFn: ({ id, patch, version }) => client.objectives.update(id, patch, { version }),
      onMutate: async ({ id, patch }) => {
        const key = goalkitKeys.objective(id);
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData<Objective>(key);
        if (previous) queryClient.setQueryData<Objective>(key, { ...previous, ...(patch as Partial<Objective>) });
        return { previous };
      },
      onError: (_error, { id }, snapshot) => {
        if (snapshot?.previous) queryClient.setQueryData(goalkitKeys.objective(id), snapshot.previous);
      },
      onSuccess: settle,
    }),

    /**
     * Save an edited objective with its key results: the objective's fields with `If-Match`, then each
     * key result created, changed (with its own `If-Match`) or deleted, and the result read back.
     * A stale version anywhere stops at a `ConflictError`, before anything else is written.
     */
    saveObjective: (): MutationOptions<Objective, Error, SaveObjectiveVariables, OptimisticSnapshot> => ({
      mutationKey: ['goalkit', 'save-objective'],
      mutationFn: async ({ id, version, patch, keyResults, base }) => {
        const before: NonNullable<SaveObjectiveVariables['base']> =
          base ?? (await queryClient.ensureQueryData(goalkitQueries(client).objectives.detail(id)));
        // With a base, a field equal to what the person opened is not theirs to write.
        const changedPatch = base
          ? Object.fromEntries(
              Object.entries(patch).filter(([key, value]) => !sameJson((base as Record<string, unknown>)[key], value)),
            )
          : patch;
        let saved: Objective | undefined;
        if (!base || Object.keys(changedPatch).length > 0)
          saved = await client.objectives.update(id, changedPatch, { version });
        let wrote = false;
        const kept = new Set<string>();
        for (const [index, kr] of keyResults.entries()) {
          const { id: krId, ...fields } = kr;
          const existing = krId ? before.keyResults.find((k) => k.id === krId) : undefined;
          if (!existing) {
            await atRow(index, () => client.keyResults.create(id, fields));
            wrote = true;
            continue;
          }
          kept.add(existing.id);
          const changed = Object.fromEntries(
            Object.entries(fields).filter(
              ([key, value]) => !sameJson((existing as Record<string, unknown>)[key], value),
            ),
          );
          if (Object.keys(changed).length > 0) {
            await atRow(index, () =>
              client.keyResults.update(existing.id, changed, { version: existing.version ?? 0 }),
            );
            wrote = true;
          }
        }
        for (const kr of before.keyResults) {
          if (kept.has(kr.id)) continue;
          await client.keyResults.delete(kr.id, { version: kr.version ?? 0 });
          wrote = true;
        }
        if (!saved || wrote) saved = await client.objectives.get(id);
        return saved;
      },
      onError: () => {
        void queryClient.invalidateQueries({ queryKey: goalkitKeys.objectives() });
      },
      onSuccess: settle,
    }),

    createObjective: (): MutationOptions<Objective, Error, Parameters<GoalkitClient['objectives']['create']>[0]> => ({
      mutationKey: ['goalkit', 'create-objective'],
      mutationFn: (body) => client.objectives.create(body),
      onSuccess: settle,
    }),

    transition: (): MutationOptions<Objective, Error, { id: string } & Transition> => ({
      mutationKey: ['goalkit', 'transition'],
      mutationFn: ({ id, ...body }) => client.objectives.transition(id, body),
      onSuccess: settle,
    }),

    /** Carry an objective into another cycle as a draft; the copy lands in the cache. */
    duplicateObjective: (): MutationOptions<
      Objective,
      Error,
      { id: string } & Duplicate & { idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'duplicate-objective'],
      mutationFn: ({ id, idempotencyKey, ...body }) =>
        client.objectives.duplicate(id, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: settle,
    }),

    comment: (): MutationOptions<
      Comment,
      Error,
      { objectiveId: string; body: CommentCreate; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'comment'],
      mutationFn: ({ objectiveId, body, idempotencyKey }) =>
        client.comments.create(objectiveId, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: (comment) => {
        queryClient.setQueryData<{ items: Comment[] }>(goalkitKeys.comments(comment.objectiveId), (old) =>
          old ? { items: [...old.items.filter((c) => c.id !== comment.id), comment] } : old,
        );
        // Kudos are part of the week a digest tells.
        if (comment.kind === 'kudos') void queryClient.invalidateQueries({ queryKey: goalkitKeys.digests() });
      },
    }),
  };
}

/**
 * Route a live event to exactly the queries it affects: the objective itself, its check-ins or
 * comments, and the lists and trees that show its score. An event about a version the cache already
 * holds (the person's own write, already reconciled) refetches nothing.
 */
export function applyLiveEvent(queryClient: QueryClient, event: LiveEvent): void {
  const { objectiveId } = event;
  if (event.type === 'comment.created') {
    void queryClient.invalidateQueries({ queryKey: goalkitKeys.comments(objectiveId) });
    // It may be kudos: a digest shows those.
    void queryClient.invalidateQueries({ queryKey: goalkitKeys.digests() });
    return;
  }
  const detailKey = goalkitKeys.objective(objectiveId);
  if (event.deleted && event.type === 'objective.updated') {
    queryClient.removeQueries({ queryKey: detailKey });
  } else {
    const cached = queryClient.getQueryData<Objective>(detailKey);
    const held =
      event.type === 'objective.updated'
        ? cached?.version
        : cached?.keyResults.find((kr) => kr.id === event.keyResultId)?.version;
    if (cached && event.version !== undefined && held !== undefined && held >= event.version) return;
    void queryClient.invalidateQueries({ queryKey: detailKey });
  }
  if (event.type === 'check-in.created' && event.keyResultId) {
    void queryClient.invalidateQueries({ queryKey: goalkitKeys.checkIns(event.keyResultId) });
    void queryClient.invalidateQueries({ queryKey: goalkitKeys.dueCheckInLists() });
  }
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.history(objectiveId) });
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.objectiveLists() });
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.trees() });
  // Another person's check-in or change moves the week a digest tells (one's own did, on success).
  void queryClient.invalidateQueries({ queryKey: goalkitKeys.digests() });
  // A proposal, an approval or a withdrawal elsewhere changes someone's queue.
  if (event.type === 'objective.updated') void queryClient.invalidateQueries({ queryKey: goalkitKeys.approvals() });
}
