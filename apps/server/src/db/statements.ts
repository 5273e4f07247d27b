import type { SqlDatabase, SqlParams, SqlStatement } from './sql.js';

const caches = new WeakMap<SqlDatabase, Map<string, SqlStatement>>();

/**
 * A prepared statement for `source` on `db`, prepared once per database and SQL text and kept: the store
 * runs the same few dozen statements on every request. (Rather than replacing `db.prepare` on the
 * connection, which surprised any other code holding it.)
 */
export function statement<TParams extends SqlParams = unknown[], TResult = unknown>(
  db: SqlDatabase,
  source: string,
): TParams extends unknown[] ? SqlStatement<TParams, TResult> : SqlStatement<[TParams], TResult> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(source);
  if (!prepared) {
    prepared = db.prepare(source) as SqlStatement;
    cache.set(source, prepared);
  }
  return prepared as never;
}
