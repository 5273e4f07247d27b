import {
  type CheckIn,
  type CheckInCreate,
  type Comment,
  type CommentCreate,
  type Cycle,
  createClient,
  type GoalkitClient,
  issuesToProblems,
  type KeyResult,
  type KeyResultCreate,
  type KeyResultPatch,
  type Objective,
  type ObjectiveCreate,
  type ObjectivePatch,
  type Owner,
  objectiveTransitions,
  type Person,
  type Problem,
  type Revision,
  type Route,
  type RouteName,
  routes,
  type Transition,
  type TransitionAction,
  type TreeNode,
} from '@goalkit/client';
import { type KeyResultResource, toCoreKeyResult } from '@goalkit/core';
import { lintObjective } from '@goalkit/core/lint';
import type { DraftKeyResult, DraftObjective, GoalkitDocument } from '@goalkit/core/model';
import { scoreDocument } from '@goalkit/core/scoring';

/**
 * A goalkit API that lives in the browser tab: an in-memory organisation served through the
 * contract's own route table, as a `fetch` function the real client calls. Bodies and queries are
 * validated with the contract's schemas, replies are checked against them too (so the fake cannot
 * drift from the contract unnoticed), versioned writes need `If-Match` and answer 412 when stale,
 * and check-ins rescore the organisation with the core engine. No network is involved.
 */
export interface FakeBackendOptions {
  /** `live` answers; `loading` never answers; `error` answers every request with a 503. @default 'live' */
  mode?: 'live' | 'loading' | 'error';
  /** Delay of each reply in ms, so pending and optimistic states can be seen. @default 150 */
  latencyMs?: number;
  /** Start the organisation empty (no objectives, check-ins or comments). @default false */
  empty?: boolean;
}

export interface FakeBackend {
  /** The `fetch` to hand to `createClient` or `<gk-provider>`. */
  readonly fetch: typeof globalThis.fetch;
  /** A client bound to it (no retries, so error states show at once). */
  readonly client: GoalkitClient;
  /** Where the client sends requests (never resolved: nothing leaves the tab). */
  readonly baseUrl: string;
  /** The organisation as it is now. */
  readonly objectives: ReadonlyMap<string, Objective>;
  /** Every request served, for interaction tests that want to check what was sent. */
  readonly requests: readonly { route: RouteName; method: string; url: string; body: unknown }[];
  /** Someone else edits the objective (its version goes up), so the next save with the old version conflicts. */
  editElsewhere(objectiveId: string, patch?: ObjectivePatch): void;
  /** The next request to `route` fails with `status` (then the backend behaves again). */
  failNext(route: RouteName, status?: number): void;
}

export const FAKE_BASE_URL = 'https://goalkit.invalid/api';
/** The backend's "today": scores, expected pace and relative times are computed as of this day. */
export const FAKE_TODAY = '2026-02-15';

/** The contract's lifecycle table, as the reference server uses it. */
const TRANSITIONS = objectiveTransitions;

const me: Person = { id: 'dana', name: 'Dana Okafor', role: 'admin', teamId: 'growth', managerId: null };

const cycles: Cycle[] = [
  { id: '2025-Q4', name: 'Q4 2025', start: '2025-10-01', end: '2025-12-31', closed: true },
  { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false },
  { id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', closed: false },
];

const owners: Owner[] = [
  { id: 'acme', kind: 'org', name: 'Acme', parentId: null },
  { id: 'eng', kind: 'department', name: 'Engineering', parentId: 'acme' },
  { id: 'sales', kind: 'department', name: 'Sales', parentId: 'acme' },
  { id: 'growth', kind: 'team', name: 'Growth', parentId: 'acme' },
  { id: 'web', kind: 'team', name: 'Web platform', parentId: 'eng' },
  { id: 'dana', kind: 'person', name: 'Dana Okafor', parentId: 'growth' },
  { id: 'ana', kind: 'person', name: 'Ana Lima', parentId: 'web' },
];

type Seed = Omit<KeyResult, 'objectiveId' | 'version' | 'updatedAt' | 'score' | 'lastCheckInAt' | 'weight'> & {
  weight?: number;
  checkIns?: [at: string, value: number | boolean | null, confidence: number | null, note?: string][];
};

const pending = { progress: 0, expected: 0, status: 'not-started', confidence: null, hasData: false } as const;

function seedOrganisation() {
  const objectives = new Map<string, Objective>();
  const checkIns = new Map<string, CheckIn[]>();
  const add = (
    o: Pick<Objective, 'id' | 'title' | 'ownerId' | 'cycleId' | 'parentId'> & Partial<Objective>,
    krs: Seed[],
  ) => {
    const keyResults = krs.map(({ checkIns: history = [], weight = 1, ...kr }): KeyResult => {
      const list = history.map(
        ([at, value, confidence, note], i): CheckIn => ({
          id: `${kr.id}-c${i + 1}`,
          keyResultId: kr.id,
          at: `${at}T09:00:00Z`,
          value,
          confidence,
          note: note ?? null,
          authorId: 'dana',
        }),
      );
      checkIns.set(kr.id, list);
      return {
        ...kr,
        weight,
        objectiveId: o.id,
        version: list.length + 1,
        lastCheckInAt: list.at(-1)?.at ?? null,
        updatedAt: list.at(-1)?.at ?? '2026-01-02T08:00:00Z',
        score: { ...pending },
      };
    });
    objectives.set(o.id, {
      alignment: 'contributes',
      weight: 1,
      rollup: 'key-results',
      visibility: 'public',
      state: 'active',
      grade: null,
      version: 1,
      createdAt: '2026-01-02T08:00:00Z',
      updatedAt: '2026-01-02T08:00:00Z',
      score: { ...pending },
      allowedTransitions: [],
      ...o,
      keyResults,
    });
  };
  add(
    { id: 'o0', title: 'Win the SMB market', ownerId: 'acme', cycleId: '2026-Q1', parentId: null, rollup: 'children' },
    [],
  );
  add(
    {
      id: 'o1',
      title: 'Make onboarding effortless for new customers',
      ownerId: 'growth',
      cycleId: '2026-Q1',
      parentId: 'o0',
      version: 7,
    },
    [
      {
        id: 'kr1',
        title: 'Raise week-1 activation from 20% to 35%',
        type: 'increase',
        start: 20,
        target: 35,
        unit: '%',
        current: 27,
        weight: 2,
        checkIns: [
          ['2026-01-12', 20.5, 0.5, 'Baseline week'],
          ['2026-01-26', 23, 0.6],
          ['2026-02-10', 27, 0.7, 'New checklist shipped'],
        ],
      },
      {
        id: 'kr2',
        title: 'Cut time to first value to at most 2 days',
        type: 'at-most',
        target: 2,
        unit: 'days',
        current: 3,
        checkIns: [['2026-02-01', 3, 0.4]],
      },
      {
        id: 'kr3',
        title: 'Publish the onboarding guide',
        type: 'milestones',
        current: null,
        milestones: [
          { title: 'Outline', done: true },
          { title: 'Draft', done: true },
          { title: 'Review', done: false },
        ],
      },
    ],
  );
  add({ id: 'o2', title: 'Ship the platform teams rely on', ownerId: 'eng', cycleId: '2026-Q1', parentId: 'o0' }, [
    {
      id: 'kr4',
      title: 'Cut p95 page load from 800 ms to 300 ms',
      type: 'decrease',
      start: 800,
      target: 300,
      unit: 'ms',
      current: 520,
      checkIns: [
        ['2026-01-20', 700, 0.6],
        ['2026-02-09', 520, 0.8],
      ],
    },
    {
      id: 'kr5',
      title: 'Pass the SOC 2 audit',
      type: 'boolean',
      current: true,
      checkIns: [['2026-02-05', true, 1, 'Report received']],
    },
    {
      id: 'kr6',
      title: 'Keep weekly deploys between 10 and 20',
      type: 'range',
      min: 10,
      max: 20,
      unit: 'deploys',
      current: 14,
      checkIns: [['2026-02-13', 14, 0.9]],
    },
  ]);
  add({ id: 'o3', title: 'Make the web app feel instant', ownerId: 'web', cycleId: '2026-Q1', parentId: 'o2' }, [
    {
      id: 'kr7',
      title: 'Lighthouse performance score of at least 90',
      type: 'at-least',
      target: 90,
      current: 78,
      checkIns: [['2026-02-11', 78, 0.3, 'Images still unoptimised']],
    },
  ]);
  add({ id: 'o4', title: 'Sign 40 new logos', ownerId: 'sales', cycleId: '2026-Q1', parentId: 'o0' }, [
    {
      id: 'kr8',
      title: 'Sign 40 new customers',
      type: 'increase',
      start: 0,
      target: 40,
      current: 3,
      checkIns: [
        ['2026-01-31', 1, 0.5],
        ['2026-02-14', 3, 0.3],
      ],
    },
  ]);
  add({ id: 'o5', title: 'Launch the partner portal', ownerId: 'ana', cycleId: '2026-Q1', parentId: 'o2' }, [
    {
      id: 'kr9',
      title: 'Partner portal live for the first 5 partners',
      type: 'increase',
      start: 0,
      target: 5,
      unit: 'partners',
      current: 6,
      checkIns: [['2026-02-12', 6, 1, 'Two more than planned']],
    },
  ]);
  add({ id: 'o6', title: 'Hire two product designers', ownerId: 'growth', cycleId: '2026-Q2', parentId: null }, [
    { id: 'kr10', title: 'Two designers signed', type: 'increase', start: 0, target: 2, current: null },
  ]);
  add(
    {
      id: 'o8',
      title: 'Cut the time to a first partner listing to one week',
      ownerId: 'ana',
      cycleId: '2026-Q1',
      parentId: 'o2',
      state: 'proposed',
    },
    [
      {
        id: 'kr11',
        title: 'Median days to first listing from 30 to 7',
        type: 'decrease',
        start: 30,
        target: 7,
        current: null,
      },
      { id: 'kr12', title: 'Self-serve listing guide published', type: 'boolean', current: null },
    ],
  );
  add(
    {
      id: 'o7',
      title: 'Improve things',
      ownerId: 'dana',
      cycleId: '2026-Q1',
      parentId: 'o1',
      state: 'draft',
      alignment: 'supports',
    },
    [],
  );

  const comments: Comment[] = [
    {
      id: 'cm1',
      objectiveId: 'o1',
      kind: 'comment',
      body: 'Can we add the trial cohort to the baseline?',
      authorId: 'ana',
      authorName: 'Ana Lima',
      createdAt: '2026-02-12T10:00:00Z',
    },
    {
      id: 'cm2',
      objectiveId: 'o1',
      kind: 'kudos',
      body: 'The new checklist is great, activation is up 4 points!',
      authorId: 'dana',
      authorName: 'Dana Okafor',
      createdAt: '2026-02-14T16:30:00Z',
    },
  ];
  return { objectives, checkIns, comments };
}

class ProblemReply extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}
const problem = (status: number, title: string, extra: Partial<Problem> = {}) =>
  new ProblemReply({ type: 'about:blank', title, status, ...extra });

const compiled = (Object.entries(routes) as [RouteName, Route][]).map(([name, route]) => ({
  name,
  route,
  pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}));

/** A fresh organisation and the `fetch` that serves it. Each story gets its own, so stories never share state. */
export function createFakeBackend(options: FakeBackendOptions = {}): FakeBackend {
  const mode = options.mode ?? 'live';
  const latencyMs = options.latencyMs ?? 150;
  const org = seedOrganisation();
  if (options.empty) {
    org.objectives.clear();
    org.checkIns.clear();
    org.comments.length = 0;
  }
  const revisions: Revision[] = [
    {
      id: 'r-o8-proposed',
      at: '2026-02-13T15:20:00Z',
      actorId: 'ana',
      actorName: 'Ana Lima',
      entity: 'objective',
      entityId: 'o8',
      version: 2,
      action: 'transition',
      changes: [{ field: 'state', from: 'draft', to: 'proposed' }],
    },
  ];
  const requests: FakeBackend['requests'][number][] = [];
  const failures = new Map<RouteName, number>();
  let clock = Date.parse(`${FAKE_TODAY}T09:00:00Z`);
  let sequence = 100;
  const stamp = () => {
    clock += 60_000;
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  };
  const nextId = (prefix: string) => `${prefix}${++sequence}`;

  rescore();

  /** Score the whole organisation with the core engine (key results from their check-ins, roll-ups over children). */
  function rescore() {
    const document: GoalkitDocument = {
      version: 1,
      cycles: cycles.map(({ id, name, start, end }) => ({ id, name, start, end })),
      owners: owners.map((o) => ({
        id: o.id,
        kind: o.kind === 'department' ? 'team' : o.kind,
        name: o.name,
        ...(o.parentId ? { parent: o.parentId } : {}),
      })),
      objectives: [...org.objectives.values()].map((o) => ({
        id: o.id,
        title: o.title,
        owner: o.ownerId,
        cycle: o.cycleId,
        ...(o.parentId && org.objectives.has(o.parentId) ? { parent: o.parentId } : {}),
        alignment: o.alignment,
        weight: o.weight,
        rollup: o.rollup,
        keyResults: o.keyResults.flatMap((kr) => {
          const history = (org.checkIns.get(kr.id) ?? []).map((c) => ({
            at: c.at.slice(0, 10),
            value: c.value,
            confidence: c.confidence,
          }));
          const core = toCoreKeyResult(kr as KeyResultResource, history);
          return core ? [core] : [];
        }),
      })),
    };
    const scored = new Map(scoreDocument(document, { asOf: FAKE_TODAY }).objectives.map((s) => [s.id, s]));
    for (const [id, o] of org.objectives) {
      const s = scored.get(id);
      if (!s) continue;
      const byId = new Map(s.keyResults.map((k) => [k.id, k]));
      // As the server does: a draft or a proposal has no pace to keep yet.
      const pending = o.state === 'draft' || o.state === 'proposed';
      const judged = <T extends { status: string; expected: number }>(x: T) =>
        pending && x.status !== 'achieved' ? { ...x, status: 'not-started' as const, expected: 0 } : x;
      const keyResults = o.keyResults.map((kr) => {
        const k = byId.get(kr.id);
        if (!k) return kr;
        return {
          ...kr,
          score: judged({
            progress: k.progress,
            raw: k.raw,
            expected: k.expected,
            status: k.status,
            confidence: k.confidence,
            hasData: k.hasData,
            forecast: pending ? null : k.forecast,
          }),
        };
      });
      const confidences = keyResults.map((kr) => kr.score.confidence).filter((c): c is number => c !== null);
      org.objectives.set(id, {
        ...o,
        keyResults,
        grade: o.state === 'closed' ? s.grade : null,
        allowedTransitions: (Object.keys(TRANSITIONS) as TransitionAction[]).filter(
          (a) => TRANSITIONS[a].from === o.state,
        ),
        score: judged({
          progress: s.progress,
          raw: s.progress,
          expected: s.expected,
          status: s.status,
          confidence: confidences.length > 0 ? Math.min(...confidences) : null,
          hasData: s.hasData,
        }),
      });
    }
  }

  function objectiveOf(id: string): Objective {
    const o = org.objectives.get(id);
    if (!o) throw problem(404, 'Not Found', { detail: `There is no objective ${JSON.stringify(id)}.` });
    return o;
  }

  function keyResultOf(id: string): { objective: Objective; keyResult: KeyResult } {
    for (const objective of org.objectives.values()) {
      const keyResult = objective.keyResults.find((kr) => kr.id === id);
      if (keyResult) return { objective, keyResult };
    }
    throw problem(404, 'Not Found', { detail: `There is no key result ${JSON.stringify(id)}.` });
  }

  function checkVersion(held: number, headers: Headers) {
    const ifMatch = headers.get('if-match');
    if (!ifMatch) {
      throw problem(428, 'Precondition Required', { detail: 'Send If-Match with the version you edited.' });
    }
    if (Number(ifMatch.replace(/"/g, '')) !== held) {
      throw problem(412, 'Precondition Failed', {
        detail: 'Someone changed this since you loaded it. Reload to see their change.',
        currentVersion: held,
      });
    }
  }

  function record(
    objective: Objective,
    entity: Revision['entity'],
    entityId: string,
    version: number,
    action: Revision['action'],
    changes: Revision['changes'],
    comment?: string,
  ) {
    revisions.push({
      id: nextId('rev'),
      at: stamp(),
      actorId: me.id,
      actorName: me.name,
      entity,
      entityId,
      version,
      action,
      ...(comment === undefined ? {} : { comment }),
      changes,
    });
    void objective;
  }

  function save(objective: Objective): Objective {
    org.objectives.set(objective.id, objective);
    rescore();
    return objectiveOf(objective.id);
  }

  const newKeyResult = (objectiveId: string, body: KeyResultCreate): KeyResult => ({
    ...body,
    id: body.id ?? nextId('kr'),
    title: body.title.trim(),
    objectiveId,
    current: body.type === 'boolean' ? false : (body.start ?? null),
    weight: body.weight ?? 1,
    version: 1,
    lastCheckInAt: null,
    updatedAt: stamp(),
    score: { ...pending },
  });

  function tree(query: { cycle?: string; root?: string; depth?: number }): TreeNode[] {
    const all = [...org.objectives.values()].filter((o) => !query.cycle || o.cycleId === query.cycle);
    const ids = new Set(all.map((o) => o.id));
    const children = (parentId: string | null) =>
      all.filter((o) => (parentId === null ? !o.parentId || !ids.has(o.parentId) : o.parentId === parentId));
    const out: TreeNode[] = [];
    const walk = (o: Objective, depth: number) => {
      const owner = owners.find((w) => w.id === o.ownerId);
      const kids = children(o.id);
      out.push({
        id: o.id,
        parentId: o.parentId && ids.has(o.parentId) ? o.parentId : null,
        title: o.title,
        ownerId: o.ownerId,
        ownerName: owner?.name ?? o.ownerId,
        ownerKind: owner?.kind ?? 'person',
        alignment: o.alignment,
        state: o.state,
        visibility: o.visibility,
        depth,
        childCount: kids.length,
        score: o.score,
      });
      if (query.depth === undefined || depth < query.depth) for (const kid of kids) walk(kid, depth + 1);
    };
    const roots = query.root ? [objectiveOf(query.root)] : children(null);
    for (const root of roots) walk(root, 0);
    return out;
  }

  function lint(objective: Objective) {
    const draft: DraftObjective = {
      id: objective.id,
      title: objective.title,
      owner: objective.ownerId,
      cycle: objective.cycleId,
      ...(objective.parentId ? { parent: objective.parentId } : {}),
      keyResults: objective.keyResults.map((kr) => {
        const out: Record<string, unknown> = { id: kr.id, title: kr.title, type: kr.type, checkIns: [] };
        for (const field of ['start', 'target', 'min', 'max', 'unit', 'due'] as const) {
          if (kr[field] != null) out[field] = kr[field];
        }
        if (kr.type === 'milestones')
          out.milestones = (kr.milestones ?? []).map(({ title, done }) => ({ title, done }));
        if (kr.type === 'boolean') out.done = kr.current === true;
        return out as unknown as DraftKeyResult;
      }),
    };
    const report = lintObjective(draft, {
      asOf: FAKE_TODAY,
      document: {
        cycles: cycles.map(({ id, name, start, end }) => ({ id, name, start, end })),
        owners: owners.map((o) => ({ id: o.id, kind: o.kind === 'department' ? 'team' : o.kind, name: o.name })),
      },
    });
    const { specific, measurable, achievable, relevant, timeBound, overall } = report.smart;
    return {
      objectiveId: objective.id,
      smart: { specific, measurable, achievable, relevant, timeBound, overall },
      messages: report.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        category: m.category,
        path: m.path,
        ...(m.field === undefined ? {} : { field: m.field }),
        letter: m.letter,
        objectiveId: objective.id,
        ...(m.keyResultId === undefined ? {} : { keyResultId: m.keyResultId }),
        message: m.message,
        ...(m.suggestion === undefined ? {} : { suggestion: m.suggestion }),
      })),
    };
  }

  type Handler = (input: {
    params: Record<string, string>;
    query: Record<string, unknown>;
    body: unknown;
    headers: Headers;
  }) => unknown;

  const handlers: Record<RouteName, Handler> = {
    me: () => me,
    listCycles: () => ({ items: cycles }),
    listOwners: ({ query }) => ({
      items: owners.filter(
        (o) =>
          (!query.kind || o.kind === query.kind) &&
          (!query.q || o.name.toLowerCase().includes(String(query.q).toLowerCase())),
      ),
    }),
    listObjectives: ({ query }) => {
      const all = [...org.objectives.values()].filter(
        (o) =>
          (!query.cycle || o.cycleId === query.cycle) &&
          (!query.owner || o.ownerId === query.owner) &&
          (!query.parent || o.parentId === query.parent) &&
          (!query.status || o.score.status === query.status) &&
          (!query.state || o.state === query.state) &&
          (!query.q || o.title.toLowerCase().includes(String(query.q).toLowerCase())),
      );
      const from = query.cursor ? Number(query.cursor) : 0;
      const limit = Number(query.limit ?? 50);
      const items = all.slice(from, from + limit);
      return { items, nextCursor: from + limit < all.length ? String(from + limit) : null };
    },
    createObjective: ({ body }) => {
      const b = body as ObjectiveCreate;
      const id = b.id ?? nextId('o');
      if (org.objectives.has(id)) throw problem(409, 'Conflict', { detail: `Objective ${id} already exists.` });
      const at = stamp();
      const created: Objective = {
        title: b.title.trim(),
        ...(b.description === undefined ? {} : { description: b.description }),
        ownerId: b.ownerId,
        cycleId: b.cycleId,
        id,
        parentId: b.parentId ?? null,
        alignment: b.alignment ?? 'contributes',
        weight: b.weight ?? 1,
        rollup: b.rollup ?? 'key-results',
        visibility: b.visibility ?? 'public',
        state: 'draft',
        grade: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
        score: { ...pending },
        allowedTransitions: [],
        keyResults: (b.keyResults ?? []).map((kr) => newKeyResult(id, kr)),
      };
      for (const kr of created.keyResults) org.checkIns.set(kr.id, []);
      record(created, 'objective', id, 1, 'created', []);
      return save(created);
    },
    getObjective: ({ params }) => objectiveOf(params.id as string),
    updateObjective: ({ params, body, headers }) => {
      const o = objectiveOf(params.id as string);
      checkVersion(o.version, headers);
      const { manualStatus, ...patch } = body as ObjectivePatch;
      const changes = Object.entries(body as ObjectivePatch).map(([field, to]) => ({
        field,
        from: (o as unknown as Record<string, unknown>)[field] ?? null,
        to,
      }));
      const at = stamp();
      const next = {
        ...o,
        ...(patch as Partial<Objective>),
        ...(manualStatus === undefined
          ? {}
          : {
              manualStatus: manualStatus && {
                ...manualStatus,
                setById: me.id,
                setByName: me.name,
                at,
              },
            }),
        version: o.version + 1,
        updatedAt: at,
      };
      record(next, 'objective', o.id, next.version, 'updated', changes);
      return save(next);
    },
    duplicateObjective: ({ params, body }) => {
      const o = objectiveOf(params.id as string);
      const { cycleId, id } = body as { cycleId: string; id?: string };
      const copy = handlers.createObjective({
        params: {},
        query: {},
        headers: new Headers(),
        body: {
          ...(id ? { id } : {}),
          title: o.title,
          ownerId: o.ownerId,
          cycleId,
          keyResults: o.keyResults.map(
            ({
              id: _id,
              objectiveId: _o,
              version: _v,
              lastCheckInAt: _l,
              updatedAt: _u,
              score: _s,
              current,
              done: _d,
              targets: _t,
              due: _due,
              ...kr
            }) => ({
              ...kr,
              ...(typeof current === 'number' && (kr.type === 'increase' || kr.type === 'decrease')
                ? { start: current }
                : {}),
              ...(kr.milestones ? { milestones: kr.milestones.map((m) => ({ ...m, done: false })) } : {}),
            }),
          ),
        },
      }) as Objective;
      return save({ ...objectiveOf(copy.id), carriedFrom: o.id });
    },
    deleteObjective: ({ params, headers }) => {
      const o = objectiveOf(params.id as string);
      checkVersion(o.version, headers);
      org.objectives.delete(o.id);
      rescore();
      return undefined;
    },
    transitionObjective: ({ params, body }) => {
      const o = objectiveOf(params.id as string);
      const { action, comment } = body as Transition;
      if (!o.allowedTransitions.includes(action)) {
        throw problem(409, 'Conflict', {
          detail: `An objective that is ${o.state} cannot ${action}.`,
          allowedTransitions: o.allowedTransitions,
        });
      }
      const next = { ...o, state: TRANSITIONS[action].to, version: o.version + 1, updatedAt: stamp() };
      record(
        next,
        'objective',
        o.id,
        next.version,
        'transition',
        [{ field: 'state', from: o.state, to: next.state }],
        comment,
      );
      return save(next);
    },
    createKeyResult: ({ params, body }) => {
      const o = objectiveOf(params.id as string);
      const kr = newKeyResult(o.id, body as KeyResultCreate);
      org.checkIns.set(kr.id, []);
      const saved = save({ ...o, keyResults: [...o.keyResults, kr], version: o.version + 1 });
      return saved.keyResults.find((k) => k.id === kr.id);
    },
    updateKeyResult: ({ params, body, headers }) => {
      const { objective, keyResult } = keyResultOf(params.id as string);
      checkVersion(keyResult.version, headers);
      const next = { ...keyResult, ...(body as KeyResultPatch), version: keyResult.version + 1, updatedAt: stamp() };
      const saved = save({
        ...objective,
        version: objective.version + 1,
        keyResults: objective.keyResults.map((kr) => (kr.id === next.id ? (next as KeyResult) : kr)),
      });
      return saved.keyResults.find((k) => k.id === next.id);
    },
    deleteKeyResult: ({ params, headers }) => {
      const { objective, keyResult } = keyResultOf(params.id as string);
      checkVersion(keyResult.version, headers);
      save({
        ...objective,
        version: objective.version + 1,
        keyResults: objective.keyResults.filter((kr) => kr.id !== keyResult.id),
      });
      return undefined;
    },
    listCheckIns: ({ params }) => {
      keyResultOf(params.id as string);
      return { items: org.checkIns.get(params.id as string) ?? [] };
    },
    createCheckIn: ({ params, body }) => {
      const { objective, keyResult } = keyResultOf(params.id as string);
      const b = body as CheckInCreate;
      const problems: { path: string; message: string }[] = [];
      if (keyResult.type === 'milestones') {
        const count = keyResult.milestones?.length ?? 0;
        if (b.milestones !== undefined && b.milestones.length !== count)
          problems.push({ path: 'milestones', message: `must list ${count} done flags, one per milestone` });
      } else if (keyResult.type === 'boolean') {
        if (typeof b.value !== 'boolean') problems.push({ path: 'value', message: 'is required: true or false' });
      } else if (typeof b.value !== 'number') {
        problems.push({ path: 'value', message: "is required: the key result's current value" });
      }
      if (problems.length > 0) throw problem(400, 'Bad Request', { errors: problems });
      const at = stamp();
      const checkIn: CheckIn = {
        id: nextId('ci'),
        keyResultId: keyResult.id,
        at,
        value: keyResult.type === 'milestones' ? null : (b.value ?? null),
        ...(b.milestones ? { milestones: b.milestones } : {}),
        confidence: b.confidence ?? null,
        note: b.note ?? null,
        authorId: me.id,
      };
      org.checkIns.set(keyResult.id, [...(org.checkIns.get(keyResult.id) ?? []), checkIn]);
      const next: KeyResult = {
        ...keyResult,
        ...(checkIn.value === null ? {} : { current: checkIn.value }),
        ...(b.milestones
          ? { milestones: (keyResult.milestones ?? []).map((m, i) => ({ ...m, done: b.milestones?.[i] ?? m.done })) }
          : {}),
        version: keyResult.version + 1,
        lastCheckInAt: at,
        updatedAt: at,
      };
      const saved = save({
        ...objective,
        version: objective.version + 1,
        updatedAt: at,
        keyResults: objective.keyResults.map((kr) => (kr.id === next.id ? next : kr)),
      });
      record(saved, 'key-result', next.id, next.version, 'check-in', [
        { field: 'current', from: keyResult.current, to: next.current },
      ]);
      return { checkIn, keyResult: saved.keyResults.find((k) => k.id === next.id), objective: saved };
    },
    listComments: ({ params }) => {
      objectiveOf(params.id as string);
      return { items: org.comments.filter((c) => c.objectiveId === params.id) };
    },
    createComment: ({ params, body, headers }) => {
      const o = objectiveOf(params.id as string);
      const key = headers.get('idempotency-key');
      const again = key ? org.comments.find((c) => c.id === `cm-${key}`) : undefined;
      if (again) return again;
      const b = body as CommentCreate;
      const comment: Comment = {
        id: key ? `cm-${key}` : nextId('cm'),
        objectiveId: o.id,
        kind: b.kind ?? 'comment',
        body: b.body.trim(),
        authorId: me.id,
        authorName: me.name,
        createdAt: stamp(),
      };
      org.comments.push(comment);
      return comment;
    },
    getHistory: ({ params }) => {
      const o = objectiveOf(params.id as string);
      const ids = new Set([o.id, ...o.keyResults.map((kr) => kr.id)]);
      return { items: revisions.filter((r) => ids.has(r.entityId)) };
    },
    getTree: ({ query }) => ({ nodes: tree(query as { cycle?: string; root?: string; depth?: number }) }),
    getLint: ({ params }) => lint(objectiveOf(params.id as string)),
    listApprovals: () => ({
      items: [...org.objectives.values()]
        .filter((o) => o.state === 'proposed' && o.allowedTransitions.includes('approve'))
        .map((objective) => {
          const proposal = revisions.findLast(
            (r) => r.entityId === objective.id && r.changes.some((c) => c.field === 'state' && c.to === 'proposed'),
          );
          return {
            objective,
            ownerName: owners.find((w) => w.id === objective.ownerId)?.name ?? objective.ownerId,
            proposedAt: proposal?.at ?? null,
            ...(proposal ? { proposedByName: proposal.actorName } : {}),
          };
        }),
    }),
    listAlignmentCandidates: ({ query }) => {
      const ownerOf = (id: string | null | undefined) => owners.find((w) => w.id === id);
      const relations = new Map<string, 'team' | 'manager' | 'company'>();
      for (let w = ownerOf(ownerOf(String(query.owner))?.parentId); w; w = ownerOf(w.parentId))
        relations.set(w.id, w.kind === 'org' ? 'company' : 'team');
      const manager = ownerOf(String(query.owner))?.managerId;
      if (manager) relations.set(manager, 'manager');
      const q = String(query.q ?? '').toLowerCase();
      return {
        items: [...org.objectives.values()]
          .filter(
            (o) =>
              o.cycleId === query.cycle &&
              o.id !== query.exclude &&
              o.state !== 'closed' &&
              relations.has(o.ownerId) &&
              o.title.toLowerCase().includes(q),
          )
          .map((o) => ({
            id: o.id,
            title: o.title,
            ownerId: o.ownerId,
            ownerName: ownerOf(o.ownerId)?.name ?? o.ownerId,
            relation: relations.get(o.ownerId) ?? 'other',
          })),
      };
    },
  };

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
        ...headers,
      },
    });

  const delay = (signal: AbortSignal | null | undefined) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, latencyMs);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The request was aborted', 'AbortError'));
      });
    });

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    if (mode === 'loading') return new Promise<Response>(() => {});
    await delay(init.signal);
    if (mode === 'error') {
      // Retry-After: 0 lets the query layer's two retries run at once, so the error state shows quickly.
      return json(
        503,
        {
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: 'The fake backend is in error mode.',
        },
        { 'retry-after': '0' },
      );
    }
    const path = url.pathname.replace(new URL(FAKE_BASE_URL).pathname, '');
    const match = compiled
      .filter((c) => c.route.method === method)
      .map((c) => ({ ...c, found: c.pattern.exec(path) }))
      .find((c) => c.found !== null);
    if (!match) return json(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: `${method} ${path}` });
    const { name, route } = match;
    const query = Object.fromEntries(url.searchParams);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    requests.push({ route: name, method, url: url.href, body });
    try {
      const failure = failures.get(name);
      if (failure !== undefined) {
        failures.delete(name);
        throw problem(failure, failure === 412 ? 'Precondition Failed' : 'Service Unavailable');
      }
      if (route.query) {
        const checked = route.query.safeParse(query);
        if (!checked.success) throw problem(400, 'Bad Request', { errors: issuesToProblems(checked.error.issues) });
      }
      if (route.body) {
        const checked = route.body.safeParse(body);
        if (!checked.success)
          throw problem(422, 'Unprocessable Content', { errors: issuesToProblems(checked.error.issues) });
      }
      const params = Object.fromEntries(
        Object.entries(match.found?.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
      );
      const result = handlers[name]({ params, query, body, headers });
      if (route.status === 204) return new Response(null, { status: 204 });
      if (route.response) {
        const checked = route.response.safeParse(result);
        if (!checked.success) {
          const detail = issuesToProblems(checked.error.issues)
            .map((p) => `${p.path} ${p.message}`)
            .join('; ');
          throw problem(500, 'The fake backend broke the contract', { detail });
        }
      }
      const version = (result as { version?: unknown } | undefined)?.version;
      return json(
        route.status ?? 200,
        result,
        route.etag && typeof version === 'number' ? { etag: `"${version}"` } : {},
      );
    } catch (error) {
      if (error instanceof ProblemReply) return json(error.problem.status, error.problem);
      throw error;
    }
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    client: createClient({ baseUrl: FAKE_BASE_URL, fetch: fetch as typeof globalThis.fetch, retry: false }),
    baseUrl: FAKE_BASE_URL,
    objectives: org.objectives,
    requests,
    editElsewhere(objectiveId, patch = {}) {
      const o = objectiveOf(objectiveId);
      save({ ...o, ...(patch as Partial<Objective>), version: o.version + 1, updatedAt: stamp() });
    },
    failNext(route, status = 503) {
      failures.set(route, status);
    },
  };
}

/** The story's backend, from a `play` function's `loaded` (the preview's loader puts it there). */
export const backendOf = (loaded: Record<string, unknown>): FakeBackend => loaded.backend as FakeBackend;
