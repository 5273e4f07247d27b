import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CheckInResult,
  createLiveEvents,
  type LiveEvent,
  type Objective,
  type WebhookCreated,
} from '@goalkit/client';
import { verifyWebhook } from '@goalkit/client/webhooks';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import type { SqlEngine } from '../../src/db/engine.js';
import { migrations } from '../../src/db/migrations.js';
import { openDatabase } from '../../src/db/openDatabase.js';
import { postgresEngine } from '../../src/db/postgresEngine.js';
import { copyDatabase } from '../../src/seed/copyDatabase.js';
import { seedDemo } from '../../src/seed/seedDemo.js';
import { Repository } from '../../src/store/repository.js';
import { GoalStore } from '../../src/store.js';
import { TokenRegistry } from '../../src/tokens.js';
import { request, TODAY, tokens } from '../harness.js';
import { type PostgresCluster, startPostgres } from './cluster.js';

/** One server instance on the shared database: its own pool, caches, event listener and port. */
async function startInstance(url: string, personIds: string[]) {
  const engine = await postgresEngine(url, { poolSize: 4 });
  const store = new GoalStore(engine, { now: () => new Date(`${TODAY}T12:00:00Z`) });
  const { app, hub, ready, webhooks, rhythm, close } = createApp({
    store,
    tokens: TokenRegistry.demo(personIds),
    rateLimit: false,
    authFailureLimit: false,
    keepAliveMs: 1000,
    // The tests run the delivery loop and the scheduler by hand, both instances at once.
    webhooks: { intervalMs: false },
    rhythm: { intervalMs: false },
  });
  await ready;
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as HttpServer;
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    hub,
    webhooks,
    rhythm,
    call: (path: string, init: RequestInit & { token?: string } = {}) => {
      const headers = new Headers(init.headers);
      if (init.token !== undefined) headers.set('authorization', `Bearer ${init.token}`);
      if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(`${baseUrl}${path}`, { ...init, headers });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void close().finally(() => void engine.close().finally(resolve)));
      }),
  };
}
type Instance = Awaited<ReturnType<typeof startInstance>>;

let cluster: PostgresCluster;
let a: Instance;
let b: Instance;
/** The database itself, to look at what the instances stored. */
let database: SqlEngine;

beforeAll(async () => {
  cluster = await startPostgres();
  const url = await cluster.createDatabase('instances');
  const seeded = openDatabase(':memory:');
  const people = (await seedDemo(seeded, TODAY)).map((p) => p.id);
  const engine = await postgresEngine(url);
  await copyDatabase(seeded, engine);
  database = engine;
  seeded.close();
  [a, b] = await Promise.all([startInstance(url, people), startInstance(url, people)]);
}, 90_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), database?.close()]);
  await cluster?.stop();
});

/** A public goal of platform-1 in the current quarter with an increasing key result. */
async function goal(instance: Instance): Promise<Objective> {
  const { body } = await request<{ items: Objective[] }>(
    instance,
    'GET',
    '/objectives?owner=platform-1&cycle=2026-Q4',
    tokens.admin,
  );
  const found = body.items.find((o) => o.visibility === 'public' && o.keyResults.some((k) => k.type === 'increase'));
  if (!found) throw new Error('no goal');
  return found;
}
const increasing = (objective: Objective) => objective.keyResults.find((k) => k.type === 'increase')?.id as string;

describe('two server instances on one PostgreSQL database', () => {
  it('migrates a new database once when several instances start at the same moment', async () => {
    const url = await cluster.createDatabase('racing_migrations');
    const engines = await Promise.all(Array.from({ length: 3 }, () => postgresEngine(url, { poolSize: 2 })));
    try {
      const applied = await (engines[0] as SqlEngine).all<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(applied.map((r) => r.version)).toEqual(migrations.map((_, i) => i + 1));
    } finally {
      await Promise.all(engines.map((engine) => engine.close()));
    }
  });

  it('sends a check-in written through one instance to a live subscriber of the other, and replays across them', async () => {
    const objective = await goal(a);
    const events: LiveEvent[] = [];
    const live = createLiveEvents({ baseUrl: b.baseUrl, getToken: () => tokens.lead, minDelayMs: 20 });
    live.on('*', (event) => events.push(event));
    await vi.waitFor(() => expect(b.hub.size).toBe(1));
    const written = await request(a, 'POST', `/key-results/${increasing(objective)}/check-ins`, tokens.member, {
      value: 4,
    });
    expect(written.status).toBe(201);
    await vi.waitFor(() =>
      expect(events.some((e) => e.type === 'check-in.created' && e.objectiveId === objective.id)).toBe(true),
    );
    live.close();

    // A comment through B while nobody listens; a stream opened on A with B's last event id gets it.
    const lastId = String((await database.get<{ n: number }>('SELECT MAX(id) AS n FROM events'))?.n);
    expect(
      (await request(b, 'POST', `/objectives/${objective.id}/comments`, tokens.member, { body: 'Seen on A?' })).status,
    ).toBe(201);
    const replayed = await readEvents(a, tokens.lead, lastId, (text) => text.includes('comment.created'));
    expect(replayed).toContain('event: comment.created');
    expect(replayed).not.toContain('event: check-in.created');
  });

  it('stores one write when two instances race on one Idempotency-Key', async () => {
    const objective = await goal(a);
    const path = `/key-results/${increasing(objective)}/check-ins`;
    const before = (await request<{ items: unknown[] }>(a, 'GET', path, tokens.member)).body.items.length;
    const headers = { 'idempotency-key': 'raced-across-instances' };
    const replies = await Promise.all([
      request<{ checkIn: { id: string } }>(a, 'POST', path, tokens.member, { value: 7 }, headers),
      request<{ checkIn: { id: string } }>(b, 'POST', path, tokens.member, { value: 7 }, headers),
    ]);
    const statuses = replies.map((r) => r.status).sort();
    // Either both answer the one write (the second replays it) or the second finds it still running (409).
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    const after = (await request<{ items: unknown[] }>(b, 'GET', path, tokens.member)).body.items.length;
    expect(after - before).toBe(1);
    const replay = await request<{ checkIn: { id: string } }>(b, 'POST', path, tokens.member, { value: 7 }, headers);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.checkIn.id).toBe(replies.find((r) => r.status === 201)?.body.checkIn.id);
  });

  it('answers one of two conflicting PATCHes through different instances with 412', async () => {
    const objective = await goal(a);
    const ifMatch = { 'if-match': `"${objective.version}"` };
    const replies = await Promise.all([
      request(a, 'PATCH', `/objectives/${objective.id}`, tokens.member, { title: `${objective.title} (A)` }, ifMatch),
      request(b, 'PATCH', `/objectives/${objective.id}`, tokens.member, { title: `${objective.title} (B)` }, ifMatch),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 412]);
  });

  it('serves another instance’s write at once, not what it cached before', async () => {
    const objective = await goal(b);
    const cached = await request<Objective>(b, 'GET', `/objectives/${objective.id}`, tokens.member);
    const renamed = await request<Objective>(
      a,
      'PATCH',
      `/objectives/${objective.id}`,
      tokens.member,
      { title: 'Renamed on A' },
      {
        'if-match': `"${cached.body.version}"`,
      },
    );
    expect(renamed.status).toBe(200);
    const seen = await request<Objective>(b, 'GET', `/objectives/${objective.id}`, tokens.member);
    expect(seen.body.title).toBe('Renamed on A');
    expect(seen.body.version).toBe(renamed.body.version);
    const page = await request<{ items: Objective[] }>(
      b,
      'GET',
      '/objectives?owner=platform-1&cycle=2026-Q4',
      tokens.member,
    );
    expect(page.body.items.find((o) => o.id === objective.id)?.title).toBe('Renamed on A');
  });

  it('scores another instance’s check-ins at once, as that instance does, however often they come', async () => {
    const objective = await goal(b);
    const kr = increasing(objective);
    // B has built its scores and cached the goal.
    expect((await request(b, 'GET', `/objectives/${objective.id}`, tokens.member)).status).toBe(200);
    for (const value of [3, 9, 6]) {
      const written = await request<CheckInResult>(a, 'POST', `/key-results/${kr}/check-ins`, tokens.member, {
        value,
        confidence: 0.4,
      });
      expect(written.status).toBe(201);
      const seen = await request<Objective>(b, 'GET', `/objectives/${objective.id}`, tokens.member);
      expect(seen.body.version).toBe(written.body.objective.version);
      expect(seen.body.score).toEqual(written.body.objective.score);
      expect(seen.body.keyResults.find((k) => k.id === kr)).toEqual(written.body.keyResult);
    }
    // The same events again (as the listener and the next request both see them) change nothing.
    const again = await request<Objective>(b, 'GET', `/objectives/${objective.id}`, tokens.member);
    const fresh = await request<Objective>(a, 'GET', `/objectives/${objective.id}`, tokens.member);
    expect(again.body).toEqual(fresh.body);
  });

  it('hears a write that commits after a newer one: its event reaches the other instance, its caches follow', async () => {
    const objective = await goal(b);
    const other = (
      await request<{ items: Objective[] }>(b, 'GET', '/objectives?cycle=2026-Q4', tokens.member)
    ).body.items.find((o) => o.id !== objective.id && o.visibility === 'public') as Objective;
    expect((await request(b, 'GET', `/objectives/${objective.id}`, tokens.member)).status).toBe(200);
    const events: LiveEvent[] = [];
    const live = createLiveEvents({ baseUrl: b.baseUrl, getToken: () => tokens.lead, minDelayMs: 20 });
    live.on('*', (event) => events.push(event));
    await vi.waitFor(() => expect(b.hub.size).toBe(1));

    // A writer (a third process, say) takes an event id and holds its transaction open…
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let taken = () => {};
    const idTaken = new Promise<void>((resolve) => {
      taken = resolve;
    });
    const slow = database.transaction(async (tx) => {
      await tx.run('UPDATE objectives SET title = ?, version = version + 1 WHERE id = ?', [
        'Renamed by a slow writer',
        objective.id,
      ]);
      await new Repository(database, tx).insertEvent(
        'objective.updated',
        objective.id,
        { objectiveId: objective.id, version: objective.version + 1 },
        `${TODAY}T12:00:00Z`,
      );
      taken();
      await held;
    });
    await idTaken;
    // …while a newer event commits through A, and B looks (and moves past both ids).
    const comment = await request(a, 'POST', `/objectives/${other.id}/comments`, tokens.member, { body: 'Newer' });
    expect(comment.status).toBe(201);
    await vi.waitFor(() => expect(events.some((e) => e.type === 'comment.created')).toBe(true));
    expect((await request<Objective>(b, 'GET', `/objectives/${objective.id}`, tokens.member)).body.title).not.toBe(
      'Renamed by a slow writer',
    );
    release();
    await slow;
    await vi.waitFor(() =>
      expect(events.some((e) => e.type === 'objective.updated' && e.version === objective.version + 1)).toBe(true),
    );
    live.close();
    expect((await request<Objective>(b, 'GET', `/objectives/${objective.id}`, tokens.member)).body.title).toBe(
      'Renamed by a slow writer',
    );
  });
});

/** Open `/events` with `Last-Event-ID`, read until `done` says so (or `ms` pass), and close it. */
async function readEvents(
  instance: Instance,
  token: string,
  lastEventId: string,
  done: (text: string) => boolean,
  ms = 5000,
): Promise<string> {
  const controller = new AbortController();
  const response = await instance.call('/events', {
    token,
    headers: { 'last-event-id': lastEventId },
    signal: controller.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  try {
    while (Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<{ done: true; value: undefined }>((resolve) =>
          setTimeout(() => resolve({ done: true, value: undefined }), Math.max(0, deadline - Date.now())),
        ),
      ]);
      if (chunk.value) text += decoder.decode(chunk.value, { stream: true });
      if (chunk.done || done(text)) break;
    }
  } finally {
    controller.abort();
  }
  return text;
}

describe('webhooks and the rhythm’s scheduler on two instances', () => {
  it('delivers every event and every reminder exactly once, signed, however the two instances race', async () => {
    let secret = '';
    const seen = new Map<string, number>();
    const bodies: { type: string; data: unknown }[] = [];
    const rejected: string[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', async () => {
        try {
          await verifyWebhook({ headers: req.headers, body, secret });
        } catch (error) {
          rejected.push(String(error));
          res.writeHead(401).end();
          return;
        }
        const id = String(req.headers['webhook-id']);
        seen.set(id, (seen.get(id) ?? 0) + 1);
        bodies.push(JSON.parse(body) as { type: string; data: unknown });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const port = (receiver.address() as AddressInfo).port;
      const created = await request<WebhookCreated>(a, 'POST', '/webhooks', tokens.admin, {
        url: `http://127.0.0.1:${port}/race`,
        events: ['check-in.created', 'check-in.due', 'check-in.overdue', 'check-in.escalated', 'digest.ready'],
      });
      expect(created.status).toBe(201);
      secret = created.body.secret;
      const kr = increasing(await goal(a));
      for (let i = 0; i < 10; i++)
        for (const instance of [a, b])
          expect(
            (await request(instance, 'POST', `/key-results/${kr}/check-ins`, tokens.member, { value: i })).status,
          ).toBe(201);
      // A second run() while one is under way on an instance joins it: the race is between the instances.
      const ticks = await Promise.all([a.rhythm.run(), b.rhythm.run()]);
      const queued = ticks.reduce((sum, t) => sum + t.queued, 0);
      expect(queued).toBeGreaterThan(0);
      const drain = async (instance: Instance) => {
        for (let i = 0; i < 500 && (await instance.webhooks.run()) > 0; i++);
      };
      await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
      expect(rejected).toEqual([]);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
      expect(bodies.filter((body) => body.type === 'check-in.created')).toHaveLength(20);
      const reminders = bodies.filter((body) => body.type !== 'check-in.created');
      expect(reminders).toHaveLength(queued);
      const keys = reminders.map((body) => JSON.stringify(body));
      expect(new Set(keys).size).toBe(keys.length);
      // A later look by either instance finds nothing new to queue.
      const again = await Promise.all([a.rhythm.run(), b.rhythm.run()]);
      expect(again.map((t) => t.queued)).toEqual([0, 0]);
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  }, 60_000);
});
