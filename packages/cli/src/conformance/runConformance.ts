import { EVENTS_PATH, type FieldProblem, issuesToProblems, type Route, type RouteName, routes } from '@goalkit/client';

/** One contract check and its verdict. */
export interface CheckResult {
  id: string;
  name: string;
  ok: boolean;
  /** Why it failed (or what it saw), in a sentence. */
  detail?: string;
}

export interface ConformanceOptions {
  /** The backend's base URL, such as `https://hr.example.com/api/goalkit`. */
  baseUrl: string;
  /** A bearer token of a person who may create goals for themselves. */
  token: string;
  /** A second person's token, for the authorisation checks; skipped without it. */
  secondToken?: string | undefined;
  fetch?: typeof fetch;
  /** Called as each check finishes, for live output. */
  onResult?: (result: CheckResult) => void;
}

class CheckFailed extends Error {}

function fail(message: string): never {
  throw new CheckFailed(message);
}

const describeProblems = (problems: FieldProblem[]) =>
  problems
    .slice(0, 3)
    .map((p) => `${p.path || '(body)'} ${p.message}`)
    .join('; ');

/**
 * Run the contract's checks against a running backend: response shapes against the schemas, status
 * codes, ETag and If-Match rules, idempotent replay, pagination, problem+json errors and basic
 * authorisation. It creates (and deletes) a few objectives of the token's person.
 */
export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const results: CheckResult[] = [];
  const state: {
    me?: { id: string };
    cycleId?: string;
    objective?: { id: string; version: number; keyResults: { id: string; version: number }[] };
  } = {};

  const request = async (
    method: string,
    path: string,
    init: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers = new Headers({ accept: 'application/json', ...init.headers });
    const token = init.token === undefined ? options.token : init.token;
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const response = await fetchImpl(`${base}${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { response, json, text };
  };

  const expectStatus = (response: Response, expected: number | number[], what: string) => {
    const allowed = Array.isArray(expected) ? expected : [expected];
    if (!allowed.includes(response.status)) fail(`${what}: expected ${allowed.join(' or ')}, got ${response.status}`);
  };

  const expectShape = (name: RouteName, json: unknown) => {
    const route: Route = routes[name];
    if (!route.response) return;
    const parsed = route.response.safeParse(json);
    if (!parsed.success)
      fail(
        `${route.method} ${route.path} reply breaks the schema at ${describeProblems(issuesToProblems(parsed.error.issues))}`,
      );
  };

  const expectProblem = (response: Response, json: unknown) => {
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('application/problem+json'))
      fail(`error replies must be application/problem+json (got "${type}")`);
    const body = json as { type?: unknown; title?: unknown; status?: unknown } | undefined;
    if (typeof body?.title !== 'string' || typeof body.type !== 'string' || body.status !== response.status) {
      fail('a problem needs type, title and a status equal to the HTTP status');
    }
  };

  const check = async (id: string, name: string, body: () => Promise<string | undefined>, needs?: () => boolean) => {
    let result: CheckResult;
    if (needs && !needs()) {
      result = { id, name, ok: false, detail: 'skipped: an earlier check it depends on failed' };
    } else {
      try {
        const detail = await body();
        result = { id, name, ok: true, ...(detail ? { detail } : {}) };
      } catch (error) {
        const message =
          error instanceof CheckFailed
            ? error.message
            : `could not run: ${error instanceof Error ? error.message : String(error)}`;
        result = { id, name, ok: false, detail: message };
      }
    }
    results.push(result);
    options.onResult?.(result);
  };

  await check('auth.required', 'requests without a token get 401 problem+json', async () => {
    const { response, json } = await request('GET', '/me', { token: null });
    expectStatus(response, 401, 'GET /me without a token');
    expectProblem(response, json);
    return undefined;
  });

  await check('me', 'GET /me returns the signed-in person', async () => {
    const { response, json } = await request('GET', '/me');
    expectStatus(response, 200, 'GET /me');
    expectShape('me', json);
    state.me = json as { id: string };
    return `signed in as ${state.me.id}`;
  });

  await check('cycles', 'GET /cycles returns cycles', async () => {
    const { response, json } = await request('GET', '/cycles');
    expectStatus(response, 200, 'GET /cycles');
    expectShape('listCycles', json);
    const items = (json as { items: { id: string; closed: boolean }[] }).items;
    const cycleId = (items.find((c) => !c.closed) ?? items[0])?.id;
    if (!cycleId) fail('there is no cycle to create a test objective in');
    state.cycleId = cycleId;
    return undefined;
  });

  await check('owners', 'GET /owners returns people and teams, filtered by kind', async () => {
    const { response, json } = await request('GET', '/owners?kind=person');
    expectStatus(response, 200, 'GET /owners');
    expectShape('listOwners', json);
    if ((json as { items: { kind: string }[] }).items.some((o) => o.kind !== 'person'))
      fail('kind=person returned other kinds');
    return undefined;
  });

  await check('objectives.pagination', 'GET /objectives pages with stable cursors and no duplicates', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/objectives?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { response, json } = await request('GET', path);
      expectStatus(response, 200, `GET ${path}`);
      expectShape('listObjectives', json);
      const page = json as { items: { id: string }[]; nextCursor: string | null };
      if (page.items.length > 3) fail(`limit=3 returned ${page.items.length} items`);
      for (const item of page.items) {
        if (seen.has(item.id)) fail(`objective ${item.id} appeared on two pages`);
        seen.add(item.id);
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 200);
    const all = await request('GET', '/objectives?limit=200');
    const count = (all.json as { items: unknown[]; nextCursor: string | null }).items.length;
    if ((all.json as { nextCursor: string | null }).nextCursor === null && count !== seen.size) {
      fail(`paging found ${seen.size} objectives, one page of 200 found ${count}`);
    }
    return `${seen.size} objectives in ${pages} pages`;
  });

  await check('objectives.limit', 'a limit outside 1–200 is a 400 problem with the parameter path', async () => {
    const { response, json } = await request('GET', '/objectives?limit=500');
    expectStatus(response, 400, 'GET /objectives?limit=500');
    expectProblem(response, json);
    const errors = (json as { errors?: { path: string }[] }).errors ?? [];
    if (!errors.some((e) => e.path === 'limit')) fail('errors[] does not name the path "limit"');
    return undefined;
  });

  await check('objectives.notFound', 'an unknown objective is a 404 problem', async () => {
    const { response, json } = await request('GET', '/objectives/goalkit-conformance-does-not-exist');
    expectStatus(response, 404, 'GET /objectives/{unknown}');
    expectProblem(response, json);
    return undefined;
  });

  const haveMe = () => state.me !== undefined && state.cycleId !== undefined;

  await check(
    'objectives.create',
    'POST /objectives creates a draft with a version, an ETag and a score',
    async () => {
      const { response, json } = await request('POST', '/objectives', {
        body: {
          title: 'Conformance check: reduce onboarding time',
          ownerId: state.me?.id,
          cycleId: state.cycleId,
          visibility: 'private',
          keyResults: [
            { title: 'Cut onboarding from 10 to 5 days', type: 'decrease', start: 10, target: 5, unit: 'days' },
          ],
        },
        headers: { 'idempotency-key': `conformance-${Date.now()}-create` },
      });
      expectStatus(response, 201, 'POST /objectives');
      expectShape('createObjective', json);
      const objective = json as NonNullable<typeof state.objective> & { state: string };
      if (objective.state !== 'draft') fail(`a new objective must be a draft (got "${objective.state}")`);
      if (response.headers.get('etag') !== `"${objective.version}"`)
        fail(`ETag must be "${objective.version}" (got ${response.headers.get('etag')})`);
      state.objective = objective;
      return undefined;
    },
    haveMe,
  );

  const haveObjective = () => state.objective !== undefined;

  await check(
    'objectives.etag',
    'GET /objectives/{id} carries the version as its ETag',
    async () => {
      const { response, json } = await request('GET', `/objectives/${state.objective?.id}`);
      expectStatus(response, 200, 'GET /objectives/{id}');
      expectShape('getObjective', json);
      const version = (json as { version: number }).version;
      if (response.headers.get('etag') !== `"${version}"`)
        fail(`ETag must be "${version}" (got ${response.headers.get('etag')})`);
      return undefined;
    },
    haveObjective,
  );

  await check(
    'ifMatch.required',
    'PATCH without If-Match is 428',
    async () => {
      const { response, json } = await request('PATCH', `/objectives/${state.objective?.id}`, {
        body: { title: 'Conformance: no If-Match' },
      });
      expectStatus(response, 428, 'PATCH without If-Match');
      expectProblem(response, json);
      return undefined;
    },
    haveObjective,
  );

  await check(
    'ifMatch.flow',
    'PATCH with the current version succeeds and bumps it; the old version then gets 412 with currentVersion',
    async () => {
      const version = state.objective?.version as number;
      const ok = await request('PATCH', `/objectives/${state.objective?.id}`, {
        body: { title: 'Conformance check: halve onboarding time' },
        headers: { 'if-match': `"${version}"` },
      });
      expectStatus(ok.response, 200, 'PATCH with If-Match');
      expectShape('updateObjective', ok.json);
      const next = (ok.json as { version: number }).version;
      if (!(next > version)) fail(`the version must grow after a change (was ${version}, now ${next})`);
      const staleReply = await request('PATCH', `/objectives/${state.objective?.id}`, {
        body: { title: 'Conformance: stale write' },
        headers: { 'if-match': `"${version}"` },
      });
      expectStatus(staleReply.response, 412, 'PATCH with a stale If-Match');
      expectProblem(staleReply.response, staleReply.json);
      if ((staleReply.json as { currentVersion?: number }).currentVersion !== next)
        fail('the 412 problem must carry currentVersion');
      if (state.objective) state.objective.version = next;
      return undefined;
    },
    haveObjective,
  );

  await check(
    'validation',
    'an invalid body is a 400/422 problem with errors[].path',
    async () => {
      const { response, json } = await request('POST', `/objectives/${state.objective?.id}/key-results`, {
        body: { title: 'Broken', type: 'range', min: 9, max: 1 },
      });
      expectStatus(response, [400, 422], 'POST an invalid key result');
      expectProblem(response, json);
      const errors = (json as { errors?: { path: string }[] }).errors ?? [];
      if (errors.length === 0 || !errors.every((e) => typeof e.path === 'string'))
        fail('errors[] with paths is missing');
      return undefined;
    },
    haveObjective,
  );

  await check(
    'idempotency',
    'a replayed POST with the same Idempotency-Key is stored once; the key with another body is 422',
    async () => {
      const kr = state.objective?.keyResults[0];
      if (!kr) fail('the test objective has no key result');
      const key = `conformance-${Date.now()}-check-in`;
      const path = `/key-results/${kr.id}/check-ins`;
      const first = await request('POST', path, {
        body: { value: 8, confidence: 0.6 },
        headers: { 'idempotency-key': key },
      });
      expectStatus(first.response, 201, 'POST a check-in');
      expectShape('createCheckIn', first.json);
      const second = await request('POST', path, {
        body: { value: 8, confidence: 0.6 },
        headers: { 'idempotency-key': key },
      });
      expectStatus(second.response, 201, 'replay the check-in');
      const a = (first.json as { checkIn: { id: string } }).checkIn.id;
      const b = (second.json as { checkIn: { id: string } }).checkIn.id;
      if (a !== b) fail(`the replay created another check-in (${a} then ${b})`);
      const list = await request('GET', path);
      expectShape('listCheckIns', list.json);
      const count = (list.json as { items: { id: string }[] }).items.filter((c) => c.id === a).length;
      if (count !== 1) fail(`the check-in is stored ${count} times`);
      const other = await request('POST', path, { body: { value: 9 }, headers: { 'idempotency-key': key } });
      expectStatus(other.response, 422, 'the same key with another body');
      expectProblem(other.response, other.json);
      return undefined;
    },
    haveObjective,
  );

  await check(
    'transitions.illegal',
    'an illegal lifecycle transition is a 409 problem listing the allowed ones',
    async () => {
      const { response, json } = await request('POST', `/objectives/${state.objective?.id}/transitions`, {
        body: { action: 'close' },
      });
      expectStatus(response, 409, 'closing a draft');
      expectProblem(response, json);
      if (!Array.isArray((json as { allowedTransitions?: unknown }).allowedTransitions))
        fail('allowedTransitions is missing');
      return undefined;
    },
    haveObjective,
  );

  await check(
    'history',
    'GET /objectives/{id}/history lists the revisions with their changes',
    async () => {
      const { response, json } = await request('GET', `/objectives/${state.objective?.id}/history`);
      expectStatus(response, 200, 'GET history');
      expectShape('getHistory', json);
      const items = (json as { items: { action: string }[] }).items;
      if (!items.some((r) => r.action === 'updated')) fail('the title change is not in the history');
      return undefined;
    },
    haveObjective,
  );

  await check('tree', 'GET /tree returns the alignment tree with scores', async () => {
    const { response, json } = await request('GET', `/tree${state.cycleId ? `?cycle=${state.cycleId}` : ''}`);
    expectStatus(response, 200, 'GET /tree');
    expectShape('getTree', json);
    return undefined;
  });

  await check(
    'lint',
    'GET /objectives/{id}/lint returns a SMART report',
    async () => {
      const { response, json } = await request('GET', `/objectives/${state.objective?.id}/lint`);
      expectStatus(response, 200, 'GET lint');
      expectShape('getLint', json);
      return undefined;
    },
    haveObjective,
  );

  await check(
    'comments',
    'POST /objectives/{id}/comments stores plain text and lists it',
    async () => {
      const body = '<b>not markup</b> & kudos';
      const { response, json } = await request('POST', `/objectives/${state.objective?.id}/comments`, {
        body: { kind: 'kudos', body },
      });
      expectStatus(response, 201, 'POST a comment');
      expectShape('createComment', json);
      if ((json as { body: string }).body !== body) fail('the comment text came back changed');
      return undefined;
    },
    haveObjective,
  );

  await check('events', `GET ${EVENTS_PATH} answers with an event stream`, async () => {
    const controller = new AbortController();
    const response = await fetchImpl(`${base}${EVENTS_PATH}`, {
      headers: { authorization: `Bearer ${options.token}`, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    controller.abort();
    expectStatus(response, 200, `GET ${EVENTS_PATH}`);
    if (!(response.headers.get('content-type') ?? '').includes('text/event-stream'))
      fail('the content type must be text/event-stream');
    return undefined;
  });

  if (options.secondToken) {
    const second = options.secondToken;
    await check(
      'authz.private',
      "another member cannot see a person's private objective (404, existence not leaked)",
      async () => {
        const { response } = await request('GET', `/objectives/${state.objective?.id}`, { token: second });
        if (response.status === 200) {
          const me2 = await request('GET', '/me', { token: second });
          const role = (me2.json as { role?: string }).role;
          if (role === 'member') fail('a private objective was shown to another member');
          return `the second token (${role}) may see it`;
        }
        expectStatus(response, 404, 'GET a private objective of someone else');
        return undefined;
      },
      haveObjective,
    );
    await check(
      'authz.write',
      "another member cannot change a person's objective (403 or 404)",
      async () => {
        const { response } = await request('PATCH', `/objectives/${state.objective?.id}`, {
          token: second,
          body: { title: 'Not yours' },
          headers: { 'if-match': `"${state.objective?.version}"` },
        });
        if (response.status === 200) fail('another person changed the objective');
        expectStatus(response, [403, 404], 'PATCH by another person');
        return undefined;
      },
      haveObjective,
    );
  }

  await check(
    'delete',
    'DELETE with If-Match removes the objective; it is then 404',
    async () => {
      const current = await request('GET', `/objectives/${state.objective?.id}`);
      const version = (current.json as { version: number }).version;
      const { response } = await request('DELETE', `/objectives/${state.objective?.id}`, {
        headers: { 'if-match': `"${version}"` },
      });
      expectStatus(response, 204, 'DELETE');
      const after = await request('GET', `/objectives/${state.objective?.id}`);
      expectStatus(after.response, 404, 'GET after DELETE');
      return undefined;
    },
    haveObjective,
  );

  return results;
}
