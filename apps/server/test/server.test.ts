import type { CheckInResult, Objective, Problem } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, startServer, tokens } from './harness.js';

let server: Server;
const logs: string[] = [];

beforeAll(async () => {
  server = await startServer({
    log: (line) => logs.push(line),
    corsOrigins: ['https://intranet.example'],
    bodyLimit: 4096,
  });
});
afterAll(() => server.close());

const get = async <T>(path: string, token = tokens.member) => {
  const response = await server.call(path, { token });
  return { response, body: (await response.json()) as T };
};
const send = async <T>(
  method: string,
  path: string,
  body: unknown,
  token = tokens.member,
  headers: Record<string, string> = {},
) => {
  const response = await server.call(path, {
    method,
    token,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { response, body: (text ? JSON.parse(text) : undefined) as T };
};

async function myObjective(token = tokens.member, owner = 'platform-1', visibility: 'public' | 'private' = 'public') {
  const { body } = await get<{ items: Objective[] }>(`/objectives?owner=${owner}&cycle=2026-Q4`, token);
  const objective = body.items.find((o) => o.visibility === visibility);
  if (!objective) throw new Error(`no ${visibility} objective of ${owner}`);
  return objective;
}

describe('authentication and hardening', () => {
  it('answers 401 problem+json without a valid token, and never logs the token', async () => {
    const none = await server.call('/me');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await server.call('/me', { token: 'nope' })).status).toBe(401);
    const me = await get<{ id: string; role: string }>('/me');
    expect(me.body).toMatchObject({ id: 'platform-1', role: 'member' });
    expect(logs.join('\n')).not.toContain(tokens.member);
    expect(logs.some((l) => l.startsWith('GET /me 200'))).toBe(true);
  });

  it('sends security headers and CORS only to allowed origins', async () => {
    const allowed = await server.call('/me', { token: tokens.member, headers: { origin: 'https://intranet.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag');
    const other = await server.call('/me', { token: tokens.member, headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(allowed.headers.get('strict-transport-security')).toBeTruthy();
    const preflight = await server.call('/objectives', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://intranet.example',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'if-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-Match');
  });

  it('refuses a body over the limit with 413', async () => {
    const { response, body } = await send<Problem>('POST', '/objectives', {
      title: 'x'.repeat(5000),
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
    });
    expect(response.status).toBe(413);
    expect(body.title).toBe('Payload too large');
  });

  it('limits each token and says when to come back', async () => {
    const limited = await startServer({ rateLimit: 3 });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const response = await limited.call('/me', { token: tokens.member });
        statuses.push(response.status);
        retryAfter ??= response.headers.get('retry-after');
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect((await limited.call('/me', { token: tokens.peer })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('reading', () => {
  it('pages through objectives with stable cursors, even when objectives are added between pages', async () => {
    const first = await get<{ items: Objective[]; nextCursor: string | null }>('/objectives?cycle=2026-Q4&limit=7');
    expect(first.body.items).toHaveLength(7);
    await send('POST', '/objectives', {
      title: 'Inserted between two pages',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
    });
    const seen = new Set(first.body.items.map((o) => o.id));
    let cursor = first.body.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = await get<{ items: Objective[]; nextCursor: string | null }>(
        `/objectives?cycle=2026-Q4&limit=7&cursor=${cursor}`,
      );
      for (const item of page.body.items) {
        expect(seen.has(item.id), `duplicate ${item.id}`).toBe(false);
        seen.add(item.id);
      }
      cursor = page.body.nextCursor;
      pages++;
    }
    const all = await get<{ items: Objective[] }>('/objectives?cycle=2026-Q4&limit=200');
    expect(seen.size).toBe(all.body.items.length);
    expect(pages).toBeGreaterThan(5);
  });

  it('rejects bad queries with 400 and the parameter path', async () => {
    const { response, body } = await get<Problem>('/objectives?limit=500');
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.path).toBe('limit');
    const cursor = await get<Problem>('/objectives?cursor=garbage');
    expect(cursor.response.status).toBe(400);
  });

  it('serves an objective with its ETag and answers 304 to a matching If-None-Match', async () => {
    const objective = await myObjective();
    const { response } = await get<Objective>(`/objectives/${objective.id}`);
    expect(response.headers.get('etag')).toBe(`"${objective.version}"`);
    const again = await server.call(`/objectives/${objective.id}`, {
      token: tokens.member,
      headers: { 'if-none-match': `"${objective.version}"` },
    });
    expect(again.status).toBe(304);
  });

  it('hides a private goal from a peer (404, existence not leaked) but shows it to the manager chain and admins', async () => {
    const secret = await myObjective(tokens.member, 'platform-1', 'private');
    expect((await server.call(`/objectives/${secret.id}`, { token: tokens.peer })).status).toBe(404);
    expect((await server.call(`/objectives/${secret.id}`, { token: tokens.lead })).status).toBe(200);
    expect((await server.call(`/objectives/${secret.id}`, { token: tokens.head })).status).toBe(200);
    expect((await server.call(`/objectives/${secret.id}`, { token: tokens.admin })).status).toBe(200);
    const peerList = await get<{ items: Objective[] }>('/objectives?owner=platform-1&limit=200', tokens.peer);
    expect(peerList.body.items.map((o) => o.id)).not.toContain(secret.id);
    const tree = await get<{ nodes: { id: string }[] }>('/tree?cycle=2026-Q4', tokens.peer);
    expect(tree.body.nodes.map((n) => n.id)).not.toContain(secret.id);
  });

  it('serves the alignment tree depth-first with scores, limited by depth', async () => {
    const { body } = await get<{
      nodes: { id: string; depth: number; parentId: string | null; childCount: number; score: { progress: number } }[];
    }>('/tree?cycle=2026-Q4');
    expect(body.nodes[0]?.depth).toBe(0);
    for (const [i, node] of body.nodes.entries()) {
      if (node.depth > 0) expect(body.nodes.slice(0, i).some((n) => n.id === node.parentId)).toBe(true);
      expect(node.score.progress).toBeGreaterThanOrEqual(0);
    }
    const shallow = await get<{ nodes: { depth: number }[] }>('/tree?cycle=2026-Q4&depth=1');
    expect(Math.max(...shallow.body.nodes.map((n) => n.depth))).toBe(1);
  });

  it('lints one objective in its document context', async () => {
    const objective = await myObjective();
    const { response, body } = await get<{ smart: { overall: number }; messages: { ruleId: string }[] }>(
      `/objectives/${objective.id}/lint`,
    );
    expect(response.status).toBe(200);
    expect(body.smart.overall).toBeGreaterThanOrEqual(0);
    expect(body.smart.overall).toBeLessThanOrEqual(100);
  });
});

describe('writing', () => {
  it('requires If-Match (428), refuses a stale one (412 with the current version) and records the revision', async () => {
    const objective = await myObjective();
    const missing = await send<Problem>('PATCH', `/objectives/${objective.id}`, {
      title: 'Ship my part of the plan with craft',
    });
    expect(missing.response.status).toBe(428);
    const ok = await send<Objective>(
      'PATCH',
      `/objectives/${objective.id}`,
      { title: 'Ship my part of the plan with craft' },
      tokens.member,
      {
        'if-match': `"${objective.version}"`,
      },
    );
    expect(ok.response.status).toBe(200);
    expect(ok.body.version).toBe(objective.version + 1);
    expect(ok.response.headers.get('etag')).toBe(`"${objective.version + 1}"`);
    const stale = await send<Problem>('PATCH', `/objectives/${objective.id}`, { title: 'Again' }, tokens.member, {
      'if-match': `"${objective.version}"`,
    });
    expect(stale.response.status).toBe(412);
    expect(stale.body.currentVersion).toBe(objective.version + 1);
    const history = await get<{
      items: { action: string; changes: { field: string; from: unknown; to: unknown }[]; actorId: string }[];
    }>(`/objectives/${objective.id}/history`);
    const last = history.body.items.at(-1);
    expect(last).toMatchObject({ action: 'updated', actorId: 'platform-1' });
    expect(last?.changes).toContainEqual({
      field: 'title',
      from: objective.title,
      to: 'Ship my part of the plan with craft',
    });
  });

  it('lets exactly one of two conflicting PATCHes win; the other gets 412', async () => {
    const objective = await myObjective(tokens.lead, 'platform-lead');
    const headers = { 'if-match': `"${objective.version}"` };
    const [a, b] = await Promise.all([
      send('PATCH', `/objectives/${objective.id}`, { title: 'Version A of this objective' }, tokens.lead, headers),
      send('PATCH', `/objectives/${objective.id}`, { title: 'Version B of this objective' }, tokens.lead, headers),
    ]);
    expect([a.response.status, b.response.status].sort()).toEqual([200, 412]);
  });

  it('validates writes with paths (422) and refuses malformed JSON (400)', async () => {
    const invalid = await send<Problem>('POST', '/objectives', {
      title: '',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Grow', type: 'increase', start: 10, target: 5 }],
    });
    expect(invalid.response.status).toBe(422);
    expect(invalid.body.errors?.map((e) => e.path)).toContain('title');
    const wrongSide = await send<Problem>('POST', '/objectives', {
      title: 'Grow',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Grow revenue', type: 'increase', start: 10, target: 5 }],
    });
    expect(wrongSide.response.status).toBe(422);
    expect(wrongSide.body.errors?.[0]?.path).toBe('keyResults[0].target');
    const unknownOwner = await send<Problem>('POST', '/objectives', {
      title: 'Grow',
      ownerId: 'nobody',
      cycleId: '2026-Q4',
    });
    expect(unknownOwner.body.errors?.[0]).toMatchObject({ path: 'ownerId' });
    const malformed = await server.call('/objectives', { method: 'POST', token: tokens.member, body: '{"title":' });
    expect(malformed.status).toBe(400);
  });

  it('forbids editing goals you neither own nor manage (403)', async () => {
    const objective = await myObjective();
    const { response } = await send(
      'PATCH',
      `/objectives/${objective.id}`,
      { title: 'Not mine to change' },
      tokens.peer,
      { 'if-match': `"${objective.version}"` },
    );
    expect(response.status).toBe(403);
    const checkIn = await send(
      'POST',
      `/key-results/${objective.keyResults[0]?.id}/check-ins`,
      { value: 3 },
      tokens.outsider,
    );
    expect(checkIn.response.status).toBe(403);
  });

  it('walks the lifecycle: the owner drafts and proposes, the manager returns with a comment or approves', async () => {
    const created = await send<Objective>('POST', '/objectives', {
      title: 'Halve flaky tests in the platform suite',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [
        { title: 'Cut flaky test count from 40 to 20', type: 'decrease', start: 40, target: 20, unit: 'tests' },
      ],
    });
    expect(created.response.status).toBe(201);
    expect(created.body.state).toBe('draft');
    expect(created.body.allowedTransitions).toEqual(['propose']);
    const id = created.body.id;
    const approveEarly = await send<Problem>(
      'POST',
      `/objectives/${id}/transitions`,
      { action: 'approve' },
      tokens.lead,
    );
    expect(approveEarly.response.status).toBe(409);
    expect(approveEarly.body.allowedTransitions).toEqual(['propose']);
    expect((await send('POST', `/objectives/${id}/transitions`, { action: 'propose' })).response.status).toBe(200);
    expect((await send('POST', `/objectives/${id}/transitions`, { action: 'approve' })).response.status).toBe(403);
    const noReason = await send<Problem>('POST', `/objectives/${id}/transitions`, { action: 'return' }, tokens.lead);
    expect(noReason.response.status).toBe(422);
    const returned = await send<Objective>(
      'POST',
      `/objectives/${id}/transitions`,
      { action: 'return', comment: 'Add a baseline source' },
      tokens.lead,
    );
    expect(returned.body.state).toBe('draft');
    await send('POST', `/objectives/${id}/transitions`, { action: 'propose' });
    const approved = await send<Objective>('POST', `/objectives/${id}/transitions`, { action: 'approve' }, tokens.lead);
    expect(approved.body.state).toBe('active');
    const closed = await send<Objective>('POST', `/objectives/${id}/transitions`, { action: 'close' });
    expect(closed.body.state).toBe('closed');
    expect(closed.body.grade).toEqual({ score: 0, band: 'red' });
    const comments = await get<{ items: { body: string }[] }>(`/objectives/${id}/comments`);
    expect(comments.body.items.map((c) => c.body)).toContain('Add a baseline source');
  });

  it('records a check-in, bumps the key result and objective versions, and scores it with the core engine', async () => {
    const objective = await myObjective();
    const kr = objective.keyResults.find((k) => k.type === 'increase');
    if (!kr) throw new Error('no increase key result');
    const { response, body } = await send<CheckInResult>('POST', `/key-results/${kr.id}/check-ins`, {
      value: kr.target,
      confidence: 0.8,
      note: '<script>alert(1)</script>',
    });
    expect(response.status).toBe(201);
    expect(body.keyResult.current).toBe(kr.target);
    expect(body.keyResult.version).toBe(kr.version + 1);
    expect(body.keyResult.score).toMatchObject({ progress: 1, status: 'achieved', confidence: 0.8 });
    expect(body.objective.version).toBeGreaterThan(objective.version);
    expect(body.checkIn.note).toBe('<script>alert(1)</script>');
    const list = await get<{ items: { id: string }[] }>(`/key-results/${kr.id}/check-ins`);
    expect(list.body.items.at(-1)?.id).toBe(body.checkIn.id);
  });

  it('records 50 concurrent check-ins on one key result, each acknowledged once, all present', async () => {
    const objective = await myObjective(tokens.lead, 'platform-lead');
    const kr = objective.keyResults.find((k) => k.type === 'increase') ?? objective.keyResults[0];
    const before = await get<{ items: unknown[] }>(`/key-results/${kr?.id}/check-ins`, tokens.lead);
    const post = (i: number) =>
      send<CheckInResult>('POST', `/key-results/${kr?.id}/check-ins`, { value: i + 1 }, tokens.lead, {
        'idempotency-key': `burst-${i}`,
      });
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => post(i)));
    expect(
      replies.filter((r) => r.response.status !== 201).map((r) => `${r.response.status} ${JSON.stringify(r.body)}`),
      logs.join('\n'),
    ).toEqual([]);
    const ids = new Set(replies.map((r) => r.body.checkIn.id));
    expect(ids.size).toBe(50);
    const versions = new Set(replies.map((r) => r.body.keyResult.version));
    expect(versions.size).toBe(50);
    const after = await get<{ items: { id: string }[] }>(`/key-results/${kr?.id}/check-ins`, tokens.lead);
    expect(after.body.items.length - before.body.items.length).toBe(50);
    for (const id of ids) expect(after.body.items.some((c) => c.id === id)).toBe(true);
  });

  it('replays an idempotent POST, refuses the key with another body (422) and while it runs (409)', async () => {
    const objective = await myObjective();
    const kr = objective.keyResults[0];
    const path = `/key-results/${kr?.id}/check-ins`;
    const body =
      kr?.type === 'boolean'
        ? { value: true }
        : kr?.type === 'milestones'
          ? { milestones: (kr.milestones ?? []).map(() => true) }
          : { value: 5 };
    const first = await send<CheckInResult>('POST', path, body, tokens.member, { 'idempotency-key': 'retry-me' });
    const second = await send<CheckInResult>('POST', path, body, tokens.member, { 'idempotency-key': 'retry-me' });
    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(201);
    expect(second.response.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.checkIn.id).toBe(first.body.checkIn.id);
    const stored = await get<{ items: { id: string }[] }>(path);
    expect(stored.body.items.filter((c) => c.id === first.body.checkIn.id)).toHaveLength(1);
    const other = await send<Problem>('POST', path, { ...body, note: 'different' }, tokens.member, {
      'idempotency-key': 'retry-me',
    });
    expect(other.response.status).toBe(422);
    await server.store.engine.run(
      "INSERT INTO idempotency_keys (person_id, key, fingerprint, state, created_at) VALUES ('platform-1', 'in-flight', 'x', 'running', ?)",
      [Date.now()],
    );
    const running = await send<Problem>('POST', path, body, tokens.member, { 'idempotency-key': 'in-flight' });
    expect(running.response.status).toBe(409);
  });
});
