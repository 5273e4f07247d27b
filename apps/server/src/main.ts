import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { logNotifier } from '@goalkit/core';
import { type AiProvider, createFakeProvider } from '@goalkit/core/assist';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { builtInConnectors } from './connectors/index.js';
import { type SqlEngine, sqliteEngine } from './db/engine.js';
import { openDatabase } from './db/openDatabase.js';
import { postgresEngine } from './db/postgresEngine.js';
import { copyDatabase } from './seed/copyDatabase.js';
import { seedDemo } from './seed/seedDemo.js';
import { GoalStore } from './store.js';
import { demoToken, parseTokens, TokenRegistry } from './tokens.js';

/** A database URL without its password, for messages. */
const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    seed: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    migrate: { type: 'boolean', default: false },
    'log-reminders': { type: 'boolean', default: false },
    assist: { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 8787);
const hostname = values.host ?? process.env.HOST ?? '127.0.0.1';
const loopback = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(hostname);
// Everyone knows the demo's tokens: a server that accepts them must not be reachable from elsewhere.
if (values.demo && !loopback) {
  fail(
    `--demo accepts the well-known gk_demo_<id> tokens, so it listens on loopback only (got --host ${hostname}). ` +
      'Use 127.0.0.1, or start without --demo and give the tokens in GOALKIT_TOKENS_FILE.',
  );
}
if (values.seed !== undefined && values.seed !== 'demo')
  fail(`--seed takes "demo" (got ${JSON.stringify(values.seed)})`);

// GOALKIT_DATABASE_URL=postgres://… selects PostgreSQL; a file path or nothing, SQLite (GOALKIT_DB, the default).
const databaseUrl = process.env.GOALKIT_DATABASE_URL?.trim() || undefined;
const postgres = databaseUrl !== undefined && /^postgres(ql)?:\/\//i.test(databaseUrl);
const file = postgres
  ? databaseUrl
  : (databaseUrl ?? process.env.GOALKIT_DB ?? resolve(import.meta.dirname, '../data/goalkit.db'));
let engine: SqlEngine;
if (postgres) {
  const poolSize = Number(process.env.GOALKIT_DATABASE_POOL ?? 10);
  if (!Number.isInteger(poolSize) || poolSize < 1)
    fail(`GOALKIT_DATABASE_POOL must be a whole number of connections (got ${process.env.GOALKIT_DATABASE_POOL})`);
  engine = await postgresEngine(databaseUrl, { poolSize }).catch((error: unknown) =>
    fail(
      `Could not open PostgreSQL at ${redact(databaseUrl)}: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
} else {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  engine = sqliteEngine(openDatabase(file));
}
const where = postgres ? redact(databaseUrl) : file;
if (values.migrate) {
  console.log(`Migrated ${where}.`);
  await engine.close();
  process.exit(0);
}

const empty = Number((await engine.get<{ n: number }>('SELECT COUNT(*) AS n FROM owners'))?.n ?? 0) === 0;
if ((values.seed === 'demo' || values.demo) && empty) {
  // The demo is generated into SQLite in memory and copied into the engine, whichever it is.
  const seeded = openDatabase(':memory:');
  const people = await seedDemo(seeded);
  await copyDatabase(seeded, engine);
  seeded.close();
  console.log(`Seeded the demo organisation: ${people.length} people.`);
} else if (values.seed === 'demo') {
  console.log('The database already holds data; keeping it (empty it to seed afresh).');
}

// Connectors (issue 23): the hosts a pull may ask, and the folder CSV files are read from. None by default.
const connectorHosts = (process.env.GOALKIT_CONNECTOR_HOSTS ?? '')
  .split(/[\s,]+/)
  .map((s) => s.trim())
  .filter(Boolean);
const connectorFiles = process.env.GOALKIT_CONNECTOR_FILES?.trim() || undefined;
const store = new GoalStore(engine, {
  connectors: builtInConnectors({
    allowHosts: connectorHosts,
    ...(connectorFiles ? { filesDir: resolve(connectorFiles) } : {}),
  }),
});
const tokens = new TokenRegistry();
try {
  const entries = [
    ...(process.env.GOALKIT_TOKENS_FILE
      ? parseTokens(readFileSync(process.env.GOALKIT_TOKENS_FILE, 'utf8'), process.env.GOALKIT_TOKENS_FILE)
      : []),
    ...(process.env.GOALKIT_TOKENS ? parseTokens(process.env.GOALKIT_TOKENS, 'GOALKIT_TOKENS') : []),
  ];
  for (const entry of entries) {
    if (!(await store.person(entry.personId)))
      fail(`A token names ${JSON.stringify(entry.personId)}, who is not a person in ${file}.`);
    tokens.addHash(entry.hash, entry.personId, entry.scope);
  }
} catch (error) {
  fail(`Could not read the tokens: ${error instanceof Error ? error.message : String(error)}`);
}
const people = await store.people();
if (values.demo) for (const p of people) tokens.add(demoToken(p.id), p.id);
if (tokens.size === 0) {
  fail(
    'No tokens: nobody could sign in. Give them in GOALKIT_TOKENS_FILE (lines "<person id> sha256:<hex>" or ' +
      '"<person id> <token>") or GOALKIT_TOKENS, or try the demo on loopback with --demo.',
  );
}

const corsOrigins = (process.env.GOALKIT_CORS_ORIGINS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const rateLimit = process.env.GOALKIT_RATE_LIMIT === 'off' ? false : Number(process.env.GOALKIT_RATE_LIMIT ?? 600);
/** An interval setting: milliseconds (at least 1000), or `off`; a minute when not set. */
const intervalSetting = (name: string): number | false => {
  const setting = process.env[name];
  if (setting === 'off') return false;
  if (setting === undefined || setting === '') return 60_000;
  if (Number(setting) >= 1000) return Number(setting);
  return fail(`${name} takes milliseconds (at least 1000) or off (got ${JSON.stringify(setting)})`);
};
// AI assistance (POST /assist/{task}): off unless asked for. `fake` is core's deterministic fake
// provider, for the demo and trials; a real model is plugged in by a host app (docs/assist.md).
const assistSetting = (values.assist ?? process.env.GOALKIT_ASSIST ?? '').trim();
let assistProvider: AiProvider | undefined;
if (assistSetting === 'fake') assistProvider = createFakeProvider();
else if (assistSetting !== '' && assistSetting !== 'off')
  fail(
    `--assist (GOALKIT_ASSIST) takes fake or off (got ${JSON.stringify(assistSetting)}); see docs/assist.md to plug a model`,
  );
const rhythmInterval = intervalSetting('GOALKIT_RHYTHM_INTERVAL_MS');
const syncInterval = intervalSetting('GOALKIT_SYNC_INTERVAL_MS');
const { app, ready, close } = createApp({
  store,
  tokens,
  corsOrigins,
  rateLimit,
  ...(assistProvider ? { assist: assistProvider } : {}),
  ...(values.quiet ? {} : { log: (line: string) => console.log(line) }),
  // The rhythm's scheduler: a look a minute (GOALKIT_RHYTHM_INTERVAL_MS, `off` for none), and with
  // --log-reminders core's example notifier writing each reminder and digest to the console.
  // Scheduled pulls from connectors: a look a minute for key results whose schedule is due.
  sync: { intervalMs: syncInterval },
  rhythm: {
    intervalMs: rhythmInterval,
    ...(values['log-reminders'] ? { notifiers: [logNotifier((line) => console.log(`rhythm: ${line}`))] } : {}),
  },
});

await ready;
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  if (values.demo) {
    const shown = ['ceo', 'product-head', 'platform-lead', 'platform-1', 'platform-2'];
    const listed = people.filter((p) => shown.includes(p.id));
    console.log('Demo mode: every person signs in with gk_demo_<person id> (Authorization: Bearer <token>), such as');
    for (const p of listed.length > 0 ? listed : people.slice(0, 5))
      console.log(`  ${p.role.padEnd(8)} ${p.name.padEnd(18)} ${demoToken(p.id)}`);
  }
  // Last: scripts that start the server wait for this line.
  if (assistProvider) console.log(`AI assistance: on, with the ${assistProvider.id} provider (POST /assist/{task})`);
  console.log(`goalkit reference API on http://${hostname}:${info.port}/ (database: ${where})`);
});

const stop = () => {
  server.close(() => {
    void close()
      .then(() => store.engine.close())
      .finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
