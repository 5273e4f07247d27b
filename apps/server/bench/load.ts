// Load figures for the reference server, run by `pnpm bench`: autocannon on loopback against servers in
// their own processes (so they do not share an event loop with the load), with the demo organisation, side
// by side in one run: SQLite (a temporary file), PostgreSQL with one instance, and PostgreSQL with two
// instances on one database (the load split between them, as a load balancer would). Prints one JSON
// object with the results on the last line of stdout.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/db/openDatabase.js';
import { seedDemo } from '../src/seed/seedDemo.js';
import { psql, startPostgres } from '../test/postgres/cluster.js';
import { startServerProcess } from '../test/serverProcess.js';

const duration = Number(process.env.GOALKIT_LOAD_SECONDS ?? 8);
const token = 'gk_demo_platform-lead';
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
let nextPort = 21_000 + Math.floor(Math.random() * 10_000);
const children: ChildProcess[] = [];

/** A server process; resolves with its address once it listens. */
async function start(env: Record<string, string>): Promise<string> {
  const port = nextPort++;
  children.push(await startServerProcess(port, env));
  return `http://127.0.0.1:${port}`;
}

const run = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ duration, ...options }, (error, result) => (error ? reject(error) : resolve(result))),
  );

/** The same load on every instance at once (connections split between them); their figures summed. */
async function load(name: string, bases: string[], connections: number, options: (base: string) => autocannon.Options) {
  const results = await Promise.all(
    bases.map((base) => run({ ...options(base), connections: Math.ceil(connections / bases.length) })),
  );
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    name,
    instances: bases.length,
    requestsPerSecond: sum((r) => r.requests.average),
    latencyMedianMs: Math.max(...results.map((r) => r.latency.p50)),
    latencyP99Ms: Math.max(...results.map((r) => r.latency.p99)),
    requests: sum((r) => r.requests.total),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    connections,
    durationSeconds: duration,
    acknowledged: sum((r) => r['2xx']),
  };
}

/** The three workloads against one setup; `count` reads how many check-ins are stored. */
async function workloads(setup: string, bases: string[], count: () => Promise<number>) {
  const first = bases[0] as string;
  const list = (await (await fetch(`${first}/objectives?owner=platform-lead&limit=50`, { headers })).json()) as {
    items: { id: string; keyResults: { id: string; type: string }[] }[];
  };
  const objectiveId = list.items[0]?.id as string;
  // Check-ins spread over the lead's key results, as a team checking in would (not all on one row).
  const targets = list.items
    .flatMap((o) => o.keyResults)
    .filter((k) => k.type === 'increase' || k.type === 'decrease')
    .map((k) => k.id);
  const out = [];
  const { acknowledged: _a, ...byId } = await load(`${setup}: GET /objectives/{id}`, bases, 10, (base) => ({
    url: `${base}/objectives/${objectiveId}`,
    headers,
  }));
  out.push(byId);
  const { acknowledged: _b, ...page } = await load(
    `${setup}: GET /objectives?limit=50 (a 50-item page)`,
    bases,
    10,
    (base) => ({
      url: `${base}/objectives?limit=50`,
      headers,
    }),
  );
  out.push(page);
  out.push(await checkInRun(`${setup}: POST check-ins from 50 connections`, bases, targets, headers, count));

  // The same from an admin across the whole organisation's key results: writers rarely share a goal, so
  // no row lock queues them (what many people checking in on their own goals look like).
  const admin = { ...headers, authorization: 'Bearer gk_demo_ceo' };
  const everything: string[] = [];
  for (let cursor: string | null = ''; cursor !== null; ) {
    const page = (await (
      await fetch(`${first}/objectives?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
        headers: admin,
      })
    ).json()) as { items: { state: string; keyResults: { id: string; type: string }[] }[]; nextCursor: string | null };
    for (const o of page.items)
      if (o.state === 'active')
        for (const k of o.keyResults) if (k.type === 'increase' || k.type === 'decrease') everything.push(k.id);
    cursor = page.nextCursor;
  }
  const spread = await checkInRun(
    `${setup}: POST check-ins across the organisation from 50 connections`,
    bases,
    everything,
    admin,
    count,
  );
  out.push({ ...spread, keyResults: everything.length });
  return out;
}

let sequence = 0;

/**
 * Autocannon's options for check-ins on `targets` in turn, each with its own Idempotency-Key (so none is a
 * replay) and a value that changes.
 */
function checkIns(base: string, targets: readonly string[], requestHeaders: Record<string, string>) {
  return {
    url: `${base}/key-results/${targets[0]}/check-ins`,
    requests: [
      {
        method: 'POST' as const,
        setupRequest: (request: autocannon.Request) => {
          sequence++;
          return {
            ...request,
            path: `/key-results/${targets[sequence % targets.length]}/check-ins`,
            headers: { ...requestHeaders, 'idempotency-key': `load-${process.pid}-${sequence}` },
            body: JSON.stringify({ value: sequence % 100, confidence: 0.7 }),
          };
        },
      },
    ],
  };
}

/** 50 connections checking in on `targets`, with how many were stored and how busy the machine was. */
async function checkInRun(
  name: string,
  bases: string[],
  targets: readonly string[],
  requestHeaders: Record<string, string>,
  count: () => Promise<number>,
) {
  const before = await count();
  const cpu = machineCpu();
  const result = await load(name, bases, 50, (base) => checkIns(base, targets, requestHeaders));
  // Requests still in flight when a run ends are stored but not counted as acknowledged.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const stored = (await count()) - before;
  return { ...result, stored, lost: Math.max(0, result.acknowledged - stored), cpuBusy: cpu.busy() };
}

/**
 * How busy the whole machine's processors were from now until `busy()` is called (0 to 1, every core;
 * from /proc/stat, so Linux only; null elsewhere): whether a run was limited by the cores themselves.
 */
function machineCpu() {
  const read = () => {
    try {
      const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
      const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
      return { idle, total: fields.reduce((a, b) => a + b, 0) };
    } catch {
      return undefined;
    }
  };
  const start = read();
  return {
    busy: () => {
      const end = read();
      if (!start || !end || end.total === start.total) return null;
      return Math.round((1 - (end.idle - start.idle) / (end.total - start.total)) * 100) / 100;
    },
  };
}

/** The demo's people (the server seeds the same organisation), for one token each. */
async function demoPeople(): Promise<string[]> {
  const db = openDatabase(':memory:');
  try {
    return (await seedDemo(db)).map((p) => p.id);
  } finally {
    db.close();
  }
}

/**
 * What live events cost: check-ins from 10 connections while `streams` `/events` streams are open (up
 * to 10 per person, the server's per-token limit), each stream counting the check-in events it receives.
 */
async function fanOut(base: string, streams: number, people: string[]) {
  const controller = new AbortController();
  let received = 0;
  const opened = await Promise.all(
    Array.from({ length: streams }, async (_, i) => {
      const person = people[i % people.length] as string;
      const response = await fetch(`${base}/events`, {
        headers: { authorization: `Bearer gk_demo_${person}` },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`stream ${i}: ${response.status}`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            received += decoder.decode(value).split('event: check-in.created').length - 1;
          }
        } catch {
          // aborted at the end
        }
      })();
    }),
  );
  const list = (await (await fetch(`${base}/objectives?owner=platform-lead&limit=50`, { headers })).json()) as {
    items: { keyResults: { id: string; type: string }[] }[];
  };
  const targets = list.items
    .flatMap((o) => o.keyResults)
    .filter((k) => k.type === 'increase' || k.type === 'decrease')
    .map((k) => k.id);
  const result = await run({ ...checkIns(base, targets, headers), connections: 10 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  controller.abort();
  return {
    name: `SQLite: POST check-ins from 10 connections with ${streams} /events streams open`,
    instances: 1,
    streams: opened.length,
    requestsPerSecond: result.requests.average,
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    connections: 10,
    durationSeconds: duration,
    eventsDelivered: received,
    eventsPerSecond: Math.round(received / duration),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'goalkit-load-'));
const cluster = await startPostgres();
try {
  const results = [];
  const file = join(dir, 'goalkit.db');
  const sqlite = await start({ GOALKIT_DB: file });
  const db = new Database(file, { readonly: true });
  results.push(
    ...(await workloads(
      'SQLite',
      [sqlite],
      async () => (db.prepare('SELECT COUNT(*) AS n FROM check_ins').get() as { n: number }).n,
    )),
  );
  db.close();
  const people = await demoPeople();
  for (const streams of [0, 100, 400]) results.push(await fanOut(sqlite, streams, people));

  const one = await cluster.createDatabase('load_one');
  const pgCount = (url: string) => async () => Number(await psql(url, 'SELECT COUNT(*) FROM check_ins'));
  const single = await start({ GOALKIT_DATABASE_URL: one });
  results.push(...(await workloads('PostgreSQL, 1 instance', [single], pgCount(one))));

  const two = await cluster.createDatabase('load_two');
  const a = await start({ GOALKIT_DATABASE_URL: two });
  const b = await start({ GOALKIT_DATABASE_URL: two });
  results.push(...(await workloads('PostgreSQL, 2 instances', [a, b], pgCount(two))));
  console.log(JSON.stringify({ results }));
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null))),
    ),
  );
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
