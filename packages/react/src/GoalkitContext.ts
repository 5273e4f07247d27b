import type { GoalkitClient, goalkitMutations, goalkitQueries } from '@goalkit/client';
import { hasMessages, registerMessages } from '@goalkit/core';
import { messagesVersion, subscribeMessages } from '@goalkit/core/connect';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

/** What `GoalkitProvider` shares with the hooks and connected widgets below it. */
export interface GoalkitContextValue {
  readonly client: GoalkitClient;
  readonly queryClient: QueryClient;
  readonly locale: string;
  readonly queries: ReturnType<typeof goalkitQueries>;
  readonly mutations: ReturnType<typeof goalkitMutations>;
  /** The widgets ask the server which AI assistance it offers (`GET /assist`, once) and show those actions. */
  readonly assist?: boolean | undefined;
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

/** German, loaded once for the page the first time a widget needs it, and registered. */
let german: Promise<void> | undefined;
function loadGerman(): Promise<void> {
  german ??= import('@goalkit/core/i18n/de').then(
    (catalogs) => registerMessages('de', { ...catalogs }),
    (error: unknown) => {
      german = undefined;
      console.warn('goalkit: German text could not be loaded; showing English.', error);
    },
  );
  return german;
}

/**
 * The locale to render in: the widget's own, else the provider's, else English. A language whose words are
 * not registered yet is loaded (German: `@goalkit/core/i18n/de`, a chunk of its own in the app's bundle); the
 * widget shows English meanwhile and re-renders in that language once it is there. Import
 * `@goalkit/core/i18n/de` in the app to have German from the first render (on the server too).
 */
export function useLocale(locale?: string): string {
  const context = useContext(GoalkitContext);
  const resolved = locale ?? context?.locale ?? 'en';
  // Re-render when a language registers.
  useSyncExternalStore(subscribeMessages, messagesVersion, messagesVersion);
  const missing = !hasMessages(resolved);
  useEffect(() => {
    if (missing) void loadGerman();
  }, [missing]);
  return resolved;
}
