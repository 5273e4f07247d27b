import { createClient } from '@goalkit/client';
import { QueryClient } from '@tanstack/query-core';
import '../src/define/gk-provider.js';

export {
  hang,
  json,
  keyResultFixture,
  objectiveFixture,
  problem,
  scriptedFetch,
} from '../../client/test/fixtures.js';

type Fetch = typeof globalThis.fetch;

/** Parse markup into the page inside a wrapper, the way a CMS page would hold it. */
export function mount<TElement extends Element>(markup: string, selector: string): TElement {
  const host = document.createElement('div');
  host.append(document.createRange().createContextualFragment(markup));
  document.body.append(host);
  const element = host.querySelector<TElement>(selector);
  if (!element) throw new Error(`mount: nothing matches ${selector} in ${markup}`);
  return element;
}

/** Mount markup inside a `<gk-provider>` whose client talks to `fetch` (a scripted one: nothing is mocked). */
export function mountConnected<TElement extends Element>(
  markup: string,
  selector: string,
  fetch: Fetch,
  options: { locale?: string; assist?: boolean } = {},
) {
  const client = createClient({ baseUrl: 'https://api.test', fetch, retry: false });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  const provider = document.createElement('gk-provider');
  provider.client = client;
  provider.queryClient = queryClient;
  if (options.locale) provider.locale = options.locale;
  if (options.assist) provider.assist = true;
  provider.append(document.createRange().createContextualFragment(markup));
  document.body.append(provider);
  const element = provider.querySelector<TElement>(selector);
  if (!element) throw new Error(`mountConnected: nothing matches ${selector}`);
  return { element, provider, client, queryClient };
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

/** The text a person sees in an element's shadow root part: rendered text, so block boundaries separate words. */
export function partText(element: Element, part: string): string | undefined {
  const node = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads (dt/dd apart).
  return node?.innerText.replace(/\s+/g, ' ').trim();
}

/** Collect an element's events of one type. */
export function record<TEvent extends Event>(target: EventTarget, type: string): TEvent[] {
  const events: TEvent[] = [];
  target.addEventListener(type, (event) => events.push(event as TEvent));
  return events;
}

/** An XSS payload that must show up as text, never run or become markup. */
export const XSS = '<img src=x onerror="globalThis.__gkPwned=1"><script>globalThis.__gkPwned=1</script>';

/** `GET /cycles` as the contract answers it. */
export const cyclesReply = () => ({
  items: [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false }],
});

/** `GET /owners` as the contract answers it. */
export const ownersReply = () => ({
  items: [
    { id: 'growth', kind: 'team' as const, name: 'Growth', parentId: null },
    { id: 'ana', kind: 'person' as const, name: 'Ana', parentId: 'growth' },
  ],
});

/** The element that has focus, looking inside shadow roots (`document.activeElement` stops at the host). */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Assert that a locator's element has focus, waiting for the render that moves it. */
export async function expectFocus(locator: { element(): Element }): Promise<void> {
  const { expect, vi } = await import('vitest');
  await vi.waitFor(() => expect(focused()).toBe(locator.element()));
}
