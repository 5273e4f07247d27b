// Load figures for the reference server, run by `pnpm bench`: autocannon on loopback against a
// server in its own process (so they do not share an event loop), with the demo organisation on a
// temporary SQLite file. Prints one JSON object with the results on the last line of stdout.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'goalkit-load-'));
const file = join(dir, 'goalkit.db');
const port = 21_000 + Math.floor(Math.random() * 10_000);
const base = `http://127.0.0.1:${port}`;
const duration = Number(process.env.GOALKIT_LOAD_SECONDS ?? 8);
const token = 'gk_demo_platform-lead';

const child = spawn(
  process.execPath,
  ['--conditions=@goalkit/source', '--import', 'tsx', 'src/main.ts', '--demo', '--quiet'],
  {
    cwd: serverDir,
    env: { ...process.env, GOALKIT_DB: file, PORT: String(port), GOALKIT_RATE_LIMIT: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise<void>((resolve, reject) => {
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('goalkit reference API on')) resolve();
  });
  child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

try {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const list = (await (await fetch(`${base}/objectives?owner=platform-lead&limit=50`, { headers })).json()) as {
    items: { id: string; keyResults: { id: string; type: string }[] }[];
  };
  const objectiveId = list.items[0]?.id as string;
  const keyResultId = list.items.flatMap((o) => o.keyResults).find((k) => k.type === 'increase')?.id as string;

  const run = (options: autocannon.Options) =>
    new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ duration, ...options }, (error, result) => (error ? reject(error) : resolve(result))),
    );
  const summary = (name: string, result: autocannon.Result, extra: Record<string, unknown> = {}) => ({
    name,
    requestsPerSecond: result.requests.average,
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    connections: result.connections,
    durationSeconds: duration,
    ...extra,
  });

  const results = [];
  results.push(
    summary('GET /objectives/{id}', await run({ url: `${base}/objectives/${objectiveId}`, headers, connections: 10 })),
  );
  results.push(
    summary(
      'GET /objectives?limit=50 (a 50-item page)',
      await run({ url: `${base}/objectives?limit=50`, headers, connections: 10 }),
    ),
  );

  const db = new Database(file, { readonly: true });
  const count = () => (db.prepare('SELECT COUNT(*) AS n FROM check_ins').get() as { n: number }).n;
  const before = count();
  let sequence = 0;
  const checkIns = await run({
    url: `${base}/key-results/${keyResultId}/check-ins`,
    connections: 50,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          sequence++;
          return {
            ...request,
            headers: { ...headers, 'idempotency-key': `load-${sequence}` },
            body: JSON.stringify({ value: sequence % 100, confidence: 0.7 }),
          };
        },
      },
    ],
  });
  const stored = count() - before;
  const acknowledged = checkIns['2xx'];
  db.close();
  results.push(
    summary('POST check-ins from 50 connections', checkIns, { acknowledged, stored, lost: acknowledged - stored }),
  );
  console.log(JSON.stringify({ results }));
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
