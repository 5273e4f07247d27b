import { z } from 'zod/mini';
import { formatPath, GoalkitValidationError } from '../model/goalkitValidationError.js';
import { looseKey } from './values.js';

/**
 * The fields an import reads from a row; `columns` in the map names which of their columns holds which.
 * `keyResult` is Tability's column naming the key result (outcome) a check-in belongs to.
 */
export const IMPORT_FIELDS = [
  'id',
  'type',
  'title',
  'description',
  'parent',
  'owner',
  'ownerEmail',
  'period',
  'start',
  'end',
  'startValue',
  'target',
  'current',
  'unit',
  'progress',
  'confidence',
  'checkInDate',
  'note',
  'keyResult',
  'categories',
] as const;

/** One field an import reads; see {@link IMPORT_FIELDS}. */
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * What a confidence word means, from 0 to 1: red 0.2, yellow 0.5, green 0.8, and Viva Goals'
 * statuses on track 0.8, at risk 0.5, behind and off track 0.2. A map's `confidence` adds words or changes these.
 */
export const DEFAULT_CONFIDENCE: Readonly<Record<string, number>> = {
  red: 0.2,
  yellow: 0.5,
  green: 0.8,
  'on track': 0.8,
  'at risk': 0.5,
  behind: 0.2,
  'off track': 0.2,
};

const id = z.string().check(z.minLength(1, 'must not be empty; write the id of an owner or cycle of the document'));
const share = z
  .number()
  .check(
    z.gte(0, 'must be between 0 and 1; write 70% confidence as 0.7'),
    z.lte(1, 'must be between 0 and 1; write 70% confidence as 0.7'),
  );

const importMapSchema = z.strictObject({
  columns: z.optional(z.record(z.string(), z.enum(IMPORT_FIELDS, `must be one of ${IMPORT_FIELDS.join(', ')}`))),
  confidence: z.optional(z.record(z.string(), share)),
  owners: z.optional(z.record(z.string(), id)),
  cycle: z.optional(id),
  dateFormat: z.optional(z.enum(['dmy', 'mdy', 'iso'], 'must be dmy, mdy or iso')),
});

/**
 * How an import reads a file (`map.yaml`): every part is optional.
 *
 * - `columns`: their header → our field (see {@link IMPORT_FIELDS}), over the defaults of each format.
 * - `confidence`: a word → a number from 0 to 1, over {@link DEFAULT_CONFIDENCE}.
 * - `owners`: their name or email → our owner id (which must be in the target document).
 * - `cycle`: the cycle id for rows that name no time period and carry no dates.
 * - `dateFormat`: how `03/04/2025` is read; `iso` (the default) reads a day/month date only when it cannot be misread.
 */
export type ImportMap = z.output<typeof importMapSchema>;

/**
 * Checks a map (as read from `map.yaml`).
 * @throws {GoalkitValidationError} listing every problem with its path, such as `confidence.amber`.
 */
export function parseImportMap(input: unknown): ImportMap {
  const result = z.safeParse(importMapSchema, input ?? {});
  if (result.success) return result.data;
  throw new GoalkitValidationError(
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

/** The confidence words of a map, keys compared loosely (`On Track` is `on track`). */
export function confidenceWords(map: ImportMap | undefined): Map<string, number> {
  const words = new Map(Object.entries(DEFAULT_CONFIDENCE));
  for (const [word, value] of Object.entries(map?.confidence ?? {})) words.set(looseKey(word), value);
  return words;
}
