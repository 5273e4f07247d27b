/// <reference types="vite/client" />
import {
  createClient,
  type GoalkitClient,
  type Objective,
  type ObjectivePatch,
  type Person,
  type Route,
  type RouteName,
} from '@goalkit/client';
import { routes } from '@goalkit/client/contract';
import { createFakeProvider } from '@goalkit/core/assist';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { createApp } from '../apps/server/src/app.ts';
import { sqliteEngine } from '../apps/server/src/db/engine.ts';
import { openMemoryDatabase } from '../apps/server/src/db/memoryDatabase.ts';
import { seedFixture } from '../apps/server/src/seed/seedFixture.ts';
import { GoalStore } from '../apps/server/src/store.ts';
import { storyOrganisation } from './organisation.ts';

/**
 * The stories' goalkit API: the reference server's own app (`createApp`, every route, every rule)
 * running in the browser tab over an in-memory database (SQLite in WebAssembly, sql.js), seeded with
 * the stories' organisation and signed in as Dana, an admin. Nothing leaves the tab. Around it, what a
 * story needs to show a state: latency, a backend that never answers or always fails, one failing
 * request, an edit made elsewhere.
 */
export interface StoryBackendOptions {
  /** `live` answers; `loading` never answers; `error` answers every request with a 503. @default 'live' */
  mode?: 'live' | 'loading' | 'error';
  /** Delay of each reply in ms, so pending and optimistic states can be seen. @default 150 */
  latencyMs?: number;
  /** Start the organisation empty (people and cycles, no objectives). @default false */
  empty?: boolean;
  /**
   * AI assistance: the server runs with core's deterministic fake provider (`createFakeProvider`), and the
   * story's providers ask it (`assist`), so the widgets show their assist actions. @default false
   */
  assist?: boolean;
}

export interface StoryBackend {
  /** The `fetch` to hand to `createClient` or `<gk-provider>`. */
  readonly fetch: typeof globalThis.fetch;
  /** A client bound to it (no retries, so error states show at once). */
  readonly client: GoalkitClient;
  /** Where the client sends requests (never resolved: nothing leaves the tab). */
  readonly baseUrl: string;
  /** The organisation as it is now, as Dana sees it. */
  readonly objectives: { get(id: string): Promise<Objective | undefined> };
  /** Every request served, for interaction tests that want to check what was sent. */
  readonly requests: readonly { route: RouteName; method: string; url: string; body: unknown }[];
  /** Someone else edits the objective (its version goes up), so the next save with the old version conflicts. */
  editElsewhere(objectiveId: string, patch?: ObjectivePatch): Promise<void>;
  /** The next request to `route` fails with `status` (then the backend behaves again). */
  failNext(route: RouteName, status?: number): void;
}

export const STORY_BASE_URL = 'https://goalkit.invalid/api';
/** The backend's "today": scores, expected pace and relative times are computed as of this day. */
export const STORY_TODAY = '2026-02-15';
const TOKEN = 'story-token-for-dana';

let sqlJs: SqlJsStatic | undefined;
/** Load SQLite's WebAssembly once per tab (the preview's loader awaits it before the first story). */
export async function loadStoryDatabase(): Promise<void> {
  sqlJs ??= await initSqlJs({ locateFile: () => wasmUrl });
}

const compiled = (Object.entries(routes) as [RouteName, Route][]).map(([name, route]) => ({
  name,
  method: route.method,
  pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, '[^/]+')}$`),
}));

const problem = (status: number, title: string, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

/** A fresh organisation and the `fetch` that serves it. Each story gets its own, so stories never share state. */
export function createStoryBackend(options: StoryBackendOptions = {}): StoryBackend {
  if (!sqlJs) throw new Error('Call loadStoryDatabase() before createStoryBackend().');
  const mode = options.mode ?? 'live';
  const latencyMs = options.latencyMs ?? 150;
  const db = openMemoryDatabase(sqlJs);
  seedFixture(
    db,
    options.empty ? { ...storyOrganisation, objectives: [], comments: [], revisions: [] } : storyOrganisation,
  );
  // The rhythm: Acme checks in every Monday at 09:00 UTC (the connected check-in inbox lists what Dana owes).
  db.prepare('INSERT INTO cadence_policies (owner_id, data, updated_at, updated_by) VALUES (?, ?, ?, ?)').run(
    'acme',
    JSON.stringify({
      scopeOwnerId: 'acme',
      frequency: 'weekly',
      weekday: 'monday',
      localTime: '09:00',
      timeZone: 'UTC',
      skipIfCheckedInWithinDays: 0,
      graceDays: 2,
      escalateTo: 'manager',
      inherit: 'default',
    }),
    `${STORY_TODAY}T00:00:00Z`,
    null,
  );
  const store = new GoalStore(sqliteEngine(db), { now: () => new Date(`${STORY_TODAY}T09:00:00Z`) });
  const { app } = createApp({
    store,
    tokens: { personIdOf: (token) => (token === TOKEN ? 'dana' : undefined), credentialOf: (token) => token },
    rateLimit: false,
    authFailureLimit: false,
    ...(options.assist ? { assist: createFakeProvider() } : {}),
  });
  const dana: Person = {
    id: 'dana',
    name: 'Dana Okafor',
    email: 'dana@acme.example',
    role: 'admin',
    teamId: 'growth',
    managerId: null,
  };
  const requests: StoryBackend['requests'][number][] = [];
  const failures = new Map<RouteName, number>();
  const apiPath = new URL(STORY_BASE_URL).pathname;

  const delay = (signal: AbortSignal | null | undefined) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, latencyMs);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The request was aborted', 'AbortError'));
      });
    });

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(input, init);
    if (mode === 'loading') return new Promise<Response>(() => {});
    await delay(request.signal);
    // Retry-After: 0 lets the query layer's retries run at once, so the error state shows quickly.
    if (mode === 'error')
      return problem(503, 'Service Unavailable', 'The story backend is in error mode.', { 'retry-after': '0' });
    const url = new URL(request.url);
    const path = url.pathname.slice(apiPath.length);
    const route = compiled.find((c) => c.method === request.method && c.pattern.test(path))?.name;
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    if (route)
      requests.push({
        route,
        method: request.method,
        url: url.href,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      });
    const failure = route && failures.get(route);
    if (route && failure) {
      failures.delete(route);
      return problem(
        failure,
        failure === 412 ? 'Precondition Failed' : 'Service Unavailable',
        'A failure the story asked for.',
      );
    }
    const headers = new Headers(request.headers);
    headers.set('authorization', `Bearer ${TOKEN}`);
    return app.fetch(
      new Request(`http://goalkit.story${path}${url.search}`, {
        method: request.method,
        headers,
        ...(text ? { body: text } : {}),
      }),
    );
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    client: createClient({ baseUrl: STORY_BASE_URL, fetch: fetch as typeof globalThis.fetch, retry: false }),
    baseUrl: STORY_BASE_URL,
    objectives: {
      get: (id) => store.getObjective(dana, id).catch(() => undefined),
    },
    requests,
    async editElsewhere(objectiveId, patch = { description: 'Edited in another tab.' }) {
      await store.updateObjective(dana, objectiveId, patch, '*');
    },
    failNext(route, status = 503) {
      failures.set(route, status);
    },
  };
}

/** The story's backend, from a `play` function's `loaded` (the preview's loader puts it there). */
export const backendOf = (loaded: Record<string, unknown>): StoryBackend => loaded.backend as StoryBackend;
