import { runConformance } from '@goalkit/cli/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('goalkit conformance against the reference server', () => {
  it('passes every check of the contract', async () => {
    const results = await runConformance({ baseUrl: server.baseUrl, token: tokens.member, secondToken: tokens.peer });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(20);
  });

  it('fails, with reasons, against a backend that breaks the contract', async () => {
    const broken: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = new URL(String(input));
      if (url.pathname.startsWith('/objectives/') && (init?.method ?? 'GET') === 'GET' && response.status === 200) {
        const body = (await response.json()) as Record<string, unknown>;
        delete body.score;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      }
      return response;
    };
    const results = await runConformance({ baseUrl: server.baseUrl, token: tokens.member, fetch: broken });
    const etag = results.find((r) => r.id === 'objectives.etag');
    expect(etag?.ok).toBe(false);
    expect(etag?.detail).toContain('score');
  });
});
