import type { AssistApi, AssistTaskName } from '@goalkit/client/assist';
import { useQuery } from '@tanstack/react-query';
import { useGoalkit } from '../GoalkitContext.js';

/** The assistance routes, loaded when first needed (pages that never ask do not carry their schemas). */
const load = () => import('@goalkit/client/assist');

/**
 * The AI assistance tasks the server offers (`GET /assist`, asked once per query client and kept, when the
 * provider says `assist`), and the routes to call them. No task while it asks, without `assist`, when the
 * server has no provider, or when asking fails: the widgets then show no assist action.
 */
export function useAssist(enabled = true): {
  readonly tasks: readonly AssistTaskName[];
  readonly api: () => Promise<AssistApi>;
} {
  const { client, assist } = useGoalkit();
  const tasks = useQuery({
    queryKey: ['goalkit', 'assist', 'tasks'],
    queryFn: ({ signal }) => load().then((m) => m.assist(client).tasks({ signal })),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    enabled: enabled && assist === true,
  });
  return { tasks: tasks.data ?? [], api: () => load().then((m) => m.assist(client)) };
}
