import type { assistEndpoints } from './assist.js';
import type { Route } from './route.js';

const describe = <const T extends { readonly [K in keyof typeof assistEndpoints]: Pick<Route, 'summary' | 'tag'> }>(
  docs: T,
): T => docs;

const REFUSAL =
  'A refusal by a guardrail is 200 `{ ok: false, reason, message, path?, ruleIds?, ids?, original? }`, not an error; 404 when the server has no AI provider';

/** The summary and tag of every assistance route (see `routeDocs`). */
export const assistRouteDocs = describe({
  getAssist: {
    summary:
      'The AI assistance tasks this server offers (`{ tasks: [] }` when it was started without a provider), so widgets know whether to show their assist actions',
    tag: 'assist',
  },
  assistDraftObjective: {
    summary: `Draft an objective from a sentence, accepted only when the SMART score beats the sentence as a bare title and no lint error is added. ${REFUSAL}`,
    tag: 'assist',
  },
  assistRewriteSmart: {
    summary: `Rewrite an objective to be SMART: the proposal with the SMART score before and after, accepted only when the score rises and no lint error is added (else the original with the reason). ${REFUSAL}`,
    tag: 'assist',
  },
  assistSummariseCheckIns: {
    summary: `Summarise the check-ins of a key result the caller may see (at least 2), every sentence citing check-in ids. ${REFUSAL}`,
    tag: 'assist',
  },
  assistSummariseFeedback: {
    summary: `Summarise the comments on an objective, or on a person's objectives, that the caller may see (at least 2), every sentence citing comment ids. ${REFUSAL}`,
    tag: 'assist',
  },
  assistSuggestDevelopmentGoals: {
    summary: `Suggest a development objective per competency gap, each held to the linter; those that fail are listed in \`refused\`. ${REFUSAL}`,
    tag: 'assist',
  },
  assistPrepareAgenda: {
    summary: `Prepare a 1:1 agenda from a meeting the caller is in (the talking points they may see, action items, goal suggestions; never another person's private notes or points), every item citing its entries. ${REFUSAL}`,
    tag: 'assist',
  },
});
