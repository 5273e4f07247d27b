#!/usr/bin/env node
// `pnpm test:pack`: the packages as users meet them. Builds every public package, packs it, checks each
// tarball with publint and @arethetypeswrong/cli, installs the tarballs into a fresh project outside
// the workspace, and there imports every public entry from Node (ESM), bundles them with Vite,
// type-checks a file that uses each entry, and loads the embed bundle in Chromium. Then the theme as users
// meet it (scripts/pack-theme-check.mjs): a Vite app importing the CSS, a page linking it, and the embed.
// Last, a React app on another react-query minor: one query-core, the host's QueryClient fits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { objective } from './pack-fixtures.mjs';
import { themeChecks } from './pack-theme-check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'goalkit-pack-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
const launchOptions = {
  executablePath: process.env.GOALKIT_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
let failures = 0;
let passed = 0;
const step = (what) => console.log(`\n› ${what}`);
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...options });
const check = (name, fn) => {
  try {
    fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failures++;
    console.log(`  ✗ ${name}: ${error instanceof Error ? error.message : error}`);
  }
};

/** Type-check `file` in `app` strictly, as a user's project on NodeNext would, against the installed packages. */
function typeCheck(app, file, name) {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        lib: ['ES2023', 'DOM'],
        skipLibCheck: false,
        types: [],
      },
      files: [file],
    }),
  );
  check(name, () => run(join(app, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: app, stdio: 'pipe' }));
}

/** A react-query release other than the one the workspace builds with: what an HR platform may already run. */
const OTHER_REACT_QUERY = '5.105.3';

/**
 * The React packages beside the host's own react-query: `@goalkit/client` and `@goalkit/react` take
 * `@tanstack/query-core` from the host (a peer, and through react-query), so the app has one copy of it, the
 * host's `QueryClient` type-checks against `goalkitMutations` and the provider, and one cache serves both.
 */
function reactQueryMinorChecks({ tarballOf, rootManifest }) {
  const app = join(work, 'react-app');
  mkdirSync(app);
  const version = (name) => rootManifest.devDependencies[name];
  const goalkit = ['@goalkit/core', '@goalkit/client', '@goalkit/theme', '@goalkit/react'];
  const tarballs = Object.fromEntries(goalkit.map((name) => [name, `file:${tarballOf(name)}`]));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'goalkit-react-query-minor',
      private: true,
      type: 'module',
      dependencies: {
        ...tarballs,
        react: version('react'),
        'react-dom': version('react-dom'),
        '@tanstack/react-query': OTHER_REACT_QUERY,
      },
      devDependencies: { typescript: version('typescript'), '@types/react': version('@types/react') },
      overrides: tarballs,
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });

  check('one copy of @tanstack/query-core, the one react-query brought', () => {
    const copies = execFileSync('find', ['node_modules', '-path', '*/@tanstack/query-core/package.json'], {
      cwd: app,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .map((file) => `${file} ${JSON.parse(readFileSync(join(app, file), 'utf8')).version}`);
    if (copies.length !== 1 || !copies[0].endsWith(OTHER_REACT_QUERY)) throw new Error(copies.join(', '));
  });

  writeFileSync(
    join(app, 'app.ts'),
    `import { QueryClient, useMutation } from '@tanstack/react-query';
import { createClient, goalkitMutations, goalkitQueries } from '@goalkit/client';
import { GoalkitProvider } from '@goalkit/react';
import { createElement } from 'react';

const client = createClient({ baseUrl: 'https://goals.example/api' });
// The host's QueryClient, from its own react-query, into goalkit's option factories and provider.
export const queryClient = new QueryClient();
export const mutations = goalkitMutations(client, queryClient);
export const detail = goalkitQueries(client).objectives.detail('o1');
export const page = createElement(GoalkitProvider, { client, queryClient });
export function useCheckIn() {
  return useMutation(mutations.checkIn());
}
`,
  );
  typeCheck(app, 'app.ts', "tsc: the host's QueryClient fits goalkitMutations, useMutation and GoalkitProvider");

  writeFileSync(
    join(app, 'render.mjs'),
    `import { QueryClient } from '@tanstack/react-query';
import { createClient, goalkitQueries } from '@goalkit/client';
import { GoalkitProvider, ObjectiveCard } from '@goalkit/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const objective = ${JSON.stringify(objective)};
const fetch = async () => new Response(JSON.stringify(objective), { headers: { 'content-type': 'application/json' } });
const client = createClient({ baseUrl: 'https://goals.example/api', fetch });
const queryClient = new QueryClient();
// goalkit's query options run in the host's QueryClient; the widget then renders from that one cache.
await queryClient.fetchQuery(goalkitQueries(client).objectives.detail('o1'));
const html = renderToString(
  createElement(GoalkitProvider, { client, queryClient }, createElement(ObjectiveCard, { objectiveId: 'o1' })),
);
if (!html.includes(objective.title)) throw new Error('the card did not render from the host cache: ' + html.slice(0, 300));
console.log('rendered');
`,
  );
  check("a goalkit query in the host's QueryClient, and the card rendered from that cache (SSR)", () =>
    run(process.execPath, ['render.mjs'], { cwd: app, stdio: 'pipe' }),
  );
}

const packages = readdirSync(join(root, 'packages')).map((dir) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  return { dir: join(root, 'packages', dir), manifest };
});

try {
  step('build (tsc -b, embed bundle)');
  run('pnpm', ['run', 'build'], { cwd: root });

  step('pack');
  for (const { dir } of packages) run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: dir, stdio: 'ignore' });
  const files = readdirSync(tarballs);
  const tarballOf = (name) =>
    join(
      tarballs,
      files.find((f) => f.startsWith(`${name.replace('@', '').replace('/', '-')}-`)),
    );

  step('publint and @arethetypeswrong/cli on each tarball');
  for (const { manifest } of packages) {
    const tgz = tarballOf(manifest.name);
    check(`publint ${manifest.name}`, () =>
      run('pnpm', ['exec', 'publint', 'run', tgz, '--strict'], { cwd: root, stdio: 'pipe' }),
    );
    check(`attw ${manifest.name}`, () =>
      run('pnpm', ['exec', 'attw', tgz, '--profile', 'esm-only', '--format', 'table-flipped'], {
        cwd: root,
        stdio: 'pipe',
      }),
    );
  }

  step('install the tarballs into a fresh project');
  const app = join(work, 'app');
  mkdirSync(app);
  const deps = Object.fromEntries(packages.map(({ manifest }) => [manifest.name, `file:${tarballOf(manifest.name)}`]));
  const overrides = Object.fromEntries(
    packages.map(({ manifest }) => [manifest.name, `file:${tarballOf(manifest.name)}`]),
  );
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = (name) => rootManifest.devDependencies[name];
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'goalkit-pack-check',
        private: true,
        type: 'module',
        dependencies: {
          ...deps,
          react: version('react'),
          'react-dom': version('react-dom'),
          '@tanstack/react-query': '5.108.0',
        },
        devDependencies: {
          typescript: version('typescript'),
          vite: version('vite'),
          '@types/react': version('@types/react'),
        },
        overrides,
      },
      null,
      2,
    ),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });

  const entries = packages.flatMap(({ manifest }) =>
    Object.entries(manifest.exports)
      .filter(
        ([key]) => key !== './package.json' && !key.includes('*') && !key.endsWith('.json') && !key.endsWith('.css'),
      )
      // Type-only entries (the elements' JSX types) are checked by tsc, not imported.
      .filter(([, target]) => typeof target === 'string' || 'default' in target)
      .map(([key]) => key)
      .map((key) => `${manifest.name}${key === '.' ? '' : key.slice(1)}`),
  );
  const browserOnly = (entry) => entry.startsWith('@goalkit/elements');

  step('import every entry from Node (ESM)');
  for (const entry of entries.filter((e) => !browserOnly(e))) {
    check(`node import ${entry}`, () =>
      run(process.execPath, ['--input-type=module', '-e', `await import('${entry}')`], { cwd: app, stdio: 'pipe' }),
    );
  }

  step('bundle every entry with Vite');
  writeFileSync(
    join(app, 'main.js'),
    entries.map((e, i) => `import * as m${i} from '${e}';\nconsole.log(Object.keys(m${i}).length);`).join('\n'),
  );
  writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  check('vite build', () =>
    run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: app, stdio: 'pipe' }),
  );

  step('type-check a file using each entry');
  writeFileSync(
    join(app, 'check.ts'),
    `${entries.map((e, i) => `import * as m${i} from '${e}';`).join('\n')}\nexport const all = [${entries.map((_, i) => `m${i}`).join(', ')}];\n`,
  );
  typeCheck(app, 'check.ts', 'tsc on the installed packages');
  step('load the embed bundle from the installed package in Chromium');
  const { chromium } = await import(join(root, 'node_modules/playwright-core/index.mjs'));
  const { createServer } = await import('node:http');
  const bundleDir = join(app, 'node_modules/@goalkit/elements/dist');
  // goalkit.js imports the files beside it when a page needs them: each must be in the package.
  check('the packed embed bundle has every file the build writes', () => {
    const embedFiles = (dir) => readdirSync(dir).filter((f) => /^goalkit[\w.-]*\.(js|txt)$/.test(f));
    const missing = embedFiles(join(root, 'packages/elements/dist')).filter((f) => !embedFiles(bundleDir).includes(f));
    if (missing.length) throw new Error(`not in the tarball: ${missing.join(', ')}`);
  });
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1);
    if (name === '') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(
        '<!doctype html><script type="module" src="/goalkit.js"></script><gk-progress progress="0.4" label="Pack check"></gk-progress>',
      );
    }
    try {
      const body = readFileSync(join(bundleDir, name.replace(/[^\w.-]/g, '')));
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const name = await page.getByRole('meter').getAttribute('aria-label', { timeout: 15_000 });
    check('the packed embed bundle renders <gk-progress>', () => {
      if (name !== 'Pack check') throw new Error(`expected a meter named "Pack check", got ${name}`);
    });
  } catch (error) {
    check('the packed embed bundle renders <gk-progress>', () => {
      throw error;
    });
  } finally {
    await browser.close();
    server.close();
  }

  step('the theme as users meet it: a Vite 8 app, a <link>, the embed bundle, in Chromium');
  await themeChecks({ app, check, chromium, launchOptions });

  step(`a React app on another react-query minor (${OTHER_REACT_QUERY}): one query-core, one cache`);
  reactQueryMinorChecks({ tarballOf, rootManifest });
} finally {
  console.log(`\npack: ${passed} passed, ${failures} failed`);
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
process.exit(failures === 0 ? 0 : 1);
