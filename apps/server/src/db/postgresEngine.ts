import pg from 'pg';
import type { BroadcastEvent, SqlConnection, SqlEngine } from './engine.js';
import { migrations, postgresMigration } from './migrations.js';

/** What a connection of the pool or a pooled client answers queries with. */
interface Queryable {
  query(text: string, values?: readonly unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** How often a transaction runs again after PostgreSQL failed it for racing another (then 503-like 500). */
const MAX_ATTEMPTS = 60;

/** How far below the newest event heard a reconnecting listener reads back for events it missed. */
const REPLAY_WINDOW = 1000;

/** The advisory lock every instance takes to migrate: one migrates, the others wait and find nothing to do. */
const MIGRATION_LOCK = 20_260_101;

/**
 * The store's SQL in PostgreSQL's words: `?` placeholders numbered (`$1`, `$2` …), and `LIKE` case-blind
 * as SQLite's is (`ILIKE`). The store's SQL never holds a `?` inside a string literal.
 */
export function toPostgres(source: string): string {
  let n = 0;
  return source.replace(/\?/g, () => `$${++n}`).replace(/\bLIKE\b/g, 'ILIKE');
}

// 64-bit integers (COUNT, BIGINT milliseconds) as numbers: every one the store keeps fits in 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as never,
};

/**
 * The storage interface over a pool or one client. A transaction's client takes one query at a time:
 * queries the store starts together (`Promise.all`) wait their turn here rather than in the driver, which
 * deprecates queueing them.
 */
const connection = (client: Queryable, oneAtATime = false): SqlConnection => {
  let turn: Promise<unknown> = Promise.resolve();
  const query = (source: string, params: readonly unknown[]) => {
    if (!oneAtATime) return client.query(toPostgres(source), params);
    const result = turn.then(() => client.query(toPostgres(source), params));
    turn = result.catch(() => {});
    return result;
  };
  return {
    all: async (source, params = []) => (await query(source, params)).rows as never,
    get: async (source, params = []) => (await query(source, params)).rows[0] as never,
    run: async (source, params = []) => ({ changes: (await query(source, params)).rowCount ?? 0 }),
  };
};

export interface PostgresEngineOptions {
  /** Connections in this instance's pool. @default 10 */
  poolSize?: number;
  /** Settings for TLS (`sslmode` and `sslrootcert` in the URL work as well). */
  ssl?: pg.PoolConfig['ssl'];
}

/**
 * The storage interface on PostgreSQL (node-postgres' pool: a transaction checks out one client and
 * holds it until it commits). Opening applies every pending migration under an advisory lock, so several
 * instances starting at once migrate once.
 */
export async function postgresEngine(url: string, options: PostgresEngineOptions = {}): Promise<SqlEngine> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types,
    ...(options.ssl === undefined ? {} : { ssl: options.ssl }),
  });
  // An idle client that loses its connection (a database restart) must not take the process down.
  pool.on('error', () => {});
  await migratePostgres(pool);
  const root = connection(pool);
  const listeners = new Set<() => Promise<void>>();
  return {
    dialect: 'postgres',
    ...root,
    // Read committed, with the written objective's row locked by the store (`objectiveForUpdate`): two
    // writes racing on one goal (two PATCHes with the same If-Match, through one instance or two) take
    // turns, and the second sees the first's version and answers 412. Measured against SERIALIZABLE with
    // retries, 50 connections checking in on one person's goals went from 14 to 36 req/s (bench/load.ts). A deadlock
    // PostgreSQL breaks (or a serialization failure) runs the transaction again.
    async transaction(fn) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        // A connection that drops between statements (a database restart) must fail this transaction, not the process.
        const ignore = () => {};
        client.on('error', ignore);
        try {
          await client.query('BEGIN');
          const result = await fn(connection(client, true));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          const code = (error as { code?: string }).code ?? '';
          // Run again after a serialization failure or deadlock (40…), a lost connection (08…) or a
          // shortage of connections or memory (53…): nothing of this attempt committed.
          if (!/^(40001|40P01|08|53)/.test(code) || attempt >= MAX_ATTEMPTS) throw error;
        } finally {
          client.off('error', ignore);
          client.release();
        }
        // Writers racing on one row take turns: wait a little, longer each time, at random.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 2 ** attempt)));
      }
    },
    // Every write stores a live event, so the newest event's id moves whenever any instance has written.
    changeCounter: async () =>
      Number((await pool.query('SELECT COALESCE(MAX(id), 0) AS n FROM events')).rows[0]?.n ?? 0),
    listen: async (onEvent) => {
      const stop = await listenForEvents(url, options, pool, onEvent);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

/**
 * Hear every event any instance commits, on a connection of its own (`LISTEN` cannot share a pooled
 * one). When that connection drops (a database restart), it connects again and first reads the events
 * committed meanwhile from the table, after the last one it heard.
 */
async function listenForEvents(
  url: string,
  options: PostgresEngineOptions,
  pool: pg.Pool,
  onEvent: (event: BroadcastEvent) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let lastId: number | undefined;
  /** The newest event when this listener started: older ones are not news. */
  let firstId = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  // Transactions commit out of id order (101 may commit before 100), so notifications come in commit
  // order and an id below the newest one heard is news. What was delivered is remembered by id, for the
  // replay after a reconnect, which reads back REPLAY_WINDOW ids below the newest.
  const delivered = new Set<number>();
  const deliver = (event: BroadcastEvent) => {
    if (delivered.has(event.id)) return;
    delivered.add(event.id);
    lastId = Math.max(lastId ?? 0, event.id);
    for (const id of delivered) {
      if (id >= lastId - REPLAY_WINDOW) break;
      delivered.delete(id);
    }
    onEvent(event);
  };
  const connect = async () => {
    const next = new pg.Client({
      connectionString: url,
      types,
      ...(options.ssl === undefined ? {} : { ssl: options.ssl }),
    });
    next.on('notification', (message) => {
      if (message.payload) deliver(JSON.parse(message.payload) as BroadcastEvent);
    });
    next.on('error', () => {});
    next.on('end', () => {
      if (!stopped) retry = setTimeout(reconnect, 500);
    });
    await next.connect();
    await next.query('LISTEN goalkit_events');
    client = next;
    if (lastId === undefined) {
      const newest = await pool.query<{ n: number }>('SELECT COALESCE(MAX(id), 0) AS n FROM events');
      lastId = Number(newest.rows[0]?.n ?? 0);
      firstId = lastId;
    }
  };
  const reconnect = async () => {
    if (stopped) return;
    try {
      await connect();
      const missed = await pool.query<{ id: number; type: string; objective_id: string; data: string }>(
        'SELECT id, type, objective_id, data FROM events WHERE id > $1 ORDER BY id',
        [Math.max(firstId, (lastId ?? 0) - REPLAY_WINDOW)],
      );
      for (const row of missed.rows)
        deliver({ id: Number(row.id), type: row.type, objectiveId: row.objective_id, data: JSON.parse(row.data) });
    } catch {
      if (!stopped) retry = setTimeout(reconnect, 1000);
    }
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}

/** Apply every pending migration of the list, in order, each with its record, under the advisory lock. */
async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    const newest = Math.max(0, ...applied);
    if (newest > migrations.length)
      throw new Error(
        `The database's schema is at version ${newest}, newer than this server knows (${migrations.length}): run a newer release.`,
      );
    for (const [index, sql] of migrations.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(postgresMigration(sql));
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          version,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
