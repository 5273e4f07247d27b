import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-provider.js';
import '../define/gk-key-result.js';
import '../define/gk-objective-card.js';
import { json, keyResultFixture, objectiveFixture, partText, problem, routedFetch } from '../../test/connected.js';
import type { GkKeyResult } from '../gk-key-result/gk-key-result.js';
import type { GkProvider } from './gk-provider.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** A provider whose built client talks to `fetch`, around some markup. */
function mountProvider(attributes: Record<string, string>, markup: string, fetch: typeof globalThis.fetch) {
  const provider = document.createElement('gk-provider');
  for (const [name, value] of Object.entries(attributes)) provider.setAttribute(name, value);
  provider.fetch = fetch;
  provider.append(document.createRange().createContextualFragment(markup));
  document.body.append(provider);
  return provider;
}

/**
 * A fetch that answers `GET …/events` with an event stream the test writes to (and records whether the
 * provider let go of it), and every other request from `routes`.
 */
function liveFetch(routes: Parameters<typeof routedFetch>[0]) {
  const routed = routedFetch(routes);
  const streams: { url: string; headers: Headers; closed: boolean; send(type: string, data: unknown): void }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (new URL(String(input)).pathname !== '/events') return routed.fetch(input, init);
    const encoder = new TextEncoder();
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    const stream = {
      url: String(input),
      headers: new Headers(init?.headers),
      closed: false,
      send: (type: string, data: unknown) =>
        controller?.enqueue(encoder.encode(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`)),
    };
    streams.push(stream);
    init?.signal?.addEventListener('abort', () => (stream.closed = true), { once: true });
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        controller = c;
      },
      cancel: () => {
        stream.closed = true;
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  };
  return { fetch, calls: routed.calls, streams };
}

/** Long enough for the provider's load of the live-events code to have settled, whichever way. */
async function liveCodeSettled() {
  await import('@goalkit/client/live');
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('<gk-provider>', () => {
  it('builds a client from base-url; the token is set by script and never shows in the DOM', async () => {
    const { fetch, calls } = routedFetch({ 'GET /api/goalkit/objectives/o1': () => json(objectiveFixture()) });
    const provider = document.createElement('gk-provider');
    provider.setAttribute('base-url', 'https://hr.example.com/api/goalkit');
    provider.fetch = fetch;
    provider.token = 'secret-token';
    provider.append(document.createElement('gk-key-result'));
    provider.firstElementChild?.setAttribute('objective-id', 'o1');
    provider.firstElementChild?.setAttribute('key-result-id', 'kr1');
    document.body.append(provider);
    await expect.element(page.getByRole('heading', { name: /Raise week-1 activation/ })).toBeVisible();
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(document.body.outerHTML).not.toContain('secret-token');
    expect(provider.getAttributeNames()).toEqual(['base-url']);
    provider.getToken = async () => 'fresher';
    await provider.context?.queryClient.refetchQueries();
    await vi.waitFor(() => expect(calls.at(-1)?.headers.get('authorization')).toBe('Bearer fresher'));
  });

  it('shares one client and one cache, and its locale, with every widget inside', async () => {
    const { fetch, calls } = routedFetch({ 'GET /objectives/o1': () => json(objectiveFixture()) });
    const provider = mountProvider(
      { 'base-url': 'https://api.test', locale: 'de', auth: 'none' },
      `<section><gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result></section>
       <gk-key-result objective-id="o1" key-result-id="kr1" locale="en"></gk-key-result>`,
      fetch,
    );
    const [german, english] = [...provider.querySelectorAll('gk-key-result')] as GkKeyResult[];
    await vi.waitFor(() => expect(german?.shadowRoot?.querySelector('[part="value"]')?.textContent).toContain('von'));
    expect(english?.shadowRoot?.querySelector('[part="value"]')?.textContent).toContain(' of ');
    expect(calls.filter((c) => c.path === '/objectives/o1')).toHaveLength(1);
    provider.locale = 'en';
    await vi.waitFor(() => expect(german?.shadowRoot?.querySelector('[part="value"]')?.textContent).toContain(' of '));
  });

  it('serves a widget that connected outside it first, once it moves in', async () => {
    const { fetch } = routedFetch({ 'GET /objectives/o1': () => json(objectiveFixture()) });
    const provider = document.createElement('gk-provider') as GkProvider;
    const widget = document.createElement('gk-key-result') as GkKeyResult;
    widget.setAttribute('objective-id', 'o1');
    widget.setAttribute('key-result-id', 'kr1');
    // The widget connects first, outside any provider, then moves in.
    document.body.append(widget);
    provider.setAttribute('base-url', 'https://api.test');
    provider.setAttribute('auth', 'none');
    provider.fetch = fetch;
    document.body.append(provider);
    provider.append(widget);
    await vi.waitFor(() =>
      expect(widget.shadowRoot?.querySelector('[part="value"]')?.textContent).toMatch(/^27 of 35\s% \(from 20\)$/),
    );
  });

  it('with `live`, loads the live-events code, refreshes what each event names, and lets go when it leaves', async () => {
    let current = 27;
    const { fetch, streams } = liveFetch({
      'GET /objectives/o1': () =>
        json(objectiveFixture({ version: current === 27 ? 7 : 8, keyResults: [keyResultFixture({ current })] })),
    });
    const provider = mountProvider(
      { 'base-url': 'https://api.test', live: '' },
      '<gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
      fetch,
    );
    provider.token = 't0k';
    const widget = provider.querySelector('gk-key-result') as GkKeyResult;
    await vi.waitFor(() => expect(partText(widget, 'value')).toBe('27 of 35 % (from 20)'));
    await vi.waitFor(() => expect(streams).toHaveLength(1));
    expect(streams[0]?.url).toBe('https://api.test/events');
    expect(streams[0]?.headers.get('authorization')).toBe('Bearer t0k');
    current = 30;
    streams[0]?.send('objective.updated', { objectiveId: 'o1', version: 8 });
    await vi.waitFor(() => expect(partText(widget, 'value')).toBe('30 of 35 % (from 20)'));
    provider.remove();
    await vi.waitFor(() => expect(streams[0]?.closed).toBe(true));
  });

  it('opens no connection when it leaves the page before the live-events code is there', async () => {
    const { fetch, streams } = liveFetch({});
    const provider = mountProvider({ 'base-url': 'https://api.test', live: '' }, '', fetch);
    provider.remove();
    await liveCodeSettled();
    expect(streams).toEqual([]);
  });

  it('connects with the settings it has when the live-events code arrives, not the ones it asked with', async () => {
    const { fetch, streams } = liveFetch({});
    const provider = mountProvider({ 'base-url': 'https://old.test', live: '', auth: 'none' }, '', fetch);
    // Moved elsewhere in the page with another base-url, before the code has loaded.
    provider.remove();
    provider.setAttribute('base-url', 'https://new.test');
    document.body.append(provider);
    await vi.waitFor(() => expect(streams).toHaveLength(1));
    // And once more without `live`: the connection closes and no other opens.
    provider.remove();
    provider.removeAttribute('live');
    document.body.append(provider);
    await liveCodeSettled();
    expect(streams.map((s) => [s.url, s.closed])).toEqual([['https://new.test/events', true]]);
  });

  describe('waits for credentials', () => {
    /** The reference API's answer to a request: 401 unless it carries one of `accepted`. */
    function guardedFetch(accepted: string[]) {
      const owners = { items: [{ id: 'growth', kind: 'team', name: 'Growth team', parentId: null }] };
      const routed = routedFetch({
        'GET /api/objectives/o1': () => json(objectiveFixture({ parentId: null })),
        'GET /api/cycles': () => json({ items: [] }),
        'GET /api/owners': () => json(owners),
        'GET /api/objectives/o1/lint': () => problem(404),
      });
      const statuses: number[] = [];
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const token = new Headers(init?.headers).get('authorization')?.replace('Bearer ', '');
        const response =
          token && accepted.includes(token) ? await routed.fetch(input, init) : problem(401, { title: 'Unauthorized' });
        statuses.push(response.status);
        return response;
      };
      return { fetch, calls: routed.calls, statuses };
    }

    /** The README's page: goalkit.js has upgraded the widgets in the HTML before the page's own script runs. */
    function readmePage(fetch: typeof globalThis.fetch) {
      const provider = document.createElement('gk-provider');
      provider.setAttribute('base-url', 'https://hr.example.com/api');
      provider.fetch = fetch;
      provider.append(
        document
          .createRange()
          .createContextualFragment(
            '<gk-objective-card objective-id="o1"></gk-objective-card><gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
          ),
      );
      document.body.append(provider);
      return provider;
    }

    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

    it('sends nothing until the page sets getToken, then loads everything with it: no 401, owner names resolved', async () => {
      const { fetch, statuses } = guardedFetch(['t1']);
      const provider = readmePage(fetch);
      await settle();
      expect(statuses).toEqual([]);
      await expect.element(page.getByText('Loading…').first()).toBeVisible();
      // The page's module script, after goalkit.js.
      provider.getToken = () => 't1';
      const card = page.getByRole('article', { name: 'Make onboarding effortless for new customers' });
      await expect.element(card).toHaveTextContent('Growth team');
      await expect.element(page.getByRole('heading', { name: /Raise week-1 activation/ })).toBeVisible();
      expect(statuses.filter((status) => status === 401)).toEqual([]);
      expect(statuses.length).toBeGreaterThan(0);
      expect(document.body.textContent).not.toContain('could not be loaded');
    });

    it('sends nothing while getToken returns nothing, and loads when getToken is set again', async () => {
      const { fetch, statuses } = guardedFetch(['t1']);
      const provider = readmePage(fetch);
      let stored: string | null = null;
      const getToken = () => stored;
      provider.getToken = getToken;
      await settle();
      expect(statuses).toEqual([]);
      stored = 't1';
      provider.getToken = getToken;
      await expect
        .element(page.getByRole('article', { name: 'Make onboarding effortless for new customers' }))
        .toHaveTextContent('Growth team');
      expect(statuses).not.toContain(401);
    });

    it('after a 401 fires gk-unauthorized, never resends that token, shows loading, and loads with the next one', async () => {
      const { fetch, calls, statuses } = guardedFetch(['fresh']);
      const provider = readmePage(fetch);
      const unauthorized: Event[] = [];
      document.addEventListener('gk-unauthorized', (event) => unauthorized.push(event), { once: true });
      provider.token = 'expired';
      await vi.waitFor(() => expect(unauthorized).toHaveLength(1));
      await settle();
      const refused = statuses.filter((status) => status === 401).length;
      // Each request the widgets had in flight was refused once; none was retried with the same token.
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThanOrEqual(5);
      expect(document.body.textContent).not.toContain('could not be loaded');
      await expect.element(page.getByText('Loading…').first()).toBeVisible();
      provider.token = 'fresh';
      await expect
        .element(page.getByRole('article', { name: 'Make onboarding effortless for new customers' }))
        .toHaveTextContent('Growth team');
      expect(statuses.filter((status) => status === 401)).toHaveLength(refused);
      expect(calls.every((call) => call.headers.get('authorization') === 'Bearer fresh')).toBe(true);
    });

    it('with auth="none", sends the requests at once, without a token', async () => {
      const { fetch, calls } = routedFetch({ 'GET /objectives/o1': () => json(objectiveFixture()) });
      mountProvider(
        { 'base-url': 'https://api.test', auth: 'none' },
        '<gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
        fetch,
      );
      await expect.element(page.getByRole('heading', { name: /Raise week-1 activation/ })).toBeVisible();
      expect(calls[0]?.headers.has('authorization')).toBe(false);
    });
  });
});
