import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { openDatabase } from './db/openDatabase.js';
import { seedDemo } from './seed/seedDemo.js';
import { GoalStore } from './store.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const file = process.env.GOALKIT_DB ?? resolve(import.meta.dirname, '../data/goalkit.db');
if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
const db = openDatabase(file);

const empty = (db.prepare('SELECT COUNT(*) AS n FROM owners').get() as { n: number }).n === 0;
if (values.seed !== undefined && values.seed !== 'demo') {
  console.error(`--seed takes "demo" (got ${JSON.stringify(values.seed)})`);
  process.exit(2);
}
if (values.seed === 'demo' && empty) {
  const people = seedDemo(db);
  console.log(`Seeded the demo organisation: ${people.length} people.`);
} else if (values.seed === 'demo') {
  console.log('The database already holds data; keeping it (delete the file to seed afresh).');
}

const store = new GoalStore(db);
const port = Number(values.port ?? process.env.PORT ?? 8787);
const hostname = values.host ?? process.env.HOST ?? '127.0.0.1';
const corsOrigins = (process.env.GOALKIT_CORS_ORIGINS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const rateLimit = process.env.GOALKIT_RATE_LIMIT === 'off' ? false : Number(process.env.GOALKIT_RATE_LIMIT ?? 600);
const { app } = createApp({
  store,
  corsOrigins,
  rateLimit,
  ...(values.quiet ? {} : { log: (line: string) => console.log(line) }),
});

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`goalkit reference API on http://${hostname}:${info.port}/ (database: ${file})`);
  const people = db
    .prepare<[], { id: string; name: string; role: string }>(
      "SELECT p.id, o.name, p.role FROM people p JOIN owners o ON o.id = p.id WHERE p.id IN ('ceo', 'product-head', 'platform-lead', 'platform-1', 'platform-2') ORDER BY p.role, p.id",
    )
    .all();
  if (people.length > 0) {
    console.log('Demo tokens (Authorization: Bearer <token>):');
    for (const p of people) console.log(`  ${p.role.padEnd(8)} ${p.name.padEnd(18)} gk_demo_${p.id}`);
  }
});

const stop = () => {
  server.close(() => {
    db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
