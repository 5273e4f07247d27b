import { createHash } from 'node:crypto';
import { EVENTS_PATH, issuesToProblems, type Person, type Route, type RouteName, routes } from '@goalkit/client';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE } from 'hono/streaming';
import { EventHub } from './events.js';
import { badRequest, notFound, ProblemError, preconditionRequired, unauthorized } from './problems.js';
import { RateLimiter } from './rateLimiter.js';
import type { GoalStore, StoredEvent } from './store.js';

export interface AppOptions {
  store: GoalStore;
  /** Origins allowed to call the API from a browser (an intranet on another host). @default [] (same origin only) */
  corsOrigins?: readonly string[];
  /** Requests per token per minute; `false` turns limiting off (load tests). @default 600 */
  rateLimit?: number | false;
  /** Largest request body in bytes. @default 65536 */
  bodyLimit?: number;
  /** Where request lines go (never with a token or a body). @default nothing */
  log?: (line: string) => void;
  /** Idempotency keys are kept this long. @default 24 hours */
  idempotencyTtlMs?: number;
  /** Keep-alive comment interval on `/events`, in ms. @default 15000 */
  keepAliveMs?: number;
}

type Variables = { person: Person; requestId: string };

interface Reply {
  status: 200 | 201 | 204;
  body?: unknown;
  /** A body already serialised (from the store's JSON cache), with the version for its ETag. */
  raw?: { json: string; version?: number };
  events?: readonly StoredEvent[];
}

interface Input {
  person: Person;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  version: number | undefined;
  locale: string | undefined;
}

/** Hash of a bearer token: the database keeps only this, and nothing logs the token itself. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const json = (status: number, body: unknown, headers: Record<string, string> = {}, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...(body === undefined ? {} : { 'content-type': `${type}; charset=utf-8` }), ...headers },
  });

function parseIfMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match)
    throw badRequest([{ path: 'If-Match', message: 'must be the quoted version from the ETag, such as "7"' }], 400);
  return Number(match[1]);
}

/** The reference implementation of the goalkit contract: every route of `routes`, nothing else. */
export function createApp(options: AppOptions) {
  const { store } = options;
  const hub = new EventHub((person, objectiveId) => store.canSeeObjective(person, objectiveId));
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? 600, 60_000);
  const ttl = options.idempotencyTtlMs ?? 24 * 60 * 60 * 1000;
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
    secureHeaders({ crossOriginResourcePolicy: options.corsOrigins?.length ? 'cross-origin' : 'same-origin' }),
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
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
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
  // GET and HEAD never carry a body; asking for one would build the full fetch Request for nothing.
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    // Another process on the same database may have written since the last request.
    store.syncWithOtherWriters();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const person = match?.[1] ? store.personByTokenHash(hashToken(match[1])) : undefined;
    if (!person || !match?.[1]) throw unauthorized();
    if (limiter) {
      const wait = limiter.take(hashToken(match[1]));
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        throw new ProblemError(
          429,
          'Too many requests',
          `Slow down: try again in ${seconds} s.`,
          {},
          { 'retry-after': String(seconds) },
        );
      }
    }
    c.set('person', person);
    return next();
  });

  const handlers: Record<RouteName, (input: Input) => Reply> = {
    me: ({ person }) => ({ status: 200, body: person }),
    listCycles: () => ({ status: 200, body: { items: store.cycles() } }),
    listOwners: ({ query }) => ({
      status: 200,
      body: { items: store.owners(query.kind as string | undefined, query.q as string | undefined) },
    }),
    listObjectives: ({ person, query }) => ({ status: 200, raw: { json: store.listObjectivesJson(person, query) } }),
    createObjective: ({ person, body }) => {
      const { objective, events } = store.createObjective(person, body as never);
      return { status: 201, body: objective, events };
    },
    getObjective: ({ person, params }) => ({ status: 200, raw: store.getObjectiveJson(person, params.id as string) }),
    updateObjective: ({ person, params, body, version }) => {
      const { objective, events } = store.updateObjective(
        person,
        params.id as string,
        body as never,
        version as number,
      );
      return { status: 200, body: objective, events };
    },
    deleteObjective: ({ person, params, version }) => ({
      status: 204,
      events: store.deleteObjective(person, params.id as string, version as number),
    }),
    transitionObjective: ({ person, params, body }) => {
      const { action, comment } = body as { action: Parameters<GoalStore['transition']>[2]; comment?: string };
      const { objective, events } = store.transition(person, params.id as string, action, comment);
      return { status: 200, body: objective, events };
    },
    createKeyResult: ({ person, params, body }) => {
      const { keyResult, events } = store.createKeyResult(person, params.id as string, body as never);
      return { status: 201, body: keyResult, events };
    },
    updateKeyResult: ({ person, params, body, version }) => {
      const { keyResult, events } = store.updateKeyResult(
        person,
        params.id as string,
        body as never,
        version as number,
      );
      return { status: 200, body: keyResult, events };
    },
    deleteKeyResult: ({ person, params, version }) => ({
      status: 204,
      events: store.deleteKeyResult(person, params.id as string, version as number),
    }),
    listCheckIns: ({ person, params }) => ({
      status: 200,
      body: { items: store.checkIns(person, params.id as string) },
    }),
    createCheckIn: ({ person, params, body }) => {
      const { result, events } = store.createCheckIn(person, params.id as string, body as never);
      return { status: 201, body: result, events };
    },
    listComments: ({ person, params }) => ({
      status: 200,
      body: { items: store.comments(person, params.id as string) },
    }),
    createComment: ({ person, params, body }) => {
      const { comment, events } = store.createComment(person, params.id as string, body as never);
      return { status: 201, body: comment, events };
    },
    getHistory: ({ person, params }) => ({ status: 200, body: { items: store.history(person, params.id as string) } }),
    getTree: ({ person, query }) => ({ status: 200, body: { nodes: store.tree(person, query) } }),
    getLint: ({ person, params, locale }) => ({ status: 200, body: store.lint(person, params.id as string, locale) }),
    listApprovals: ({ person }) => ({ status: 200, body: { items: store.approvals(person) } }),
    listAlignmentCandidates: ({ person, query }) => ({
      status: 200,
      body: { items: store.alignmentCandidates(person, query as Parameters<GoalStore['alignmentCandidates']>[1]) },
    }),
  };

  const etagOf = (route: Route, reply: Reply) => {
    if (!route.etag) return undefined;
    const version = reply.raw ? reply.raw.version : (reply.body as { version?: unknown } | undefined)?.version;
    return typeof version === 'number' ? `"${version}"` : undefined;
  };

  const toResponse = (route: Route, reply: Reply) => {
    const etag = etagOf(route, reply);
    if (reply.raw) {
      return new Response(reply.raw.json, {
        status: reply.status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...(etag ? { etag } : {}) },
      });
    }
    return json(reply.status, reply.status === 204 ? undefined : reply.body, etag ? { etag } : {});
  };

  for (const [name, route] of Object.entries(routes) as [RouteName, Route][]) {
    const path = route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method, path, async (c) => {
      const person = c.get('person');
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
      let version: number | undefined;
      if (route.ifMatch) {
        version = parseIfMatch(c.req.header('if-match'));
        if (version === undefined) throw preconditionRequired();
      }
      const input: Input = {
        person,
        params: c.req.param() as Record<string, string>,
        query,
        body,
        version,
        locale: c.req.header('accept-language')?.split(/[,;-]/)[0]?.trim().toLowerCase(),
      };
      if (route.method === 'GET') {
        const reply = handlers[name](input);
        const etag = etagOf(route, reply);
        if (etag && c.req.header('if-none-match') === etag)
          return new Response(null, { status: 304, headers: { etag } });
        return toResponse(route, reply);
      }
      const key = c.req.header('idempotency-key');
      if (!key) return commit(route, handlers[name](input));
      if (key.length > 200)
        throw badRequest([{ path: 'Idempotency-Key', message: 'must be at most 200 characters' }], 400);
      return idempotent(person, key, `${route.method} ${new URL(c.req.url).pathname}\n${raw}`, route, () =>
        handlers[name](input),
      );
    });
  }

  function commit(route: Route, reply: Reply) {
    if (reply.events?.length) hub.publish(reply.events);
    return toResponse(route, reply);
  }

  /**
   * Run a write at most once per (person, key). The key is claimed in its own transaction, so another
   * process sharing the database sees it as running (409); the write and the stored reply then commit
   * together, so a replay after a crash returns exactly what was acknowledged.
   */
  function idempotent(person: Person, key: string, request: string, route: Route, run: () => Reply): Response {
    const db = store.db;
    const fingerprint = createHash('sha256').update(request).digest('hex');
    const now = Date.now();
    if (now - lastSweep > 60_000) {
      lastSweep = now;
      db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(now - ttl);
    }
    const existing = db
      .prepare<
        [string, string],
        { fingerprint: string; state: string; status: number; headers: string; body: string | null }
      >('SELECT fingerprint, state, status, headers, body FROM idempotency_keys WHERE person_id = ? AND key = ?')
      .get(person.id, key);
    if (existing) {
      if (existing.state === 'running') {
        throw new ProblemError(
          409,
          'Request in progress',
          'The first request with this Idempotency-Key is still running. Retry after it finishes.',
          {},
          { 'retry-after': '1' },
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
    db.prepare(
      "INSERT INTO idempotency_keys (person_id, key, fingerprint, state, created_at) VALUES (?, ?, ?, 'running', ?)",
    ).run(person.id, key, fingerprint, now);
    const save = db.prepare(
      "UPDATE idempotency_keys SET state = 'done', status = ?, headers = ?, body = ? WHERE person_id = ? AND key = ?",
    );
    let reply: Reply;
    let response: Response;
    try {
      reply = db.transaction(() => {
        const r = run();
        const etag = etagOf(route, r);
        const headers: Record<string, string> =
          r.status === 204 ? {} : { 'content-type': 'application/json; charset=utf-8' };
        if (etag) headers.etag = etag;
        save.run(r.status, JSON.stringify(headers), r.status === 204 ? null : JSON.stringify(r.body), person.id, key);
        return r;
      })();
      response = toResponse(route, reply);
    } catch (error) {
      if (error instanceof ProblemError && error.status < 500) {
        const body = JSON.stringify(error.body(''));
        const headers = { 'content-type': 'application/problem+json; charset=utf-8', ...error.headers };
        save.run(error.status, JSON.stringify(headers), body, person.id, key);
      } else {
        db.prepare('DELETE FROM idempotency_keys WHERE person_id = ? AND key = ?').run(person.id, key);
      }
      throw error;
    }
    if (reply.events?.length) hub.publish(reply.events);
    return response;
  }

  app.get(EVENTS_PATH, (c) => {
    const person = c.get('person');
    const lastId = Number(c.req.header('last-event-id') ?? Number.NaN);
    return streamSSE(c, async (stream) => {
      const send = (event: StoredEvent) =>
        stream.writeSSE({
          id: String(event.id),
          event: event.type,
          data: JSON.stringify({ type: event.type, ...event.data }),
        });
      const backlog = Number.isFinite(lastId) ? store.eventsSince(lastId) : [];
      const unsubscribe = hub.subscribe(person, (event) => void send(event));
      stream.onAbort(unsubscribe);
      await stream.write('retry: 2000\n\n');
      for (const event of backlog) if (store.canSeeObjective(person, event.objectiveId)) await send(event);
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(options.keepAliveMs ?? 15_000);
        if (!stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
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

  return { app, hub };
}
