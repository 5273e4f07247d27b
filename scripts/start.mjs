#!/usr/bin/env node
// `pnpm start`: everything a newcomer can look at, on this machine, in one command.
// Today that is the static Storybook. The reference server (apps/server) and the demo pages
// (apps/demo) are not built yet; this script says so rather than pretending.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybookDir = `${root}storybook-static`;
const port = Number(process.env.STORYBOOK_PORT ?? 6006);

if (!existsSync(`${storybookDir}/index.html`) || process.argv.includes('--rebuild')) {
  console.log('› building the static Storybook (first start only; `pnpm start --rebuild` to refresh)');
  const build = spawnSync('pnpm', ['run', 'build-storybook'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = createServer(sirv(storybookDir, { single: false, etag: true }));
server.listen(port, '127.0.0.1', () => {
  console.log(`
goalkit is running:
  Storybook (every widget, every state)   http://localhost:${port}/

Not there yet:
  the reference API server (apps/server) and the intranet / HR-platform demo pages (apps/demo)
  are not built yet, so this start serves Storybook only.

Ctrl-C stops everything.`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
