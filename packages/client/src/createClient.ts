import type * as z from 'zod/mini';
import { type Endpoint, endpoints } from './contract/endpoints.js';
import { issuesToProblems } from './contract/issuesToProblems.js';
import type {
  AnalyticsMetric,
  CadencePolicySet,
  CheckInCreate,
  CommentCreate,
  Duplicate,
  ImportRequest,
  KeyResultCreate,
  KeyResultPatch,
  KeyResultValuePut,
  Objective,
  ObjectiveCreate,
  ObjectivePatch,
  Owner,
  Problem,
  Transition,
  WebhookCreate,
  WebhookRotate,
} from './contract/schemas.js';
import { problemSchema } from './contract/schemas.js';
import {
  AbortError,
  ConflictError,
  type GoalkitClientError,
  HttpError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
} from './errors.js';

/** The query of `alignmentCandidates.list`. */
export interface AlignmentCandidateParams {
  /** The owner of the objective being edited. */
  owner: string;
  cycle: string;
  /** The objective being edited: it and the goals below it are left out. */
  exclude?: string;
  q?: string;
}

/** How failed requests are retried. Only network errors, timeouts and 408/429/500/502/503/504 are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  retries?: number;
  /** Base of the exponential backoff, in ms. @default 300 */
  baseMs?: number;
  /** Longest backoff, in ms. @default 10000 */
  capMs?: number;
  /** Longest `Retry-After` honoured, in ms; a longer one ends the retries. @default 60000 */
  maxRetryAfterMs?: number;
}

export interface ClientOptions {
  /** Where the contract's routes live, such as `https://hr.example.com/api/goalkit`. */
  baseUrl: string;
  /** Returns the bearer token for each request. Tokens stay in memory: never logged, never in a URL. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** A `fetch` implementation (tests pass their own). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms. @default 10000 */
  timeoutMs?: number;
  /** Retry policy, or `false` for none. @default { retries: 2, baseMs: 300, capMs: 10000, maxRetryAfterMs: 60000 } */
  retry?: RetryOptions | false;
  /** Sent as `Accept-Language`. */
  locale?: string;
  /** Source of randomness for backoff jitter (tests fix it). @default Math.random */
  random?: () => number;
}

/** Options every method takes. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Turn this call's retries off (the query layer does, because it retries itself). */
  retry?: false | undefined;
}

/** Options of a write to a versioned resource. */
export interface VersionedCallOptions extends CallOptions {
  /** The version the person edited; sent as `If-Match`. A stale one fails with a `ConflictError` (412). */
  version: number;
}

/** Options of any write: the idempotency key is generated once per call and reused by its retries. */
export interface WriteCallOptions extends CallOptions {
  /** Pass one to make a write idempotent across separate calls too (e.g. a form resubmitted after a reload). */
  idempotencyKey?: string | undefined;
}

/** What {@link GoalkitClient.send} takes besides the route: path parameters, query, body and call options. */
export interface RequestInput {
  params?: Record<string, string>;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  version?: number | undefined;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
  retry?: false | undefined;
}

const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, baseMs: 300, capMs: 10_000, maxRetryAfterMs: 60_000 };

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

type EndpointName = keyof typeof endpoints;
/** What a route answers: its response schema's output, or nothing for 204. */
export type ReplyOfEndpoint<E extends Endpoint> = E extends { readonly response: infer S extends z.ZodMiniType }
  ? z.output<S>
  : undefined;
/** What a route of the endpoint table answers. */
type ReplyOf<K extends EndpointName> = ReplyOfEndpoint<(typeof endpoints)[K]>;

/**
 * The goalkit API client: one typed method per route of the contract, validated replies,
 * typed errors, retries with full jitter, per-attempt timeouts, idempotency keys and `If-Match`.
 */
export function createClient(options: ClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retry = options.retry === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...options.retry };
  const random = options.random ?? Math.random;

  function request<K extends EndpointName>(name: K, input: RequestInput = {}): Promise<ReplyOf<K>> {
    return send(endpoints[name], input) as Promise<ReplyOf<K>>;
  }

  async function send<E extends Endpoint>(route: E, input: RequestInput = {}): Promise<ReplyOfEndpoint<E>> {
    type TOut = ReplyOfEndpoint<E>;
    const label = `${route.method} ${route.path}`;
    let path = route.path;
    for (const [key, value] of Object.entries(input.params ?? {})) {
      path = path.replace(`{${key}}`, encodeURIComponent(value));
    }
    let query = '';
    if (input.query) {
      if (route.query) {
        const checked = route.query.safeParse(input.query);
        if (!checked.success) throw new ValidationError(label, issuesToProblems(checked.error.issues));
      }
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(input.query)) {
        if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
      }
      query = search.size > 0 ? `?${search}` : '';
    }
    let body: string | undefined;
    if (route.body) {
      const checked = route.body.safeParse(input.body);
      if (!checked.success) throw new ValidationError(label, issuesToProblems(checked.error.issues));
      body = JSON.stringify(input.body);
    }
    const url = `${baseUrl}${path}${query}`;
    const writes = route.method !== 'GET';
    const idempotencyKey = writes ? (input.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const retries = input.retry === false ? 0 : retry.retries;
    const callerSignal = input.signal;

    for (let attempt = 0; ; attempt++) {
      if (callerSignal?.aborted) throw new AbortError(`${label} was aborted`, label, { cause: callerSignal.reason });
      let error: GoalkitClientError;
      let retryAfterMs: number | undefined;
      try {
        return await attemptOnce();
      } catch (caught) {
        if (!(caught instanceof Error) || !('retryable' in caught)) throw caught;
        error = caught as GoalkitClientError;
        if (error instanceof HttpError) retryAfterMs = error.retryAfterMs;
      }
      if (!error.retryable || attempt >= retries) throw error;
      if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs) throw error;
      const backoff = retryAfterMs ?? random() * Math.min(retry.capMs, retry.baseMs * 2 ** attempt);
      try {
        await sleep(backoff, callerSignal);
      } catch (reason) {
        throw new AbortError(`${label} was aborted while waiting to retry`, label, { cause: reason });
      }
    }

    async function attemptOnce(): Promise<TOut> {
      const headers = new Headers({ accept: 'application/json' });
      if (body !== undefined) headers.set('content-type', 'application/json');
      if (options.locale) headers.set('accept-language', options.locale);
      if (idempotencyKey) headers.set('idempotency-key', idempotencyKey);
      if (input.version !== undefined) headers.set('if-match', `"${input.version}"`);
      const token = await options.getToken?.();
      if (token) headers.set('authorization', `Bearer ${token}`);

      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const onAbort = () => controller.abort();
      callerSignal?.addEventListener('abort', onAbort, { once: true });
      if (callerSignal?.aborted) controller.abort();
      // Why the connection failed: the caller's abort, the timeout, or the network (`what` says where).
      const broken = (cause: unknown, what: string) =>
        callerSignal?.aborted
          ? new AbortError(`${label} was aborted`, label, { cause })
          : timedOut
            ? new TimeoutError(label, timeoutMs)
            : new NetworkError(`${label}${what}`, label, { cause });
      try {
        let response: Response;
        try {
          response = await fetchImpl(url, {
            method: route.method,
            headers,
            ...(body === undefined ? {} : { body }),
            signal: controller.signal,
          });
        } catch (cause) {
          throw broken(cause, ' could not reach the server');
        }
        let text: string;
        try {
          text = await response.text();
        } catch (cause) {
          throw broken(cause, ': the connection broke while reading the reply');
        }
        if (!response.ok) throw toHttpError(label, response, text);
        if (route.status === 204 || response.status === 204) return undefined as TOut;
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new ResponseValidationError(label, [{ path: '', message: 'is not JSON' }]);
        }
        if (!route.response) return json as TOut;
        const checked = route.response.safeParse(json);
        if (!checked.success) throw new ResponseValidationError(label, issuesToProblems(checked.error.issues));
        return checked.data as TOut;
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener('abort', onAbort);
      }
    }
  }

  const id = (value: string) => ({ id: value });

  return {
    /** The signed-in person. */
    me: (o?: CallOptions) => request('me', { ...o }),
    cycles: {
      list: (o?: CallOptions) => request('listCycles', { ...o }),
    },
    owners: {
      list: (query: { kind?: Owner['kind']; q?: string } = {}, o?: CallOptions) =>
        request('listOwners', { query, ...o }),
    },
    objectives: {
      list: (query: ObjectiveListParams = {}, o?: CallOptions) =>
        request('listObjectives', { query: { ...query }, ...o }),
      get: (objectiveId: string, o?: CallOptions) => request('getObjective', { params: id(objectiveId), ...o }),
      create: (body: ObjectiveCreate, o?: WriteCallOptions) => request('createObjective', { body, ...o }),
      update: (objectiveId: string, patch: ObjectivePatch, o: VersionedCallOptions & WriteCallOptions) =>
        request('updateObjective', { params: id(objectiveId), body: patch, ...o }),
      delete: (objectiveId: string, o: VersionedCallOptions & WriteCallOptions) =>
        request('deleteObjective', { params: id(objectiveId), ...o }),
      /** Carry the objective into another cycle as a draft (`POST /objectives/{id}/duplicate`). */
      duplicate: (objectiveId: string, body: Duplicate, o?: WriteCallOptions) =>
        request('duplicateObjective', { params: id(objectiveId), body, ...o }),
      transition: (objectiveId: string, body: Transition, o?: WriteCallOptions) =>
        request('transitionObjective', { params: id(objectiveId), body, ...o }),
      history: (objectiveId: string, o?: CallOptions) => request('getHistory', { params: id(objectiveId), ...o }),
      lint: (objectiveId: string, o?: CallOptions) => request('getLint', { params: id(objectiveId), ...o }),
    },
    keyResults: {
      create: (objectiveId: string, body: KeyResultCreate, o?: WriteCallOptions) =>
        request('createKeyResult', { params: id(objectiveId), body, ...o }),
      update: (keyResultId: string, patch: KeyResultPatch, o: VersionedCallOptions & WriteCallOptions) =>
        request('updateKeyResult', { params: id(keyResultId), body: patch, ...o }),
      delete: (keyResultId: string, o: VersionedCallOptions & WriteCallOptions) =>
        request('deleteKeyResult', { params: id(keyResultId), ...o }),
      /**
       * Sync now: pull the key result's values from its connector. A failed pull answers 200 too, with
       * `lastSync.ok: false` and the error in words; the value and the score stay as they were.
       */
      sync: (keyResultId: string, o?: WriteCallOptions) => request('syncKeyResult', { params: id(keyResultId), ...o }),
    },
    imports: {
      /**
       * Import a file from another tool (`from`), or with `dryRun` see what it would do. Rejected rows come
       * back with their reasons in `rows`; the same file again changes nothing.
       */
      run: (body: ImportRequest, query: { dryRun?: boolean } = {}, o?: WriteCallOptions) =>
        request('importGoals', { body, query: query.dryRun ? { dryRun: 'true' } : {}, ...o }),
    },
    checkIns: {
      list: (keyResultId: string, o?: CallOptions) => request('listCheckIns', { params: id(keyResultId), ...o }),
      create: (keyResultId: string, body: CheckInCreate, o?: WriteCallOptions) =>
        request('createCheckIn', { params: id(keyResultId), body, ...o }),
      /**
       * A key result's value on `date` (`YYYY-MM-DD`) from a system, as a check-in with `source: 'api'`: the same
       * PUT again changes nothing, another value replaces that day's. Never confidence.
       */
      putValue: (keyResultId: string, date: string, body: KeyResultValuePut, o?: WriteCallOptions) =>
        request('putKeyResultValue', { params: { id: keyResultId, date }, body, ...o }),
      /** The check-ins a person owes now (the caller's when `person` is left out), oldest first. */
      due: (query: { person?: string } = {}, o?: CallOptions) => request('listDueCheckIns', { query, ...o }),
    },
    cadencePolicies: {
      /** Every owner's cadence policy. */
      list: (o?: CallOptions) => request('listCadencePolicies', { ...o }),
      /** Set an owner's cadence policy; the fields left out get their defaults. */
      set: (ownerId: string, body: CadencePolicySet, o?: WriteCallOptions) =>
        request('setCadencePolicy', { params: id(ownerId), body, ...o }),
      /** Remove an owner's cadence policy: the one above it applies again. */
      delete: (ownerId: string, o?: WriteCallOptions) => request('deleteCadencePolicy', { params: id(ownerId), ...o }),
    },
    webhooks: {
      /** Deliver live events to `url`, signed; the reply's `secret` is shown this once. */
      create: (body: WebhookCreate, o?: WriteCallOptions) => request('createWebhook', { body, ...o }),
      /** The caller's webhooks (every one, for admins), without their secrets. */
      list: (o?: CallOptions) => request('listWebhooks', { ...o }),
      delete: (webhookId: string, o?: WriteCallOptions) => request('deleteWebhook', { params: id(webhookId), ...o }),
      /**
       * A new secret for a webhook, shown this once; deliveries carry a signature by the previous secret too
       * until `overlapHours` (24 by default) have passed.
       */
      rotateSecret: (webhookId: string, body: WebhookRotate = {}, o?: WriteCallOptions) =>
        request('rotateWebhookSecret', { params: id(webhookId), body, ...o }),
      /** A webhook's deliveries, newest first. */
      deliveries: (webhookId: string, o?: CallOptions) =>
        request('listWebhookDeliveries', { params: id(webhookId), ...o }),
    },
    analytics: {
      /**
       * Program health and confidence calibration for a cycle (and an owner's scope), over the goals the
       * caller may see; aggregates over fewer than `k` people come back hidden.
       */
      get: ({ metrics, ...query }: AnalyticsParams, o?: CallOptions) =>
        request('getAnalytics', {
          query: { ...query, ...(metrics?.length ? { metrics: metrics.join(',') } : {}) },
          ...o,
        }),
    },
    digest: {
      /**
       * What changed in an owner's goals (the caller's when `owner` is left out) from `from` to `to`
       * (`YYYY-MM-DD`, both included; the 7 days up to today by default), of goals the caller may see.
       */
      get: (query: DigestParams = {}, o?: CallOptions) => request('getDigest', { query: { ...query }, ...o }),
    },
    comments: {
      list: (objectiveId: string, o?: CallOptions) => request('listComments', { params: id(objectiveId), ...o }),
      create: (objectiveId: string, body: CommentCreate, o?: WriteCallOptions) =>
        request('createComment', { params: id(objectiveId), body, ...o }),
    },
    tree: {
      get: (query: TreeParams = {}, o?: CallOptions) => request('getTree', { query: { ...query }, ...o }),
    },
    approvals: {
      /** Goals proposed and waiting for the caller's approval, oldest first. */
      list: (o?: CallOptions) => request('listApprovals', { ...o }),
    },
    alignmentCandidates: {
      /** Goals an objective of `owner` in `cycle` may align to: its teams', its manager's and the company's. */
      list: (query: AlignmentCandidateParams, o?: CallOptions) =>
        request('listAlignmentCandidates', { query: { ...query }, ...o }),
    },
    /**
     * Call a route of the contract by its endpoint, with everything the methods above get: the query and
     * body checked before sending, the reply validated, typed errors, retries, timeouts, idempotency keys and
     * `If-Match`. `@goalkit/client/conversations` calls its routes through it, so a bundle without
     * conversations does not carry their schemas.
     */
    send,
    /** Where the client sends requests; the live-events subscriber uses it. */
    baseUrl,
  };

  function toHttpError(label: string, response: Response, text: string): HttpError | ValidationError {
    let problem: Problem = { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
    try {
      const parsed = problemSchema.safeParse(JSON.parse(text));
      if (parsed.success) problem = parsed.data;
    } catch {
      // A proxy's HTML error page: keep the generic problem.
    }
    if ((response.status === 400 || response.status === 422) && problem.errors?.length) {
      return new ValidationError(label, problem.errors, response.status);
    }
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    if (response.status === 409 || response.status === 412) {
      return new ConflictError(label, response.status, problem, retryAfter);
    }
    return new HttpError(label, response.status, problem, retryAfter);
  }
}

export interface ObjectiveListParams {
  cycle?: string;
  owner?: string;
  parent?: string;
  status?: Objective['score']['status'];
  state?: Objective['state'];
  q?: string;
  cursor?: string;
  /** 1–200. @default 50 */
  limit?: number;
}

export interface TreeParams {
  cycle?: string;
  root?: string;
  depth?: number;
}

/** What `GET /analytics` is asked for: a cycle, optionally an owner's scope and some of the metrics. */
export interface AnalyticsParams {
  cycle: string;
  owner?: string;
  metrics?: readonly AnalyticsMetric[];
}

/** Whose digest, over which days (`GET /digest`). */
export interface DigestParams {
  /** An owner id (a person or team); the caller when left out. */
  owner?: string;
  /** The first day, `YYYY-MM-DD`. @default six days before `to` */
  from?: string;
  /** The last day, `YYYY-MM-DD`. @default today (UTC) */
  to?: string;
}

/** The client `createClient` returns. */
export type GoalkitClient = ReturnType<typeof createClient>;
