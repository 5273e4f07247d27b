import type { CadencePolicy, CadencePolicySet, Digest, DueCheckIn, Person } from '@goalkit/client';
import {
  dueCheckIns as computeDue,
  digest as coreDigest,
  digestsReady,
  dueNotifications,
  GoalkitValidationError,
  type Notifier,
  parseRhythm,
  type RhythmNotification,
} from '@goalkit/core';
import { dayNumber, isoDateOfDay } from '@goalkit/core/scoring';
import { badRequest, forbidden, notFound } from '../problems.js';
import type { StoreContext } from './context.js';
import { randomId } from './rows.js';
import { webhookOwner } from './webhookQueue.js';

/** Every owner's cadence policy, by owner id. */
export async function cadencePolicies(ctx: StoreContext): Promise<CadencePolicy[]> {
  return (await ctx.repository.cadencePolicies()).map((row) => JSON.parse(row.data) as CadencePolicy);
}

/**
 * Set an owner's cadence policy: admins for any owner, a person's or team's managers, a person their own.
 * The rules are core's (`parseRhythm`): a bad field is a 422 with its path.
 */
export async function setCadencePolicy(
  ctx: StoreContext,
  actor: Person,
  ownerId: string,
  body: CadencePolicySet,
): Promise<CadencePolicy> {
  await ctx.ready();
  const owner = ctx.access.owners().get(ownerId);
  if (!owner) throw notFound(`Owner ${JSON.stringify(ownerId)}`);
  if (!ctx.access.canEdit(actor, ownerId))
    throw forbidden('Only admins, the owner’s managers and a person for themselves may set a cadence policy.');
  let policy: CadencePolicy;
  try {
    [policy] = parseRhythm({ policies: [{ ...body, scopeOwnerId: ownerId }] }).policies as [CadencePolicy];
  } catch (error) {
    if (!(error instanceof GoalkitValidationError)) throw error;
    throw badRequest(
      error.problems.map((p) => ({ path: p.path.replace(/^policies\[0\]\.?/, ''), message: p.message })),
    );
  }
  await ctx.repository.setCadencePolicy(ownerId, JSON.stringify(policy), ctx.stamp(), actor.id);
  return policy;
}

/** Remove an owner's cadence policy (the one above it applies again); done when it has none. */
export async function deleteCadencePolicy(ctx: StoreContext, actor: Person, ownerId: string): Promise<void> {
  await ctx.ready();
  if (!ctx.access.owners().get(ownerId)) throw notFound(`Owner ${JSON.stringify(ownerId)}`);
  if (!ctx.access.canEdit(actor, ownerId))
    throw forbidden('Only admins, the owner’s managers and a person for themselves may remove a cadence policy.');
  await ctx.repository.deleteCadencePolicy(ownerId);
}

/**
 * Every check-in owed across the organisation now (core's `dueCheckIns`, with drafts, proposals and closed
 * goals never due, closed cycles never due, a team's manager as its lead), with the objectives' rows for
 * the visibility rules. The same list the scheduler's reminders come from.
 */
export async function organisationDue(ctx: StoreContext) {
  await ctx.ready();
  const repository = ctx.repository;
  const [document, notStarted, cycles, policies, objectives] = await Promise.all([
    ctx.scores.document(repository, false),
    repository.idsInStates(['draft', 'proposed', 'closed']),
    repository.cycles(),
    cadencePolicies(ctx),
    repository.objectives(),
  ]);
  const now = ctx.now();
  // A key result's checkInResponsibleId is in the document: core gives it its check-ins.
  const due = computeDue(document, policies, rhythmPeople(ctx), now, {
    notStarted,
    closedCycles: cycles.filter((c) => c.closed).map((c) => c.id),
  });
  return { now, due, policies, objectives: new Map(objectives.map((o) => [o.id, o])) };
}

/** The people of the directory as the rhythm sees them: a team's (or department's) manager leads it. */
function rhythmPeople(ctx: StoreContext) {
  const owners = [...ctx.access.owners().values()];
  const leads = new Map<string, string[]>();
  for (const o of owners)
    if (o.kind !== 'person' && o.manager_id) leads.set(o.manager_id, [...(leads.get(o.manager_id) ?? []), o.id]);
  return owners
    .filter((o) => o.kind === 'person')
    .map((o) => ({ id: o.id, managerId: o.manager_id, leadOf: leads.get(o.id) ?? [] }));
}

/**
 * The check-ins `personId` owes now, of goals the viewer may see. The viewer asks for themselves, or for
 * a report of theirs; admins for anyone.
 */
export async function dueCheckIns(
  ctx: StoreContext,
  viewer: Person,
  personId: string = viewer.id,
): Promise<{ asOf: string; items: DueCheckIn[] }> {
  await ctx.ready();
  const owner = ctx.access.owners().get(personId);
  if (owner?.kind !== 'person') throw notFound(`Person ${JSON.stringify(personId)}`);
  if (personId !== viewer.id && viewer.role !== 'admin' && !ctx.access.managerChain(personId).has(viewer.id))
    throw forbidden('Only the person, their managers and admins may see the check-ins a person owes.');
  const { now, due, objectives } = await organisationDue(ctx);
  const items = due.filter((d) => {
    const row = objectives.get(d.objectiveId);
    return d.recipientId === personId && row !== undefined && ctx.access.canSee(viewer, row);
  });
  return { asOf: now.toISOString(), items };
}

/**
 * What changed in `owner`'s goals (and those of every owner below it) from `from` to `to`, both days
 * included (the seven days up to the store's today by default): core's `digest` over the goals the
 * viewer may see, with the kudos given on them.
 */
export async function digestOf(
  ctx: StoreContext,
  viewer: Person,
  query: { owner?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<Digest> {
  await ctx.ready();
  const ownerId = query.owner ?? viewer.id;
  if (!ctx.access.owners().get(ownerId)) throw notFound(`Owner ${JSON.stringify(ownerId)}`);
  const to = query.to ?? ctx.today();
  const from = query.from ?? isoDateOfDay(dayNumber(to) - 6);
  if (dayNumber(to) < dayNumber(from)) throw badRequest([{ path: 'to', message: `is before from (${from})` }], 400);
  if (dayNumber(to) - dayNumber(from) > 366)
    throw badRequest([{ path: 'from', message: 'a digest covers at most 367 days' }], 400);
  const repository = ctx.repository;
  const [document, objectives, notStarted, kudos] = await Promise.all([
    ctx.scores.document(repository, false),
    repository.objectives(),
    repository.idsInStates(['draft', 'proposed']),
    repository.commentsOfKindBetween('kudos', `${from}T00:00:00`, `${isoDateOfDay(dayNumber(to) + 1)}T00:00:00`),
  ]);
  const drafts = new Set(notStarted);
  const visible = new Set(
    objectives.filter((row) => !drafts.has(row.id) && ctx.access.canSee(viewer, row)).map((row) => row.id),
  );
  return coreDigest(document, { ownerId }, from, to, {
    include: (id) => visible.has(id),
    comments: kudos
      .filter((c) => visible.has(c.objective_id))
      .map((c) => ({
        objectiveId: c.objective_id,
        kind: c.kind,
        authorId: c.author_id,
        at: c.created_at,
        body: c.body,
      })),
  });
}

/** What one look of the rhythm's scheduler did. */
export interface RhythmTick {
  /** Webhook deliveries queued. */
  queued: number;
  /** Notifications the in-process notifiers took. */
  notified: number;
}

/** Notifications recorded per transaction when queueing webhook deliveries. */
const CHUNK = 200;

/**
 * One look of the rhythm's scheduler: the reminders the cadences call for now (core's `dueNotifications`)
 * and the weekly digests ready (core's `digestsReady`), each queued once for every webhook that wants its
 * type and whose owner may see it, and handed once to each in-process notifier.
 *
 * Each (notification, destination) pair is recorded in `rhythm_sent` in the same transaction as its
 * deliveries, so a restart or a second instance never queues it again; a notifier's is recorded before it
 * is sent and forgotten when `send` fails (it comes again next look), so a crash in between loses one
 * notification rather than sending it twice. Notifications are recorded only where someone listens: a
 * webhook created later gets what is owed from then on.
 */
export async function rhythmTick(
  ctx: StoreContext,
  notifiers: readonly Notifier[],
  onError: (error: unknown, notification: RhythmNotification, notifier: Notifier) => void = () => {},
): Promise<RhythmTick> {
  const { now, due, policies, objectives } = await organisationDue(ctx);
  const repository = ctx.repository;
  const access = ctx.access;
  const owners = [...access.owners().values()];
  const all: RhythmNotification[] = [
    ...dueNotifications(due),
    ...digestsReady(
      owners.map((o) => ({ id: o.id, kind: o.kind, parent: o.parent_id })),
      policies,
      rhythmPeople(ctx),
      now,
    ),
  ];
  const nowMs = now.getTime();
  const timestamp = now.toISOString();

  // Webhooks: one transaction per chunk records the notifications and queues their deliveries.
  const hooksByType = new Map<string, Awaited<ReturnType<typeof repository.webhooksFor>>>();
  for (const type of new Set(all.map((n) => n.type))) {
    const hooks = await repository.webhooksFor(type);
    if (hooks.length > 0) hooksByType.set(type, hooks);
  }
  const wanted = all.filter((n) => hooksByType.has(n.type));
  const sentBefore = await repository.rhythmSent(wanted.map((n) => `webhooks:${n.id}`));
  const fresh = wanted.filter((n) => !sentBefore.has(`webhooks:${n.id}`));
  let queued = 0;
  for (let i = 0; i < fresh.length; i += CHUNK) {
    queued += await repository.transaction(async (tx) => {
      let count = 0;
      for (const n of fresh.slice(i, i + CHUNK)) {
        if (!(await tx.markRhythmSent(`webhooks:${n.id}`, nowMs))) continue;
        const payload = JSON.stringify({ type: n.type, timestamp, data: webhookData(n) });
        for (const hook of hooksByType.get(n.type) ?? []) {
          if (!mayHear(ctx, webhookOwner(hook), n, objectives)) continue;
          await tx.insertDelivery({ id: randomId('msg_'), webhookId: hook.id, event: n.type, payload, now: nowMs });
          count++;
        }
      }
      return count;
    });
  }

  // In-process notifiers: recorded, then sent; forgotten again when sending fails.
  let notified = 0;
  for (const notifier of notifiers) {
    const key = (n: RhythmNotification) => `notifier:${notifier.id}:${n.id}`;
    const sentBefore = await repository.rhythmSent(all.map(key));
    for (const n of all) {
      if (sentBefore.has(key(n)) || !(await repository.markRhythmSent(key(n), nowMs))) continue;
      try {
        await notifier.send(n);
        notified++;
      } catch (error) {
        await repository.unmarkRhythmSent(key(n));
        onError(error, n, notifier);
      }
    }
  }
  return { queued, notified };
}

/** A notification's thin webhook data: the ids, and when (or which days) it is about. */
function webhookData(n: RhythmNotification) {
  if (n.type === 'digest.ready')
    return { ids: { ownerId: n.ownerId, personId: n.recipientId }, from: n.from, to: n.to };
  return {
    ids: {
      objectiveId: n.objectiveId,
      keyResultId: n.keyResultId,
      personId: n.recipientId,
      ...(n.ownerOfCheckInId ? { ownerOfCheckInId: n.ownerOfCheckInId } : {}),
    },
    dueAt: n.dueAt,
  };
}

/**
 * Whether a webhook's owner may hear of a notification: of a check-in, when they may see its goal; of a
 * digest, when it is theirs (as the person, their team's lead or a manager above) or they are an admin.
 */
function mayHear(
  ctx: StoreContext,
  owner: Person,
  n: RhythmNotification,
  objectives: Map<string, Parameters<StoreContext['access']['canSee']>[1]>,
): boolean {
  if (n.type === 'digest.ready')
    return (
      owner.role === 'admin' ||
      owner.id === n.recipientId ||
      owner.id === n.ownerId ||
      ctx.access.managerChain(n.ownerId).has(owner.id)
    );
  const row = objectives.get(n.objectiveId);
  return row !== undefined && ctx.access.canSee(owner, row);
}
