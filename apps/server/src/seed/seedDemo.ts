import { achievementThreshold } from '@goalkit/core/analytics';
import { createScorer, grade } from '@goalkit/core/scoring';
import { sqliteEngine } from '../db/engine.js';
import type { SqlDatabase } from '../db/sql.js';
import { Repository } from '../store/repository.js';
import { Scores } from '../store/scores.js';
import { demoToken } from '../tokens.js';
import { random } from './random.js';
import { seedCompetencies } from './seedCompetencies.js';
import { seedConversations } from './seedConversations.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function quarterOf(day: string) {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const start = Date.UTC(y, q * 3, 1);
  const end = Date.UTC(y, q * 3 + 3, 0);
  return { id: `${y}-Q${q + 1}`, name: `Q${q + 1} ${y}`, start: iso(start), end: iso(end), startMs: start, endMs: end };
}

const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Emre',
  'Fatima',
  'Gus',
  'Hana',
  'Ivan',
  'Jonas',
  'Kemi',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Xavier',
  'Yara',
  'Zoe',
  'Aiko',
  'Bruno',
  'Carla',
  'Dmitri',
  'Elif',
  'Femi',
  'Greta',
  'Hugo',
  'Ines',
  'Jae',
  'Kofi',
  'Lucía',
  'Malik',
  'Noor',
  'Olga',
  'Pavel',
];
const LAST = [
  'Ruiz',
  'Okafor',
  'Martin',
  'Patel',
  'Yilmaz',
  'Haddad',
  'Berg',
  'Sato',
  'Petrov',
  'Weber',
  'Adeyemi',
  'Fischer',
  'García',
  'Mensah',
  'Khan',
  'Iyer',
  'Murphy',
  'Silva',
  'Larsen',
  'Costa',
  'Nair',
  'Novak',
  'Zhang',
  'Dubois',
  'Haddad',
  'Cohen',
  'Tanaka',
  'Rossi',
  'Mendes',
  'Ivanov',
  'Demir',
  'Balogun',
  'Lund',
  'Moreau',
  'Ferreira',
  'Kim',
  'Asante',
  'Romero',
  'Aziz',
  'Rahman',
  'Sokolova',
  'Horak',
];

const ORG = {
  id: 'northwind',
  name: 'Northwind Analytics',
  departments: [
    {
      id: 'product',
      name: 'Product & Engineering',
      teams: [
        ['platform', 'Platform'],
        ['mobile', 'Mobile'],
        ['data', 'Data & Insights'],
      ],
    },
    {
      id: 'sales',
      name: 'Sales',
      teams: [
        ['enterprise', 'Enterprise Sales'],
        ['smb', 'SMB Sales'],
      ],
    },
    {
      id: 'marketing',
      name: 'Marketing',
      teams: [
        ['growth', 'Growth'],
        ['brand', 'Brand & Content'],
      ],
    },
    {
      id: 'people-ops',
      name: 'People & Operations',
      teams: [
        ['talent', 'Talent'],
        ['finance', 'Finance'],
        ['support', 'Customer Support'],
      ],
    },
  ],
} as const;

type KrSpec = {
  title: string;
  type: 'increase' | 'decrease' | 'at-least' | 'at-most' | 'range' | 'boolean' | 'milestones';
  start?: number;
  target?: number;
  min?: number;
  max?: number;
  unit?: string;
  milestones?: string[];
};

const OBJECTIVES: Record<string, { title: string; krs: KrSpec[] }[]> = {
  company: [
    {
      title: 'Become the easiest analytics tool to adopt',
      krs: [
        { title: 'Raise trial-to-paid conversion from 8% to 12%', type: 'increase', start: 8, target: 12, unit: '%' },
        {
          title: 'Cut median time-to-first-dashboard from 40 to 15 minutes',
          type: 'decrease',
          start: 40,
          target: 15,
          unit: 'min',
        },
        { title: 'Keep NPS between 40 and 60', type: 'range', min: 40, max: 60 },
      ],
    },
    {
      title: 'Grow into a durable, profitable business',
      krs: [
        {
          title: 'Grow annual recurring revenue from 18 to 24 million',
          type: 'increase',
          start: 18,
          target: 24,
          unit: 'M EUR',
        },
        { title: 'Keep monthly gross churn at or below 1.5%', type: 'at-most', target: 1.5, unit: '%' },
        { title: 'Reach a gross margin of at least 78%', type: 'at-least', target: 78, unit: '%' },
      ],
    },
    {
      title: 'Be a place where great people do their best work',
      krs: [
        {
          title: 'Raise engagement survey score from 72 to 80',
          type: 'increase',
          start: 72,
          target: 80,
          unit: 'points',
        },
        { title: 'Reduce regretted attrition from 9% to 6%', type: 'decrease', start: 9, target: 6, unit: '%' },
      ],
    },
  ],
  product: [
    {
      title: 'Ship a product that sets itself up',
      krs: [
        { title: 'Raise week-1 activation from 20% to 35%', type: 'increase', start: 20, target: 35, unit: '%' },
        {
          title: 'Guided setup rolled out to every plan',
          type: 'milestones',
          milestones: ['Design approved', 'Beta with 20 accounts', 'General availability'],
        },
      ],
    },
    {
      title: 'Make the platform fast and dependable',
      krs: [
        { title: 'Keep monthly availability at or above 99.95%', type: 'at-least', target: 99.95, unit: '%' },
        {
          title: 'Cut p95 dashboard load time from 2.4 to 1.2 seconds',
          type: 'decrease',
          start: 2.4,
          target: 1.2,
          unit: 's',
        },
      ],
    },
  ],
  sales: [
    {
      title: 'Win the mid-market',
      krs: [
        {
          title: 'Grow new mid-market bookings from 1.2 to 2.0 million',
          type: 'increase',
          start: 1.2,
          target: 2,
          unit: 'M EUR',
        },
        {
          title: 'Raise win rate on qualified deals from 22% to 30%',
          type: 'increase',
          start: 22,
          target: 30,
          unit: '%',
        },
      ],
    },
    {
      title: 'Make every customer a reference',
      krs: [
        {
          title: 'Grow referenceable customers from 40 to 70',
          type: 'increase',
          start: 40,
          target: 70,
          unit: 'customers',
        },
        { title: 'Keep discount on closed deals at or below 15%', type: 'at-most', target: 15, unit: '%' },
      ],
    },
  ],
  marketing: [
    {
      title: 'Be the first name people think of for self-serve analytics',
      krs: [
        {
          title: 'Grow organic sign-ups from 3,000 to 5,000 a month',
          type: 'increase',
          start: 3000,
          target: 5000,
          unit: 'sign-ups',
        },
        { title: 'Raise aided brand awareness from 11% to 16%', type: 'increase', start: 11, target: 16, unit: '%' },
      ],
    },
    {
      title: 'Turn content into pipeline',
      krs: [
        {
          title: 'Grow content-sourced pipeline from 0.6 to 1.0 million',
          type: 'increase',
          start: 0.6,
          target: 1,
          unit: 'M EUR',
        },
        {
          title: 'Cut cost per qualified lead from 180 to 120',
          type: 'decrease',
          start: 180,
          target: 120,
          unit: 'EUR',
        },
      ],
    },
  ],
  'people-ops': [
    {
      title: 'Hire well and fast',
      krs: [
        { title: 'Cut median time-to-hire from 48 to 30 days', type: 'decrease', start: 48, target: 30, unit: 'days' },
        { title: 'Keep offer acceptance at or above 85%', type: 'at-least', target: 85, unit: '%' },
      ],
    },
    {
      title: 'Give customers answers before they ask twice',
      krs: [
        { title: 'Cut first response time from 6 to 2 hours', type: 'decrease', start: 6, target: 2, unit: 'h' },
        { title: 'Keep CSAT between 90 and 100', type: 'range', min: 90, max: 100, unit: '%' },
      ],
    },
  ],
};

const TEAM_OBJECTIVES: { title: string; krs: KrSpec[] }[] = [
  {
    title: 'Make onboarding effortless for new customers',
    krs: [
      { title: 'Raise setup completion from 45% to 70%', type: 'increase', start: 45, target: 70, unit: '%' },
      {
        title: 'Cut onboarding support tickets from 120 to 60 a month',
        type: 'decrease',
        start: 120,
        target: 60,
        unit: 'tickets',
      },
      { title: 'Onboarding checklist live for all plans', type: 'boolean' },
    ],
  },
  {
    title: 'Earn the trust of our biggest accounts',
    krs: [
      { title: 'Raise account health score from 62 to 75', type: 'increase', start: 62, target: 75, unit: 'points' },
      { title: 'Keep escalations at or below 3 a month', type: 'at-most', target: 3, unit: 'escalations' },
      {
        title: 'Quarterly business reviews held with all top-20 accounts',
        type: 'milestones',
        milestones: ['Top-10 reviewed', 'Top-20 reviewed'],
      },
    ],
  },
  {
    title: 'Run a calm, predictable delivery rhythm',
    krs: [
      { title: 'Raise on-time release share from 60% to 85%', type: 'increase', start: 60, target: 85, unit: '%' },
      { title: 'Cut change failure rate from 18% to 10%', type: 'decrease', start: 18, target: 10, unit: '%' },
      { title: 'Keep cycle time between 2 and 5 days', type: 'range', min: 2, max: 5, unit: 'days' },
    ],
  },
  {
    title: 'Understand our customers better than anyone',
    krs: [
      {
        title: 'Grow customer interviews from 10 to 40 this quarter',
        type: 'increase',
        start: 10,
        target: 40,
        unit: 'interviews',
      },
      { title: 'Insights library published to the whole company', type: 'boolean' },
    ],
  },
];

type Spec = { title: string; krs: KrSpec[]; private?: boolean };

/** Each person's work goal, by team: what someone in that team would write for themselves. */
const PERSON_WORK_OBJECTIVES: Record<string, Spec> = {
  platform: {
    title: 'Make my part of the platform faster and safer to change',
    krs: [
      {
        title: 'Cut my median review turnaround from 30 to 12 hours',
        type: 'decrease',
        start: 30,
        target: 12,
        unit: 'h',
      },
      {
        title: 'Ship 8 of my planned reliability fixes, up from 0',
        type: 'increase',
        start: 0,
        target: 8,
        unit: 'fixes',
      },
    ],
  },
  mobile: {
    title: 'Make the app I own feel instant',
    krs: [
      {
        title: 'Cut cold start on my screens from 3.2 to 1.8 seconds',
        type: 'decrease',
        start: 3.2,
        target: 1.8,
        unit: 'seconds',
      },
      { title: 'Keep my crash-free sessions at or above 99.5%', type: 'at-least', target: 99.5, unit: '%' },
    ],
  },
  data: {
    title: 'Give my stakeholders numbers they trust',
    krs: [
      {
        title: 'Cut failed pipeline runs I own from 12 to 3 a month',
        type: 'decrease',
        start: 12,
        target: 3,
        unit: 'runs',
      },
      {
        title: 'Data contracts written for my five core tables',
        type: 'milestones',
        milestones: ['Orders', 'Accounts', 'Usage', 'Billing', 'Events'],
      },
    ],
  },
  enterprise: {
    title: 'Build a healthier pipeline of my own',
    krs: [
      {
        title: 'Grow my qualified opportunities from 6 to 15',
        type: 'increase',
        start: 6,
        target: 15,
        unit: 'opportunities',
      },
      { title: 'Raise my win rate from 20% to 28%', type: 'increase', start: 20, target: 28, unit: '%' },
    ],
  },
  smb: {
    title: 'Close more small deals without discounting',
    krs: [
      { title: 'Grow my closed deals from 10 to 18 a month', type: 'increase', start: 10, target: 18, unit: 'deals' },
      { title: 'Keep my average discount at or below 10%', type: 'at-most', target: 10, unit: '%' },
    ],
  },
  growth: {
    title: 'Make my experiments move sign-ups',
    krs: [
      {
        title: 'Run 6 experiments to a decision, up from 0',
        type: 'increase',
        start: 0,
        target: 6,
        unit: 'experiments',
      },
      {
        title: 'Raise sign-up conversion on my pages from 2.1% to 3%',
        type: 'increase',
        start: 2.1,
        target: 3,
        unit: '%',
      },
    ],
  },
  brand: {
    title: 'Publish work people share',
    krs: [
      { title: 'Publish 5 long-form pieces, up from 0', type: 'increase', start: 0, target: 5, unit: 'pieces' },
      {
        title: 'Grow shares of my pieces from 200 to 600 a month',
        type: 'increase',
        start: 200,
        target: 600,
        unit: 'shares',
      },
    ],
  },
  talent: {
    title: 'Fill my open roles with people who stay',
    krs: [
      {
        title: 'Cut time-to-offer on my roles from 40 to 25 days',
        type: 'decrease',
        start: 40,
        target: 25,
        unit: 'days',
      },
      {
        title: 'Hires of mine still here after 6 months, from 0 to 4',
        type: 'increase',
        start: 0,
        target: 4,
        unit: 'hires',
      },
    ],
  },
  finance: {
    title: 'Close the books faster and cleaner',
    krs: [
      { title: 'Cut my month-end close tasks from 9 to 5 days', type: 'decrease', start: 9, target: 5, unit: 'days' },
      { title: 'Keep my reconciliation errors at or below 2 a month', type: 'at-most', target: 2, unit: 'errors' },
    ],
  },
  support: {
    title: 'Make my customers measurably happier',
    krs: [
      { title: 'Raise my CSAT from 88% to 94%', type: 'increase', start: 88, target: 94, unit: '%' },
      { title: 'Cut reopened cases from 10 to 4 a month', type: 'decrease', start: 10, target: 4, unit: 'cases' },
      { title: 'Knowledge-base article on my top issue published', type: 'boolean' },
    ],
  },
};

/** Each person's private growth goal, by role (members alternate between two). */
const PERSON_GROWTH_OBJECTIVES: { member: Spec[]; lead: Spec } = {
  member: [
    {
      title: 'Deepen my craft',
      private: true,
      krs: [
        {
          title: 'Pair with a senior colleague, from 0 to 8 sessions',
          type: 'increase',
          start: 0,
          target: 8,
          unit: 'sessions',
        },
        { title: 'Present what I learned at the team review', type: 'boolean' },
      ],
    },
    {
      title: 'Grow as a professional',
      private: true,
      krs: [
        {
          title: 'Complete the leadership course modules',
          type: 'milestones',
          milestones: ['Module 1', 'Module 2', 'Module 3', 'Final project'],
        },
        { title: 'Mentor sessions held, from 0 to 6', type: 'increase', start: 0, target: 6, unit: 'sessions' },
      ],
    },
  ],
  lead: {
    title: 'Become a better coach for my team',
    private: true,
    krs: [
      {
        title: 'Hold a 1:1 with every report each week, from 60% to 95%',
        type: 'increase',
        start: 60,
        target: 95,
        unit: '%',
      },
      {
        title: 'Raise my team’s “I get useful feedback” score from 3.4 to 4.2',
        type: 'increase',
        start: 3.4,
        target: 4.2,
        unit: 'points',
      },
    ],
  },
};

/** Units that count whole things: their values are never fractional. */
const MEASURED_UNITS = new Set(['%', 'h', 'seconds', 'days', 'points', 'minutes', 'million']);
const countsThings = (kr: KrSpec) => kr.unit !== undefined && !MEASURED_UNITS.has(kr.unit);

const NOTES = [
  'Steady week.',
  'Blocked on a dependency, unblocked now.',
  'Big jump after the launch.',
  'Slower than planned: holidays.',
  'New data from finance.',
  'Good feedback from customers.',
  'Re-planned the remaining work.',
  '',
];

/**
 * How a person states confidence in their check-ins on the closed quarters, so the calibration widgets have
 * something true to show. Everyone not listed is calibrated: their confidence is the chance they had, given
 * how their key results were going (of the key results they gave 70 %, about 70 % were met). The
 * over-confident say 80–95 % whatever happens and only drop it at the very end; the under-confident say about
 * half the chance they had. Sales and Growth are optimists, Brand is cautious; People & Operations and most of
 * Engineering are calibrated. A team is 3 or 4 people, below the privacy threshold of 5, so the difference
 * shows per department: `owner=sales` against `owner=people-ops`.
 */
const PERSONAS: Record<string, 'over-confident' | 'under-confident'> = {
  ceo: 'over-confident',
  'sales-head': 'over-confident',
  'enterprise-lead': 'over-confident',
  'enterprise-1': 'over-confident',
  'enterprise-2': 'over-confident',
  'smb-lead': 'over-confident',
  'smb-1': 'over-confident',
  'smb-2': 'over-confident',
  'smb-3': 'over-confident',
  'growth-lead': 'over-confident',
  'growth-1': 'over-confident',
  'growth-2': 'over-confident',
  'mobile-2': 'over-confident',
  'brand-1': 'under-confident',
  'brand-2': 'under-confident',
  'brand-3': 'under-confident',
};

/**
 * The confidence stated a share `t` of the way through a cycle about a key result that ended `met` or not,
 * for a person who meets about `rate` of theirs. `u` (uniform in [0, 1), one per key result) keeps one key
 * result's history smooth. Calibrated: confidence is spread evenly around `rate`, wider as the cycle goes on,
 * and drawn in proportion to c for a met key result and to 1 − c for a missed one, so that of the key
 * results stated at c, a share c is met.
 */
function statedConfidence(persona: string, met: boolean, t: number, u: number, rate: number) {
  if (persona === 'over-confident') return 0.95 - 0.15 * u - (met ? 0 : 0.35 * t ** 3);
  const h = Math.max(0, Math.min(rate, 1 - rate) - 0.05) * (0.3 + 0.7 * Math.min(1, t));
  const [a, b] = [rate - h, rate + h];
  const calibrated = met
    ? Math.sqrt(a * a + u * (b * b - a * a))
    : 1 - Math.sqrt((1 - b) ** 2 + u * ((1 - a) ** 2 - (1 - b) ** 2));
  return persona === 'under-confident' ? 0.55 * calibrated : calibrated;
}

export interface DemoPerson {
  id: string;
  name: string;
  role: 'member' | 'manager' | 'admin';
  token: string;
  title: string;
}

/**
 * Load the demo organisation: a company, 4 departments, 10 teams, about 40 people with managers, the
 * three quarters before this one (closed and graded, some objectives aspirational, confidence stated by each
 * person's {@link PERSONAS persona}), the current one and the next (empty), about 300 aligned objectives with
 * about 670 key results of every type, check-in histories, comments and kudos. Generated from a fixed seed.
 */
export async function seedDemo(
  db: SqlDatabase,
  today = new Date().toISOString().slice(0, 10),
  seed = 20260101,
): Promise<DemoPerson[]> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const current = quarterOf(today);
  const previous = quarterOf(iso(current.startMs - DAY));
  const twoBack = quarterOf(iso(previous.startMs - DAY));
  const threeBack = quarterOf(iso(twoBack.startMs - DAY));
  const closedQuarters = [threeBack, twoBack, previous];
  // The check-in habit grew: every week or so since last quarter, every two or three weeks before. (Fewer
  // check-ins also keep the document the server scores from, rebuilt after every structural write, small.)
  const checkInGap = new Map([
    [threeBack, 16],
    [twoBack, 12],
  ]);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const people: DemoPerson[] = [];
  let seq = 0;
  const nextName = () => {
    const name = `${FIRST[seq % FIRST.length]} ${LAST[(seq * 7) % LAST.length]}`;
    seq++;
    return name;
  };

  const insertOwner = db.prepare('INSERT INTO owners (id, kind, name, parent_id, manager_id) VALUES (?, ?, ?, ?, ?)');
  const insertPerson = db.prepare('INSERT INTO people (id, email, role) VALUES (?, ?, ?)');
  const insertObjective = db.prepare(
    `INSERT INTO objectives (id, title, owner_id, cycle_id, parent_id, alignment, weight, rollup, visibility, state, grade_score, grade_band, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertKr = db.prepare(
    'INSERT INTO key_results (id, objective_id, data, current, version, last_check_in_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const updateKr = db.prepare(
    'UPDATE key_results SET data = ?, current = ?, version = ?, last_check_in_at = ?, updated_at = ? WHERE id = ?',
  );
  const insertCheckIn = db.prepare(
    'INSERT INTO check_ins (id, key_result_id, at, value, milestones, confidence, note, author_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertComment = db.prepare(
    'INSERT INTO comments (id, objective_id, kind, body, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertRevision = db.prepare(
    "INSERT INTO revisions (id, objective_id, entity, entity_id, version, action, actor_id, at, comment, changes) VALUES (?, ?, 'objective', ?, 1, 'created', ?, ?, NULL, ?)",
  );

  // Whose voice an owner's check-ins are (a team's is its lead's) and the unit they belong to, for the personas.
  const voiceOf = new Map<string, string>();
  const unitOf = new Map<string, string>();
  const addPerson = (id: string, role: DemoPerson['role'], teamId: string, managerId: string | null, title: string) => {
    voiceOf.set(id, id);
    unitOf.set(id, teamId);
    const name = nextName();
    const token = demoToken(id);
    insertOwner.run(id, 'person', name, teamId, managerId);
    insertPerson.run(id, `${id}@northwind.example`, role);
    people.push({ id, name, role, token, title });
    return id;
  };

  // The next quarter exists, empty, so unfinished goals can be carried into it.
  const next = quarterOf(iso(current.endMs + DAY));
  db.transaction(() => {
    for (const cycle of [...closedQuarters, current, next]) {
      db.prepare('INSERT INTO cycles (id, name, start, "end", closed) VALUES (?, ?, ?, ?, ?)').run(
        cycle.id,
        cycle.name,
        cycle.start,
        cycle.end,
        closedQuarters.includes(cycle) ? 1 : 0,
      );
    }
    insertOwner.run(ORG.id, 'org', ORG.name, null, null);
    const ceo = addPerson('ceo', 'admin', ORG.id, null, 'Chief Executive');
    db.prepare('UPDATE owners SET manager_id = ? WHERE id = ?').run(ceo, ORG.id);
    voiceOf.set(ORG.id, ceo);
    unitOf.set(ORG.id, ORG.id);
    addPerson('hr-admin', 'admin', ORG.id, ceo, 'People Systems Admin');
    const teamMembers = new Map<string, string[]>();
    const teamManager = new Map<string, string>();
    const departmentHead = new Map<string, string>();
    for (const department of ORG.departments) {
      insertOwner.run(department.id, 'department', department.name, ORG.id, null);
      const head = addPerson(`${department.id}-head`, 'manager', department.id, ceo, `Head of ${department.name}`);
      db.prepare('UPDATE owners SET manager_id = ? WHERE id = ?').run(head, department.id);
      departmentHead.set(department.id, head);
      voiceOf.set(department.id, head);
      unitOf.set(department.id, department.id);
      for (const [teamId, teamName] of department.teams) {
        insertOwner.run(teamId, 'team', teamName, department.id, null);
        const lead = addPerson(`${teamId}-lead`, 'manager', teamId, head, `${teamName} Lead`);
        db.prepare('UPDATE owners SET manager_id = ? WHERE id = ?').run(lead, teamId);
        teamManager.set(teamId, lead);
        voiceOf.set(teamId, lead);
        unitOf.set(teamId, teamId);
        const members: string[] = [];
        const size = 2 + (teamId.length % 2);
        for (let i = 1; i <= size; i++)
          members.push(addPerson(`${teamId}-${i}`, 'member', teamId, lead, `${teamName} Specialist`));
        teamMembers.set(teamId, members);
      }
    }

    let objectiveCount = 0;
    let krCount = 0;
    const addObjective = (
      cycle: ReturnType<typeof quarterOf>,
      ownerId: string,
      parentId: string | null,
      spec: { title: string; krs: KrSpec[]; private?: boolean },
      options: { rollup?: 'key-results' | 'both'; author: string; pace: number; stale: boolean },
    ) => {
      const id = `${cycle.id.toLowerCase()}-o${++objectiveCount}`;
      const closed = closedQuarters.includes(cycle);
      const created = new Date(cycle.startMs + 2 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
      insertObjective.run(
        id,
        spec.title,
        ownerId,
        cycle.id,
        parentId,
        rand() < 0.08 ? 'supports' : 'contributes',
        rand() < 0.2 ? 2 : 1,
        options.rollup ?? 'key-results',
        spec.private ? 'private' : 'public',
        closed ? 'closed' : rand() < 0.08 ? 'proposed' : 'active',
        null,
        null,
        created,
        created,
      );
      insertRevision.run(
        `rev-${id}`,
        id,
        id,
        options.author,
        created,
        JSON.stringify([{ field: 'title', from: null, to: spec.title }]),
      );
      for (const kr of spec.krs) {
        const krId = `${id}-kr${++krCount}`;
        const data: Record<string, unknown> = { title: kr.title, type: kr.type, weight: 1 };
        for (const f of ['start', 'target', 'min', 'max', 'unit'] as const) if (kr[f] !== undefined) data[f] = kr[f];
        const endMs = closed ? cycle.endMs : Math.min(todayMs, cycle.endMs);
        const span = Math.max(1, (cycle.endMs - cycle.startMs) / DAY);
        const elapsed = Math.max(0, (endMs - cycle.startMs) / DAY);
        const checkInDays: number[] = [];
        // Check-ins end the day before the seed's day, so no time shows in the future ("in 2 hours").
        const gap = checkInGap.get(cycle) ?? 7;
        for (let d = 5 + Math.floor(rand() * 5); d < elapsed; d += gap + Math.floor(rand() * 6)) checkInDays.push(d);
        if (options.stale)
          while (checkInDays.length > 0 && elapsed - (checkInDays[checkInDays.length - 1] as number) < 16)
            checkInDays.pop();
        const pace = Math.max(0.05, options.pace + (rand() - 0.5) * 0.3);
        insertKr.run(krId, id, JSON.stringify(data), null, 1, null, created);
        let current: unknown = null;
        let last: string | null = null;
        let doneFlags: boolean[] = (kr.milestones ?? []).map(() => false);
        for (const d of checkInDays) {
          const share = Math.min(1.2, (d / span) * pace * (0.85 + rand() * 0.3));
          let value: unknown = null;
          if (kr.type === 'increase' || kr.type === 'decrease') {
            const raw = (kr.start as number) + ((kr.target as number) - (kr.start as number)) * share;
            value = countsThings(kr) ? Math.round(raw) : Math.round(raw * 100) / 100;
          } else if (kr.type === 'at-least' || kr.type === 'at-most') {
            const met = rand() < 0.35 + pace * 0.4;
            const t = kr.target as number;
            const delta = Math.max(0.01, Math.abs(t) * 0.05);
            value =
              Math.round(
                (kr.type === 'at-least'
                  ? met
                    ? t + delta * rand()
                    : t - delta
                  : met
                    ? t - delta * rand()
                    : t + delta) * 100,
              ) / 100;
            if (countsThings(kr))
              value =
                kr.type === 'at-least'
                  ? met
                    ? Math.ceil(t)
                    : Math.ceil(t) - 1
                  : met
                    ? Math.floor(t)
                    : Math.floor(t) + 1;
          } else if (kr.type === 'range') {
            const inside = rand() < 0.4 + pace * 0.4;
            const min = kr.min as number;
            const max = kr.max as number;
            value = Math.round((inside ? min + (max - min) * rand() : min - (max - min) * 0.2) * 10) / 10;
          } else if (kr.type === 'boolean') {
            value = share > 0.8;
          } else {
            const doneCount = Math.min(doneFlags.length, Math.floor(share * doneFlags.length + 0.2));
            doneFlags = doneFlags.map((_, i) => i < doneCount);
          }
          const at = new Date(cycle.startMs + d * DAY + 9 * 3_600_000 + Math.floor(rand() * 8) * 3_600_000)
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z');
          const confidence = Math.round(Math.min(0.95, Math.max(0.15, pace * 0.7 + rand() * 0.3)) * 100) / 100;
          insertCheckIn.run(
            `ci-${krId}-${d}`,
            krId,
            at,
            value === null ? null : JSON.stringify(value),
            kr.type === 'milestones' ? JSON.stringify(doneFlags) : null,
            confidence,
            pick(NOTES) || null,
            options.author,
          );
          if (value !== null) current = value;
          last = at;
        }
        const milestoneTitles = kr.milestones;
        if (milestoneTitles)
          data.milestones = milestoneTitles.map((title, i) => ({
            title,
            done: doneFlags[i] ?? false,
            weight: i === milestoneTitles.length - 1 ? 2 : 1,
          }));
        updateKr.run(
          JSON.stringify(data),
          current === null ? null : JSON.stringify(current),
          1 + checkInDays.length,
          last,
          last ?? created,
          krId,
        );
      }
      return id;
    };

    const goalsFor = (cycle: ReturnType<typeof quarterOf>) => {
      const companyIds = (OBJECTIVES.company ?? []).map((spec) =>
        addObjective(cycle, ORG.id, null, spec, { rollup: 'both', author: ceo, pace: 0.9, stale: false }),
      );
      ORG.departments.forEach((department, di) => {
        const head = departmentHead.get(department.id) as string;
        const deptIds = (OBJECTIVES[department.id] ?? []).map((spec, i) =>
          addObjective(cycle, department.id, companyIds[(di + i) % companyIds.length] as string, spec, {
            rollup: 'both',
            author: head,
            pace: 0.6 + rand() * 0.5,
            stale: false,
          }),
        );
        for (const [teamId] of department.teams) {
          const lead = teamManager.get(teamId) as string;
          const teamSpecs = [
            TEAM_OBJECTIVES[(teamId.length + di) % TEAM_OBJECTIVES.length],
            TEAM_OBJECTIVES[(teamId.length + di + 1) % TEAM_OBJECTIVES.length],
          ];
          const teamIds = teamSpecs.map((spec, i) =>
            addObjective(
              cycle,
              teamId,
              deptIds[i % deptIds.length] as string,
              spec as (typeof TEAM_OBJECTIVES)[number],
              {
                author: lead,
                pace: 0.3 + rand() * 0.9,
                stale: rand() < 0.15,
              },
            ),
          );
          for (const person of [lead, ...(teamMembers.get(teamId) ?? [])]) {
            const count = cycle === current ? 2 : 1;
            const member = Number(/-(\d+)$/.exec(person)?.[1] ?? 0);
            const growth =
              person === lead ? PERSON_GROWTH_OBJECTIVES.lead : (PERSON_GROWTH_OBJECTIVES.member[member % 2] as Spec);
            for (let i = 0; i < count; i++) {
              const spec = i === 0 ? (PERSON_WORK_OBJECTIVES[teamId] as Spec) : growth;
              addObjective(cycle, person, spec.private ? null : (teamIds[i % teamIds.length] as string), spec, {
                author: person,
                pace: 0.2 + rand() * 1,
                stale: rand() < 0.2,
              });
            }
          }
        }
      });
    };
    goalsFor(previous);
    goalsFor(current);

    const objectiveIds = db
      .prepare<[string], { id: string; owner_id: string }>(
        "SELECT id, owner_id FROM objectives WHERE cycle_id = ? AND visibility = 'public'",
      )
      .all(current.id);
    const commenters = people.map((p) => p.id);
    const comments = [
      'Great momentum this week!',
      'What is blocking the second key result?',
      'Can we pair on the data pipeline part?',
      'Nice work on the launch 🎉',
      'Shall we revisit the target at mid-quarter?',
      'Thanks for unblocking us so quickly.',
    ];
    for (let i = 0; i < 60; i++) {
      const objective = pick(objectiveIds);
      const kudos = rand() < 0.35;
      const at = new Date(
        Math.min(todayMs, current.endMs) - Math.floor(rand() * 30) * DAY - Math.floor(rand() * 8) * 3_600_000,
      )
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
      insertComment.run(
        `c-seed-${i}`,
        objective.id,
        kudos ? 'kudos' : 'comment',
        kudos ? `Kudos: ${pick(comments)}` : pick(comments),
        pick(commenters),
        at,
      );
    }

    // The two older quarters draw last, so the previous quarter and this one are what they were before
    // there were three closed quarters. In all three some objectives were stretch goals: 2 in 5 of the
    // company's, departments' and teams', 3 in 20 of people's own (a person is their own voice).
    goalsFor(twoBack);
    goalsFor(threeBack);
    const setAspirational = db.prepare("UPDATE objectives SET ambition = 'aspirational' WHERE id = ?");
    for (const cycle of closedQuarters)
      for (const { id, owner_id } of db
        .prepare<[string], { id: string; owner_id: string }>(
          'SELECT id, owner_id FROM objectives WHERE cycle_id = ? ORDER BY id',
        )
        .all(cycle.id))
        if (rand() < (voiceOf.get(owner_id) === owner_id ? 0.15 : 0.4)) setAspirational.run(id);
  })();
  // Grade each closed quarter the way closing it does (the score as of its last day, from the scores the
  // server keeps), and read whether each of its key results was met.
  const document = await new Scores(() => today).document(new Repository(sqliteEngine(db)));
  const grades = new Map<string, ReturnType<typeof grade>>();
  const met = new Map<string, boolean>();
  for (const cycle of closedQuarters) {
    const scorer = createScorer(document, { asOf: cycle.end });
    for (const objective of document.objectives) {
      if (objective.cycle !== cycle.id) continue;
      grades.set(objective.id, grade(scorer.objective(objective.id).progress));
      // Met as core's analytics count it (progress, a ratio of floats, may fall a hair short of 0.7).
      for (const { id } of objective.keyResults)
        met.set(id, scorer.progressOfKeyResult(id) >= achievementThreshold(objective) - 1e-9);
    }
  }
  // Then restate the confidence of every check-in on them as its author's persona would have.
  const checkIns = db
    .prepare<[], { id: string; at: string; key_result_id: string; owner_id: string; start: string; end: string }>(
      `SELECT c.id, c.at, c.key_result_id, o.owner_id, y.start, y."end" FROM check_ins c
       JOIN key_results k ON k.id = c.key_result_id JOIN objectives o ON o.id = k.objective_id
       JOIN cycles y ON y.id = o.cycle_id WHERE y.closed = 1 ORDER BY k.seq, c.at`,
    )
    .all();
  const personaOf = (ownerId: string) => PERSONAS[voiceOf.get(ownerId) ?? ownerId] ?? 'calibrated';
  // Each persona's rate per unit: the share of its key results met, over all three quarters.
  const tally = new Map<string, { met: number; all: number }>();
  const groupOf = (ownerId: string) => `${personaOf(ownerId)} in ${unitOf.get(ownerId) ?? ownerId}`;
  for (const [keyResultId, ownerId] of new Map(checkIns.map((c) => [c.key_result_id, c.owner_id]))) {
    const group = tally.get(groupOf(ownerId)) ?? { met: 0, all: 0 };
    group.all++;
    if (met.get(keyResultId)) group.met++;
    tally.set(groupOf(ownerId), group);
  }
  const setGrade = db.prepare('UPDATE objectives SET grade_score = ?, grade_band = ? WHERE id = ?');
  const setConfidence = db.prepare('UPDATE check_ins SET confidence = ? WHERE id = ?');
  const draws = new Map<string, number>();
  db.transaction(() => {
    for (const [id, g] of grades) setGrade.run(g.score, g.band, id);
    for (const c of checkIns) {
      const group = tally.get(groupOf(c.owner_id)) ?? { met: 0, all: 1 };
      const rate = Math.min(0.9, Math.max(0.1, group.met / group.all));
      const u = draws.get(c.key_result_id) ?? rand();
      draws.set(c.key_result_id, u);
      const [start, end] = [Date.parse(`${c.start}T00:00:00Z`), Date.parse(`${c.end}T00:00:00Z`)];
      const t = (Date.parse(c.at) - start) / (end - start);
      const stated = statedConfidence(personaOf(c.owner_id), met.get(c.key_result_id) ?? false, t, u, rate);
      setConfidence.run(Math.round(Math.min(0.95, Math.max(0.05, stated)) * 100) / 100, c.id);
    }
  })();
  // The rhythm: the company checks in every Monday at 09:00 Berlin time, overdue after two days and
  // escalated to the manager when the next Monday is missed too (issue 22).
  db.prepare('INSERT INTO cadence_policies (owner_id, data, updated_at, updated_by) VALUES (?, ?, ?, ?)').run(
    ORG.id,
    JSON.stringify({
      scopeOwnerId: ORG.id,
      frequency: 'weekly',
      weekday: 'monday',
      localTime: '09:00',
      timeZone: 'Europe/Berlin',
      skipIfCheckedInWithinDays: 0,
      graceDays: 2,
      escalateTo: 'manager',
      inherit: 'default',
    }),
    `${today}T00:00:00Z`,
    null,
  );
  // Data in (issue 23): the first key result of platform-1's work goal this quarter is fed by the warehouse
  // (its check-ins came from a system), the second was set up to pull from a metrics service the server
  // may not ask yet (the demo allows no hosts), so it shows a failed sync in words.
  const platformKrs = db
    .prepare<[string], { id: string; data: string }>(
      `SELECT k.id, k.data FROM key_results k JOIN objectives o ON o.id = k.objective_id
       WHERE o.owner_id = 'platform-1' AND o.visibility = 'public' AND o.cycle_id = ? ORDER BY k.seq LIMIT 2`,
    )
    .all(current.id);
  const setData = db.prepare('UPDATE key_results SET data = ? WHERE id = ?');
  const [pushed, pulled] = platformKrs;
  if (pushed) {
    setData.run(JSON.stringify({ ...JSON.parse(pushed.data), source: { mode: 'push' } }), pushed.id);
    db.prepare(
      "UPDATE check_ins SET source = 'api', source_ref = 'warehouse nightly', confidence = NULL WHERE key_result_id = ?",
    ).run(pushed.id);
  }
  if (pulled) {
    const source = {
      mode: 'pull',
      connector: 'http-json',
      config: { url: 'https://metrics.northwind.example/reliability/fixes', path: 'data.shipped' },
      schedule: 'daily',
      configuredById: 'platform-1',
      lastSync: {
        at: `${today}T06:00:00Z`,
        ok: false,
        error: 'metrics.northwind.example is not an allowed host; an admin adds it to GOALKIT_CONNECTOR_HOSTS',
      },
    };
    setData.run(JSON.stringify({ ...JSON.parse(pulled.data), source }), pulled.id);
  }
  // 1:1s and a review cycle (issue 25), from their own random stream.
  seedConversations(db, today);
  // Competencies (issue 26): a framework, placements, assessments and development goals, from their own stream.
  seedCompetencies(db, today);
  return people;
}
