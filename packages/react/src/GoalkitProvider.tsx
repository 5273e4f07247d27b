'use client';
import { applyLiveEvent, type GoalkitClient, goalkitMutations, goalkitQueries, type LiveEvent } from '@goalkit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
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
  /**
   * The widgets' colour scheme: `light`, `dark`, or `auto` (the operating system's). Left out, they follow the
   * host page's `color-scheme` (light when the page says nothing). A `data-gk-theme` attribute on an ancestor
   * does the same without a provider.
   */
  readonly colorScheme?: 'light' | 'dark' | 'auto' | undefined;
  /**
   * AI assistance: the connected widgets ask the server once which tasks it offers (`GET /assist`) and show
   * the assist actions it offers ("Suggest a SMART rewrite", "Summarise"); none when it has no provider.
   * Off, they never ask. @default false
   */
  readonly assist?: boolean | undefined;
  readonly children?: ReactNode;
}

/** The scheme a page's `color-scheme` asks for: `dark`, both (`auto`), or light when it says nothing. */
function pageColorScheme(): 'light' | 'dark' | 'auto' {
  const words = getComputedStyle(document.documentElement).colorScheme.split(/\s+/);
  if (words.includes('dark')) return words.includes('light') ? 'auto' : 'dark';
  return 'light';
}

/** Shares one goalkit client, one query cache and a locale with every hook and connected widget inside it. */
export function GoalkitProvider({
  client,
  queryClient,
  locale = 'en',
  liveEvents,
  colorScheme,
  assist = false,
  children,
}: GoalkitProviderProps) {
  // Without the prop, a `data-gk-theme` above decides; else the page's `color-scheme`, read once mounted so the
  // server's HTML and the first render agree.
  const box = useRef<HTMLDivElement>(null);
  const [pageScheme, setPageScheme] = useState<'light' | 'dark' | 'auto' | undefined>(undefined);
  useEffect(() => {
    if (colorScheme !== undefined) return;
    const above = box.current?.parentElement?.closest('[data-gk-theme]');
    setPageScheme(above ? undefined : pageColorScheme());
  }, [colorScheme]);
  const scheme = colorScheme ?? pageScheme;
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient());
  const cache = queryClient ?? ownQueryClient;
  const value = useMemo<GoalkitContextValue>(
    () => ({
      client,
      queryClient: cache,
      locale,
      queries: goalkitQueries(client),
      mutations: goalkitMutations(client, cache),
      ...(assist ? { assist } : {}),
    }),
    [client, cache, locale, assist],
  );
  useEffect(() => liveEvents?.on('*', (event) => applyLiveEvent(cache, event)), [liveEvents, cache]);
  return (
    <QueryClientProvider client={cache}>
      <GoalkitContext.Provider value={value}>
        {/* A box that lays nothing out (always there, so a scheme found after mounting keeps the tree): only
            the theme's `[data-gk-theme]` rules see it. */}
        <div ref={box} data-gk-theme={scheme} style={{ display: 'contents' }}>
          {children}
        </div>
      </GoalkitContext.Provider>
    </QueryClientProvider>
  );
}
