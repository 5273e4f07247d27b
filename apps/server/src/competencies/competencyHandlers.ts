import type { Person } from '@goalkit/client';
import type { competencyEndpoints } from '@goalkit/client/contract';
import type { GoalStore, VersionPrecondition } from '../store.js';

/** Every competency route of the contract (the matrix test is typed from this). */
export type CompetencyRoute = keyof typeof competencyEndpoints;

/**
 * The part of the app's `Handler` these handlers use, spelled out here: importing the app's type would
 * make a cycle (the app imports these handlers). Its reply has no `events`: nothing of a person's
 * competencies goes to `/events` or to webhooks.
 */
type Handler = (
  input: {
    person: Person;
    params: Record<string, string>;
    query: Record<string, unknown>;
    body: unknown;
    version: VersionPrecondition | undefined;
  },
  store: GoalStore,
) => Promise<{ status: 200 | 201; body: unknown; location?: string }>;

const at = (id: string) => encodeURIComponent(id);
const id = (params: Record<string, string>) => params.id as string;

/** The competency routes' handlers, over `store.competencies` (the rules are in `Competencies`). */
export const competencyHandlers: Record<CompetencyRoute, Handler> = {
  listFrameworks: async ({ person }, store) => ({
    status: 200,
    body: { items: await store.competencies.listFrameworks(person) },
  }),
  createFramework: async ({ person, body }, store) => {
    const framework = await store.competencies.createFramework(person, body as never);
    return { status: 201, body: framework, location: `/frameworks/${at(framework.id)}` };
  },
  getFramework: async ({ person, params }, store) => ({
    status: 200,
    body: await store.competencies.getFramework(person, id(params)),
  }),
  updateFramework: async ({ person, params, body, version }, store) => ({
    status: 200,
    // The app answers 428 before a handler runs when `If-Match` is missing.
    body: await store.competencies.updateFramework(person, id(params), body as never, version ?? []),
  }),
  getCompetencies: async ({ person, params, query }, store) => ({
    status: 200,
    body: await store.competencies.profile(person, id(params), query.asOf as string | undefined),
  }),
  listAssessments: async ({ person, params }, store) => ({
    status: 200,
    body: { items: await store.competencies.assessments(person, id(params)) },
  }),
  createAssessment: async ({ person, params, body }, store) => {
    const assessment = await store.competencies.createAssessment(person, id(params), body as never);
    return {
      status: 201,
      body: assessment,
      location: `/people/${at(assessment.personId)}/assessments#${at(assessment.id)}`,
    };
  },
  getGaps: async ({ person, params, query }, store) => ({
    status: 200,
    body: await store.competencies.gaps(person, id(params), query.target as string | undefined),
  }),
  setPlacement: async ({ person, params, body }, store) => ({
    status: 200,
    body: await store.competencies.setPlacement(person, id(params), body as never),
  }),
};
