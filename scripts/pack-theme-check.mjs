// The theme as users meet it, from the packed tarballs installed in `app` (called by test-pack.mjs):
// a Vite 8 app that imports the CSS the way the READMEs say (minified by Vite's lightningcss), a page that
// `<link>`s the CSS around server-rendered React widgets, and the embed bundle's `<gk-*>` elements (lit).
// Each opens in Chromium, in a light and a dark operating system, and what a person would notice is
// asserted on computed styles: bars and status dots have a colour, inputs a visible border, the focused
// input a focus ring, the primary button readable text. axe cannot see any of these.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

import { objective } from './pack-fixtures.mjs';

/** The React widgets every page shows: a card (status dot, bar) and a check-in form (input, primary button). */
const widgetsModule = `
import { createElement as h } from 'react';
import { CheckInForm, ObjectiveCard } from '@goalkit/react';
export const objective = ${JSON.stringify(objective)};
export const widgets = () =>
  h('main', null, h(ObjectiveCard, { objective }), h(CheckInForm, { keyResult: objective.keyResults[0] }));
`;

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

/** Serve files under `root` (dist folders and node_modules), nothing outside it. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403);
      return response.end();
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: the computed styles that matter, from the document and every open shadow root. */
function readStyles() {
  const all = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(document);
  const find = (scope, part) =>
    all.find((el) => el.getAttribute('data-scope') === scope && el.getAttribute('data-part') === part);
  const missing = [];
  const get = (scope, part) => {
    const el = find(scope, part);
    if (!el) missing.push(`${scope}/${part}`);
    return el;
  };
  const range = get('progress', 'range');
  const status = get('objective-card', 'status');
  const input = get('check-in-form', 'value');
  const submit = get('check-in-form', 'submit');
  const form = get('check-in-form', 'root');
  if (missing.length) return { missing };
  input.focus();
  const focused = getComputedStyle(input);
  const border = getComputedStyle(input);
  return {
    missing,
    bar: getComputedStyle(range).backgroundColor,
    dot: getComputedStyle(status, '::before').backgroundColor,
    surface: getComputedStyle(form).backgroundColor,
    inputBorder: { width: border.borderTopWidth, style: border.borderTopStyle, color: border.borderTopColor },
    focusRing: { width: focused.outlineWidth, style: focused.outlineStyle, color: focused.outlineColor },
    button: { background: getComputedStyle(submit).backgroundColor, color: getComputedStyle(submit).color },
  };
}

/** The styles once the widgets have rendered (React and lit render after load), or what is missing after 15 s. */
async function stylesOf(page) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const styles = await page.evaluate(readStyles);
    if (styles.missing.length === 0 || Date.now() > deadline) return styles;
    await page.waitForTimeout(100);
  }
}

/** WCAG contrast of two `rgb()`/`rgba()` colours (opaque ones; the theme uses no translucent colours here). */
export function contrast(a, b) {
  const lum = (color) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const transparent = (color) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);

/** What a person notices, as failures: an empty list when the widgets look right. */
export function judge(s) {
  if (s.missing.length) return [`not rendered: ${s.missing.join(', ')}`];
  const problems = [];
  if (transparent(s.bar)) problems.push(`the progress bar has no colour (${s.bar})`);
  if (transparent(s.dot)) problems.push(`the status dot has no colour (${s.dot})`);
  if (s.surface !== 'rgb(255, 255, 255)') problems.push(`the widgets are not light on a light page (${s.surface})`);
  const { width, style, color } = s.inputBorder;
  if (style === 'none' || Number.parseFloat(width) < 1 || transparent(color) || contrast(color, s.surface) < 3)
    problems.push(`the input has no visible border (${width} ${style} ${color})`);
  const ring = s.focusRing;
  if (ring.style === 'none' || Number.parseFloat(ring.width) < 2 || contrast(ring.color, s.surface) < 3)
    problems.push(`the focused input has no visible focus ring (${ring.width} ${ring.style} ${ring.color})`);
  const ratio = contrast(s.button.background, s.button.color);
  if (ratio < 4.5)
    problems.push(
      `the primary button's text contrast is ${ratio.toFixed(2)}:1 (${s.button.color} on ${s.button.background})`,
    );
  return problems;
}

/**
 * Build the three pages in `app` (where the tarballs are installed), open each in Chromium in a light and a
 * dark operating system, and report through `check(name, fn)`.
 */
export async function themeChecks({ app, check, chromium, launchOptions }) {
  // 1. Vite 8, CSS imported as the READMEs say; `vite build` minifies it with lightningcss.
  const vite = join(app, 'theme-vite');
  mkdirSync(vite, { recursive: true });
  writeFileSync(join(vite, 'widgets.js'), widgetsModule);
  writeFileSync(
    join(vite, 'main.js'),
    `import '@goalkit/theme/css/goalkit.css';
import { createRoot } from 'react-dom/client';
import { widgets } from './widgets.js';
createRoot(document.getElementById('root')).render(widgets());
`,
  );
  writeFileSync(
    join(vite, 'index.html'),
    '<!doctype html><html lang="en"><title>Vite</title><div id="root"></div><script type="module" src="./main.js"></script></html>',
  );
  execFileSync(join(app, 'node_modules/.bin/vite'), ['build', vite, '--base', './', '--logLevel', 'error'], {
    cwd: app,
    stdio: 'pipe',
  });

  // 2. A plain <link> to the installed CSS file, around server-rendered React widgets.
  writeFileSync(join(app, 'theme-widgets.mjs'), widgetsModule);
  const markup = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { renderToString } from 'react-dom/server'; import { widgets } from './theme-widgets.mjs'; process.stdout.write(renderToString(widgets()));",
    ],
    { cwd: app, encoding: 'utf8' },
  );
  writeFileSync(
    join(app, 'theme-link.html'),
    `<!doctype html><html lang="en"><title>Link</title><link rel="stylesheet" href="/node_modules/@goalkit/theme/css/goalkit.css">${markup}</html>`,
  );

  // 3. The embed bundle: <gk-*> elements carry the theme in their shadow roots.
  writeFileSync(
    join(app, 'theme-lit.html'),
    `<!doctype html><html lang="en"><title>Lit</title><script type="module" src="/node_modules/@goalkit/elements/dist/goalkit.js"></script>
<gk-objective-card></gk-objective-card><gk-check-in-form></gk-check-in-form>
<script type="module">
const objective = ${JSON.stringify(objective)};
await customElements.whenDefined('gk-check-in-form');
document.querySelector('gk-objective-card').objective = objective;
document.querySelector('gk-check-in-form').keyResult = objective.keyResults[0];
</script></html>`,
  );

  const server = await serve(app);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(launchOptions);
  try {
    for (const [name, path] of [
      ['Vite 8 build, CSS imported', '/theme-vite/dist/index.html'],
      ['<link> to the CSS file', '/theme-link.html'],
      ['embed bundle (lit)', '/theme-lit.html'],
    ]) {
      for (const colorScheme of ['light', 'dark']) {
        let problems;
        try {
          const page = await browser.newPage({ colorScheme });
          await page.goto(base + path);
          problems = judge(await stylesOf(page));
          await page.close();
        } catch (error) {
          problems = [error instanceof Error ? error.message : String(error)];
        }
        check(`theme: ${name}, ${colorScheme} OS: bars, status dots, borders, focus ring, button contrast`, () => {
          if (problems.length) throw new Error(problems.join('; '));
        });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}
