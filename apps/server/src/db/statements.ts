import type Database from 'better-sqlite3';
import type { Db } from './openDatabase.js';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement for `source` on `db`, prepared once per database and SQL text and kept: the store
 * runs the same few dozen statements on every request. (Rather than replacing `db.prepare` on the
 * connection, which surprised any other code holding it.)
 */
export function statement<TParams extends unknown[] | Record<string, unknown> = unknown[], TResult = unknown>(
  db: Db,
  source: string,
): Database.Statement<TParams, TResult> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(source);
  if (!prepared) {
    prepared = db.prepare(source);
    cache.set(source, prepared);
  }
  return prepared as unknown as Database.Statement<TParams, TResult>;
}
