import type { KeyResult, Objective } from '../src/index.js';

const now = '2026-02-15T10:00:00Z';

export function keyResultFixture(overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'kr1',
    objectiveId: 'o1',
    title: 'Raise week-1 activation from 20% to 35%',
    type: 'increase',
    start: 20,
    target: 35,
    unit: '%',
    current: 27,
    weight: 2,
    due: '2026-03-31',
    version: 3,
    lastCheckInAt: '2026-02-10T09:00:00Z',
    updatedAt: now,
    score: { progress: 0.4667, raw: 0.4667, expected: 0.5056, status: 'on-track', confidence: 0.7, hasData: true },
    ...overrides,
  };
}

export function objectiveFixture(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'o1',
    title: 'Make onboarding effortless for new customers',
    ownerId: 'growth',
    cycleId: '2026-Q1',
    parentId: 'o0',
    alignment: 'contributes',
    weight: 1,
    rollup: 'key-results',
    visibility: 'public',
    state: 'active',
    grade: null,
    version: 7,
    createdAt: '2026-01-02T08:00:00Z',
    updatedAt: now,
    score: { progress: 0.4667, expected: 0.5056, status: 'on-track', confidence: 0.7, hasData: true },
    allowedTransitions: ['close'],
    keyResults: [keyResultFixture()],
    ...overrides,
  };
}

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

type Reply = Response | Error | ((call: RecordedCall, signal: AbortSignal | undefined) => Response | Promise<Response>);

/** A `fetch` that answers from a script, one reply per call, and records every call. Nothing is mocked. */
export function scriptedFetch(...replies: Reply[]) {
  const calls: RecordedCall[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call: RecordedCall = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (reply === undefined) throw new Error('scriptedFetch: no reply scripted');
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(call, init?.signal ?? undefined);
    return reply.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const problem = (status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: `Status ${status}`, status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

/** A fetch reply that never comes until the request is aborted. */
export const hang = (_call: RecordedCall, signal: AbortSignal | undefined) =>
  new Promise<Response>((_, reject) => {
    if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
  });
