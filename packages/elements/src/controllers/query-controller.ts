import {
  type MutateOptions,
  MutationObserver,
  type MutationObserverOptions,
  type MutationObserverResult,
  type QueryClient,
  type QueryKey,
  QueryObserver,
  type QueryObserverOptions,
  type QueryObserverResult,
} from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Each host's queries, for {@link refetchFailed}. */
const hostQueries = new WeakMap<ReactiveControllerHost, QueryController<unknown>[]>();

/**
 * Fetch again every query of `host` that failed: a retry must not leave a failed lookup (such as the
 * owners behind a card's owner name) showing its fallback.
 */
export function refetchFailed(host: ReactiveControllerHost): void {
  for (const query of hostQueries.get(host) ?? []) if (query.result?.isError) query.refetch();
}

/**
 * A query as a reactive controller: a `QueryObserver` over the provider's cache, the way TanStack's
 * lit adapter works. `options()` is read before every render; returning `undefined` (presentational
 * mode, or no provider yet) leaves the query idle. The host re-renders whenever the result changes.
 */
export class QueryController<TData> implements ReactiveController {
  /** The latest result; `undefined` while the query is idle. */
  result: QueryObserverResult<TData, Error> | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #client: () => QueryClient | undefined;
  readonly #options: () => QueryObserverOptions<TData, Error, TData, TData, QueryKey> | undefined;
  #observer: QueryObserver<TData, Error, TData, TData, QueryKey> | undefined;
  #observedClient: QueryClient | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    client: () => QueryClient | undefined,
    options: () => QueryObserverOptions<TData, Error, TData, TData, QueryKey> | undefined,
  ) {
    this.#host = host;
    this.#client = client;
    this.#options = options;
    host.addController(this);
    hostQueries.set(host, [...(hostQueries.get(host) ?? []), this as QueryController<unknown>]);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Fetch again (the retry button of the error state). */
  refetch(): void {
    void this.#observer?.refetch();
  }

  #sync(): void {
    const client = this.#client();
    const options = client && this.#options();
    if (!client || !options) {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#observer = undefined;
      this.result = undefined;
      return;
    }
    const defaulted = client.defaultQueryOptions(options);
    if (!this.#observer || this.#observedClient !== client) {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#observer = new QueryObserver(client, defaulted);
      this.#observedClient = client;
    } else {
      this.#observer.setOptions(defaulted);
    }
    this.result = this.#observer.getOptimisticResult(defaulted);
    if (this.#connected && !this.#unsubscribe) {
      this.#unsubscribe = this.#observer.subscribe((result) => {
        this.result = result;
        this.#host.requestUpdate();
      });
    }
  }
}

/** A mutation as a reactive controller: a `MutationObserver` over the provider's cache. */
export class MutationController<TData, TVariables, TContext = unknown> implements ReactiveController {
  /** The latest mutation state. */
  result: MutationObserverResult<TData, Error, TVariables, TContext> | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #client: () => QueryClient | undefined;
  readonly #options: () => MutationObserverOptions<TData, Error, TVariables, TContext> | undefined;
  #observer: MutationObserver<TData, Error, TVariables, TContext> | undefined;
  #observedClient: QueryClient | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    client: () => QueryClient | undefined,
    options: () => MutationObserverOptions<TData, Error, TVariables, TContext> | undefined,
  ) {
    this.#host = host;
    this.#client = client;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Run the mutation; the callbacks run after the options' own, as with React's `mutate`. */
  mutate(variables: TVariables, callbacks: MutateOptions<TData, Error, TVariables, TContext> = {}): void {
    const client = this.#client();
    const options = client && this.#options();
    if (!client || !options) return;
    if (!this.#observer || this.#observedClient !== client) {
      this.#unsubscribe?.();
      this.#observer = new MutationObserver(client, options);
      this.#observedClient = client;
      this.#unsubscribe = this.#observer.subscribe((result) => {
        this.result = result;
        this.#host.requestUpdate();
      });
    } else {
      this.#observer.setOptions(options);
    }
    // The failure is reported through `callbacks.onError`; the rejected promise has nobody to tell.
    this.#observer.mutate(variables, callbacks).catch(() => undefined);
  }
}
