import type { RouteName } from '@goalkit/client';
import { type CheckGroup, CheckSkipped, checkGroup, fail } from './harness.js';

const ASSIST_ROUTES = [
  'getAssist',
  'assistDraftObjective',
  'assistRewriteSmart',
  'assistSummariseCheckIns',
  'assistSummariseFeedback',
  'assistSuggestDevelopmentGoals',
  'assistPrepareAgenda',
] as const satisfies readonly RouteName[];

type Reply = { ok?: boolean; reason?: string; smart?: { before: number; after: number }; cited?: string[] };

const REFUSALS = new Set(['no-improvement', 'adds-error', 'invalid-output', 'sets-rating', 'provider-error']);

/**
 * AI assistance, when the backend offers it (`GET /assist` lists tasks): every reply fits the contract;
 * a draft or rewrite is either better by the linter's SMART score or refused with the original; no
 * summary from fewer than 2 entries; what is not visible (a missing key result or meeting) is 404; a
 * malformed body is 422. A backend without a provider is reported as skipped: not offered.
 */
export const ASSIST_CHECKS: CheckGroup = checkGroup([
  {
    id: 'assist.guardrails',
    name: 'AI assistance: the tasks offered, rewrites only when the SMART score rises, no summary of fewer than 2 entries, 404 for what the caller may not see',
    routes: ASSIST_ROUTES,
    run: async ({ request, expectStatus, expectShape, expectProblem, state }) => {
      const offer = await request('GET', '/assist');
      if (offer.response.status === 404) throw new CheckSkipped('not offered: GET /assist is 404 (no AI assistance)');
      expectStatus(offer.response, 200, 'GET /assist');
      expectShape('getAssist', offer.json);
      const tasks = (offer.json as { tasks: string[] }).tasks;
      if (tasks.length === 0) throw new CheckSkipped('not offered: GET /assist lists no task (no AI provider)');
      const seen: string[] = [];
      const post = async (name: RouteName, task: string, body: unknown) => {
        const reply = await request('POST', `/assist/${task}`, { body });
        expectStatus(reply.response, 200, `POST /assist/${task}`);
        expectShape(name, reply.json);
        return reply.json as Reply;
      };
      /** A draft or rewrite is accepted only when the SMART score rises; else it is refused with the original. */
      const heldToLinter = (task: string, reply: Reply) => {
        if (reply.ok && !(reply.smart && reply.smart.after > reply.smart.before))
          fail(
            `POST /assist/${task} accepted a proposal whose SMART score did not rise (${JSON.stringify(reply.smart)})`,
          );
        if (!reply.ok && !REFUSALS.has(reply.reason ?? ''))
          fail(`POST /assist/${task} refused with ${JSON.stringify(reply.reason)}, not a guardrail of drafts`);
        seen.push(`${task}: ${reply.ok ? 'accepted' : reply.reason}`);
      };

      if (tasks.includes('rewrite-smart')) {
        const objective = {
          id: 'conformance-rewrite',
          title: 'Improve onboarding',
          keyResults: [{ id: 'kr1', title: 'Better onboarding', type: 'increase' }],
        };
        heldToLinter('rewrite-smart', await post('assistRewriteSmart', 'rewrite-smart', { objective }));
        const malformed = await request('POST', '/assist/rewrite-smart', { body: { objective: { title: 7 } } });
        expectStatus(malformed.response, 422, 'POST /assist/rewrite-smart with a malformed objective');
        expectProblem(malformed.response, malformed.json);
      }
      if (tasks.includes('draft-objective')) {
        const reply = await post('assistDraftObjective', 'draft-objective', {
          sentence: 'We want new customers to onboard faster',
        });
        heldToLinter('draft-objective', reply);
      }
      if (tasks.includes('summarise-feedback') && state.objective) {
        const id = state.objective.id;
        const comments = await request('GET', `/objectives/${encodeURIComponent(id)}/comments`);
        const ids = ((comments.json as { items?: { id: string }[] } | undefined)?.items ?? []).map((c) => c.id);
        const reply = await post('assistSummariseFeedback', 'summarise-feedback', {
          subject: { kind: 'objective', id },
        });
        if (ids.length < 2 && (reply.ok || reply.reason !== 'too-few-entries'))
          fail(`a summary of ${ids.length} comment(s) was not refused as too-few-entries (${JSON.stringify(reply)})`);
        for (const cited of reply.cited ?? [])
          if (!ids.includes(cited))
            fail(`the feedback summary cites ${JSON.stringify(cited)}, not a comment of the goal`);
        seen.push(`summarise-feedback: ${reply.ok ? 'accepted' : reply.reason}`);
      }
      const missing = 'conformance-no-such-entry';
      if (tasks.includes('summarise-check-ins')) {
        const reply = await request('POST', '/assist/summarise-check-ins', { body: { keyResultId: missing } });
        expectStatus(reply.response, 404, 'POST /assist/summarise-check-ins for a key result that does not exist');
      }
      if (tasks.includes('prepare-agenda')) {
        const reply = await request('POST', '/assist/prepare-agenda', { body: { meetingId: missing } });
        expectStatus(reply.response, 404, 'POST /assist/prepare-agenda for a meeting that does not exist');
      }
      if (tasks.includes('suggest-development-goals')) {
        const reply = await post('assistSuggestDevelopmentGoals', 'suggest-development-goals', {
          gaps: [{ competencyId: 'conformance-skill', name: 'SQL', expected: 3, assessed: 1, gap: 2 }],
        });
        seen.push(`suggest-development-goals: ${reply.ok ? 'accepted' : reply.reason}`);
      }
      return `offered ${tasks.join(', ')}; ${seen.join('; ')}`;
    },
  },
]);
