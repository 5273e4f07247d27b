#!/usr/bin/env node
// `pnpm start`: the reference server on a seeded SQLite file, the demo pages and the static Storybook,
// in one command. Builds what is missing first (`--rebuild` rebuilds everything). Ctrl-C stops it all;
// the database file is kept, so starting again keeps the data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rebuild = process.argv.includes('--rebuild');
const apiPort = Number(process.env.GOALKIT_API_PORT ?? 8787);
const demoPort = Number(process.env.GOALKIT_DEMO_PORT ?? 8080);
const db = process.env.GOALKIT_DB ?? `${root}apps/server/data/goalkit.db`;

const build = (what, output, args, cwd = root) => {
  if (!rebuild && existsSync(output)) return;
  console.log(`› building ${what}`);
  const result = spawnSync('pnpm', args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Building ${what} failed; see above.`);
    process.exit(result.status ?? 1);
  }
};
build('the embed bundle (goalkit.js)', `${root}packages/elements/dist/goalkit.js`, [
  '--filter',
  '@goalkit/elements',
  'build:embed',
]);
build('the HR-platform demo app', `${root}apps/demo/dist/hr/index.html`, ['--filter', '@goalkit/demo', 'build']);
build('the static Storybook', `${root}storybook-static/index.html`, ['run', 'build-storybook']);

const children = [];
const run = (name, args, env, ready) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@goalkit/source', '--import', 'tsx', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    let out = '';
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      if (out === null) process.stdout.write(text);
      else {
        out += text;
        if (out.includes(ready)) {
          process.stdout.write(out);
          out = null;
          resolve(child);
        }
      }
    });
    child.once('exit', (code) => {
      if (out !== null) reject(new Error(`${name} exited with ${code}:\n${out}`));
      else if (!stopping) {
        console.error(`${name} stopped unexpectedly (exit ${code}); stopping everything.`);
        stop(1);
      }
    });
  });

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() =>
    process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  await run(
    'the reference server',
    ['apps/server/src/main.ts', '--demo', '--quiet', '--port', String(apiPort)],
    { GOALKIT_DB: db },
    'goalkit reference API on',
  );
  await run(
    'the demo server',
    ['apps/demo/src/main.ts'],
    { GOALKIT_API_URL: `http://127.0.0.1:${apiPort}`, PORT: String(demoPort) },
    'demo on',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop(1);
}

console.log(`
goalkit is running:
  Intranet page (plain HTML, <gk-*> elements)   http://localhost:${demoPort}/intranet/
  HR-platform page (React)                      http://localhost:${demoPort}/hr/
  Storybook (every widget, every state)         http://localhost:${demoPort}/storybook/
  Reference API                                 http://localhost:${apiPort}/  (also at http://localhost:${demoPort}/api/goalkit/)

Ctrl-C stops everything; the data stays in ${db}.`);
