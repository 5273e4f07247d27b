import type { CheckInResult, KeyResult, LintReport, Objective, Problem, Revision, TreeNode } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

// What a new user and an attacker tried against a fresh demo server: scores that could be gamed,
// private goals that leaked through side doors, inputs that broke a reader.

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const CYCLE = '2026-Q4';
const salesHead = 'gk_demo_sales-head';
const get = <T>(path: string, token = tokens.member) => request<T>(server, 'GET', path, token);
const send = <T>(method: string, path: string, body: unknown, token = tokens.member, headers = {}) =>
  request<T>(server, method, path, token, body, headers);
const ifMatch = (version: number | string) => ({ 'if-match': typeof version === 'number' ? `"${version}"` : version });
/** A reply with one id written as `<id>`, to compare the answers about two different ids. */
const withoutId = (body: unknown, id: string) => JSON.stringify(body).replaceAll(id, '<id>');

async function create(token: string, body: Record<string, unknown>): Promise<Objective> {
  const reply = await send<Objective>('POST', '/objectives', { cycleId: CYCLE, ...body }, token);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

async function approve(id: string, ownerToken: string, managerToken: string): Promise<Objective> {
  expect((await send('POST', `/objectives/${id}/transitions`, { action: 'propose' }, ownerToken)).status).toBe(200);
  const approved = await send<Objective>('POST', `/objectives/${id}/transitions`, { action: 'approve' }, managerToken);
  expect(approved.status).toBe(200);
  return approved.body;
}

const objective = async (id: string, token = tokens.admin) => (await get<Objective>(`/objectives/${id}`, token)).body;
const progressOf = async (id: string) => (await objective(id)).score.progress;
const increase = { title: 'Reach 10 from 0', type: 'increase', start: 0, target: 10 };

describe('roll-ups cannot be gamed', () => {
  it('count a child only once approved, at the weight the parent’s editors give it', async () => {
    const page = await get<{ items: Objective[] }>(`/objectives?owner=sales&cycle=${CYCLE}`, tokens.admin);
    const parent = page.body.items.find((o) => o.rollup !== 'key-results' && o.state === 'active');
    if (!parent) throw new Error('no sales objective rolling up its children');
    const before = parent.score.progress;

    const heavy = await send<Problem>(
      'POST',
      '/objectives',
      {
        title: 'Outweigh the whole sales plan',
        ownerId: 'platform-2',
        cycleId: CYCLE,
        parentId: parent.id,
        weight: 1000,
        keyResults: [increase],
      },
      tokens.peer,
    );
    expect(heavy.status).toBe(403);
    expect(heavy.body.errors?.[0]?.path).toBe('weight');

    const child = await create(tokens.peer, {
      title: 'Help the sales plan along',
      ownerId: 'platform-2',
      parentId: parent.id,
      keyResults: [increase],
    });
    expect(child.weight).toBe(1);
    const kr = child.keyResults[0] as KeyResult;
    expect((await send('POST', `/key-results/${kr.id}/check-ins`, { value: 10 }, tokens.peer)).status).toBe(201);
    expect(await progressOf(parent.id), 'a draft does not count').toBe(before);

    const reweigh = await send<Problem>(
      'PATCH',
      `/objectives/${child.id}`,
      { weight: 1000 },
      tokens.peer,
      ifMatch((await objective(child.id)).version),
    );
    expect(reweigh.status).toBe(403);
    expect(reweigh.body.errors?.[0]?.path).toBe('weight');

    await approve(child.id, tokens.peer, tokens.lead);
    const counted = await progressOf(parent.id);
    expect(counted).toBeGreaterThan(before);
    expect(counted, 'one child at weight 1 moves the parent a little').toBeLessThan(before + (1 - before) / 2);

    // The sales head edits the parent, not the child: the child's weight in the parent is theirs to set.
    const headView = await objective(child.id, salesHead);
    const zero = await send<Objective>(
      'PATCH',
      `/objectives/${child.id}`,
      { weight: 0 },
      salesHead,
      ifMatch(headView.version),
    );
    expect(zero.status).toBe(200);
    expect(zero.body.weight).toBe(0);
    expect(await progressOf(parent.id)).toBe(before);
    const retitle = await send(
      'PATCH',
      `/objectives/${child.id}`,
      { title: 'Renamed by someone else' },
      salesHead,
      ifMatch(zero.body.version),
    );
    expect(retitle.status).toBe(403);

    // A weight set while unaligned does not travel into a parent its author may not edit.
    const loose = await create(tokens.peer, { title: 'Start unaligned, heavy', ownerId: 'platform-2', weight: 1000 });
    const aligned = await send<Objective>(
      'PATCH',
      `/objectives/${loose.id}`,
      { parentId: parent.id },
      tokens.peer,
      ifMatch(loose.version),
    );
    expect(aligned.status).toBe(200);
    expect(aligned.body.weight).toBe(1);
    const history = await get<{ items: Revision[] }>(`/objectives/${loose.id}/history`, tokens.peer);
    expect(history.body.items.at(-1)?.changes).toContainEqual({ field: 'weight', from: 1000, to: 1 });

    // Closing grades what the parent shows.
    const shown = await objective(parent.id);
    const closed = await send<Objective>(
      'POST',
      `/objectives/${parent.id}/transitions`,
      { action: 'close' },
      salesHead,
    );
    expect(closed.status).toBe(200);
    expect(closed.body.score.progress).toBe(shown.score.progress);
  });

  it('answer an alignment to a goal you cannot see exactly as one to a goal that does not exist', async () => {
    const secret = await create(tokens.member, {
      title: 'A private goal of mine',
      ownerId: 'platform-1',
      visibility: 'private',
    });
    const body = (parentId: string) => ({ title: 'Align somewhere', ownerId: 'platform-2', cycleId: CYCLE, parentId });
    const hidden = await send<Problem>('POST', '/objectives', body(secret.id), tokens.peer);
    const missing = await send<Problem>('POST', '/objectives', body('no-such-goal'), tokens.peer);
    expect(hidden.status).toBe(422);
    expect(missing.status).toBe(422);
    expect(hidden.body.errors?.[0]?.path).toBe('parentId');
    expect(withoutId(hidden.body, secret.id)).toBe(withoutId(missing.body, 'no-such-goal'));

    const mine = await create(tokens.peer, { title: 'Realign me later', ownerId: 'platform-2' });
    const patch = async (parentId: string) =>
      send<Problem>('PATCH', `/objectives/${mine.id}`, { parentId }, tokens.peer, ifMatch(mine.version));
    const hiddenPatch = await patch(secret.id);
    const missingPatch = await patch('no-such-goal');
    expect(hiddenPatch.status).toBe(422);
    expect(withoutId(hiddenPatch.body, secret.id)).toBe(withoutId(missingPatch.body, 'no-such-goal'));
  });

  it('never count a private child toward its parent; childCount is what each viewer sees', async () => {
    const parent = await create(tokens.member, {
      title: 'A public goal made of others',
      ownerId: 'platform-1',
      rollup: 'children',
    });
    const secret = await create(tokens.member, {
      title: 'My private part of it',
      ownerId: 'platform-1',
      parentId: parent.id,
      visibility: 'private',
      keyResults: [increase],
    });
    await approve(parent.id, tokens.member, tokens.lead);
    await approve(secret.id, tokens.member, tokens.lead);
    const kr = secret.keyResults[0] as KeyResult;
    expect((await send('POST', `/key-results/${kr.id}/check-ins`, { value: 10 })).status).toBe(201);
    for (const token of [tokens.admin, tokens.lead, tokens.member, tokens.peer]) {
      expect((await objective(parent.id, token)).score).toMatchObject({ progress: 0, hasData: false });
    }
    const node = async (token: string) =>
      (await get<{ nodes: TreeNode[] }>(`/tree?root=${parent.id}`, token)).body.nodes[0] as TreeNode;
    expect(await node(tokens.peer)).toMatchObject({ childCount: 0, score: { progress: 0 } });
    expect(await node(tokens.lead)).toMatchObject({ childCount: 1, score: { progress: 0 } });

    const shared = await create(tokens.member, {
      title: 'My public part of it',
      ownerId: 'platform-1',
      parentId: parent.id,
      keyResults: [increase],
    });
    await approve(shared.id, tokens.member, tokens.lead);
    const sharedKr = shared.keyResults[0] as KeyResult;
    expect((await send('POST', `/key-results/${sharedKr.id}/check-ins`, { value: 5 })).status).toBe(201);
    expect(await progressOf(parent.id)).toBe(0.5);
    expect(await node(tokens.peer)).toMatchObject({ childCount: 1, score: { progress: 0.5 } });

    // Whoever sees a private parent of one owner sees that owner's private children too: those count.
    const privateParent = await create(tokens.member, {
      title: 'My private plan',
      ownerId: 'platform-1',
      rollup: 'children',
      visibility: 'private',
    });
    const privateChild = await create(tokens.member, {
      title: 'A private step of my plan',
      ownerId: 'platform-1',
      parentId: privateParent.id,
      visibility: 'private',
      keyResults: [increase],
    });
    await approve(privateParent.id, tokens.member, tokens.lead);
    await approve(privateChild.id, tokens.member, tokens.lead);
    const stepKr = privateChild.keyResults[0] as KeyResult;
    expect((await send('POST', `/key-results/${stepKr.id}/check-ins`, { value: 10 })).status).toBe(201);
    expect(await progressOf(privateParent.id)).toBe(1);
  });
});

describe('nothing leaks', () => {
  it('answers key-result routes on a hidden objective exactly as for a missing key result', async () => {
    const secret = await create(tokens.member, {
      title: 'Private, with a key result',
      ownerId: 'platform-1',
      visibility: 'private',
      keyResults: [increase],
    });
    const hiddenId = (secret.keyResults[0] as KeyResult).id;
    const calls: [string, (id: string) => string, unknown, Record<string, string>][] = [
      ['GET', (id) => `/key-results/${id}/check-ins`, undefined, {}],
      ['POST', (id) => `/key-results/${id}/check-ins`, { value: 3 }, {}],
      ['PATCH', (id) => `/key-results/${id}`, { title: 'Mine now' }, ifMatch(1)],
      ['DELETE', (id) => `/key-results/${id}`, undefined, ifMatch(1)],
    ];
    for (const [method, path, body, headers] of calls) {
      const hidden = await request(server, method, path(hiddenId), tokens.peer, body, headers);
      const missing = await request(server, method, path('kr-missing'), tokens.peer, body, headers);
      expect(hidden.status, `${method} ${path('…')}`).toBe(404);
      expect(withoutId(hidden.body, hiddenId), `${method} ${path('…')}`).toBe(withoutId(missing.body, 'kr-missing'));
    }
  });

  it('lints against what the viewer may see', async () => {
    const target = await create(tokens.member, {
      title: 'Grow weekly active teams from 40 to 60',
      ownerId: 'platform-1',
      keyResults: [{ title: 'Weekly active teams from 40 to 60', type: 'increase', start: 40, target: 60 }],
    });
    const lint = async (token: string) => (await get<LintReport>(`/objectives/${target.id}/lint`, token)).body;
    const peerBefore = await lint(tokens.peer);
    const ownerBefore = await lint(tokens.member);
    for (let i = 0; i < 6; i++) {
      await create(tokens.member, {
        title: i === 0 ? target.title : `A private plan, number ${i + 1}`,
        ownerId: 'platform-1',
        visibility: 'private',
      });
    }
    expect(await lint(tokens.peer)).toEqual(peerBefore);
    // The owner sees the private goals, so the linter counts them for the owner.
    expect(await lint(tokens.member)).not.toEqual(ownerBefore);
  });

  it('never names a hidden parent: parentId is null for whoever cannot see it', async () => {
    const secret = await create(tokens.member, {
      title: 'A private goal above a public one',
      ownerId: 'platform-1',
      visibility: 'private',
    });
    const child = await create(tokens.member, {
      title: 'A public goal under a private one',
      ownerId: 'platform-1',
      parentId: secret.id,
    });
    // The manager reads first, so the peer's reply comes from the JSON cached for the manager.
    expect((await objective(child.id, tokens.lead)).parentId).toBe(secret.id);
    expect((await objective(child.id, tokens.peer)).parentId).toBeNull();
    const list = await get<{ items: Objective[] }>(`/objectives?owner=platform-1&limit=200`, tokens.peer);
    expect(list.body.items.find((o) => o.id === child.id)?.parentId).toBeNull();
    const byParent = await get<{ items: Objective[] }>(`/objectives?parent=${secret.id}`, tokens.peer);
    expect(byParent.body.items).toEqual([]);
    const tree = await get<{ nodes: TreeNode[] }>(`/tree?cycle=${CYCLE}`, tokens.peer);
    expect(tree.body.nodes.find((n) => n.id === child.id)?.parentId).toBeNull();
    const history = await get<{ items: Revision[] }>(`/objectives/${child.id}/history`, tokens.peer);
    expect(history.body.items.length).toBeGreaterThan(0);
    for (const reply of [list, tree, history]) expect(JSON.stringify(reply.body)).not.toContain(secret.id);
    const leadHistory = await get<{ items: Revision[] }>(`/objectives/${child.id}/history`, tokens.lead);
    expect(JSON.stringify(leadHistory.body)).toContain(secret.id);
  });

  it('says nothing about a hidden object when a chosen id collides with it', async () => {
    const secret = await create(tokens.member, {
      title: 'Private, with a chosen id',
      ownerId: 'platform-1',
      visibility: 'private',
      keyResults: [increase],
    });
    const visible = await create(tokens.member, { title: 'Public', ownerId: 'platform-1', keyResults: [increase] });
    const claim = (id: string) =>
      send<Problem>(
        'POST',
        '/objectives',
        { id, title: 'Take this id', ownerId: 'platform-2', cycleId: CYCLE },
        tokens.peer,
      );
    const hidden = await claim(secret.id);
    const shown = await claim(visible.id);
    expect(hidden.status).toBe(shown.status);
    expect(withoutId(hidden.body, secret.id)).toBe(withoutId(shown.body, visible.id));
    expect(JSON.stringify(hidden.body)).not.toMatch(/exist/);

    const mine = await create(tokens.peer, { title: 'Mine', ownerId: 'platform-2' });
    const claimKr = (id: string) =>
      send<Problem>('POST', `/objectives/${mine.id}/key-results`, { ...increase, id }, tokens.peer);
    const secretKr = (secret.keyResults[0] as KeyResult).id;
    const visibleKr = (visible.keyResults[0] as KeyResult).id;
    const hiddenKr = await claimKr(secretKr);
    const shownKr = await claimKr(visibleKr);
    expect(hiddenKr.status).toBe(shownKr.status);
    expect(withoutId(hiddenKr.body, secretKr)).toBe(withoutId(shownKr.body, visibleKr));
    expect(JSON.stringify(hiddenKr.body)).not.toMatch(/exist/);
  });
});

describe('inputs', () => {
  it('records a check-in on an at-least key result that has no target yet (201, no progress)', async () => {
    const draft = await create(tokens.member, {
      title: 'Keep uptime high',
      ownerId: 'platform-1',
      keyResults: [{ title: 'Uptime at least', type: 'at-least', unit: '%' }],
    });
    const kr = draft.keyResults[0] as KeyResult;
    await get(`/objectives/${draft.id}`);
    const reply = await send<CheckInResult>('POST', `/key-results/${kr.id}/check-ins`, { value: 99.5 });
    expect(reply.status).toBe(201);
    expect(reply.body.keyResult).toMatchObject({ current: 99.5, score: { progress: 0 } });
  });

  it('refuses numbers beyond ±1e15 with 422 at their path', async () => {
    const draft = await create(tokens.member, {
      title: 'Count big things',
      ownerId: 'platform-1',
      keyResults: [increase],
    });
    const kr = draft.keyResults[0] as KeyResult;
    const checkIn = await send<Problem>('POST', `/key-results/${kr.id}/check-ins`, { value: 1e308 });
    expect(checkIn.status).toBe(422);
    expect(checkIn.body.errors?.map((e) => e.path)).toEqual(['value']);
    const target = await send<Problem>('POST', `/objectives/${draft.id}/key-results`, { ...increase, target: 1e16 });
    expect(target.status).toBe(422);
    expect(target.body.errors?.map((e) => e.path)).toEqual(['target']);
    const phased = await send<Problem>(
      'PATCH',
      `/key-results/${kr.id}`,
      { targets: [{ at: '2026-11-30', value: -2e15 }] },
      tokens.member,
      ifMatch(kr.version),
    );
    expect(phased.status).toBe(422);
    expect(phased.body.errors?.map((e) => e.path)).toEqual(['targets[0].value']);
    const nested = await send<Problem>('POST', '/objectives', {
      title: 'Range too wide',
      ownerId: 'platform-1',
      cycleId: CYCLE,
      keyResults: [{ title: 'Stay in range', type: 'range', min: -1e300, max: 1 }],
    });
    expect(nested.status).toBe(422);
    expect(nested.body.errors?.map((e) => e.path)).toEqual(['keyResults[0].min']);
    expect(nested.body.errors?.[0]?.message).toContain('1e15');
  });

  it('compares If-Match strongly (RFC 9110): a weak tag is 412; * and lists work', async () => {
    const draft = await create(tokens.member, { title: 'Versioned goal', ownerId: 'platform-1' });
    const patch = (value: string, title: string) =>
      send<Objective>('PATCH', `/objectives/${draft.id}`, { title }, tokens.member, ifMatch(value));
    expect((await patch(`W/"${draft.version}"`, 'Weak tag')).status).toBe(412);
    expect((await patch(`"998", "999"`, 'Only stale tags')).status).toBe(412);
    expect((await patch(`W/"${draft.version}", "999"`, 'Weak current tag')).status).toBe(412);
    const listed = await patch(`"999", "${draft.version}"`, 'Listed with another tag');
    expect(listed.status).toBe(200);
    const any = await patch('*', 'Any version');
    expect(any.status).toBe(200);
    expect(any.body.version).toBe(listed.body.version + 1);
    expect((await patch('not a tag', 'Garbage')).status).toBe(400);
    const gone = await send('DELETE', `/objectives/${draft.id}`, undefined, tokens.member, ifMatch('*'));
    expect(gone.status).toBe(204);
  });
});

describe('headers', () => {
  it('sends a Content-Security-Policy with every API reply', async () => {
    const csp = "default-src 'none'; frame-ancestors 'none'";
    const replies = [
      await get('/me'),
      await request(server, 'GET', '/me', undefined),
      await get('/no-such-route'),
      await send('POST', '/objectives', { title: '' }),
    ];
    for (const reply of replies) expect(reply.headers.get('content-security-policy')).toBe(csp);
  });

  it('names what a 201 created in Location, also on a replay', async () => {
    const locate = (path: string, location: string | null) =>
      new URL(location ?? 'missing', `${server.baseUrl}${path}`);
    const created = await send<Objective>(
      'POST',
      '/objectives',
      { title: 'Locate me', ownerId: 'platform-1', cycleId: CYCLE },
      tokens.member,
      { 'idempotency-key': 'locate-me' },
    );
    const url = locate('/objectives', created.headers.get('location'));
    expect(url.pathname).toBe(`/objectives/${created.body.id}`);
    expect((await get<Objective>(url.pathname)).body.id).toBe(created.body.id);
    const replay = await send<Objective>(
      'POST',
      '/objectives',
      { title: 'Locate me', ownerId: 'platform-1', cycleId: CYCLE },
      tokens.member,
      { 'idempotency-key': 'locate-me' },
    );
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('location')).toBe(created.headers.get('location'));

    const odd = await send<Objective>('POST', '/objectives', {
      id: 'chosen id #1?',
      title: 'An id that needs encoding',
      ownerId: 'platform-1',
      cycleId: CYCLE,
    });
    const oddUrl = locate('/objectives', odd.headers.get('location'));
    expect(oddUrl.hash).toBe('');
    expect((await get<Objective>(oddUrl.pathname)).body.id).toBe('chosen id #1?');

    const krPath = `/objectives/${created.body.id}/key-results`;
    const kr = await send<KeyResult>('POST', krPath, increase);
    expect(locate(krPath, kr.headers.get('location')).pathname).toBe(`/key-results/${kr.body.id}`);
    const ciPath = `/key-results/${kr.body.id}/check-ins`;
    const checkIn = await send<CheckInResult>('POST', ciPath, { value: 4 });
    const ciUrl = locate(ciPath, checkIn.headers.get('location'));
    expect(`${ciUrl.pathname}${ciUrl.hash}`).toBe(`/key-results/${kr.body.id}/check-ins#${checkIn.body.checkIn.id}`);
    const commentPath = `/objectives/${created.body.id}/comments`;
    const comment = await send<{ id: string }>('POST', commentPath, { body: 'Found it' });
    const commentUrl = locate(commentPath, comment.headers.get('location'));
    expect(`${commentUrl.pathname}${commentUrl.hash}`).toBe(`${commentPath}#${comment.body.id}`);
  });
});
