/**
 * Competencies (issue 26), in the SQL both engines share (see `postgresMigration`): frameworks (core's
 * `Framework` as JSON, versioned), one placement per person, every assessment (append-only; `seq` keeps
 * the order ratings given at the same instant were recorded in), and an objective's kind and competencies.
 */
export const competencyMigrations: readonly string[] = [
  `
  -- COMPETENCIES MIGRATION (written by the competencies work)
  CREATE TABLE competency_frameworks (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    data TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE competency_placements (
    person_id TEXT PRIMARY KEY REFERENCES owners(id),
    framework_id TEXT NOT NULL REFERENCES competency_frameworks(id),
    track_id TEXT NOT NULL,
    level_id TEXT NOT NULL,
    target_level_id TEXT,
    updated_by_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE competency_assessments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES owners(id),
    competency_id TEXT NOT NULL,
    level REAL NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('self', 'manager')),
    assessor_id TEXT NOT NULL REFERENCES owners(id),
    at TEXT NOT NULL,
    review_id TEXT,
    note TEXT,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX competency_assessments_person ON competency_assessments(person_id, seq);
  ALTER TABLE objectives ADD COLUMN kind TEXT NOT NULL DEFAULT 'standard';
  ALTER TABLE objectives ADD COLUMN competency_ids TEXT;
  `,
];
