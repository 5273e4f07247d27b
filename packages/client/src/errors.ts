import type { FieldProblem } from './contract/issuesToProblems.js';
import type { Problem } from './contract/schemas.js';

/** Every error the client throws. `retryable` says whether the same request may succeed later. */
export abstract class GoalkitClientError extends Error {
  abstract readonly retryable: boolean;
  /** The route that failed, such as `POST /key-results/{id}/check-ins`. */
  readonly route: string;

  constructor(message: string, route: string, options?: ErrorOptions) {
    super(message, options);
    this.route = route;
    this.name = new.target.name;
  }
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** The server answered with an error status. `problem` is its RFC 9457 body. */
export class HttpError extends GoalkitClientError {
  // Spelled out, not `new.target.name`: minifiers rename classes (the embed bundle does).
  override name = 'HttpError';
  readonly status: number;
  readonly problem: Problem;
  /** Milliseconds the server asked us to wait (`Retry-After`), if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(route: string, status: number, problem: Problem, retryAfterMs?: number) {
    super(`${route} failed with ${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`, route);
    this.status = status;
    this.problem = problem;
    this.retryAfterMs = retryAfterMs;
  }

  get retryable(): boolean {
    return RETRYABLE_STATUS.has(this.status);
  }
}

/**
 * Someone else changed the resource first (412), or the request conflicts with its state (409:
 * an illegal transition, or an idempotency key whose first request is still running).
 */
export class ConflictError extends HttpError {
  override name = 'ConflictError';
  /** The version the server has now, when it said; reload it, then apply the person's change again. */
  get currentVersion(): number | undefined {
    return this.problem.currentVersion;
  }
}

/** The request was rejected as invalid (400/422, or before sending): `problems` lists each field. */
export class ValidationError extends GoalkitClientError {
  override name = 'ValidationError';
  readonly retryable = false;
  readonly status: number | undefined;
  readonly problems: readonly FieldProblem[];

  constructor(route: string, problems: readonly FieldProblem[], status?: number) {
    super(
      `${route}: the request is not valid: ${problems.map((p) => `${p.path || '(body)'} ${p.message}`).join('; ')}`,
      route,
    );
    this.problems = problems;
    this.status = status;
  }
}

/** The server's reply does not match the contract; the data is withheld rather than handed to a widget. */
export class ResponseValidationError extends GoalkitClientError {
  override name = 'ResponseValidationError';
  readonly retryable = false;
  readonly problems: readonly FieldProblem[];

  constructor(route: string, problems: readonly FieldProblem[]) {
    const first = problems.slice(0, 3).map((p) => `${p.path || '(body)'} ${p.message}`);
    super(
      `${route}: the server's reply breaks the goalkit contract at ${first.join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`,
      route,
    );
    this.problems = problems;
  }
}

/** The request never got an answer (offline, DNS, connection reset). */
export class NetworkError extends GoalkitClientError {
  override name = 'NetworkError';
  readonly retryable = true;
}

/** One attempt took longer than `timeoutMs`. */
export class TimeoutError extends GoalkitClientError {
  override name = 'TimeoutError';
  readonly retryable = true;
  readonly timeoutMs: number;

  constructor(route: string, timeoutMs: number) {
    super(`${route} timed out after ${timeoutMs} ms`, route);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class AbortError extends GoalkitClientError {
  override name = 'AbortError';
  readonly retryable = false;
}
