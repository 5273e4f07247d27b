import type { ZodMiniType } from 'zod/mini';
import { describeIssue, rootProblem } from './describeIssue.js';
import {
  documentSchema,
  draftDocumentSchema,
  draftObjectiveSchema,
  type GoalkitDocument,
  type GoalkitDraft,
  NATIVE_TRANSFORMS,
  objectiveSchema,
} from './documentSchema.js';
import { compileFastParse, FAIL } from './fastParse.js';
import { findReferenceProblems } from './findReferenceProblems.js';
import { GoalkitValidationError, type ValidationProblem } from './goalkitValidationError.js';

/** How strictly {@link parseDocument} reads a document. */
export type ParseMode = 'strict' | 'draft';

/** Options of {@link parseDocument}. */
export interface ParseDocumentOptions {
  /**
   * `strict` requires everything scoring needs; `draft` also accepts a missing owner, cycle,
   * start, target, min or max, and a target on the wrong side of the start.
   * @default 'strict'
   */
  mode?: ParseMode;
}

/**
 * Lists every problem in a document without throwing; an empty list means it is valid.
 * Never throws, whatever the input.
 */
export function findDocumentProblems(input: unknown, options: ParseDocumentOptions = {}): ValidationProblem[] {
  return validate(input, options.mode === 'draft').problems;
}

function isPlainObject(input: unknown): input is object {
  if (typeof input !== 'object' || input === null) return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === Object.prototype || prototype === null;
}

type FastParse = NonNullable<ReturnType<typeof compileFastParse>>;
let fastParsers: { strict: FastParse | undefined; draft: FastParse | undefined } | undefined;

/**
 * The fast path for valid documents, compiled from the schemas on first use (see `fastParse.ts`): it
 * returns what zod would, or FAIL, and then zod runs and words the problems.
 */
function fastParserFor(draft: boolean): FastParse | undefined {
  fastParsers ??= {
    strict: compileFastParse(documentSchema, NATIVE_TRANSFORMS),
    draft: compileFastParse(draftDocumentSchema, NATIVE_TRANSFORMS),
  };
  return draft ? fastParsers.draft : fastParsers.strict;
}

function validate(input: unknown, draft: boolean): { problems: ValidationProblem[]; data: unknown } {
  try {
    // Inside the try: even asking for the prototype can throw (a Proxy's trap).
    if (!isPlainObject(input)) return { problems: [rootProblem(input)], data: undefined };
    const fast = fastParserFor(draft)?.(input) ?? FAIL;
    if (fast !== FAIL) {
      const problems = findReferenceProblems(input, draft);
      return { problems, data: fast };
    }
    const { problems, data } = zodProblems(input as Record<string, unknown>, draft);
    // A loop, not push(...list): a list of 100,000 problems would overflow the stack as arguments.
    for (const problem of findReferenceProblems(input, draft)) problems.push(problem);
    return { problems, data };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problems: [{ path: '', message: `could not be read (${reason}); pass plain data parsed from JSON or YAML` }],
      data: undefined,
    };
  }
}

/** What zod says about `value`: the parsed value, or the problems, their paths starting with `prefix`. */
function problemsFrom(
  schema: ZodMiniType,
  value: unknown,
  draft: boolean,
  prefix: readonly PropertyKey[] = [],
): { problems: ValidationProblem[]; data: unknown } {
  const result = schema.safeParse(value);
  if (result.success) return { problems: [], data: result.data };
  // Inputs are kept out of the first run and only collected to word the messages of a failure.
  const issues = schema.safeParse(value, { reportInput: true }).error?.issues ?? [];
  const problems: ValidationProblem[] = [];
  for (const issue of issues) {
    const placed = prefix.length === 0 ? issue : { ...issue, path: [...prefix, ...issue.path] };
    for (const problem of describeIssue(placed, draft)) problems.push(problem);
  }
  return { problems, data: undefined };
}

/**
 * zod's answer for a whole document. zod gathers a failure's issues by spreading them into one call,
 * which overflows the stack past about 100,000 issues (10,000 objectives whose check-in values all
 * came through as strings); then the objectives are checked one at a time, and the rest of the
 * document without them, so every problem is still listed with its path.
 */
function zodProblems(input: Record<string, unknown>, draft: boolean): { problems: ValidationProblem[]; data: unknown } {
  const schema = draft ? draftDocumentSchema : documentSchema;
  try {
    return problemsFrom(schema, input, draft);
  } catch (error) {
    const objectives = input.objectives;
    if (!(error instanceof RangeError) || !Array.isArray(objectives)) throw error;
    const head = problemsFrom(schema, { ...input, objectives: [] }, draft);
    const element = draft ? draftObjectiveSchema : objectiveSchema;
    const problems = head.problems;
    const parsed: unknown[] = [];
    for (let index = 0; index < objectives.length; index++) {
      const one = problemsFrom(element, objectives[index], draft, ['objectives', index]);
      for (const problem of one.problems) problems.push(problem);
      parsed.push(one.data);
    }
    return { problems, data: problems.length === 0 ? { ...(head.data as object), objectives: parsed } : undefined };
  }
}

/**
 * Validates a goalkit document (already parsed from JSON or YAML) and returns it typed,
 * with dates normalised to `YYYY-MM-DD` and empty lists filled in.
 *
 * @throws {GoalkitValidationError} listing every problem with its path; never a zod error or a TypeError.
 */
export function parseDocument(input: unknown, options: ParseDocumentOptions & { mode: 'draft' }): GoalkitDraft;
export function parseDocument(input: unknown, options?: ParseDocumentOptions & { mode?: 'strict' }): GoalkitDocument;
export function parseDocument(input: unknown, options?: ParseDocumentOptions): GoalkitDocument | GoalkitDraft;
export function parseDocument(input: unknown, options: ParseDocumentOptions = {}): GoalkitDocument | GoalkitDraft {
  const { problems, data } = validate(input, options.mode === 'draft');
  if (problems.length > 0) throw new GoalkitValidationError(problems);
  return data as GoalkitDocument | GoalkitDraft;
}
