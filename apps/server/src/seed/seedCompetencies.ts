import type { Framework } from '@goalkit/core/competencies';
import type { SqlDatabase } from '../db/sql.js';
import { isoSeconds } from '../store/rows.js';
import { random } from './random.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const stamp = (ms: number) => isoSeconds(new Date(ms));

type Expects = Record<string, number>;

const expectations = (levels: Expects, texts: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries(levels).map(([id, level]) => [id, { level, ...(texts[id] ? { text: texts[id] } : {}) }]),
  );

/** The demo's one framework: Engineering, rated 1–5, with one career track of four levels. */
export const ENGINEERING: Framework = {
  id: 'engineering',
  name: 'Engineering',
  scale: { min: 1, max: 5, labels: ['Learning', 'Developing', 'Proficient', 'Advanced', 'Expert'] },
  competencies: [
    {
      id: 'code-quality',
      theme: 'Craft',
      description: 'Writes code others can read, change and trust.',
      // An ESCO skill URI, as a catalogue reference looks (the demo does not claim the mapping is official).
      refs: [{ scheme: 'esco', id: 'http://data.europa.eu/esco/skill/1605025e-a179-421f-8f35-5b07d182a6b2' }],
    },
    {
      id: 'system-design',
      theme: 'Craft',
      description: 'Shapes systems that fit their load, their failure modes and the team that runs them.',
      refs: [{ scheme: 'custom', id: 'NW-ENG-02' }],
    },
    {
      id: 'testing',
      theme: 'Craft',
      description: 'Finds out what is broken before the customer does.',
      refs: [],
    },
    {
      id: 'collaboration',
      theme: 'Teamwork',
      description: 'Works across teams; hands work over without friction.',
      refs: [],
    },
    {
      id: 'communication',
      theme: 'Teamwork',
      description: 'Explains decisions in writing and in front of a room.',
      refs: [],
    },
    {
      id: 'mentoring',
      theme: 'Leadership',
      description: 'Helps others grow: pairing, reviews, feedback.',
      refs: [],
    },
  ],
  tracks: [
    {
      id: 'ic',
      name: 'Individual contributor',
      levels: [
        {
          id: 'ic1',
          name: 'Engineer I',
          expectations: expectations({
            'code-quality': 2,
            'system-design': 1,
            testing: 2,
            collaboration: 2,
            communication: 2,
          }),
        },
        {
          id: 'ic2',
          name: 'Engineer II',
          expectations: expectations(
            { 'code-quality': 3, 'system-design': 2, testing: 3, collaboration: 3, communication: 2, mentoring: 1 },
            { 'code-quality': 'Ships features whose code needs few review rounds.' },
          ),
        },
        {
          id: 'ic3',
          name: 'Senior Engineer',
          expectations: expectations(
            { 'code-quality': 4, 'system-design': 3, testing: 3, collaboration: 3, communication: 3, mentoring: 2 },
            {
              'system-design': "Designs a service end to end and defends it in the team's design review.",
              communication: 'Presents their work to the department.',
              mentoring: 'Onboards a new joiner.',
            },
          ),
        },
        {
          id: 'ic4',
          name: 'Staff Engineer',
          expectations: expectations(
            { 'code-quality': 4, 'system-design': 4, testing: 4, collaboration: 4, communication: 4, mentoring: 3 },
            { 'system-design': 'Sets the technical direction across teams.' },
          ),
        },
      ],
    },
  ],
};

/** Where each kind of Product & Engineering person stands, and what they aim for. */
const PLACEMENT: Record<string, [level: string, target: string | null]> = {
  head: ['ic4', null],
  lead: ['ic3', 'ic4'],
  first: ['ic2', 'ic3'],
  other: ['ic1', 'ic2'],
};

/** Development goals (private, active, this quarter) that cover some of the demo's gaps. */
const DEVELOPMENT_GOALS: { owner: string; title: string; competencyIds: string[]; kr: string; target: number }[] = [
  {
    owner: 'platform-1',
    title: 'Design the import service end to end and take it through design review',
    competencyIds: ['system-design'],
    kr: 'Design reviews led',
    target: 2,
  },
  {
    owner: 'platform-1',
    title: 'Catch regressions in the import flow before review',
    competencyIds: ['testing'],
    kr: 'Import paths covered by integration tests',
    target: 10,
  },
  {
    owner: 'mobile-1',
    title: 'Mentor the new joiner through their first release',
    competencyIds: ['mentoring'],
    kr: 'Pairing sessions held',
    target: 8,
  },
  {
    owner: 'data-2',
    title: 'Make the pipeline jobs safe to change',
    competencyIds: ['testing', 'code-quality'],
    kr: 'Pipeline jobs with tests',
    target: 12,
  },
];

/**
 * Add the demo's competencies (issue 26) to a database `seedDemo` has filled, from their own random stream
 * (so the goals' and conversations' figures stay as they were): the Engineering framework; every Product &
 * Engineering person placed on its track (head at Staff, leads Senior aiming for Staff, each team's first
 * member Engineer II aiming for Senior, the others Engineer I aiming for II); self-assessments from about
 * four months ago, some renewed lately, and manager ratings from the last two months for most competencies
 * (platform-1's communication is rated by themself alone, so it shows flagged); and a few private
 * development goals covering some of the gaps.
 *
 * Written as direct SQL, for the same reasons as `seedConversations`: a history spread over months, the
 * same ids on every machine.
 */
export function seedCompetencies(db: SqlDatabase, today: string, seed = 20261126): void {
  const rand = random(seed);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const people = db
    .prepare<[], { id: string; manager_id: string | null }>(
      `SELECT o.id, o.manager_id FROM owners o
        LEFT JOIN owners team ON team.id = o.parent_id
       WHERE o.kind = 'person' AND (o.parent_id = 'product' OR team.parent_id = 'product')
       ORDER BY o.id`,
    )
    .all();
  const cycle = db
    .prepare<[string, string], string>('SELECT id FROM cycles WHERE start <= ? AND "end" >= ? ORDER BY start LIMIT 1')
    .pluck()
    .get(today, today);
  const levels = new Map(ENGINEERING.tracks[0]?.levels.map((l) => [l.id, l]));
  const clamp = (level: number) => Math.min(5, Math.max(1, level));
  const created = stamp(todayMs - 90 * DAY + 9 * HOUR);

  db.transaction(() => {
    db.prepare(
      'INSERT INTO competency_frameworks (id, name, data, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
    ).run(ENGINEERING.id, ENGINEERING.name, JSON.stringify(ENGINEERING), created, created);
    const place = db.prepare(
      `INSERT INTO competency_placements (person_id, framework_id, track_id, level_id, target_level_id, updated_by_id, updated_at)
       VALUES (?, 'engineering', 'ic', ?, ?, 'hr-admin', ?)`,
    );
    const assess = db.prepare(
      `INSERT INTO competency_assessments (id, person_id, competency_id, level, source, assessor_id, at, review_id, note, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    let n = 0;
    const rate = (person: string, competency: string, level: number, source: string, by: string, ms: number) => {
      const at = stamp(ms);
      assess.run(`as-seed-${++n}`, person, competency, clamp(level), source, by, at, null, at);
    };
    for (const { id, manager_id } of people) {
      const kind = id.endsWith('-head')
        ? 'head'
        : id.endsWith('-lead')
          ? 'lead'
          : id.endsWith('-1')
            ? 'first'
            : 'other';
      const [levelId, targetId] = PLACEMENT[kind] as [string, string | null];
      place.run(id, levelId, targetId, stamp(todayMs - 80 * DAY + 10 * HOUR));
      const current = levels.get(levelId)?.expectations ?? {};
      for (const competency of ENGINEERING.competencies) {
        const expected = current[competency.id]?.level ?? 1;
        // Their own view, a little generous, about four months ago; now and then given again lately.
        rate(
          id,
          competency.id,
          expected + (rand() < 0.5 ? 1 : 0),
          'self',
          id,
          todayMs - (100 + Math.floor(rand() * 40)) * DAY,
        );
        if (rand() < 0.35)
          rate(id, competency.id, expected + 1, 'self', id, todayMs - (5 + Math.floor(rand() * 20)) * DAY);
        const managerRates = manager_id !== null && !(id === 'platform-1' && competency.id === 'communication');
        if (managerRates && rand() < 0.8) {
          const roll = rand();
          rate(
            id,
            competency.id,
            expected + (roll < 0.3 ? -1 : roll < 0.85 ? 0 : 1),
            'manager',
            manager_id,
            todayMs - (20 + Math.floor(rand() * 40)) * DAY,
          );
        }
      }
    }
    if (!cycle) return;
    const insertObjective = db.prepare(
      `INSERT INTO objectives (id, title, owner_id, cycle_id, parent_id, alignment, weight, rollup, visibility, state,
         kind, competency_ids, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, 'contributes', 1, 'key-results', 'private', 'active', 'development', ?, 1, ?, ?)`,
    );
    const insertKr = db.prepare(
      'INSERT INTO key_results (id, objective_id, data, current, version, last_check_in_at, updated_at) VALUES (?, ?, ?, NULL, 1, NULL, ?)',
    );
    const insertRevision = db.prepare(
      "INSERT INTO revisions (id, objective_id, entity, entity_id, version, action, actor_id, at, comment, changes) VALUES (?, ?, 'objective', ?, 1, 'created', ?, ?, NULL, ?)",
    );
    for (const [i, goal] of DEVELOPMENT_GOALS.entries()) {
      if (!people.some((p) => p.id === goal.owner)) continue;
      const id = `dev-${goal.owner}-${i + 1}`;
      const at = stamp(todayMs - (25 + i * 3) * DAY + 11 * HOUR);
      insertObjective.run(id, goal.title, goal.owner, cycle, JSON.stringify(goal.competencyIds), at, at);
      insertKr.run(
        `${id}-kr1`,
        id,
        JSON.stringify({ title: goal.kr, type: 'increase', weight: 1, start: 0, target: goal.target }),
        at,
      );
      insertRevision.run(
        `rev-${id}`,
        id,
        id,
        goal.owner,
        at,
        JSON.stringify([
          { field: 'title', from: null, to: goal.title },
          { field: 'kind', from: null, to: 'development' },
          { field: 'competencyIds', from: null, to: goal.competencyIds },
        ]),
      );
    }
  })();
}
