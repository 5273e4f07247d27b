import type { SqlEngine } from '../db/engine.js';
import type { SqlDatabase } from '../db/sql.js';

/** The tables of the schema, parents before children. */
const TABLES = [
  'cycles',
  'owners',
  'people',
  'cadence_policies',
  'objectives',
  'key_results',
  'check_ins',
  'comments',
  'revisions',
  'events',
  'idempotency_keys',
  'webhooks',
  'webhook_deliveries',
  'rhythm_sent',
  'meeting_series',
  'meetings',
  'meeting_private',
  'meeting_talking_points',
  'meeting_action_items',
  'review_cycles',
  'reviews',
  'review_calibration_adjustments',
  'competency_frameworks',
  'competency_placements',
  'competency_assessments',
] as const;

/** The tables whose integer key a sequence hands out on PostgreSQL, and that key's column. */
const SEQUENCES: Partial<Record<(typeof TABLES)[number], string>> = {
  objectives: 'seq',
  key_results: 'seq',
  check_ins: 'seq',
  comments: 'seq',
  revisions: 'seq',
  events: 'id',
  webhook_deliveries: 'seq',
  meetings: 'seq',
  meeting_talking_points: 'seq',
  meeting_action_items: 'seq',
  review_calibration_adjustments: 'seq',
  competency_assessments: 'seq',
};

/**
 * Copy every row of a SQLite database (one seeded with `seedDemo`, say) into an empty database behind an
 * engine, in one transaction, keys and all; on PostgreSQL, each sequence then continues after the
 * highest key copied. How the demo organisation reaches PostgreSQL, and how tests give both engines the
 * same data.
 */
export async function copyDatabase(from: SqlDatabase, to: SqlEngine): Promise<void> {
  await to.transaction(async (tx) => {
    // Rows arrive in table order, not in the order their references need (an owner's manager may come later).
    if (to.dialect === 'postgres') await tx.run("SET LOCAL session_replication_role = 'replica'");
    else await tx.run('PRAGMA defer_foreign_keys = ON');
    for (const table of TABLES) {
      const rows = from.prepare<[], Record<string, unknown>>(`SELECT * FROM ${table}`).all();
      const columns = Object.keys(rows[0] ?? {});
      // Many rows per statement (a round trip each on PostgreSQL), within SQLite's oldest limit of 999 parameters.
      const perStatement = Math.max(1, Math.floor(999 / Math.max(1, columns.length)));
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      for (let at = 0; at < rows.length; at += perStatement) {
        const batch = rows.slice(at, at + perStatement);
        await tx.run(
          `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}`,
          batch.flatMap((row) => columns.map((c) => row[c])),
        );
      }
      const key = SEQUENCES[table];
      if (key && to.dialect === 'postgres')
        await tx.get(
          `SELECT setval(pg_get_serial_sequence('${table}', '${key}'), COALESCE(MAX(${key}), 0) + 1, false) FROM ${table}`,
        );
    }
  });
}
