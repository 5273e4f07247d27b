import { competencyMigrations } from './competencyMigrations.js';
import type { SqlDatabase } from './sql.js';

/** Schema migrations, applied in order at start. Never edit one that has shipped: add the next. */
export const migrations: readonly string[] = [
  `
  CREATE TABLE owners (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('org', 'department', 'team', 'person')),
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES owners(id),
    manager_id TEXT REFERENCES owners(id)
  );
  CREATE TABLE people (
    id TEXT PRIMARY KEY REFERENCES owners(id),
    email TEXT,
    role TEXT NOT NULL CHECK (role IN ('member', 'manager', 'admin')),
    token_hash TEXT UNIQUE
  );
  CREATE TABLE cycles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    closed INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE objectives (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT,
    owner_id TEXT NOT NULL REFERENCES owners(id),
    cycle_id TEXT NOT NULL REFERENCES cycles(id),
    parent_id TEXT REFERENCES objectives(id) ON DELETE SET NULL,
    alignment TEXT NOT NULL DEFAULT 'contributes',
    weight REAL NOT NULL DEFAULT 1,
    rollup TEXT NOT NULL DEFAULT 'key-results',
    visibility TEXT NOT NULL DEFAULT 'public',
    state TEXT NOT NULL DEFAULT 'draft',
    grade_score REAL,
    grade_band TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX objectives_cycle ON objectives(cycle_id, seq);
  CREATE INDEX objectives_owner ON objectives(owner_id);
  CREATE INDEX objectives_parent ON objectives(parent_id);
  CREATE TABLE key_results (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    current TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_check_in_at TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX key_results_objective ON key_results(objective_id, seq);
  CREATE TABLE check_ins (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    key_result_id TEXT NOT NULL REFERENCES key_results(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    value TEXT,
    milestones TEXT,
    confidence REAL,
    note TEXT,
    author_id TEXT NOT NULL REFERENCES owners(id)
  );
  CREATE INDEX check_ins_key_result ON check_ins(key_result_id, at, seq);
  CREATE TABLE comments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES owners(id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX comments_objective ON comments(objective_id, seq);
  CREATE TABLE revisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    objective_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    action TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    at TEXT NOT NULL,
    comment TEXT,
    changes TEXT NOT NULL
  );
  CREATE INDEX revisions_objective ON revisions(objective_id, seq);
  CREATE TABLE idempotency_keys (
    person_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('running', 'done')),
    status INTEGER,
    headers TEXT,
    body TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (person_id, key)
  );
  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    objective_id TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  `
  CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
  `,
  // A claim on an idempotency key holds until lease_until (ms since the epoch); then it is free again.
  // Tokens come from GOALKIT_TOKENS_FILE / GOALKIT_TOKENS or the demo mode, no longer from this table:
  // the hashes of the demo's well-known tokens, written by earlier seeds, go.
  `
  ALTER TABLE idempotency_keys ADD COLUMN lease_until INTEGER;
  UPDATE people SET token_hash = NULL;
  `,
  // The owner's own status with its reason (JSON), and the objective a carried-over copy came from.
  `
  ALTER TABLE objectives ADD COLUMN manual_status TEXT;
  ALTER TABLE objectives ADD COLUMN carried_from TEXT;
  CREATE INDEX objectives_carried_from ON objectives(carried_from);
  `,
  // The check-in rhythm: one cadence policy per owner (core's CadencePolicy as JSON), issue 22.
  `
  CREATE TABLE cadence_policies (
    owner_id TEXT PRIMARY KEY REFERENCES owners(id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT
  );
  `,
  // Webhooks (issue 22): a person's endpoints for live events, and every delivery with its retry state.
  // A delivery's id is its `webhook-id` header; `claimed_until` is the lease of the instance sending it.
  `
  CREATE TABLE webhooks (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    events TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX webhooks_owner ON webhooks(owner_id);
  CREATE TABLE webhook_deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_attempt_at INTEGER,
    claimed_until INTEGER,
    response_status INTEGER,
    error TEXT
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);
  CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries(webhook_id, seq);
  `,
  // A webhook's secret rotation: the previous secret signs beside the new one until previous_secret_until
  // (ms since the epoch). The rhythm's scheduler records each reminder it queued or sent (its core id,
  // prefixed by where it went): one row per reminder, so a restart or a second instance never sends it twice.
  `
  ALTER TABLE webhooks ADD COLUMN previous_secret TEXT;
  ALTER TABLE webhooks ADD COLUMN previous_secret_until INTEGER;
  CREATE TABLE rhythm_sent (
    id TEXT PRIMARY KEY,
    sent_at INTEGER NOT NULL
  );
  `,
  // Data in (issue 23): where a check-in's value came from (a person, a system's PUT, a connector), and the
  // sender's own reference for it.
  `
  ALTER TABLE check_ins ADD COLUMN source TEXT NOT NULL DEFAULT 'manual';
  ALTER TABLE check_ins ADD COLUMN source_ref TEXT;
  `,
  // Analytics (issue 24): whether an objective is a commitment (achieved at 100 %) or aspirational (at 70 %).
  `
  ALTER TABLE objectives ADD COLUMN ambition TEXT NOT NULL DEFAULT 'committed';
  `,
  // 1:1s (issue 25): series between people, their meetings, talking points and action items.
  `
  -- MEETINGS MIGRATION (written by the 1:1s work)
  CREATE TABLE meeting_series (
    id TEXT PRIMARY KEY,
    creator_id TEXT NOT NULL REFERENCES owners(id),
    with_id TEXT NOT NULL REFERENCES owners(id),
    cadence TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
    agenda_template TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX meeting_series_creator ON meeting_series(creator_id);
  CREATE INDEX meeting_series_with ON meeting_series(with_id);
  CREATE TABLE meetings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    series_id TEXT NOT NULL REFERENCES meeting_series(id),
    at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('upcoming', 'held', 'skipped')),
    shared_notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
  );
  CREATE INDEX meetings_series ON meetings(series_id, at);
  CREATE TABLE meeting_private (
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    person_id TEXT NOT NULL REFERENCES owners(id),
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, person_id)
  );
  CREATE INDEX meeting_private_person ON meeting_private(person_id);
  CREATE TABLE meeting_talking_points (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    author_id TEXT NOT NULL REFERENCES owners(id),
    text TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
    done INTEGER NOT NULL DEFAULT 0,
    recurring INTEGER NOT NULL DEFAULT 0,
    carried_from TEXT,
    links TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX meeting_talking_points_meeting ON meeting_talking_points(meeting_id, seq);
  CREATE TABLE meeting_action_items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    text TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES owners(id),
    due TEXT,
    done_at TEXT,
    created_by_id TEXT NOT NULL REFERENCES owners(id),
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX meeting_action_items_meeting ON meeting_action_items(meeting_id, seq);
  `,
  // Review cycles (issue 25): cycles, reviews and calibration adjustments.
  `
  -- REVIEWS MIGRATION (written by the review-cycles work)
  CREATE TABLE review_cycles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    stage TEXT NOT NULL,
    steps TEXT NOT NULL,
    questions TEXT NOT NULL,
    score_formula TEXT NOT NULL,
    goal_snapshot_at TEXT NOT NULL,
    participant_ids TEXT NOT NULL,
    created_by_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES review_cycles(id),
    reviewee_id TEXT NOT NULL,
    reviewer_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    answers TEXT NOT NULL,
    submitted_at TEXT,
    created_by_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    UNIQUE (cycle_id, reviewee_id, reviewer_id, kind)
  );
  CREATE INDEX reviews_by_reviewer ON reviews (reviewer_id);
  CREATE TABLE review_calibration_adjustments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    cycle_id TEXT NOT NULL REFERENCES review_cycles(id),
    review_id TEXT NOT NULL REFERENCES reviews(id),
    person_id TEXT NOT NULL,
    from_box TEXT NOT NULL,
    to_box TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX review_calibration_adjustments_by_cycle ON review_calibration_adjustments (cycle_id, person_id);
  `,
  // Competencies (issue 26): frameworks, placements, assessments, and development goals.
  ...competencyMigrations,
];

/**
 * A migration of the list as PostgreSQL reads it. The list is written in the SQL both engines share; the
 * few words where they differ are translated here: SQLite's rowid keys are PostgreSQL sequences, its REAL
 * is a double, and instants kept as milliseconds since the epoch need 64 bits.
 */
export function postgresMigration(sql: string): string {
  return sql
    .replace(/INTEGER PRIMARY KEY AUTOINCREMENT/g, 'SERIAL PRIMARY KEY')
    .replace(/\bREAL\b/g, 'DOUBLE PRECISION')
    .replace(
      /\b(created_at|lease_until|next_attempt_at|last_attempt_at|claimed_until|previous_secret_until|sent_at) INTEGER\b/g,
      '$1 BIGINT',
    );
}

/**
 * Apply every pending migration, each in its own transaction with its record in `schema_migrations`,
 * on either engine of the storage interface.
 */
export function migrate(db: SqlDatabase): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare<[], number>('SELECT version FROM schema_migrations').pluck().all());
  for (const [index, sql] of migrations.entries()) {
    const version = index + 1;
    if (applied.has(version)) continue;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      );
    })();
  }
}
