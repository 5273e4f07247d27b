import type { core } from 'zod/mini';
import { formatPath, type ValidationProblem } from './goalkitValidationError.js';

const GENERIC = 'Invalid input';

const ARTICLE: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
  date: 'a date',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'a mapping' : typeof value;
}

function listChoices(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ');
}

/** A draft-mode hint for the fields draft mode relaxes, so the fix is discoverable. */
const DRAFT_FIELDS = new Set(['owner', 'cycle', 'start', 'target', 'min', 'max']);

/** The problem for input that is not a document at all. */
export function rootProblem(input: unknown): ValidationProblem {
  return {
    path: '',
    message: `a goalkit document must be a mapping with version, cycles, owners and objectives (got ${describeValue(input)})`,
  };
}

/** Turns one zod issue into plain problems (an unknown-keys issue becomes one problem per key). */
export function describeIssue(issue: core.$ZodIssue, draft: boolean): ValidationProblem[] {
  const path = formatPath(issue.path);
  const custom = issue.message !== GENERIC ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      if (issue.path.length === 0) return [rootProblem(issue.input)];
      if (issue.input === undefined && !('received' in issue)) {
        const last = issue.path[issue.path.length - 1];
        const hint =
          !draft && typeof last === 'string' && DRAFT_FIELDS.has(last)
            ? ` (or parse with { mode: 'draft' } while the goal is still being written)`
            : '';
        return [{ path, message: `is required; add ${expected}${hint}` }];
      }
      const received = (issue as { received?: unknown }).received;
      if (issue.expected === 'number' && typeof received === 'string' && /^-?(NaN|Infinity)$/.test(received)) {
        return [
          { path, message: `must be a finite number (got ${String(received)}); write a plain number such as 35` },
        ];
      }
      return [{ path, message: custom ?? `must be ${expected} (got ${describeValue(issue.input)})` }];
    }
    case 'unrecognized_keys': {
      const input = issue.input as { type?: unknown } | undefined;
      const owner =
        input && typeof input === 'object' && typeof input.type === 'string'
          ? `${/^[aeiou]/.test(input.type) ? 'an' : 'a'} ${input.type} key result`
          : 'this item';
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `"${key}" is not a field of ${owner}; remove it or check its spelling`,
      }));
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const value = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        const options = listChoices((issue as { options?: unknown[] }).options ?? []);
        const what = value === undefined ? 'is required' : `${describeValue(value)} is not a key-result type`;
        return [{ path, message: `${what}; use one of ${options}` }];
      }
      if (issue.path[issue.path.length - 1] === 'value') {
        return [{ path, message: `must be true, false, 1 or 0 (got ${describeValue(issue.input)})` }];
      }
      return [{ path, message: custom ?? `is not valid (got ${describeValue(issue.input)})` }];
    }
    case 'invalid_value':
      return [
        {
          path,
          message:
            custom ??
            `must be one of ${listChoices(issue.values)}${issue.input === undefined ? '' : ` (got ${describeValue(issue.input)})`}`,
        },
      ];
    case 'too_small':
      return [{ path, message: custom ?? `must be at least ${String(issue.minimum)}` }];
    case 'too_big':
      return [{ path, message: custom ?? `must be at most ${String(issue.maximum)}` }];
    default:
      return [{ path, message: custom ?? 'is not valid; check it against the goalkit document format' }];
  }
}
