import type { SqlDatabase } from './sql.js';
import { statement } from './statements.js';

/**
 * One connection's worth of SQL, asynchronous so that an engine may be a network database: rows in, rows
 * out, `?` for each parameter. The store's SQL is written once for every engine.
 */
export interface SqlConnection {
  all<TRow = Record<string, unknown>>(source: string, params?: readonly unknown[]): Promise<TRow[]>;
  get<TRow = Record<string, unknown>>(source: string, params?: readonly unknown[]): Promise<TRow | undefined>;
  /** Answers how many rows the statement inserted, changed or deleted. */
  run(source: string, params?: readonly unknown[]): Promise<{ changes: number }>;
}

/**
 * The storage interface: a database the store reads and writes through. SQLite on a file
 * (better-sqlite3), SQLite in memory (sql.js, for Storybook and tests), PostgreSQL (`postgresEngine`).
 */
export interface SqlEngine extends SqlConnection {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * `fn` in one transaction on one connection: committed when its promise resolves, rolled back when it
   * rejects. Everything `fn` reads and writes goes through `tx`.
   */
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  /**
   * A number that changes whenever another connection or process has committed since the last call:
   * what this process cached may be stale.
   */
  changeCounter(): Promise<number>;
  /**
   * Where several server instances share the database (PostgreSQL): be told of every live event any
   * instance commits, this one's included, in commit order. Answers the function that stops listening.
   * An engine without it serves one process, which publishes its own events.
   */
  listen?(onEvent: (event: BroadcastEvent) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A live event as it crosses from one instance to the others. */
export interface BroadcastEvent {
  id: number;
  type: string;
  objectiveId: string;
  data: Record<string, unknown>;
}

/** A lock that runs holders one at a time, in the order they asked. */
class Lock {
  #tail: Promise<unknown> = Promise.resolve();
  #held = 0;

  get held(): boolean {
    return this.#held > 0;
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(async () => {
      this.#held++;
      try {
        return await fn();
      } finally {
        this.#held--;
      }
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * An engine over one synchronous SQLite connection (better-sqlite3 or sql.js). A transaction holds the
 * connection until it settles: statements from elsewhere wait, so nobody reads what may still roll back
 * and no two transactions interleave on the one connection.
 */
export function sqliteEngine(db: SqlDatabase): SqlEngine {
  const lock = new Lock();
  const direct: SqlConnection = {
    all: async (source, params = []) => statement<unknown[], never>(db, source).all(...params),
    get: async (source, params = []) => statement<unknown[], never>(db, source).get(...params),
    run: async (source, params = []) => ({ changes: statement(db, source).run(...params).changes }),
  };
  const outside = <T>(fn: () => Promise<T>) => (lock.held ? lock.run(fn) : fn());
  return {
    dialect: 'sqlite',
    all: (source, params) => outside(() => direct.all(source, params)),
    get: (source, params) => outside(() => direct.get(source, params)),
    run: (source, params) => outside(() => direct.run(source, params)),
    transaction: (fn) =>
      lock.run(async () => {
        db.exec('BEGIN');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          try {
            db.exec('ROLLBACK');
          } catch {
            // SQLite rolled back already (a failed COMMIT, a full disk): nothing is open.
          }
          throw error;
        }
      }),
    changeCounter: async () => statement<[], number>(db, 'PRAGMA data_version').pluck().get() as number,
    close: async () => {
      await lock.run(async () => undefined);
      db.close();
    },
  };
}
