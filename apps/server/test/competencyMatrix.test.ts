import type { Problem } from '@goalkit/client';
import { competencyEndpoints } from '@goalkit/client/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompetencyRoute } from '../src/competencies/competencyHandlers.js';
import { request, type Server, startServer } from './harness.js';

// The competency routes' authorisation matrix: every competency route × every kind of caller, generated
// from the route table (a `Record<CompetencyRoute, Case>`: a route added without a case does not compile,
// and the first test fails on a route the contract has and the cases lack). platform-1 is the person (placed
// and assessed by the seed); platform-lead their manager, product-head their skip-level manager, platform-2
// a peer, smb-1 works elsewhere, hr-admin is an admin in nobody's manager chain.

type Kind = 'self' | 'manager' | 'skipLevel' | 'peer' | 'outsider' | 'admin' | 'anonymous';
const callers: Record<Kind, string | undefined> = {
  self: 'gk_demo_platform-1',
  manager: 'gk_demo_platform-lead',
  skipLevel: 'gk_demo_product-head',
  peer: 'gk_demo_platform-2',
  outsider: 'gk_demo_smb-1',
  admin: 'gk_demo_hr-admin',
  anonymous: undefined,
};
const kinds = Object.keys(callers) as Kind[];
type SignedIn = Exclude<Kind, 'anonymous'>;

interface Case {
  method: string;
  path: (frameworkId: string) => string;
  /** The same request for an id nobody has: the 404 a hidden person must equal, word for word. */
  missing?: string;
  body?: () => unknown;
  ifMatch?: boolean;
  /** A fresh framework of the admin's to write to, made before the call. */
  freshFramework?: boolean;
  /** The status each signed-in kind gets (anonymous callers always get 401). */
  expect: Record<SignedIn, number>;
}

const all = (status: number): Record<SignedIn, number> => ({
  self: status,
  manager: status,
  skipLevel: status,
  peer: status,
  outsider: status,
  admin: status,
});
/** A person's competencies: the person, their manager chain and admins; to anyone else they do not exist. */
const personal = (status: number, admin = status, self = status): Record<SignedIn, number> => ({
  self,
  manager: status,
  skipLevel: status,
  peer: 404,
  outsider: 404,
  admin,
});

let made = 0;
const frameworkBody = () => {
  made++;
  return {
    id: `matrix-${made}`,
    name: `Matrix ${made}`,
    scale: { min: 1, max: 3 },
    competencies: [{ id: 'listening', theme: 'Teamwork' }],
    tracks: [
      {
        id: `matrix-track-${made}`,
        name: 'Track',
        levels: [{ id: 'm1', name: 'One', expectations: { listening: { level: 2 } } }],
      },
    ],
  };
};

const cases: Record<CompetencyRoute, Case> = {
  listFrameworks: { method: 'GET', path: () => '/frameworks', expect: all(200) },
  createFramework: {
    method: 'POST',
    path: () => '/frameworks',
    body: frameworkBody,
    expect: { ...all(403), admin: 201 },
  },
  getFramework: { method: 'GET', path: () => '/frameworks/engineering', expect: all(200) },
  updateFramework: {
    method: 'PUT',
    path: (id) => `/frameworks/${id}`,
    freshFramework: true,
    body: () => {
      const { id: _, ...rest } = frameworkBody();
      return rest;
    },
    ifMatch: true,
    expect: { ...all(403), admin: 200 },
  },
  getCompetencies: {
    method: 'GET',
    path: () => '/people/platform-1/competencies',
    missing: '/people/nobody/competencies',
    expect: personal(200),
  },
  listAssessments: {
    method: 'GET',
    path: () => '/people/platform-1/assessments',
    missing: '/people/nobody/assessments',
    expect: personal(200),
  },
  createAssessment: {
    method: 'POST',
    path: () => '/people/platform-1/assessments',
    missing: '/people/nobody/assessments',
    body: () => ({ competencyId: 'testing', level: 3 }),
    // Admins read a person's ratings; only the person and their managers give one.
    expect: personal(201, 403),
  },
  getGaps: {
    method: 'GET',
    path: () => '/people/platform-1/gaps',
    missing: '/people/nobody/gaps',
    expect: personal(200),
  },
  setPlacement: {
    method: 'PUT',
    path: () => '/people/platform-1/placement',
    missing: '/people/nobody/placement',
    body: () => ({ trackId: 'ic', levelId: 'ic2', targetLevelId: 'ic3' }),
    // Nobody places themself.
    expect: personal(200, 200, 403),
  },
};

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const routeNames = Object.keys(cases) as CompetencyRoute[];

it('covers every competency route of the contract, with its method', () => {
  expect([...routeNames].sort()).toEqual(Object.keys(competencyEndpoints).sort());
  for (const name of routeNames) expect(cases[name].method).toBe(competencyEndpoints[name].method);
});

/** Problem details with the ids and the instance taken out, to compare a hidden person's 404 with a missing one's. */
const strip = (problem: Problem, id: string) =>
  JSON.parse(
    JSON.stringify(problem)
      .replaceAll(id, 'ID')
      .replace(/"instance":"[^"]*"/, '"instance":""'),
  );

describe.each(routeNames)('%s', (name) => {
  const spec = cases[name];
  it.each(kinds)('as %s', async (kind) => {
    let frameworkId = 'engineering';
    if (spec.freshFramework) {
      const created = await request<{ id: string }>(server, 'POST', '/frameworks', callers.admin, frameworkBody());
      expect(created.status).toBe(201);
      frameworkId = created.body.id;
    }
    const token = callers[kind];
    const headers: Record<string, string> = spec.ifMatch ? { 'if-match': '"1"' } : {};
    const reply = await request<Problem>(server, spec.method, spec.path(frameworkId), token, spec.body?.(), headers);
    const expected = kind === 'anonymous' ? 401 : spec.expect[kind];
    expect(reply.status, JSON.stringify(reply.body)).toBe(expected);
    if (expected === 404 && spec.missing) {
      const missing = await request<Problem>(server, spec.method, spec.missing, token, spec.body?.(), headers);
      expect(missing.status).toBe(404);
      expect(strip(reply.body, 'platform-1')).toEqual(strip(missing.body, 'nobody'));
    }
    if (expected === 200 && spec.method === 'GET' && spec.path(frameworkId).startsWith('/people/'))
      expect(JSON.stringify(reply.body)).toContain('platform-1');
  });
});

it("hides a person's competencies from a peer everywhere, while their frameworks stay readable", async () => {
  const peer = callers.peer;
  for (const path of ['/people/platform-1/competencies', '/people/platform-1/gaps', '/people/platform-1/assessments'])
    expect((await request(server, 'GET', path, peer)).status).toBe(404);
  // The peer's own are theirs to read.
  expect((await request(server, 'GET', '/people/platform-2/competencies', peer)).status).toBe(200);
  // A team is not a person: no competencies, the same 404.
  expect((await request(server, 'GET', '/people/platform/competencies', callers.admin)).status).toBe(404);
});
