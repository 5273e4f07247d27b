import type { CadencePolicy, CadencePolicySet, DueCheckIn, Person } from '@goalkit/client';
import { dueCheckIns as computeDue, GoalkitValidationError, parseRhythm } from '@goalkit/core';
import { badRequest, forbidden, notFound } from '../problems.js';
import type { StoreContext } from './context.js';

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
 * The check-ins `personId` owes now (core's `dueCheckIns` over the organisation, with drafts, proposals
 * and closed goals never due, closed cycles never due, a team's manager as its lead), of goals the viewer
 * may see. The viewer asks for themselves, or for a report of theirs; admins for anyone.
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
  const repository = ctx.repository;
  const [document, notStarted, cycles, policies, objectives] = await Promise.all([
    ctx.scores.document(repository, false),
    repository.idsInStates(['draft', 'proposed', 'closed']),
    repository.cycles(),
    cadencePolicies(ctx),
    repository.objectives(),
  ]);
  const owners = [...ctx.access.owners().values()];
  // A team's (or department's, or the organisation's) manager leads it.
  const leads = new Map<string, string[]>();
  for (const o of owners)
    if (o.kind !== 'person' && o.manager_id) leads.set(o.manager_id, [...(leads.get(o.manager_id) ?? []), o.id]);
  const people = owners
    .filter((o) => o.kind === 'person')
    .map((o) => ({ id: o.id, managerId: o.manager_id, leadOf: leads.get(o.id) ?? [] }));
  const now = ctx.now();
  const due = computeDue(document, policies, people, now, {
    notStarted,
    closedCycles: cycles.filter((c) => c.closed).map((c) => c.id),
  });
  const rows = new Map(objectives.map((o) => [o.id, o]));
  const items = due.filter((d) => {
    const row = rows.get(d.objectiveId);
    return d.recipientId === personId && row !== undefined && ctx.access.canSee(viewer, row);
  });
  return { asOf: now.toISOString(), items };
}
