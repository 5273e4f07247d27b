import { createClient } from '@goalkit/client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { GoalkitProvider } from '../src/GoalkitProvider.js';

export { json, keyResultFixture, objectiveFixture, problem, scriptedFetch } from '../../client/test/fixtures.js';

type Fetch = typeof globalThis.fetch;

/** Render a connected widget inside a provider whose client talks to `fetch` (a scripted one: nothing is mocked). */
export function renderConnected(ui: ReactElement, fetch: Fetch, options: { locale?: string; assist?: boolean } = {}) {
  const client = createClient({ baseUrl: 'https://api.test', fetch, retry: false });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  const result = render(
    <GoalkitProvider client={client} queryClient={queryClient} locale={options.locale} assist={options.assist}>
      {ui}
    </GoalkitProvider>,
  );
  return { ...result, queryClient, client };
}

/** A fetch that routes by method and path, and records every call. */
export function routedFetch(routes: Record<string, (body: unknown) => Response | Promise<Response>>) {
  const calls: { method: string; path: string; body: unknown; headers: Headers }[] = [];
  const fetch: Fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: url.pathname + url.search, body, headers: new Headers(init?.headers) });
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) {
      return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }), {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      });
    }
    return handler(body);
  };
  return { fetch, calls };
}
