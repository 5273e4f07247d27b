import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Person, Route, RouteName } from '@goalkit/client';
import { EVENTS_PATH, issuesToProblems, routes } from '@goalkit/client/contract';
import type { AiProvider } from '@goalkit/core/assist';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE } from 'hono/streaming';
import { ASSIST_CALLS, assistHandlers } from './assist/assistHandlers.js';
import { competencyHandlers } from './competencies/competencyHandlers.js';
import { meetingHandlers } from './conversations/meetingHandlers.js';
import { reviewHandlers } from './conversations/reviewHandlers.js';
import { DataSync, type DataSyncOptions } from './dataSync.js';
import { EventHub, eventFrame } from './events.js';
import { badRequest, forbidden, notFound, ProblemError, preconditionRequired, unauthorized } from './problems.js';
import { RateLimiter } from './rateLimiter.js';
import { RhythmScheduler, type RhythmSchedulerOptions } from './rhythmScheduler.js';
import type { GoalStore, StoredEvent, VersionPrecondition } from './store.js';
import type { TokenScope } from './tokens.js';
import { WebhookDelivery, type WebhookDeliveryOptions } from './webhookDelivery.js';

/** What a machine token (a token with a scope) may call: who it is, and writing values in its scope. */
const MACHINE_ROUTES: ReadonlySet<RouteName> = new Set(['me', 'putKeyResultValue']);
const machineTokenRefused = () =>
  forbidden(
    'This is a machine token: it may only write key-result values in its scope (PUT /key-results/{id}/values/{date}) and read /me.',
  );

/** The bearer tokens the API accepts: a `TokenRegistry` on the server. */
export interface TokenLookup {
  /** Whose token this is, or `undefined`. */
  personIdOf(token: string): string | undefined;
  /** Whose token this is and, for a machine token, what it may write; preferred to `personIdOf` when present. */
  lookup?(token: string): { personId: string; scope?: TokenScope } | undefined;
  /** A key that stands for the token without being it: rate limits and open streams are counted per credential. */
  credentialOf(token: string): string;
}

export interface AppOptions {
  store: GoalStore;
  /** The bearer tokens accepted, and whose they are (from a tokens file, or the demo's). */
  tokens: TokenLookup;
  /**
   * Failed authentications (a token that is not accepted) allowed per client address per minute; past
   * that, the address gets 429 with `Retry-After` for every request until the budget refills. `false`
   * turns this off. @default 20
   */
  authFailureLimit?: number | false;
  /** Origins allowed to call the API from a browser (an intranet on another host). @default [] (same origin only) */
  corsOrigins?: readonly string[];
  /** Requests per token per minute; `false` turns limiting off (load tests). @default 600 */
  rateLimit?: number | false;
  /** Largest request body in bytes. @default 65536 */
  bodyLimit?: number;
  /**
   * The privacy threshold of `GET /analytics`: an aggregate over fewer people than this is hidden (its
   * reason instead of its figures). @default 5
   */
  analyticsK?: number;
  /** Largest body of `POST /imports` (a whole export file) in bytes. @default 12 MiB */
  importBodyLimit?: number;
  /** Where request lines go (never with a token or a body). @default nothing */
  log?: (line: string) => void;
  /** Idempotency keys are kept this long. @default 24 hours */
  idempotencyTtlMs?: number;
  /**
   * How long a claim on an idempotency key holds while its request runs. A request runs in one
   * synchronous call, so a claim older than this belongs to a process that died mid-request (kill -9,
   * a crash): the key is free again. @default 10000
   */
  idempotencyLeaseMs?: number;
  /** Open `/events` streams allowed per token; one more is 429 with `Retry-After`. @default 10 */
  maxStreamsPerToken?: number;
  /**
   * Bytes of events an `/events` stream may have waiting for a client that stopped reading; past
   * that, the server drops the connection (the client reconnects with `Last-Event-ID`). @default 1 MiB
   */
  maxQueuedEventBytes?: number;
  /** Keep-alive comment interval on `/events`, in ms. @default 15000 */
  keepAliveMs?: number;
  /** How webhooks are delivered (the loop's interval, clock and `fetch`). @default a look every second */
  webhooks?: WebhookDeliveryOptions;
  /** The check-in rhythm's scheduler (its interval, and in-process notifiers). @default a look every minute */
  rhythm?: RhythmSchedulerOptions;
  /** Pulls from connectors (the store's): how often scheduled pulls are looked for, and a pull's time limit. */
  sync?: DataSyncOptions;
  /**
   * The AI provider behind `POST /assist/{task}` (see `docs/assist.md`). Without one, `GET /assist`
   * offers no task and the task routes are 404. @default none
   */
  assist?: AiProvider;
  /**
   * Assistance requests per token per minute (each calls the provider), on top of `rateLimit`; `false`
   * turns it off, as does `rateLimit: false`. @default 20
   */
  assistRateLimit?: number | false;
}

type Variables = { person: Person; credential: string; scope: TokenScope | undefined };

export interface Reply {
  status: 200 | 201 | 204;
  /** What a 201 created, as a path from the API's root (`/objectives/o-1`, `…/check-ins#ci-1`). */
  location?: string;
  body?: unknown;
  /** A body already serialised (from the store's JSON cache), with the version for its ETag. */
  raw?: { json: string; version?: number };
  events?: readonly StoredEvent[];
}

export interface Input {
  person: Person;
  /** A machine token's scope: what it may write (nothing else is open to it). */
  scope: TokenScope | undefined;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  version: VersionPrecondition | undefined;
  locale: string | undefined;
}

/** A route's handler, given the store to use (the app's, or one on the transaction of an idempotent write). */
export type Handler = (input: Input, store: GoalStore) => Promise<Reply>;

/** Every API reply: a JSON API has nothing to load, run or frame. */
const CONTENT_SECURITY_POLICY = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

const json = (status: number, body: unknown, headers: Record<string, string> = {}, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...(body === undefined ? {} : { 'content-type': `${type}; charset=utf-8` }), ...headers },
  });

/** One entity-tag of a list (RFC 9110 §8.8.3), with the comma or end after it. */
const ENTITY_TAG = /[ \t]*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"[ \t]*(?:,|$)/y;

/**
 * `If-Match` as RFC 9110 §13.1.1 reads it: `*`, or a list of entity-tags compared strongly. Weak tags
 * (`W/"7"`) never match, and neither does a tag this server never issued, so neither enters the list:
 * only the versions that may match remain (an empty list is a 412).
 */
function parseIfMatch(header: string | undefined): VersionPrecondition | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (value === '*') return '*';
  const versions: number[] = [];
  ENTITY_TAG.lastIndex = 0;
  while (ENTITY_TAG.lastIndex < value.length) {
    const match = ENTITY_TAG.exec(value);
    if (!match)
      throw badRequest(
        [{ path: 'If-Match', message: 'must be the quoted version from the ETag, such as "7", a list of them, or *' }],
        400,
      );
    if (!match[1] && /^[1-9]\d{0,14}$/.test(match[2] as string)) versions.push(Number(match[2]));
  }
  return versions;
}

/**
 * `target` (a path from the API's root) as a reference relative to the request's path, so a client
 * resolves it right behind a proxy that mounts the API under a prefix (`/api/goalkit/`).
 */
const relativeTo = (requestPath: string, target: string) =>
  `${'../'.repeat(requestPath.split('/').length - 2)}${target.slice(1)}`;

/** The client's address, as the socket says (not a header a client could write). */
const addressOf = (env: unknown) =>
  (env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress ?? 'unknown';

const requestPathOf = (url: string) => new URL(url).pathname;

/** SHA-256 as hex, with Web Crypto: the app runs in Node and, for Storybook, in a browser tab. */
async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The reference implementation of the goalkit contract: every route of `routes`, nothing else. */
export function createApp(options: AppOptions) {
  const { store } = options;
  const hub = new EventHub((objectiveId) => store.visibilityOf(objectiveId));
  // Where instances share the database, every instance's events (this one's too) arrive through it, in
  // commit order, and the hub sends them on; otherwise each write publishes its own events.
  const broadcast = store.engine.listen !== undefined;
  let delivering = Promise.resolve();
  const listening = store.engine.listen
    ? store.engine.listen((event) => {
        store.heard(event).catch((error: unknown) => options.log?.(`live event ${event.id}: ${String(error)}`));
        delivering = delivering
          .then(() => hub.publish([event as StoredEvent]))
          .catch((error: unknown) => options.log?.(`live event ${event.id}: ${String(error)}`));
      })
    : Promise.resolve(async () => {});
  const dataSync = new DataSync(
    store,
    async (events) => {
      if (events.length && !broadcast) await hub.publish(events);
    },
    options.sync,
    options.log,
  );
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? 600, 60_000);
  const assistLimiter =
    options.rateLimit === false || options.assistRateLimit === false
      ? undefined
      : new RateLimiter(options.assistRateLimit ?? 20, 60_000);
  const authFailures =
    options.authFailureLimit === false ? undefined : new RateLimiter(options.authFailureLimit ?? 20, 60_000);
  const ttl = options.idempotencyTtlMs ?? 24 * 60 * 60 * 1000;
  const lease = options.idempotencyLeaseMs ?? 10_000;
  const maxStreams = options.maxStreamsPerToken ?? 10;
  const maxQueued = options.maxQueuedEventBytes ?? 1024 * 1024;
  /** Open `/events` streams per token hash. */
  const streams = new Map<string, number>();
  // Expired idempotency keys are swept at most once a minute, not on every write.
  let lastSweep = 0;
  const app = new Hono<{ Variables: Variables }>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    options.log?.(
      `${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`,
    );
  });
  app.use(
    '*',
    secureHeaders({
      crossOriginResourcePolicy: options.corsOrigins?.length ? 'cross-origin' : 'same-origin',
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    }),
  );
  // CORS headers go on the reply after the route ran, not on `c.res` before it (as Hono's `cors()`
  // does): once a middleware has touched `c.res`, Hono copies the route's reply by reading its body
  // as a stream, and @hono/node-server loses its fast path for string bodies. On the 82 KB 50-item
  // list page that copy took about a sixth of the server's time. Preflights have no route: Hono's
  // `cors()` answers them as before.
  const allowOrigin = (origin: string | undefined) =>
    origin !== undefined && options.corsOrigins?.includes(origin) ? origin : undefined;
  const exposeHeaders = ['ETag', 'Retry-After', 'Idempotent-Replayed', 'Location'];
  const preflight = cors({
    origin: (origin) => allowOrigin(origin) ?? null,
    allowHeaders: [
      'Authorization',
      'Content-Type',
      'If-Match',
      'If-None-Match',
      'Idempotency-Key',
      'Last-Event-ID',
      'Accept-Language',
    ],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders,
    maxAge: 600,
  });
  const exposed = exposeHeaders.join(',');
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const origin = allowOrigin(c.req.header('origin'));
    if (origin) c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Expose-Headers', exposed);
    c.res.headers.append('Vary', 'Origin');
  });
  const limitBody = bodyLimit({
    maxSize: options.bodyLimit ?? 65_536,
    onError: () => {
      throw new ProblemError(
        413,
        'Payload too large',
        `Request bodies are limited to ${options.bodyLimit ?? 65_536} bytes.`,
      );
    },
  });
  // An import carries a whole export file: its own, larger limit.
  const importLimit = options.importBodyLimit ?? 12 * 1024 * 1024;
  const limitImport = bodyLimit({
    maxSize: importLimit,
    onError: () => {
      throw new ProblemError(413, 'Payload too large', `An import is limited to ${importLimit} bytes; split the file.`);
    },
  });
  // GET and HEAD never carry a body; asking for one would build the full fetch Request for nothing.
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.method === 'POST' && new URL(c.req.url).pathname.endsWith('/imports')
        ? limitImport(c, next)
        : limitBody(c, next),
  );
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    // Another process on the same database may have written since the last request.
    await store.syncWithOtherWriters();
    const header = c.req.header('authorization');
    if (!header) throw unauthorized();
    const address = addressOf(c.env);
    // An address that sent too many wrong tokens is refused before its token is looked at.
    const blocked = authFailures?.peek(address) ?? 0;
    if (blocked > 0) throw tooManyRequests(blocked, 'Too many failed sign-ins from your address.');
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const found: { personId?: string | undefined; scope?: TokenScope | undefined } | undefined =
      token === undefined
        ? undefined
        : options.tokens.lookup
          ? options.tokens.lookup(token)
          : { personId: options.tokens.personIdOf(token) };
    const person = found?.personId === undefined ? undefined : await store.person(found.personId);
    if (!token || !person) {
      authFailures?.take(address);
      throw unauthorized();
    }
    const credential = options.tokens.credentialOf(token);
    if (limiter) {
      const wait = limiter.take(credential);
      if (wait > 0) throw tooManyRequests(wait, 'Slow down.');
    }
    c.set('person', person);
    c.set('credential', credential);
    c.set('scope', found?.scope);
    return next();
  });

  function tooManyRequests(waitMs: number, why: string) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return new ProblemError(
      429,
      'Too many requests',
      `${why} Try again in ${seconds} s.`,
      {},
      { 'retry-after': String(seconds) },
    );
  }

  /** Each route's handler, given the store to use (the app's, or one on the transaction of an idempotent write). */
  const handlers: Record<RouteName, Handler> = {
    ...meetingHandlers,
    ...reviewHandlers,
    ...competencyHandlers,
    ...assistHandlers(options.assist),
    me: async ({ person }) => ({ status: 200, body: person }),
    listCycles: async (_, store) => ({ status: 200, body: { items: await store.cycles() } }),
    listOwners: async ({ query }, store) => ({
      status: 200,
      body: { items: await store.owners(query.kind as string | undefined, query.q as string | undefined) },
    }),
    listObjectives: async ({ person, query }, store) => ({
      status: 200,
      raw: { json: await store.listObjectivesJson(person, query) },
    }),
    createObjective: async ({ person, body }, store) => {
      const { objective, events } = await store.createObjective(person, body as never);
      return { status: 201, body: objective, events, location: `/objectives/${encodeURIComponent(objective.id)}` };
    },
    duplicateObjective: async ({ person, params, body }, store) => {
      const { objective, events } = await store.duplicateObjective(person, params.id as string, body as never);
      return { status: 201, body: objective, events, location: `/objectives/${encodeURIComponent(objective.id)}` };
    },
    getObjective: async ({ person, params }, store) => ({
      status: 200,
      raw: await store.getObjectiveJson(person, params.id as string),
    }),
    updateObjective: async ({ person, params, body, version }, store) => {
      const { objective, events } = await store.updateObjective(
        person,
        params.id as string,
        body as never,
        version as VersionPrecondition,
      );
      return { status: 200, body: objective, events };
    },
    deleteObjective: async ({ person, params, version }, store) => ({
      status: 204,
      events: await store.deleteObjective(person, params.id as string, version as VersionPrecondition),
    }),
    transitionObjective: async ({ person, params, body }, store) => {
      const { action, comment } = body as { action: Parameters<GoalStore['transition']>[2]; comment?: string };
      const { objective, events } = await store.transition(person, params.id as string, action, comment);
      return { status: 200, body: objective, events };
    },
    createKeyResult: async ({ person, params, body }, store) => {
      const { keyResult, events } = await store.createKeyResult(person, params.id as string, body as never);
      return { status: 201, body: keyResult, events, location: `/key-results/${encodeURIComponent(keyResult.id)}` };
    },
    updateKeyResult: async ({ person, params, body, version }, store) => {
      const { keyResult, events } = await store.updateKeyResult(
        person,
        params.id as string,
        body as never,
        version as VersionPrecondition,
      );
      return { status: 200, body: keyResult, events };
    },
    deleteKeyResult: async ({ person, params, version }, store) => ({
      status: 204,
      events: await store.deleteKeyResult(person, params.id as string, version as VersionPrecondition),
    }),
    listCheckIns: async ({ person, params }, store) => ({
      status: 200,
      body: { items: await store.checkIns(person, params.id as string) },
    }),
    createCheckIn: async ({ person, params, body }, store) => {
      const { result, events } = await store.createCheckIn(person, params.id as string, body as never);
      // A check-in has no URL of its own: its list, with its id as the fragment.
      const location = `/key-results/${encodeURIComponent(params.id as string)}/check-ins#${result.checkIn.id}`;
      return { status: 201, body: result, events, location };
    },
    putKeyResultValue: async ({ person, scope, params, body }, store) => {
      const { result, events } = await store.putKeyResultValue(
        person,
        params.id as string,
        params.date as string,
        body as never,
        scope,
      );
      return { status: 200, body: result, events };
    },
    listComments: async ({ person, params }, store) => ({
      status: 200,
      body: { items: await store.comments(person, params.id as string) },
    }),
    createComment: async ({ person, params, body }, store) => {
      const { comment, events } = await store.createComment(person, params.id as string, body as never);
      const location = `/objectives/${encodeURIComponent(params.id as string)}/comments#${comment.id}`;
      return { status: 201, body: comment, events, location };
    },
    getHistory: async ({ person, params }, store) => ({
      status: 200,
      body: { items: await store.history(person, params.id as string) },
    }),
    getTree: async ({ person, query }, store) => ({ status: 200, body: { nodes: await store.tree(person, query) } }),
    getLint: async ({ person, params, locale }, store) => ({
      status: 200,
      body: await store.lint(person, params.id as string, locale),
    }),
    listApprovals: async ({ person }, store) => ({ status: 200, body: { items: await store.approvals(person) } }),
    listCadencePolicies: async (_, store) => ({ status: 200, body: { items: await store.cadencePolicies() } }),
    setCadencePolicy: async ({ person, params, body }, store) => ({
      status: 200,
      body: await store.setCadencePolicy(person, params.id as string, body as never),
    }),
    deleteCadencePolicy: async ({ person, params }, store) => {
      await store.deleteCadencePolicy(person, params.id as string);
      return { status: 204 };
    },
    listDueCheckIns: async ({ person, query }, store) => ({
      status: 200,
      body: await store.dueCheckIns(person, query.person as string | undefined),
    }),
    getDigest: async ({ person, query }, store) => ({
      status: 200,
      body: await store.digest(person, query as { owner?: string; from?: string; to?: string }),
    }),
    rotateWebhookSecret: async ({ person, params, body }, store) => ({
      status: 200,
      body: await store.rotateWebhookSecret(person, params.id as string, body as never),
    }),
    createWebhook: async ({ person, body }, store) => {
      const webhook = await store.createWebhook(person, body as never);
      return { status: 201, body: webhook, location: `/webhooks#${encodeURIComponent(webhook.id)}` };
    },
    listWebhooks: async ({ person }, store) => ({ status: 200, body: { items: await store.webhooks(person) } }),
    deleteWebhook: async ({ person, params }, store) => {
      await store.deleteWebhook(person, params.id as string);
      return { status: 204 };
    },
    listWebhookDeliveries: async ({ person, params }, store) => ({
      status: 200,
      body: { items: await store.webhookDeliveries(person, params.id as string) },
    }),
    getAnalytics: async ({ person, query }, store) => ({
      status: 200,
      body: await store.analytics(
        person,
        query as { cycle: string; owner?: string; metrics?: string },
        options.analyticsK ?? 5,
      ),
    }),
    importGoals: async ({ person, query, body }, store) => {
      const { result, events } = await store.importGoals(person, body as never, query.dryRun === 'true');
      return { status: 200, body: result, events };
    },
    syncKeyResult: async ({ person, params }) => {
      const { result, events } = await dataSync.syncNow(person, params.id as string);
      return { status: 200, body: result, events };
    },
    listAlignmentCandidates: async ({ person, query }, store) => ({
      status: 200,
      body: {
        items: await store.alignmentCandidates(person, query as Parameters<GoalStore['alignmentCandidates']>[1]),
      },
    }),
  };

  const etagOf = (route: Route, reply: Reply) => {
    if (!route.etag) return undefined;
    const version = reply.raw ? reply.raw.version : (reply.body as { version?: unknown } | undefined)?.version;
    return typeof version === 'number' ? `"${version}"` : undefined;
  };

  /** The headers a reply carries besides its content type: its ETag and, for a 201, its Location. */
  const headersOf = (route: Route, reply: Reply, requestPath: string) => {
    const headers: Record<string, string> = {};
    const etag = etagOf(route, reply);
    if (etag) headers.etag = etag;
    if (reply.location) headers.location = relativeTo(requestPath, reply.location);
    return headers;
  };

  const toResponse = (route: Route, reply: Reply, requestPath: string) => {
    const headers = headersOf(route, reply, requestPath);
    if (reply.raw) {
      return new Response(reply.raw.json, {
        status: reply.status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      });
    }
    return json(reply.status, reply.status === 204 ? undefined : reply.body, headers);
  };

  for (const [name, route] of Object.entries(routes) as [RouteName, Route][]) {
    const path = route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method, path, async (c) => {
      const person = c.get('person');
      const scope = c.get('scope');
      if (scope && !MACHINE_ROUTES.has(name)) throw machineTokenRefused();
      // Without a provider the assistance tasks are not there at all, whatever the body.
      if (!options.assist && ASSIST_CALLS.has(name)) throw notFound(`${route.method} ${requestPathOf(c.req.url)}`);
      let query: Record<string, unknown> = {};
      if (route.query) {
        const parsed = route.query.safeParse(c.req.query());
        if (!parsed.success) throw badRequest(issuesToProblems(parsed.error.issues), 400);
        query = parsed.data as Record<string, unknown>;
      }
      let raw = '';
      let body: unknown;
      if (route.body) {
        raw = await c.req.text();
        let parsedJson: unknown;
        try {
          parsedJson = JSON.parse(raw);
        } catch {
          throw badRequest([{ path: '', message: 'the body must be JSON' }], 400);
        }
        const parsed = route.body.safeParse(parsedJson);
        if (!parsed.success) throw badRequest(issuesToProblems(parsed.error.issues));
        body = parsed.data;
      }
      let version: VersionPrecondition | undefined;
      if (route.ifMatch) {
        version = parseIfMatch(c.req.header('if-match'));
        if (version === undefined) throw preconditionRequired();
      }
      const params = c.req.param() as Record<string, string>;
      // No stored id holds a NUL (the contract refuses it in every id it takes): such an id names nothing.
      for (const value of Object.values(params)) if (value.includes('\u0000')) throw notFound(requestPathOf(c.req.url));
      const input: Input = {
        person,
        scope,
        params,
        query,
        body,
        version,
        locale: c.req.header('accept-language')?.split(/[,;-]/)[0]?.trim().toLowerCase(),
      };
      // As sent (percent-encoded), so its segments are the URL's.
      const requestPath = new URL(c.req.url).pathname;
      if (route.method === 'GET') {
        const reply = await handlers[name](input, store);
        const etag = etagOf(route, reply);
        if (etag && c.req.header('if-none-match') === etag)
          return new Response(null, { status: 304, headers: { etag } });
        return toResponse(route, reply, requestPath);
      }
      if (ASSIST_CALLS.has(name) && options.assist && assistLimiter) {
        const wait = assistLimiter.take(c.get('credential'));
        if (wait > 0) throw tooManyRequests(wait, 'Too many assistance requests.');
      }
      const key = c.req.header('idempotency-key');
      // A sync or an assistance request waits on the network: never inside a transaction. Neither writes,
      // so running it again records nothing twice.
      if (!key || name === 'syncKeyResult' || ASSIST_CALLS.has(name))
        return commit(route, await handlers[name](input, store), requestPath);
      if (key.length > 200)
        throw badRequest([{ path: 'Idempotency-Key', message: 'must be at most 200 characters' }], 400);
      return idempotent(person, key, `${route.method} ${requestPath}\n${raw}`, route, requestPath, (tx) =>
        handlers[name](input, tx),
      );
    });
  }

  async function commit(route: Route, reply: Reply, requestPath: string) {
    if (reply.events?.length && !broadcast) await hub.publish(reply.events);
    return toResponse(route, reply, requestPath);
  }

  /**
   * Run a write at most once per (person, key). The key is claimed in its own statement, with a lease,
   * so another process sharing the database sees it as running (409); the write and the stored reply
   * then commit together, so a replay after a crash returns exactly what was acknowledged. A claim
   * whose lease ran out was left by a process that died mid-request: the next request takes it over.
   */
  async function idempotent(
    person: Person,
    key: string,
    request: string,
    route: Route,
    requestPath: string,
    run: (store: GoalStore) => Promise<Reply>,
  ): Promise<Response> {
    const keys = store.idempotencyKeys;
    const fingerprint = await sha256Hex(request);
    const now = Date.now();
    if (now - lastSweep > 60_000) {
      lastSweep = now;
      await keys.sweep(now - ttl);
    }
    if (!(await keys.claim(person.id, key, fingerprint, now, lease))) {
      const existing = await keys.get(person.id, key);
      if (!existing || existing.state === 'running') {
        const until = existing ? Number(existing.lease_until ?? Number(existing.created_at) + lease) : now + 1000;
        throw new ProblemError(
          409,
          'Request in progress',
          'The first request with this Idempotency-Key is still running. Retry after it finishes.',
          {},
          { 'retry-after': String(Math.max(1, Math.ceil((until - now) / 1000))) },
        );
      }
      if (existing.fingerprint !== fingerprint) {
        throw new ProblemError(
          422,
          'Idempotency key reused',
          'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
        );
      }
      const headers = { ...(JSON.parse(existing.headers) as Record<string, string>), 'idempotent-replayed': 'true' };
      return new Response(existing.body, { status: existing.status, headers });
    }
    let reply: Reply;
    let response: Response;
    try {
      // The write and the reply it stores commit together: a replay after a crash answers what was acknowledged.
      reply = await store.transaction(async (tx) => {
        const r = await run(tx);
        const headers: Record<string, string> = {
          ...(r.status === 204 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
          ...headersOf(route, r, requestPath),
        };
        await tx.idempotencyKeys.save(person.id, key, {
          status: r.status,
          headers: JSON.stringify(headers),
          body: r.status === 204 ? null : JSON.stringify(r.body),
        });
        return r;
      });
      response = toResponse(route, reply, requestPath);
    } catch (error) {
      if (error instanceof ProblemError && error.status < 500) {
        const body = JSON.stringify(error.body(''));
        const headers = { 'content-type': 'application/problem+json; charset=utf-8', ...error.headers };
        await keys.save(person.id, key, { status: error.status, headers: JSON.stringify(headers), body });
      } else {
        await keys.release(person.id, key);
      }
      throw error;
    }
    if (reply.events?.length && !broadcast) await hub.publish(reply.events);
    return response;
  }

  app.get(EVENTS_PATH, (c) => {
    if (c.get('scope')) throw machineTokenRefused();
    const person = c.get('person');
    const credential = c.get('credential');
    const lastId = Number(c.req.header('last-event-id') ?? Number.NaN);
    const open = streams.get(credential) ?? 0;
    if (open >= maxStreams) {
      throw new ProblemError(
        429,
        'Too many streams',
        `At most ${maxStreams} event streams may be open per token; close one, or share one stream between tabs.`,
        {},
        { 'retry-after': '5' },
      );
    }
    streams.set(credential, open + 1);
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    return streamSSE(c, async (stream) => {
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        unsubscribe();
        const left = (streams.get(credential) ?? 1) - 1;
        if (left > 0) streams.set(credential, left);
        else streams.delete(credential);
      };
      // Bytes written to the stream that the client has not taken yet. A client that stops reading
      // would make them grow without end: past the limit it is dropped, and reconnects with Last-Event-ID.
      let queued = 0;
      const write = async (text: string) => {
        queued += text.length;
        if (queued > maxQueued) {
          end();
          stream.abort();
          outgoing?.destroy();
          return;
        }
        await stream.write(text);
        queued -= text.length;
      };
      const send = (event: StoredEvent) => write(eventFrame(event));
      const backlog = Number.isFinite(lastId) ? await store.eventsSince(lastId) : [];
      const unsubscribe = hub.subscribe(person, (event) => void send(event));
      stream.onAbort(end);
      await write('retry: 2000\n\n');
      for (const event of backlog) if (await store.canSeeObjective(person, event.objectiveId)) await send(event);
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(options.keepAliveMs ?? 15_000);
        if (!stream.aborted) await write(': keep-alive\n\n');
      }
      end();
    });
  });

  app.notFound((c) =>
    json(
      404,
      notFound(`${c.req.method} ${new URL(c.req.url).pathname}`).body(new URL(c.req.url).pathname),
      {},
      'application/problem+json',
    ),
  );

  app.onError((error, c) => {
    const instance = new URL(c.req.url).pathname;
    if (error instanceof ProblemError)
      return json(error.status, error.body(instance), error.headers, 'application/problem+json');
    options.log?.(`error ${c.req.method} ${instance}: ${error instanceof Error ? error.message : String(error)}`);
    return json(
      500,
      { type: 'about:blank', title: 'Internal server error', status: 500, instance },
      {},
      'application/problem+json',
    );
  });

  /** Resolves once the app hears other instances' events (at once on an engine that has no others). */
  const ready = listening.then(() => undefined);
  const webhooks = new WebhookDelivery(store, options.webhooks, options.log);
  const rhythm = new RhythmScheduler(store, options.rhythm, options.log);
  return {
    app,
    hub,
    ready,
    /** The webhook delivery loop: `run()` sends what is due now. */
    webhooks,
    /** The rhythm's scheduler: `run()` queues the reminders and digests due now. */
    rhythm,
    stopListening: async () => (await listening)(),
    /** Stop the webhook loop (waiting for attempts under way) and stop listening for other instances' events. */
    /** The pulls from connectors: `run()` pulls the scheduled ones due now. */
    sync: dataSync,
    close: async () => {
      await dataSync.stop();
      await rhythm.stop();
      await webhooks.stop();
      await (await listening)();
    },
  };
}
