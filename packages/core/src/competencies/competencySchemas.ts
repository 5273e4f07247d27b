import * as z from 'zod/mini';
import { MAGNITUDE_MESSAGE, MAX_MAGNITUDE } from '../model/bounds.js';

const id = z.string().check(z.minLength(1, 'must not be empty; write an id such as "code-quality"'));
const text = z.string();
const level = z.number().check(z.gte(-MAX_MAGNITUDE, MAGNITUDE_MESSAGE), z.lte(MAX_MAGNITUDE, MAGNITUDE_MESSAGE));

/** `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.fff]]` with `Z` or an offset such as `+02:00`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The instant an ISO timestamp names, in milliseconds since 1970 (UTC), or `NaN` when it is not one.
 * A date alone (`2026-03-31`) names the start of that day, UTC.
 */
export function timestampMillis(value: string): number {
  return TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
}

/**
 * Turns an ISO timestamp string, or a `Date` (YAML 1.1 reads unquoted timestamps as one), into a string.
 * Strings are kept as written; a `Date` becomes `toISOString()`. `undefined` when it is not a timestamp.
 */
export function normalizeTimestamp(value: unknown): string | undefined {
  if (typeof value === 'string') return Number.isNaN(timestampMillis(value)) ? undefined : value;
  if (value instanceof Date) {
    const millis = value.getTime();
    if (Number.isNaN(millis)) return undefined;
    const iso = value.toISOString();
    return Number.isNaN(timestampMillis(iso)) ? undefined : iso;
  }
  return undefined;
}

/** An ISO timestamp (or a date); a `Date` is accepted and written with `toISOString()`. */
export const timestampSchema = z.transform((value: unknown, ctx): string => {
  const normalized = normalizeTimestamp(value);
  if (normalized !== undefined) return normalized;
  ctx.issues.push({
    code: 'custom',
    input: value,
    message:
      value === undefined
        ? 'is required; write a timestamp such as 2026-03-31T14:00:00Z (or a date, 2026-03-31)'
        : `must be an ISO timestamp such as 2026-03-31T14:00:00Z or a date such as 2026-03-31 (got ${typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : value === null ? 'null' : typeof value})`,
  });
  return z.NEVER;
});

const scale = z.strictObject({
  /** The lowest level, 0 or more; an unassessed competency counts as this level. */
  min: z
    .number()
    .check(z.gte(0, 'must be 0 or more; scales count levels from 0 or 1'), z.lte(MAX_MAGNITUDE, MAGNITUDE_MESSAGE)),
  /** The highest level. */
  max: level,
  /** A name per whole level from `min` to `max`, in order (`labels[0]` names `min`). */
  labels: z.optional(z.array(text)),
});

const competencyRef = z.strictObject({
  /** `esco` for an ESCO skill or competence URI/code, `custom` for the organisation's own catalogue. */
  scheme: z.enum(['esco', 'custom']),
  id,
});

const competency = z.strictObject({
  id,
  /** The group it belongs to, such as "Craft" or "Leadership". */
  theme: text,
  description: z.optional(text),
  /** The same competency in external catalogues. */
  refs: z._default(z.array(competencyRef), () => []),
});

const expectation = z.strictObject({
  /** The level expected, on the framework's scale. */
  level,
  /** What that level looks like in practice. */
  text: z.optional(text),
});

const trackLevel = z.strictObject({
  id,
  name: text,
  /** What is expected at this level, by competency id; a competency not listed is not expected here. */
  expectations: z._default(z.record(z.string(), expectation), () => ({})),
});

const track = z.strictObject({
  id,
  name: text,
  /** The levels of the career track, from the first to the most senior. */
  levels: z._default(z.array(trackLevel), () => []),
});

const framework = z.strictObject({
  id,
  name: text,
  scale,
  competencies: z._default(z.array(competency), () => []),
  tracks: z._default(z.array(track), () => []),
});

const placement = z.strictObject({
  /** The person (an owner id). */
  personId: id,
  /** The career track they are on (track ids are unique across a document's frameworks). */
  trackId: id,
  /** Their current level on that track. */
  levelId: id,
  /** The level they are working towards, if any. */
  targetLevelId: z.optional(id),
});

const assessment = z.strictObject({
  id: z.optional(id),
  /** The person assessed (an owner id). */
  personId: id,
  competencyId: id,
  /** The level assessed, on the framework's scale. */
  level,
  /** `self` when the person rated themself, `manager` when their manager did. */
  source: z.enum(['self', 'manager']),
  /** Who gave the rating (an owner id). */
  assessorId: id,
  /** When it was given: an ISO timestamp, or a date. */
  at: timestampSchema,
  /** The review it was given in, when it was a review answer. */
  reviewId: z.optional(id),
  note: z.optional(text),
});

/** A competency framework: a scale, the competencies rated on it, and career tracks whose levels expect them. */
export const frameworkSchema = framework;
/** Where a person stands on a career track, and the level they aim for. */
export const placementSchema = placement;
/** One rating of one competency of one person, by themself or their manager. */
export const assessmentSchema = assessment;

/** A competency framework. */
export type Framework = z.output<typeof framework>;
/** The rating scale of a framework. */
export type CompetencyScale = z.output<typeof scale>;
/** One competency of a framework. */
export type Competency = z.output<typeof competency>;
/** A competency's id in an external catalogue. */
export type CompetencyRef = z.output<typeof competencyRef>;
/** A career track of a framework. */
export type Track = z.output<typeof track>;
/** One level of a career track, with what it expects per competency. */
export type TrackLevel = z.output<typeof trackLevel>;
/** What a level expects of one competency. */
export type Expectation = z.output<typeof expectation>;
/** A person's place on a career track. */
export type Placement = z.output<typeof placement>;
/** One competency rating. */
export type Assessment = z.output<typeof assessment>;
/** Who gave an assessment. */
export type AssessmentSource = Assessment['source'];
