import type { BindParams, Database as SqlJsDatabase, Statement as SqlJsStatement, SqlJsStatic } from 'sql.js';
import { migrate } from './migrations.js';
import type { SqlDatabase, SqlRunResult, SqlStatement } from './sql.js';

const isNamed = (params: unknown[]): params is [Record<string, unknown>] =>
  params.length === 1 && typeof params[0] === 'object' && params[0] !== null && !Array.isArray(params[0]);

/** One prepared statement of sql.js behind the storage interface's statement. */
class MemoryStatement implements SqlStatement {
  readonly #database: MemoryDatabase;
  readonly #statement: SqlJsStatement;
  #pluck = false;

  constructor(database: MemoryDatabase, statement: SqlJsStatement) {
    this.#database = database;
    this.#statement = statement;
  }

  pluck(toggleState = true): this {
    this.#pluck = toggleState;
    return this;
  }

  #bind(params: unknown[]): void {
    this.#statement.reset();
    // better-sqlite3 names `@name` parameters by `name`; sql.js by the whole `@name`.
    if (isNamed(params))
      this.#statement.bind(Object.fromEntries(Object.entries(params[0]).map(([k, v]) => [`@${k}`, v])) as BindParams);
    else if (params.length > 0) this.#statement.bind(params as BindParams);
  }

  *#rows(params: unknown[]): Generator<unknown, void, undefined> {
    this.#bind(params);
    try {
      while (this.#statement.step()) yield this.#pluck ? this.#statement.get()[0] : this.#statement.getAsObject();
    } finally {
      this.#statement.reset();
    }
  }

  get(...params: unknown[]): unknown {
    for (const row of this.#rows(params)) return row;
    return undefined;
  }

  all(...params: unknown[]): unknown[] {
    return [...this.#rows(params)];
  }

  iterate(...params: unknown[]): IterableIterator<unknown> {
    return this.#rows(params);
  }

  run(...params: unknown[]): SqlRunResult {
    this.#bind(params);
    try {
      while (this.#statement.step()) {
        // A statement with RETURNING answers rows; run() ignores them, as better-sqlite3's does.
      }
    } finally {
      this.#statement.reset();
    }
    return this.#database.lastRun();
  }
}

/** A SQLite database held in memory by sql.js (SQLite compiled to WebAssembly), behind the storage interface. */
class MemoryDatabase implements SqlDatabase {
  readonly #db: SqlJsDatabase;
  #depth = 0;

  constructor(db: SqlJsDatabase) {
    this.#db = db;
  }

  get inTransaction(): boolean {
    return this.#depth > 0;
  }

  lastRun(): SqlRunResult {
    const rowid = this.#db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0];
    return { changes: this.#db.getRowsModified(), lastInsertRowid: typeof rowid === 'number' ? rowid : 0 };
  }

  prepare(source: string) {
    return new MemoryStatement(this, this.#db.prepare(source)) as never;
  }

  transaction<T>(fn: () => T): () => T {
    return () => {
      const depth = this.#depth;
      const savepoint = `goalkit_${depth}`;
      this.#db.exec(depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`);
      this.#depth = depth + 1;
      try {
        const result = fn();
        this.#db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
        return result;
      } catch (error) {
        this.#db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
        throw error;
      } finally {
        this.#depth = depth;
      }
    };
  }

  exec(source: string): this {
    this.#db.exec(source);
    return this;
  }

  close(): this {
    this.#db.close();
    return this;
  }
}

/**
 * A new, empty goalkit database in memory, with every migration applied: the storage interface on
 * sql.js, for a backend that lives in a browser tab (Storybook's) or a test. `sql` is the initialised
 * sql.js module (`await initSqlJs({ locateFile })`), which the caller loads once.
 */
export function openMemoryDatabase(sql: SqlJsStatic): SqlDatabase {
  const db = new MemoryDatabase(new sql.Database());
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  return db;
}
