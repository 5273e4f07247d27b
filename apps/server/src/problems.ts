import type { FieldProblem } from '@goalkit/client';

/** An error a route turns into an RFC 9457 `application/problem+json` reply. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    title: string,
    detail?: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.status = status;
    this.title = title;
    this.type = `https://goalkit.dev/problems/${title
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    this.extra = detail === undefined ? extra : { detail, ...extra };
    this.headers = headers;
  }

  body(instance: string) {
    return { type: this.type, title: this.title, status: this.status, instance, ...this.extra };
  }
}

export const badRequest = (problems: FieldProblem[], status: 400 | 422 = 422) =>
  new ProblemError(
    status,
    status === 400 ? 'Bad request' : 'Validation failed',
    problems.map((p) => `${p.path || '(body)'}: ${p.message}`).join('; '),
    {
      errors: problems,
    },
  );
export const unauthorized = () =>
  new ProblemError(
    401,
    'Unauthorized',
    'Send a valid bearer token in the Authorization header.',
    {},
    { 'www-authenticate': 'Bearer' },
  );
export const forbidden = (detail: string) => new ProblemError(403, 'Forbidden', detail);
export const notFound = (what: string) =>
  new ProblemError(404, 'Not found', `${what} does not exist or is not visible to you.`);
export const preconditionRequired = () =>
  new ProblemError(
    428,
    'Precondition required',
    'Send If-Match with the version you edited (the ETag of the resource).',
  );
export const stale = (currentVersion: number) =>
  new ProblemError(
    412,
    'Precondition failed',
    `Someone changed this first: it is now at version ${currentVersion}. Reload it and apply your change again.`,
    {
      currentVersion,
    },
  );
