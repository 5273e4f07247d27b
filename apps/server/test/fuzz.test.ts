import { createClient, type KeyResult, type Objective, type Route, type RouteName } from '@goalkit/client';
import { checkInCreateSchema, problemSchema, routes } from '@goalkit/client/contract';
import { createFakeProvider } from '@goalkit/core/assist';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';
import { arbitraryOf } from './zodArbitrary.js';

// Every route's body (and query) generated from the contract's own zod schemas, valid and not: no
// input makes the server answer 500, and every reply is one the typed client accepts.

let server: Server;
let objectiveIds: string[];
let keyResultIds: string[];

beforeAll(async () => {
  // With the fake AI provider, so the assistance routes are there to be fuzzed (without one they are 404).
  server = await startServer({ assist: createFakeProvider() });
  const create = async (token: string, body: Record<string, unknown>) => {
    const reply = await request<Objective>(server, 'POST', '/objectives', token, { cycleId: '2026-Q4', ...body });
    expect(reply.status).toBe(201);
    return reply.body;
  };
  const mine = await create(tokens.member, {
    title: 'Every kind of key result',
    ownerId: 'platform-1',
    keyResults: [
      { title: 'Up', type: 'increase', start: 0, target: 10 },
      { title: 'Down', type: 'decrease', start: 10, target: 0 },
      { title: 'At least, target to come', type: 'at-least' },
      { title: 'At least five', type: 'at-least', target: 5 },
      { title: 'At most five', type: 'at-most', target: 5, scoring: 'share-of-check-ins' },
      { title: 'Between one and three', type: 'range', min: 1, max: 3 },
      { title: 'Done or not', type: 'boolean' },
      {
        title: 'Steps',
        type: 'milestones',
        milestones: [
          { title: 'One', done: false },
          { title: 'Two', done: false },
        ],
      },
    ],
  });
  const secret = await create(tokens.member, {
    title: 'Private',
    ownerId: 'platform-1',
    visibility: 'private',
    keyResults: [{ title: 'Up', type: 'increase', start: 0, target: 10 }],
  });
  const peers = await create(tokens.peer, {
    title: 'Someone else’s',
    ownerId: 'platform-2',
    keyResults: [{ title: 'Up', type: 'increase', start: 0, target: 10 }],
  });
  objectiveIds = [mine.id, secret.id, peers.id, 'o-missing'];
  keyResultIds = [...mine.keyResults, ...secret.keyResults, ...peers.keyResults].map((k) => k.id).concat('kr-missing');
});
afterAll(() => server.close());

const overrides = () => ({
  ownerId: fc.constantFrom('platform-1', 'platform-2', 'platform', 'ceo', 'nobody'),
  cycleId: fc.constantFrom('2026-Q4', '2026-Q3', 'no-such-cycle'),
  parentId: fc.constantFrom(null, ...objectiveIds),
  id: fc.option(
    fc.oneof(fc.constantFrom(...objectiveIds, ...keyResultIds), fc.string({ minLength: 1, maxLength: 12 })),
    {
      nil: undefined,
    },
  ),
});

const pathFor = (route: Route, id: string) => route.path.replace('{id}', encodeURIComponent(id));
const idsFor = (route: Route) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...(route.path.startsWith('/key-results') ? keyResultIds : objectiveIds)) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  );
const tokenArb = fc.constantFrom(tokens.member, tokens.member, tokens.admin, tokens.peer);
const ifMatchArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('*') },
  { weight: 1, arbitrary: fc.constantFrom('"1"', 'W/"2"', '"1", "2"', '', 'garbage') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** The reply must be below 500, and valid by the contract: the route's schema, or problem details. */
async function expectContractReply(route: Route, method: string, path: string, response: Response, sent: unknown) {
  const text = await response.text();
  const what = `${method} ${path} ${JSON.stringify(sent)} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, what).toBeLessThan(500);
  if (response.status === 204 || response.status === 304) return;
  const body = JSON.parse(text) as unknown;
  if (response.ok) {
    const parsed = route.response?.safeParse(body);
    expect(parsed?.success, `${what}\n${JSON.stringify(parsed?.error?.issues)}`).toBe(true);
  } else {
    expect(response.headers.get('content-type'), what).toContain('application/problem+json');
    expect(problemSchema.safeParse(body).success, what).toBe(true);
  }
}

const withBody = (Object.entries(routes) as [RouteName, Route][]).filter(([, route]) => route.body);
const withoutBody = (Object.entries(routes) as [RouteName, Route][]).filter(([, route]) => !route.body);

describe('no input breaks the server', () => {
  it('covers every route of the contract', () => {
    expect([...withBody, ...withoutBody].map(([name]) => name).sort()).toEqual(Object.keys(routes).sort());
  });

  it.each(withBody)(
    '%s: any body from its schema, valid or not, gets a contract reply (never 500)',
    async (_, route) => {
      const body = arbitraryOf(route.body as NonNullable<Route['body']>, { noise: 0.15, overrides: overrides() });
      await fc.assert(
        fc.asyncProperty(idsFor(route), body, tokenArb, ifMatchArb, async (id, value, token, ifMatch) => {
          const path = pathFor(route, id);
          const response = await server.call(path, {
            method: route.method,
            token,
            headers: route.ifMatch && ifMatch ? { 'if-match': ifMatch } : {},
            body: JSON.stringify(value) ?? 'null',
          });
          await expectContractReply(route, route.method, path, response, value);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(withoutBody)('%s: any id, query and If-Match gets a contract reply (never 500)', async (_, route) => {
    const query = route.query
      ? arbitraryOf(route.query as NonNullable<Route['query']>, { noise: 0.2 }).map((q) =>
          q && typeof q === 'object' && !Array.isArray(q)
            ? new URLSearchParams(
                Object.entries(q).flatMap(([k, v]) =>
                  v === undefined ? [] : [[k, typeof v === 'string' ? v : JSON.stringify(v)]],
                ),
              ).toString()
            : '',
        )
      : fc.constant('');
    await fc.assert(
      fc.asyncProperty(idsFor(route), query, tokenArb, ifMatchArb, async (id, search, token, ifMatch) => {
        const path = `${pathFor(route, id)}${search ? `?${search}` : ''}`;
        const response = await server.call(path, {
          method: route.method,
          token,
          headers: route.ifMatch && ifMatch ? { 'if-match': ifMatch } : {},
        });
        await expectContractReply(route, route.method, path, response, search);
      }),
      { numRuns: route.method === 'GET' ? 25 : 40 },
    );
  });

  it('answers a body that is not JSON, or not an object, with 400 or 422 on every route that takes one', async () => {
    for (const [, route] of withBody) {
      for (const raw of ['{"title":', 'null', '[]', '"text"', '1e400', '']) {
        const path = pathFor(
          route,
          route.path.startsWith('/key-results') ? (keyResultIds[0] as string) : (objectiveIds[0] as string),
        );
        const response = await server.call(path, {
          method: route.method,
          token: tokens.member,
          headers: { 'if-match': '*', 'content-type': 'application/json' },
          body: raw,
        });
        expect([400, 422], `${route.method} ${path} ${raw}`).toContain(response.status);
      }
    }
  });
});

describe('every number the server sends is finite', () => {
  it('whatever numbers within the contract’s bounds a key result and its check-ins hold', async () => {
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => tokens.member, retry: false });
    const number = arbitraryOf(checkInCreateSchema.shape.value).filter((v): v is number => typeof v === 'number');
    const shapes = fc.oneof(
      fc.record({ type: fc.constantFrom('increase', 'decrease'), start: number, target: number }),
      fc.record({ type: fc.constantFrom('at-least', 'at-most'), target: number }),
      fc.record({ type: fc.constant('range'), min: number, max: number }),
    );
    await fc.assert(
      fc.asyncProperty(shapes, fc.array(number, { minLength: 1, maxLength: 4 }), async (shape, values) => {
        const created = await request<Objective>(server, 'POST', '/objectives', tokens.member, {
          title: 'Extreme numbers',
          ownerId: 'platform-1',
          cycleId: '2026-Q4',
          keyResults: [{ title: 'Extreme', ...shape }],
        });
        // A target on the wrong side of its start is refused (422); anything else is kept.
        if (created.status === 422) return;
        expect(created.status).toBe(201);
        const kr = created.body.keyResults[0] as KeyResult;
        for (const value of values) await client.checkIns.create(kr.id, { value });
        // The typed client validates every reply: a NaN or Infinity (sent as null) would throw here.
        const objective = await client.objectives.get(created.body.id);
        for (const n of [
          objective.score.progress,
          ...objective.keyResults.flatMap((k) => [k.score.raw, k.score.forecast?.value]),
        ])
          if (n !== undefined && n !== null) expect(Number.isFinite(n)).toBe(true);
        await client.checkIns.list(kr.id);
        await client.objectives.list({ owner: 'platform-1', limit: 200 });
        await client.tree.get({ root: created.body.id });
        await client.objectives.lint(created.body.id);
      }),
      { numRuns: 40 },
    );
  });
});
