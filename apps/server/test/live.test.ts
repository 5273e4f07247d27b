import { connect } from 'node:net';
import { createLiveEvents, type LiveEvent, type Objective } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function objectiveOf(owner: string, visibility: 'public' | 'private') {
  const response = await server.call(`/objectives?owner=${owner}&cycle=2026-Q4`, { token: tokens.admin });
  const { items } = (await response.json()) as { items: Objective[] };
  const found = items.find((o) => o.visibility === visibility && o.keyResults.some((k) => k.type === 'increase'));
  if (!found) throw new Error('no objective');
  return found;
}

describe('GET /events', () => {
  it('pushes check-ins to everyone allowed to see them, and resumes after a drop with Last-Event-ID', async () => {
    const publicGoal = await objectiveOf('platform-1', 'public');
    const privateGoal = await objectiveOf('platform-1', 'private');
    const peerEvents: LiveEvent[] = [];
    const leadEvents: LiveEvent[] = [];
    const peer = createLiveEvents({ baseUrl: server.baseUrl, getToken: () => tokens.peer, minDelayMs: 20 });
    const lead = createLiveEvents({ baseUrl: server.baseUrl, getToken: () => tokens.lead, minDelayMs: 20 });
    peer.on('*', (e) => peerEvents.push(e));
    lead.on('*', (e) => leadEvents.push(e));
    await vi.waitFor(() => expect(server.hub.size).toBe(2));

    const checkIn = (objective: Objective) =>
      server.call(`/key-results/${objective.keyResults.find((k) => k.type === 'increase')?.id}/check-ins`, {
        method: 'POST',
        token: tokens.member,
        body: JSON.stringify({ value: 3 }),
      });
    expect((await checkIn(publicGoal)).status).toBe(201);
    expect((await checkIn(privateGoal)).status).toBe(201);

    await vi.waitFor(() => expect(leadEvents.filter((e) => e.type === 'check-in.created')).toHaveLength(2));
    await vi.waitFor(() => expect(peerEvents.filter((e) => e.type === 'check-in.created')).toHaveLength(1));
    expect(peerEvents[0]).toMatchObject({ type: 'check-in.created', objectiveId: publicGoal.id });
    expect(peerEvents.some((e) => e.objectiveId === privateGoal.id)).toBe(false);

    peer.close();
    await vi.waitFor(() => expect(server.hub.size).toBe(1));
    const missed = await server.call(`/objectives/${publicGoal.id}/comments`, {
      method: 'POST',
      token: tokens.member,
      body: JSON.stringify({ kind: 'kudos', body: 'Thanks for the quick fix!' }),
    });
    expect(missed.status).toBe(201);
    peer.open();
    await vi.waitFor(() => expect(peerEvents.some((e) => e.type === 'comment.created')).toBe(true));
    expect(peerEvents.filter((e) => e.type === 'check-in.created')).toHaveLength(1);
    peer.close();
    lead.close();
  });

  it('refuses a stream without a token', async () => {
    expect((await server.call('/events')).status).toBe(401);
  });
});

describe('GET /events limits', () => {
  it('allows a few streams per token; one more is 429 with Retry-After until one closes', async () => {
    const limited = await startServer({ maxStreamsPerToken: 2 });
    const controllers: AbortController[] = [];
    const open = (token: string) => {
      const controller = new AbortController();
      controllers.push(controller);
      return fetch(`${limited.baseUrl}/events`, {
        headers: { authorization: `Bearer ${token}` },
        signal: controller.signal,
      });
    };
    try {
      expect((await open(tokens.member)).status).toBe(200);
      expect((await open(tokens.member)).status).toBe(200);
      const third = await open(tokens.member);
      expect(third.status).toBe(429);
      expect(third.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await open(tokens.peer)).status).toBe(200);
      // A stream's reply can reach the client a moment before the server has subscribed it to the hub.
      await vi.waitFor(() => expect(limited.hub.size).toBe(3));
      controllers[0]?.abort();
      await vi.waitFor(() => expect(limited.hub.size).toBe(2));
      expect((await open(tokens.member)).status).toBe(200);
    } finally {
      for (const controller of controllers) controller.abort();
      await limited.close();
    }
  });

  it('drops a client that stops reading, and keeps serving the clients that read', async () => {
    const limited = await startServer({ maxQueuedEventBytes: 256 * 1024 });
    const { port } = new URL(limited.baseUrl);
    const stalled = connect(Number(port), '127.0.0.1');
    stalled.on('error', () => {});
    // Asks for the stream, then never reads a byte of it.
    stalled.write(
      `GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${tokens.lead}\r\nAccept: text/event-stream\r\n\r\n`,
    );
    stalled.pause();
    const received: LiveEvent[] = [];
    const reader = createLiveEvents({ baseUrl: limited.baseUrl, getToken: () => tokens.peer, minDelayMs: 20 });
    reader.on('comment.created', (event) => received.push(event));
    try {
      await vi.waitFor(() => expect(limited.hub.size).toBe(2));
      const objectiveId = (await objectiveOf('platform-1', 'public')).id;
      const padding = 'x'.repeat(64 * 1024);
      let published = 0;
      // Each event waits for the reading client, so only the stalled one falls behind: its socket's
      // buffers fill (a few MB on loopback), then its queue passes the limit and it is dropped.
      while (limited.hub.size === 2 && published < 2000) {
        published++;
        limited.hub.publish([
          {
            id: 1_000_000 + published,
            type: 'comment.created',
            objectiveId,
            data: { objectiveId, commentId: `c-${published}`, padding },
          },
        ]);
        await vi.waitFor(() => expect(received).toHaveLength(published));
      }
      expect(limited.hub.size, `the stalled client was still subscribed after ${published} events`).toBe(1);
      expect(published).toBeGreaterThan(4);
      limited.hub.publish([
        { id: 2_000_000, type: 'comment.created', objectiveId, data: { objectiveId, commentId: 'after' } },
      ]);
      await vi.waitFor(() => expect(received.at(-1)?.commentId).toBe('after'));
    } finally {
      reader.close();
      stalled.destroy();
      await limited.close();
    }
  }, 60_000);
});
