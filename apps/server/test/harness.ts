import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll } from 'vitest';
import { type AppOptions, createApp } from '../src/app.js';
import { type SqlEngine, sqliteEngine } from '../src/db/engine.js';
import { openDatabase } from '../src/db/openDatabase.js';
import { postgresEngine } from '../src/db/postgresEngine.js';
import type { SqlDatabase } from '../src/db/sql.js';
import { copyDatabase } from '../src/seed/copyDatabase.js';
import { seedDemo } from '../src/seed/seedDemo.js';
import { GoalStore, type StoreOptions } from '../src/store.js';
import { TokenRegistry } from '../src/tokens.js';
import { type PostgresCluster, startPostgres } from './postgres/cluster.js';

/** The day the tests run "as of": mid-quarter, so there is history and time left. */
export const TODAY = '2026-11-16';

/**
 * The engine the server tests run on: SQLite by default; `GOALKIT_TEST_ENGINE=postgres` (the
 * `server-postgres` project) runs the same tests on PostgreSQL, a throwaway cluster per test file.
 */
export const testEngine = process.env.GOALKIT_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
let cluster: Promise<PostgresCluster> | undefined;
let databases = 0;
// One cluster per test file, stopped with it (a worker process runs several files one after another).
afterAll(async () => {
  const running = cluster;
  cluster = undefined;
  if (running) await (await running).stop();
});

/** A fresh PostgreSQL database holding what `seeded` holds. */
async function postgresCopyOf(seeded: SqlDatabase): Promise<SqlEngine> {
  cluster ??= startPostgres();
  const url = await (await cluster).createDatabase(`server_${process.pid}_${++databases}`);
  const engine = await postgresEngine(url);
  await copyDatabase(seeded, engine);
  return engine;
}

/** Start the reference server on loopback with a fresh seeded in-memory database, in demo mode (`gk_demo_<id>` tokens). */
export async function startServer(
  options: Partial<Omit<AppOptions, 'store'>> = {},
  file = ':memory:',
  storeOptions: Omit<StoreOptions, 'now'> = {},
) {
  const db = openDatabase(file);
  const people = await seedDemo(db, TODAY);
  const engine = testEngine === 'postgres' && file === ':memory:' ? await postgresCopyOf(db) : sqliteEngine(db);
  const store = new GoalStore(engine, { now: () => new Date(`${TODAY}T12:00:00Z`), ...storeOptions });
  const { app, hub, ready, webhooks, rhythm, sync, close } = createApp({
    store,
    tokens: TokenRegistry.demo(people.map((p) => p.id)),
    rateLimit: false,
    authFailureLimit: false,
    keepAliveMs: 1000,
    // Tests run the rhythm's scheduler by hand (`rhythm.run()`), at the store's fixed clock.
    rhythm: { intervalMs: false },
    // And the scheduled pulls (`sync.run()`).
    sync: { intervalMs: false },
    ...options,
  });
  await ready;
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as HttpServer;
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const call = (path: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token !== undefined) headers.set('authorization', `Bearer ${init.token}`);
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(`${baseUrl}${path}`, { ...init, headers });
  };
  return {
    baseUrl,
    db,
    store,
    hub,
    webhooks,
    rhythm,
    sync,
    call,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(async () => {
          await close().catch(() => undefined);
          void engine.close().finally(() => {
            if (engine.dialect === 'postgres') db.close();
            resolve();
          });
        });
      }),
  };
}

export const tokens = {
  admin: 'gk_demo_ceo',
  head: 'gk_demo_product-head',
  lead: 'gk_demo_platform-lead',
  member: 'gk_demo_platform-1',
  peer: 'gk_demo_platform-2',
  outsider: 'gk_demo_smb-1',
};

export type Server = Awaited<ReturnType<typeof startServer>>;

/** A reply read whole: status, headers and the parsed JSON body (undefined when empty). */
export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Call the server with a JSON body (or none) and read the reply whole. */
export async function request<T = unknown>(
  server: Pick<Server, 'call'>,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const response = await server.call(path, {
    method,
    ...(token === undefined ? {} : { token }),
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
}
