import type { GoalkitClient } from '@goalkit/client';
import {
  type ConversationsClient,
  conversationMutations,
  conversationQueries,
  conversations,
} from '@goalkit/client/conversations';
import { useGoalkit } from '../GoalkitContext.js';

interface Conversations {
  readonly talk: ConversationsClient;
  readonly queries: ReturnType<typeof conversationQueries>;
  readonly mutations: ReturnType<typeof conversationMutations>;
}

// One set per client (and its cache), so every hook of a page shares them.
const made = new WeakMap<GoalkitClient, Conversations>();

/**
 * @internal The conversation routes over the provider's client, with their query and mutation factories
 * (`@goalkit/client/conversations`): apart from the goal routes, so a page without conversations does not load them.
 */
export function useConversations(): Conversations {
  const { client, queryClient } = useGoalkit();
  let value = made.get(client);
  if (!value) {
    const talk = conversations(client);
    value = { talk, queries: conversationQueries(talk), mutations: conversationMutations(talk, queryClient) };
    made.set(client, value);
  }
  return value;
}
