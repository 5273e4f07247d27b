'use client';
import { applyLiveEvent, type GoalkitClient, goalkitMutations, goalkitQueries, type LiveEvent } from '@goalkit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { GoalkitContext, type GoalkitContextValue } from './GoalkitContext.js';

/** Props of {@link GoalkitProvider}. */
export interface GoalkitProviderProps {
  /** The API client every connected widget below uses (`createClient({ baseUrl, getToken })`). */
  readonly client: GoalkitClient;
  /** The query cache to share with the host app. @default a new `QueryClient` per provider */
  readonly queryClient?: QueryClient | undefined;
  /** BCP 47 locale for every widget below (widgets may override it). @default 'en' */
  readonly locale?: string | undefined;
  /**
   * Live updates: a subscriber from `createLiveEvents()`. Each event refreshes exactly the queries it
   * affects (`applyLiveEvent`). The caller owns its connection.
   */
  readonly liveEvents?: { on(type: '*', listener: (event: LiveEvent) => void): () => void } | undefined;
  readonly children?: ReactNode;
}

/** Shares one goalkit client, one query cache and a locale with every hook and connected widget inside it. */
export function GoalkitProvider({ client, queryClient, locale = 'en', liveEvents, children }: GoalkitProviderProps) {
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient());
  const cache = queryClient ?? ownQueryClient;
  const value = useMemo<GoalkitContextValue>(
    () => ({
      client,
      queryClient: cache,
      locale,
      queries: goalkitQueries(client),
      mutations: goalkitMutations(client, cache),
    }),
    [client, cache, locale],
  );
  useEffect(() => liveEvents?.on('*', (event) => applyLiveEvent(cache, event)), [liveEvents, cache]);
  return (
    <QueryClientProvider client={cache}>
      <GoalkitContext.Provider value={value}>{children}</GoalkitContext.Provider>
    </QueryClientProvider>
  );
}
