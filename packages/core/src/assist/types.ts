import type { z } from 'zod/mini';
import type { LintObjectiveOptions } from '../lint/lintObjective.js';
import type { ObjectiveLintResult } from '../lint/types.js';
import type { DraftObjective } from '../model/documentSchema.js';
import type {
  Agenda,
  AssistTask,
  DevelopmentGoalsOutput,
  DraftObjectiveInput,
  ObjectiveProposal,
  PrepareAgendaInput,
  SuggestDevelopmentGoalsInput,
  SummariseCheckInsInput,
  SummariseFeedbackInput,
  Summary,
} from './schemas.js';

/** Input of `rewrite-smart`: the objective to rewrite, as the editor holds it. */
export interface RewriteSmartInput {
  objective: DraftObjective;
}

/** What each task takes, what a provider returns for it, and what an accepted result carries. */
export interface AssistTaskMap {
  'draft-objective': { input: DraftObjectiveInput; output: ObjectiveProposal; accepted: ObjectiveAccepted };
  'rewrite-smart': { input: RewriteSmartInput; output: ObjectiveProposal; accepted: ObjectiveAccepted };
  'summarise-check-ins': { input: SummariseCheckInsInput; output: Summary; accepted: SummaryAccepted };
  'summarise-feedback': { input: SummariseFeedbackInput; output: Summary; accepted: SummaryAccepted };
  'suggest-development-goals': {
    input: SuggestDevelopmentGoalsInput;
    output: DevelopmentGoalsOutput;
    accepted: DevelopmentGoalsAccepted;
  };
  'prepare-agenda': { input: PrepareAgendaInput; output: Agenda; accepted: AgendaAccepted };
}

/** What the caller passes for a task. */
export type AssistInput<TTask extends AssistTask> = AssistTaskMap[TTask]['input'];
/** What a provider returns for a task (before the guardrails check it). */
export type AssistOutput<TTask extends AssistTask> = AssistTaskMap[TTask]['output'];

/** A JSON Schema (draft 2020-12) object, for providers that constrain their output with one. */
export type JsonSchema = Record<string, unknown>;

/** One request to a provider. */
export interface AssistRequest<TTask extends AssistTask = AssistTask> {
  /** The task. */
  task: TTask;
  /**
   * The task's input as core built it: only the fields the task needs, only from the entries the
   * requester may see. Send this, not the caller's objects.
   */
  input: unknown;
  /** The zod/mini schema the output must satisfy (the guardrails check it again). */
  schema: z.ZodMiniType<AssistOutput<TTask>>;
  /** The same schema as JSON Schema, for structured-output APIs (`response_format`, grammars). */
  jsonSchema: JsonSchema;
  /** Aborts the request; a provider should pass it to its `fetch`. */
  signal?: AbortSignal;
}

/**
 * The extension point for AI assistance: a host app implements it over the model it chooses (an
 * OpenAI-compatible endpoint, a local model). goalkit ships no provider and makes no network calls;
 * see `docs/assist.md`.
 */
export interface AiProvider {
  /** A short name for logs and audit trails, such as `openai:gpt-4.1-mini` or `fake`. */
  readonly id: string;
  /**
   * Answers one task. Return the output parsed from the model's JSON; throw (or reject) on failure,
   * and with an `AbortError` when `signal` aborts. Whatever comes back is checked before use.
   */
  complete<TTask extends AssistTask>(request: AssistRequest<TTask>): Promise<AssistOutput<TTask>>;
}

/** What the guardrails need beyond the input. */
export interface AssistContext {
  /** Aborts the provider call; the result is then `{ ok: false, reason: 'aborted' }`. */
  signal?: AbortSignal;
  /**
   * The ids of the entries the requester may see. Entries of the input not listed are left out of
   * the prompt, and citing them is refused. Without it, every entry passed is taken as visible:
   * pass only what the requester may see.
   */
  visibleIds?: Iterable<string>;
  /** How drafts and rewrites are linted (the document's cycles and owners, the config, `asOf`). */
  lint?: LintObjectiveOptions;
}

/** Why an assistance result was refused. */
export type AssistRefusalReason =
  | 'invalid-input'
  | 'too-few-entries'
  | 'aborted'
  | 'provider-error'
  | 'sets-rating'
  | 'invalid-output'
  | 'no-improvement'
  | 'adds-error'
  | 'uncited'
  | 'invisible-citation'
  | 'unknown-competency';

/** A refused result: the reason, a message saying what and where, and the original where there is one. */
export interface AssistRefusal<TTask extends AssistTask = AssistTask> {
  ok: false;
  task: TTask;
  /** The guardrail that refused. */
  reason: AssistRefusalReason;
  /** What was wrong, where, and what to do. */
  message: string;
  /** The path of the offending field in the input or the provider's output, such as `sentences[1].cites[0]`. */
  path?: string;
  /** The lint rules behind `adds-error` (the rules with more errors) or `no-improvement` (new findings). */
  ruleIds?: string[];
  /** The ids behind `invisible-citation` and `unknown-competency`. */
  ids?: string[];
  /** For drafts and rewrites: the objective as it was (for a draft, the sentence as a bare objective). */
  original?: DraftObjective;
  /** The error a provider threw, for `provider-error` and `aborted`. */
  cause?: unknown;
}

/** An accepted draft or rewrite. */
export interface ObjectiveAccepted {
  ok: true;
  task: 'draft-objective' | 'rewrite-smart';
  /** The new objective: the provider's plan with the original's id, owner, cycle, parent and progress. */
  value: DraftObjective;
  /** The objective as it was. */
  original: DraftObjective;
  /** The linter's overall SMART score before and after (computed by core, never by the provider). */
  smart: { before: number; after: number };
  /** The lint of `value`. */
  lint: ObjectiveLintResult;
}

/** An accepted summary. */
export interface SummaryAccepted {
  ok: true;
  task: 'summarise-check-ins' | 'summarise-feedback';
  value: Summary;
  /** Every id cited, in first-cited order. */
  cited: string[];
}

/** An accepted agenda. */
export interface AgendaAccepted {
  ok: true;
  task: 'prepare-agenda';
  value: Agenda;
  /** Every id cited, in first-cited order. */
  cited: string[];
}

/** One accepted development goal suggestion. */
export interface DevelopmentGoalSuggestion {
  /** The competency it develops (one of the input's gaps). */
  competencyId: string;
  /** The proposed objective, with the input's owner and cycle. */
  objective: DraftObjective;
  /** Why, in the provider's words. */
  rationale?: string;
  /** Its lint. */
  lint: ObjectiveLintResult;
}

/** A suggestion the guardrails left out. */
export interface RefusedSuggestion {
  competencyId: string;
  reason: 'no-improvement' | 'adds-error' | 'invalid-output';
  message: string;
  ruleIds?: string[];
  path?: string;
}

/** Accepted development goal suggestions, and those left out. */
export interface DevelopmentGoalsAccepted {
  ok: true;
  task: 'suggest-development-goals';
  value: DevelopmentGoalSuggestion[];
  refused: RefusedSuggestion[];
}

/** The result of a task: accepted, or refused with a reason. */
export type AssistResult<TTask extends AssistTask> = AssistTaskMap[TTask]['accepted'] | AssistRefusal<TTask>;
