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
