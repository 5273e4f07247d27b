import type { GoalkitClient } from '@goalkit/client';
import type { AssistApi, AssistTaskName } from '@goalkit/client/assist';

/** The assistance routes, loaded when first needed (a page that never asks does not carry their schemas). */
const load = () => import('@goalkit/client/assist');

/**
 * @internal The query of the tasks the server offers (`GET /assist`): asked once per cache and kept; no task
 * when the server has no provider or the request fails, so the assist actions stay hidden.
 */
export function assistTasksQuery(client: GoalkitClient) {
  return {
    queryKey: ['goalkit', 'assist', 'tasks'] as const,
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<AssistTaskName[]> =>
      load().then((m) => m.assist(client).tasks({ signal })),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
  };
}

/** @internal The assistance routes over a provider's client. */
export const assistApi = (client: GoalkitClient): Promise<AssistApi> => load().then((m) => m.assist(client));
