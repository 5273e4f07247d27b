import type { GoalkitClient, goalkitMutations, goalkitQueries } from '@goalkit/client';
import { createContext } from '@lit/context';
import type { QueryClient } from '@tanstack/query-core';

/** What `<gk-provider>` shares with every `gk-*` element inside it. */
export interface GoalkitContextValue {
  readonly client: GoalkitClient;
  readonly queryClient: QueryClient;
  readonly locale: string;
  readonly queries: ReturnType<typeof goalkitQueries>;
  readonly mutations: ReturnType<typeof goalkitMutations>;
  /** The widgets ask the server which AI assistance it offers (`GET /assist`, once) and show those actions. */
  readonly assist?: boolean | undefined;
}

/**
 * The context key. A registered symbol, so two copies of goalkit on one page (the embed bundle next
 * to an app's own import) still find each other's provider.
 */
export const goalkitContext = createContext<GoalkitContextValue | undefined>(Symbol.for('@goalkit/elements/context'));
