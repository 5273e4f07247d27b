import { ASSIST_CHECKS } from './assist.js';
import { AUTHORISATION_GROUP } from './authorisation.js';
import { CONTRACT_CHECKS, FINAL_CHECKS } from './checks.js';
import { COMPETENCY_CHECKS } from './competencies.js';
import { MEETING_CHECKS, REVIEW_CHECKS } from './conversations.js';
import {
  type CheckGroup,
  type CheckResult,
  type ConformanceOptions,
  type ConformanceState,
  createHarness,
  runCheckGroups,
} from './harness.js';

export { AUTHORISATION_CHECKS } from './authorisation.js';
export type {
  CheckGroup,
  CheckResult,
  ConformanceCheck,
  ConformanceContext,
  ConformanceOptions,
  CoveredRoute,
} from './harness.js';

/**
 * The table of checks, in the order they run: the contract's (which make the test objective), the
 * authorisation checks (with a second person's token), the 1:1s (with the first person's manager; the
 * privacy check with the manager's token), review cycles (with an admin's token), competencies (frameworks
 * with an admin's token; a person's privacy with the manager's and a second person's) and AI assistance (skipped
 * as not offered when `GET /assist` lists no task), then every write's
 * precondition, finite numbers and the deletion of the test objective.
 */
export const CONFORMANCE_CHECKS: readonly CheckGroup<unknown>[] = [
  CONTRACT_CHECKS,
  AUTHORISATION_GROUP,
  MEETING_CHECKS as CheckGroup<unknown>,
  REVIEW_CHECKS as CheckGroup<unknown>,
  COMPETENCY_CHECKS as CheckGroup<unknown>,
  ASSIST_CHECKS as CheckGroup<unknown>,
  FINAL_CHECKS,
];

/**
 * Run the contract's checks against a running backend: response shapes against the schemas, status
 * codes, ETag and If-Match rules, idempotent replay, pagination, problem+json errors and, with a second
 * person's token, authorisation (see {@link AUTHORISATION_CHECKS}). It creates (and deletes) a few
 * objectives of the token's person.
 */
export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const harness = createHarness(options);
  const state: ConformanceState = {};
  await runCheckGroups({ ...harness, options, state }, CONFORMANCE_CHECKS);
  return harness.results;
}
