/**
 * The storage interface of the reference server: the part of a SQLite connection the store uses. Two
 * engines implement it: better-sqlite3 on a file (`openDatabase`, the server) and sql.js in memory
 * (`openMemoryDatabase`, Storybook's backend in the browser tab). The store's SQL is written once for both.
 */
export interface SqlStatement<TParams extends unknown[] = unknown[], TResult = unknown> {
  run(...params: TParams): SqlRunResult;
  get(...params: TParams): TResult | undefined;
  all(...params: TParams): TResult[];
  iterate(...params: TParams): IterableIterator<TResult>;
  /** Answer only the first column of each row. */
  pluck(toggleState?: boolean): this;
}

export interface SqlRunResult {
  /** Rows the statement inserted, changed or deleted. */
  changes: number;
  lastInsertRowid: number | bigint;
}

/** Bind parameters: positional (`?`), or one object for named ones (`@name`). */
export type SqlParams = unknown[] | Record<string, unknown>;

export interface SqlDatabase {
  /** Whether a transaction is open on this connection (reads inside one may still roll back). */
  readonly inTransaction: boolean;
  prepare<TParams extends SqlParams = unknown[], TResult = unknown>(
    source: string,
  ): TParams extends unknown[] ? SqlStatement<TParams, TResult> : SqlStatement<[TParams], TResult>;
  /**
   * `fn` as one transaction: committed when it returns, rolled back when it throws. Called inside
   * another transaction, it is a savepoint of that one.
   */
  transaction<T>(fn: () => T): () => T;
  /** Run SQL text with no parameters (a migration, several statements). */
  exec(source: string): this;
  close(): this;
}
