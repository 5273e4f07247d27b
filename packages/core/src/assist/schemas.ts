import { z } from 'zod/mini';
import { KEY_RESULT_TYPES } from '../model/keyResultTypes.js';

/** Every assistance task, by its fixed name. */
export const ASSIST_TASKS = [
  'draft-objective',
  'rewrite-smart',
  'summarise-check-ins',
  'summarise-feedback',
  'suggest-development-goals',
  'prepare-agenda',
] as const;

/** The name of an assistance task. */
export type AssistTask = (typeof ASSIST_TASKS)[number];

const id = z.string().check(z.minLength(1, 'must not be empty; pass the id of the entry'));
/** Dates in outputs are plain strings (a transform has no JSON Schema); the result is checked again by the model's schema. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));
const nonEmptyText = z.string().check(z.minLength(1, 'must not be empty'));

// Inputs: `z.object` drops keys it does not know, so a field the caller did not mean to share
// (a private note, a rating) never reaches the provider.

/** Input of `draft-objective`: a sentence, and where the new objective belongs (kept, never chosen by the provider). */
export const draftObjectiveInputSchema = z.object({
  /** What the person wants to achieve, in their words. */
  sentence: nonEmptyText,
  /** The id of the new objective. Default `draft`. */
  id: z.optional(id),
  owner: z.optional(id),
  cycle: z.optional(id),
  parent: z.optional(id),
});

/** Input of `summarise-check-ins`: one key result and its check-ins, each with an id to cite. */
export const summariseCheckInsInputSchema = z.object({
  keyResult: z.object({
    id,
    title: z.string(),
    type: z.optional(z.enum(KEY_RESULT_TYPES)),
    unit: z.optional(z.string()),
    start: z.optional(z.number()),
    target: z.optional(z.number()),
  }),
  checkIns: z.array(
    z.object({
      id,
      at: isoDate,
      value: z.optional(z.union([z.number(), z.boolean()])),
      confidence: z.optional(z.number()),
      note: z.optional(z.string()),
      author: z.optional(z.string()),
    }),
  ),
});

/** Input of `summarise-feedback`: the person or objective the feedback is about, and its entries. */
export const summariseFeedbackInputSchema = z.object({
  subject: z.object({ kind: z.enum(['person', 'objective']), id, name: z.optional(z.string()) }),
  entries: z.array(
    z.object({
      id,
      text: z.string(),
      at: z.optional(isoDate),
      author: z.optional(z.string()),
      kind: z.optional(z.string()),
    }),
  ),
});

/** One competency gap, as the competencies module computes it (gap = max(0, expected − assessed)). */
export const competencyGapSchema = z.object({
  competencyId: id,
  name: z.optional(z.string()),
  expected: z.number(),
  assessed: z.number(),
  gap: z.number(),
});

/** Input of `suggest-development-goals`: the gaps, and the owner and cycle the goals would belong to. */
export const suggestDevelopmentGoalsInputSchema = z.object({
  gaps: z.array(competencyGapSchema),
  owner: z.optional(id),
  cycle: z.optional(id),
});

/** Input of `prepare-agenda`: the people meeting and the entries to draw on, each with an id to cite. */
export const prepareAgendaInputSchema = z.object({
  participants: z.optional(z.array(z.object({ id, name: z.string() }))),
  entries: z.array(
    z.object({
      id,
      kind: z.optional(z.string()),
      text: z.string(),
      at: z.optional(isoDate),
    }),
  ),
});

// Outputs: strict, so a field the task does not ask for is refused with its path.

const proposalKeyResult = z.strictObject({
  id,
  title: nonEmptyText,
  type: z.enum(KEY_RESULT_TYPES),
  description: z.optional(z.string()),
  owner: z.optional(id),
  weight: z.optional(z.number().check(z.gte(0))),
  due: z.optional(isoDate),
  unit: z.optional(z.string()),
  'unit-kind': z.optional(z.enum(['currency'])),
  start: z.optional(z.number()),
  target: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  targets: z.optional(z.array(z.strictObject({ at: isoDate, value: z.number() }))),
  scoring: z.optional(z.enum(['latest', 'share-of-check-ins'])),
  milestones: z.optional(
    z.array(
      z.strictObject({ title: nonEmptyText, weight: z.optional(z.number().check(z.gte(0))), due: z.optional(isoDate) }),
    ),
  ),
});

/**
 * An objective as a provider proposes it: what a plan says, never how far it got (no `current`,
 * `checkIns`, `done`). `id`, `owner`, `cycle`, `parent`, `kind` and `competencyIds` may be echoed but
 * are always replaced by the original's.
 */
export const objectiveProposalSchema = z.strictObject({
  id: z.optional(id),
  title: nonEmptyText,
  description: z.optional(z.string()),
  owner: z.optional(z.string()),
  cycle: z.optional(z.string()),
  parent: z.optional(z.string()),
  alignment: z.optional(z.enum(['contributes', 'supports'])),
  weight: z.optional(z.number().check(z.gte(0))),
  rollup: z.optional(z.enum(['key-results', 'children', 'both'])),
  statusFrom: z.optional(z.enum(['progress', 'weakest'])),
  ambition: z.optional(z.enum(['committed', 'aspirational'])),
  kind: z.optional(z.string()),
  competencyIds: z.optional(z.array(z.string())),
  keyResults: z.array(proposalKeyResult),
});

/** One sentence of a summary or one agenda item, with the ids of the entries it rests on. */
export const citedSentenceSchema = z.strictObject({ text: nonEmptyText, cites: z.array(z.string()) });

/** Output of `summarise-check-ins` and `summarise-feedback`. */
export const summaryOutputSchema = z.strictObject({
  sentences: z.array(citedSentenceSchema).check(z.minLength(1, 'needs at least one sentence')),
});

/** Output of `prepare-agenda`. */
export const agendaOutputSchema = z.strictObject({
  items: z.array(citedSentenceSchema).check(z.minLength(1, 'needs at least one item')),
});

/** Output of `suggest-development-goals`: one proposed objective per gap it addresses. */
export const developmentGoalsOutputSchema = z.strictObject({
  goals: z
    .array(z.strictObject({ competencyId: id, objective: objectiveProposalSchema, rationale: z.optional(z.string()) }))
    .check(z.minLength(1, 'needs at least one goal')),
});

/** Input of `draft-objective`. */
export type DraftObjectiveInput = z.input<typeof draftObjectiveInputSchema>;
/** Input of `summarise-check-ins`. */
export type SummariseCheckInsInput = z.input<typeof summariseCheckInsInputSchema>;
/** Input of `summarise-feedback`. */
export type SummariseFeedbackInput = z.input<typeof summariseFeedbackInputSchema>;
/** One competency gap. */
export type CompetencyGap = z.input<typeof competencyGapSchema>;
/** Input of `suggest-development-goals`. */
export type SuggestDevelopmentGoalsInput = z.input<typeof suggestDevelopmentGoalsInputSchema>;
/** Input of `prepare-agenda`. */
export type PrepareAgendaInput = z.input<typeof prepareAgendaInputSchema>;
/** An objective as a provider proposes it. */
export type ObjectiveProposal = z.output<typeof objectiveProposalSchema>;
/** A sentence with its citations. */
export type CitedSentence = z.output<typeof citedSentenceSchema>;
/** A summary: sentences, each citing its evidence. */
export type Summary = z.output<typeof summaryOutputSchema>;
/** A 1:1 agenda: items, each citing its evidence. */
export type Agenda = z.output<typeof agendaOutputSchema>;
/** What a provider returns for `suggest-development-goals`. */
export type DevelopmentGoalsOutput = z.output<typeof developmentGoalsOutputSchema>;
