/**
 * AI assistance over the goalkit API: which tasks the server offers, and one typed method per task.
 * A refusal by a guardrail is a value (`{ ok: false, reason, message, … }`), not an error: show its
 * reason. Apart from `@goalkit/client` so that pages without assistance do not load these schemas.
 *
 * ```ts
 * import { createClient } from '@goalkit/client';
 * import { assist } from '@goalkit/client/assist';
 *
 * const ai = assist(createClient({ baseUrl, getToken }));
 * if ((await ai.tasks()).includes('rewrite-smart')) {
 *   const result = await ai.rewriteSmart({ objective });
 *   if (result.ok) show(result.value, result.smart); else explain(result.reason, result.original);
 * }
 * ```
 *
 * @module
 */
import {
  type AssistDraftObjectiveBody,
  type AssistRewriteSmartBody,
  type AssistSuggestDevelopmentGoalsBody,
  type AssistSummariseFeedbackBody,
  type AssistTaskName,
  assistEndpoints as e,
} from './contract/assist.js';
import type { CallOptions, GoalkitClient } from './createClient.js';
import { HttpError } from './errors.js';

export type {
  AssistAgendaReply,
  AssistDevelopmentGoalsReply,
  AssistDraftObjectiveBody,
  AssistObjectiveReply,
  AssistOffer,
  AssistRefusalReasonName,
  AssistRefusalReply,
  AssistRewriteSmartBody,
  AssistSuggestDevelopmentGoalsBody,
  AssistSummariseFeedbackBody,
  AssistSummaryReply,
  AssistTaskName,
} from './contract/assist.js';

/** The assistance routes, one typed method each, over a client's `send` (its retries, timeouts, errors). */
export function assist(client: Pick<GoalkitClient, 'send'>) {
  const { send } = client;
  return {
    /**
     * The tasks the server offers: `[]` when it has no AI provider, or predates assistance (a 404 on
     * `GET /assist`). Other errors are thrown.
     */
    tasks: async (o?: CallOptions): Promise<AssistTaskName[]> => {
      try {
        return (await send(e.getAssist, { ...o })).tasks;
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) return [];
        throw error;
      }
    },
    /** Draft an objective from a sentence. */
    draftObjective: (body: AssistDraftObjectiveBody, o?: CallOptions) => send(e.assistDraftObjective, { body, ...o }),
    /** Rewrite an objective (as the editor holds it) to be SMART: accepted only when the SMART score rises. */
    rewriteSmart: (body: AssistRewriteSmartBody, o?: CallOptions) => send(e.assistRewriteSmart, { body, ...o }),
    /** Summarise the check-ins of a key result the caller may see. */
    summariseCheckIns: (keyResultId: string, o?: CallOptions) =>
      send(e.assistSummariseCheckIns, { body: { keyResultId }, ...o }),
    /** Summarise the feedback on an objective, or on a person's objectives, that the caller may see. */
    summariseFeedback: (subject: AssistSummariseFeedbackBody['subject'], o?: CallOptions) =>
      send(e.assistSummariseFeedback, { body: { subject }, ...o }),
    /** Suggest development objectives for the caller's competency gaps. */
    suggestDevelopmentGoals: (body: AssistSuggestDevelopmentGoalsBody, o?: CallOptions) =>
      send(e.assistSuggestDevelopmentGoals, { body, ...o }),
    /** Prepare an agenda for a 1:1 meeting the caller is in. */
    prepareAgenda: (meetingId: string, o?: CallOptions) => send(e.assistPrepareAgenda, { body: { meetingId }, ...o }),
  };
}

/** What {@link assist} returns. */
export type AssistApi = ReturnType<typeof assist>;
