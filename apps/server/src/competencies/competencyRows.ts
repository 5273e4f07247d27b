import type { Framework as CoreFramework } from '@goalkit/core/competencies';
import type { SqlConnection } from '../db/engine.js';
import type { ObjectiveRow } from '../store/rows.js';

/** A row of `competency_frameworks`: core's `Framework` as JSON in `data`. */
export interface FrameworkRow {
  id: string;
  name: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A row of `competency_placements`: one per placed person. */
export interface PlacementRow {
  person_id: string;
  framework_id: string;
  track_id: string;
  level_id: string;
  target_level_id: string | null;
  updated_by_id: string;
  updated_at: string;
}

/** A row of `competency_assessments` (append-only). */
export interface AssessmentRow {
  seq: number;
  id: string;
  person_id: string;
  competency_id: string;
  level: number;
  source: 'self' | 'manager';
  assessor_id: string;
  at: string;
  review_id: string | null;
  note: string | null;
  recorded_at: string;
}

/** A framework row's framework, as core reads it. */
export const frameworkOf = (row: FrameworkRow): CoreFramework => JSON.parse(row.data) as CoreFramework;

/**
 * The competencies' SQL, shared by SQLite and PostgreSQL, on one connection (the transaction's inside one).
 * Assessments are append-only: there is no statement here that changes or removes one.
 */
export class CompetencyRows {
  readonly #conn: SqlConnection;
  readonly #forUpdate: string;

  /** @param postgres whether rows read to be written are locked (`FOR UPDATE`) until the transaction ends. */
  constructor(conn: SqlConnection, postgres: boolean) {
    this.#conn = conn;
    this.#forUpdate = postgres ? ' FOR UPDATE' : '';
  }

  /** Every framework, oldest first. */
  frameworks(): Promise<FrameworkRow[]> {
    return this.#conn.all<FrameworkRow>('SELECT * FROM competency_frameworks ORDER BY created_at, id');
  }

  /** A framework; `lock` takes its row until the transaction ends (PostgreSQL). */
  framework(id: string, lock = false): Promise<FrameworkRow | undefined> {
    return this.#conn.get<FrameworkRow>(
      `SELECT * FROM competency_frameworks WHERE id = ?${lock ? this.#forUpdate : ''}`,
      [id],
    );
  }

  async insertFramework(row: FrameworkRow): Promise<void> {
    await this.#conn.run(
      'INSERT INTO competency_frameworks (id, name, data, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      [row.id, row.name, row.data, row.version, row.created_at, row.updated_at],
    );
  }

  /** Replace a framework's content, with a new version. */
  async updateFramework(id: string, name: string, data: string, at: string): Promise<void> {
    await this.#conn.run(
      'UPDATE competency_frameworks SET name = ?, data = ?, version = version + 1, updated_at = ? WHERE id = ?',
      [name, data, at, id],
    );
  }

  placement(personId: string): Promise<PlacementRow | undefined> {
    return this.#conn.get<PlacementRow>('SELECT * FROM competency_placements WHERE person_id = ?', [personId]);
  }

  /** Set a person's placement (one row per person). */
  async putPlacement(row: PlacementRow): Promise<void> {
    const values = [
      row.framework_id,
      row.track_id,
      row.level_id,
      row.target_level_id,
      row.updated_by_id,
      row.updated_at,
    ];
    const { changes } = await this.#conn.run(
      `UPDATE competency_placements SET framework_id = ?, track_id = ?, level_id = ?, target_level_id = ?,
         updated_by_id = ?, updated_at = ? WHERE person_id = ?`,
      [...values, row.person_id],
    );
    if (changes === 0)
      await this.#conn.run(
        `INSERT INTO competency_placements (framework_id, track_id, level_id, target_level_id, updated_by_id, updated_at, person_id)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [...values, row.person_id],
      );
  }

  /** A person's assessments in the order they were recorded. */
  assessmentsOf(personId: string): Promise<AssessmentRow[]> {
    return this.#conn.all<AssessmentRow>('SELECT * FROM competency_assessments WHERE person_id = ? ORDER BY seq', [
      personId,
    ]);
  }

  async insertAssessment(row: Omit<AssessmentRow, 'seq'>): Promise<void> {
    await this.#conn.run(
      `INSERT INTO competency_assessments (id, person_id, competency_id, level, source, assessor_id, at, review_id, note, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.person_id,
        row.competency_id,
        row.level,
        row.source,
        row.assessor_id,
        row.at,
        row.review_id,
        row.note,
        row.recorded_at,
      ],
    );
  }

  /** A person's development goals, oldest first (every state; the caller says which count). */
  developmentGoalsOf(
    personId: string,
  ): Promise<Pick<ObjectiveRow, 'id' | 'title' | 'state' | 'visibility' | 'owner_id' | 'competency_ids'>[]> {
    return this.#conn.all(
      `SELECT id, title, state, visibility, owner_id, competency_ids FROM objectives
         WHERE owner_id = ? AND kind = 'development' ORDER BY seq`,
      [personId],
    );
  }
}
