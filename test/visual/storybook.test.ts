import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, rootDir } from '../../vitest.shared.ts';

/**
 * What a designer sees in Storybook, checked the way they would look at it: every story of both flavours,
 * light and dark, 1280 and 320 px wide, screenshotted into `test-results/storybook/` (kept by CI for people to
 * look at). It fails when text or controls spill out of their box or the page scrolls sideways, when the first
 * control Tab reaches shows no focus ring, or when the React and the lit flavour of a story colour their status
 * and progress differently.
 */

const shots = join(rootDir, 'test-results/storybook');
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 320] as const;
/** Pages rendering stories at once: two cores, one Chromium. */
const CONCURRENCY = 3;

type Theme = (typeof THEMES)[number];
interface Story {
  readonly id: string;
  readonly title: string;
  readonly name: string;
}

let dir = '';
let server: Server;
let browser: Browser;
let base = '';
let stories: Story[] = [];

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'goalkit-storybook-'));
  // The Storybook people browse, built as `pnpm build-storybook` builds it (without the HTML API reference).
  execFileSync('pnpm', ['exec', 'storybook', 'build', '-o', dir, '--quiet'], { cwd: rootDir, stdio: 'ignore' });
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, Story & { type: string }>;
  };
  // GOALKIT_STORIES=<regular expression> checks the stories whose id matches (all by default).
  const only = new RegExp(process.env.GOALKIT_STORIES ?? '');
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && only.test(entry.id));
  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://storybook').pathname);
    try {
      const body = await readFile(join(dir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Open a story in a theme and wait until it rendered, ran its play function and its data settled. The first
 * theme loads the story; the next one switches the toolbar's global in place, as the toolbar does (about a
 * fifth of a page load).
 */
async function show(page: Page, story: Story, theme: Theme, first: boolean): Promise<void> {
  if (first) {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
  } else {
    // The story renders again with the new global (a story that fixes its own theme keeps it).
    await page.evaluate(
      (next) =>
        new Promise<void>((resolve) => {
          type Channel = { emit(event: string, data: unknown): void; once(event: string, listener: () => void): void };
          const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
          if (!channel) return resolve();
          const timer = setTimeout(resolve, 5_000);
          channel.once('storyRendered', () => {
            clearTimeout(timer);
            resolve();
          });
          channel.emit('updateGlobals', { globals: { theme: next } });
        }),
      theme,
    );
  }
  await page.waitForFunction(
    () => {
      const phase = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted';
    },
    null,
    { timeout: 30_000 },
  );
  // Connected stories answer from a fake backend after 150 ms; loading stories never do.
  await page
    .waitForFunction(
      () => {
        const loading = (root: Document | ShadowRoot): boolean =>
          root.querySelector('[data-state="loading"],[data-load-state="loading"]') !== null ||
          [...root.querySelectorAll('*')].some((el) => el.shadowRoot && loading(el.shadowRoot));
        return !loading(document);
      },
      null,
      { timeout: 1_500 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(50);
}

/** Text and controls that spill out of their box, and whether the page scrolls sideways. */
function overflowIn(): string[] {
  const found = new Set<string>();
  const label = (el: Element) => {
    const scope = el.closest('[data-scope]')?.getAttribute('data-scope');
    const part = el.getAttribute('data-part');
    const text = (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${scope ?? ''}${part ? `/${part}` : ` ${el.tagName.toLowerCase()}`} “${text}”`;
  };
  const shown = (el: Element) => {
    const style = getComputedStyle(el);
    // Visually hidden text (clipped to one pixel) is meant to be outside its box.
    return (
      style.display !== 'none' && style.visibility !== 'hidden' && style.clip === 'auto' && style.clipPath === 'none'
    );
  };
  const outside = (inner: DOMRect, outer: DOMRect) =>
    inner.left < outer.left - 1 ||
    inner.right > outer.right + 1 ||
    inner.top < outer.top - 1 ||
    inner.bottom > outer.bottom + 1;
  /** The box that must hold a control: the nearest widget part around it (across shadow roots). */
  const box = (el: Element): Element | undefined => {
    const parent = (node: Element): Element | undefined =>
      node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined);
    for (let up = parent(el); up; up = parent(up)) {
      if (up.hasAttribute('data-part') || up.hasAttribute('data-scope')) return up;
    }
    return undefined;
  };
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!(el instanceof HTMLElement) || !shown(el) || el.closest('[aria-hidden="true"]')) continue;
      const own = el.getBoundingClientRect();
      if (own.width <= 1) continue;
      // Words drawn outside the element that holds them (whitespace may hang at a line's end).
      if (getComputedStyle(el).overflow === 'visible') {
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const spilt = [...(node.textContent ?? '').matchAll(/\S+/g)].find((word) => {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            return outside(range.getBoundingClientRect(), own);
          });
          if (spilt) {
            found.add(
              `text spills out of ${label(el)}: “${spilt[0]}” outside ${Math.round(own.width)}×${Math.round(own.height)}`,
            );
            break;
          }
        }
      }
      // A control wider than the part that holds it.
      if (el.matches('button, input, select, textarea, a[href], [role="button"], [tabindex="0"]')) {
        const holder = box(el);
        if (holder && shown(holder) && getComputedStyle(holder).overflow === 'visible') {
          const outer = holder.getBoundingClientRect();
          if (own.left < outer.left - 1 || own.right > outer.right + 1)
            found.add(
              `${label(el)} sticks out of ${label(holder)}: ${Math.round(own.width)} px in ${Math.round(outer.width)} px`,
            );
        }
      }
    }
  };
  visit(document.body);
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth) found.add(`the page scrolls sideways: ${page.scrollWidth} px`);
  return [...found];
}

/**
 * Press Tab once from the top of the story: the control reached must show a focus ring. Answers whether Tab
 * reached a control of the story, and what is wrong with its ring if anything.
 */
async function focusRing(page: Page): Promise<{ reached: boolean; problem?: string }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // A click on the story's padding sets where sequential navigation starts, as a person's would.
  await page.mouse.click(2, 2);
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (
      !active ||
      active === document.body ||
      !document.querySelector('#storybook-root')?.contains((active.getRootNode() as ShadowRoot).host ?? active)
    )
      return { reached: false };
    const style = getComputedStyle(active);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    if (outline || ring) return { reached: true };
    return {
      reached: true,
      problem: `${active.tagName.toLowerCase()} “${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40)}” has focus and no visible ring`,
    };
  });
}

/** The colours a story gives its status and progress parts, by scope/part/status. */
function statusColours(): Record<string, string[]> {
  const all = (root: ParentNode): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  const parts = /indicator|bar|dot|range|track|fill|marker|segment|badge|status|meter|line|area/;
  const out: Record<string, Set<string>> = {};
  for (const el of all(document)) {
    const part = el.getAttribute('data-part');
    if (!part || !(parts.test(part) || el.hasAttribute('data-status'))) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none') continue;
    const scope = el.closest('[data-scope]')?.getAttribute('data-scope') ?? '';
    const status = el.closest('[data-status]')?.getAttribute('data-status') ?? '';
    // A selected row looks different by design: compare like with like.
    const selected = el.getAttribute('aria-selected') === 'true' ? ' selected' : '';
    const key = `${scope}/${part}/${status} ${el.localName}${selected}`;
    const values = out[key] ?? new Set<string>();
    values.add([style.color, style.backgroundColor, style.borderTopColor, style.fill, style.stroke].join(' '));
    out[key] = values;
  }
  return Object.fromEntries(Object.entries(out).map(([key, values]) => [key, [...values].sort()]));
}

describe('Storybook, as designers see it', () => {
  it('every story of both flavours, light and dark, 1280 and 320 wide: nothing spills, focus shows, flavours agree', async () => {
    const overflow: string[] = [];
    const focus: string[] = [];
    const colours = new Map<string, Record<string, string[]>>();
    let focused = 0;
    let compared = 0;
    const queue = [...stories];
    const worker = async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      for (let story = queue.shift(); story; story = queue.shift()) {
        for (const theme of THEMES) {
          await page.setViewportSize({ width: 1280, height: 800 });
          await show(page, story, theme, theme === THEMES[0]);
          if (theme === 'light') colours.set(story.id, await page.evaluate(statusColours));
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            await page.waitForTimeout(30);
            await page.screenshot({
              path: join(shots, `${story.id}--${theme}-${width}.png`),
              fullPage: true,
            });
            for (const problem of await page.evaluate(overflowIn))
              overflow.push(`${story.id} ${theme} ${width}: ${problem}`);
          }
          await page.setViewportSize({ width: 1280, height: 800 });
          const ring = await focusRing(page);
          if (ring.reached) focused++;
          if (ring.problem) focus.push(`${story.id} ${theme}: ${ring.problem}`);
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const differ: string[] = [];
    for (const [id, react] of colours) {
      const match = /^(widgets-[\w-]+?)-react--(.+)$/.exec(id);
      const lit = match && colours.get(`${match[1]}-elements--${match[2]}`);
      if (!lit) continue;
      for (const [key, values] of Object.entries(react)) {
        const other = lit[key];
        if (other) compared++;
        if (other && other.join() !== values.join())
          differ.push(`${id} ${key}: React ${values.join(' / ')}; lit ${other.join(' / ')}`);
      }
    }

    // The checks ran over what they claim: most stories, most focus rings, many pairs of parts.
    if (!process.env.GOALKIT_STORIES) {
      expect(stories.length).toBeGreaterThan(200);
      expect(focused).toBeGreaterThan(stories.length);
      expect(compared).toBeGreaterThan(200);
    }
    expect({ overflow, focus, differ }).toEqual({ overflow: [], focus: [], differ: [] });
  }, 1_500_000);
});
