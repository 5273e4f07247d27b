#!/usr/bin/env node
// A local PostgreSQL cluster for the reference server (issue 21), kept in a directory so its data survives:
//   node scripts/postgres.mjs start [--dir apps/server/data/postgres] [--port 54329]   prints the URL
//   node scripts/postgres.mjs stop  [--dir apps/server/data/postgres]
// `start` initialises the directory on first use and leaves the cluster running; starting it again prints the URL
// of the running one. The URL goes to stdout alone: `export GOALKIT_DATABASE_URL=$(node scripts/postgres.mjs start)`.
// The cluster listens on 127.0.0.1 only and trusts loopback connections: a development database, not a production one
// (see docs/postgres.md).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The kept cluster's directory and port, shared with `pnpm start --postgres`. */
export const defaultDir = `${root}apps/server/data/postgres`;
export const defaultPort = 54329;

/** The harness the server's tests use, in TypeScript: one implementation for both. */
export const loadCluster = () => tsImport('../apps/server/test/postgres/cluster.ts', import.meta.url);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { dir: { type: 'string', default: defaultDir }, port: { type: 'string', default: String(defaultPort) } },
  });
  const [command] = positionals;
  const port = Number(values.port);
  if ((command !== 'start' && command !== 'stop') || positionals.length > 1 || !Number.isInteger(port)) {
    console.error('usage: node scripts/postgres.mjs start|stop [--dir <directory>] [--port <port>]');
    process.exit(2);
  }
  try {
    const { startPostgres, stopPostgres } = await loadCluster();
    if (command === 'start') {
      const cluster = await startPostgres({ dir: values.dir, port, stopOnExit: false });
      console.error(
        cluster.reused
          ? `PostgreSQL is already running in ${values.dir}.`
          : `PostgreSQL started in ${values.dir}${port && cluster.port !== port ? ` (port ${port} was taken)` : ''}; stop it with: node scripts/postgres.mjs stop`,
      );
      console.log(cluster.url);
    } else {
      const stopped = await stopPostgres(values.dir);
      console.error(stopped ? `PostgreSQL in ${values.dir} stopped.` : `No PostgreSQL was running in ${values.dir}.`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
