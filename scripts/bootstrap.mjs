#!/usr/bin/env node
// The README's two commands end up here: `npm start` and `npm test` work on a fresh clone with only
// Node 20 and npm. This installs what is missing (the pinned pnpm, the dependencies, and for tests
// Debian's chromium) and then runs the real script through pnpm: `start:all` or `test:all`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const task = process.argv[2];
if (task !== 'start' && task !== 'test') {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}
const pnpmVersion = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).packageManager.split('@')[1];

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
const quiet = (cmd, args) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
const step = (what) => console.log(`\n› ${what}`);

function findPnpm() {
  const local = `${root}.tools/node_modules/.bin/pnpm`;
  for (const candidate of ['pnpm', local]) {
    const probe = quiet(candidate, ['--version']);
    if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return candidate;
  }
  return undefined;
}

let pnpm = findPnpm();
if (!pnpm) {
  step(`installing pnpm ${pnpmVersion}`);
  // Globally when we may (CI, root, a Node version manager); otherwise into .tools/ in this clone.
  if (run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${pnpmVersion}`]).status !== 0) {
    run('npm', ['install', '--prefix', '.tools', '--no-fund', '--no-audit', `pnpm@${pnpmVersion}`]);
  }
  pnpm = findPnpm();
  if (!pnpm) {
    console.error(
      `Could not install pnpm ${pnpmVersion} with npm. Install it yourself (npm i -g pnpm@${pnpmVersion}) and run again.`,
    );
    process.exit(1);
  }
}

const marker = `${root}node_modules/.modules.yaml`;
if (!existsSync(marker) || statSync(`${root}pnpm-lock.yaml`).mtimeMs > statSync(marker).mtimeMs) {
  step('installing dependencies (pnpm install --frozen-lockfile)');
  // better-sqlite3 compiles against the local Node headers when no prebuilt binary can be fetched.
  const env = { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' };
  if (!existsSync('/usr/include/node/node.h')) delete env.npm_config_nodedir;
  if (run(pnpm, ['install', '--frozen-lockfile'], { env }).status !== 0) process.exit(1);
}

if (task === 'test') {
  const chromium = process.env.GOALKIT_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      step("installing Debian's chromium for the browser tests");
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    }
    if (!existsSync(chromium)) {
      console.error(
        `The browser tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium fonts-liberation) or point GOALKIT_CHROMIUM at a Chromium binary, then run again.`,
      );
      process.exit(1);
    }
  }
}

// What follows the task goes to the script (`pnpm start --postgres`, `pnpm start --rebuild`).
if (task === 'test') {
  // The server's PostgreSQL tests start their own throwaway cluster (apps/server/test/postgres/cluster.ts).
  const hasInitdb = () =>
    quiet('sh', ['-c', 'command -v initdb || ls /usr/lib/postgresql/*/bin/initdb']).stdout.trim() !== '' ||
    Boolean(process.env.GOALKIT_PG_BIN && existsSync(`${process.env.GOALKIT_PG_BIN}/initdb`));
  if (!hasInitdb()) {
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      step("installing Debian's postgresql for the server's PostgreSQL tests (no system cluster)");
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql-common'], { env });
      run('sed', [
        '-i',
        's/^#\\?\\s*create_main_cluster\\b.*/create_main_cluster = false/',
        '/etc/postgresql-common/createcluster.conf',
      ]);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { env });
    }
    if (!hasInitdb()) {
      console.error(
        "The server's PostgreSQL tests need PostgreSQL's server programs (initdb, pg_ctl, postgres, psql, createdb). Install them (Debian/Ubuntu: sudo apt-get install postgresql; macOS: brew install postgresql@16) or point GOALKIT_PG_BIN at the directory that holds them, then run again.",
      );
      process.exit(1);
    }
  }
}

const result = run(pnpm, ['run', `${task}:all`, ...process.argv.slice(3)]);
process.exit(result.status ?? 1);
