import { EVENTS_PATH, objectiveStateSchema, statusSchema } from '@goalkit/client/contract';
import {
  type CheckGroup,
  CheckSkipped,
  type ConformanceContext,
  fail,
  type Harness,
  haveMe,
  type Reply,
} from './harness.js';

/** A reply's text with an id replaced and the `instance` (the request path) left out, to compare two replies. */
const normalise = (text: string, id: string) => text.replaceAll(id, '<id>').replace(/"instance":"[^"]*"/, '');

/** Page through `GET /objectives?…` as one person; every page's reply. */
async function allPages(harness: Harness, query: string, token: string): Promise<Reply[]> {
  const replies: Reply[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/objectives?limit=200${query ? `&${query}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const reply = await harness.request('GET', path, { token });
    harness.expectStatus(reply.response, 200, `GET ${path}`);
    replies.push(reply);
    cursor = (reply.json as { nextCursor?: string | null } | undefined)?.nextCursor ?? null;
  } while (cursor && replies.length < 100);
  return replies;
}

/** What the authorisation checks share: the second person, the test goals and how to look for them. */
async function prepareAuthorisation(context: ConformanceContext) {
  const { request, state } = context;
  const second = context.options.secondToken as string;
  const stamp = Date.now().toString(36);
  const hidden: {
    publicId?: string;
    publicKrId?: string | undefined;
    privateId?: string;
    krId?: string | undefined;
    underPrivateId?: string | undefined;
    secondId?: string;
    /** Why the second person may see the first person's private goals, when they may. */
    secondMaySee?: string | undefined;
    secret: string;
  } = { secret: `Conformance secret ${stamp}` };
  const made: string[] = [];

  const create = async (body: Record<string, unknown>) => {
    const reply = await request('POST', '/objectives', {
      body: { ownerId: state.me?.id, cycleId: state.cycleId, ...body },
    });
    const created = reply.json as { id?: string; version?: number; keyResults?: { id: string }[] } | undefined;
    if (reply.response.status !== 201 || !created?.id) return undefined;
    made.unshift(created.id);
    return created as { id: string; version: number; keyResults: { id: string }[] };
  };
  const remove = async (id: string, token?: string) => {
    const current = await request('GET', `/objectives/${encodeURIComponent(id)}`, token ? { token } : {});
    const version = (current.json as { version?: number } | undefined)?.version;
    if (version === undefined) return;
    await request('DELETE', `/objectives/${encodeURIComponent(id)}`, {
      ...(token ? { token } : {}),
      headers: { 'if-match': `"${version}"` },
    });
  };

  /**
   * Why the second person may see the first person's private goals (the same person, an admin, someone in
   * their manager chain, or a manager the suite cannot place), or `undefined` when they may not.
   */
  const whySecondMaySee = async (): Promise<string | undefined> => {
    const who = (await request('GET', '/me', { token: second })).json as { id?: string; role?: string } | undefined;
    if (who?.id === state.me?.id)
      return 'the second token signs in as the first person; pass another member\u2019s token';
    if (who?.role === 'admin') return 'the second token is an admin\u2019s; pass another member\u2019s token';
    const owners = (await request('GET', '/owners?kind=person')).json as
      | { items?: { id: string; managerId?: string | null }[] }
      | undefined;
    const byId = new Map((owners?.items ?? []).map((owner) => [owner.id, owner]));
    let manager = state.me?.managerId;
    const chain = new Set<string>();
    while (typeof manager === 'string' && !chain.has(manager)) {
      if (manager === who?.id)
        return 'the second token is the first person\u2019s manager; pass another member\u2019s token';
      chain.add(manager);
      manager = byId.get(manager)?.managerId;
    }
    if (manager === undefined && who?.role !== 'member')
      return 'the second token is a manager who may be in the first person\u2019s manager chain; pass another member\u2019s token';
    return undefined;
  };

  try {
    const secondMe = (await request('GET', '/me', { token: second })).json as { id?: string } | undefined;
    if (secondMe?.id) hidden.secondId = secondMe.id;
    const parent = await create({
      title: 'Conformance check: a public parent goal',
      keyResults: [{ title: 'Public key result from 0 to 1', type: 'increase', start: 0, target: 1 }],
    });
    const child =
      parent &&
      (await create({
        title: `${hidden.secret} private goal`,
        visibility: 'private',
        parentId: parent.id,
        keyResults: [{ title: 'Private key result from 1 to 2', type: 'increase', start: 1, target: 2 }],
      }));
    if (parent && child) {
      hidden.publicId = parent.id;
      hidden.publicKrId = parent.keyResults[0]?.id;
      hidden.privateId = child.id;
      hidden.krId = child.keyResults[0]?.id;
      await request('POST', `/objectives/${child.id}/comments`, { body: { body: `${hidden.secret} comment` } });
      hidden.underPrivateId = (
        await create({ title: 'Conformance check: a public goal aligned to a private one', parentId: child.id })
      )?.id;
      const seen = await request('GET', `/objectives/${child.id}`, { token: second });
      if (seen.response.status === 200) hidden.secondMaySee = await whySecondMaySee();
    }
  } catch {
    // Reported below: every check needs the goals.
  }
  const needsHidden = () => {
    if (hidden.privateId === undefined) fail('could not create the private test objective as the first person');
    if (hidden.secondMaySee) throw new CheckSkipped(hidden.secondMaySee);
  };
  const privateId = () => hidden.privateId as string;
  const mentions = (text: string) => text.includes(privateId()) || text.includes(hidden.secret);
  /** What the second person managed to create (only a broken backend lets them): removed at the end. */
  const theirs: string[] = [];
  const send = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const reply = await request(method, path, {
      token: second,
      ...(body === undefined ? {} : { body }),
      ...(headers ? { headers } : {}),
    });
    const id = (reply.json as { id?: unknown } | undefined)?.id;
    if (
      method === 'POST' &&
      reply.response.status === 201 &&
      typeof id === 'string' &&
      /^\/objectives(\/[^/]+\/duplicate)?$/.test(path)
    )
      theirs.push(id);
    return reply;
  };

  /**
   * The second person's reply about `hiddenId` must equal their reply about `otherId` (a missing id, or one
   * they may see), word for word but for the id; it is an error status unless `found` allows success.
   */
  const sameAs = async (
    method: string,
    path: (id: string) => string,
    hiddenId: string,
    otherId: string,
    init: { body?: (id: string) => unknown; headers?: Record<string, string>; found?: boolean } = {},
  ) => {
    const what = `${method} ${path('{id}')}`;
    const a = await send(method, path(encodeURIComponent(hiddenId)), init.body?.(hiddenId), init.headers);
    const b = await send(method, path(encodeURIComponent(otherId)), init.body?.(otherId), init.headers);
    if (a.response.status < 400 && !init.found)
      fail(`${what} answered ${a.response.status} about a private goal of someone else`);
    if (a.response.status !== b.response.status)
      fail(`${what} answers ${a.response.status} about a private goal but ${b.response.status} otherwise`);
    if (normalise(a.text, hiddenId) !== normalise(b.text, otherId))
      fail(`${what} words its answer about a private goal differently`);
    if (a.text.includes(hidden.secret)) fail(`${what} names the private goal`);
  };
  const missing = (what: string) => `goalkit-conformance-missing-${what}-${stamp}`;

  return {
    second,
    stamp,
    hidden,
    made,
    theirs,
    create,
    remove,
    send,
    sameAs,
    needsHidden,
    privateId,
    mentions,
    missing,
    /** Every page of `GET /objectives?{query}` as the second person. */
    allPages: (query: string) => allPages(context, query, second),
  };
}

type AuthorisationFixture = Awaited<ReturnType<typeof prepareAuthorisation>>;

/**
 * The authorisation checks. The first person makes a public goal (with a key result), a private goal aligned
 * to it (with a key result and a comment), and a public goal aligned to the private one; then the second
 * person looks for the private goal everywhere. Everything made is deleted at the end. Without a second
 * token each is reported as skipped.
 */
export const AUTHORISATION_GROUP: CheckGroup<AuthorisationFixture> = {
  skipAll: ({ options }) => (options.secondToken ? undefined : 'needs --second-token, another member\u2019s token'),
  prepare: prepareAuthorisation,
  checks: [
    {
      id: 'authz.private',
      name: "another member gets 404 for a person's private objective, exactly as for a missing one",
      routes: ['getObjective'],
      needs: haveMe,
      run: async (_context, { sameAs, needsHidden, privateId, missing }) => {
        needsHidden();
        await sameAs('GET', (id) => `/objectives/${id}`, privateId(), missing('objective'));
        return undefined;
      },
    },
    {
      id: 'authz.write',
      name: "another member cannot change a person's objectives and key results, public or private",
      routes: [
        'updateObjective',
        'createKeyResult',
        'transitionObjective',
        'updateKeyResult',
        'createCheckIn',
        'deleteKeyResult',
        'deleteObjective',
        'getObjective',
      ],
      run: async ({ request, expectStatus, state }, { hidden, send }) => {
        if (hidden.secondMaySee) throw new CheckSkipped(hidden.secondMaySee);
        if (!state.objective) throw new CheckSkipped('the test objective could not be created');
        const own = await send(
          'PATCH',
          `/objectives/${state.objective.id}`,
          { title: 'Not yours' },
          { 'if-match': `"${state.objective.version}"` },
        );
        if (own.response.status < 300) fail('another person changed the first person\u2019s private objective');
        expectStatus(own.response, [403, 404], 'PATCH of a private objective by another person');
        if (!hidden.publicId) return 'the public test objective could not be created: only the private one was tried';
        // A goal one may see but not edit: every write is refused, and nothing changes.
        const before = await request('GET', `/objectives/${hidden.publicId}`);
        const { version, keyResults } = before.json as {
          version: number;
          keyResults: { id: string; version: number }[];
        };
        const kr = keyResults[0];
        type Write = [method: string, path: string, body: unknown, headers?: Record<string, string>];
        const writes: Write[] = [
          ['PATCH', `/objectives/${hidden.publicId}`, { title: 'Not yours' }, { 'if-match': `"${version}"` }],
          ['POST', `/objectives/${hidden.publicId}/key-results`, { title: 'Not yours', type: 'boolean' }],
          ['POST', `/objectives/${hidden.publicId}/transitions`, { action: 'propose' }],
        ];
        if (kr)
          writes.push(
            ['PATCH', `/key-results/${kr.id}`, { title: 'Not yours' }, { 'if-match': `"${kr.version}"` }],
            ['POST', `/key-results/${kr.id}/check-ins`, { value: 1 }],
            ['DELETE', `/key-results/${kr.id}`, undefined, { 'if-match': `"${kr.version}"` }],
          );
        writes.push(['DELETE', `/objectives/${hidden.publicId}`, undefined, { 'if-match': `"${version}"` }]);
        for (const [method, path, body, headers] of writes) {
          const reply = await send(method, path, body, headers);
          if (reply.response.status < 300)
            fail(`${method} ${path} by another person answered ${reply.response.status}`);
          // A transition may also be refused as not allowed for this caller (409 with no allowed transitions).
          const refusals = path.endsWith('/transitions') ? [403, 404, 409] : [403, 404];
          expectStatus(reply.response, refusals, `${method} ${path} by another person`);
        }
        const after = await request('GET', `/objectives/${hidden.publicId}`);
        if ((after.json as { version?: number } | undefined)?.version !== version)
          fail('the public objective changed although every write of another person was refused');
        return undefined;
      },
    },
    {
      id: 'authz.lists',
      name: 'a private objective is in no list of another member, under any filter, on any page',
      routes: ['listObjectives'],
      needs: haveMe,
      run: async ({ state }, { hidden, needsHidden, privateId, mentions, missing, allPages }) => {
        needsHidden();
        const word = hidden.secret.split(' ').at(-1) as string;
        const filters = [
          '',
          `owner=${state.me?.id}`,
          `cycle=${state.cycleId}`,
          ...objectiveStateSchema.options.map((value) => `state=${value}`),
          ...statusSchema.options.map((value) => `status=${value}`),
          `q=${encodeURIComponent(word)}`,
          `q=${encodeURIComponent(privateId())}`,
          `parent=${hidden.publicId}`,
        ];
        for (const filter of filters) {
          for (const { text } of await allPages(filter)) {
            if (mentions(text))
              fail(
                `GET /objectives${filter ? `?${filter}` : ''} shows the first person\u2019s private goal to the second`,
              );
          }
        }
        // Below a hidden goal is what is below a missing one: nothing.
        const below = async (parent: string) =>
          (await allPages(`parent=${encodeURIComponent(parent)}`))
            .flatMap(({ json }) => (json as { items?: { id: string }[] }).items ?? [])
            .map((item) => item.id);
        const underHidden = await below(privateId());
        const underMissing = await below(missing('parent'));
        if (underHidden.join() !== underMissing.join())
          fail(
            `GET /objectives?parent={private id} lists ${underHidden.length} goal(s), parent={missing id} ${underMissing.length}`,
          );
        return `${filters.length + 1} filters`;
      },
    },
    {
      id: 'authz.tree',
      name: 'a private objective is not in the tree, and not in the child count of its public parent',
      routes: ['getTree'],
      needs: haveMe,
      run: async ({ expectStatus, state }, { hidden, send, sameAs, needsHidden, privateId, mentions, missing }) => {
        needsHidden();
        const { response, text, json } = await send('GET', `/tree?cycle=${state.cycleId}`);
        expectStatus(response, 200, 'GET /tree');
        if (mentions(text)) fail('the tree shows the private goal to the second person');
        const parent = (json as { nodes: { id: string; childCount: number }[] }).nodes.find(
          (n) => n.id === hidden.publicId,
        );
        if (parent && parent.childCount !== 0)
          fail(`the public parent counts ${parent.childCount} child(ren) for someone who may see none`);
        const below = await send('GET', `/tree?cycle=${state.cycleId}&root=${hidden.publicId}`);
        if (mentions(below.text)) fail('the subtree of the public parent shows the private goal');
        await sameAs('GET', (id) => `/tree?cycle=${state.cycleId}&root=${id}`, privateId(), missing('root'), {
          found: true,
        });
        return undefined;
      },
    },
    {
      id: 'authz.subroutes',
      name: "a private objective's history, lint, comments, transitions, duplicate and key results answer 404 as missing ones",
      routes: [
        'getHistory',
        'getLint',
        'listComments',
        'createComment',
        'transitionObjective',
        'duplicateObjective',
        'createKeyResult',
        'updateObjective',
        'deleteObjective',
        'listCheckIns',
        'createCheckIn',
        'updateKeyResult',
        'deleteKeyResult',
      ],
      needs: haveMe,
      run: async ({ state }, { hidden, sameAs, needsHidden, privateId, missing }) => {
        needsHidden();
        const id = privateId();
        const gone = missing('objective');
        const ifMatch1 = { 'if-match': '"1"' };
        await sameAs('GET', (x) => `/objectives/${x}/history`, id, gone);
        await sameAs('GET', (x) => `/objectives/${x}/lint`, id, gone);
        await sameAs('GET', (x) => `/objectives/${x}/comments`, id, gone);
        await sameAs('POST', (x) => `/objectives/${x}/comments`, id, gone, { body: () => ({ body: 'hello' }) });
        await sameAs('POST', (x) => `/objectives/${x}/transitions`, id, gone, { body: () => ({ action: 'propose' }) });
        await sameAs('POST', (x) => `/objectives/${x}/duplicate`, id, gone, {
          body: () => ({ cycleId: state.cycleId }),
        });
        await sameAs('POST', (x) => `/objectives/${x}/key-results`, id, gone, {
          body: () => ({ title: 'x', type: 'boolean' }),
        });
        await sameAs('PATCH', (x) => `/objectives/${x}`, id, gone, { body: () => ({ title: 'x' }), headers: ifMatch1 });
        await sameAs('DELETE', (x) => `/objectives/${x}`, id, gone, { headers: ifMatch1 });
        // Key-result routes about the private goal's key result, against a missing key result's.
        const kr = hidden.krId as string;
        const goneKr = missing('kr');
        await sameAs('GET', (x) => `/key-results/${x}/check-ins`, kr, goneKr);
        await sameAs('POST', (x) => `/key-results/${x}/check-ins`, kr, goneKr, { body: () => ({ value: 1 }) });
        await sameAs('PATCH', (x) => `/key-results/${x}`, kr, goneKr, {
          body: () => ({ title: 'x' }),
          headers: ifMatch1,
        });
        await sameAs('DELETE', (x) => `/key-results/${x}`, kr, goneKr, { headers: ifMatch1 });
        return undefined;
      },
    },
    {
      id: 'authz.ids',
      name: "choosing a private objective's id, or aligning to it, answers as for an id one may see or none",
      routes: ['createObjective'],
      needs: haveMe,
      run: async ({ state }, { hidden, sameAs, needsHidden, privateId, missing }) => {
        needsHidden();
        if (!hidden.secondId || !hidden.publicId) fail('could not read the second person or the public test objective');
        const mine = { title: 'Conformance check: a goal of the second person', ownerId: hidden.secondId };
        const body = (extra: Record<string, unknown>) => ({ ...mine, cycleId: state.cycleId, ...extra });
        // A taken id answers alike whoever holds it: the private goal's as the public goal's.
        await sameAs('POST', () => '/objectives', privateId(), hidden.publicId, { body: (id) => body({ id }) });
        // Aligning to the private goal answers as aligning to a missing one.
        await sameAs('POST', () => '/objectives', privateId(), missing('parent'), {
          body: (id) => body({ parentId: id }),
        });
        return undefined;
      },
    },
    {
      id: 'authz.parent',
      name: 'a visible objective aligned to a private one shows another member no parentId anywhere',
      routes: ['getObjective', 'getHistory', 'getLint', 'getTree'],
      needs: haveMe,
      run: async ({ expectStatus, state }, { hidden, send, needsHidden, mentions }) => {
        needsHidden();
        const under = hidden.underPrivateId;
        if (!under)
          throw new CheckSkipped('the backend did not let the first person align a public goal to a private one');
        const own = await send('GET', `/objectives/${under}`);
        expectStatus(own.response, 200, 'GET of a public objective aligned to a private one');
        const parentId = (own.json as { parentId?: unknown }).parentId;
        if (parentId !== null)
          fail(`its parentId is ${JSON.stringify(parentId)} for someone who may not see the parent`);
        for (const path of [
          `/objectives/${under}/history`,
          `/objectives/${under}/lint`,
          `/tree?cycle=${state.cycleId}`,
        ]) {
          const { response, text } = await send('GET', path);
          expectStatus(response, 200, `GET ${path.replace(under, '{id}')}`);
          if (mentions(text)) fail(`GET ${path.replace(under, '{id}')} names the private parent`);
        }
        return undefined;
      },
    },
    {
      id: 'authz.counts',
      name: 'no lint message or score another member sees changes when a person adds private objectives',
      routes: ['createObjective', 'getLint', 'getObjective', 'deleteObjective'],
      needs: haveMe,
      run: async ({ request }, { hidden, send, needsHidden, mentions, create }) => {
        needsHidden();
        // The second person's view of the first person's public goals, with six more private goals beside
        // them (enough for any "too many objectives" rule), then without: the two must be the same.
        const fillers: { id: string; version: number }[] = [];
        for (let i = 1; i <= 6; i++) {
          const filler = await create({ title: `${hidden.secret} private filler ${i}`, visibility: 'private' });
          if (!filler) fail('could not create private test objectives as the first person');
          fillers.push(filler);
        }
        const late = await create({ title: 'Conformance check: a public goal made last' });
        if (!late) fail('could not create a public test objective as the first person');
        const watched = [late.id, hidden.publicId as string, ...(hidden.underPrivateId ? [hidden.underPrivateId] : [])];
        const view = async () => {
          const seen: string[] = [];
          for (const id of watched) {
            const lint = await send('GET', `/objectives/${id}/lint`);
            const objective = await send('GET', `/objectives/${id}`);
            seen.push(lint.text, JSON.stringify((objective.json as { score?: unknown } | undefined)?.score));
          }
          return seen;
        };
        const withFillers = await view();
        if (withFillers.some(mentions)) fail('a lint report of a public goal names a private one');
        for (const filler of fillers)
          await request('DELETE', `/objectives/${filler.id}`, { headers: { 'if-match': `"${filler.version}"` } });
        const without = await view();
        const changed = withFillers.findIndex((text, i) => text !== without[i]);
        if (changed !== -1)
          fail(
            `the ${changed % 2 === 0 ? 'lint report' : 'score'} of a public goal, as the second person sees it, changes with the first person\u2019s private goals`,
          );
        return undefined;
      },
    },
    {
      id: 'authz.queues',
      name: 'a private objective is in no approval queue or list of goals to align to of another member',
      routes: ['transitionObjective', 'listApprovals', 'listAlignmentCandidates'],
      needs: haveMe,
      run: async ({ request, expectStatus, state }, { hidden, send, needsHidden, privateId, mentions }) => {
        needsHidden();
        // Proposed, the private goal waits in its owner's manager's queue: in no one else's.
        const proposed = await request('POST', `/objectives/${privateId()}/transitions`, {
          body: { action: 'propose' },
        });
        try {
          for (const path of [
            '/approvals',
            `/alignment-candidates?owner=${state.me?.id}&cycle=${state.cycleId}`,
            ...(hidden.secondId ? [`/alignment-candidates?owner=${hidden.secondId}&cycle=${state.cycleId}`] : []),
          ]) {
            const { response, text } = await send('GET', path);
            if (response.status === 404) continue; // a backend without this route
            expectStatus(response, 200, `GET ${path}`);
            if (mentions(text)) fail(`GET ${path} shows the private goal to the second person`);
          }
        } finally {
          if (proposed.response.ok)
            await request('POST', `/objectives/${privateId()}/transitions`, { body: { action: 'withdraw' } });
        }
        return proposed.response.ok ? undefined : 'the private goal could not be proposed: checked as a draft';
      },
    },
    {
      id: 'authz.events',
      name: 'live events about a private objective reach only those who may see it',
      routes: ['events', 'createComment'],
      needs: haveMe,
      run: async ({ request, expectStatus, fetchImpl, base }, { second, hidden, needsHidden, privateId, mentions }) => {
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
        await request('POST', `/objectives/${privateId()}/comments`, { body: { body: 'private news' } });
        await request('POST', `/objectives/${hidden.publicId}/comments`, { body: { body: 'public news' } });
        const until = Date.now() + 5000;
        while (!text.includes(hidden.publicId as string) && Date.now() < until)
          await new Promise((r) => setTimeout(r, 50));
        controller.abort();
        await reading;
        if (!text.includes(hidden.publicId as string))
          fail('the second person got no event about the public goal within 5 s');
        if (mentions(text)) fail('the second person got an event about the private goal');
        return undefined;
      },
    },
    {
      id: 'authz.idempotency',
      name: 'an Idempotency-Key is never replayed across people',
      routes: ['createComment'],
      needs: haveMe,
      run: async ({ request, expectStatus }, { stamp, hidden, send }) => {
        if (!hidden.publicId) throw new CheckSkipped('the public test objective could not be created');
        const key = `conformance-${stamp}-shared-key`;
        const path = `/objectives/${hidden.publicId}/comments`;
        const first = await request('POST', path, {
          body: { body: 'same words' },
          headers: { 'idempotency-key': key },
        });
        expectStatus(first.response, 201, 'POST a comment with a key');
        const other = await send('POST', path, { body: 'same words' }, { 'idempotency-key': key });
        if (other.response.headers.get('idempotent-replayed') === 'true' || other.text === first.text)
          fail('the second person got the first person\u2019s replayed reply for the same Idempotency-Key');
        expectStatus(other.response, [201, 403, 404], 'the same key from another person');
        if (other.response.status === 201 && (other.json as { id?: string }).id === (first.json as { id: string }).id)
          fail('the second person\u2019s post is the first person\u2019s comment');
        return undefined;
      },
    },
  ],
  // Clean up what the checks made (best effort), children before their parents.
  async finish(_context, { theirs, made, remove, second }) {
    for (const id of theirs) await remove(id, second).catch(() => undefined);
    for (const id of made) await remove(id).catch(() => undefined);
  },
};

/** The authorisation checks, by id and name: the first person's private goal, looked for by the second person through every route. */
export const AUTHORISATION_CHECKS: readonly (readonly [id: string, name: string])[] = AUTHORISATION_GROUP.checks.map(
  ({ id, name }) => [id, name] as const,
);
