import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

/**
 * A better-sqlite3 connection: an implementation of the storage interface (`SqlDatabase`), plus what
 * only SQLite on a file has (pragmas, backups).
 */
export type Db = Database.Database;

/**
 * Open (or create) the SQLite database: WAL journal, foreign keys on, and every pending migration
 * applied in its own transaction. `synchronous = NORMAL` in WAL mode: a committed transaction is in
 * the WAL before the call returns, so it survives the process being killed (the crash test proves
 * it); only a power cut or OS crash could lose the last commits (set GOALKIT_SYNCHRONOUS=FULL to
 * fsync every commit). The store caches its prepared statements itself (see `statements.ts`).
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`synchronous = ${process.env.GOALKIT_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
