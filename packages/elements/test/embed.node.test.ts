import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';
import { keyResultFixture, objectiveFixture } from '../../client/test/fixtures.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TAGS = [
  'gk-progress',
  'gk-key-result',
  'gk-objective-card',
  'gk-check-in-form',
  'gk-check-in-timeline',
  'gk-alignment-tree',
  'gk-goal-editor',
  'gk-cycle-dashboard',
  'gk-feedback-thread',
];

const score = { progress: 0.5, expected: 0.5, status: 'on-track', confidence: null, hasData: true } as const;
const node = (id: string, parentId: string | null, title: string, childCount = 0) => ({
  id,
  parentId,
  title,
  ownerId: `o-${id}`,
  ownerName: `Owner ${id}`,
  ownerKind: 'team',
  childCount,
  score,
});
const comment = {
  id: 'c1',
  objectiveId: 'o1',
  kind: 'kudos',
  body: '<b>Great</b> launch',
  authorId: 'u',
  authorName: 'Ana',
  createdAt: '2026-02-14T10:00:00Z',
};
const fixtures = {
  keyResult: keyResultFixture(),
  objective: objectiveFixture({ allowedTransitions: ['close'] }),
  checkIns: [
    { id: 'c1', keyResultId: 'kr1', at: '2026-01-15T09:00:00Z', value: 21, confidence: 0.5, note: null, authorId: 'u' },
    { id: 'c2', keyResultId: 'kr1', at: '2026-02-10T09:00:00Z', value: 27, confidence: 0.8, note: 'ok', authorId: 'u' },
  ],
  cycle: { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false },
  nodes: [
    node('co', null, 'Grow revenue 30%', 2),
    node('eng', 'co', 'Ship the platform'),
    node('sales', 'co', 'Sign 40 logos'),
  ],
  comments: [comment],
};

/** The reference API, as far as the connected widgets on the page ask it. */
const api: Record<string, unknown> = {
  '/api/objectives/o1': fixtures.objective,
  '/api/objectives/o0': objectiveFixture({ id: 'o0', title: 'Grow revenue 30%', parentId: null }),
  '/api/cycles': { items: [fixtures.cycle] },
  '/api/owners': { items: [{ id: 'growth', kind: 'team', name: 'Growth', parentId: null }] },
  '/api/objectives/o1/comments': { items: [comment] },
  '/api/objectives/o1/lint': {
    objectiveId: 'o1',
    smart: { specific: 80, measurable: 90, achievable: 70, relevant: 80, timeBound: 90, overall: 82 },
    messages: [],
  },
};

let server: Server;
let browser: Browser;
let origin: string;
/** Which of the bundle's files the pages asked for. */
const served = new Set<string>();
/** The `Authorization` header of each API request. */
const authorizations: (string | undefined)[] = [];
/** The open `GET /api/events` streams of <gk-provider live>. */
const liveStreams = new Set<ServerResponse>();
const sendLiveEvent = (type: string, data: unknown) => {
  for (const stream of liveStreams) stream.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
};

beforeAll(async () => {
  // The bundle under test is the one `scripts/build-embed.mjs` writes.
  execFileSync(process.execPath, [here('../scripts/build-embed.mjs')], { stdio: 'ignore' });
  // goalkit.js and the files it imports by itself (the linter and the rescoring engine, loaded lazily).
  const bundles = new Map<string, Buffer>();
  for (const name of await readdir(here('../dist'))) {
    if (/^goalkit[\w.-]*\.js$/.test(name)) bundles.set(`/${name}`, await readFile(here(`../dist/${name}`)));
  }
  // The test pages and their scripts (files: the strict CSP forbids inline scripts).
  const pages = new Map<string, Buffer>();
  for (const name of await readdir(here('./embed-page'))) {
    pages.set(name === 'index.html' ? '/' : `/${name}`, await readFile(here(`./embed-page/${name}`)));
  }
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers: Record<string, string> = url.searchParams.has('csp') ? { 'content-security-policy': CSP } : {};
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(body);
    };
    const page = pages.get(url.pathname);
    if (page && (url.pathname === '/' || url.pathname.endsWith('.html'))) {
      // `?de`: the same page in German: locale="de" on the provider and on each widget outside it (the
      // widgets inside take the provider's).
      const html = url.searchParams.has('de')
        ? page.toString().replace(/<(gk-[\w-]+)(?![\w-]| id="connected-)/g, '<$1 locale="de"')
        : page;
      return send(200, 'text/html; charset=utf-8', html);
    }
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    const bundle = bundles.get(url.pathname);
    if (bundle) {
      served.add(url.pathname);
      return send(200, 'text/javascript', bundle);
    }
    if (page) return send(200, 'text/javascript', page);
    if (url.pathname === '/fixtures.json') return send(200, 'application/json', JSON.stringify(fixtures));
    if (url.pathname.startsWith('/api/')) authorizations.push(request.headers.authorization);
    if (url.pathname === '/api/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', ...headers });
      response.write(': open\n\n');
      liveStreams.add(response);
      response.on('close', () => liveStreams.delete(response));
      return;
    }
    if (url.pathname in api) return send(200, 'application/json', JSON.stringify(api[url.pathname]));
    if (url.pathname.startsWith('/api/')) {
      return send(
        404,
        'application/problem+json',
        JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }),
      );
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(query: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Runs before any page script (init scripts are not subject to the page's CSP).
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __gk: { violations: string[] } }).__gk = { violations };
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    // Every text the widgets show, from their first render on: each shadow root is watched from the
    // moment it is attached.
    const seen: string[] = [];
    (window as unknown as { __gkSeen: string[] }).__gkSeen = seen;
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      new MutationObserver(() => seen.push(`${this.localName}#${this.id}: ${root.textContent}`)).observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      return root;
    };
  });
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('body[data-ready]');
  return { page, problems };
}

/** What each widget shows: its root part's state, and whether it rendered anything at all. */
const rendered = (page: Page) =>
  page.evaluate((tags) => {
    const out: Record<string, string> = {};
    for (const element of document.querySelectorAll(tags.join(','))) {
      const root = element.shadowRoot?.querySelector('[data-part="root"]');
      const state = root?.getAttribute('data-state');
      out[element.id] = !root
        ? 'nothing'
        : state === 'loading' || state === 'error' || state === 'empty'
          ? state
          : 'data';
    }
    return out;
  }, TAGS);

const allData = (page: Page) =>
  page
    .waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags.join(','))].every((element) => {
          const root = element.shadowRoot?.querySelector('[data-part="root"]');
          const state = root?.getAttribute('data-state');
          return root && state !== 'loading' && state !== 'error' && state !== 'empty';
        }),
      TAGS,
      { timeout: 10_000 },
    )
    .catch(async (error: unknown) => {
      throw new Error(`not every widget shows its data: ${JSON.stringify(await rendered(page))}`, { cause: error });
    });

describe('the embed bundle (goalkit.js)', () => {
  it('renders every widget in a plain HTML page from one script tag', async () => {
    const { page, problems } = await open('');
    await allData(page);
    expect(await rendered(page)).toEqual({
      progress: 'data',
      'key-result': 'data',
      card: 'data',
      form: 'data',
      timeline: 'data',
      tree: 'data',
      editor: 'data',
      dashboard: 'data',
      thread: 'data',
      'connected-card': 'data',
      'connected-thread': 'data',
    });
    await page.locator('#connected-card').getByText('SMART score 82 of 100').waitFor();
    expect(problems).toEqual([]);
    // The client's errors keep their names in the minified bundle (pages tell them apart by name). Asked
    // last: the browser logs the 404 it provokes.
    // A string, so the test's own transform leaves its import() alone.
    // The client is in goalkit-provider.js (the file <gk-provider> loads), which page scripts import.
    const errorName = await page.evaluate(`(async () => {
      const { createClient } = await import('/goalkit-provider.js');
      try {
        await createClient({ baseUrl: '/api' }).objectives.get('missing');
        return 'no error';
      } catch (error) {
        return error.name;
      }
    })()`);
    expect(errorName).toBe('HttpError');
    await page.close();
  });

  it('renders and works under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    served.clear();
    const { page, problems } = await open('?csp');
    await allData(page);
    expect(Object.values(await rendered(page)).every((state) => state === 'data')).toBe(true);
    // Styles arrive through adopted stylesheets and CSSOM, which style-src 'self' allows.
    const fill = await page.evaluate(() => {
      const range = document.querySelector('#progress')?.shadowRoot?.querySelector<HTMLElement>('[data-part="range"]');
      return range ? getComputedStyle(range).inlineSize : 'none';
    });
    expect(fill).not.toBe('0px');
    // Work with a few widgets: check in, open the tree with the keyboard, post a comment.
    await page.locator('#form').getByRole('textbox', { name: 'New value (%)' }).fill('30');
    await page.locator('#form').getByRole('button', { name: 'Check in' }).click();
    await page
      .locator('#tree')
      .getByRole('treeitem', { name: /^Ship the platform/ })
      .click();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.locator('#connected-card').getByRole('button', { name: 'Show 1 key result' }).click();
    await page
      .locator('#connected-card')
      .getByRole('heading', { name: /Raise week-1 activation/ })
      .waitFor();
    const state = await page.evaluate(
      () => (window as unknown as { __gk: { events: { type: string; detail: unknown }[]; violations: string[] } }).__gk,
    );
    expect(state.events.map((e) => e.type)).toEqual(['gk-check-in', 'gk-select', 'gk-select']);
    expect(state.events[0]?.detail).toMatchObject({ keyResultId: 'kr1', value: 30 });
    expect(state.events[2]?.detail).toEqual({ objectiveId: 'co' });
    expect(state.violations).toEqual([]);
    // <gk-provider live> has loaded its connection (goalkit-live.js) under the same policy: an event
    // refreshes what it names.
    await vi.waitFor(() => expect(liveStreams.size).toBe(1), { timeout: 10_000 });
    const comments = api['/api/objectives/o1/comments'];
    api['/api/objectives/o1/comments'] = {
      items: [comment, { ...comment, id: 'c2', kind: 'comment', body: 'The new flow is live' }],
    };
    try {
      sendLiveEvent('comment.created', { objectiveId: 'o1', commentId: 'c2' });
      await page.locator('#connected-thread').getByText('The new flow is live').waitFor();
    } finally {
      api['/api/objectives/o1/comments'] = comments;
    }
    // Each widget's file, the goal editor's linter, the engine behind the check-in's optimistic score and
    // the live-events connection load by themselves, under the same policy, and nothing else does (no
    // approval list on this page, no German).
    expect([...served].sort()).toEqual([
      '/goalkit-alignment-tree.js',
      '/goalkit-check-in-form.js',
      '/goalkit-check-in-timeline.js',
      '/goalkit-cycle-dashboard.js',
      '/goalkit-feedback-thread.js',
      '/goalkit-goal-editor.js',
      '/goalkit-key-result.js',
      '/goalkit-lint.js',
      '/goalkit-live.js',
      '/goalkit-objective-card.js',
      '/goalkit-progress.js',
      '/goalkit-provider.js',
      '/goalkit-rescore.js',
      '/goalkit-shared.js',
      '/goalkit.js',
    ]);
    expect(problems.filter((p) => /Content Security Policy|Trusted Type/i.test(p))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads the German words from goalkit-de.js when widgets render in German, and shows no English first', async () => {
    served.clear();
    const { page, problems } = await open('?de&csp');
    await allData(page);
    await page.locator('#progress').getByRole('meter', { name: 'Activation' }).waitFor();
    await page.locator('#connected-card').getByText('SMART-Wert 82 von 100').waitFor();
    await page.locator('#form').getByRole('button', { name: 'Update speichern' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { __gkSeen: string[] }).__gkSeen.join(' '));
    expect(seen).toContain('Wird geladen …');
    for (const english of ['Loading…', 'SMART score', 'Key results', 'on track', 'at risk', 'Progress'])
      expect(seen).not.toContain(english);
    expect([...served].sort()).toContain('/goalkit-de.js');
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** The page's CSP violations and the events it recorded (see the init script in `open`). */
const pageState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __gk: { violations: string[]; events: { type: string }[] } }).__gk);

describe('the embed bundle loads only what the page uses', () => {
  it('has a budget in .size-limit.js for each of its files on its own', async () => {
    const config: { default: { path: string | string[]; limit?: string }[] } = await import(
      pathToFileURL(here('../../../.size-limit.js')).href
    );
    const budgeted = config.default.flatMap(({ path, limit }) =>
      limit && [path].flat().length === 1 ? [[path].flat()[0]?.split('/').at(-1)] : [],
    );
    const files = (await readdir(here('../dist'))).filter((name) => /^goalkit[\w.-]*\.js$/.test(name));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((name) => !budgeted.includes(name))).toEqual([]);
  });

  it('a page with only <gk-objective-card> fetches goalkit.js, the shared file and the card (with the key result and the progress it renders)', async () => {
    served.clear();
    const { page, problems } = await open('card.html?csp');
    const card = page.getByRole('article', { name: 'Make onboarding effortless for new customers' });
    await card.getByRole('button', { name: 'Show 1 key result' }).click();
    await card.getByRole('heading', { name: /Raise week-1 activation/ }).waitFor();
    await card.getByRole('meter').first().waitFor();
    expect([...served].sort()).toEqual([
      '/goalkit-key-result.js',
      '/goalkit-objective-card.js',
      '/goalkit-progress.js',
      '/goalkit-shared.js',
      '/goalkit.js',
    ]);
    expect((await pageState(page)).violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('defines a widget the page adds later by script, fetching its file only then, under the strict CSP', async () => {
    served.clear();
    const { page, problems } = await open('card.html?csp');
    await page.getByRole('article', { name: 'Make onboarding effortless for new customers' }).waitFor();
    expect(served.has('/goalkit-feedback-thread.js')).toBe(false);
    // Created, given its data and inserted by script (the page's own code; under the policy, evaluate
    // stands in for a script file), then one more inside an element inserted with it.
    await page.evaluate(async () => {
      const fixtures = await (await fetch('/fixtures.json')).json();
      const thread = document.createElement('gk-feedback-thread');
      Object.assign(thread, { id: 'later-thread', objectiveId: 'o1', comments: fixtures.comments });
      document.querySelector('main')?.append(thread);
      const section = document.createElement('section');
      const progress = section.appendChild(document.createElement('gk-progress'));
      progress.setAttribute('label', 'Later');
      progress.setAttribute('progress', '0.3');
      document.querySelector('main')?.append(section);
    });
    await page.locator('#later-thread').getByText('Kudos from Ana').waitFor();
    await page.getByRole('meter', { name: 'Later' }).waitFor();
    expect(served.has('/goalkit-feedback-thread.js')).toBe(true);
    expect(served.has('/goalkit-goal-editor.js')).toBe(false);
    // An element kept out of the document is defined on request; an unknown tag is a clear error.
    const asked = await page.evaluate(`(async () => {
      const { loadWidget } = await import('/goalkit.js');
      const timeline = await loadWidget('gk-check-in-timeline');
      let unknown;
      try { await loadWidget('gk-nope'); } catch (error) { unknown = error.name + ': ' + error.message; }
      return { same: timeline === customElements.get('gk-check-in-timeline'), unknown };
    })()`);
    expect(asked).toEqual({
      same: true,
      unknown: expect.stringMatching(
        /^TypeError: goalkit has no <gk-nope>: the tags it defines are gk-provider, .*gk-objective-card/,
      ),
    });
    expect(served.has('/goalkit-check-in-timeline.js')).toBe(true);
    expect((await pageState(page)).violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a widget added later to a German page renders in German (the words arrived before its file)', async () => {
    served.clear();
    const { page, problems } = await open('card.html?de&csp');
    await page.getByRole('button', { name: '1 Schlüsselergebnis anzeigen' }).waitFor();
    expect(served.has('/goalkit-de.js')).toBe(true);
    await page.evaluate(async () => {
      const fixtures = await (await fetch('/fixtures.json')).json();
      const thread = document.createElement('gk-feedback-thread');
      Object.assign(thread, { id: 'later-thread', locale: 'de', objectiveId: 'o1', comments: fixtures.comments });
      document.querySelector('main')?.append(thread);
    });
    await page.locator('#later-thread').getByRole('button', { name: 'Senden' }).waitFor();
    await page.locator('#later-thread').getByText('Anerkennung von Ana').waitFor();
    expect((await pageState(page)).violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a connected card adds goalkit-provider.js, which takes the token the page set before it arrived', async () => {
    served.clear();
    authorizations.length = 0;
    const { page, problems } = await open('connected-card.html?csp');
    await page
      .getByRole('article', { name: 'Make onboarding effortless for new customers' })
      .getByText('SMART score 82 of 100')
      .waitFor();
    // And the rescoring engine, which the provider's check-in mutation loads once it is set up.
    expect([...served].sort()).toEqual([
      '/goalkit-key-result.js',
      '/goalkit-objective-card.js',
      '/goalkit-progress.js',
      '/goalkit-provider.js',
      '/goalkit-rescore.js',
      '/goalkit-shared.js',
      '/goalkit.js',
    ]);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((header) => header === 'Bearer page-token')).toBe(true);
    expect((await pageState(page)).violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
