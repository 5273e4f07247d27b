import { EVENTS_PATH, type FieldProblem, issuesToProblems, type Route, type RouteName, routes } from '@goalkit/client';

/** One contract check and its verdict. */
export interface CheckResult {
  id: string;
  name: string;
  /** `true` only when the check ran and passed. */
  ok: boolean;
  /** Passed, failed, or skipped (it could not run: a check it needs failed, or a second token is missing). */
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped (or what it saw), in a sentence. */
  detail?: string;
}

export interface ConformanceOptions {
  /** The backend's base URL, such as `https://hr.example.com/api/goalkit`. */
  baseUrl: string;
  /** A bearer token of a person who may create goals for themselves. */
  token: string;
  /**
   * A second person's token, for the authorisation checks: someone who is neither the first person's manager
   * nor an admin (another member). Without it the authorisation checks are reported as skipped.
   */
  secondToken?: string | undefined;
  fetch?: typeof fetch;
  /** Called as each check finishes, for live output. */
  onResult?: (result: CheckResult) => void;
}

class CheckFailed extends Error {}
class CheckSkipped extends Error {}

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

  const record = (result: CheckResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  const skip = (id: string, name: string, detail: string) => record({ id, name, ok: false, status: 'skipped', detail });
  const check = async (id: string, name: string, body: () => Promise<string | undefined>, needs?: () => boolean) => {
    if (needs && !needs()) return skip(id, name, 'an earlier check it needs failed');
    try {
      const detail = await body();
      record({ id, name, ok: true, status: 'passed', ...(detail ? { detail } : {}) });
    } catch (error) {
      if (error instanceof CheckSkipped) return skip(id, name, error.message);
      const message =
        error instanceof CheckFailed
          ? error.message
          : `could not run: ${error instanceof Error ? error.message : String(error)}`;
      record({ id, name, ok: false, status: 'failed', detail: message });
    }
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

  // ---- authorisation: the first person's private goal, looked for by the second person everywhere ----
  const AUTHZ: [string, string][] = [
    ['authz.private', "another member gets 404 for a person's private objective, exactly as for a missing one"],
    ['authz.write', "another member cannot change a person's objective (403 or 404)"],
    ['authz.lists', 'a private objective is in no list of another member, under any filter, on any page'],
    ['authz.tree', 'a private objective is not in the tree, and not in the child count of its public parent'],
    [
      'authz.subroutes',
      "a private objective's history, lint, comments, transitions and key results answer 404 as missing ones",
    ],
    ['authz.queues', 'a private objective is in no approval queue or list of goals to align to of another member'],
    ['authz.events', 'live events about a private objective reach only those who may see it'],
    ['authz.idempotency', 'an Idempotency-Key is never replayed across people'],
  ];
  const second = options.secondToken;
  if (!second) {
    for (const [id, name] of AUTHZ) skip(id, name, 'needs --second-token, another member\u2019s token');
  } else {
    const hidden: {
      publicId?: string;
      privateId?: string;
      krId?: string | undefined;
      secret: string;
      visibleToSecond?: boolean;
    } = { secret: `Conformance secret ${Date.now().toString(36)}` };
    const name = (id: string) => (AUTHZ.find(([key]) => key === id) as [string, string])[1];
    // The first person's public goal, and a private goal of theirs aligned to it, with a key result and a comment.
    try {
      const parent = await request('POST', '/objectives', {
        body: { title: 'Conformance check: a public parent goal', ownerId: state.me?.id, cycleId: state.cycleId },
      });
      const child = await request('POST', '/objectives', {
        body: {
          title: `${hidden.secret} private goal`,
          ownerId: state.me?.id,
          cycleId: state.cycleId,
          visibility: 'private',
          parentId: (parent.json as { id?: string }).id,
          keyResults: [{ title: 'Private key result from 1 to 2', type: 'increase', start: 1, target: 2 }],
        },
      });
      if (parent.response.status === 201 && child.response.status === 201) {
        hidden.publicId = (parent.json as { id: string }).id;
        hidden.privateId = (child.json as { id: string }).id;
        hidden.krId = (child.json as { keyResults: { id: string }[] }).keyResults[0]?.id;
        await request('POST', `/objectives/${hidden.privateId}/comments`, {
          body: { body: `${hidden.secret} comment` },
        });
        const seen = await request('GET', `/objectives/${hidden.privateId}`, { token: second });
        hidden.visibleToSecond = seen.response.status === 200;
      }
    } catch {
      // Reported below: every check needs the goals.
    }
    const needsHidden = () => {
      if (hidden.privateId === undefined) fail('could not create the private test objective as the first person');
      if (hidden.visibleToSecond)
        throw new CheckSkipped(
          'the second token may see the first person\u2019s private goals (a manager or an admin); pass another member\u2019s token',
        );
    };
    /** The second person's reply about the private goal must equal their reply about a missing one. */
    const sameAsMissing = async (
      method: string,
      path: (id: string) => string,
      body?: unknown,
      headers?: Record<string, string>,
    ) => {
      const id = hidden.privateId as string;
      const missing = `goalkit-conformance-missing-${Date.now().toString(36)}`;
      const a = await request(method, path(id), {
        token: second,
        ...(body === undefined ? {} : { body }),
        ...(headers ? { headers } : {}),
      });
      const b = await request(method, path(missing), {
        token: second,
        ...(body === undefined ? {} : { body }),
        ...(headers ? { headers } : {}),
      });
      const what = `${method} ${path('{id}')}`;
      if (a.response.status < 400) fail(`${what} answered ${a.response.status} about a private goal of someone else`);
      if (a.response.status !== b.response.status)
        fail(`${what} answers ${a.response.status} for a private goal but ${b.response.status} for a missing one`);
      const strip = (text: string, own: string) => text.replaceAll(own, '<id>').replace(/"instance":"[^"]*"/, '');
      if (strip(a.text, id) !== strip(b.text, missing))
        fail(`${what} words its answer differently for a private goal than for a missing one`);
      if (a.text.includes(hidden.secret)) fail(`${what} names the private goal`);
    };
    const mentions = (text: string) => text.includes(hidden.privateId as string) || text.includes(hidden.secret);

    await check(
      'authz.private',
      name('authz.private'),
      async () => {
        needsHidden();
        await sameAsMissing('GET', (id) => `/objectives/${encodeURIComponent(id)}`);
        return undefined;
      },
      haveMe,
    );

    await check('authz.write', name('authz.write'), async () => {
      if (!state.objective) throw new CheckSkipped('the test objective could not be created');
      const { response } = await request('PATCH', `/objectives/${state.objective.id}`, {
        token: second,
        body: { title: 'Not yours' },
        headers: { 'if-match': `"${state.objective.version}"` },
      });
      if (response.status < 300) fail('another person changed the objective');
      expectStatus(response, [403, 404], 'PATCH by another person');
      return undefined;
    });

    await check(
      'authz.lists',
      name('authz.lists'),
      async () => {
        needsHidden();
        const word = hidden.secret.split(' ').at(-1) as string;
        const filters = [
          '',
          `owner=${state.me?.id}`,
          `cycle=${state.cycleId}`,
          'state=draft',
          `q=${encodeURIComponent(word)}`,
          `parent=${hidden.publicId}`,
          'status=not-started',
        ];
        for (const filter of filters) {
          let cursor: string | null = null;
          let pages = 0;
          do {
            const path: string = `/objectives?limit=200${filter ? `&${filter}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
            const { response, text, json } = await request('GET', path, { token: second });
            expectStatus(response, 200, `GET ${path}`);
            if (mentions(text)) fail(`GET ${path} shows the first person\u2019s private goal to the second`);
            cursor = (json as { nextCursor?: string | null }).nextCursor ?? null;
            pages++;
          } while (cursor && pages < 100);
        }
        return `${filters.length} filters`;
      },
      haveMe,
    );

    await check(
      'authz.tree',
      name('authz.tree'),
      async () => {
        needsHidden();
        const { response, text, json } = await request('GET', `/tree?cycle=${state.cycleId}`, { token: second });
        expectStatus(response, 200, 'GET /tree');
        if (mentions(text)) fail('the tree shows the private goal to the second person');
        const parent = (json as { nodes: { id: string; childCount: number }[] }).nodes.find(
          (n) => n.id === hidden.publicId,
        );
        if (parent && parent.childCount !== 0)
          fail(`the public parent counts ${parent.childCount} child(ren) for someone who may see none`);
        const below = await request('GET', `/tree?cycle=${state.cycleId}&root=${hidden.publicId}`, { token: second });
        if (mentions(below.text)) fail('the subtree of the public parent shows the private goal');
        return undefined;
      },
      haveMe,
    );

    await check(
      'authz.subroutes',
      name('authz.subroutes'),
      async () => {
        needsHidden();
        await sameAsMissing('GET', (id) => `/objectives/${encodeURIComponent(id)}/history`);
        await sameAsMissing('GET', (id) => `/objectives/${encodeURIComponent(id)}/lint`);
        await sameAsMissing('GET', (id) => `/objectives/${encodeURIComponent(id)}/comments`);
        await sameAsMissing('POST', (id) => `/objectives/${encodeURIComponent(id)}/comments`, { body: 'hello' });
        await sameAsMissing('POST', (id) => `/objectives/${encodeURIComponent(id)}/transitions`, { action: 'propose' });
        await sameAsMissing('POST', (id) => `/objectives/${encodeURIComponent(id)}/key-results`, {
          title: 'x',
          type: 'boolean',
        });
        await sameAsMissing(
          'PATCH',
          (id) => `/objectives/${encodeURIComponent(id)}`,
          { title: 'x' },
          { 'if-match': '"1"' },
        );
        await sameAsMissing('DELETE', (id) => `/objectives/${encodeURIComponent(id)}`, undefined, {
          'if-match': '"1"',
        });
        // Key-result routes about the private goal's key result, against a missing key result's.
        const kr = hidden.krId as string;
        const missingKr = `goalkit-conformance-missing-kr-${Date.now().toString(36)}`;
        for (const [method, suffix, body, headers] of [
          ['GET', '/check-ins', undefined, undefined],
          ['POST', '/check-ins', { value: 1 }, undefined],
          ['PATCH', '', { title: 'x' }, { 'if-match': '"1"' }],
          ['DELETE', '', undefined, { 'if-match': '"1"' }],
        ] as const) {
          const a = await request(method, `/key-results/${kr}${suffix}`, {
            token: second,
            ...(body ? { body } : {}),
            ...(headers ? { headers } : {}),
          });
          const b = await request(method, `/key-results/${missingKr}${suffix}`, {
            token: second,
            ...(body ? { body } : {}),
            ...(headers ? { headers } : {}),
          });
          const what = `${method} /key-results/{id}${suffix}`;
          if (a.response.status < 400) fail(`${what} answered ${a.response.status} about a private goal's key result`);
          if (
            a.response.status !== b.response.status ||
            a.text.replaceAll(kr, '<id>').replace(/"instance":"[^"]*"/, '') !==
              b.text.replaceAll(missingKr, '<id>').replace(/"instance":"[^"]*"/, '')
          )
            fail(`${what} answers differently for a private goal's key result than for a missing one`);
          if (mentions(a.text)) fail(`${what} names the private goal`);
        }
        return undefined;
      },
      haveMe,
    );

    await check(
      'authz.queues',
      name('authz.queues'),
      async () => {
        needsHidden();
        for (const path of ['/approvals', `/alignment-candidates?owner=${state.me?.id}&cycle=${state.cycleId}`]) {
          const { response, text } = await request('GET', path, { token: second });
          if (response.status === 404) continue; // a backend without this route
          expectStatus(response, 200, `GET ${path}`);
          if (mentions(text)) fail(`GET ${path} shows the private goal to the second person`);
        }
        return undefined;
      },
      haveMe,
    );

    await check(
      'authz.events',
      name('authz.events'),
      async () => {
        needsHidden();
        const controller = new AbortController();
        const stream = await fetchImpl(`${base}${EVENTS_PATH}`, {
          headers: { authorization: `Bearer ${second}`, accept: 'text/event-stream' },
          signal: controller.signal,
        });
        expectStatus(stream, 200, `GET ${EVENTS_PATH} as the second person`);
        let text = '';
        const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
        const decoder = new TextDecoder();
        const reading = (async () => {
          for (;;) {
            const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
            if (done) return;
            text += decoder.decode(value, { stream: true });
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await request('POST', `/objectives/${hidden.privateId}/comments`, { body: { body: 'private news' } });
        await request('POST', `/objectives/${hidden.publicId}/comments`, { body: { body: 'public news' } });
        const until = Date.now() + 5000;
        while (!text.includes(hidden.publicId as string) && Date.now() < until)
          await new Promise((r) => setTimeout(r, 50));
        controller.abort();
        await reading;
        if (!text.includes(hidden.publicId as string))
          fail('the second person got no event about the public goal within 5 s');
        if (text.includes(hidden.privateId as string)) fail('the second person got an event about the private goal');
        return undefined;
      },
      haveMe,
    );

    await check(
      'authz.idempotency',
      name('authz.idempotency'),
      async () => {
        if (!hidden.publicId) throw new CheckSkipped('the public test objective could not be created');
        const key = `conformance-${Date.now()}-shared-key`;
        const path = `/objectives/${hidden.publicId}/comments`;
        const first = await request('POST', path, {
          body: { body: 'same words' },
          headers: { 'idempotency-key': key },
        });
        expectStatus(first.response, 201, 'POST a comment with a key');
        const other = await request('POST', path, {
          token: second,
          body: { body: 'same words' },
          headers: { 'idempotency-key': key },
        });
        if (other.response.headers.get('idempotent-replayed') === 'true' || other.text === first.text)
          fail('the second person got the first person\u2019s replayed reply for the same Idempotency-Key');
        expectStatus(other.response, [201, 403, 404], 'the same key from another person');
        if (other.response.status === 201) {
          const a = (first.json as { id: string; authorId?: string }).id;
          const b = other.json as { id: string; authorId?: string };
          if (b.id === a) fail('the second person\u2019s post is the first person\u2019s comment');
        }
        return undefined;
      },
      haveMe,
    );

    // Clean up what the checks made (best effort).
    for (const id of [hidden.privateId, hidden.publicId]) {
      if (!id) continue;
      const current = await request('GET', `/objectives/${id}`).catch(() => undefined);
      const version = (current?.json as { version?: number } | undefined)?.version;
      if (version)
        await request('DELETE', `/objectives/${id}`, { headers: { 'if-match': `"${version}"` } }).catch(
          () => undefined,
        );
    }
  }

  // ---- every write checks its precondition; numbers stay finite ----
  await check(
    'ifMatch.everyWrite',
    'PATCH and DELETE of objectives and key results need If-Match (428), refuse a stale or weak one (412)',
    async () => {
      const objective = state.objective as NonNullable<typeof state.objective>;
      const current = await request('GET', `/objectives/${objective.id}`);
      const o = current.json as { version: number; keyResults: { id: string; version: number }[] };
      const kr = o.keyResults[0];
      if (!kr) fail('the test objective has no key result');
      const targets: [string, string, number, unknown][] = [
        ['PATCH', `/objectives/${objective.id}`, o.version, { title: 'Conformance: precondition' }],
        ['DELETE', `/objectives/${objective.id}`, o.version, undefined],
        ['PATCH', `/key-results/${kr.id}`, kr.version, { title: 'Conformance: precondition' }],
        ['DELETE', `/key-results/${kr.id}`, kr.version, undefined],
      ];
      for (const [method, path, version, body] of targets) {
        const none = await request(method, path, body === undefined ? {} : { body });
        expectStatus(none.response, 428, `${method} ${path} without If-Match`);
        const staleReply = await request(method, path, {
          ...(body === undefined ? {} : { body }),
          headers: { 'if-match': `"${version - 1 || version + 1000}"` },
        });
        expectStatus(staleReply.response, 412, `${method} ${path} with a stale If-Match`);
        const weak = await request(method, path, {
          ...(body === undefined ? {} : { body }),
          headers: { 'if-match': `W/"${version}"` },
        });
        expectStatus(weak.response, 412, `${method} ${path} with a weak If-Match (strong comparison, RFC 9110)`);
      }
      return undefined;
    },
    haveObjective,
  );

  await check(
    'numbers.finite',
    'numbers beyond ±1e15 are refused with 422 at their path, so nothing served overflows',
    async () => {
      const kr = state.objective?.keyResults[0];
      if (!kr) fail('the test objective has no key result');
      const { response, json } = await request('POST', `/key-results/${kr.id}/check-ins`, { body: { value: 1e308 } });
      expectStatus(response, [400, 422], 'a check-in of 1e308');
      expectProblem(response, json);
      const errors = (json as { errors?: { path: string }[] }).errors ?? [];
      if (!errors.some((e) => e.path === 'value')) fail('errors[] does not name the path "value"');
      const after = await request('GET', `/objectives/${state.objective?.id}`);
      expectShape('getObjective', after.json);
      return undefined;
    },
    haveObjective,
  );

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
