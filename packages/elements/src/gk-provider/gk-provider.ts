import {
  applyLiveEvent,
  createClient,
  type GoalkitClient,
  goalkitMutations,
  goalkitQueries,
  type LiveEvent,
} from '@goalkit/client';
import { liveEventSchema } from '@goalkit/client/contract';
import { lazyPart } from '@goalkit/core/connect';
import { ContextProvider } from '@lit/context';
import { QueryClient } from '@tanstack/query-core';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { type GoalkitContextValue, goalkitContext } from '../context.js';
import { GkUnauthorizedEvent } from '../events.js';

/** A live-event subscriber, such as `createLiveEvents()` returns. */
export interface LiveEventSource {
  on(type: '*', listener: (event: LiveEvent) => void): () => void;
}

type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

/**
 * The `GET /events` connection, a file of its own in the embed bundle (goalkit-live.js), loaded when a
 * provider goes `live`: pages without live updates never download it. Events are checked with the
 * contract's schema, which every page has already.
 */
const liveStream = lazyPart(() => import('@goalkit/client/live'));

/**
 * @tag gk-provider
 * @summary Shares one goalkit client and one query cache with every `gk-*` element inside it.
 *
 * Connected widgets inside find it through the context protocol (`@lit/context`). The bearer token
 * is set by script (`getToken` or `token`) and never appears in the DOM.
 *
 * Until the page sets `getToken` or `token` (or says `auth="none"`), the widgets' requests wait and the
 * widgets show "Loading…": a page script that runs after goalkit.js causes no 401. When `getToken`
 * returns nothing, requests wait for the next time `getToken` or `token` is set. After a 401 the provider
 * fires `gk-unauthorized`, sends that token no more, and sends the refused requests again, with the next
 * token `getToken` returns once `getToken` or `token` is set again: the widgets show "Loading…" meanwhile,
 * never an error.
 *
 * @event {GkUnauthorizedEvent} gk-unauthorized - The server refused the token (401); set a fresh one.
 * @slot - The page content with connected `gk-*` widgets.
 */
export class GkProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    baseUrl: { attribute: 'base-url' },
    locale: {},
    live: { type: Boolean },
    assist: { type: Boolean },
    auth: {},
    // Setting a getter or a token counts every time, the same one again too: it says credentials are there now.
    getToken: { attribute: false, hasChanged: Boolean },
    token: { attribute: false, hasChanged: Boolean },
    client: { attribute: false },
    queryClient: { attribute: false },
    liveEvents: { attribute: false },
    fetch: { attribute: false },
  };

  /** Where the goalkit API lives, such as `https://hr.example.com/api/goalkit`. */
  declare baseUrl: string | undefined;
  /** BCP 47 locale for every widget inside (a widget's own `locale` wins). @default 'en' */
  declare locale: string;
  /** Subscribe to `GET /events` and refresh exactly what each event affects. @default false */
  declare live: boolean;
  /**
   * AI assistance: the widgets inside ask the server once which tasks it offers (`GET /assist`) and show the
   * assist actions it offers ("Suggest a SMART rewrite", "Summarise"); none when it has no provider. Off,
   * they never ask. @default false
   */
  declare assist: boolean;
  /**
   * `none`: the widgets' requests go out without waiting for a token (a same-origin proxy or a cookie
   * signs them in). Otherwise they wait until `getToken` or `token` is set.
   */
  declare auth: 'none' | undefined;

  /**
   * Returns the bearer token for each request. A property only: a token never belongs in an attribute.
   * Setting it (again) tells the provider the credentials are there: requests waiting for them go out.
   */
  declare getToken: TokenGetter | undefined;
  /** A fixed bearer token, set by script; `getToken` wins when both are set. */
  declare token: string | undefined;
  /** A client you made with `createClient()`; `base-url` and the token are then not used. */
  declare client: GoalkitClient | undefined;
  /** A query cache to share with the host app. @default one new `QueryClient` per provider */
  declare queryClient: QueryClient | undefined;
  /** A live-event subscriber you own (as `createLiveEvents()` returns); used instead of `live`. */
  declare liveEvents: LiveEventSource | undefined;
  /** The `fetch` the built client and live events use (a proxy's, or a test's). @default globalThis.fetch */
  declare fetch: typeof globalThis.fetch | undefined;

  #provider = new ContextProvider(this, { context: goalkitContext });
  #ownQueryClient = new QueryClient();
  #builtClient: GoalkitClient | undefined;
  #builtFrom: unknown[] | undefined;
  #mounted: QueryClient | undefined;
  #stopLive: (() => void) | undefined;
  #liveKey: unknown;
  #liveCache: QueryClient | undefined;
  /** The token the server refused last: never sent again. */
  #refused: string | undefined;
  /** Resolves the next time credentials are set. */
  #credentials!: Promise<void>;
  #wake!: () => void;

  constructor() {
    super();
    this.locale = 'en';
    this.live = false;
    this.assist = false;
    this.#awaitCredentials();
  }

  /** The value the widgets inside currently see. */
  get context(): GoalkitContextValue | undefined {
    return this.#provider.value;
  }

  override connectedCallback(): void {
    // Provide before the children connect (they ask as they upgrade, which can precede our first render).
    this.#sync();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLive?.();
    this.#stopLive = undefined;
    this.#liveKey = undefined;
    this.#liveCache = undefined;
    this.#mounted?.unmount();
    this.#mounted = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('getToken') || changed.has('token') || changed.has('auth')) {
      this.#wake();
      this.#awaitCredentials();
    }
    this.#sync();
  }

  #clientNow(): GoalkitClient | undefined {
    if (this.client) return this.client;
    if (!this.baseUrl) return undefined;
    const from = [this.baseUrl, this.locale, this.fetch];
    if (!this.#builtFrom?.every((v, i) => v === from[i]) || !this.#builtClient) {
      this.#builtFrom = from;
      this.#builtClient = createClient({
        baseUrl: this.baseUrl,
        getToken: () => this.#token(),
        ...(this.locale ? { locale: this.locale } : {}),
        fetch: this.#fetch,
      });
    }
    return this.#builtClient;
  }

  #sync(): void {
    const client = this.#clientNow();
    const queryClient = this.queryClient ?? this.#ownQueryClient;
    if (this.isConnected && this.#mounted !== queryClient) {
      this.#mounted?.unmount();
      queryClient.mount();
      this.#mounted = queryClient;
    }
    const current = this.#provider.value;
    if (!client) {
      if (current) this.#provider.setValue(undefined);
    } else if (
      current?.client !== client ||
      current.queryClient !== queryClient ||
      current.locale !== this.locale ||
      (current.assist ?? false) !== this.assist
    ) {
      this.#provider.setValue({
        client,
        queryClient,
        locale: this.locale,
        queries: goalkitQueries(client),
        mutations: goalkitMutations(client, queryClient),
        ...(this.assist ? { assist: true } : {}),
      });
    }
    this.#syncLive(client, queryClient);
  }

  #syncLive(client: GoalkitClient | undefined, queryClient: QueryClient): void {
    const own = this.live && client ? client.baseUrl : undefined;
    const key = this.isConnected ? (this.liveEvents ?? own) : undefined;
    if (key === this.#liveKey && queryClient === this.#liveCache) return;
    this.#stopLive?.();
    this.#stopLive = undefined;
    this.#liveKey = key;
    this.#liveCache = queryClient;
    if (key === undefined) return;
    const apply = (event: LiveEvent) => applyLiveEvent(queryClient, event);
    if (this.liveEvents) {
      this.#stopLive = this.liveEvents.on('*', apply);
      return;
    }
    // Until the connection code is there, stopping only means "do not start": a disconnect, or a change
    // of base-url, live or cache in the meantime, must not open a connection with the old settings.
    let stopped = false;
    const stop = () => {
      stopped = true;
    };
    this.#stopLive = stop;
    liveStream
      .load()
      .then(({ createLiveEventStream }) => {
        if (stopped) return;
        const events = createLiveEventStream(
          { baseUrl: String(key), getToken: () => this.#token(), fetch: this.#fetch },
          liveEventSchema,
        );
        const off = events.on('*', apply);
        this.#stopLive = () => {
          off();
          events.close();
        };
      })
      .catch(() => {
        // The widgets work on without live updates; the next update or reconnect of the provider tries again.
        if (stopped) return;
        this.#stopLive = undefined;
        this.#liveKey = undefined;
      });
  }

  #awaitCredentials(): void {
    this.#credentials = new Promise((resolve) => {
      this.#wake = resolve;
    });
  }

  /** The token for the next request: waits until the page has set credentials the server has not refused. */
  async #token(): Promise<string | null | undefined> {
    for (;;) {
      const token = this.getToken ? await this.getToken() : this.token;
      if (this.client || this.auth === 'none' || (token && token !== this.#refused)) return token;
      await this.#credentials;
    }
  }

  /**
   * The page's `fetch`. A 401 marks the token refused and waits for another one, then sends the request
   * again with it. The client's per-attempt timeout may end the wait first: the client or the query layer
   * then tries again, and that attempt waits for the token before it sends anything.
   */
  #fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await (this.fetch ?? globalThis.fetch)(input, init);
    const headers = new Headers(init?.headers);
    const sent = headers.get('authorization')?.slice(7);
    if (response.status !== 401 || !sent || this.client || this.auth === 'none') return response;
    if (sent !== this.#refused) {
      this.#refused = sent;
      this.dispatchEvent(new GkUnauthorizedEvent());
    }
    const signal = init?.signal;
    const token = await new Promise((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      this.#token().then(resolve, reject);
    });
    headers.set('authorization', `Bearer ${token}`);
    return this.#fetch(input, { ...init, headers });
  };

  override render() {
    return html`<slot></slot>`;
  }
}
