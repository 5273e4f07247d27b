import { z } from 'zod/mini';
import { formatPath, GoalkitValidationError, type ValidationProblem } from '../model/goalkitValidationError.js';
import { isTimeZone } from './zonedTime.js';

/** The days a cadence can fall on, Monday first (ISO 8601 order). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A day of the week, in lowercase English. */
export type Weekday = (typeof WEEKDAYS)[number];

const id = z.string().check(z.minLength(1, 'must not be empty'));
const wholeDays = z
  .number()
  .check(
    z.int('must be a whole number of days'),
    z.gte(0, 'must be 0 or more days'),
    z.lte(366, 'must be at most 366 days'),
  );

const cadencePolicySchema = z.strictObject({
  scopeOwnerId: id,
  frequency: z.enum(['weekly', 'biweekly', 'monthly'], 'must be weekly, biweekly or monthly'),
  weekday: z.enum(WEEKDAYS, `must be one of ${WEEKDAYS.join(', ')}`),
  localTime: z
    .string()
    .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day written HH:MM (24 hours), such as 09:00')),
  timeZone: z.string().check(
    z.refine(isTimeZone, {
      message: 'must be an IANA time zone such as Europe/Berlin or America/New_York',
    }),
  ),
  skipIfCheckedInWithinDays: z._default(wholeDays, 0),
  graceDays: z._default(wholeDays, 2),
  escalateTo: z._default(z.nullable(z.literal('manager', "must be 'manager' or null")), null),
  inherit: z._default(z.enum(['default', 'locked'], "must be 'default' or 'locked'"), 'default'),
});

/**
 * When the key results of an organisation, team or person are due for a check-in. Set on any owner; it
 * applies to the goals of that owner and of every owner below it in the owner tree, unless a lower level
 * sets its own. `inherit: 'locked'` makes it apply below even where a lower level sets its own.
 */
export type CadencePolicy = z.output<typeof cadencePolicySchema>;

/** A cadence policy as written: the fields with defaults may be left out. */
export type CadencePolicyInput = z.input<typeof cadencePolicySchema>;

const rhythmPersonSchema = z.strictObject({
  id,
  managerId: z.optional(z.nullable(id)),
  leadOf: z.optional(z.array(id)),
});

/**
 * A person as the rhythm needs them: who their manager is (escalations go there), and which teams they
 * lead (a team goal's check-ins are the lead's to do).
 */
export type RhythmPerson = z.output<typeof rhythmPersonSchema>;

const rhythmSchema = z.strictObject({
  policies: z._default(z.array(cadencePolicySchema), () => []),
  people: z._default(z.array(rhythmPersonSchema), () => []),
});

/** The rhythm of an organisation: its cadence policies and the people they reach. */
export type Rhythm = z.output<typeof rhythmSchema>;

/**
 * Checks a rhythm (`{ policies, people }`, as read from JSON or YAML) and fills in the defaults
 * (`skipIfCheckedInWithinDays` 0, `graceDays` 2, `escalateTo` null, `inherit` default).
 * @throws {GoalkitValidationError} listing every problem with its path, such as `policies[1].timeZone`.
 */
export function parseRhythm(input: unknown): Rhythm {
  const result = z.safeParse(rhythmSchema, input);
  const problems: ValidationProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  if (result.success) {
    const seen = new Map<string, number>();
    for (const [index, policy] of result.data.policies.entries()) {
      const first = seen.get(policy.scopeOwnerId);
      if (first !== undefined)
        problems.push({
          path: `policies[${index}].scopeOwnerId`,
          message: `${JSON.stringify(policy.scopeOwnerId)} already has a policy (policies[${first}]); an owner has one`,
        });
      else seen.set(policy.scopeOwnerId, index);
    }
  }
  if (problems.length > 0 || !result.success) throw new GoalkitValidationError(problems);
  return result.data;
}

/**
 * The policy that applies to the goals of `ownerId`: the highest `locked` policy on the way from the owner
 * up to the root of the owner tree, else the nearest policy on that way (the owner's own first), else
 * none. `parentOf` gives an owner's parent in the owner tree.
 */
export function effectivePolicy(
  ownerId: string,
  policies: ReadonlyMap<string, CadencePolicy>,
  parentOf: (ownerId: string) => string | undefined,
): CadencePolicy | undefined {
  let nearest: CadencePolicy | undefined;
  let locked: CadencePolicy | undefined;
  const seen = new Set<string>();
  for (let owner: string | undefined = ownerId; owner !== undefined && !seen.has(owner); owner = parentOf(owner)) {
    seen.add(owner);
    const policy = policies.get(owner);
    if (!policy) continue;
    nearest ??= policy;
    if (policy.inherit === 'locked') locked = policy;
  }
  return locked ?? nearest;
}
