import type { SqlDatabase } from '../db/sql.js';
import { isoSeconds } from '../store/rows.js';
import { random } from './random.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const stamp = (ms: number) => isoSeconds(new Date(ms));
const NO_LINKS = JSON.stringify({ objectiveIds: [], keyResultIds: [] });

const AGENDA = ['How are you doing, honestly?', 'Progress on this quarter’s goals', 'Anything blocking you?'];
const REPORT_POINTS = [
  'Release plan for the next two sprints',
  'On-call load has been heavy: can we rebalance the rota?',
  'Feedback on my design doc for the new import flow',
  'Whether I should take the lead on the Q1 planning workshop',
  'Budget for the conference in March',
  'Hiring loop: the candidate from Thursday',
  'The customer escalation from last week and what we learned',
  'Too many meetings on Wednesdays',
  'Scope of the migration: can we drop the legacy export?',
  'My check-in confidence is slipping on the second key result',
  'Pairing with the new joiner: how much time to set aside',
  'Handover before my holiday in December',
  'Which metrics we report to the leadership meeting',
  'Documentation debt in the onboarding guide',
];
const MANAGER_POINTS = [
  'Priorities for the rest of the quarter',
  'Feedback from the cross-team review',
  'Your growth goals: what you want to learn next',
  'The reorganisation rumours: what I know so far',
  'Mid-year review timeline',
  'Recognition: the incident write-up was excellent',
  'How the team is feeling after the release crunch',
  'Capacity for next quarter’s planning',
];
const PRIVATE_POINTS = [
  'Ask about the senior role that opened in Data',
  'Raise that I am finding the workload hard to sustain',
  'Talk about salary before the review cycle',
  'Mention the friction with the other team’s lead',
  'Ask for a mentor outside the team',
  'Bring up going part-time in spring',
  'Whether my promotion case is realistic this year',
];
const SHARED_NOTES = [
  'Agreed to split the release into two smaller ones. Scope for the first is fixed; the rest waits for feedback.',
  'Went through the goals: the first key result is on track, the second needs a decision on scope by Friday.',
  'Talked about the on-call rota. We will try a two-week rotation and look at it again at the end of the month.',
  'Good week overall. The escalation is closed; the follow-up is a short write-up for the team.',
  'Discussed growth: more ownership of planning next quarter, starting with the workshop.',
  'Short one today. Mostly status; nothing blocked.',
  'Reviewed the hiring pipeline. Two candidates move on to the final round.',
  'Talked through the feedback from the cross-team review and what to change in how we hand work over.',
  'Capacity is tight until the migration is done. We paused the nice-to-haves until then.',
  'Celebrated the launch. Next: measure adoption for two weeks before deciding on the next step.',
];
const MANAGER_NOTES = [
  'Seems tired; check in on workload next week.',
  'Ready for more ownership. Consider them for the planning lead.',
  'Still unsure about the career path; come back to it after the review.',
  'Mentioned frustration with the other team. Talk to their lead.',
  'Strong progress this month. Mention it in the review.',
  'Needs clearer priorities from me; my fault, not theirs.',
];
const ACTION_ITEMS = [
  'Share the draft release plan',
  'Book a session with the design team',
  'Write up the escalation follow-up',
  'Update the on-call rota for next month',
  'Send the conference budget request',
  'Review the onboarding guide and list the gaps',
  'Ask finance about the tooling budget',
  'Prepare the Q1 planning workshop agenda',
  'Introduce them to the data team lead',
  'Check in on the key result with the low confidence',
  'Draft the job description for the new role',
  'Set up a pairing slot with the new joiner',
];

interface SeriesSim {
  id: string;
  creator: string;
  other: string;
  meetings: MeetingSim[];
}
interface MeetingSim {
  id: string;
  series_id: string;
  at: string;
  state: 'upcoming' | 'held' | 'skipped';
  shared_notes: string;
  version: number;
  created_at: string;
}
interface PointSim {
  id: string;
  meeting_id: string;
  author_id: string;
  text: string;
  visibility: 'shared' | 'private';
  done: number;
  recurring: number;
  carried_from: string | null;
  created_at: string;
  version: number;
}
interface ItemSim {
  id: string;
  meeting: MeetingSim;
  series: SeriesSim;
  text: string;
  owner_id: string;
  due: string | null;
  done_at: string | null;
  created_by_id: string;
  created_at: string;
  version: number;
}

/**
 * Add the demo's 1:1s and one review cycle (issue 25) to a database `seedDemo` has filled.
 *
 * Written as direct SQL, not through `store.meetings` and `store.reviews`: a few thousand store calls
 * would multiply the seed's time, and the store stamps its clock's "now" and random UUIDs, where the demo
 * needs a history spread over weeks and the same ids on every machine. The rows are the ones those
 * methods write: each write is replayed here by the rules of `Meetings` (a meeting's `version` counts what
 * both participants see change; a private point's changes and private notes count on its author's
 * `meeting_private` row; carried points name the point as first written; an action item's change counts on
 * its meeting and every later one) and of `Reviews` (opening the cycle creates the self and manager reviews
 * and moves every version on; saving answers and submitting each add one).
 *
 * - **1:1s**: a weekly series between every team lead and each report, and every department head and each
 *   team lead, started by the manager with one recurring agenda item; six past meetings (now and then one
 *   skipped), each with the report's and sometimes the manager's points, some ticked off and the rest
 *   carried over, now and then a private point by the report and private notes by the manager, shared
 *   notes and action items (some done since); then the next meeting, upcoming, with the last one's open
 *   points carried in and a private point the report wrote to prepare.
 * - **Review cycle**: "H1/H2 <year> performance review" for Product & Engineering, `collecting`, with self,
 *   manager and anonymous peer steps; some self reviews submitted, some drafts; every other manager review
 *   outside platform-lead's team submitted (those people are placed on the calibration grid), others begun
 *   or not; a few peer reviews asked for.
 */
export function seedConversations(db: SqlDatabase, today: string, seed = 20261125): void {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const chance = (p: number) => rand() < p;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rand() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  const todayMs = Date.parse(`${today}T00:00:00Z`);

  // Managers (heads and team leads) and the people who report to them, in a fixed order.
  const pairs = db
    .prepare<[], { manager: string; report: string }>(
      `SELECT m.id AS manager, o.id AS report FROM owners o JOIN owners m ON m.id = o.manager_id
        JOIN people pm ON pm.id = m.id JOIN people po ON po.id = o.id
       WHERE o.kind = 'person' AND pm.role = 'manager' ORDER BY m.id, o.id`,
    )
    .all();

  const allSeries: SeriesSim[] = [];
  const points: PointSim[] = [];
  const items: ItemSim[] = [];
  const privates = new Map<string, { meeting_id: string; person_id: string; notes: string; version: number }>();

  const bumpPrivate = (meeting: MeetingSim, personId: string, notes?: string) => {
    const key = `${meeting.id}\n${personId}`;
    const own = privates.get(key);
    if (own) {
      own.version++;
      if (notes !== undefined) own.notes = notes;
    } else privates.set(key, { meeting_id: meeting.id, person_id: personId, notes: notes ?? '', version: 1 });
  };
  const byMeeting = new Map<string, PointSim[]>();
  const pointsOf = (meeting: MeetingSim) => byMeeting.get(meeting.id) ?? [];
  const addPoint = (meeting: MeetingSim, point: Omit<PointSim, 'id' | 'meeting_id' | 'done' | 'version'>) => {
    const row: PointSim = { id: `tp-${uuid()}`, meeting_id: meeting.id, done: 0, version: 1, ...point };
    points.push(row);
    byMeeting.set(meeting.id, [...pointsOf(meeting), row]);
    return row;
  };
  /** `createTalkingPoint`: a participant writes a point; it counts on the meeting, or on a private one's author. */
  const writePoint = (
    meeting: MeetingSim,
    authorId: string,
    text: string,
    visibility: 'shared' | 'private',
    at: number,
  ) => {
    addPoint(meeting, {
      author_id: authorId,
      text,
      visibility,
      recurring: 0,
      carried_from: null,
      created_at: stamp(at),
    });
    if (visibility === 'shared') meeting.version++;
    else bumpPrivate(meeting, authorId);
  };
  /** `updateTalkingPoint` with `done: true`. */
  const tick = (meeting: MeetingSim, point: PointSim) => {
    point.done = 1;
    point.version++;
    if (point.visibility === 'shared') meeting.version++;
    else bumpPrivate(meeting, point.author_id);
  };
  /** `countItemChange`: an action item's change counts on its meeting and every later one of the series. */
  const countItem = (item: ItemSim) => {
    for (const m of item.series.meetings) if (m.at >= item.meeting.at) m.version++;
  };
  /** `POST /meetings` (and a series' first meeting): points carried from the latest, then the template's. */
  const createMeeting = (series: SeriesSim, template: string, atMs: number, createdMs: number) => {
    const latest = series.meetings.at(-1);
    const meeting: MeetingSim = {
      id: `m-${uuid()}`,
      series_id: series.id,
      at: stamp(atMs),
      state: 'upcoming',
      shared_notes: '',
      version: 1,
      created_at: stamp(createdMs),
    };
    series.meetings.push(meeting);
    const carried = latest ? pointsOf(latest).filter((p) => !p.done || p.recurring) : [];
    for (const p of carried)
      addPoint(meeting, {
        author_id: p.author_id,
        text: p.text,
        visibility: p.visibility,
        recurring: p.recurring,
        carried_from: p.carried_from ?? p.id,
        created_at: stamp(createdMs),
      });
    if (!carried.some((p) => p.visibility === 'shared' && p.text === template))
      addPoint(meeting, {
        author_id: series.creator,
        text: template,
        visibility: 'shared',
        recurring: 1,
        carried_from: null,
        created_at: stamp(createdMs),
      });
    if (latest) latest.version++;
    return meeting;
  };

  for (const [index, { manager, report }] of pairs.entries()) {
    // The next meeting falls on a weekday within the coming six days; the six before it, a week apart.
    const weekdays = [1, 2, 3, 4, 5, 6]
      .map((d) => todayMs + d * DAY)
      .filter((ms) => ![0, 6].includes(new Date(ms).getUTCDay()));
    const nextMs = (weekdays[index % weekdays.length] as number) + (8 + (index % 7)) * HOUR + (index % 2) * 30 * 60_000;
    const slots = Array.from({ length: 7 }, (_, k) => nextMs - (6 - k) * 7 * DAY);
    const firstMs = slots[0] as number;
    const template = pick(AGENDA);
    const series: SeriesSim = { id: `ms-${uuid()}`, creator: manager, other: report, meetings: [] };
    allSeries.push(series);
    const createdMs = firstMs - 2 * DAY;
    createMeeting(series, template, firstMs, createdMs);
    const skipped = chance(0.4) ? 1 + Math.floor(rand() * 3) : -1;

    for (let k = 0; k < 6; k++) {
      const meeting = series.meetings[k] as MeetingSim;
      const atMs = slots[k] as number;
      const prepMs = atMs - DAY + 2 * HOUR;
      // Done since the last meeting: some of the earlier meetings' open action items.
      for (const item of items.filter((i) => i.series === series))
        if (item.done_at === null && chance(0.6)) {
          item.done_at = stamp(prepMs - HOUR);
          item.version++;
          countItem(item);
        }
      const open = new Set(pointsOf(meeting).map((p) => p.text));
      const fresh = (list: readonly string[]) => {
        const text = pick(list);
        if (open.has(text)) return undefined;
        open.add(text);
        return text;
      };
      const reportTexts = [fresh(REPORT_POINTS), chance(0.5) ? fresh(REPORT_POINTS) : undefined];
      for (const text of reportTexts) if (text) writePoint(meeting, report, text, 'shared', prepMs);
      const managerText = chance(0.5) ? fresh(MANAGER_POINTS) : undefined;
      if (managerText) writePoint(meeting, manager, managerText, 'shared', prepMs + HOUR);
      const privateText = chance(0.35) ? fresh(PRIVATE_POINTS) : undefined;
      if (privateText) writePoint(meeting, report, privateText, 'private', prepMs + 2 * HOUR);

      if (k === skipped) {
        meeting.state = 'skipped';
        meeting.version++;
      } else {
        const inMeeting = atMs + 25 * 60_000;
        const shared = pointsOf(meeting).filter((p) => p.visibility === 'shared' && !p.recurring);
        // The last meeting before the next one leaves its last shared point open, to carry over.
        const keepOpen = k === 5 ? shared.at(-1) : undefined;
        for (const p of pointsOf(meeting)) {
          if (p === keepOpen) continue;
          if (p.recurring || (p.visibility === 'shared' ? chance(0.65) : chance(0.5))) tick(meeting, p);
        }
        // The manager writes up the meeting: held, shared notes, sometimes their own private notes.
        meeting.state = 'held';
        meeting.shared_notes = pick(SHARED_NOTES);
        meeting.version++;
        if (chance(0.4)) bumpPrivate(meeting, manager, pick(MANAGER_NOTES));
        const count = chance(0.5) ? 2 : 1;
        for (let i = 0; i < count; i++) {
          const item: ItemSim = {
            id: `ai-${uuid()}`,
            meeting,
            series,
            text: pick(ACTION_ITEMS),
            owner_id: chance(0.7) ? report : manager,
            due: chance(0.8) ? iso(atMs + 7 * DAY) : null,
            done_at: null,
            created_by_id: manager,
            created_at: stamp(inMeeting + (i + 1) * 60_000),
            version: 1,
          };
          items.push(item);
          countItem(item);
        }
      }
      createMeeting(series, template, slots[k + 1] as number, atMs + HOUR);
    }
    // Preparing the next one: the report notes something for themselves, and sometimes for both.
    const upcoming = series.meetings[6] as MeetingSim;
    const prepMs = (slots[5] as number) + 3 * HOUR;
    const said = new Set(pointsOf(upcoming).map((p) => p.text));
    const unsaid = (list: readonly string[]) => list.filter((t) => !said.has(t));
    writePoint(upcoming, report, pick(unsaid(PRIVATE_POINTS)), 'private', prepMs);
    if (chance(0.4)) writePoint(upcoming, report, pick(unsaid(REPORT_POINTS)), 'shared', prepMs + HOUR);
  }

  const insertSeries = db.prepare(
    'INSERT INTO meeting_series (id, creator_id, with_id, cadence, agenda_template, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertMeeting = db.prepare(
    'INSERT INTO meetings (id, series_id, at, state, shared_notes, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPrivate = db.prepare(
    'INSERT INTO meeting_private (meeting_id, person_id, notes, version) VALUES (?, ?, ?, ?)',
  );
  const insertPoint = db.prepare(
    `INSERT INTO meeting_talking_points (id, meeting_id, author_id, text, visibility, done, recurring, carried_from, links, created_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO meeting_action_items (id, meeting_id, text, owner_id, due, done_at, created_by_id, created_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const s of allSeries) {
      const first = s.meetings[0] as MeetingSim;
      const template = points.find((p) => p.meeting_id === first.id && p.recurring)?.text ?? '';
      insertSeries.run(s.id, s.creator, s.other, 'weekly', JSON.stringify([template]), first.created_at);
      for (const m of s.meetings)
        insertMeeting.run(m.id, m.series_id, m.at, m.state, m.shared_notes, m.version, m.created_at);
    }
    for (const p of privates.values()) insertPrivate.run(p.meeting_id, p.person_id, p.notes, p.version);
    for (const p of points)
      insertPoint.run(
        p.id,
        p.meeting_id,
        p.author_id,
        p.text,
        p.visibility,
        p.done,
        p.recurring,
        p.carried_from,
        NO_LINKS,
        p.created_at,
        p.version,
      );
    for (const i of items)
      insertItem.run(
        i.id,
        i.meeting.id,
        i.text,
        i.owner_id,
        i.due,
        i.done_at,
        i.created_by_id,
        i.created_at,
        i.version,
      );
  })();

  seedReviewCycle(db, todayMs, rand, uuid);
}

const REVIEW_QUESTIONS = [
  {
    id: 'impact',
    text: 'How much impact did this person’s work have this half?',
    type: 'rating',
    kinds: ['self', 'manager', 'peer'],
    scale: { min: 1, max: 5 },
    measures: 'performance',
  },
  {
    id: 'potential',
    text: 'How ready is this person for a bigger role?',
    type: 'rating',
    kinds: ['manager'],
    scale: { min: 1, max: 5 },
    measures: 'potential',
  },
  {
    id: 'highlights',
    text: 'What went well this half, and what would make the next one better?',
    type: 'text',
    kinds: ['self', 'manager', 'peer'],
  },
] as const;

const SELF_TEXTS = [
  'Shipped the import flow on time and cut the support tickets about it by half. Next half I want to plan further ahead instead of reacting to the week.',
  'The migration took longer than planned, but it is done and nothing broke. I would like to mentor the new joiner and write more of our decisions down.',
  'Most proud of the on-call improvements: fewer pages, calmer weeks. I should say no to side projects more often.',
  'Good progress on my key results, with one behind because the scope grew. I want clearer priorities earlier in the quarter.',
];
const MANAGER_TEXTS = [
  'Reliable and calm under pressure; the release went well because of their planning. Next: lead the planning workshop.',
  'Strong technical work. Could share progress earlier, before things get stuck.',
];

/** "H1/H2 <year> performance review" for Product & Engineering, collecting (see {@link seedConversations}). */
function seedReviewCycle(db: SqlDatabase, todayMs: number, rand: () => number, uuid: () => string): void {
  const year = new Date(todayMs).getUTCFullYear();
  const half = new Date(todayMs).getUTCMonth() < 6 ? 1 : 2;
  const period =
    half === 1 ? { start: `${year}-01-01`, end: `${year}-06-30` } : { start: `${year}-07-01`, end: `${year}-12-31` };
  const opensAt = iso(todayMs - 4 * DAY);
  const steps = [
    { kind: 'self', opensAt, dueAt: iso(todayMs + 10 * DAY), anonymous: false, minResponses: 1 },
    { kind: 'manager', opensAt, dueAt: iso(todayMs + 17 * DAY), anonymous: false, minResponses: 1 },
    { kind: 'peer', opensAt, dueAt: iso(todayMs + 10 * DAY), anonymous: true, minResponses: 3 },
  ];
  const participants = db
    .prepare<[], { id: string; manager_id: string | null }>(
      `SELECT o.id, o.manager_id FROM owners o
        LEFT JOIN owners team ON team.id = o.parent_id
       WHERE o.kind = 'person' AND (o.parent_id = 'product' OR team.parent_id = 'product')
       ORDER BY o.id`,
    )
    .all();
  const people = new Set(db.prepare<[], string>("SELECT id FROM owners WHERE kind = 'person'").pluck().all());
  const cycleId = `rc-${uuid()}`;
  const createdAt = stamp(todayMs - 5 * DAY + 9 * HOUR);
  const openedAt = stamp(todayMs - 4 * DAY + 9 * HOUR);
  db.prepare(
    `INSERT INTO review_cycles (id, name, period_start, period_end, stage, steps, questions, score_formula, goal_snapshot_at, participant_ids, created_by_id, created_at, version)
     VALUES (?, ?, ?, ?, 'collecting', ?, ?, ?, ?, ?, 'hr-admin', ?, 2)`,
  ).run(
    cycleId,
    `H${half} ${year} performance review`,
    period.start,
    period.end,
    JSON.stringify(steps),
    JSON.stringify(REVIEW_QUESTIONS),
    JSON.stringify({ weights: { goals: 0.5, manager: 0.3, self: 0.1, peer: 0.1 } }),
    stamp(todayMs - 3 * DAY + 17 * HOUR),
    JSON.stringify(participants.map((p) => p.id)),
    createdAt,
  );
  const insertReview = db.prepare(
    `INSERT INTO reviews (id, cycle_id, reviewee_id, reviewer_id, kind, status, answers, submitted_at, created_by_id, created_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rating = () => 3 + Math.floor(rand() * 3);
  // Opening creates the reviews (version 1) and moves the cycle on (every review to version 2); saved
  // answers add one, submitting another.
  db.transaction(() => {
    for (const [i, { id, manager_id }] of participants.entries()) {
      // platform-1 has submitted (the walkthrough and the tests read it); the others are mixed.
      const roll = rand();
      const self = id === 'platform-1' || roll < 0.45 ? 'submitted' : roll < 0.8 ? 'draft' : 'empty';
      const answers =
        self === 'empty'
          ? []
          : [
              { questionId: 'impact', rating: rating() },
              { questionId: 'highlights', text: SELF_TEXTS[i % SELF_TEXTS.length] },
            ];
      insertReview.run(
        `rv-${uuid()}`,
        cycleId,
        id,
        id,
        'self',
        self === 'submitted' ? 'submitted' : 'draft',
        JSON.stringify(answers),
        self === 'submitted' ? stamp(todayMs - (1 + (i % 3)) * DAY + 15 * HOUR) : null,
        'hr-admin',
        openedAt,
        self === 'submitted' ? 4 : self === 'draft' ? 3 : 2,
      );
      if (manager_id && people.has(manager_id)) {
        const begun = rand() < 0.3;
        // Every other reviewee outside platform-lead's team has their manager review submitted already, so
        // the calibration grid places them (a placement needs a submitted manager review); platform-lead's
        // two stay to write (the walkthrough writes one). Ratings from the index, not the random stream, so
        // everything drawn after is as before.
        const submitted = manager_id !== 'platform-lead' && i % 2 === 0;
        const drafted = begun
          ? [
              { questionId: 'impact', rating: rating() },
              { questionId: 'potential', rating: rating() },
              { questionId: 'highlights', text: MANAGER_TEXTS[i % MANAGER_TEXTS.length] },
            ]
          : [];
        const answers = submitted
          ? [
              { questionId: 'impact', rating: 3 + (i % 3) },
              { questionId: 'potential', rating: 2 + ((i >> 1) % 4) },
              { questionId: 'highlights', text: MANAGER_TEXTS[i % MANAGER_TEXTS.length] },
            ]
          : drafted;
        insertReview.run(
          `rv-${uuid()}`,
          cycleId,
          id,
          manager_id,
          'manager',
          submitted ? 'submitted' : 'draft',
          JSON.stringify(answers),
          submitted ? stamp(todayMs - (1 + (i % 3)) * DAY + 11 * HOUR) : null,
          'hr-admin',
          openedAt,
          submitted ? 4 : begun ? 3 : 2,
        );
      }
    }
    // Peer reviews asked for by the reviewees, after the opening (so at version 1, not yet begun).
    const peers = [
      ['platform-1', 'platform-2'],
      ['platform-1', 'data-1'],
      ['mobile-2', 'mobile-1'],
    ] as const;
    for (const [i, [reviewee, reviewer]] of peers.entries())
      if (participants.some((p) => p.id === reviewee) && people.has(reviewer))
        insertReview.run(
          `rv-${uuid()}`,
          cycleId,
          reviewee,
          reviewer,
          'peer',
          'draft',
          '[]',
          null,
          reviewee,
          stamp(todayMs - 3 * DAY + (10 + i) * HOUR),
          1,
        );
  })();
}
