import type { Person } from '@goalkit/client';
import type { Access } from '../access.js';
import type { Repository } from './repository.js';
import { randomId, type StoredEvent } from './rows.js';

/** A webhook's owner as the access rules read them: who they are, their role and their team. */
export const webhookOwner = (hook: { owner_id: string; role: Person['role']; parent_id: string | null }) =>
  ({ id: hook.owner_id, role: hook.role, teamId: hook.parent_id }) as Person;

/**
 * Queue a live event for every webhook that wants its type and whose owner may see its objective as the
 * event commits (a deleted objective's: admins'). Runs in the event's transaction: the deliveries commit
 * with the event, or neither does.
 */
export async function enqueueDeliveries(
  repository: Repository,
  access: Access,
  event: StoredEvent,
  at: string,
  now: number,
): Promise<void> {
  const hooks = await repository.webhooksFor(event.type);
  if (hooks.length === 0) return;
  const objective = await repository.objective(event.objectiveId);
  const { objectiveId, keyResultId, checkInId, commentId, version } = event.data as Record<string, unknown>;
  const ids = Object.fromEntries(
    Object.entries({ objectiveId, keyResultId, checkInId, commentId }).filter(([, v]) => typeof v === 'string'),
  );
  const payload = JSON.stringify({
    type: event.type,
    timestamp: at,
    data: { ids, ...(typeof version === 'number' ? { version } : {}) },
  });
  for (const hook of hooks) {
    const owner = webhookOwner(hook);
    const sees = objective ? access.canSee(owner, objective) : owner.role === 'admin';
    if (!sees) continue;
    await repository.insertDelivery({
      id: randomId('msg_'),
      webhookId: hook.id,
      event: event.type,
      payload,
      now,
    });
  }
}
