import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The programs the harness runs, all from one PostgreSQL installation so their versions agree. */
const programs = ['initdb', 'pg_ctl', 'postgres', 'psql', 'createdb'] as const;

/** The database superuser every cluster is initialised with, whatever OS user runs the server. */
export const POSTGRES_SUPERUSER = 'goalkit';

/** Where PostgreSQL's programs were found. */
export interface PostgresBinaries {
  /** The directory holding `initdb`, `pg_ctl`, `postgres`, `psql` and `createdb`. */
  dir: string;
  /** The path of each program. */
  bin: Record<(typeof programs)[number], string>;
}

/** Where to look; the defaults are this process's `PATH`, `GOALKIT_PG_BIN` and Debian's `/usr/lib/postgresql`. */
export interface FindPostgresOptions {
  /** @default process.env.PATH */
  path?: string;
  /** A directory to use before any other. @default process.env.GOALKIT_PG_BIN */
  binDir?: string;
  /** Holds one `<major version>/bin` per installed version, as Debian lays them out. @default '/usr/lib/postgresql' */
  versionsDir?: string;
}

/**
 * Finds one directory holding all of PostgreSQL's programs: `GOALKIT_PG_BIN`, then the directory of the
 * `initdb` on `PATH` (symlinks followed), then `/usr/lib/postgresql/<version>/bin`, highest version first.
 * Throws an error naming what is missing and how to install it.
 */
export function findPostgres(options: FindPostgresOptions = {}): PostgresBinaries {
  const {
    path = process.env.PATH ?? '',
    binDir = process.env.GOALKIT_PG_BIN,
    versionsDir = '/usr/lib/postgresql',
  } = options;
  const candidates: string[] = [];
  if (binDir) candidates.push(binDir);
  for (const entry of path.split(delimiter).filter(Boolean)) {
    const initdb = join(entry, 'initdb');
    if (existsSync(initdb)) candidates.push(dirname(realpathSync(initdb)), entry);
  }
  if (existsSync(versionsDir)) {
    const versions = readdirSync(versionsDir)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(join(versionsDir, version, 'bin'));
  }
  for (const dir of candidates) {
    if (programs.every((name) => existsSync(join(dir, name)))) {
      const bin = Object.fromEntries(programs.map((name) => [name, join(dir, name)])) as PostgresBinaries['bin'];
      return { dir, bin };
    }
  }
  const looked = [binDir && `GOALKIT_PG_BIN (${binDir})`, 'PATH', `${versionsDir}/*/bin`].filter(Boolean).join(', ');
  const partial = candidates.find((dir) => programs.some((name) => existsSync(join(dir, name))));
  const missing = partial
    ? `${programs.filter((name) => !existsSync(join(partial, name))).join(', ')} (next to the others in ${partial})`
    : programs.join(', ');
  throw new Error(
    `PostgreSQL's programs were not found: no ${missing} in ${looked}. Install the PostgreSQL server ` +
      '(Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql@16) or set GOALKIT_PG_BIN ' +
      'to the directory that holds initdb, pg_ctl, postgres, psql and createdb.',
  );
}

/** How to start a cluster. */
export interface PostgresOptions {
  /**
   * A directory to keep the cluster in (created and initialised when empty, reused otherwise; `stop()` keeps it).
   * Without it, the cluster lives in a new temporary directory that `stop()` removes.
   */
  dir?: string;
  /** The TCP port on 127.0.0.1; when taken or not given, a free one. */
  port?: number;
  /** The database created at start and named in `url`. @default 'goalkit' */
  database?: string;
  /**
   * Trade durability for speed (`fsync`, `synchronous_commit` and `full_page_writes` off): for throwaway clusters.
   * @default true without `dir`, false with it
   */
  fast?: boolean;
  /**
   * Stop the cluster (and remove a temporary one) when this process ends, even by `SIGKILL`, if `stop()` was not
   * called. A cluster that was already running in `dir` is left running.
   * @default true
   */
  stopOnExit?: boolean;
}

/** A running PostgreSQL cluster on 127.0.0.1. Loopback connections need no password (trust). */
export interface PostgresCluster {
  /** `postgres://goalkit@127.0.0.1:<port>/<database>`. */
  url: string;
  port: number;
  /** The cluster's data directory. */
  dataDir: string;
  /** The superuser's name in every URL. */
  user: string;
  /** Whether it was already running in `dir` when started (`stop()` stops it all the same). */
  reused: boolean;
  /** Stops the server (fast shutdown) and removes a temporary directory. Calling it again does nothing. */
  stop(): Promise<void>;
  /** Restarts the server (`pg_ctl restart`, fast shutdown): connections drop, committed data stays. */
  restart(): Promise<void>;
  /** Creates the database unless it exists; resolves to its URL. Names are letters, digits and `_`. */
  createDatabase(name: string): Promise<string>;
}

/** Runs SQL through `psql` on a URL and resolves to its unaligned output (`-At`); an SQL error rejects. */
export async function psql(url: string, sql: string): Promise<string> {
  const { bin } = findPostgres();
  return run(bin.psql, [url, '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
}

const watchdogScript = fileURLToPath(new URL('./watchdog.mjs', import.meta.url));

/**
 * Starts a PostgreSQL cluster on 127.0.0.1 with `initdb` and `pg_ctl`. As root (which `initdb` refuses) the server
 * runs as `GOALKIT_PG_USER`, else the `postgres` user, else a `goalkit-pg` system user created for it.
 */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  const { bin } = findPostgres();
  const database = options.database ?? 'goalkit';
  checkName(database);
  const temporary = options.dir === undefined;
  const fast = options.fast ?? temporary;
  const owner = serverUser();
  const base = temporary ? mkdtempSync(join(tmpdir(), 'goalkit-pg-')) : resolve(options.dir as string);
  mkdirSync(dirname(base), { recursive: true });
  mkdirSync(base, { recursive: true, mode: 0o700 });
  if (owner && statSync(base).uid !== owner.uid) chownTree(base, owner);
  const dataDir = join(base, 'data');
  const log = join(base, 'postgres.log');
  const ownerCommand = (file: string, args: string[]): [string, string[]] =>
    owner ? ['runuser', ['-u', owner.name, '--', file, ...args]] : [file, args];
  const asOwner = (file: string, args: string[]) => run(...ownerCommand(file, args), base);
  const stopArgs = (mode: 'fast' | 'immediate') => ['stop', '-D', dataDir, '-w', '-t', '60', '-m', mode];

  if (owner && spawnSync('runuser', ['-u', owner.name, '--', 'test', '-w', base]).status !== 0) {
    throw new Error(
      `The PostgreSQL server runs as the user ${owner.name} (initdb refuses root), who cannot write to ${base}: ` +
        'make every directory above it traversable (chmod o+x) or keep the cluster somewhere else.',
    );
  }
  let startedHere = false;
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      await asOwner(bin.initdb, [
        '-D',
        dataDir,
        '-U',
        POSTGRES_SUPERUSER,
        '--auth=trust',
        '--encoding=UTF8',
        '--no-locale',
        '--no-instructions',
        ...(fast ? ['--no-sync'] : []),
      ]);
      const settings = [
        "listen_addresses = '127.0.0.1'",
        // initdb picks fewer when the machine is busy with other clusters; the servers under test need their pools.
        'max_connections = 100',
        `unix_socket_directories = '${base.replaceAll("'", "''")}'`,
        ...(fast ? ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'] : []),
      ];
      await appendFile(join(dataDir, 'postgresql.conf'), `\n# goalkit\n${settings.join('\n')}\n`);
    }

    let port = runningPort(dataDir);
    const reused = port !== undefined;
    for (let attempt = 0; port === undefined; attempt++) {
      const wanted = attempt === 0 && options.port !== undefined && (await isFree(options.port)) ? options.port : 0;
      const candidate = wanted || (await freePort());
      try {
        await asOwner(bin.pg_ctl, ['start', '-D', dataDir, '-l', log, '-w', '-t', '60', '-o', `-p ${candidate}`]);
        port = candidate;
        startedHere = true;
      } catch (error) {
        // Another process may take the port between the probe and the server's bind: try another.
        if (attempt < 3 && /could not (bind|create listen)/i.test(tail(log))) continue;
        throw new Error(`${(error as Error).message}\n${log}:\n${tail(log)}`);
      }
    }
    const startedPort = port;

    const client = (file: string, args: string[]) =>
      run(file, ['-h', '127.0.0.1', '-p', String(startedPort), '-U', POSTGRES_SUPERUSER, ...args]);
    const urlOf = (name: string) => `postgres://${POSTGRES_SUPERUSER}@127.0.0.1:${startedPort}/${name}`;
    const createDatabase = async (name: string) => {
      checkName(name);
      const exists = await client(bin.psql, [
        '-X',
        '-At',
        '-d',
        'postgres',
        '-c',
        `SELECT 1 FROM pg_database WHERE datname = '${name}'`,
      ]);
      if (exists.trim() !== '1') await client(bin.createdb, [name]);
      return urlOf(name);
    };
    await createDatabase(database);

    let watchdog: ChildProcess | undefined;
    // A throwaway cluster has nothing to keep: the quickest stop will do. A kept one shuts down cleanly.
    const [exitFile, exitArgs] = ownerCommand(bin.pg_ctl, stopArgs(temporary ? 'immediate' : 'fast'));
    const onExit = () => {
      watchdog?.kill('SIGKILL');
      spawnSync(exitFile, exitArgs, { cwd: base, stdio: 'ignore' });
      if (temporary) rmSync(base, { recursive: true, force: true });
    };
    if ((options.stopOnExit ?? true) && !reused) {
      process.once('exit', onExit);
      // A process killed outright runs no exit handler: a detached watchdog stops the cluster when this process is gone.
      watchdog = spawn(
        process.execPath,
        [
          watchdogScript,
          JSON.stringify({
            pid: process.pid,
            file: exitFile,
            args: exitArgs,
            cwd: base,
            remove: temporary ? base : null,
          }),
        ],
        { detached: true, stdio: 'ignore' },
      );
      watchdog.unref();
    }

    let stopped = false;
    return {
      url: urlOf(database),
      port: startedPort,
      dataDir,
      user: POSTGRES_SUPERUSER,
      reused,
      createDatabase,
      restart: async () => {
        await asOwner(bin.pg_ctl, ['restart', '-D', dataDir, '-l', log, '-w', '-t', '60', '-m', 'fast']);
      },
      stop: async () => {
        if (stopped) return;
        stopped = true;
        process.off('exit', onExit);
        watchdog?.kill('SIGKILL');
        if (runningPort(dataDir) !== undefined) await asOwner(bin.pg_ctl, stopArgs('fast'));
        if (temporary) rmSync(base, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (startedHere) {
      const [file, args] = ownerCommand(bin.pg_ctl, stopArgs(temporary ? 'immediate' : 'fast'));
      spawnSync(file, args, { cwd: base, stdio: 'ignore' });
    }
    if (temporary) rmSync(base, { recursive: true, force: true });
    throw error;
  }
}

/** Stops the cluster kept in `dir` if it is running (fast shutdown); resolves to whether it was. */
export async function stopPostgres(dir: string): Promise<boolean> {
  const { bin } = findPostgres();
  const base = resolve(dir);
  const dataDir = join(base, 'data');
  if (runningPort(dataDir) === undefined) return false;
  const owner = serverUser();
  const args = ['stop', '-D', dataDir, '-w', '-t', '60', '-m', 'fast'];
  await (owner ? run('runuser', ['-u', owner.name, '--', bin.pg_ctl, ...args], base) : run(bin.pg_ctl, args, base));
  return true;
}

function checkName(name: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(
      `Database name ${JSON.stringify(name)} is not allowed: use lower-case letters, digits and _ (at most 63, not starting with a digit).`,
    );
  }
}

/** The port in a running server's `postmaster.pid` (its fourth line), when its process is alive. */
function runningPort(dataDir: string): number | undefined {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const [pid, , , port] = readFileSync(file, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return Number(port) || undefined;
}

interface Owner {
  name: string;
  uid: number;
  gid: number;
}

/** Who runs the server: nobody else when not root; an unprivileged user when root. */
function serverUser(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (name: string): Owner | undefined => {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const chosen = process.env.GOALKIT_PG_USER;
  if (chosen) {
    const owner = lookup(chosen);
    if (!owner) throw new Error(`GOALKIT_PG_USER names ${chosen}, which is not a user on this machine.`);
    return owner;
  }
  const existing = lookup('postgres') ?? lookup('goalkit-pg');
  if (existing) return existing;
  const created = spawnSync(
    'useradd',
    ['--system', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', 'goalkit-pg'],
    { encoding: 'utf8' },
  );
  const owner = lookup('goalkit-pg');
  if (!owner) {
    throw new Error(
      `initdb refuses to run as root, and creating the system user goalkit-pg failed (${created.stderr || created.error}). ` +
        'Create an unprivileged user and name it in GOALKIT_PG_USER, or run as a user other than root.',
    );
  }
  return owner;
}

function chownTree(dir: string, owner: Owner) {
  chownSync(dir, owner.uid, owner.gid);
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    chownSync(join(dir, entry), owner.uid, owner.gid);
  }
}

function run(file: string, args: string[], cwd?: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(file, args, { cwd, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
      else resolvePromise(stdout);
    });
  });
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '(no log)';
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePromise(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise(true)));
  });
}
