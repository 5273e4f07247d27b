import { type core, z } from 'zod/mini';
import { MAGNITUDE_MESSAGE, MAX_MAGNITUDE } from './bounds.js';
import { FAIL } from './fastParse.js';

export { KEY_RESULT_TYPES } from './keyResultTypes.js';

import {
  assessmentSchema,
  frameworkSchema,
  normalizeTimestamp,
  placementSchema,
  timestampSchema,
} from '../competencies/competencySchemas.js';
import { dayNumber, dayNumberOfDate, isoDateOfDay } from '../scoring/dayNumber.js';

/**
 * Turns an ISO date string, or a `Date` (YAML 1.1 timestamps, hand-built documents), into `YYYY-MM-DD`.
 * Returns `undefined` when the value is not a real calendar date.
 */
export function normalizeIsoDate(value: unknown): string | undefined {
  if (typeof value === 'string') return Number.isNaN(dayNumber(value)) ? undefined : value;
  if (value instanceof Date) {
    const day = dayNumberOfDate(value);
    if (Number.isNaN(day)) return undefined;
    // Years outside 0000–9999 have no YYYY-MM-DD form (toISOString writes them with six digits).
    const iso = isoDateOfDay(day);
    return Number.isNaN(dayNumber(iso)) ? undefined : iso;
  }
  return undefined;
}

function describeDateInput(value: unknown): string {
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `"${value}" is not a calendar date`
      : `got "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  }
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(year) ? 'got an invalid Date' : `got a Date in the year ${year}, outside 0000–9999`;
  }
  return `got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`;
}

/**
 * A UTC calendar date written `YYYY-MM-DD`; a `Date` is accepted and normalised to that form.
 * A bare transform rather than `z.pipe(z.unknown(), …)`: one schema run per date instead of three,
 * which matters with tens of thousands of check-ins.
 */
const isoDate = z.transform((value: unknown, ctx): string => {
  const normalized = normalizeIsoDate(value);
  if (normalized !== undefined) return normalized;
  ctx.issues.push({
    code: 'custom',
    input: value,
    message:
      value === undefined
        ? 'is required; write a date as YYYY-MM-DD, such as 2026-03-31'
        : `must be a date written YYYY-MM-DD, such as 2026-03-31 (${describeDateInput(value)})`,
  });
  return z.NEVER;
});

/**
 * What the date transform does for a valid date, as the fast path in `parseDocument` runs it: one
 * function call per date instead of a zod payload (see `fastParse.ts`).
 */
export const NATIVE_TRANSFORMS: ReadonlyMap<core.$ZodType, (value: unknown) => unknown> = /* @__PURE__ */ new Map([
  [isoDate as core.$ZodType, (value: unknown) => normalizeIsoDate(value) ?? FAIL],
  [timestampSchema as core.$ZodType, (value: unknown) => normalizeTimestamp(value) ?? FAIL],
]);

const id = z.string().check(z.minLength(1, 'must not be empty; give it a short unique id such as "kr1"'));
const text = z.string();
/** Any number a document holds: finite, and within ±{@link MAX_MAGNITUDE}. */
const finite = z.number().check(z.gte(-MAX_MAGNITUDE, MAGNITUDE_MESSAGE), z.lte(MAX_MAGNITUDE, MAGNITUDE_MESSAGE));
const weight = z
  .number()
  .check(
    z.gte(0, 'must be 0 or more; use 0 to leave an item out of the roll-up'),
    z.lte(MAX_MAGNITUDE, MAGNITUDE_MESSAGE),
  );
const confidence = z
  .number()
  .check(
    z.gte(0, 'must be between 0 and 1; write 70% confidence as 0.7'),
    z.lte(1, 'must be between 0 and 1; write 70% confidence as 0.7'),
  );

const numericCheckIn = z.strictObject({
  at: isoDate,
  value: finite,
  confidence: z.optional(confidence),
  note: z.optional(text),
});

const booleanCheckIn = z.strictObject({
  at: isoDate,
  value: z.union([z.boolean(), z.literal([0, 1])]),
  confidence: z.optional(confidence),
  note: z.optional(text),
});

const confidenceCheckIn = z.strictObject({
  at: isoDate,
  confidence: z.optional(confidence),
  note: z.optional(text),
});

const phasedTarget = z.strictObject({ at: isoDate, value: finite });

const milestone = z.strictObject({
  title: text,
  weight: z.optional(weight),
  done: z.optional(z.boolean()),
  due: z.optional(isoDate),
  doneAt: z.optional(isoDate),
});

const thresholdScoring = z.enum(['latest', 'share-of-check-ins']);

const keyResultBase = {
  id,
  title: text,
  description: z.optional(text),
  owner: z.optional(id),
  /** The person who owes its check-ins (an owner id); by default the objective's owner, or a team goal's lead. */
  checkInResponsibleId: z.optional(id),
  weight: z.optional(weight),
  due: z.optional(isoDate),
  unit: z.optional(text),
  'unit-kind': z.optional(z.enum(['currency'])),
};

const numericCheckIns = z._default(z.array(numericCheckIn), () => []);

const increaseKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('increase'),
  start: finite,
  target: finite,
  current: z.optional(finite),
  targets: z.optional(z.array(phasedTarget)),
  checkIns: numericCheckIns,
});

const decreaseKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('decrease'),
  start: finite,
  target: finite,
  current: z.optional(finite),
  targets: z.optional(z.array(phasedTarget)),
  checkIns: numericCheckIns,
});

const atLeastKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('at-least'),
  target: finite,
  current: z.optional(finite),
  scoring: z.optional(thresholdScoring),
  checkIns: numericCheckIns,
});

const atMostKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('at-most'),
  target: finite,
  current: z.optional(finite),
  scoring: z.optional(thresholdScoring),
  checkIns: numericCheckIns,
});

const rangeKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('range'),
  min: finite,
  max: finite,
  current: z.optional(finite),
  scoring: z.optional(thresholdScoring),
  checkIns: numericCheckIns,
});

const booleanKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('boolean'),
  done: z.optional(z.boolean()),
  checkIns: z._default(z.array(booleanCheckIn), () => []),
});

const milestonesKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('milestones'),
  milestones: z
    .array(milestone)
    .check(z.minLength(1, 'needs at least one milestone; add one such as { title: Design approved, done: false }')),
  checkIns: z._default(z.array(confidenceCheckIn), () => []),
});

const keyResult = z.discriminatedUnion('type', [
  increaseKeyResult,
  decreaseKeyResult,
  atLeastKeyResult,
  atMostKeyResult,
  rangeKeyResult,
  booleanKeyResult,
  milestonesKeyResult,
]);

const draftKeyResult = z.discriminatedUnion('type', [
  z.partial(increaseKeyResult, { start: true, target: true }),
  z.partial(decreaseKeyResult, { start: true, target: true }),
  z.partial(atLeastKeyResult, { target: true }),
  z.partial(atMostKeyResult, { target: true }),
  z.partial(rangeKeyResult, { min: true, max: true }),
  booleanKeyResult,
  milestonesKeyResult,
]);

const cycle = z.strictObject({ id, name: text, start: isoDate, end: isoDate });

const owner = z.strictObject({
  id,
  kind: z.enum(['org', 'team', 'person']),
  name: text,
  /** Their email address: how imports from other tools find them (compared without regard to case). */
  email: z.optional(text),
  parent: z.optional(id),
});

const objectiveBase = {
  id,
  title: text,
  description: z.optional(text),
  owner: id,
  cycle: id,
  parent: z.optional(id),
  alignment: z.optional(z.enum(['contributes', 'supports'])),
  weight: z.optional(weight),
  rollup: z.optional(z.enum(['key-results', 'children', 'both'])),
  statusFrom: z.optional(z.enum(['progress', 'weakest'])),
  /**
   * How far the objective is meant to stretch: `committed` is achieved at full progress, `aspirational` from
   * 0.7 (analytics read outcomes and calibrate confidence against that). Absent means `committed`.
   */
  ambition: z.optional(z.enum(['committed', 'aspirational'])),
  /**
   * `development` for a goal about the owner's own growth, which names the competencies it develops in
   * `competencyIds`. Absent means `standard`.
   */
  kind: z.optional(z.enum(['standard', 'development'])),
  /** The competencies (ids from the document's frameworks) a development goal works on. */
  competencyIds: z.optional(z.array(id)),
};

const objective = z.strictObject({ ...objectiveBase, keyResults: z._default(z.array(keyResult), () => []) });
/** One objective of a strict document (`parseDocument` checks them one at a time when a document has very many problems). */
export const objectiveSchema = objective;

const draftObjective = z.partial(
  z.strictObject({ ...objectiveBase, keyResults: z._default(z.array(draftKeyResult), () => []) }),
  { owner: true, cycle: true },
);

/** One objective of a draft. */
export const draftObjectiveSchema = draftObjective;

const documentBase = {
  version: z.literal(1, 'must be 1, the only goalkit document version so far'),
  cycles: z._default(z.array(cycle), () => []),
  owners: z._default(z.array(owner), () => []),
  // Optional rather than defaulting to []: a document without competencies reads back (and `goalkit import`
  // writes it) exactly as before, and code that builds documents by hand need not list them.
  /** Competency frameworks: scales, competencies and career tracks. */
  frameworks: z.optional(z.array(frameworkSchema)),
  /** People's places on the frameworks' career tracks. */
  placements: z.optional(z.array(placementSchema)),
  /** Competency ratings, by people themselves and by their managers. */
  assessments: z.optional(z.array(assessmentSchema)),
};

/** The zod/mini schema of a complete goalkit document (strict mode: what scoring needs). */
export const documentSchema = z.strictObject({ ...documentBase, objectives: z.array(objective) });

/** The zod/mini schema of a document still being written (draft mode: owners, cycles and numbers may be missing). */
export const draftDocumentSchema = z.strictObject({ ...documentBase, objectives: z.array(draftObjective) });

/** A complete, validated goalkit document: the input of every scoring function. */
export type GoalkitDocument = z.output<typeof documentSchema>;
/** A document accepted in draft mode, for the linter and editors. */
export type GoalkitDraft = z.output<typeof draftDocumentSchema>;
/** A time-boxed period goals belong to, such as a quarter. */
export type Cycle = z.output<typeof cycle>;
/** An organisation, team or person who owns goals. */
export type Owner = z.output<typeof owner>;
/** An objective: a qualitative goal measured by key results and by the objectives aligned to it. */
export type Objective = z.output<typeof objective>;
/** A measurable key result, discriminated by `type`. */
export type KeyResult = z.output<typeof keyResult>;
/** Every key-result type name. */
export type KeyResultType = KeyResult['type'];
/** A key result as accepted in draft mode. */
export type DraftKeyResult = z.output<typeof draftKeyResult>;
/** An objective as accepted in draft mode. */
export type DraftObjective = z.output<typeof draftObjective>;
/** A check-in of a numeric key result (increase, decrease, at-least, at-most, range). */
export type NumericCheckIn = z.output<typeof numericCheckIn>;
/** A check-in of a boolean key result: `true`/`false`, or 1/0. */
export type BooleanCheckIn = z.output<typeof booleanCheckIn>;
/** A check-in of a milestones key result, carrying only confidence and a note. */
export type ConfidenceCheckIn = z.output<typeof confidenceCheckIn>;
/** Any check-in. */
export type CheckIn = NumericCheckIn | BooleanCheckIn | ConfidenceCheckIn;
/** One step of a milestones key result. */
export type Milestone = z.output<typeof milestone>;
/** A phased target: the value a key result should reach by a date. */
export type PhasedTarget = z.output<typeof phasedTarget>;
