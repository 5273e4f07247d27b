import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { hang, json, keyResultFixture, objectiveFixture, problem, scriptedFetch } from '../test/fixtures.js';
import {
  AbortError,
  ConflictError,
  createClient,
  HttpError,
  NetworkError,
  type Objective,
  type Page,
  type Person,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
} from './index.js';

const base = 'https://hr.example.com/api/goalkit/';
const noJitter = () => 0;

afterEach(() => {
  vi.useRealTimers();
});

describe('createClient: requests', () => {
  it('sends the bearer token in a header, never in the URL, and returns the validated reply', async () => {
    const { fetch, calls } = scriptedFetch(json(objectiveFixture()));
    const client = createClient({ baseUrl: base, fetch, getToken: async () => 'secret-token', locale: 'de' });
    const objective = await client.objectives.get('o 1/x');
    expect(objective.score.status).toBe('on-track');
    expect(calls[0]?.url).toBe('https://hr.example.com/api/goalkit/objectives/o%201%2Fx');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer secret-token');
    expect(calls[0]?.headers.get('accept-language')).toBe('de');
    expect(calls[0]?.url).not.toContain('secret-token');
    expect(calls[0]?.headers.get('idempotency-key')).toBeNull();
  });

  it('builds list queries and leaves out empty parameters', async () => {
    const { fetch, calls } = scriptedFetch(json({ items: [objectiveFixture()], nextCursor: 'c2' }));
    const client = createClient({ baseUrl: base, fetch });
    const page = await client.objectives.list({ cycle: '2026-Q1', q: '', limit: 20 });
    expect(page.nextCursor).toBe('c2');
    expect(new URL(calls[0]?.url ?? '').search).toBe('?cycle=2026-Q1&limit=20');
  });

  it('rejects an invalid request before sending it, naming each bad field', async () => {
    const { fetch, calls } = scriptedFetch(json({}));
    const client = createClient({ baseUrl: base, fetch });
    const error = await client.checkIns.create('kr1', { value: 27, confidence: 1.4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([{ path: 'confidence', message: 'must be at most 1' }]);
    expect(calls).toHaveLength(0);
    await expect(client.objectives.list({ limit: 500 })).rejects.toThrow(/limit must be a whole number from 1 to 200/);
  });

  it('refuses a reply that breaks the contract, naming the path and the route', async () => {
    const broken = objectiveFixture();
    (broken.keyResults[0] as { score: { progress: unknown } }).score.progress = 'lots';
    const { fetch } = scriptedFetch(json(broken));
    const client = createClient({ baseUrl: base, fetch });
    const error = await client.objectives.get('o1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).message).toContain('GET /objectives/{id}');
    expect((error as ResponseValidationError).problems[0]?.path).toBe('keyResults[0].score.progress');
  });

  it('turns a 422 problem into a ValidationError with the server’s paths', async () => {
    const { fetch } = scriptedFetch(
      problem(422, { errors: [{ path: 'keyResults[0].target', message: 'must be above start' }] }),
    );
    const client = createClient({ baseUrl: base, fetch });
    const error = await client.objectives
      .create({ title: 'Grow', ownerId: 'ana', cycleId: '2026-Q1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { path: 'keyResults[0].target', message: 'must be above start' },
    ]);
    expect((error as ValidationError).status).toBe(422);
  });
});

describe('createClient: versions and conflicts', () => {
  it('sends If-Match with the edited version and reports a stale one as a ConflictError with the current version', async () => {
    const { fetch, calls } = scriptedFetch(problem(412, { currentVersion: 9, detail: 'changed by Ben' }));
    const client = createClient({ baseUrl: base, fetch });
    const error = await client.objectives.update('o1', { title: 'New title' }, { version: 7 }).catch((e: unknown) => e);
    expect(calls[0]?.headers.get('if-match')).toBe('"7"');
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).status).toBe(412);
    expect((error as ConflictError).currentVersion).toBe(9);
    expect(calls).toHaveLength(1);
  });

  it('reports an illegal transition with the transitions allowed from here', async () => {
    const { fetch } = scriptedFetch(problem(409, { allowedTransitions: ['propose'] }));
    const client = createClient({ baseUrl: base, fetch });
    const error = (await client.objectives
      .transition('o1', { action: 'approve' })
      .catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.problem.allowedTransitions).toEqual(['propose']);
  });
});

describe('createClient: retries', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i and succeeds', async (status) => {
    const { fetch, calls } = scriptedFetch(problem(status), json(objectiveFixture()));
    const client = createClient({ baseUrl: base, fetch, random: noJitter });
    await expect(client.objectives.get('o1')).resolves.toMatchObject({ id: 'o1' });
    expect(calls).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 412, 422])('never retries %i', async (status) => {
    const { fetch, calls } = scriptedFetch(problem(status), json(objectiveFixture()));
    const client = createClient({ baseUrl: base, fetch, random: noJitter });
    await expect(client.objectives.get('o1')).rejects.toBeInstanceOf(HttpError);
    expect(calls).toHaveLength(1);
  });

  it('gives up after two retries with the last error', async () => {
    const { fetch, calls } = scriptedFetch(problem(503));
    const client = createClient({ baseUrl: base, fetch, random: noJitter });
    const error = (await client.objectives.get('o1').catch((e: unknown) => e)) as HttpError;
    expect(error.status).toBe(503);
    expect(calls).toHaveLength(3);
  });

  it('reuses one idempotency key across the retries of a check-in, and a new one for the next check-in', async () => {
    const result = { checkIn: checkInFixture(), keyResult: keyResultFixture(), objective: objectiveFixture() };
    const { fetch, calls } = scriptedFetch(new TypeError('fetch failed'), problem(502), json(result, 201));
    const client = createClient({ baseUrl: base, fetch, random: noJitter });
    await client.checkIns.create('kr1', { value: 28, confidence: 0.7 });
    const keys = calls.map((c) => c.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    const second = scriptedFetch(json(result, 201));
    await createClient({ baseUrl: base, fetch: second.fetch }).checkIns.create('kr1', { value: 29 });
    expect(second.calls[0]?.headers.get('idempotency-key')).not.toBe(keys[0]);
  });

  it('waits with full jitter between attempts', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = scriptedFetch(problem(503), problem(503), json(objectiveFixture()));
    const client = createClient({ baseUrl: base, fetch, random: () => 0.5 });
    const pending = client.objectives.get('o1');
    await vi.advanceTimersByTimeAsync(149);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ id: 'o1' });
    expect(calls).toHaveLength(3);
  });

  it('honours Retry-After, and gives up at once when it asks for more than a minute', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = scriptedFetch(problem(429, {}, { 'retry-after': '2' }), json(objectiveFixture()));
    const client = createClient({ baseUrl: base, fetch, random: noJitter });
    const pending = client.objectives.get('o1');
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ id: 'o1' });

    const long = scriptedFetch(problem(503, {}, { 'retry-after': '120' }), json(objectiveFixture()));
    const error = await createClient({ baseUrl: base, fetch: long.fetch })
      .objectives.get('o1')
      .catch((e: unknown) => e);
    expect((error as HttpError).retryAfterMs).toBe(120_000);
    expect(long.calls).toHaveLength(1);
  });

  it('stops at once when the caller aborts during the backoff', async () => {
    const { fetch, calls } = scriptedFetch(problem(503, {}, { 'retry-after': '30' }), json(objectiveFixture()));
    const client = createClient({ baseUrl: base, fetch });
    const controller = new AbortController();
    const pending = client.objectives.get('o1', { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const started = Date.now();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(calls).toHaveLength(1);
  });

  it('times out each attempt and retries; a caller abort mid-request is an AbortError, not retried', async () => {
    const { fetch, calls } = scriptedFetch(hang, hang, json(objectiveFixture()));
    const client = createClient({ baseUrl: base, fetch, timeoutMs: 20, random: noJitter });
    await expect(client.objectives.get('o1')).resolves.toMatchObject({ id: 'o1' });
    expect(calls).toHaveLength(3);

    const allHang = scriptedFetch(hang);
    const error = await createClient({ baseUrl: base, fetch: allHang.fetch, timeoutMs: 10, random: noJitter })
      .objectives.get('o1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(allHang.calls).toHaveLength(3);

    const aborted = scriptedFetch(hang);
    const controller = new AbortController();
    const pending = createClient({ baseUrl: base, fetch: aborted.fetch }).objectives.get('o1', {
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(aborted.calls).toHaveLength(1);
  });

  it('reports an unreachable server as a NetworkError after retrying, and honours retry: false', async () => {
    const { fetch, calls } = scriptedFetch(new TypeError('fetch failed'));
    const client = createClient({ baseUrl: base, fetch, random: noJitter });
    await expect(client.me()).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toHaveLength(3);
    await expect(client.me({ retry: false })).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toHaveLength(4);
  });
});

function checkInFixture() {
  return {
    id: 'ci1',
    keyResultId: 'kr1',
    at: '2026-02-15T10:00:00Z',
    value: 28,
    confidence: 0.7,
    note: null,
    authorId: 'ana',
  };
}

describe('reply types', () => {
  it('are read off the endpoint table, never written by hand', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('./createClient.ts', import.meta.url), 'utf8'),
    );
    // `request<Objective>('getObjective', …)` would let the type and the contract drift apart.
    expect(source.match(/\brequest<[^(]*>\(/g) ?? []).toEqual(['request<K extends EndpointName>(']);
    const client = createClient({ baseUrl: 'https://api.test', fetch: async () => json(objectiveFixture()) });
    expectTypeOf(client.objectives.get).returns.resolves.toEqualTypeOf<Objective>();
    expectTypeOf(client.objectives.list).returns.resolves.toEqualTypeOf<Page<Objective>>();
    expectTypeOf(client.me).returns.resolves.toEqualTypeOf<Person>();
    expectTypeOf(client.objectives.delete).returns.resolves.toEqualTypeOf<undefined>();
    expect((await client.objectives.get('o1')).title).toBe(objectiveFixture().title);
  });
});
