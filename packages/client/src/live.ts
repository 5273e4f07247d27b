import { EVENTS_PATH } from './contract/eventsPath.js';
import type { LiveEvent, LiveEventType } from './contract/schemas.js';
import { createSseParser } from './sseParser.js';

export interface LiveEventsOptions {
  /** The same base URL as the client's. */
  baseUrl: string;
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  fetch?: typeof fetch;
  /** First reconnect delay in ms; doubles per failure up to `maxDelayMs`, with jitter. @default 1000 */
  minDelayMs?: number;
  /** @default 30000 */
  maxDelayMs?: number;
  random?: () => number;
}

type Listener = (event: LiveEvent) => void;
type StateListener = (state: LiveEventsState) => void;
export type LiveEventsState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/**
 * What checks the data of each event before listeners get it: `liveEventSchema`, or anything with its
 * `safeParse`. Events that fail are dropped.
 */
export interface LiveEventParser {
  safeParse(data: unknown): { readonly success: true; readonly data: LiveEvent } | { readonly success: false };
}

/**
 * The subscriber `createLiveEvents` returns, checking each event with `parser` instead of the contract's
 * schema: `createLiveEventStream(options, liveEventSchema)` is `createLiveEvents(options)`.
 * `@goalkit/client/live` exports it without the schemas, for code that already has them and loads the
 * connection on demand (as `<gk-provider live>` does, so pages without live updates never download it).
 */
export function createLiveEventStream(options: LiveEventsOptions, parser: LiveEventParser) {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const minDelay = options.minDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const listeners = new Map<LiveEventType | '*', Set<Listener>>();
  const stateListeners = new Set<StateListener>();
  let controller: AbortController | undefined;
  let lastEventId: string | undefined;
  let serverRetry: number | undefined;
  let failures = 0;
  let state: LiveEventsState = 'closed';
  let started = false;

  const setState = (next: LiveEventsState) => {
    state = next;
    for (const listener of stateListeners) listener(next);
  };

  const dispatch = (event: LiveEvent) => {
    for (const key of [event.type, '*'] as const) for (const listener of listeners.get(key) ?? []) listener(event);
  };

  async function connectLoop(signal: AbortSignal) {
    while (!signal.aborted) {
      setState(failures === 0 ? 'connecting' : 'reconnecting');
      try {
        const headers = new Headers({ accept: 'text/event-stream' });
        const token = await options.getToken?.();
        if (token) headers.set('authorization', `Bearer ${token}`);
        if (lastEventId) headers.set('last-event-id', lastEventId);
        const response = await fetchImpl(`${options.baseUrl.replace(/\/+$/, '')}${EVENTS_PATH}`, { headers, signal });
        if (!response.ok || !response.body) throw new Error(`GET ${EVENTS_PATH} answered ${response.status}`);
        setState('open');
        failures = 0;
        await readStream(response.body, signal);
      } catch {
        if (signal.aborted) break;
      }
      if (signal.aborted) break;
      failures++;
      const ceiling = Math.min(maxDelay, (serverRetry ?? minDelay) * 2 ** (failures - 1));
      const delay = ceiling / 2 + (random() * ceiling) / 2;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
    }
    setState('closed');
  }

  async function readStream(body: ReadableStream<Uint8Array>, signal: AbortSignal) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = createSseParser(
      (event) => {
        if (event.id !== undefined) lastEventId = event.id;
        deliver(event.event, event.data);
      },
      (ms) => {
        serverRetry = ms;
      },
    );
    signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        parser.feed(decoder.decode());
        parser.end();
      } else parser.feed(decoder.decode(value, { stream: true }));
      if (parser.lastEventId !== undefined) lastEventId = parser.lastEventId;
      if (done) return;
    }
  }

  function deliver(eventName: string, text: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const candidate =
      typeof json === 'object' && json !== null && !('type' in json) ? { ...json, type: eventName } : json;
    const parsed = parser.safeParse(candidate);
    if (parsed.success) dispatch(parsed.data);
  }

  return {
    /** Listen to one event type, or `'*'` for all. Connects on the first listener; returns an unsubscribe function. */
    on(type: LiveEventType | '*', listener: Listener): () => void {
      const set = listeners.get(type) ?? new Set<Listener>();
      listeners.set(type, set);
      set.add(listener);
      if (!started) this.open();
      return () => set.delete(listener);
    },
    /** Be told when the connection opens, drops or closes. */
    onState(listener: StateListener): () => void {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    get state() {
      return state;
    },
    /** The id of the last event received, sent as `Last-Event-ID` when reconnecting. */
    get lastEventId() {
      return lastEventId;
    },
    open() {
      if (started) return;
      started = true;
      controller = new AbortController();
      void connectLoop(controller.signal);
    },
    close() {
      started = false;
      controller?.abort();
      controller = undefined;
    },
  };
}

export type LiveEvents = ReturnType<typeof createLiveEventStream>;
