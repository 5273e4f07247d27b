import { ASSIST_TASKS, agendaOutputSchema, competencyGapSchema, summaryOutputSchema } from '@goalkit/core/assist';
import { draftObjectiveSchema } from '@goalkit/core/model';
import * as z from 'zod/mini';
import { id, noNul } from './fields.js';
import type { Endpoint } from './route.js';

/**
 * AI assistance (`POST /assist/{task}`, `GET /assist`): a server started with an `AiProvider` drafts
 * and rewrites goals, summarises check-ins and feedback, suggests development goals and prepares 1:1
 * agendas, every answer held to core's guardrails (`@goalkit/core/assist`). The server builds each
 * task's input itself, from what the caller may see: the body names what to work on (a key result, a
 * meeting), never the entries.
 *
 * A refusal is a result, not an error: `200 { ok: false, reason, message, … }`, so a widget shows the
 * reason in words. Problems (4xx) are for requests the server could not run: 404 when the server has
 * no provider (or the key result, objective, person or meeting is not visible to the caller), 422 for
 * a malformed body. Kept apart from the goal routes so a bundle without assistance does not carry them.
 */

/** The name of an assistance task (`rewrite-smart`, `summarise-feedback`, …). */
export const assistTaskSchema = z.enum(ASSIST_TASKS);

/** `GET /assist`: the tasks this server offers the caller; `[]` when it has no provider. */
export const assistOfferSchema = z.object({ tasks: z.array(assistTaskSchema) });

/** Why a result was refused (see `docs/assist.md`). */
export const assistRefusalReasonSchema = z.enum([
  'invalid-input',
  'too-few-entries',
  'aborted',
  'provider-error',
  'sets-rating',
  'invalid-output',
  'no-improvement',
  'adds-error',
  'uncited',
  'invisible-citation',
  'unknown-competency',
]);

/** A refused result: the guardrail, a message saying what and where, and the original where there is one. */
export const assistRefusalSchema = z.object({
  ok: z.literal(false),
  task: assistTaskSchema,
  reason: assistRefusalReasonSchema,
  /** What was wrong, where, and what to do (English; widgets word the reason in their locale). */
  message: z.string(),
  /** The path of the offending field, such as `sentences[1].cites[0]`. */
  path: z.optional(z.string()),
  /** The lint rules behind `adds-error` or `no-improvement`. */
  ruleIds: z.optional(z.array(z.string())),
  /** The ids behind `invisible-citation` (only ids the caller sent or may see) and `unknown-competency`. */
  ids: z.optional(z.array(z.string())),
  /** Drafts and rewrites: the objective as it was. */
  original: z.optional(draftObjectiveSchema),
});

const smartSchema = z.object({ before: z.number(), after: z.number() });

/** An accepted draft or rewrite: the new objective, the original, and the linter's SMART score before and after. */
export const assistObjectiveAcceptedSchema = z.object({
  ok: z.literal(true),
  task: z.enum(['draft-objective', 'rewrite-smart']),
  value: draftObjectiveSchema,
  original: draftObjectiveSchema,
  smart: smartSchema,
});

/** An accepted summary: sentences, each citing entries the caller may see. */
export const assistSummaryAcceptedSchema = z.object({
  ok: z.literal(true),
  task: z.enum(['summarise-check-ins', 'summarise-feedback']),
  value: summaryOutputSchema,
  /** Every id cited, in first-cited order. */
  cited: z.array(z.string()),
});

/** An accepted agenda: items, each citing entries of the meeting the caller may see. */
export const assistAgendaAcceptedSchema = z.object({
  ok: z.literal(true),
  task: z.literal('prepare-agenda'),
  value: agendaOutputSchema,
  cited: z.array(z.string()),
});

/** Accepted development goal suggestions (each a draft objective for the caller), and those left out. */
export const assistDevelopmentGoalsAcceptedSchema = z.object({
  ok: z.literal(true),
  task: z.literal('suggest-development-goals'),
  value: z.array(
    z.object({ competencyId: z.string(), objective: draftObjectiveSchema, rationale: z.optional(z.string()) }),
  ),
  refused: z.array(
    z.object({
      competencyId: z.string(),
      reason: z.enum(['no-improvement', 'adds-error', 'invalid-output']),
      message: z.string(),
      ruleIds: z.optional(z.array(z.string())),
      path: z.optional(z.string()),
    }),
  ),
});

const sentence = z.string().check(z.trim(), z.minLength(1), z.maxLength(1000), noNul());

/** `POST /assist/draft-objective`: a sentence; the objective would be the caller's unless `owner` says otherwise. */
export const assistDraftObjectiveBodySchema = z.object({
  sentence,
  owner: z.optional(id),
  cycle: z.optional(id),
  /** An objective the caller may see (404 otherwise). */
  parent: z.optional(id),
});

/** `POST /assist/rewrite-smart`: the objective as the editor holds it (unsaved edits too). */
export const assistRewriteSmartBodySchema = z.object({ objective: draftObjectiveSchema });

/** `POST /assist/summarise-check-ins`: a key result the caller may see; the server reads its check-ins. */
export const assistSummariseCheckInsBodySchema = z.object({ keyResultId: id });

/**
 * `POST /assist/summarise-feedback`: an objective the caller may see (its comments), or a person (the
 * comments on their objectives the caller may see).
 */
export const assistSummariseFeedbackBodySchema = z.object({
  subject: z.object({ kind: z.enum(['person', 'objective']), id }),
});

/** `POST /assist/suggest-development-goals`: the caller's gaps (from `/people/{id}/gaps`); the goals would be theirs. */
export const assistSuggestDevelopmentGoalsBodySchema = z.object({
  gaps: z.array(competencyGapSchema).check(z.minLength(1), z.maxLength(50)),
  cycle: z.optional(id),
});

/**
 * `POST /assist/prepare-agenda`: a meeting the caller is in; the server reads its talking points the
 * caller may see, its action items and suggestions (never another person's private notes or points).
 */
export const assistPrepareAgendaBodySchema = z.object({ meetingId: id });

const define = <const T extends Record<string, Endpoint>>(endpoints: T): T => endpoints;

const post = <TBody extends z.ZodMiniType, TAccepted extends z.ZodMiniType>(
  task: (typeof ASSIST_TASKS)[number],
  body: TBody,
  accepted: TAccepted,
) =>
  ({
    method: 'POST',
    path: `/assist/${task}`,
    body,
    response: z.union([accepted, assistRefusalSchema]),
  }) as const;

/** The assistance routes, as the client sends and reads them. */
export const assistEndpoints = define({
  getAssist: { method: 'GET', path: '/assist', response: assistOfferSchema },
  assistDraftObjective: post('draft-objective', assistDraftObjectiveBodySchema, assistObjectiveAcceptedSchema),
  assistRewriteSmart: post('rewrite-smart', assistRewriteSmartBodySchema, assistObjectiveAcceptedSchema),
  assistSummariseCheckIns: post('summarise-check-ins', assistSummariseCheckInsBodySchema, assistSummaryAcceptedSchema),
  assistSummariseFeedback: post('summarise-feedback', assistSummariseFeedbackBodySchema, assistSummaryAcceptedSchema),
  assistSuggestDevelopmentGoals: post(
    'suggest-development-goals',
    assistSuggestDevelopmentGoalsBodySchema,
    assistDevelopmentGoalsAcceptedSchema,
  ),
  assistPrepareAgenda: post('prepare-agenda', assistPrepareAgendaBodySchema, assistAgendaAcceptedSchema),
});

/** The name of an assistance task. */
export type AssistTaskName = z.infer<typeof assistTaskSchema>;
/** `GET /assist`. */
export type AssistOffer = z.infer<typeof assistOfferSchema>;
/** A refused result. */
export type AssistRefusalReply = z.infer<typeof assistRefusalSchema>;
/** Why a result was refused. */
export type AssistRefusalReasonName = z.infer<typeof assistRefusalReasonSchema>;
/** The reply of `POST /assist/rewrite-smart` and `/assist/draft-objective`. */
export type AssistObjectiveReply = z.infer<typeof assistObjectiveAcceptedSchema> | AssistRefusalReply;
/** The reply of `POST /assist/summarise-check-ins` and `/assist/summarise-feedback`. */
export type AssistSummaryReply = z.infer<typeof assistSummaryAcceptedSchema> | AssistRefusalReply;
/** The reply of `POST /assist/prepare-agenda`. */
export type AssistAgendaReply = z.infer<typeof assistAgendaAcceptedSchema> | AssistRefusalReply;
/** The reply of `POST /assist/suggest-development-goals`. */
export type AssistDevelopmentGoalsReply = z.infer<typeof assistDevelopmentGoalsAcceptedSchema> | AssistRefusalReply;
/** The body of `POST /assist/draft-objective`. */
export type AssistDraftObjectiveBody = z.input<typeof assistDraftObjectiveBodySchema>;
/** The body of `POST /assist/rewrite-smart`. */
export type AssistRewriteSmartBody = z.input<typeof assistRewriteSmartBodySchema>;
/** The body of `POST /assist/summarise-feedback`. */
export type AssistSummariseFeedbackBody = z.input<typeof assistSummariseFeedbackBodySchema>;
/** The body of `POST /assist/suggest-development-goals`. */
export type AssistSuggestDevelopmentGoalsBody = z.input<typeof assistSuggestDevelopmentGoalsBodySchema>;
