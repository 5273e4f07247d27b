import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyResult, Person, Problem, Webhook, WebhookCreated, WebhookDelivery } from '@goalkit/client';
import { verifyWebhook, WebhookVerificationError } from '@goalkit/client/webhooks';
import { logNotifier, type Notifier, type RhythmNotification } from '@goalkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { sqliteEngine } from '../src/db/engine.js';
import { openDatabase } from '../src/db/openDatabase.js';
import { GoalStore } from '../src/store.js';
import { TokenRegistry } from '../src/tokens.js';
import { request, type Server, startServer, TODAY, tokens } from './harness.js';

/** The delivery loop's clock: tests move it past a retry's wait. */
let clock = Date.now();

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  payload: { type: string; timestamp: string; data: { ids: Record<string, string>; version?: number } };
}

/** A webhook receiver on loopback: it verifies every delivery with the secret of its path, and answers as told. */
async function startReceiver() {
  const secrets = new Map<string, string>();
  const received: Received[] = [];
  /** Statuses to answer, per path, before the default 204. */
  const answers = new Map<string, number[]>();
  const rejected: string[] = [];
  /** Paths whose deliveries are taken as they come, for the test to verify with the secrets it chooses. */
  const unverified = new Set<string>();
  const server: HttpServer = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', async () => {
      const path = req.url ?? '/';
      try {
        if (!unverified.has(path))
          await verifyWebhook({ headers: req.headers, body, secret: secrets.get(path) ?? '', now: new Date(clock) });
      } catch (error) {
        rejected.push(String(error));
        res.writeHead(401).end();
        return;
      }
      received.push({ path, headers: req.headers, body, payload: JSON.parse(body) as Received['payload'] });
      res.writeHead(answers.get(path)?.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    secrets,
    received,
    answers,
    rejected,
    unverified,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A fresh approved goal with one key result, made as the admin. */
async function goal(store: GoalStore, ownerId: string, visibility: 'public' | 'private') {
  const admin = (await store.person('ceo')) as Person;
  const { objective } = await store.createObjective(admin, {
    title: `A webhook goal of ${ownerId}, ${visibility}`,
    ownerId,
    cycleId: '2026-Q4',
    visibility,
    keyResults: [{ title: 'Move it from 0 to 10', type: 'increase', start: 0, target: 10 }],
  });
  await store.transition(admin, objective.id, 'propose');
  await store.transition(admin, objective.id, 'approve');
  return { objective, keyResult: objective.keyResults[0] as KeyResult };
}

const subscribe = async (server: Server, receiver: Receiver, token: string, path: string, events: string[]) => {
  const reply = await request<WebhookCreated>(server, 'POST', '/webhooks', token, {
    url: `${receiver.url}${path}`,
    events,
  });
  expect(reply.status).toBe(201);
  receiver.secrets.set(path, reply.body.secret);
  return reply;
};

describe('webhooks', () => {
  let server: Server;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startServer({ webhooks: { intervalMs: false, now: () => clock } });
  });
  afterAll(async () => {
    await server.close();
    await receiver.close();
  });

  it('creates a webhook with its secret shown once, and lists it without', async () => {
    const created = await subscribe(server, receiver, tokens.member, '/listed', ['comment.created']);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(created.body).toMatchObject({
      url: `${receiver.url}/listed`,
      events: ['comment.created'],
      ownerId: 'platform-1',
    });
    expect(created.headers.get('location')).toBe(`webhooks#${created.body.id}`);
    const mine = await request<{ items: Webhook[] }>(server, 'GET', '/webhooks', tokens.member);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((w) => w.id)).toContain(created.body.id);
    const admins = await request<{ items: Webhook[] }>(server, 'GET', '/webhooks', tokens.admin);
    expect(admins.body.items.map((w) => w.id)).toContain(created.body.id);
    const peers = await request<{ items: Webhook[] }>(server, 'GET', '/webhooks', tokens.peer);
    expect(peers.body.items.map((w) => w.id)).not.toContain(created.body.id);
    for (const reply of [mine, admins]) {
      expect(JSON.stringify(reply.body)).not.toContain(created.body.secret);
      expect(JSON.stringify(reply.body)).not.toContain('"secret"');
    }
  });

  it('refuses a URL that is not http(s) and an empty list of events, at their paths', async () => {
    for (const [body, path] of [
      [{ url: 'ftp://example.com/hook', events: ['check-in.created'] }, 'url'],
      [{ url: 'javascript:alert(1)', events: ['check-in.created'] }, 'url'],
      [{ url: 'https://example.com/hook', events: [] }, 'events'],
      [{ url: 'https://example.com/hook', events: ['digest.sent'] }, 'events[0]'],
    ] as const) {
      const reply = await request<Problem>(server, 'POST', '/webhooks', tokens.member, body);
      expect(reply.status, JSON.stringify(body)).toBe(422);
      expect(
        reply.body.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });

  it('delivers a check-in once, signed, with the thin payload, and logs it', async () => {
    const hook = await subscribe(server, receiver, tokens.member, '/check-ins', ['check-in.created']);
    const { objective, keyResult } = await goal(server.store, 'platform-1', 'public');
    const before = receiver.received.length;
    const checkIn = await request<{ checkIn: { id: string }; keyResult: KeyResult }>(
      server,
      'POST',
      `/key-results/${keyResult.id}/check-ins`,
      tokens.member,
      { value: 4 },
    );
    expect(checkIn.status).toBe(201);
    expect(await server.webhooks.run()).toBeGreaterThanOrEqual(1);
    expect(await server.webhooks.run()).toBe(0);
    const mine = receiver.received.slice(before).filter((r) => r.path === '/check-ins');
    expect(mine).toHaveLength(1);
    expect(receiver.rejected).toEqual([]);
    const [delivery] = mine as [Received];
    expect(delivery.payload).toEqual({
      type: 'check-in.created',
      timestamp: expect.any(String),
      data: {
        ids: { objectiveId: objective.id, keyResultId: keyResult.id, checkInId: checkIn.body.checkIn.id },
        version: checkIn.body.keyResult.version,
      },
    });
    expect(delivery.headers['webhook-id']).toMatch(/^msg_/);
    const log = await request<{ items: WebhookDelivery[] }>(
      server,
      'GET',
      `/webhooks/${hook.body.id}/deliveries`,
      tokens.member,
    );
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      {
        id: delivery.headers['webhook-id'],
        event: 'check-in.created',
        status: 'delivered',
        attempts: 1,
        lastAttemptAt: new Date(clock).toISOString(),
        nextAttemptAt: null,
        responseStatus: 204,
        error: null,
      },
    ]);
  });

  it('retries a delivery the receiver failed, after the backoff, with the same webhook-id', async () => {
    const hook = await subscribe(server, receiver, tokens.member, '/retries', ['comment.created']);
    const { objective } = await goal(server.store, 'platform-1', 'public');
    const before = receiver.received.length;
    receiver.answers.set('/retries', [500]);
    expect(
      (await request(server, 'POST', `/objectives/${objective.id}/comments`, tokens.member, { body: 'Hi' })).status,
    ).toBe(201);
    await server.webhooks.run();
    const path = `/webhooks/${hook.body.id}/deliveries`;
    const failed = await request<{ items: WebhookDelivery[] }>(server, 'GET', path, tokens.member);
    expect(failed.body.items).toMatchObject([{ status: 'pending', attempts: 1, responseStatus: 500 }]);
    expect(failed.body.items[0]?.nextAttemptAt).toBe(new Date(clock + 30_000).toISOString());
    // Not due yet: nothing is sent.
    await server.webhooks.run();
    expect(receiver.received.slice(before).filter((r) => r.path === '/retries')).toHaveLength(1);
    clock += 31_000;
    await server.webhooks.run();
    const attempts = receiver.received.slice(before).filter((r) => r.path === '/retries');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]?.headers['webhook-id']).toBe(attempts[0]?.headers['webhook-id']);
    expect(attempts[1]?.body).toBe(attempts[0]?.body);
    const done = await request<{ items: WebhookDelivery[] }>(server, 'GET', path, tokens.member);
    expect(done.body.items).toMatchObject([{ status: 'delivered', attempts: 2, responseStatus: 204, error: null }]);
  });

  it('sends no event of a goal its owner may not see', async () => {
    const member = await subscribe(server, receiver, tokens.member, '/member-private', ['check-in.created']);
    await subscribe(server, receiver, tokens.admin, '/admin-private', ['check-in.created']);
    const { keyResult } = await goal(server.store, 'smb-1', 'private');
    const before = receiver.received.length;
    const reply = await request(server, 'POST', `/key-results/${keyResult.id}/check-ins`, tokens.admin, { value: 2 });
    expect(reply.status).toBe(201);
    await server.webhooks.run();
    const paths = receiver.received.slice(before).map((r) => r.path);
    expect(paths).toContain('/admin-private');
    expect(paths).not.toContain('/member-private');
    const log = await request<{ items: WebhookDelivery[] }>(
      server,
      'GET',
      `/webhooks/${member.body.id}/deliveries`,
      tokens.member,
    );
    expect(log.body.items).toEqual([]);
  });

  it('rotates a secret: both sign during the overlap, only the new one after it, and the old one no longer verifies', async () => {
    const hook = await subscribe(server, receiver, tokens.member, '/rotated', ['comment.created']);
    receiver.unverified.add('/rotated');
    const old = hook.body.secret;
    const { objective } = await goal(server.store, 'platform-1', 'public');
    const comment = async () =>
      expect(
        (await request(server, 'POST', `/objectives/${objective.id}/comments`, tokens.member, { body: 'Hi' })).status,
      ).toBe(201);
    const path = `/webhooks/${hook.body.id}/rotate-secret`;
    expect((await request(server, 'POST', path, tokens.peer, { overlapHours: 1 })).status).toBe(404);
    expect((await request<Problem>(server, 'POST', path, tokens.member, { overlapHours: 500 })).status).toBe(422);
    const rotated = await request<WebhookCreated>(server, 'POST', path, tokens.member, { overlapHours: 1 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(old);
    // The store's clock is the test server's fixed noon; the overlap ends an hour later.
    const storeNow = Date.parse(`${TODAY}T12:00:00Z`);
    expect(rotated.body.previousSecretExpiresAt).toBe(new Date(storeNow + 3_600_000).toISOString());
    const listed = await request<{ items: Webhook[] }>(server, 'GET', '/webhooks', tokens.member);
    expect(JSON.stringify(listed.body)).not.toContain(rotated.body.secret);

    const saved = clock;
    try {
      const at = (ms: number) => {
        clock = ms;
      };
      const verifyWith = (r: Received, secret: string) =>
        verifyWebhook({ headers: r.headers, body: r.body, secret, now: new Date(clock) });
      // Within the overlap: two signatures, each secret alone verifies.
      at(storeNow + 30 * 60_000);
      const before = receiver.received.length;
      await comment();
      await server.webhooks.run();
      const during = receiver.received.slice(before).filter((r) => r.path === '/rotated');
      expect(during).toHaveLength(1);
      const [first] = during as [Received];
      expect(String(first.headers['webhook-signature']).split(' ')).toHaveLength(2);
      await expect(verifyWith(first, rotated.body.secret)).resolves.toBeTruthy();
      await expect(verifyWith(first, old)).resolves.toBeTruthy();
      // After it: one signature, the new secret's; the old one is refused.
      at(storeNow + 2 * 3_600_000);
      await comment();
      await server.webhooks.run();
      const after = receiver.received.slice(before).filter((r) => r.path === '/rotated');
      expect(after).toHaveLength(2);
      const second = after[1] as Received;
      expect(String(second.headers['webhook-signature']).split(' ')).toHaveLength(1);
      await expect(verifyWith(second, rotated.body.secret)).resolves.toBeTruthy();
      await expect(verifyWith(second, old)).rejects.toBeInstanceOf(WebhookVerificationError);
    } finally {
      clock = saved;
    }
  });

  it('deletes a webhook for its owner and admins only; others get 404', async () => {
    const hook = await subscribe(server, receiver, tokens.member, '/deleted', ['comment.created']);
    const path = `/webhooks/${hook.body.id}`;
    expect((await request(server, 'DELETE', path, tokens.peer)).status).toBe(404);
    expect((await request(server, 'GET', `${path}/deliveries`, tokens.peer)).status).toBe(404);
    expect((await request(server, 'DELETE', path, tokens.member)).status).toBe(204);
    expect((await request(server, 'GET', `${path}/deliveries`, tokens.member)).status).toBe(404);
    expect((await request(server, 'DELETE', path, tokens.member)).status).toBe(404);
    const list = await request<{ items: Webhook[] }>(server, 'GET', '/webhooks', tokens.member);
    expect(list.body.items.map((w) => w.id)).not.toContain(hook.body.id);
  });
});

/** Another instance of the server on the same database file, with its own delivery loop and scheduler. */
function instanceOn(file: string) {
  const db = openDatabase(file);
  const store = new GoalStore(sqliteEngine(db), { now: () => new Date(`${TODAY}T12:00:00Z`) });
  const app = createApp({
    store,
    tokens: TokenRegistry.demo(['ceo']),
    rateLimit: false,
    webhooks: { intervalMs: false, now: () => clock },
    rhythm: { intervalMs: false },
  });
  return {
    webhooks: app.webhooks,
    rhythm: app.rhythm,
    close: async () => {
      await app.close();
      await store.engine.close();
    },
  };
}

describe('webhooks across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goalkit-webhooks-'));
  const file = join(dir, 'goalkit.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const instance = () => instanceOn(file);

  it('delivers a delivery queued before the restart exactly once, however many instances look', async () => {
    const receiver = await startReceiver();
    try {
      const first = await startServer({ webhooks: { intervalMs: false, now: () => clock } }, file);
      await subscribe(first, receiver, tokens.member, '/restart', ['check-in.created']);
      const { keyResult } = await goal(first.store, 'platform-1', 'public');
      const reply = await request(first, 'POST', `/key-results/${keyResult.id}/check-ins`, tokens.member, {
        value: 7,
      });
      expect(reply.status).toBe(201);
      // Stopped before its loop ran: the delivery waits in the database.
      await first.close();
      expect(receiver.received).toHaveLength(0);
      const [a, b] = [instance(), instance()];
      await Promise.all([a.webhooks.run(), b.webhooks.run(), a.webhooks.run()]);
      await Promise.all([a.webhooks.run(), b.webhooks.run()]);
      expect(receiver.rejected).toEqual([]);
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]?.payload.data.ids.keyResultId).toBe(keyResult.id);
      await Promise.all([a.close(), b.close()]);
    } finally {
      await receiver.close();
    }
  });
});

/** Run the delivery loop until nothing is left to send. */
async function drain(run: () => Promise<number>) {
  for (let i = 0; i < 1000 && (await run()) > 0; i++);
}

describe('the rhythm’s scheduler', () => {
  // The seed's organisation checks in on Mondays at 09:00 in Berlin; the store's clock is Monday
  // 2026-11-16 at noon UTC, so check-ins are due and last week's digests are ready.
  const RHYTHM = ['check-in.due', 'check-in.overdue', 'check-in.escalated', 'digest.ready'];
  const dir = mkdtempSync(join(tmpdir(), 'goalkit-rhythm-'));
  const file = join(dir, 'goalkit.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('queues each reminder and digest once, signed, only to those who may see it, across a restart', async () => {
    const receiver = await startReceiver();
    try {
      const first = await startServer({ webhooks: { intervalMs: false, now: () => clock } }, file);
      await subscribe(first, receiver, tokens.admin, '/admin', RHYTHM);
      await subscribe(first, receiver, tokens.outsider, '/outsider', RHYTHM);
      const due = await request<{ items: { keyResultId: string; objectiveId: string; recipientId: string }[] }>(
        first,
        'GET',
        '/check-ins/due?person=platform-1',
        tokens.admin,
      );
      expect(due.body.items.length).toBeGreaterThan(0);
      const tick = await first.rhythm.run();
      expect(tick.queued).toBeGreaterThan(0);
      // A second look, and a look of a restarted server on the same database, queue nothing new.
      expect((await first.rhythm.run()).queued).toBe(0);
      await first.close();
      const [second, third] = [instanceOn(file), instanceOn(file)];
      const [a, b] = await Promise.all([second.rhythm.run(), third.rhythm.run()]);
      expect(a.queued + b.queued).toBe(0);
      await Promise.all([drain(() => second.webhooks.run()), drain(() => third.webhooks.run())]);
      await Promise.all([second.close(), third.close()]);

      expect(receiver.rejected).toEqual([]);
      const admin = receiver.received.filter((r) => r.path === '/admin');
      expect(admin.length).toBe(tick.queued - receiver.received.filter((r) => r.path === '/outsider').length);
      // Each notification once.
      const keys = admin.map((r) => JSON.stringify([r.payload.type, r.payload.data]));
      expect(new Set(keys).size).toBe(keys.length);
      // Platform-1's due check-ins, with the thin payload.
      for (const item of due.body.items)
        expect(admin.map((r) => r.payload)).toContainEqual({
          type: expect.stringMatching(/^check-in\.(due|overdue|escalated)$/),
          timestamp: `${TODAY}T12:00:00.000Z`,
          data: {
            ids: expect.objectContaining({ objectiveId: item.objectiveId, keyResultId: item.keyResultId }),
            dueAt: expect.any(String),
          },
        });
      const digest = admin.find(
        (r) => r.payload.type === 'digest.ready' && r.payload.data.ids.ownerId === 'platform-1',
      );
      expect(digest?.payload.data).toEqual({
        ids: { ownerId: 'platform-1', personId: 'platform-1' },
        from: '2026-11-09',
        to: '2026-11-15',
      });
      // The outsider hears only of goals they may see: never of a private one of someone else's.
      const outsider = receiver.received.filter((r) => r.path === '/outsider');
      const db = openDatabase(file);
      const privateIds = new Set(
        (
          db.prepare("SELECT id FROM objectives WHERE visibility = 'private' AND owner_id <> 'smb-1'").all() as {
            id: string;
          }[]
        ).map((row) => row.id),
      );
      db.close();
      expect(privateIds.size).toBeGreaterThan(0);
      expect(outsider.length).toBeGreaterThan(0);
      for (const r of outsider) expect(privateIds.has(r.payload.data.ids.objectiveId ?? ''), r.body).toBe(false);
      // Digests of others reach the outsider only when theirs.
      for (const r of outsider.filter((o) => o.payload.type === 'digest.ready'))
        expect(r.payload.data.ids.personId).toBe('smb-1');
    } finally {
      await receiver.close();
    }
  });

  it('hands each notification to an in-process notifier once, again after it failed', async () => {
    const lines: string[] = [];
    let failures = 1;
    const flaky: Notifier = {
      id: 'flaky',
      send: (n: RhythmNotification) => {
        if (n.type === 'digest.ready' && failures-- > 0) throw new Error('chat is down');
      },
    };
    const log: string[] = [];
    const server = await startServer({
      rhythm: { intervalMs: false, notifiers: [logNotifier((line) => lines.push(line)), flaky] },
      log: (line) => log.push(line),
    });
    try {
      const first = await server.rhythm.run();
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.some((line) => /^digest\.ready platform-1 platform-1 2026-11-09\.\.2026-11-15$/.test(line))).toBe(
        true,
      );
      expect(lines.some((line) => /^check-in\.(due|overdue|escalated) /.test(line))).toBe(true);
      expect(first.notified).toBe(lines.length * 2 - 1);
      expect(log.some((line) => line.includes('chat is down'))).toBe(true);
      // The one that failed comes again, and nothing else does.
      const again = await server.rhythm.run();
      expect(again.notified).toBe(1);
      expect((await server.rhythm.run()).notified).toBe(0);
    } finally {
      await server.close();
    }
  });
});
