import type { SqlConnection, SqlEngine } from '../db/engine.js';

/** A row of `meeting_series`: a 1:1 between its creator and one other person. */
export interface MeetingSeriesRow {
  id: string;
  creator_id: string;
  with_id: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  /** JSON: the agenda template's items, in order. */
  agenda_template: string;
  created_at: string;
}

/** A row of `meetings`. `version` counts what both participants see change (see `Meetings`). */
export interface MeetingRow {
  seq: number;
  id: string;
  series_id: string;
  at: string;
  state: 'upcoming' | 'held' | 'skipped';
  shared_notes: string;
  version: number;
  created_at: string;
}

/** A row of `meeting_private`: one participant's own side of a meeting (their notes, their private points' changes). */
export interface MeetingPrivateRow {
  meeting_id: string;
  person_id: string;
  notes: string;
  version: number;
}

/** A row of `meeting_talking_points`. */
export interface TalkingPointRow {
  seq: number;
  id: string;
  meeting_id: string;
  author_id: string;
  text: string;
  visibility: 'shared' | 'private';
  done: number;
  recurring: number;
  carried_from: string | null;
  /** JSON: `{ objectiveIds, keyResultIds }`. */
  links: string;
  created_at: string;
  version: number;
}

/** A row of `meeting_action_items`. */
export interface ActionItemRow {
  seq: number;
  id: string;
  meeting_id: string;
  text: string;
  owner_id: string;
  due: string | null;
  done_at: string | null;
  created_by_id: string;
  created_at: string;
  version: number;
}

const SERIES_OF = '(s.creator_id = ? OR s.with_id = ?)';

/**
 * The SQL of the 1:1s, over the store's connection (the transaction's, inside one): rows in, rows out, no
 * rules. Who may see what is `Meetings`' business.
 */
export class MeetingRows {
  readonly #conn: SqlConnection;
  readonly #forUpdate: string;

  constructor(conn: SqlConnection, engine: Pick<SqlEngine, 'dialect'>) {
    this.#conn = conn;
    // A row read to be written holds its lock until the transaction ends on PostgreSQL, so two writers of
    // one meeting take turns and the second checks If-Match against the first's version. (SQLite runs one
    // writer at a time anyway.)
    this.#forUpdate = engine.dialect === 'postgres' ? ' FOR UPDATE' : '';
  }

  // ---- series -----------------------------------------------------------------------------------

  /** A series; `forUpdate` locks it, so that meetings are added to it one at a time. */
  series(id: string, forUpdate = false): Promise<MeetingSeriesRow | undefined> {
    return this.#conn.get<MeetingSeriesRow>(
      `SELECT * FROM meeting_series WHERE id = ?${forUpdate ? this.#forUpdate : ''}`,
      [id],
    );
  }

  /** The series a person takes part in, oldest first. */
  seriesOf(personId: string): Promise<MeetingSeriesRow[]> {
    return this.#conn.all<MeetingSeriesRow>(
      `SELECT * FROM meeting_series s WHERE ${SERIES_OF} ORDER BY s.created_at, s.id`,
      [personId, personId],
    );
  }

  async insertSeries(row: MeetingSeriesRow): Promise<void> {
    await this.#conn.run(
      'INSERT INTO meeting_series (id, creator_id, with_id, cadence, agenda_template, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [row.id, row.creator_id, row.with_id, row.cadence, row.agenda_template, row.created_at],
    );
  }

  // ---- meetings ---------------------------------------------------------------------------------

  meeting(id: string, forUpdate = false): Promise<MeetingRow | undefined> {
    return this.#conn.get<MeetingRow>(`SELECT * FROM meetings WHERE id = ?${forUpdate ? this.#forUpdate : ''}`, [id]);
  }

  /** A series' meetings in their order (by `at`). */
  meetingsOf(seriesId: string): Promise<MeetingRow[]> {
    return this.#conn.all<MeetingRow>('SELECT * FROM meetings WHERE series_id = ? ORDER BY at, seq', [seriesId]);
  }

  /** The meetings of every series a person takes part in, newest first. */
  meetingsFor(personId: string, seriesId: string | undefined, state: string | undefined): Promise<MeetingRow[]> {
    return this.#conn.all<MeetingRow>(
      `SELECT m.* FROM meetings m JOIN meeting_series s ON s.id = m.series_id
        WHERE ${SERIES_OF} AND (CAST(? AS TEXT) IS NULL OR m.series_id = ?) AND (CAST(? AS TEXT) IS NULL OR m.state = ?)
        ORDER BY m.at DESC, m.seq DESC`,
      [personId, personId, seriesId ?? null, seriesId ?? null, state ?? null, state ?? null],
    );
  }

  /** The latest meeting of a series (read with the series locked, by the write that appends the next one). */
  latestMeeting(seriesId: string): Promise<MeetingRow | undefined> {
    return this.#conn.get<MeetingRow>('SELECT * FROM meetings WHERE series_id = ? ORDER BY at DESC, seq DESC LIMIT 1', [
      seriesId,
    ]);
  }

  async insertMeeting(row: Omit<MeetingRow, 'seq'>): Promise<void> {
    await this.#conn.run(
      'INSERT INTO meetings (id, series_id, at, state, shared_notes, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [row.id, row.series_id, row.at, row.state, row.shared_notes, row.version, row.created_at],
    );
  }

  /** Set a meeting's shared columns and count the change. */
  async setMeeting(id: string, columns: Partial<Pick<MeetingRow, 'at' | 'state' | 'shared_notes'>>): Promise<void> {
    const names = Object.keys(columns) as (keyof typeof columns)[];
    await this.#conn.run(
      `UPDATE meetings SET ${[...names.map((n) => `${n} = ?`), 'version = version + 1'].join(', ')} WHERE id = ?`,
      [...names.map((n) => columns[n]), id],
    );
  }

  /** Count a change both participants of these meetings see. */
  async bumpMeetings(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.#conn.run('UPDATE meetings SET version = version + 1 WHERE id = ?', [id]);
  }

  // ---- one participant's own side -----------------------------------------------------------------

  ownSide(meetingId: string, personId: string): Promise<MeetingPrivateRow | undefined> {
    return this.#conn.get<MeetingPrivateRow>('SELECT * FROM meeting_private WHERE meeting_id = ? AND person_id = ?', [
      meetingId,
      personId,
    ]);
  }

  /** Write a person's side of a meeting (their notes when given) and count the change. */
  async bumpPrivate(meetingId: string, personId: string, notes?: string): Promise<void> {
    const changed = await this.#conn.run(
      `UPDATE meeting_private SET ${notes === undefined ? '' : 'notes = ?, '}version = version + 1 WHERE meeting_id = ? AND person_id = ?`,
      notes === undefined ? [meetingId, personId] : [notes, meetingId, personId],
    );
    if (changed.changes === 0)
      await this.#conn.run('INSERT INTO meeting_private (meeting_id, person_id, notes, version) VALUES (?, ?, ?, 1)', [
        meetingId,
        personId,
        notes ?? '',
      ]);
  }

  // ---- talking points ---------------------------------------------------------------------------

  talkingPoint(id: string, forUpdate = false): Promise<TalkingPointRow | undefined> {
    return this.#conn.get<TalkingPointRow>(
      `SELECT * FROM meeting_talking_points WHERE id = ?${forUpdate ? this.#forUpdate : ''}`,
      [id],
    );
  }

  /** Every talking point of a meeting, everyone's, in the order they were added. */
  talkingPointsOf(meetingId: string): Promise<TalkingPointRow[]> {
    return this.#conn.all<TalkingPointRow>('SELECT * FROM meeting_talking_points WHERE meeting_id = ? ORDER BY seq', [
      meetingId,
    ]);
  }

  /** Open talking points per meeting of a person's 1:1s that they may see (shared ones and their own private ones). */
  async openTalkingPoints(personId: string): Promise<Map<string, number>> {
    const rows = await this.#conn.all<{ meeting_id: string; open_count: number }>(
      `SELECT p.meeting_id, COUNT(*) AS open_count FROM meeting_talking_points p
         JOIN meetings m ON m.id = p.meeting_id JOIN meeting_series s ON s.id = m.series_id
        WHERE ${SERIES_OF} AND p.done = 0 AND (p.visibility = 'shared' OR p.author_id = ?) GROUP BY p.meeting_id`,
      [personId, personId, personId],
    );
    return new Map(rows.map((r) => [r.meeting_id, Number(r.open_count)]));
  }

  async insertTalkingPoint(row: Omit<TalkingPointRow, 'seq'>): Promise<void> {
    await this.#conn.run(
      `INSERT INTO meeting_talking_points (id, meeting_id, author_id, text, visibility, done, recurring, carried_from, links, created_at, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.meeting_id,
        row.author_id,
        row.text,
        row.visibility,
        row.done,
        row.recurring,
        row.carried_from,
        row.links,
        row.created_at,
        row.version,
      ],
    );
  }

  async setTalkingPoint(
    id: string,
    columns: Partial<Pick<TalkingPointRow, 'text' | 'visibility' | 'done' | 'recurring' | 'links'>>,
  ): Promise<void> {
    const names = Object.keys(columns) as (keyof typeof columns)[];
    await this.#conn.run(
      `UPDATE meeting_talking_points SET ${[...names.map((n) => `${n} = ?`), 'version = version + 1'].join(', ')} WHERE id = ?`,
      [...names.map((n) => columns[n]), id],
    );
  }

  async deleteTalkingPoint(id: string): Promise<void> {
    await this.#conn.run('DELETE FROM meeting_talking_points WHERE id = ?', [id]);
  }

  // ---- action items -----------------------------------------------------------------------------

  actionItem(id: string, forUpdate = false): Promise<ActionItemRow | undefined> {
    return this.#conn.get<ActionItemRow>(
      `SELECT * FROM meeting_action_items WHERE id = ?${forUpdate ? this.#forUpdate : ''}`,
      [id],
    );
  }

  actionItemsOf(meetingIds: readonly string[]): Promise<ActionItemRow[]> {
    if (meetingIds.length === 0) return Promise.resolve([]);
    return this.#conn.all<ActionItemRow>(
      `SELECT * FROM meeting_action_items WHERE meeting_id IN (${meetingIds.map(() => '?').join(', ')}) ORDER BY seq`,
      meetingIds,
    );
  }

  async insertActionItem(row: Omit<ActionItemRow, 'seq'>): Promise<void> {
    await this.#conn.run(
      `INSERT INTO meeting_action_items (id, meeting_id, text, owner_id, due, done_at, created_by_id, created_at, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.meeting_id,
        row.text,
        row.owner_id,
        row.due,
        row.done_at,
        row.created_by_id,
        row.created_at,
        row.version,
      ],
    );
  }

  async setActionItem(
    id: string,
    columns: Partial<Pick<ActionItemRow, 'text' | 'owner_id' | 'due' | 'done_at'>>,
  ): Promise<void> {
    const names = Object.keys(columns) as (keyof typeof columns)[];
    await this.#conn.run(
      `UPDATE meeting_action_items SET ${[...names.map((n) => `${n} = ?`), 'version = version + 1'].join(', ')} WHERE id = ?`,
      [...names.map((n) => columns[n]), id],
    );
  }
}
