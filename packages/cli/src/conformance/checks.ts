import { EVENTS_PATH } from '@goalkit/client/contract';
import { type CheckGroup, CheckSkipped, type ConformanceContext, checkGroup, fail, haveMe } from './harness.js';

const haveObjective = ({ state }: ConformanceContext) => state.objective !== undefined;

/**
 * The contract's checks that need one person: who they are, lists and pages, errors, then a test objective
 * (created, read, changed, checked in, commented) that later checks build on.
 */
export const CONTRACT_CHECKS: CheckGroup = checkGroup([
  {
    id: 'auth.required',
    name: 'requests without a token get 401 problem+json',
    routes: ['me'],
    run: async ({ request, expectStatus, expectProblem }) => {
      const { response, json } = await request('GET', '/me', { token: null });
      expectStatus(response, 401, 'GET /me without a token');
      expectProblem(response, json);
      return undefined;
    },
  },
  {
    id: 'me',
    name: 'GET /me returns the signed-in person',
    routes: ['me'],
    run: async ({ request, expectStatus, expectShape, state }) => {
      const { response, json } = await request('GET', '/me');
      expectStatus(response, 200, 'GET /me');
      expectShape('me', json);
      state.me = json as { id: string; managerId: string | null };
      return `signed in as ${state.me.id}`;
    },
  },
  {
    id: 'cycles',
    name: 'GET /cycles returns cycles',
    routes: ['listCycles'],
    run: async ({ request, expectStatus, expectShape, state }) => {
      const { response, json } = await request('GET', '/cycles');
      expectStatus(response, 200, 'GET /cycles');
      expectShape('listCycles', json);
      const items = (json as { items: { id: string; closed: boolean }[] }).items;
      const cycleId = (items.find((c) => !c.closed) ?? items[0])?.id;
      if (!cycleId) fail('there is no cycle to create a test objective in');
      state.cycleId = cycleId;
      return undefined;
    },
  },
  {
    id: 'owners',
    name: 'GET /owners returns people and teams, filtered by kind',
    routes: ['listOwners'],
    run: async ({ request, expectStatus, expectShape }) => {
      const { response, json } = await request('GET', '/owners?kind=person');
      expectStatus(response, 200, 'GET /owners');
      expectShape('listOwners', json);
      if ((json as { items: { kind: string }[] }).items.some((o) => o.kind !== 'person'))
        fail('kind=person returned other kinds');
      return undefined;
    },
  },
  {
    id: 'objectives.pagination',
    name: 'GET /objectives pages with stable cursors and no duplicates',
    routes: ['listObjectives'],
    run: async ({ request, expectStatus, expectShape }) => {
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
    },
  },
  {
    id: 'objectives.limit',
    name: 'a limit outside 1–200 is a 400 problem with the parameter path',
    routes: ['listObjectives'],
    run: async ({ request, expectStatus, expectProblem }) => {
      const { response, json } = await request('GET', '/objectives?limit=500');
      expectStatus(response, 400, 'GET /objectives?limit=500');
      expectProblem(response, json);
      const errors = (json as { errors?: { path: string }[] }).errors ?? [];
      if (!errors.some((e) => e.path === 'limit')) fail('errors[] does not name the path "limit"');
      return undefined;
    },
  },
  {
    id: 'objectives.notFound',
    name: 'an unknown objective is a 404 problem',
    routes: ['getObjective'],
    run: async ({ request, expectStatus, expectProblem }) => {
      const { response, json } = await request('GET', '/objectives/goalkit-conformance-does-not-exist');
      expectStatus(response, 404, 'GET /objectives/{unknown}');
      expectProblem(response, json);
      return undefined;
    },
  },
  {
    id: 'objectives.create',
    name: 'POST /objectives creates a draft with a version, an ETag and a score',
    routes: ['createObjective'],
    needs: haveMe,
    run: async ({ request, expectStatus, expectShape, state }) => {
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
  },
  {
    id: 'objectives.etag',
    name: 'GET /objectives/{id} carries the version as its ETag',
    routes: ['getObjective'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, state }) => {
      const { response, json } = await request('GET', `/objectives/${state.objective?.id}`);
      expectStatus(response, 200, 'GET /objectives/{id}');
      expectShape('getObjective', json);
      const version = (json as { version: number }).version;
      if (response.headers.get('etag') !== `"${version}"`)
        fail(`ETag must be "${version}" (got ${response.headers.get('etag')})`);
      return undefined;
    },
  },
  {
    id: 'ifMatch.required',
    name: 'PATCH without If-Match is 428',
    routes: ['updateObjective'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectProblem, state }) => {
      const { response, json } = await request('PATCH', `/objectives/${state.objective?.id}`, {
        body: { title: 'Conformance: no If-Match' },
      });
      expectStatus(response, 428, 'PATCH without If-Match');
      expectProblem(response, json);
      return undefined;
    },
  },
  {
    id: 'ifMatch.flow',
    name: 'PATCH with the current version succeeds and bumps it; the old version then gets 412 with currentVersion',
    routes: ['updateObjective'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, expectProblem, state }) => {
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
  },
  {
    id: 'validation',
    name: 'an invalid body is a 400/422 problem with errors[].path',
    routes: ['createKeyResult'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectProblem, state }) => {
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
  },
  {
    id: 'idempotency',
    name: 'a replayed POST with the same Idempotency-Key is stored once; the key with another body is 422',
    routes: ['createCheckIn', 'listCheckIns'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, expectProblem, state }) => {
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
  },
  {
    id: 'values.push',
    name: 'PUT /key-results/{id}/values/{date} is idempotent (one check-in, one version), source "api", and refuses confidence at its path',
    routes: ['putKeyResultValue', 'listCheckIns', 'listCycles'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, expectProblem, state }) => {
      const kr = state.objective?.keyResults[0];
      if (!kr) fail('the test objective has no key result');
      const cycles = await request('GET', '/cycles');
      const cycle = (cycles.json as { items: { id: string; start: string; end: string }[] }).items.find(
        (c) => c.id === state.cycleId,
      );
      const today = new Date().toISOString().slice(0, 10);
      if (!cycle || cycle.start > today)
        throw new CheckSkipped(
          'the test objective’s cycle has not started: a value can only be pushed for a day of it',
        );
      // The cycle's first day: past on any backend whose clock has the cycle running (its today may not be ours).
      const date = cycle.start;
      const path = `/key-results/${kr.id}/values/${date}`;
      const first = await request('PUT', path, { body: { value: 9, sourceRef: 'conformance' } });
      expectStatus(first.response, 200, `PUT ${path}`);
      expectShape('putKeyResultValue', first.json);
      const a = first.json as { checkIn: { id: string; source?: string }; keyResult: { version: number } };
      if (a.checkIn.source !== 'api') fail(`a pushed value's check-in must say source "api" (got ${a.checkIn.source})`);
      const second = await request('PUT', path, { body: { value: 9, sourceRef: 'conformance' } });
      expectStatus(second.response, 200, `PUT ${path} again`);
      const b = second.json as { checkIn: { id: string }; keyResult: { version: number }; created: boolean };
      if (b.checkIn.id !== a.checkIn.id)
        fail(`the same PUT made another check-in (${a.checkIn.id} then ${b.checkIn.id})`);
      if (b.created) fail('the same PUT again says it created a check-in');
      if (b.keyResult.version !== a.keyResult.version)
        fail(`the same PUT again made a new version (${a.keyResult.version} then ${b.keyResult.version})`);
      const list = await request('GET', `/key-results/${kr.id}/check-ins`);
      const count = (list.json as { items: { id: string }[] }).items.filter((c) => c.id === a.checkIn.id).length;
      if (count !== 1) fail(`the pushed check-in is listed ${count} times`);
      const confident = await request('PUT', path, { body: { value: 9, confidence: 0.9 } });
      expectStatus(confident.response, 422, `PUT ${path} with a confidence`);
      expectProblem(confident.response, confident.json);
      if (!((confident.json as { errors?: { path: string }[] }).errors ?? []).some((e) => e.path === 'confidence'))
        fail('errors[] does not name the path "confidence"');
      return undefined;
    },
  },
  {
    id: 'values.sync',
    name: 'POST /key-results/{id}/sync on a key result not set to pull is a 422 naming source.mode; a pull source needs a connector',
    routes: ['syncKeyResult', 'updateKeyResult'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectProblem, state }) => {
      const kr = state.objective?.keyResults[0];
      if (!kr) fail('the test objective has no key result');
      const sync = await request('POST', `/key-results/${kr.id}/sync`);
      expectStatus(sync.response, 422, 'syncing a key result people check in on');
      expectProblem(sync.response, sync.json);
      if (!((sync.json as { errors?: { path: string }[] }).errors ?? []).some((e) => e.path === 'source.mode'))
        fail('errors[] does not name the path "source.mode"');
      // A pull without a connector is refused before anything is written, whatever the key result's version.
      const patch = await request('PATCH', `/key-results/${kr.id}`, {
        body: { source: { mode: 'pull' } },
        headers: { 'if-match': '*' },
      });
      expectStatus(patch.response, 422, 'a pull source without a connector');
      expectProblem(patch.response, patch.json);
      if (!((patch.json as { errors?: { path: string }[] }).errors ?? []).some((e) => e.path === 'source.connector'))
        fail('errors[] does not name the path "source.connector"');
      return undefined;
    },
  },
  {
    id: 'imports.dryRun',
    name: 'POST /imports?dryRun=true reports every row and never invents an owner: a row of someone who is not there is rejected with its reason',
    routes: ['importGoals'],
    run: async ({ request, expectStatus, expectShape }) => {
      const content = [
        'name,type,progress,start_date,end_date,owner_email,categories,description',
        'Conformance goal of nobody,goal,,2026-01-01,2026-03-31,nobody@conformance.invalid,,',
      ].join('\n');
      const { response, json } = await request('POST', '/imports?dryRun=true', {
        body: { from: 'betterworks', content },
      });
      expectStatus(response, 200, 'a dry run');
      expectShape('importGoals', json);
      const result = json as {
        dryRun: boolean;
        summary: { create: number };
        rows: { row: number; action: string; reason?: string }[];
      };
      if (!result.dryRun) fail('dryRun is not true on a dry run');
      if (result.summary.create !== 0)
        fail(`a row whose owner is nowhere would create ${result.summary.create} objective(s)`);
      const row = result.rows.find((r) => r.row === 2);
      if (row?.action !== 'rejected' || !row.reason)
        fail('row 2 (an owner who is not there) is not reported as rejected with a reason');
      return undefined;
    },
  },
  {
    id: 'analytics.privacy',
    name: 'GET /analytics answers for a cycle, and hides the figures of one person (fewer than k = 5) with a reason',
    routes: ['getAnalytics'],
    run: async ({ request, expectStatus, expectShape, state }) => {
      if (!state.cycleId || !state.me) throw new CheckSkipped('no cycle or no signed-in person to ask about');
      const path = `/analytics?cycle=${encodeURIComponent(state.cycleId)}&owner=${encodeURIComponent(state.me.id)}&metrics=checkIns`;
      const { response, json } = await request('GET', path);
      expectStatus(response, 200, `GET ${path}`);
      expectShape('getAnalytics', json);
      const checkIns = (json as { checkIns?: { hidden: boolean; reason?: string; rate?: unknown } }).checkIns;
      if (!checkIns) fail('checkIns is missing though metrics=checkIns');
      if (!checkIns.hidden || !checkIns.reason)
        fail("one person's check-in rate is shown: an aggregate over fewer than k people must be hidden with a reason");
      if ('rate' in checkIns) fail('a hidden aggregate still carries its figures');
      return undefined;
    },
  },
  {
    id: 'transitions.illegal',
    name: 'an illegal lifecycle transition is a 409 problem listing the allowed ones',
    routes: ['transitionObjective'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectProblem, state }) => {
      const { response, json } = await request('POST', `/objectives/${state.objective?.id}/transitions`, {
        body: { action: 'close' },
      });
      expectStatus(response, 409, 'closing a draft');
      expectProblem(response, json);
      if (!Array.isArray((json as { allowedTransitions?: unknown }).allowedTransitions))
        fail('allowedTransitions is missing');
      return undefined;
    },
  },
  {
    id: 'history',
    name: 'GET /objectives/{id}/history lists the revisions with their changes',
    routes: ['getHistory'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, state }) => {
      const { response, json } = await request('GET', `/objectives/${state.objective?.id}/history`);
      expectStatus(response, 200, 'GET history');
      expectShape('getHistory', json);
      const items = (json as { items: { action: string }[] }).items;
      if (!items.some((r) => r.action === 'updated')) fail('the title change is not in the history');
      return undefined;
    },
  },
  {
    id: 'tree',
    name: 'GET /tree returns the alignment tree with scores',
    routes: ['getTree'],
    run: async ({ request, expectStatus, expectShape, state }) => {
      const { response, json } = await request('GET', `/tree${state.cycleId ? `?cycle=${state.cycleId}` : ''}`);
      expectStatus(response, 200, 'GET /tree');
      expectShape('getTree', json);
      return undefined;
    },
  },
  {
    id: 'lint',
    name: 'GET /objectives/{id}/lint returns a SMART report',
    routes: ['getLint'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, state }) => {
      const { response, json } = await request('GET', `/objectives/${state.objective?.id}/lint`);
      expectStatus(response, 200, 'GET lint');
      expectShape('getLint', json);
      return undefined;
    },
  },
  {
    id: 'comments',
    name: 'POST /objectives/{id}/comments stores plain text and lists it',
    routes: ['createComment'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, state }) => {
      const body = '<b>not markup</b> & kudos';
      const { response, json } = await request('POST', `/objectives/${state.objective?.id}/comments`, {
        body: { kind: 'kudos', body },
      });
      expectStatus(response, 201, 'POST a comment');
      expectShape('createComment', json);
      if ((json as { body: string }).body !== body) fail('the comment text came back changed');
      return undefined;
    },
  },
  {
    id: 'events',
    name: `GET ${EVENTS_PATH} answers with an event stream`,
    routes: ['events'],
    run: async ({ expectStatus, fetchImpl, base, options }) => {
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
    },
  },
  {
    id: 'rhythm.policies',
    name: 'cadence policies: set with defaults filled in, listed, refused with the path to a bad field, removed',
    routes: ['listCadencePolicies', 'setCadencePolicy', 'deleteCadencePolicy'],
    needs: haveMe,
    run: async ({ request, expectStatus, expectShape, expectProblem, state }) => {
      const me = state.me?.id as string;
      const path = `/cadence-policies/${encodeURIComponent(me)}`;
      const before = await request('GET', '/cadence-policies');
      expectStatus(before.response, 200, 'GET /cadence-policies');
      expectShape('listCadencePolicies', before.json);
      const previous = (before.json as { items: { scopeOwnerId: string }[] }).items.find((p) => p.scopeOwnerId === me);
      const bad = await request('PUT', path, {
        body: { frequency: 'weekly', weekday: 'monday', localTime: '09:00', timeZone: 'Mars/Olympus_Mons' },
      });
      expectStatus(bad.response, 422, `PUT ${path} with an unknown time zone`);
      expectProblem(bad.response, bad.json);
      if (!((bad.json as { errors?: { path: string }[] }).errors ?? []).some((e) => e.path === 'timeZone'))
        fail('errors[] does not name the path "timeZone"');
      const set = await request('PUT', path, {
        body: { frequency: 'biweekly', weekday: 'tuesday', localTime: '10:30', timeZone: 'America/New_York' },
      });
      expectStatus(set.response, 200, `PUT ${path}`);
      expectShape('setCadencePolicy', set.json);
      const policy = set.json as { scopeOwnerId: string; graceDays: number; inherit: string };
      if (policy.scopeOwnerId !== me) fail(`the policy's scopeOwnerId is ${policy.scopeOwnerId}, not ${me}`);
      const listed = await request('GET', '/cadence-policies');
      if (
        !(listed.json as { items: { scopeOwnerId: string; weekday: string }[] }).items.some(
          (p) => p.scopeOwnerId === me && p.weekday === 'tuesday',
        )
      )
        fail('GET /cadence-policies does not list the policy just set');
      if (previous) {
        const { scopeOwnerId: _, ...body } = previous;
        expectStatus((await request('PUT', path, { body })).response, 200, `PUT ${path} (restoring the policy)`);
      } else {
        expectStatus((await request('DELETE', path)).response, 204, `DELETE ${path}`);
        const after = await request('GET', '/cadence-policies');
        if ((after.json as { items: { scopeOwnerId: string }[] }).items.some((p) => p.scopeOwnerId === me))
          fail('the policy is still listed after DELETE');
      }
      return undefined;
    },
  },
  {
    id: 'rhythm.due',
    name: 'GET /check-ins/due lists only check-ins the caller owes',
    routes: ['listDueCheckIns'],
    needs: haveMe,
    run: async ({ request, expectStatus, expectShape, state }) => {
      const { response, json } = await request('GET', '/check-ins/due');
      expectStatus(response, 200, 'GET /check-ins/due');
      expectShape('listDueCheckIns', json);
      const other = (json as { items: { recipientId: string | null }[] }).items.find(
        (d) => d.recipientId !== state.me?.id,
      );
      if (other) fail(`an item is owed by ${other.recipientId}, not the caller`);
      return undefined;
    },
  },
  {
    id: 'rhythm.digest',
    name: 'GET /digest tells the caller’s last seven days by default, refuses days out of order (400 at "to"), 404 for an unknown owner',
    routes: ['getDigest'],
    needs: haveMe,
    run: async ({ request, expectStatus, expectShape, expectProblem, state }) => {
      const { response, json } = await request('GET', '/digest');
      expectStatus(response, 200, 'GET /digest');
      expectShape('getDigest', json);
      const digest = json as { ownerId: string; ownerIds: string[]; from: string; to: string };
      if (digest.ownerId !== state.me?.id) fail(`the digest is of ${digest.ownerId}, not the caller`);
      if (!digest.ownerIds.includes(digest.ownerId)) fail('ownerIds does not hold the owner itself');
      const days = (Date.parse(digest.to) - Date.parse(digest.from)) / 86_400_000;
      if (days !== 6) fail(`the default digest covers ${days + 1} days, not 7 (${digest.from}..${digest.to})`);
      const backwards = await request('GET', '/digest?from=2026-01-10&to=2026-01-01');
      expectStatus(backwards.response, 400, 'GET /digest with to before from');
      expectProblem(backwards.response, backwards.json);
      if (!((backwards.json as { errors?: { path: string }[] }).errors ?? []).some((e) => e.path === 'to'))
        fail('errors[] does not name the path "to"');
      const unknown = await request('GET', '/digest?owner=conformance-nobody');
      expectStatus(unknown.response, 404, 'GET /digest?owner=conformance-nobody');
      return undefined;
    },
  },
  {
    id: 'webhooks.lifecycle',
    name: 'webhooks: created with a whsec_ secret shown once, listed without it, a deliveries log, deleted',
    routes: ['createWebhook', 'listWebhooks', 'listWebhookDeliveries', 'deleteWebhook'],
    needs: haveMe,
    run: async ({ request, expectStatus, expectShape, expectProblem }) => {
      const bad = await request('POST', '/webhooks', {
        body: { url: 'ftp://example.invalid/goalkit', events: ['check-in.created'] },
      });
      expectStatus(bad.response, 422, 'POST /webhooks with an ftp: URL');
      expectProblem(bad.response, bad.json);
      if (!((bad.json as { errors?: { path: string }[] }).errors ?? []).some((e) => e.path === 'url'))
        fail('errors[] does not name the path "url"');
      const created = await request('POST', '/webhooks', {
        body: { url: 'https://example.invalid/goalkit-conformance', events: ['check-in.created'] },
      });
      expectStatus(created.response, 201, 'POST /webhooks');
      expectShape('createWebhook', created.json);
      const { id, secret } = created.json as { id: string; secret: string };
      if (!/^whsec_[A-Za-z0-9+/]+=*$/.test(secret)) fail('the secret is not whsec_ followed by base64');
      const path = `/webhooks/${encodeURIComponent(id)}`;
      try {
        const listed = await request('GET', '/webhooks');
        expectStatus(listed.response, 200, 'GET /webhooks');
        expectShape('listWebhooks', listed.json);
        if (!(listed.json as { items: { id: string }[] }).items.some((w) => w.id === id))
          fail('GET /webhooks does not list the webhook just created');
        if (listed.text.includes(secret) || listed.text.includes('"secret"'))
          fail('GET /webhooks shows a secret: it is shown only once, by POST /webhooks');
        const deliveries = await request('GET', `${path}/deliveries`);
        expectStatus(deliveries.response, 200, `GET ${path}/deliveries`);
        expectShape('listWebhookDeliveries', deliveries.json);
      } finally {
        expectStatus((await request('DELETE', path)).response, 204, `DELETE ${path}`);
      }
      expectStatus((await request('GET', `${path}/deliveries`)).response, 404, `GET ${path}/deliveries after DELETE`);
      return undefined;
    },
  },
  {
    id: 'webhooks.rotation',
    name: 'webhooks take the rhythm’s events, and rotate a secret: a new one shown once, the old one signing for the overlap',
    routes: ['createWebhook', 'rotateWebhookSecret', 'listWebhooks', 'deleteWebhook'],
    needs: haveMe,
    run: async ({ request, expectStatus, expectShape, expectProblem }) => {
      const created = await request('POST', '/webhooks', {
        body: {
          url: 'https://example.invalid/goalkit-conformance-rotation',
          events: ['check-in.due', 'check-in.overdue', 'check-in.escalated', 'digest.ready'],
        },
      });
      expectStatus(created.response, 201, 'POST /webhooks for the rhythm’s events');
      const { id, secret } = created.json as { id: string; secret: string };
      const path = `/webhooks/${encodeURIComponent(id)}`;
      try {
        const tooLong = await request('POST', `${path}/rotate-secret`, { body: { overlapHours: 500 } });
        expectStatus(tooLong.response, 422, `POST ${path}/rotate-secret with a 500-hour overlap`);
        expectProblem(tooLong.response, tooLong.json);
        if (!((tooLong.json as { errors?: { path: string }[] }).errors ?? []).some((e) => e.path === 'overlapHours'))
          fail('errors[] does not name the path "overlapHours"');
        const rotated = await request('POST', `${path}/rotate-secret`, { body: { overlapHours: 1 } });
        expectStatus(rotated.response, 200, `POST ${path}/rotate-secret`);
        expectShape('rotateWebhookSecret', rotated.json);
        const next = rotated.json as { secret: string; previousSecretExpiresAt?: string | null };
        if (!/^whsec_[A-Za-z0-9+/]+=*$/.test(next.secret)) fail('the new secret is not whsec_ followed by base64');
        if (next.secret === secret) fail('the rotated secret is the old one');
        if (typeof next.previousSecretExpiresAt !== 'string')
          fail('previousSecretExpiresAt does not say when the old secret stops signing');
        const listed = await request('GET', '/webhooks');
        if (listed.text.includes(next.secret) || listed.text.includes(secret))
          fail('GET /webhooks shows a secret after a rotation');
      } finally {
        expectStatus((await request('DELETE', path)).response, 204, `DELETE ${path}`);
      }
      const gone = await request('POST', `${path}/rotate-secret`, { body: {} });
      expectStatus(gone.response, 404, `POST ${path}/rotate-secret after DELETE`);
      return undefined;
    },
  },
]);

/** Every write checks its precondition; numbers stay finite; the test objective is deleted last. */
export const FINAL_CHECKS: CheckGroup = checkGroup([
  {
    id: 'ifMatch.everyWrite',
    name: 'PATCH and DELETE of objectives and key results need If-Match (428), refuse a stale or weak one (412)',
    routes: ['getObjective', 'updateObjective', 'deleteObjective', 'updateKeyResult', 'deleteKeyResult'],
    needs: haveObjective,
    run: async ({ request, expectStatus, state }) => {
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
  },
  {
    id: 'numbers.finite',
    name: 'numbers beyond ±1e15 are refused with 422 at their path; at ±1e15 every number served is finite',
    routes: ['createCheckIn', 'getObjective', 'listCheckIns', 'getTree'],
    needs: haveObjective,
    run: async ({ request, expectStatus, expectShape, expectProblem, state }) => {
      const kr = state.objective?.keyResults[0];
      if (!kr) fail('the test objective has no key result');
      const { response, json } = await request('POST', `/key-results/${kr.id}/check-ins`, { body: { value: 1e308 } });
      expectStatus(response, [400, 422], 'a check-in of 1e308');
      expectProblem(response, json);
      const errors = (json as { errors?: { path: string }[] }).errors ?? [];
      if (!errors.some((e) => e.path === 'value')) fail('errors[] does not name the path "value"');
      // The largest values the contract takes: the scores, forecasts and roll-ups served from them stay finite
      // (JSON has no Infinity or NaN: a number too large reads as Infinity and breaks the schema).
      for (const value of [1e15, -1e15]) {
        const at = await request('POST', `/key-results/${kr.id}/check-ins`, { body: { value } });
        expectStatus(at.response, 201, `a check-in of ${value}`);
        expectShape('createCheckIn', at.json);
      }
      const after = await request('GET', `/objectives/${state.objective?.id}`);
      expectShape('getObjective', after.json);
      const list = await request('GET', `/key-results/${kr.id}/check-ins`);
      expectShape('listCheckIns', list.json);
      const tree = await request('GET', `/tree?cycle=${state.cycleId}`);
      expectShape('getTree', tree.json);
      return undefined;
    },
  },
  {
    id: 'delete',
    name: 'DELETE with If-Match removes the objective; it is then 404',
    routes: ['getObjective', 'deleteObjective'],
    needs: haveObjective,
    run: async ({ request, expectStatus, state }) => {
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
  },
]);
