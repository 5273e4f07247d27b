import type { CompetencyGaps, CompetencyProfile, Framework } from '@goalkit/client/competencies';
import { type CheckGroup, CheckSkipped, type ConformanceContext, fail, haveMe } from './harness.js';

/**
 * The competency checks (issue 26). They leave what they make behind: the contract has no route that
 * deletes a framework or a rating (ratings are records people keep), so the framework is named as the
 * suite's ("Conformance: …") and its ids are new on every run, so an earlier run's ratings never count.
 */

interface CompetencyFixture {
  framework?: Framework;
}

/** Who the token belongs to (`GET /me`), or `undefined` when it is not accepted. */
async function whoIs(context: ConformanceContext, token: string) {
  const reply = await context.request('GET', '/me', { token });
  return reply.response.status === 200
    ? (reply.json as { id: string; role?: string; managerId?: string | null })
    : undefined;
}

const person = (id: string) => `/people/${encodeURIComponent(id)}`;

/** Problem details without the person's id and the instance, to compare a hidden person's 404 with a missing one's. */
const stripped = (text: string, id: string) => {
  const json = text.replaceAll(JSON.stringify(id).slice(1, -1), 'ID');
  try {
    const { instance: _, ...rest } = JSON.parse(json) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return json;
  }
};

/** A framework of two competencies and one track of two levels, with ids new on every run. */
function frameworkBody(run: string) {
  return {
    id: `conformance-${run}`,
    name: `Conformance: framework ${run}`,
    scale: { min: 1, max: 5 },
    competencies: [
      { id: `${run}-a`, theme: 'Conformance' },
      { id: `${run}-b`, theme: 'Conformance' },
    ],
    tracks: [
      {
        id: `conformance-track-${run}`,
        name: 'Conformance track',
        levels: [
          { id: 'one', name: 'One', expectations: { [`${run}-a`]: { level: 2 }, [`${run}-b`]: { level: 2 } } },
          { id: 'two', name: 'Two', expectations: { [`${run}-a`]: { level: 4 }, [`${run}-b`]: { level: 2 } } },
        ],
      },
    ],
  };
}

/** Competency frameworks (made by an admin), and a person's competencies, private to them and their managers. */
export const COMPETENCY_CHECKS: CheckGroup<CompetencyFixture> = {
  skipAll: (context) =>
    context.options.adminToken ? undefined : 'pass --admin-token: adding a competency framework takes an admin',
  prepare: async () => ({}),
  checks: [
    {
      id: 'competencies.frameworks',
      name: 'competency frameworks: everyone reads them; an admin adds one (a member may not) and replaces it with If-Match (428 without, 412 stale)',
      routes: ['listFrameworks', 'createFramework', 'getFramework', 'updateFramework'],
      needs: haveMe,
      run: async (context, fixture) => {
        const { request, expectStatus, expectShape, options } = context;
        const admin = { token: options.adminToken as string };
        const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
        const body = frameworkBody(run);
        if ((await whoIs(context, options.token))?.role !== 'admin') {
          const refused = await request('POST', '/frameworks', { body });
          expectStatus(refused.response, 403, 'POST /frameworks as the first person, who is not an admin');
        }
        const created = await request('POST', '/frameworks', { ...admin, body });
        expectStatus(created.response, 201, 'POST /frameworks as an admin');
        expectShape('createFramework', created.json);
        let framework = created.json as Framework;
        if (framework.id !== body.id) fail(`the new framework's id is ${framework.id}, not the ${body.id} sent`);
        const path = `/frameworks/${encodeURIComponent(framework.id)}`;
        const listed = await request('GET', '/frameworks');
        expectStatus(listed.response, 200, 'GET /frameworks as the first person');
        expectShape('listFrameworks', listed.json);
        if (!(listed.json as { items: Framework[] }).items.some((f) => f.id === framework.id))
          fail('GET /frameworks does not list the new framework');
        const one = await request('GET', path);
        expectStatus(one.response, 200, 'GET the framework as the first person');
        expectShape('getFramework', one.json);
        if (one.response.headers.get('etag') !== `"${framework.version}"`)
          fail(`GET ${path} answers ETag ${one.response.headers.get('etag')}, not "${framework.version}"`);
        const { id: _, ...replacement } = { ...body, name: `${body.name} (replaced)` };
        const bare = await request('PUT', path, { ...admin, body: replacement });
        expectStatus(bare.response, 428, 'PUT a framework without If-Match');
        const staleReply = await request('PUT', path, {
          ...admin,
          body: replacement,
          headers: { 'if-match': `"${framework.version + 1000}"` },
        });
        expectStatus(staleReply.response, 412, 'PUT a framework with a stale If-Match');
        const replaced = await request('PUT', path, {
          ...admin,
          body: replacement,
          headers: { 'if-match': `"${framework.version}"` },
        });
        expectStatus(replaced.response, 200, 'PUT a framework with its version');
        expectShape('updateFramework', replaced.json);
        framework = replaced.json as Framework;
        if (framework.name !== replacement.name) fail('the replaced framework does not have the new name');
        fixture.framework = framework;
        return undefined;
      },
    },
    {
      id: 'competencies.privacy',
      name: "competencies: the person rates themself, their manager rates them (the manager's rating wins over a newer self one in the gaps); anyone else gets the 404 of a missing person",
      routes: ['setPlacement', 'createAssessment', 'listAssessments', 'getCompetencies', 'getGaps'],
      needs: haveMe,
      run: async (context, fixture) => {
        const { request, expectStatus, expectShape, options, state } = context;
        if (!options.managerToken)
          throw new CheckSkipped("pass --manager-token: the first person's manager's token rates them and places them");
        if (!options.secondToken)
          throw new CheckSkipped(
            'pass --second-token: a second person, from whom the first one’s competencies are hidden',
          );
        const manager = await whoIs(context, options.managerToken);
        if (!manager || manager.id !== state.me?.managerId)
          throw new CheckSkipped('the manager token does not sign in as the first person’s manager (GET /me)');
        const second = await whoIs(context, options.secondToken);
        if (!second || second.role === 'admin' || second.id === state.me?.managerId || second.id === state.me?.id)
          throw new CheckSkipped(
            'the second person may rightly see the first one’s competencies (an admin, their manager or themself)',
          );
        const framework = fixture.framework;
        if (!framework) fail('competencies.frameworks made no framework to use');
        const me = state.me?.id as string;
        const asManager = { token: options.managerToken };
        const [a, b] = framework.competencies.map((c) => c.id) as [string, string];
        const track = framework.tracks[0]?.id as string;

        const placed = await request('PUT', `${person(me)}/placement`, {
          ...asManager,
          body: { trackId: track, levelId: 'one', targetLevelId: 'two' },
        });
        expectStatus(placed.response, 200, 'PUT the first person’s placement as their manager');
        expectShape('setPlacement', placed.json);
        const rate = async (who: { token?: string }, body: unknown, source: string) => {
          const reply = await request('POST', `${person(me)}/assessments`, { ...who, body });
          expectStatus(reply.response, 201, `POST a ${source} rating`);
          expectShape('createAssessment', reply.json);
          if ((reply.json as { source?: string }).source !== source)
            fail(`a rating by the ${source === 'self' ? 'person' : 'manager'} is not recorded as ${source}`);
        };
        // The manager's 2 (10 January) wins over the person's newer 3 (20 January); b is not rated.
        await rate(asManager, { competencyId: a, level: 2, at: '2026-01-10T09:00:00Z' }, 'manager');
        await rate({}, { competencyId: a, level: 3, at: '2026-01-20T09:00:00Z' }, 'self');

        const gapsReply = await request('GET', `${person(me)}/gaps`);
        expectStatus(gapsReply.response, 200, 'GET the first person’s gaps');
        expectShape('getGaps', gapsReply.json);
        const gaps = gapsReply.json as CompetencyGaps;
        const gapOf = (id: string) => gaps.gaps.find((g) => g.competencyId === id);
        if (gaps.target.levelId !== 'two')
          fail(`the gaps are against ${gaps.target.levelId}, not the target level two`);
        if (gapOf(a)?.assessed !== 2 || gapOf(a)?.source !== 'manager' || gapOf(a)?.gap !== 2)
          fail(`competency a: expected the manager's 2 and a gap of 2 (4 − 2), got ${JSON.stringify(gapOf(a))}`);
        if (gapOf(b)?.assessed !== null || gapOf(b)?.gap !== 1)
          fail(
            `competency b, not rated: expected assessed null and a gap of 1 (2 − the scale's 1), got ${JSON.stringify(gapOf(b))}`,
          );
        // (min(1, 2/4) + min(1, 1/2)) / 2
        if (gaps.readiness === null || Math.abs(gaps.readiness - 0.5) > 1e-9)
          fail(`readiness for level two should be (2/4 + 1/2) / 2 = 0.5, got ${gaps.readiness}`);
        if (gaps.coverage.value !== 0 || gaps.coverage.gaps.length !== 2)
          fail(`plan coverage without development goals should be 0 of 2 gaps, got ${JSON.stringify(gaps.coverage)}`);

        for (const who of [{}, asManager]) {
          const profile = await request('GET', `${person(me)}/competencies`, who);
          expectStatus(profile.response, 200, 'GET the first person’s competencies (as themself and as their manager)');
          expectShape('getCompetencies', profile.json);
          const assessed = (profile.json as CompetencyProfile).competencies.find((c) => c.competencyId === a)?.assessed;
          if (assessed?.source !== 'manager' || assessed.flagged)
            fail('the profile does not show the manager’s rating, unflagged, as the assessed level');
          const list = await request('GET', `${person(me)}/assessments`, who);
          expectStatus(list.response, 200, 'GET the first person’s assessments');
          expectShape('listAssessments', list.json);
        }
        const early = await request('GET', `${person(me)}/competencies?asOf=2026-01-15`);
        expectStatus(early.response, 200, 'GET the competencies as of 15 January');
        const then = (early.json as CompetencyProfile).competencies.find((c) => c.competencyId === a)?.assessed;
        if (then?.level !== 2) fail('asOf 15 January should see only the manager’s rating of the 10th');

        const asSecond = { token: options.secondToken };
        const missing = `missing-${Date.now().toString(36)}`;
        for (const [method, suffix, body] of [
          ['GET', '/competencies', undefined],
          ['GET', '/gaps', undefined],
          ['GET', '/assessments', undefined],
          ['POST', '/assessments', { competencyId: a, level: 1 }],
          ['PUT', '/placement', { trackId: track, levelId: 'one' }],
        ] as const) {
          const hidden = await request(method, `${person(me)}${suffix}`, { ...asSecond, ...(body ? { body } : {}) });
          const absent = await request(method, `${person(missing)}${suffix}`, {
            ...asSecond,
            ...(body ? { body } : {}),
          });
          expectStatus(hidden.response, 404, `${method} another person’s ${suffix.slice(1)} as the second person`);
          if (hidden.text.includes(a)) fail(`${method} ${suffix} shows the second person the first one’s ratings`);
          if (stripped(hidden.text, me) !== stripped(absent.text, missing))
            fail(`${method} ${suffix}: the 404 for a hidden person differs from the one for a missing person`);
        }
        return undefined;
      },
    },
  ],
};
