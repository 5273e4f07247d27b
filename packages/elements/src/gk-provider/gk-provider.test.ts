import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-provider.js';
import '../define/gk-key-result.js';
import { json, objectiveFixture, routedFetch } from '../../test/connected.js';
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
      { 'base-url': 'https://api.test', locale: 'de' },
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
    provider.fetch = fetch;
    document.body.append(provider);
    provider.append(widget);
    await vi.waitFor(() =>
      expect(widget.shadowRoot?.querySelector('[part="value"]')?.textContent).toMatch(/^27 of 35\s% \(from 20\)$/),
    );
  });
});
