import type { GoalkitClient } from '@goalkit/client';
import {
  type CompetenciesClient,
  competencies,
  competencyMutations,
  competencyQueries,
} from '@goalkit/client/competencies';
import { useGoalkit } from '../GoalkitContext.js';

interface Competencies {
  readonly growth: CompetenciesClient;
  readonly queries: ReturnType<typeof competencyQueries>;
  readonly mutations: ReturnType<typeof competencyMutations>;
}

// One set per client (and its cache), so every hook of a page shares them.
const made = new WeakMap<GoalkitClient, Competencies>();

/**
 * @internal The competency routes over the provider's client, with their query and mutation factories
 * (`@goalkit/client/competencies`): apart from the goal routes, so a page without competencies does not load them.
 */
export function useCompetencies(): Competencies {
  const { client, queryClient } = useGoalkit();
  let value = made.get(client);
  if (!value) {
    const growth = competencies(client);
    value = { growth, queries: competencyQueries(growth), mutations: competencyMutations(growth, queryClient) };
    made.set(client, value);
  }
  return value;
}
