import type { KeyResultValueResult, Objective, Problem } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRegistry } from '../src/tokens.js';
import { request, type Server, startServer, tokens } from './harness.js';

// Machine tokens: a system that feeds key results gets a token that writes their values and nothing else.
const registry = TokenRegistry.demo(['ceo', 'product-head', 'platform-lead', 'platform-1', 'platform-2', 'smb-1']);
const FEED = 'machine-feed-token-for-one-key-result';
const OWNER_FEED = 'machine-feed-token-for-platform-1';
const WIDE_FEED = 'machine-feed-token-naming-the-ceo';

let server: Server;
let mine: Objective;
let theirs: Objective;
let hidden: Objective;
beforeAll(async () => {
  server = await startServer({ tokens: registry });
  const create = async (token: string, ownerId: string, visibility: 'public' | 'private') => {
    const created = await request<Objective>(server, 'POST', '/objectives', token, {
      title: `Goal of ${ownerId} fed by the warehouse`,
      ownerId,
      cycleId: '2026-Q4',
      visibility,
      keyResults: [
        { title: 'Raise weekly active teams from 100 to 200', type: 'increase', start: 100, target: 200 },
        { title: 'Cut p95 latency from 900 to 300 ms', type: 'decrease', start: 900, target: 300 },
      ],
    });
    expect(created.status).toBe(201);
    return created.body;
  };
  mine = await create(tokens.member, 'platform-1', 'public');
  theirs = await create(tokens.peer, 'platform-2', 'public');
  hidden = await create(tokens.admin, 'ceo', 'private');
  registry.add(FEED, 'platform-1', { keyResults: [mine.keyResults[0]?.id as string], owners: [] });
  registry.add(OWNER_FEED, 'platform-1', { keyResults: [], owners: ['platform-1'] });
  // A scope never widens what its person may do: platform-1 may not write the CEO's goals.
  registry.add(WIDE_FEED, 'platform-1', { keyResults: [hidden.keyResults[0]?.id as string], owners: ['ceo'] });
});
afterAll(() => server.close());

const put = (token: string, keyResultId: string, value = 150) =>
  request<KeyResultValueResult & Problem>(server, 'PUT', `/key-results/${keyResultId}/values/2026-11-10`, token, {
    value,
  });
const kr = (objective: Objective, index: number) => objective.keyResults[index]?.id as string;

describe('a machine token scoped to named key results', () => {
  it('writes their values, as its person, marked as from a system', async () => {
    const reply = await put(FEED, kr(mine, 0), 140);
    expect(reply.status).toBe(200);
    expect(reply.body.checkIn).toMatchObject({ value: 140, source: 'api', confidence: null });
    expect(reply.body.keyResult.current).toBe(140);
  });

  it('gets the same 404 for a key result outside its scope as for one that does not exist', async () => {
    const outside = await put(FEED, kr(mine, 1));
    const missing = await put(FEED, 'kr-that-does-not-exist');
    expect(outside.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(outside.body.title).toBe(missing.body.title);
    // The person behind it could write it with a person's token: the scope is what refused it.
    expect((await put(tokens.member, kr(mine, 1))).status).toBe(200);
  });

  it('reads nothing: lists, goals, check-ins, the tree, events are 403; /me says who it is', async () => {
    for (const path of [
      '/objectives',
      `/objectives/${mine.id}`,
      `/key-results/${kr(mine, 0)}/check-ins`,
      '/tree',
      '/owners',
      '/check-ins/due',
      '/events',
    ]) {
      const reply = await request<Problem>(server, 'GET', path, FEED);
      expect({ path, status: reply.status }).toEqual({ path, status: 403 });
      expect(reply.body.detail).toContain('machine token');
    }
    const write = await request<Problem>(server, 'POST', `/key-results/${kr(mine, 0)}/check-ins`, FEED, {
      value: 160,
      confidence: 0.9,
    });
    expect(write.status).toBe(403);
    const me = await request<{ id: string }>(server, 'GET', '/me', FEED);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe('platform-1');
  });
});

describe('a machine token scoped to an owner', () => {
  it("writes every key result of the owner's goals, and none of another's it could see", async () => {
    expect((await put(OWNER_FEED, kr(mine, 0), 150)).status).toBe(200);
    expect((await put(OWNER_FEED, kr(mine, 1), 600)).status).toBe(200);
    expect((await request(server, 'GET', `/objectives/${theirs.id}`, tokens.member)).status).toBe(200);
    expect((await put(OWNER_FEED, kr(theirs, 0))).status).toBe(404);
  });

  it('never widens what its person may do: a private goal of another stays not found', async () => {
    const reply = await put(WIDE_FEED, kr(hidden, 0));
    expect(reply.status).toBe(404);
    expect(JSON.stringify(reply.body)).not.toContain(hidden.title);
    const checkIns = await request<{ items: unknown[] }>(
      server,
      'GET',
      `/key-results/${kr(hidden, 0)}/check-ins`,
      tokens.admin,
    );
    expect(checkIns.body.items).toHaveLength(0);
  });
});
