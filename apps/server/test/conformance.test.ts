import { runCli } from '@goalkit/cli';
import { type CheckResult, runConformance } from '@goalkit/cli/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const bearer = (init: RequestInit | undefined) => new Headers(init?.headers).get('authorization') ?? '';
const asAdmin = (init: RequestInit | undefined): RequestInit => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${tokens.admin}`);
  return { ...init, headers };
};
const pathOf = (input: RequestInfo | URL) => new URL(String(input)).pathname;
const run = (fetch: typeof globalThis.fetch) =>
  runConformance({ baseUrl: server.baseUrl, token: tokens.member, secondToken: tokens.peer, fetch });
const verdict = (results: CheckResult[], id: string) => results.find((r) => r.id === id);

describe('goalkit conformance against the reference server', () => {
  it('passes every check of the contract, the authorisation checks included', async () => {
    const results = await runConformance({ baseUrl: server.baseUrl, token: tokens.member, secondToken: tokens.peer });
    expect(results.filter((r) => r.status !== 'passed')).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(28);
    expect(results.filter((r) => r.id.startsWith('authz.'))).toHaveLength(8);
  });

  it('reports the authorisation checks as skipped without a second token, and exits 3', async () => {
    const results = await runConformance({ baseUrl: server.baseUrl, token: tokens.member });
    const authz = results.filter((r) => r.id.startsWith('authz.'));
    expect(authz.map((r) => r.status)).toEqual(Array(8).fill('skipped'));
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
    const out: string[] = [];
    const io = {
      stdout: { write: (s: string) => void out.push(s) },
      stderr: { write: (s: string) => void out.push(s) },
    };
    const code = await runCli(['conformance', '--base-url', server.baseUrl, '--token', tokens.member], io);
    expect(code).toBe(3);
    expect(out.join('')).toMatch(/\d+ passed, 0 failed, 8 skipped/);
  });

  it('fails, with reasons, against a backend that breaks a reply schema', async () => {
    const broken: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (pathOf(input).startsWith('/objectives/') && (init?.method ?? 'GET') === 'GET' && response.status === 200) {
        const body = (await response.json()) as Record<string, unknown>;
        delete body.score;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      }
      return response;
    };
    const results = await run(broken);
    expect(verdict(results, 'objectives.etag')).toMatchObject({
      status: 'failed',
      detail: expect.stringContaining('score'),
    });
  });
});

// Deliberately broken backends, one rule each: the suite must catch every one.
describe('goalkit conformance catches a backend that', () => {
  it('gives everyone the admin’s view of GET /objectives', async () => {
    const results = await run((input, init) =>
      fetch(
        input,
        pathOf(input) === '/objectives' && (init?.method ?? 'GET') === 'GET' && bearer(init).includes(tokens.peer)
          ? asAdmin(init)
          : init,
      ),
    );
    expect(verdict(results, 'authz.lists')?.status).toBe('failed');
  });

  it('shows the whole tree to everyone', async () => {
    const results = await run((input, init) => fetch(input, pathOf(input) === '/tree' ? asAdmin(init) : init));
    expect(verdict(results, 'authz.tree')?.status).toBe('failed');
  });

  it('says 403 for a goal that exists but is hidden, and 404 for a missing one', async () => {
    const results = await run(async (input, init) => {
      const response = await fetch(input, init);
      if (
        response.status === 404 &&
        bearer(init).includes(tokens.peer) &&
        /^\/objectives\/[^/]+$/.test(pathOf(input))
      ) {
        const exists = await fetch(input, { headers: { authorization: `Bearer ${tokens.admin}` } });
        if (exists.status === 200)
          return new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 }), {
            status: 403,
            headers: { 'content-type': 'application/problem+json' },
          });
      }
      return response;
    });
    expect(verdict(results, 'authz.private')?.status).toBe('failed');
  });

  it('names the hidden goal in a key-result route’s 404', async () => {
    const results = await run(async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 404 && pathOf(input).startsWith('/key-results/') && bearer(init).includes(tokens.peer)) {
        const id = pathOf(input).split('/')[2] as string;
        const exists = await fetch(new URL(`/key-results/${id}/check-ins`, server.baseUrl), asAdmin(undefined));
        if (exists.status === 200)
          return new Response(
            JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Objective is private' }),
            { status: 404, headers: { 'content-type': 'application/problem+json' } },
          );
      }
      return response;
    });
    expect(verdict(results, 'authz.subroutes')?.status).toBe('failed');
  });

  it('streams every live event to everyone', async () => {
    const results = await run((input, init) => fetch(input, pathOf(input) === '/events' ? asAdmin(init) : init));
    expect(verdict(results, 'authz.events')?.status).toBe('failed');
  });

  it('replays an Idempotency-Key to another person', async () => {
    const seen = new Map<string, { status: number; text: string; type: string }>();
    const results = await run(async (input, init) => {
      const key = new Headers(init?.headers).get('idempotency-key');
      const earlier = key ? seen.get(key) : undefined;
      if (earlier)
        return new Response(earlier.text, {
          status: earlier.status,
          headers: { 'content-type': earlier.type, 'idempotent-replayed': 'true' },
        });
      const response = await fetch(input, init);
      if (key) {
        const text = await response.clone().text();
        seen.set(key, { status: response.status, text, type: response.headers.get('content-type') ?? '' });
      }
      return response;
    });
    expect(verdict(results, 'authz.idempotency')?.status).toBe('failed');
  });

  it('ignores If-Match on DELETE', async () => {
    const results = await run(async (input, init) => {
      if (init?.method === 'DELETE' && new Headers(init.headers).has('if-match')) {
        const objectiveOrKr = pathOf(input).startsWith('/key-results/')
          ? null
          : await fetch(input, { headers: { authorization: bearer(init) } });
        if (objectiveOrKr?.ok) {
          const headers = new Headers(init.headers);
          headers.set('if-match', objectiveOrKr.headers.get('etag') ?? '');
          return fetch(input, { ...init, headers });
        }
      }
      return fetch(input, init);
    });
    expect(verdict(results, 'ifMatch.everyWrite')?.status).toBe('failed');
  });

  it('accepts numbers no score can hold', async () => {
    const results = await run((input, init) => {
      if (init?.method === 'POST' && pathOf(input).endsWith('/check-ins') && typeof init.body === 'string') {
        const body = JSON.parse(init.body) as { value?: number };
        if (typeof body.value === 'number' && Math.abs(body.value) > 1e15)
          return fetch(input, { ...init, body: JSON.stringify({ ...body, value: 1 }) });
      }
      return fetch(input, init);
    });
    expect(verdict(results, 'numbers.finite')?.status).toBe('failed');
  });
});
