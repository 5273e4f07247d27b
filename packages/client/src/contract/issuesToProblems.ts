import { formatPath } from '@goalkit/core/model';
import type { core } from 'zod/mini';

/** One thing wrong with a request or a reply: where (`keyResults[0].target`) and what. */
export interface FieldProblem {
  path: string;
  message: string;
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'text' : typeof value;

/**
 * Turns zod issues into plain `{ path, message }` problems with messages a person can act on
 * (zod/mini carries no message locale, so its own messages all read "Invalid input").
 */
export function issuesToProblems(
  issues: readonly core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    const path = formatPath([...prefix, ...issue.path]);
    const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
    switch (issue.code) {
      case 'invalid_type':
        out.push({
          path,
          message:
            issue.input === undefined
              ? `is required (${issue.expected})`
              : `must be ${issue.expected}, not ${describe(issue.input)}`,
        });
        break;
      case 'too_small':
        out.push({
          path,
          message:
            custom ??
            (issue.origin === 'string'
              ? Number(issue.minimum) <= 1
                ? 'must not be empty'
                : `must be at least ${issue.minimum} characters`
              : issue.origin === 'array'
                ? `must have at least ${issue.minimum} items`
                : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`),
        });
        break;
      case 'too_big':
        out.push({
          path,
          message:
            custom ??
            (issue.origin === 'string'
              ? `must be at most ${issue.maximum} characters`
              : issue.origin === 'array'
                ? `must have at most ${issue.maximum} items`
                : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`),
        });
        break;
      case 'invalid_value':
        out.push({
          path,
          message: custom ?? `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        });
        break;
      case 'invalid_format':
        out.push({ path, message: custom ?? `must be a valid ${issue.format}` });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push({ path: formatPath([...prefix, ...issue.path, key]), message: 'is not a known field' });
        break;
      case 'invalid_union': {
        const nested = issue.errors.flat();
        if (nested.length > 0 && issue.errors.length === 1)
          out.push(...issuesToProblems(nested, [...prefix, ...issue.path]));
        else out.push({ path, message: custom ?? 'does not match any allowed shape' });
        break;
      }
      default:
        out.push({ path, message: custom ?? 'is not valid' });
    }
  }
  return out;
}
