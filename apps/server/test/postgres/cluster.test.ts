import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPostgres, psql, startPostgres, stopPostgres } from './cluster.js';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** Runs a command to its end; resolves to its exit code and output. */
const runToEnd = (args: string[], cwd: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });

/** Starts the fixture that never calls stop(); resolves when it reports its cluster. */
function forgetful(mode: 'exit' | 'hang', dir?: string) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@goalkit/source',
      '--import',
      'tsx',
      'test/postgres/fixtures/forgetful.ts',
      mode,
      ...(dir ? [dir] : []),
    ],
    { cwd: serverDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const started = new Promise<{ port: number; dataDir: string; reused: boolean }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(JSON.parse(out));
    });
    child.once('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`the fixture exited with ${code}: ${out}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, started, exited };
}

/** A directory the server's user may reach when run as root (mkdtemp makes it private). */
function keptDir() {
  const parent = mkdtempSync(join(tmpdir(), 'goalkit-pgdir-'));
  chmodSync(parent, 0o755);
  return { parent, dir: join(parent, 'postgres') };
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function eventually(check: () => Promise<boolean> | boolean, ms = 15_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

describe('findPostgres', () => {
  it('names the missing programs and how to install them when there is no PostgreSQL', () => {
    expect(() => findPostgres({ path: '', binDir: '', versionsDir: '/nonexistent' })).toThrow(
      /initdb, pg_ctl, postgres, psql, createdb .*apt-get install postgresql/,
    );
  });

  it('takes the highest version under the versions directory, and names what an incomplete one lacks', () => {
    const versions = mkdtempSync(join(tmpdir(), 'goalkit-pgbin-'));
    try {
      for (const version of ['9.6', '16', '15']) {
        mkdirSync(join(versions, version, 'bin'), { recursive: true });
        for (const name of ['initdb', 'pg_ctl', 'postgres', 'psql', 'createdb']) {
          writeFileSync(join(versions, version, 'bin', name), '');
        }
      }
      expect(findPostgres({ path: '', binDir: '', versionsDir: versions }).dir).toBe(join(versions, '16', 'bin'));

      rmSync(join(versions, '9.6'), { recursive: true });
      rmSync(join(versions, '15'), { recursive: true });
      rmSync(join(versions, '16', 'bin', 'psql'));
      expect(() => findPostgres({ path: '', binDir: '', versionsDir: versions })).toThrow(
        `no psql (next to the others in ${join(versions, '16', 'bin')})`,
      );
    } finally {
      rmSync(versions, { recursive: true, force: true });
    }
  });
});

describe('startPostgres', () => {
  it('runs a throwaway cluster that takes SQL through its URL, survives a restart, and is gone after stop', async () => {
    const cluster = await startPostgres();
    expect(cluster.url).toBe(`postgres://goalkit@127.0.0.1:${cluster.port}/goalkit`);
    expect(await psql(cluster.url, 'SELECT 1')).toBe('1\n');

    const url = await cluster.createDatabase('cluster_test');
    expect(url).toBe(`postgres://goalkit@127.0.0.1:${cluster.port}/cluster_test`);
    await psql(url, "CREATE TABLE goals (id text PRIMARY KEY, title text); INSERT INTO goals VALUES ('g1', 'Ship it')");
    expect(await psql(url, 'SELECT id, title FROM goals')).toBe('g1|Ship it\n');
    expect(await cluster.createDatabase('cluster_test')).toBe(url);
    await expect(cluster.createDatabase('bad-name; DROP')).rejects.toThrow(/not allowed/);

    await cluster.restart();
    expect(await psql(url, 'SELECT title FROM goals')).toBe('Ship it\n');

    await cluster.stop();
    expect(await listening(cluster.port)).toBe(false);
    expect(existsSync(cluster.dataDir)).toBe(false);
    await cluster.stop();
  }, 60_000);

  it('keeps a cluster in a given directory: stopPostgres stops it, the next start finds the data', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'goalkit-pgdir-'));
    const dir = join(parent, 'postgres');
    try {
      if (process.getuid?.() === 0) {
        await expect(startPostgres({ dir })).rejects.toThrow(/who cannot write to .*chmod o\+x/);
        chmodSync(parent, 0o755);
      }
      const first = await startPostgres({ dir, stopOnExit: false });
      expect(first.reused).toBe(false);
      await psql(first.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
      const again = await startPostgres({ dir, stopOnExit: false });
      expect(again.reused).toBe(true);
      expect(again.port).toBe(first.port);

      expect(await stopPostgres(dir)).toBe(true);
      expect(await listening(first.port)).toBe(false);
      expect(await stopPostgres(dir)).toBe(false);
      expect(existsSync(join(dir, 'data', 'PG_VERSION'))).toBe(true);

      const second = await startPostgres({ dir });
      expect(second.reused).toBe(false);
      expect(await psql(second.url, 'SELECT n FROM kept')).toBe('42\n');
      await second.stop();
      expect(existsSync(join(dir, 'data', 'PG_VERSION'))).toBe(true);
    } finally {
      await stopPostgres(dir).catch(() => false);
      rmSync(parent, { recursive: true, force: true });
    }
  }, 60_000);

  for (const [mode, how] of [
    ['exit', 'exits without calling stop()'],
    ['hang', 'is killed with SIGKILL'],
  ] as const) {
    it(`stops the cluster and removes its directory when the process that started it ${how}`, async () => {
      const fixture = forgetful(mode);
      const started = await fixture.started;
      const { child } = fixture;
      expect(await listening(started.port)).toBe(true);
      if (mode === 'hang') child.kill('SIGKILL');

      expect(await eventually(async () => !(await listening(started.port)))).toBe(true);
      expect(await eventually(() => !existsSync(started.dataDir))).toBe(true);
    }, 60_000);
  }

  it('leaves a cluster it found running in the directory running when its process exits', async () => {
    const { parent, dir } = keptDir();
    try {
      const running = await startPostgres({ dir, stopOnExit: false });
      const fixture = forgetful('exit', dir);
      expect(await fixture.started).toMatchObject({ port: running.port, reused: true });
      await fixture.exited;
      await new Promise((r) => setTimeout(r, 1500));
      expect(await psql(running.url, 'SELECT 1')).toBe('1\n');

      const owned = forgetful('exit', join(parent, 'other'));
      const started = await owned.started;
      expect(started.reused).toBe(false);
      expect(await eventually(async () => !(await listening(started.port)))).toBe(true);
      expect(existsSync(join(parent, 'other', 'data', 'PG_VERSION'))).toBe(true);
    } finally {
      await stopPostgres(dir);
      rmSync(parent, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('scripts/postgres.mjs', () => {
  it('start prints only the URL of a cluster kept in --dir, again when it runs; stop stops it', async () => {
    const { parent, dir } = keptDir();
    try {
      const first = await runToEnd(['scripts/postgres.mjs', 'start', '--dir', dir, '--port', '0'], root);
      expect(first.code, first.stderr).toBe(0);
      const url = first.stdout.trim();
      expect(url).toMatch(/^postgres:\/\/goalkit@127\.0\.0\.1:\d+\/goalkit$/);
      expect(first.stderr).toContain(`PostgreSQL started in ${dir}`);
      expect(await psql(url, 'SELECT 1')).toBe('1\n');

      const second = await runToEnd(['scripts/postgres.mjs', 'start', '--dir', dir], root);
      expect(second.stdout.trim()).toBe(url);
      expect(second.stderr).toContain('already running');

      const stopped = await runToEnd(['scripts/postgres.mjs', 'stop', '--dir', dir], root);
      expect(stopped.stderr).toContain(`PostgreSQL in ${dir} stopped.`);
      expect(await listening(Number(new URL(url).port))).toBe(false);
      expect((await runToEnd(['scripts/postgres.mjs', 'stop', '--dir', dir], root)).stderr).toContain(
        'No PostgreSQL was running',
      );
      expect((await runToEnd(['scripts/postgres.mjs', 'restart'], root)).code).toBe(2);
    } finally {
      await stopPostgres(dir);
      rmSync(parent, { recursive: true, force: true });
    }
  }, 60_000);
});
