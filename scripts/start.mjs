#!/usr/bin/env node
// `pnpm start`: the reference server on a seeded SQLite file, the demo pages and the static Storybook,
// in one command. Builds what is missing first (`--rebuild` rebuilds everything). Ctrl-C stops it all;
// the database file is kept, so starting again keeps the data. `--postgres` (or GOALKIT_POSTGRES=1) also starts a
// local PostgreSQL cluster kept in apps/server/data/postgres and runs the server on it (GOALKIT_DATABASE_URL).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rebuild = process.argv.includes('--rebuild');
const apiPort = Number(process.env.GOALKIT_API_PORT ?? 8787);
const demoPort = Number(process.env.GOALKIT_DEMO_PORT ?? 8080);
const db = process.env.GOALKIT_DB ?? `${root}apps/server/data/goalkit.db`;
const postgres = process.argv.includes('--postgres') || process.env.GOALKIT_POSTGRES === '1';

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
let cluster;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  // The cluster stops after the server (a fast shutdown), or on exit if that takes too long.
  setTimeout(() => process.exit(code), cluster ? 5000 : 1500).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)))
    .then(() => (cluster && !cluster.reused ? cluster.stop() : undefined))
    .catch((error) => console.error(error instanceof Error ? error.message : error))
    .finally(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const serverEnv = { GOALKIT_DB: db };
try {
  if (postgres) {
    console.log('› starting PostgreSQL');
    const { defaultDir, defaultPort, loadCluster } = await import('./postgres.mjs');
    const { startPostgres } = await loadCluster();
    cluster = await startPostgres({ dir: defaultDir, port: defaultPort });
    serverEnv.GOALKIT_DATABASE_URL = cluster.url;
  }
  await run(
    'the reference server',
    ['apps/server/src/main.ts', '--demo', '--assist', 'fake', '--quiet', '--port', String(apiPort)],
    serverEnv,
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
${
  cluster
    ? `  PostgreSQL (GOALKIT_DATABASE_URL)             ${cluster.url}  (${cluster.reused ? 'already running; left running' : 'stops with the rest'})\n`
    : ''
}
Ctrl-C stops everything; the data stays in ${cluster ? cluster.dataDir : db}.`);
