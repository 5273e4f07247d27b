import type { GoalkitClient, goalkitMutations, goalkitQueries } from '@goalkit/client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';

/** What `GoalkitProvider` shares with the hooks and connected widgets below it. */
export interface GoalkitContextValue {
  readonly client: GoalkitClient;
  readonly queryClient: QueryClient;
  readonly locale: string;
  readonly queries: ReturnType<typeof goalkitQueries>;
  readonly mutations: ReturnType<typeof goalkitMutations>;
}

/** @internal The provider's context; `null` outside a `GoalkitProvider`. */
export const GoalkitContext = createContext<GoalkitContextValue | null>(null);

/** The provider's client, query factories and locale. Throws outside a `GoalkitProvider`. */
export function useGoalkit(): GoalkitContextValue {
  const value = useContext(GoalkitContext);
  if (!value) {
    throw new Error(
      'goalkit: a connected widget or hook was rendered outside <GoalkitProvider>. Wrap it in <GoalkitProvider client={createClient(...)}>, or pass the data as props.',
    );
  }
  return value;
}

/** The locale to render in: the widget's own, else the provider's, else English. */
export function useLocale(locale?: string): string {
  const context = useContext(GoalkitContext);
  return locale ?? context?.locale ?? 'en';
}
