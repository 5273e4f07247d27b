import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, defaultClientConditions } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';
import { type Server as ApiServer, startServer, tokens } from '../../server/test/harness.ts';
import { DEMO_CSP } from '../src/serve.js';

/**
 * The recipes of the packages' READMEs, run as they are written: each test copies a fenced block marked
 * `<!-- test: name -->` out of the README (never a copy kept here) and runs it against the reference
 * server in Chromium, the way a first-time integrator meets it.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const repo = here('../../../');
const elementsReadme = join(repo, 'packages/elements/README.md');
const reactReadme = join(repo, 'packages/react/README.md');
/** The embed bundle's own test page policy, plus the Trusted Types the README promises. */
const EMBED_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The fenced block that follows `<!-- test: name -->` in a README, exactly as it is written there. */
function readmeBlock(file: string, name: string): string {
  const match = new RegExp(`<!-- test: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(
    readFileSync(file, 'utf8'),
  );
  if (!match?.[1]) throw new Error(`${file} has no fenced block marked <!-- test: ${name} -->`);
  return `${match[1]}\n`;
}

/** The objective and key result the recipes show (`o-123`, `kr-1`), made through the API as an integrator would. */
const RECIPE_TITLE = 'Make the platform self-serve';
const RECIPE_KR = 'Onboard 12 teams without a ticket';
async function addRecipeGoal(api: ApiServer) {
  const created = await api.call('/objectives', {
    method: 'POST',
    token: tokens.lead,
    body: JSON.stringify({
      id: 'o-123',
      title: RECIPE_TITLE,
      ownerId: 'platform',
      cycleId: '2026-Q4',
      keyResults: [{ id: 'kr-1', title: RECIPE_KR, type: 'increase', start: 0, target: 12, unit: 'teams' }],
    }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
}

/** A web server for one page: its HTML, files by path, and `/api/goalkit/*` proxied to the reference server. */
function pageServer(files: Map<string, string | Buffer>, apiUrl: () => string, csp: () => string) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://page');
    if (url.pathname.startsWith('/api/goalkit/')) {
      const api = new URL(apiUrl());
      const upstream = request(
        {
          hostname: api.hostname,
          port: api.port,
          method: req.method,
          path: url.pathname.replace(/^\/api\/goalkit/, '') + url.search,
          headers: { ...req.headers, host: api.host },
        },
        (reply) => {
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(res);
        },
      );
      req.pipe(upstream);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    res.writeHead(200, {
      'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
      'content-security-policy': csp(),
    });
    res.end(body);
  });
  return new Promise<{ server: Server; origin: string }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** What a person and the browser's console would notice on the page. */
function watch(page: Page) {
  const problems: string[] = [];
  const statuses: number[] = [];
  const logs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
    else logs.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => statuses.push(response.status()));
  return { problems, statuses, logs };
}

let browser: Browser;
let api: ApiServer;
const servers: Server[] = [];
const apis: ApiServer[] = [];

beforeAll(async () => {
  // The bundle as this checkout builds it.
  execFileSync(process.execPath, [join(repo, 'packages/elements/scripts/build-embed.mjs')], { stdio: 'ignore' });
  api = await startServer();
  apis.push(api);
  await addRecipeGoal(api);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const server of apis) await server.close();
});

/** The elements README's page: its HTML in a document, goalkit.js and its files, and its page script. */
function embedFiles(html: string) {
  const dist = join(repo, 'packages/elements/dist');
  const files = new Map<string, string | Buffer>();
  for (const name of readdirSync(dist)) {
    if (/^goalkit[\w.-]*\.js$/.test(name)) files.set(`/assets/${name}`, readFileSync(join(dist, name)));
  }
  files.set('/assets/goals-page.js', readmeBlock(elementsReadme, 'embed-script'));
  files.set(
    '/index.html',
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Goals</title></head>\n<body><main><h1>Goals</h1>\n${html}</main></body>\n</html>\n`,
  );
  return files;
}

/** Open the page as someone whose sign-in left their token in session storage, as the recipe expects. */
async function openSignedIn(origin: string, path: string, token: string) {
  const context = await browser.newContext();
  await context.addInitScript((value) => sessionStorage.setItem('hr-token', value), token);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`${origin}${path}`);
  return { page, seen };
}

describe('packages/elements/README.md, the plain-HTML recipe', () => {
  it('loads every widget with no 401 and no console error, names resolved, under a strict CSP; a check-in works', async () => {
    const { server, origin } = await pageServer(
      embedFiles(readmeBlock(elementsReadme, 'embed-html')),
      () => api.baseUrl,
      () => EMBED_CSP,
    );
    servers.push(server);
    const { page, seen } = await openSignedIn(origin, '/', tokens.lead);
    const card = page.getByRole('article', { name: RECIPE_TITLE });
    await card.getByText('Platform', { exact: true }).waitFor({ timeout: 20_000 });
    await card.getByText('Q4 2026', { exact: true }).waitFor();
    await card.getByRole('meter', { name: `${RECIPE_TITLE} progress` }).waitFor();
    await card.getByRole('button', { name: `Show 1 key result of ${RECIPE_TITLE}` }).waitFor();
    await page.getByRole('region', { name: /^Cycle Q4 2026/ }).waitFor();
    const form = page.getByRole('form', { name: `Check in: ${RECIPE_KR}` });
    await form.getByRole('textbox', { name: /New value/ }).fill('5');
    await form.getByRole('button', { name: 'Check in' }).click();
    await expect.poll(() => seen.logs.some((line) => line.startsWith('checked in'))).toBe(true);
    await form.getByText('Check-in saved.').waitFor();
    expect(seen.statuses.filter((status) => status === 401)).toEqual([]);
    expect(seen.statuses.filter((status) => status >= 400)).toEqual([]);
    expect(await page.getByText('could not be loaded').count()).toBe(0);
    expect(seen.problems).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('works from another origin once the API allows it (the README’s CORS section), and fails without', async () => {
    const html = readmeBlock(elementsReadme, 'embed-html');
    expect(html).toContain('base-url="/api/goalkit"');
    let apiUrl = '';
    const files = embedFiles(html);
    const { server, origin } = await pageServer(
      files,
      () => apiUrl,
      // …and the page's policy lists it in connect-src.
      () => `${EMBED_CSP}; connect-src 'self' ${apiUrl}`,
    );
    servers.push(server);
    const allowed = await startServer({ corsOrigins: [origin] });
    const refused = await startServer({ corsOrigins: [] });
    apis.push(allowed, refused);
    await addRecipeGoal(allowed);
    await addRecipeGoal(refused);

    // The CORS section: the provider gets the API's full URL.
    const crossOrigin = (url: string) => {
      apiUrl = url;
      files.set(
        '/index.html',
        embedFiles(html.replace('base-url="/api/goalkit"', `base-url="${url}"`)).get('/index.html') as string,
      );
    };
    crossOrigin(allowed.baseUrl);
    const ok = await openSignedIn(origin, '/', tokens.lead);
    await ok.page
      .getByRole('article', { name: RECIPE_TITLE })
      .getByText('Platform', { exact: true })
      .waitFor({ timeout: 20_000 });
    expect(ok.seen.problems).toEqual([]);
    await ok.page.context().close();

    crossOrigin(refused.baseUrl);
    const blocked = await openSignedIn(origin, '/', tokens.lead);
    await blocked.page.getByText('This could not be loaded.').first().waitFor({ timeout: 20_000 });
    expect(await blocked.page.getByRole('article', { name: RECIPE_TITLE }).count()).toBe(0);
    await blocked.page.context().close();
  }, 90_000);
});

describe('packages/react/README.md, the React page', () => {
  it('builds with Vite and renders the objective with its owner and cycle names against the server', async () => {
    // Inside the demo app, so that its dependencies resolve as an app's would.
    const dir = mkdtempSync(join(here('..'), '.readme-react-'));
    try {
      writeFileSync(join(dir, 'GoalsPage.tsx'), readmeBlock(reactReadme, 'react'));
      writeFileSync(
        join(dir, 'main.tsx'),
        [
          "import { createElement, type FunctionComponent } from 'react';",
          "import { createRoot } from 'react-dom/client';",
          "import * as recipe from './GoalsPage.tsx';",
          '// The one component the recipe exports, whatever its name.',
          'const [Page] = Object.values(recipe) as FunctionComponent[];',
          "createRoot(document.getElementById('root') as HTMLElement).render(createElement(Page as FunctionComponent));",
          '',
        ].join('\n'),
      );
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Goals</title><link rel="icon" href="data:,"></head><body><main id="root"></main><script type="module" src="./main.tsx"></script></body></html>\n',
      );
      await build({
        root: dir,
        base: '/',
        configFile: false,
        logLevel: 'warn',
        plugins: [react()],
        resolve: { conditions: ['@goalkit/source', ...defaultClientConditions] },
        build: { outDir: join(dir, 'dist'), emptyOutDir: true },
      });
      const files = new Map<string, string | Buffer>();
      const add = (folder: string, prefix: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const path = join(folder, entry.name);
          if (entry.isDirectory()) add(path, `${prefix}${entry.name}/`);
          else files.set(`${prefix}${entry.name}`, readFileSync(path));
        }
      };
      add(join(dir, 'dist'), '/');
      const { server, origin } = await pageServer(
        files,
        () => api.baseUrl,
        () => DEMO_CSP,
      );
      servers.push(server);
      const { page, seen } = await openSignedIn(origin, '/', tokens.lead);
      const card = page.getByRole('article', { name: RECIPE_TITLE });
      await card.getByText('Platform', { exact: true }).waitFor({ timeout: 20_000 });
      await card.getByText('Q4 2026', { exact: true }).waitFor();
      await card.getByRole('button', { name: `Explain progress of ${RECIPE_TITLE}` }).click();
      await card.getByRole('group', { name: /^Why the progress is/ }).waitFor();
      // The theme's stylesheet is applied: the card has the theme's border and radius.
      expect(await card.evaluate((element) => getComputedStyle(element).borderTopLeftRadius)).toBe('8px');
      expect(seen.statuses.filter((status) => status >= 400)).toEqual([]);
      expect(seen.problems).toEqual([]);
      await page.context().close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
