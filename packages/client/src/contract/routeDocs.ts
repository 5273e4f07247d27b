import type { endpoints } from './endpoints.js';
import type { Route } from './route.js';

/** Every route of `endpoints`, and nothing else, gets its summary and tag. */
const describe = <const T extends { readonly [K in keyof typeof endpoints]: Pick<Route, 'summary' | 'tag'> }>(
  docs: T,
): T => docs;

/**
 * The summary and tag of every route, apart from `endpoints` so that the client, which never reads
 * them, does not ship them. `routes` joins the two; only code that reads `routes` (the OpenAPI
 * document, the server, the conformance checks) carries these strings.
 */
export const routeDocs = describe({
  me: { summary: 'The signed-in person', tag: 'people' },
  listCycles: { summary: 'All cycles', tag: 'cycles' },
  listOwners: { summary: 'People, teams, departments and the org', tag: 'people' },
  listObjectives: {
    summary: 'Objectives the caller may see, a page at a time (cursor pagination, stable under inserts)',
    tag: 'objectives',
  },
  createObjective: { summary: 'Create an objective (as a draft), optionally with key results', tag: 'objectives' },
  getObjective: { summary: 'One objective with its key results and score', tag: 'objectives' },
  updateObjective: { summary: 'Change an objective (If-Match required)', tag: 'objectives' },
  deleteObjective: { summary: 'Delete an objective (If-Match required)', tag: 'objectives' },
  transitionObjective: {
    summary:
      'Move an objective through its lifecycle: propose, withdraw (the proposal), approve, return (with a comment), close, reopen',
    tag: 'objectives',
  },
  duplicateObjective: {
    summary:
      'Carry an objective into another cycle: a draft copy with its key results (no check-ins), re-aligned to the carried copy of its parent where there is one',
    tag: 'objectives',
  },
  createKeyResult: { summary: 'Add a key result to an objective', tag: 'key-results' },
  updateKeyResult: { summary: 'Change a key result (If-Match required)', tag: 'key-results' },
  deleteKeyResult: { summary: 'Delete a key result (If-Match required)', tag: 'key-results' },
  listCheckIns: { summary: "A key result's check-ins, oldest first", tag: 'check-ins' },
  createCheckIn: { summary: 'Record a check-in; replies with the new key result and objective', tag: 'check-ins' },
  listComments: { summary: 'Comments and kudos on an objective, oldest first', tag: 'feedback' },
  createComment: { summary: 'Post a comment or kudos (plain text)', tag: 'feedback' },
  getHistory: { summary: 'Every revision of the objective and its key results', tag: 'objectives' },
  getTree: { summary: 'The alignment tree with scores, depth-first', tag: 'objectives' },
  getLint: { summary: "The SMART linter's report for one objective in its document context", tag: 'objectives' },
  listApprovals: {
    summary: "Goals proposed and waiting for the caller's approval (the caller may approve each), oldest first",
    tag: 'objectives',
  },
  listAlignmentCandidates: {
    summary:
      "Goals an objective of `owner` in `cycle` may align to: its teams', its manager's and the company's, that the caller may see",
    tag: 'objectives',
  },
  listCadencePolicies: {
    summary: "Every owner's cadence policy: when the key results of its goals (and those below it) are due",
    tag: 'rhythm',
  },
  setCadencePolicy: {
    summary:
      "Set an owner's cadence policy (admins; a team's or person's managers; a person their own), with defaults for what is left out",
    tag: 'rhythm',
  },
  deleteCadencePolicy: { summary: "Remove an owner's cadence policy (the one above applies again)", tag: 'rhythm' },
  listDueCheckIns: {
    summary:
      'The check-ins a person owes now (the caller by default; a report for their managers), due, overdue or escalated, oldest first',
    tag: 'rhythm',
  },
  putKeyResultValue: {
    summary:
      "A key result's value on a day, from a system: the same PUT again changes nothing, another value replaces that day's; never confidence",
    tag: 'check-ins',
  },
  getAnalytics: {
    summary:
      "Program health (check-in rate, alignment coverage, goal quality, outcomes) and confidence calibration (Brier score, its decomposition, a reliability diagram, calibrated forecasts) for a cycle and an owner's scope, over what the caller may see; aggregates over fewer than k people hidden",
    tag: 'analytics',
  },
  importGoals: {
    summary:
      "Import goals from Viva Goals, Betterworks, Tability or goalkit's CSV: owners matched by id or email and never invented, every rejected row with its reason; the same file twice changes nothing; ?dryRun=true writes nothing",
    tag: 'objectives',
  },
  syncKeyResult: {
    summary:
      "Sync now: pull a key result's values from its connector; a failed pull is recorded in source.lastSync (ok: false, the error in words) and changes no value or score",
    tag: 'check-ins',
  },
  getDigest: {
    summary:
      "What changed in a person's or team's goals over some days (the last 7 by default): check-ins, status changes, new risks, kudos, quiet key results; only goals the caller may see",
    tag: 'rhythm',
  },
  createWebhook: {
    summary:
      "Send the caller's choice of live events, signed (Standard Webhooks), to a URL; the reply holds the secret, once",
    tag: 'webhooks',
  },
  listWebhooks: {
    summary: "The caller's webhooks (every webhook, for admins), without their secrets",
    tag: 'webhooks',
  },
  deleteWebhook: { summary: 'Stop a webhook and forget its deliveries (its owner or an admin)', tag: 'webhooks' },
  rotateWebhookSecret: {
    summary:
      'A new secret for a webhook (shown once); the previous one keeps signing beside it for the overlap (24 h by default)',
    tag: 'webhooks',
  },
  listWebhookDeliveries: {
    summary: "A webhook's deliveries, newest first: pending, delivered or failed, with the last attempt's outcome",
    tag: 'webhooks',
  },
});
