import { z } from 'zod/mini';
import { lintObjective } from '../lint/lintObjective.js';
import type { ObjectiveLintResult } from '../lint/types.js';
import { type DraftKeyResult, type DraftObjective, draftObjectiveSchema } from '../model/documentSchema.js';
import {
  type AssistTask,
  agendaOutputSchema,
  type CitedSentence,
  developmentGoalsOutputSchema,
  draftObjectiveInputSchema,
  type ObjectiveProposal,
  objectiveProposalSchema,
  prepareAgendaInputSchema,
  suggestDevelopmentGoalsInputSchema,
  summariseCheckInsInputSchema,
  summariseFeedbackInputSchema,
  summaryOutputSchema,
} from './schemas.js';
import type {
  AiProvider,
  AssistContext,
  AssistInput,
  AssistRefusal,
  AssistRefusalReason,
  AssistResult,
  DevelopmentGoalSuggestion,
  JsonSchema,
  ObjectiveAccepted,
  RefusedSuggestion,
} from './types.js';

/** The fewest entries a summary is made from: one entry is quoted, not summarised. */
export const MIN_SUMMARY_ENTRIES = 2;

/**
 * Output keys that would let a provider set a rating, a score, a grade or progress. An output with
 * one anywhere is refused (`sets-rating`), not stripped: a provider that answers with a rating is
 * off its task, and quietly dropping the field would hide that.
 */
export const RATING_KEY = /rating|score|grade|progress|^(current|checkIns?|done|doneAt|confidence|assess(ed|ment)s?)$/i;

type Schema = z.ZodMiniType;

/** Whether the model has development goals (`kind`, `competencyIds`): suggestions are then marked as such. */
const MODEL_HAS_KIND = /* @__PURE__ */ Object.hasOwn(draftObjectiveSchema.shape, 'kind');

/** `sentences[1].cites[0]` from a zod issue path. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else {
      const name = String(key);
      text += /^[A-Za-z_$][\w$]*$/.test(name) ? (text === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return text;
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** The first key anywhere in `value` that names a rating, score, grade or progress. */
function findRatingKey(value: unknown, path: PropertyKey[] = []): { key: string; path: PropertyKey[] } | undefined {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findRatingKey(value[index], [...path, index]);
      if (found !== undefined) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (RATING_KEY.test(key)) return { key, path: [...path, key] };
      const found = findRatingKey(item, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function refuse<TTask extends AssistTask>(
  task: TTask,
  reason: AssistRefusalReason,
  message: string,
  extra: {
    [TKey in Exclude<keyof AssistRefusal, 'ok' | 'task' | 'reason' | 'message'>]?: AssistRefusal[TKey] | undefined;
  } = {},
): AssistRefusal<TTask> {
  const refusal: AssistRefusal<TTask> = { ok: false, task, reason, message };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) (refusal as unknown as Record<string, unknown>)[key] = value;
  }
  return refusal;
}

/** Parses the caller's input, or explains the first problem with its path. */
function parseInput<TTask extends AssistTask, T>(
  task: TTask,
  schema: z.ZodMiniType<T>,
  input: unknown,
): { ok: true; value: T } | AssistRefusal<TTask> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const path = formatPath(issue?.path ?? []);
  return refuse(task, 'invalid-input', `The ${task} input is invalid at ${path || 'the top'}: ${issue?.message}.`, {
    path,
  });
}

const jsonSchemas = new WeakMap<Schema, JsonSchema>();

function jsonSchemaOf(schema: Schema): JsonSchema {
  let json = jsonSchemas.get(schema);
  if (json === undefined) {
    json = z.toJSONSchema(schema) as JsonSchema;
    jsonSchemas.set(schema, json);
  }
  return json;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The assistance request was aborted.', 'AbortError');
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

/**
 * Calls the provider, then checks its output: no rating-like key anywhere, then the task's schema.
 * Never throws: a throw, a rejection or an abort become refusals. An abort settles at once even when
 * the provider ignores the signal.
 */
async function callProvider<TTask extends AssistTask, T>(
  provider: AiProvider,
  task: TTask,
  input: unknown,
  schema: z.ZodMiniType<T>,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; value: T } | AssistRefusal<TTask>> {
  if (signal?.aborted) {
    return refuse(task, 'aborted', `The ${task} request was aborted before it was sent.`, {
      cause: abortError(signal),
    });
  }
  const jsonSchema = jsonSchemaOf(schema);
  let raw: unknown;
  let onAbort: (() => void) | undefined;
  try {
    const request = { task, input, schema, jsonSchema } as Parameters<AiProvider['complete']>[0];
    if (signal !== undefined) request.signal = signal;
    const answer = Promise.resolve().then(() => provider.complete(request));
    if (signal === undefined) raw = await answer;
    else {
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
      });
      // The provider's late rejection must not surface as unhandled once the abort has won.
      answer.catch(() => undefined);
      raw = await Promise.race([answer, aborted]);
    }
  } catch (error) {
    if (isAbort(error, signal)) {
      return refuse(task, 'aborted', `The ${task} request was aborted.`, { cause: error });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(
      task,
      'provider-error',
      `The provider ${JSON.stringify(provider.id)} failed on ${task}: ${detail}. Try again, or check the provider's configuration.`,
      { cause: error },
    );
  } finally {
    if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
  }
  const rating = findRatingKey(raw);
  if (rating !== undefined) {
    const path = formatPath(rating.path);
    return refuse(
      task,
      'sets-rating',
      `The provider's ${task} output sets "${rating.key}" at ${path}: assistance never sets ratings, scores, grades or progress, so the output was refused.`,
      { path },
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatPath(issue?.path ?? []);
    return refuse(
      task,
      'invalid-output',
      `The provider's ${task} output is invalid at ${path || 'the top'}: ${issue?.message}. The output was refused.`,
      { path },
    );
  }
  return { ok: true, value: parsed.data };
}

/** The entries of a summary or agenda the requester may see. */
function visibleEntries<TEntry extends { id: string }>(
  entries: readonly TEntry[],
  visibleIds: Iterable<string> | undefined,
): TEntry[] {
  if (visibleIds === undefined) return [...entries];
  const visible = new Set(visibleIds);
  return entries.filter((entry) => visible.has(entry.id));
}

/** Checks that every sentence cites at least one id and only ids of `entries`. */
function checkCitations<TTask extends AssistTask>(
  task: TTask,
  sentences: readonly CitedSentence[],
  field: 'sentences' | 'items',
  entries: readonly { id: string }[],
): { ok: true; cited: string[] } | AssistRefusal<TTask> {
  const allowed = new Set(entries.map((entry) => entry.id));
  const cited: string[] = [];
  const seen = new Set<string>();
  const invisible: string[] = [];
  let firstInvisible: string | undefined;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as CitedSentence;
    if (sentence.cites.length === 0) {
      return refuse(
        task,
        'uncited',
        `${field}[${index}] ("${sentence.text}") cites no entry: every ${field === 'items' ? 'item' : 'sentence'} must cite the ids of its evidence. The output was refused.`,
        { path: `${field}[${index}].cites` },
      );
    }
    for (let cite = 0; cite < sentence.cites.length; cite++) {
      const citedId = sentence.cites[cite] as string;
      if (!allowed.has(citedId)) {
        firstInvisible ??= `${field}[${index}].cites[${cite}]`;
        if (!invisible.includes(citedId)) invisible.push(citedId);
      } else if (!seen.has(citedId)) {
        seen.add(citedId);
        cited.push(citedId);
      }
    }
  }
  if (firstInvisible !== undefined) {
    return refuse(
      task,
      'invisible-citation',
      `The output cites ${invisible.map((item) => JSON.stringify(item)).join(', ')} (first at ${firstInvisible}), which is not among the entries the requester may see. The output was refused.`,
      { path: firstInvisible, ids: invisible },
    );
  }
  return { ok: true, cited };
}

/** Key result fields that say how far it got: the original's are kept; a provider never sets them. */
function carryProgress(proposed: DraftKeyResult, original: DraftKeyResult | undefined): DraftKeyResult {
  if (original === undefined || original.type !== proposed.type) return proposed;
  const merged: Record<string, unknown> = { ...proposed };
  const before = original as Record<string, unknown>;
  for (const key of ['current', 'checkIns', 'done']) if (before[key] !== undefined) merged[key] = before[key];
  if (proposed.type === 'milestones' && original.type === 'milestones') {
    merged.milestones = proposed.milestones.map((milestone) => {
      const match = original.milestones.find((item) => item.title === milestone.title);
      if (match === undefined) return milestone;
      const kept: Record<string, unknown> = { ...milestone };
      if (match.done !== undefined) kept.done = match.done;
      if (match.doneAt !== undefined) kept.doneAt = match.doneAt;
      return kept;
    });
  }
  return merged as DraftKeyResult;
}

/**
 * The objective a proposal stands for: the provider's plan with the original's id, owner, cycle,
 * parent, kind and competencies (people decide those), and the original's progress for key results
 * that kept their id and type.
 */
function applyProposal(
  original: DraftObjective,
  proposal: ObjectiveProposal,
): { ok: true; value: DraftObjective } | { ok: false; path: string; message: string } {
  const {
    id: _id,
    owner: _owner,
    cycle: _cycle,
    parent: _parent,
    kind: _kind,
    competencyIds: _competencyIds,
    keyResults,
    ...plan
  } = proposal;
  const candidate: Record<string, unknown> = { ...original, ...plan };
  candidate.keyResults = keyResults.map((keyResult) =>
    carryProgress(
      keyResult as DraftKeyResult,
      original.keyResults.find((item) => item.id === keyResult.id),
    ),
  );
  const parsed = draftObjectiveSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, path: formatPath(issue?.path ?? []), message: issue?.message ?? 'is invalid' };
}

/** Errors per rule of a lint result. */
function errorsByRule(result: ObjectiveLintResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of result.messages) {
    if (message.severity === 'error') counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  return counts;
}

type Judgement =
  | { ok: true; before: ObjectiveLintResult; after: ObjectiveLintResult }
  | { ok: false; reason: 'adds-error' | 'no-improvement'; ruleIds: string[]; message: string };

/** Accepts a candidate only when it adds no lint error and its SMART score beats the original's. */
function judge(original: DraftObjective, candidate: DraftObjective, context: AssistContext): Judgement {
  const options = context.lint ?? {};
  const before = lintObjective(original, options);
  const after = lintObjective(candidate, options);
  const errorsBefore = errorsByRule(before);
  const added: string[] = [];
  for (const [ruleId, count] of errorsByRule(after)) if (count > (errorsBefore.get(ruleId) ?? 0)) added.push(ruleId);
  if (added.length > 0) {
    return {
      ok: false,
      reason: 'adds-error',
      ruleIds: added,
      message: `The proposal adds lint errors (${added.join(', ')}), so the original is kept.`,
    };
  }
  if (after.smart.overall <= before.smart.overall) {
    const rulesBefore = new Set(before.messages.map((message) => message.ruleId));
    const ruleIds = [...new Set(after.messages.map((message) => message.ruleId))].filter(
      (ruleId) => !rulesBefore.has(ruleId),
    );
    return {
      ok: false,
      reason: 'no-improvement',
      ruleIds,
      message: `The proposal's SMART score (${after.smart.overall}) does not improve on the original's (${before.smart.overall}), so the original is kept.${ruleIds.length > 0 ? ` It adds findings of ${ruleIds.join(', ')}.` : ''}`,
    };
  }
  return { ok: true, before, after };
}

/** Asks for a draft or rewrite of `original` and keeps it only when the linter says it is better. */
async function improveObjective<TTask extends 'draft-objective' | 'rewrite-smart'>(
  provider: AiProvider,
  task: TTask,
  original: DraftObjective,
  promptInput: unknown,
  context: AssistContext,
): Promise<ObjectiveAccepted | AssistRefusal<TTask>> {
  const answer = await callProvider(provider, task, promptInput, objectiveProposalSchema, context.signal);
  if (!answer.ok) return { ...answer, original };
  const candidate = applyProposal(original, answer.value);
  if (!candidate.ok) {
    return refuse(
      task,
      'invalid-output',
      `The provider's ${task} output is not a valid objective at ${candidate.path || 'the top'}: ${candidate.message}. The original is kept.`,
      { path: candidate.path, original },
    );
  }
  const verdict = judge(original, candidate.value, context);
  if (!verdict.ok) return refuse(task, verdict.reason, verdict.message, { ruleIds: verdict.ruleIds, original });
  return {
    ok: true,
    task,
    value: candidate.value,
    original,
    smart: { before: verdict.before.smart.overall, after: verdict.after.smart.overall },
    lint: verdict.after,
  };
}

/** Plan fields of an objective for a prompt: no check-ins, no current values, no done flags. */
function planOf(objective: DraftObjective): unknown {
  const { keyResults, ...rest } = objective;
  return {
    ...rest,
    keyResults: keyResults.map((keyResult) => {
      const { checkIns: _checkIns, ...plan } = keyResult as DraftKeyResult & Record<string, unknown>;
      delete plan.current;
      delete plan.done;
      if (Array.isArray(plan.milestones)) {
        plan.milestones = plan.milestones.map((milestone: Record<string, unknown>) => {
          const { done: _done, doneAt: _doneAt, ...kept } = milestone;
          return kept;
        });
      }
      return plan;
    }),
  };
}

async function draftObjective(
  provider: AiProvider,
  input: unknown,
  context: AssistContext,
): Promise<AssistResult<'draft-objective'>> {
  const task = 'draft-objective';
  const parsed = parseInput(task, draftObjectiveInputSchema, input);
  if (!parsed.ok) return parsed;
  const { sentence, id = 'draft', owner, cycle, parent } = parsed.value;
  const original: DraftObjective = { id, title: sentence.trim(), keyResults: [] };
  if (owner !== undefined) original.owner = owner;
  if (cycle !== undefined) original.cycle = cycle;
  if (parent !== undefined) original.parent = parent;
  return improveObjective(provider, task, original, parsed.value, context);
}

async function rewriteSmart(
  provider: AiProvider,
  input: unknown,
  context: AssistContext,
): Promise<AssistResult<'rewrite-smart'>> {
  const task = 'rewrite-smart';
  const parsed = parseInput(task, z.object({ objective: draftObjectiveSchema }), input);
  if (!parsed.ok) return parsed;
  const original = parsed.value.objective;
  return improveObjective(provider, task, original, { objective: planOf(original) }, context);
}

function tooFew<TTask extends AssistTask>(
  task: TTask,
  count: number,
  min: number,
  field: string,
): AssistRefusal<TTask> {
  return refuse(
    task,
    'too-few-entries',
    `${task} needs at least ${min} ${field} the requester may see (got ${count}); nothing was sent to the provider.`,
    { path: field },
  );
}

async function summarise<TTask extends 'summarise-check-ins' | 'summarise-feedback'>(
  provider: AiProvider,
  task: TTask,
  entries: readonly { id: string }[],
  promptInput: unknown,
  context: AssistContext,
): Promise<AssistResult<TTask>> {
  const answer = await callProvider(provider, task, promptInput, summaryOutputSchema, context.signal);
  if (!answer.ok) return answer;
  const citations = checkCitations(task, answer.value.sentences, 'sentences', entries);
  if (!citations.ok) return citations;
  return { ok: true, task, value: answer.value, cited: citations.cited } as AssistResult<TTask>;
}

async function summariseCheckIns(
  provider: AiProvider,
  input: unknown,
  context: AssistContext,
): Promise<AssistResult<'summarise-check-ins'>> {
  const task = 'summarise-check-ins';
  const parsed = parseInput(task, summariseCheckInsInputSchema, input);
  if (!parsed.ok) return parsed;
  const checkIns = visibleEntries(parsed.value.checkIns, context.visibleIds);
  if (checkIns.length < MIN_SUMMARY_ENTRIES) return tooFew(task, checkIns.length, MIN_SUMMARY_ENTRIES, 'checkIns');
  return summarise(provider, task, checkIns, { keyResult: parsed.value.keyResult, checkIns }, context);
}

async function summariseFeedback(
  provider: AiProvider,
  input: unknown,
  context: AssistContext,
): Promise<AssistResult<'summarise-feedback'>> {
  const task = 'summarise-feedback';
  const parsed = parseInput(task, summariseFeedbackInputSchema, input);
  if (!parsed.ok) return parsed;
  const entries = visibleEntries(parsed.value.entries, context.visibleIds);
  if (entries.length < MIN_SUMMARY_ENTRIES) return tooFew(task, entries.length, MIN_SUMMARY_ENTRIES, 'entries');
  return summarise(provider, task, entries, { subject: parsed.value.subject, entries }, context);
}

async function prepareAgenda(
  provider: AiProvider,
  input: unknown,
  context: AssistContext,
): Promise<AssistResult<'prepare-agenda'>> {
  const task = 'prepare-agenda';
  const parsed = parseInput(task, prepareAgendaInputSchema, input);
  if (!parsed.ok) return parsed;
  const entries = visibleEntries(parsed.value.entries, context.visibleIds);
  if (entries.length < 1) return tooFew(task, 0, 1, 'entries');
  const promptInput: Record<string, unknown> = { entries };
  if (parsed.value.participants !== undefined) promptInput.participants = parsed.value.participants;
  const answer = await callProvider(provider, task, promptInput, agendaOutputSchema, context.signal);
  if (!answer.ok) return answer;
  const citations = checkCitations(task, answer.value.items, 'items', entries);
  if (!citations.ok) return citations;
  return { ok: true, task, value: answer.value, cited: citations.cited };
}

async function suggestDevelopmentGoals(
  provider: AiProvider,
  input: unknown,
  context: AssistContext,
): Promise<AssistResult<'suggest-development-goals'>> {
  const task = 'suggest-development-goals';
  const parsed = parseInput(task, suggestDevelopmentGoalsInputSchema, input);
  if (!parsed.ok) return parsed;
  const { owner, cycle } = parsed.value;
  const gaps = parsed.value.gaps.filter((gap) => gap.gap > 0);
  if (gaps.length === 0) {
    return refuse(
      task,
      'too-few-entries',
      `${task} needs at least one gap above 0; nothing was sent to the provider.`,
      {
        path: 'gaps',
      },
    );
  }
  const promptInput: Record<string, unknown> = { gaps };
  if (owner !== undefined) promptInput.owner = owner;
  if (cycle !== undefined) promptInput.cycle = cycle;
  const answer = await callProvider(provider, task, promptInput, developmentGoalsOutputSchema, context.signal);
  if (!answer.ok) return answer;
  const known = new Set(gaps.map((gap) => gap.competencyId));
  const unknown = answer.value.goals
    .map((goal) => goal.competencyId)
    .filter((competencyId) => !known.has(competencyId));
  if (unknown.length > 0) {
    const index = answer.value.goals.findIndex((goal) => !known.has(goal.competencyId));
    return refuse(
      task,
      'unknown-competency',
      `The output suggests goals for ${unknown.map((item) => JSON.stringify(item)).join(', ')}, which is not among the gaps asked about. The output was refused.`,
      { path: `goals[${index}].competencyId`, ids: [...new Set(unknown)] },
    );
  }
  const accepted: DevelopmentGoalSuggestion[] = [];
  const refused: RefusedSuggestion[] = [];
  answer.value.goals.forEach((goal, index) => {
    const base: DraftObjective = {
      id: goal.objective.id ?? `development-${goal.competencyId}`,
      title: goal.objective.title,
      keyResults: [],
    };
    if (owner !== undefined) base.owner = owner;
    if (cycle !== undefined) base.cycle = cycle;
    if (MODEL_HAS_KIND) Object.assign(base, { kind: 'development', competencyIds: [goal.competencyId] });
    const candidate = applyProposal(base, goal.objective);
    if (!candidate.ok) {
      const path = joinPath(`goals[${index}].objective`, candidate.path);
      refused.push({
        competencyId: goal.competencyId,
        reason: 'invalid-output',
        message: `Not a valid objective at ${path}: ${candidate.message}.`,
        path,
      });
      return;
    }
    const verdict = judge(base, candidate.value, context);
    if (!verdict.ok) {
      refused.push({
        competencyId: goal.competencyId,
        reason: verdict.reason,
        message: verdict.message,
        ruleIds: verdict.ruleIds,
      });
      return;
    }
    const suggestion: DevelopmentGoalSuggestion = {
      competencyId: goal.competencyId,
      objective: candidate.value,
      lint: verdict.after,
    };
    if (goal.rationale !== undefined) suggestion.rationale = goal.rationale;
    accepted.push(suggestion);
  });
  if (accepted.length === 0) {
    const first = refused[0] as RefusedSuggestion;
    return refuse(task, first.reason, `No suggestion passed the linter. ${first.message}`, {
      ruleIds: first.ruleIds,
      path: first.path,
    });
  }
  return { ok: true, task, value: accepted, refused };
}

const RUNNERS: {
  [TTask in AssistTask]: (provider: AiProvider, input: unknown, context: AssistContext) => Promise<AssistResult<TTask>>;
} = {
  'draft-objective': draftObjective,
  'rewrite-smart': rewriteSmart,
  'summarise-check-ins': summariseCheckIns,
  'summarise-feedback': summariseFeedback,
  'suggest-development-goals': suggestDevelopmentGoals,
  'prepare-agenda': prepareAgenda,
};

/**
 * Runs one assistance task through `provider` and the guardrails. Never throws for anything the
 * provider does: every failure is a refusal with a `reason` and a message.
 *
 * - `draft-objective`, `rewrite-smart`: accepted only when the linter's SMART score improves on the
 *   original's (for a draft, the sentence as a bare objective title) and no lint error is added;
 *   else the original comes back with `no-improvement` or `adds-error` and the rule ids.
 * - `summarise-check-ins`, `summarise-feedback`: at least {@link MIN_SUMMARY_ENTRIES} visible
 *   entries (else `too-few-entries`, without calling the provider); every sentence cites ids
 *   (`uncited`), only of visible entries (`invisible-citation`).
 * - `prepare-agenda`: at least one visible entry; items cite as summary sentences do.
 * - `suggest-development-goals`: goals only for the gaps asked about (`unknown-competency`); each
 *   goal passes the draft rule, those that do not are listed in `refused`.
 * - Every task: outputs with a rating, score, grade or progress key are refused (`sets-rating`),
 *   outputs failing the task's schema are refused (`invalid-output`, with the path), a throwing
 *   provider gives `provider-error` and an abort `aborted`.
 *
 * @throws {LintConfigError} for an invalid `context.lint.config`; {RangeError} for an invalid `context.lint.asOf`.
 */
export function assist<TTask extends AssistTask>(
  provider: AiProvider,
  task: TTask,
  input: AssistInput<TTask>,
  context: AssistContext = {},
): Promise<AssistResult<TTask>> {
  const run = RUNNERS[task] as unknown as
    | ((provider: AiProvider, input: unknown, context: AssistContext) => Promise<AssistResult<TTask>>)
    | undefined;
  if (run === undefined || !Object.hasOwn(RUNNERS, task)) {
    return Promise.resolve(
      refuse(task, 'invalid-input', `Unknown assistance task ${JSON.stringify(task)}; use one of ASSIST_TASKS.`),
    );
  }
  return run(provider, input, context);
}
