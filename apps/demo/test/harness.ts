import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';
import { createDemoServer } from '../src/serve.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const repo = here('../../../');
/** Screenshots land here; CI keeps the folder as an artefact. */
export const artifacts = here('../test-results/');
const axePath = join(repo, 'node_modules/axe-core/axe.min.js');

/** The demo as `pnpm start` runs it: the reference server on a fresh SQLite file, the demo pages and a Chromium. */
export interface Demo {
  readonly base: string;
  /** The reference API itself, for checks behind the pages. */
  readonly apiUrl: string;
  readonly browser: Browser;
  /** Errors the pages logged (console errors and uncaught exceptions). */
  readonly consoleErrors: string[];
  open(path: string, context?: BrowserContext): Promise<Page>;
  stop(): Promise<void>;
}

export async function startDemo(options: { ignoreConsole?: RegExp } = {}): Promise<Demo> {
  mkdirSync(artifacts, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'goalkit-demo-'));
  const apiPort = 22_000 + Math.floor(Math.random() * 10_000);
  const api: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@goalkit/source', '--import', 'tsx', 'apps/server/src/main.ts', '--demo', '--quiet'],
    {
      cwd: repo,
      env: { ...process.env, GOALKIT_DB: join(dir, 'goalkit.db'), PORT: String(apiPort), GOALKIT_RATE_LIMIT: 'off' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    api.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('goalkit reference API on')) resolve();
    });
    api.once('exit', (code) => reject(new Error(`the reference server exited with ${code}`)));
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const demo: Server = createDemoServer({ apiUrl, port: 0 });
  await new Promise<void>((resolve) => demo.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(demo.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const consoleErrors: string[] = [];

  return {
    base,
    apiUrl,
    browser,
    consoleErrors,
    async open(path, context) {
      const page = await (context ?? (await browser.newContext())).newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !options.ignoreConsole?.test(message.text()))
          consoleErrors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
      await page.goto(`${base}${path}`);
      return page;
    },
    async stop() {
      await browser.close();
      demo.closeAllConnections();
      await new Promise((resolve) => demo.close(resolve));
      api.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The element that has focus, looking through shadow roots (a widget's inner input, not its host). */
function isFocused(target: Element): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === target;
}

/**
 * Press Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fail with what had focus
 * instead after `max` presses. The target must be reachable by Tab alone: no click, no programmatic focus.
 */
export async function tabTo(page: Page, target: Locator, { max = 120, back = false } = {}): Promise<void> {
  await target.waitFor({ timeout: 20_000 });
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await target.evaluate(isFocused)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    seen.push(
      await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active
          ? `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? ''}`
          : 'nothing';
      }),
    );
  }
  throw new Error(`Tab never reached ${target}; focus went through: ${seen.slice(-15).join(' | ')}`);
}

/** axe over a page that already shows what is to be audited (its context must bypass the page's CSP). */
export async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
