import type { ConversationsClient, conversationMutations, conversationQueries } from '@goalkit/client/conversations';
import { lazyPart } from '@goalkit/core/connect';
import type { ReactiveControllerHost } from 'lit';
import type { GoalkitContextValue } from '../context.js';

/** The conversation routes over a provider's client, with their query and mutation option factories. */
export interface Conversations {
  readonly talk: ConversationsClient;
  readonly queries: ReturnType<typeof conversationQueries>;
  readonly mutations: ReturnType<typeof conversationMutations>;
}

/**
 * The conversation routes and their schemas, loaded on first use from a file of their own (in the embed
 * bundle `goalkit-conversations.js`, beside goalkit.js): kept out of the file every tag shares, so a page
 * without a review or a 1:1 loads none of them.
 */
const routes = lazyPart(() => import('@goalkit/client/conversations'));

// One set per client (and its cache), so every element of a page shares them.
const made = new WeakMap<object, Conversations>();
const waiting = new Set<ReactiveControllerHost>();

/**
 * @internal The conversation routes (`@goalkit/client/conversations`) over the `<gk-provider>`'s client;
 * `undefined` outside a provider, and until their file has loaded: the element asking (`host`) is updated
 * once it has, so its query controllers read their options again then.
 */
export function conversationsOf(
  goalkit: GoalkitContextValue | undefined,
  host: ReactiveControllerHost,
): Conversations | undefined {
  if (!goalkit) return undefined;
  const loaded = routes.current();
  if (!loaded) {
    waiting.add(host);
    routes.load().then(
      () => {
        for (const waiter of [...waiting]) waiter.requestUpdate();
        waiting.clear();
      },
      () => {
        // They show the failure (see conversationsFailed); their retry asks again.
        for (const waiter of [...waiting]) waiter.requestUpdate();
        waiting.clear();
      },
    );
    return undefined;
  }
  let value = made.get(goalkit.client);
  if (!value) {
    const talk = loaded.conversations(goalkit.client);
    value = {
      talk,
      queries: loaded.conversationQueries(talk),
      mutations: loaded.conversationMutations(talk, goalkit.queryClient),
    };
    made.set(goalkit.client, value);
  }
  return value;
}

/** @internal Whether the conversation routes' file failed to load at the last try (`conversationsOf` tries again). */
export const conversationsFailed = (): boolean => routes.failed();
