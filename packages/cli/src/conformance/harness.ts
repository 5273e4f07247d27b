import type { FieldProblem, Route, RouteName } from '@goalkit/client';
import { issuesToProblems, routes } from '@goalkit/client/contract';

/** One contract check and its verdict. */
export interface CheckResult {
  id: string;
  name: string;
  /** `true` only when the check ran and passed. */
  ok: boolean;
  /** Passed, failed, or skipped (it could not run: a check it needs failed, or a second token is missing). */
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped (or what it saw), in a sentence. */
  detail?: string;
}

export interface ConformanceOptions {
  /** The backend's base URL, such as `https://hr.example.com/api/goalkit`. */
  baseUrl: string;
  /** A bearer token of a person who may create goals for themselves. */
  token: string;
  /**
   * A second person's token, for the authorisation checks: someone who is neither the first person's manager
   * nor an admin (another member). Without it the authorisation checks are reported as skipped.
   */
  secondToken?: string | undefined;
  /** The first person's manager's token, for the 1:1 privacy check (the other participant). */
  managerToken?: string | undefined;
  /** An admin's token, for the review-cycle checks (an admin creates and moves a cycle). */
  adminToken?: string | undefined;
  fetch?: typeof fetch;
  /** Called as each check finishes, for live output. */
  onResult?: (result: CheckResult) => void;
}

/** What the checks learn as they run and later checks build on. */
export interface ConformanceState {
  me?: { id: string; managerId?: string | null };
  cycleId?: string;
  objective?: { id: string; version: number; keyResults: { id: string; version: number }[] };
}

class CheckFailed extends Error {}

/** Thrown by a check that cannot run; it is reported as skipped with the message as its reason. */
export class CheckSkipped extends Error {}

/** End the running check as failed, with a sentence saying why. */
export function fail(message: string): never {
  throw new CheckFailed(message);
}

/** A reply read whole. */
export interface Reply {
  response: Response;
  json: unknown;
  text: string;
}

export interface RequestOptions {
  /** Whose bearer token to send: the first person's when left out, none when `null`. */
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string> | undefined;
}

const describeProblems = (problems: FieldProblem[]) =>
  problems
    .slice(0, 3)
    .map((p) => `${p.path || '(body)'} ${p.message}`)
    .join('; ');

/** The requests, expectations and verdict bookkeeping every check uses. */
export function createHarness(options: ConformanceOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const results: CheckResult[] = [];

  const request = async (method: string, path: string, init: RequestOptions = {}): Promise<Reply> => {
    const headers = new Headers({ accept: 'application/json', ...init.headers });
    const token = init.token === undefined ? options.token : init.token;
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const response = await fetchImpl(`${base}${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { response, json, text };
  };

  const expectStatus = (response: Response, expected: number | number[], what: string) => {
    const allowed = Array.isArray(expected) ? expected : [expected];
    if (!allowed.includes(response.status)) fail(`${what}: expected ${allowed.join(' or ')}, got ${response.status}`);
  };

  const expectShape = (name: RouteName, json: unknown) => {
    const route: Route = routes[name];
    if (!route.response) return;
    const parsed = route.response.safeParse(json);
    if (!parsed.success)
      fail(
        `${route.method} ${route.path} reply breaks the schema at ${describeProblems(issuesToProblems(parsed.error.issues))}`,
      );
  };

  const expectProblem = (response: Response, json: unknown) => {
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('application/problem+json'))
      fail(`error replies must be application/problem+json (got "${type}")`);
    const body = json as { type?: unknown; title?: unknown; status?: unknown } | undefined;
    if (typeof body?.title !== 'string' || typeof body.type !== 'string' || body.status !== response.status) {
      fail('a problem needs type, title and a status equal to the HTTP status');
    }
  };

  const record = (result: CheckResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  const skip = (id: string, name: string, detail: string) => record({ id, name, ok: false, status: 'skipped', detail });
  const check = async (id: string, name: string, body: () => Promise<string | undefined>, needs?: () => boolean) => {
    if (needs && !needs()) return skip(id, name, 'an earlier check it needs failed');
    try {
      const detail = await body();
      record({ id, name, ok: true, status: 'passed', ...(detail ? { detail } : {}) });
    } catch (error) {
      if (error instanceof CheckSkipped) return skip(id, name, error.message);
      const message =
        error instanceof CheckFailed
          ? error.message
          : `could not run: ${error instanceof Error ? error.message : String(error)}`;
      record({ id, name, ok: false, status: 'failed', detail: message });
    }
  };

  return { base, fetchImpl, results, request, expectStatus, expectShape, expectProblem, skip, check };
}

export type Harness = ReturnType<typeof createHarness>;

/** A route a check exercises: a route of the contract's table (`routes` of `@goalkit/client`), or the live events. */
export type CoveredRoute = RouteName | 'events';

/** What every check gets: the harness, the options, and what earlier checks learnt. */
export interface ConformanceContext extends Harness {
  readonly options: ConformanceOptions;
  readonly state: ConformanceState;
}

/** One row of the table of checks. */
export interface ConformanceCheck<TFixture = undefined> {
  /** Stable: results, CI scripts and `--format json` name the check by it. */
  readonly id: string;
  /** What the check proves, in a sentence (the stylish output's line). */
  readonly name: string;
  /** The contract routes it exercises. */
  readonly routes: readonly CoveredRoute[];
  /** Whether it can run (an earlier check it builds on passed); when not, it is skipped. */
  readonly needs?: ((context: ConformanceContext) => boolean) | undefined;
  /** Run it: throw with {@link fail} (or {@link CheckSkipped}); answer what it saw, or `undefined`. */
  run(context: ConformanceContext, fixture: TFixture): Promise<string | undefined>;
}

/**
 * Checks that run together, in order, around a fixture they share (test goals the group makes first and
 * removes after).
 */
export interface CheckGroup<TFixture = undefined> {
  /** Why none of the group's checks can run (each is reported skipped with it), or `undefined`. */
  readonly skipAll?: ((context: ConformanceContext) => string | undefined) | undefined;
  /** Make what the checks share. */
  readonly prepare: (context: ConformanceContext) => Promise<TFixture>;
  readonly checks: readonly ConformanceCheck<TFixture>[];
  /** Remove what `prepare` and the checks made (best effort). */
  finish?(context: ConformanceContext, fixture: TFixture): Promise<void>;
}

/** Whether the checks found the signed-in person and a cycle to make test goals in. */
export const haveMe = ({ state }: ConformanceContext) => state.me !== undefined && state.cycleId !== undefined;

/** A group of checks that share nothing. */
export const checkGroup = (checks: readonly ConformanceCheck[]): CheckGroup => ({
  prepare: async () => undefined,
  checks,
});

/** Run the groups of the table in order, each check through the harness (which records its verdict). */
export async function runCheckGroups(
  context: ConformanceContext,
  groups: readonly CheckGroup<unknown>[],
): Promise<void> {
  for (const group of groups) {
    const reason = group.skipAll?.(context);
    if (reason !== undefined) {
      for (const { id, name } of group.checks) context.skip(id, name, reason);
      continue;
    }
    const fixture = await group.prepare(context);
    for (const check of group.checks) {
      const needs = check.needs;
      await context.check(check.id, check.name, () => check.run(context, fixture), needs && (() => needs(context)));
    }
    await group.finish?.(context, fixture);
  }
}
