/**
 * Competencies over the goalkit API: frameworks, a person's placement, assessments, and what core computes
 * from them (gaps, readiness, plan coverage), with query option factories and mutations for TanStack Query.
 * Apart from `@goalkit/client` so that pages without competencies do not load these routes' schemas.
 *
 * ```ts
 * import { createClient } from '@goalkit/client';
 * import { competencies } from '@goalkit/client/competencies';
 *
 * const growth = competencies(createClient({ baseUrl, getToken }));
 * const { gaps, coverage } = await growth.people.gaps('ana');
 * ```
 *
 * @module
 */
import type { MutationOptions, QueryClient } from '@tanstack/query-core';
import {
  type Assessment,
  type AssessmentCreate,
  competencyEndpoints as e,
  type Framework,
  type FrameworkCreate,
  type FrameworkPut,
  type Placement,
  type PlacementPut,
} from './contract/competencies.js';
import type { CallOptions, GoalkitClient, VersionedCallOptions, WriteCallOptions } from './createClient.js';
import { query } from './queryOptions.js';

/** The query of `people.competencies`. */
export interface CompetencyProfileParams {
  /** Read the assessments given up to this instant or day. @default now */
  asOf?: string;
}

/** The query of `people.gaps`. */
export interface GapsParams {
  /** A level of the person's track. @default their target level */
  target?: string;
}

const id = (value: string) => ({ id: value });

/** The competency routes, one typed method each, over a client's `send` (its retries, timeouts, errors). */
export function competencies(client: Pick<GoalkitClient, 'send'>) {
  const { send } = client;
  return {
    frameworks: {
      /** Every framework. */
      list: (o?: CallOptions) => send(e.listFrameworks, { ...o }),
      get: (frameworkId: string, o?: CallOptions) => send(e.getFramework, { params: id(frameworkId), ...o }),
      /** Add a framework (admins). */
      create: (body: FrameworkCreate, o?: WriteCallOptions) => send(e.createFramework, { body, ...o }),
      /** Replace a framework (admins). */
      update: (frameworkId: string, body: FrameworkPut, o: VersionedCallOptions & WriteCallOptions) =>
        send(e.updateFramework, { params: id(frameworkId), body, ...o }),
    },
    people: {
      /** The person's competencies against their current and target level, with readiness for both. */
      competencies: (personId: string, params: CompetencyProfileParams = {}, o?: CallOptions) =>
        send(e.getCompetencies, { params: id(personId), query: { ...params }, ...o }),
      /** The person's gaps against a level, with the development goals covering each. */
      gaps: (personId: string, params: GapsParams = {}, o?: CallOptions) =>
        send(e.getGaps, { params: id(personId), query: { ...params }, ...o }),
      /** Place the person on a track (admins and their manager chain). */
      setPlacement: (personId: string, body: PlacementPut, o?: WriteCallOptions) =>
        send(e.setPlacement, { params: id(personId), body, ...o }),
    },
    assessments: {
      /** The person's ratings, oldest first. */
      list: (personId: string, o?: CallOptions) => send(e.listAssessments, { params: id(personId), ...o }),
      /** Rate one of the person's competencies: `self` for the person, `manager` for their manager chain. */
      create: (personId: string, body: AssessmentCreate, o?: WriteCallOptions) =>
        send(e.createAssessment, { params: id(personId), body, ...o }),
    },
  };
}

/** What {@link competencies} returns. */
export type CompetenciesClient = ReturnType<typeof competencies>;

/** Query keys of the competencies, under `goalkit` (so invalidating `goalkitKeys.all` reaches them too). */
export const competencyKeys = {
  all: ['goalkit', 'competencies'] as const,
  frameworks: () => ['goalkit', 'competencies', 'frameworks'] as const,
  framework: (frameworkId: string) => ['goalkit', 'competencies', 'frameworks', frameworkId] as const,
  person: (personId: string) => ['goalkit', 'competencies', 'people', personId] as const,
  profile: (personId: string, params: CompetencyProfileParams = {}) =>
    ['goalkit', 'competencies', 'people', personId, 'profile', params] as const,
  gaps: (personId: string, params: GapsParams = {}) =>
    ['goalkit', 'competencies', 'people', personId, 'gaps', params] as const,
  assessments: (personId: string) => ['goalkit', 'competencies', 'people', personId, 'assessments'] as const,
};

/** Query option factories for the competency reads. */
export function competencyQueries(growth: CompetenciesClient) {
  const once = { retry: false } as const;
  return {
    frameworks: () => query(competencyKeys.frameworks(), (signal) => growth.frameworks.list({ signal, ...once })),
    framework: (frameworkId: string) =>
      query(competencyKeys.framework(frameworkId), (signal) => growth.frameworks.get(frameworkId, { signal, ...once })),
    profile: (personId: string, params: CompetencyProfileParams = {}) =>
      query(competencyKeys.profile(personId, params), (signal) =>
        growth.people.competencies(personId, params, { signal, ...once }),
      ),
    gaps: (personId: string, params: GapsParams = {}) =>
      query(competencyKeys.gaps(personId, params), (signal) =>
        growth.people.gaps(personId, params, { signal, ...once }),
      ),
    assessments: (personId: string) =>
      query(competencyKeys.assessments(personId), (signal) => growth.assessments.list(personId, { signal, ...once })),
  };
}

/**
 * Mutations of the competencies. A new rating or placement changes the person's profile and gaps: their
 * queries are invalidated; a framework's reply lands in the cache.
 */
export function competencyMutations(growth: CompetenciesClient, queryClient: QueryClient) {
  const person = (personId: string) =>
    void queryClient.invalidateQueries({ queryKey: competencyKeys.person(personId) });
  return {
    createAssessment: (): MutationOptions<
      Assessment,
      Error,
      { personId: string; body: AssessmentCreate; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'competencies', 'create-assessment'],
      mutationFn: ({ personId, body, idempotencyKey }) =>
        growth.assessments.create(personId, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: (assessment) => person(assessment.personId),
    }),
    setPlacement: (): MutationOptions<
      Placement,
      Error,
      { personId: string; body: PlacementPut; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'competencies', 'set-placement'],
      mutationFn: ({ personId, body, idempotencyKey }) =>
        growth.people.setPlacement(personId, body, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: (placement) => person(placement.personId),
    }),
    createFramework: (): MutationOptions<Framework, Error, FrameworkCreate & { idempotencyKey?: string }> => ({
      mutationKey: ['goalkit', 'competencies', 'create-framework'],
      mutationFn: ({ idempotencyKey, ...body }) =>
        growth.frameworks.create(body as FrameworkCreate, idempotencyKey ? { idempotencyKey } : {}),
      onSuccess: (framework) => {
        queryClient.setQueryData(competencyKeys.framework(framework.id), framework);
        void queryClient.invalidateQueries({ queryKey: competencyKeys.frameworks() });
      },
    }),
    updateFramework: (): MutationOptions<
      Framework,
      Error,
      { frameworkId: string; version: number; body: FrameworkPut; idempotencyKey?: string }
    > => ({
      mutationKey: ['goalkit', 'competencies', 'update-framework'],
      mutationFn: ({ frameworkId, version, body, idempotencyKey }) =>
        growth.frameworks.update(frameworkId, body, { version, ...(idempotencyKey ? { idempotencyKey } : {}) }),
      onSuccess: (framework) => {
        queryClient.setQueryData(competencyKeys.framework(framework.id), framework);
        // Expectations changed: every profile and gap list may have.
        void queryClient.invalidateQueries({ queryKey: competencyKeys.all });
      },
    }),
  };
}

export type {
  AssessedLevel,
  Assessment,
  AssessmentCreate,
  AssessmentSource,
  CompetencyGaps,
  CompetencyProfile,
  DevelopmentGoalRef,
  Framework,
  FrameworkCreate,
  FrameworkPut,
  Placement,
  PlacementPut,
  TrackLevelRef,
} from './contract/competencies.js';
