import { readFileSync } from 'node:fs';
import {
  createLiveEvents,
  type KeyResult,
  type LiveEvent,
  type Objective,
  type Person,
  type RouteName,
} from '@goalkit/client';
import {
  assistEndpoints,
  competencyEndpoints,
  conversationEndpoints,
  EVENTS_PATH,
  routes,
} from '@goalkit/client/contract';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Reply, request, type Server, startServer, tokens } from './harness.js';

// The authorisation matrix: every kind of seeded person × a public and a private goal × every route
// of the contract, generated from the route table, so a new route cannot be left out. The goal is
// platform-1's; platform-lead manages platform-1, platform-2 is on the same team, smb-1 on another.

const openapi = JSON.parse(readFileSync(new URL('../../../packages/client/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};

type Kind = 'admin' | 'manager' | 'owner' | 'teammate' | 'outsider' | 'anonymous';
type Visibility = 'public' | 'private';
const people: Record<Kind, { token?: string; id?: string }> = {
  admin: { token: tokens.admin, id: 'ceo' },
  manager: { token: tokens.lead, id: 'platform-lead' },
  owner: { token: tokens.member, id: 'platform-1' },
  teammate: { token: tokens.peer, id: 'platform-2' },
  outsider: { token: tokens.outsider, id: 'smb-1' },
  anonymous: {},
};

/** The documented rules: who sees a goal, and who edits it. */
const sees = (kind: Kind, visibility: Visibility) =>
  kind !== 'anonymous' && (visibility === 'public' || kind === 'admin' || kind === 'manager' || kind === 'owner');
const edits = (kind: Kind) => kind === 'admin' || kind === 'manager' || kind === 'owner';

interface Fixture {
  objective: Objective;
  keyResult: KeyResult;
  /** Words only the goal holds, to look for in replies to people who may not see it. */
  secret: string;
  /** A webhook of the goal's owner. */
  webhookId: string;
}

interface Case {
  /** The path, with `id` for the goal (or its key result) where the route takes one. */
  path: (fixture: Fixture, id?: string) => string;
  body?: (kind: Kind) => unknown;
  /** The status for a person who sees the goal (and one who also edits it). */
  expect: (kind: Kind, visibility: Visibility) => number;
  /** The id in the path, when it is not the goal's or its key result's. */
  ownId?: (fixture: Fixture) => string;
}

/** Reads: 200 to whoever sees, 404 (exactly as for a missing goal) to everyone else. */
const read = (path: Case['path']): Case => ({ path, expect: (kind, v) => (sees(kind, v) ? 200 : 404) });
/** Writes: `ok` to editors, 403 to those who only see, 404 to the rest. */
const write = (path: Case['path'], ok: number, body?: Case['body']): Case => ({
  path,
  ...(body ? { body } : {}),
  expect: (kind, v) => (!sees(kind, v) ? 404 : edits(kind) ? ok : 403),
});
/** Not about the goal: every signed-in person gets `ok`. */
const open = (path: Case['path'], ok = 200, body?: Case['body']): Case => ({
  path,
  ...(body ? { body } : {}),
  expect: () => ok,
});

const objectiveId = (f: Fixture, id = f.objective.id) => id;
const keyResultId = (f: Fixture, id = f.keyResult.id) => id;

/**
 * The goals' routes. The conversation routes (1:1s, reviews) are not about a goal: their own matrices
 * (`meetingMatrix.test.ts`, `reviewMatrix.test.ts`) go over each of them the same way, and so does the
 * competencies' (`competencyMatrix.test.ts`); the assistance routes read only what the caller may see
 * (`assist.test.ts`).
 */
type GoalRoute = Exclude<
  RouteName,
  keyof typeof conversationEndpoints | keyof typeof competencyEndpoints | keyof typeof assistEndpoints
>;
const goalRoutes = (Object.keys(routes) as RouteName[]).filter(
  (name): name is GoalRoute =>
    !(name in conversationEndpoints) && !(name in competencyEndpoints) && !(name in assistEndpoints),
);

const cases: Record<GoalRoute, Case> = {
  me: open(() => '/me'),
  listCycles: open(() => '/cycles'),
  listOwners: open(() => '/owners?kind=person'),
  listObjectives: open(() => '/objectives?owner=platform-1&limit=200'),
  createObjective: {
    path: () => '/objectives',
    body: (kind) => ({ title: 'Aligned to the goal', ownerId: people[kind].id, cycleId: '2026-Q4', parentId: '@id' }),
    // Aligning to a goal one may not see is answered as aligning to a missing one.
    expect: (kind, v) => (sees(kind, v) ? 201 : 422),
  },
  getObjective: read((f, id) => `/objectives/${objectiveId(f, id)}`),
  updateObjective: write(
    (f, id) => `/objectives/${objectiveId(f, id)}`,
    200,
    () => ({ title: 'Edited' }),
  ),
  deleteObjective: write((f, id) => `/objectives/${objectiveId(f, id)}`, 204),
  transitionObjective: write(
    (f, id) => `/objectives/${objectiveId(f, id)}/transitions`,
    200,
    () => ({
      action: 'close',
    }),
  ),
  duplicateObjective: write(
    (f, id) => `/objectives/${objectiveId(f, id)}/duplicate`,
    201,
    () => ({ cycleId: '2026-Q3' }),
  ),
  createKeyResult: write(
    (f, id) => `/objectives/${objectiveId(f, id)}/key-results`,
    201,
    () => ({
      title: 'Another one',
      type: 'boolean',
    }),
  ),
  updateKeyResult: write(
    (f, id) => `/key-results/${keyResultId(f, id)}`,
    200,
    () => ({ title: 'Edited' }),
  ),
  deleteKeyResult: write((f, id) => `/key-results/${keyResultId(f, id)}`, 204),
  listCheckIns: read((f, id) => `/key-results/${keyResultId(f, id)}/check-ins`),
  createCheckIn: write(
    (f, id) => `/key-results/${keyResultId(f, id)}/check-ins`,
    201,
    () => ({ value: 3 }),
  ),
  putKeyResultValue: write(
    (f, id = f.keyResult.id) => `/key-results/${id}/values/2026-11-16`,
    200,
    () => ({
      value: 3,
    }),
  ),
  // Not about one goal: figures over what each may see (a hidden goal is left out, never named).
  getAnalytics: open(() => '/analytics?cycle=2026-Q4'),
  // Not about one goal: a dry run of an empty goalkit CSV reads nothing, for everyone signed in.
  importGoals: open(
    () => '/imports?dryRun=true',
    200,
    () => ({ from: 'csv', content: 'objective_id,objective_title\n' }),
  ),
  // The fixture's key result is not set up to pull: an editor learns that (422), no one else anything.
  syncKeyResult: write((f, id = f.keyResult.id) => `/key-results/${id}/sync`, 422),
  listComments: read((f, id) => `/objectives/${objectiveId(f, id)}/comments`),
  createComment: {
    path: (f, id) => `/objectives/${objectiveId(f, id)}/comments`,
    body: () => ({ body: 'Nice one' }),
    expect: (kind, v) => (sees(kind, v) ? 201 : 404),
  },
  getHistory: read((f, id) => `/objectives/${objectiveId(f, id)}/history`),
  getTree: open(() => '/tree?cycle=2026-Q4'),
  getLint: read((f, id) => `/objectives/${objectiveId(f, id)}/lint`),
  listApprovals: open(() => '/approvals'),
  listAlignmentCandidates: open(() => '/alignment-candidates?owner=platform-2&cycle=2026-Q4'),
  listCadencePolicies: open(() => '/cadence-policies'),
  // The goal's owner's policy: the owner, their managers and admins set and remove it, whatever the goal.
  setCadencePolicy: {
    path: () => '/cadence-policies/platform-1',
    body: () => ({ frequency: 'weekly', weekday: 'monday', localTime: '09:00', timeZone: 'Europe/Berlin' }),
    expect: (kind) => (edits(kind) ? 200 : 403),
  },
  deleteCadencePolicy: { path: () => '/cadence-policies/platform-1', expect: (kind) => (edits(kind) ? 204 : 403) },
  listDueCheckIns: open(() => '/check-ins/due'),
  // Anyone may read an owner's digest; it holds only the goals the reader may see.
  getDigest: open(() => '/digest?owner=platform-1&from=2026-10-01&to=2026-12-31'),
  createWebhook: open(
    () => '/webhooks',
    201,
    () => ({ url: 'https://hooks.example/goalkit', events: ['check-in.created'] }),
  ),
  listWebhooks: open(() => '/webhooks'),
  // The owner's webhook: the owner and admins manage it, whatever the goal; to anyone else it does not exist.
  deleteWebhook: {
    path: (f, id = f.webhookId) => `/webhooks/${id}`,
    expect: (kind) => (kind === 'owner' || kind === 'admin' ? 204 : 404),
    ownId: (f) => f.webhookId,
  },
  rotateWebhookSecret: {
    path: (f, id = f.webhookId) => `/webhooks/${id}/rotate-secret`,
    body: () => ({ overlapHours: 1 }),
    expect: (kind) => (kind === 'owner' || kind === 'admin' ? 200 : 404),
    ownId: (f) => f.webhookId,
  },
  listWebhookDeliveries: {
    path: (f, id = f.webhookId) => `/webhooks/${id}/deliveries`,
    expect: (kind) => (kind === 'owner' || kind === 'admin' ? 200 : 404),
    ownId: (f) => f.webhookId,
  },
};

let server: Server;
let count = 0;

beforeAll(async () => {
  server = await startServer({ webhooks: { intervalMs: false } });
});
afterAll(() => server.close());

/** A fresh approved goal of platform-1 with a key result and a comment, made as the admin. */
async function fixture(visibility: Visibility): Promise<Fixture> {
  const admin = (await server.store.person('ceo')) as Person;
  const secret = `Matrix goal ${++count} ${visibility}`;
  const { objective } = await server.store.createObjective(admin, {
    title: secret,
    ownerId: 'platform-1',
    cycleId: '2026-Q4',
    visibility,
    keyResults: [{ title: `Move it from 0 to 10, goal ${count}`, type: 'increase', start: 0, target: 10 }],
  });
  await server.store.transition(admin, objective.id, 'propose');
  await server.store.transition(admin, objective.id, 'approve');
  await server.store.createComment(admin, objective.id, { body: `A comment on ${secret}` });
  const owner = (await server.store.person('platform-1')) as Person;
  const webhook = await server.store.createWebhook(owner, {
    url: 'https://hooks.example/',
    events: ['comment.created'],
  });
  return { objective, keyResult: objective.keyResults[0] as KeyResult, secret, webhookId: webhook.id };
}

async function call(name: GoalRoute, kind: Kind, f: Fixture, id?: string): Promise<Reply> {
  const route = routes[name];
  const test = cases[name];
  const body = test.body?.(kind);
  return request(
    server,
    route.method,
    test.path(f, id),
    people[kind].token,
    body === undefined
      ? undefined
      : JSON.parse(JSON.stringify(body).replace('"@id"', JSON.stringify(id ?? f.objective.id))),
    'ifMatch' in route && route.ifMatch ? { 'if-match': '*' } : {},
  );
}

describe('the authorisation matrix', () => {
  it('covers every goal route of the contract, and the contract is every operation of openapi.json', () => {
    expect(Object.keys(cases).sort()).toEqual([...goalRoutes].sort());
    const operations = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routed = Object.values(routes).map((route) => `${route.method} ${route.path}`);
    expect(operations.sort()).toEqual([...routed, `GET ${EVENTS_PATH}`].sort());
    for (const route of Object.values(routes).filter((r) => 'status' in r && r.status === 201)) {
      const operation = openapi.paths[route.path]?.[route.method.toLowerCase()] as {
        responses: Record<string, { headers?: Record<string, unknown> }>;
      };
      expect(operation.responses['201']?.headers?.Location, `${route.method} ${route.path}`).toBeDefined();
    }
  });

  const kinds = Object.keys(people) as Kind[];
  const grid = goalRoutes.flatMap((name) =>
    (['public', 'private'] as const).map((visibility) => [name, visibility] as const),
  );

  it.each(grid)(
    '%s on a %s goal: each kind of person gets what the rules say, and no more',
    async (name, visibility) => {
      // Reads change nothing: one goal serves every kind of person; writes get a fresh goal each.
      const shared = routes[name].method === 'GET' ? await fixture(visibility) : undefined;
      for (const kind of kinds) {
        const f = shared ?? (await fixture(visibility));
        const reply = await call(name, kind, f);
        const what = `${kind} ${routes[name].method} ${cases[name].path(f)} → ${JSON.stringify(reply.body)}`;
        if (kind === 'anonymous') {
          expect(reply.status, what).toBe(401);
          continue;
        }
        expect(reply.status, what).toBe(cases[name].expect(kind, visibility));
        if (sees(kind, visibility)) continue;
        const text = JSON.stringify(reply.body);
        expect(text, `${what} names the goal's title`).not.toContain(f.secret);
        if (reply.status >= 400 && routes[name].path.includes('{id}')) {
          // Exactly the answer about something that does not exist.
          const missingId = routes[name].path.startsWith('/key-results') ? 'kr-nowhere' : 'o-nowhere';
          const missing = await call(name, kind, f, missingId);
          const ownId =
            cases[name].ownId?.(f) ?? (routes[name].path.startsWith('/key-results') ? f.keyResult.id : f.objective.id);
          expect(missing.status, what).toBe(reply.status);
          expect(text.replaceAll(ownId, '<id>'), what).toBe(JSON.stringify(missing.body).replaceAll(missingId, '<id>'));
        } else if (reply.status < 400) {
          expect(text, `${what} names the goal`).not.toContain(f.objective.id);
        }
      }
    },
  );

  it('shows a public goal under a private one without naming the private one, on every read', async () => {
    const hidden = await fixture('private');
    const admin = (await server.store.person('ceo')) as Person;
    const { objective: child } = await server.store.createObjective(admin, {
      title: 'A public goal under the private one',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      parentId: hidden.objective.id,
      keyResults: [{ title: 'Up from 0 to 10', type: 'increase', start: 0, target: 10 }],
    });
    await server.store.transition(admin, child.id, 'propose');
    await server.store.transition(admin, child.id, 'approve');
    const around: Fixture = {
      objective: child,
      keyResult: child.keyResults[0] as KeyResult,
      secret: child.title,
      webhookId: hidden.webhookId,
    };
    // Reads about the goal (a webhook's deliveries are its owner's, whatever the goal).
    const reads = goalRoutes.filter((name) => routes[name].method === 'GET' && cases[name].ownId === undefined);
    for (const kind of ['teammate', 'outsider'] as const) {
      for (const name of reads) {
        const reply = await call(name, kind, around);
        expect(reply.status, `${kind} ${name}`).toBe(200);
        expect(JSON.stringify(reply.body), `${kind} ${name}`).not.toContain(hidden.objective.id);
        expect(JSON.stringify(reply.body), `${kind} ${name}`).not.toContain(hidden.secret);
      }
    }
    const lead = await call('getObjective', 'manager', around);
    expect((lead.body as Objective).parentId).toBe(hidden.objective.id);
  });

  it('streams live events of a goal only to those who may see it', async () => {
    const goals = { public: await fixture('public'), private: await fixture('private') };
    const kinds = ['admin', 'manager', 'owner', 'teammate', 'outsider'] as const;
    const received = new Map<Kind, LiveEvent[]>(kinds.map((kind) => [kind, []]));
    const streams = kinds.map((kind) => {
      const stream = createLiveEvents({
        baseUrl: server.baseUrl,
        getToken: () => people[kind].token as string,
        minDelayMs: 20,
      });
      stream.on('*', (event) => received.get(kind)?.push(event));
      return stream;
    });
    try {
      await vi.waitFor(() => expect(server.hub.size).toBe(kinds.length));
      for (const visibility of ['private', 'public'] as const) {
        const f = goals[visibility];
        expect((await call('createCheckIn', 'owner', f)).status).toBe(201);
        expect((await call('createComment', 'owner', f)).status).toBe(201);
      }
      // The public goal's events come last: once everyone has them, nothing else is on its way.
      for (const kind of kinds) {
        await vi.waitFor(() =>
          expect(
            received
              .get(kind)
              ?.some((e) => e.type === 'comment.created' && e.objectiveId === goals.public.objective.id),
          ).toBe(true),
        );
      }
      for (const kind of kinds) {
        const aboutPrivate = (received.get(kind) ?? []).filter((e) => e.objectiveId === goals.private.objective.id);
        expect(aboutPrivate.length > 0, kind).toBe(sees(kind, 'private'));
      }
    } finally {
      for (const stream of streams) stream.close();
    }
  });
});
