import type { AlignmentCandidate, ApprovalItem, Person } from '@goalkit/client';
import { badRequest } from '../problems.js';
import type { StoreContext } from './context.js';

/**
 * Goals proposed and waiting for `person`: those whose nearest approver they are (the owner's manager,
 * or for a team the manager of the unit above), oldest proposal first.
 */
export async function approvalsFor(ctx: StoreContext, person: Person): Promise<ApprovalItem[]> {
  const directory = ctx.access.owners();
  const items: ApprovalItem[] = [];
  for (const row of await ctx.repository.objectivesInState('proposed')) {
    if ([...ctx.access.managerChain(row.owner_id)][0] !== person.id || !ctx.access.canSee(person, row)) continue;
    const last = await ctx.repository.lastProposal(row.id);
    items.push({
      objective: await ctx.views.objective(person, row),
      ownerName: directory.get(row.owner_id)?.name ?? row.owner_id,
      proposedAt: last?.at ?? null,
      ...(last ? { proposedByName: directory.get(last.actor_id)?.name ?? last.actor_id } : {}),
    });
  }
  return items.sort((a, b) => (a.proposedAt ?? '').localeCompare(b.proposedAt ?? ''));
}

/**
 * The goals an objective of `owner` in `cycle` may align to, that `person` may see: those of the
 * teams above the owner (`team`), of the owner's manager (`manager`) and of the organisation
 * (`company`); never closed ones, never `exclude` or the goals aligned below it.
 */
export async function alignmentCandidates(
  ctx: StoreContext,
  person: Person,
  query: { owner: string; cycle: string; exclude?: string; q?: string },
): Promise<AlignmentCandidate[]> {
  const directory = ctx.access.owners();
  const owner = directory.get(query.owner);
  if (!owner) throw badRequest([{ path: 'owner', message: `no owner has the id ${JSON.stringify(query.owner)}` }], 400);
  const relation = new Map<string, AlignmentCandidate['relation']>();
  let unit = owner.parent_id ? directory.get(owner.parent_id) : undefined;
  while (unit && !relation.has(unit.id)) {
    relation.set(unit.id, unit.kind === 'org' ? 'company' : 'team');
    unit = unit.parent_id ? directory.get(unit.parent_id) : undefined;
  }
  const manager = [...ctx.access.managerChain(owner.id)][0];
  if (manager && !relation.has(manager)) relation.set(manager, 'manager');
  const rows = await ctx.repository.openObjectivesOf(query.cycle);
  // The objective itself and every goal aligned below it: choosing one would make a loop.
  const below = new Set<string>(query.exclude ? [query.exclude] : []);
  for (let size = -1; below.size > 0 && size !== below.size; ) {
    size = below.size;
    for (const row of rows) if (row.parent_id && below.has(row.parent_id)) below.add(row.id);
  }
  const q = query.q?.trim().toLowerCase() ?? '';
  return rows
    .filter(
      (row) =>
        relation.has(row.owner_id) &&
        !below.has(row.id) &&
        ctx.access.canSee(person, row) &&
        (q === '' || row.title.toLowerCase().includes(q)),
    )
    .map((row) => ({
      id: row.id,
      title: row.title,
      ownerId: row.owner_id,
      ownerName: directory.get(row.owner_id)?.name ?? row.owner_id,
      relation: relation.get(row.owner_id) ?? 'other',
    }));
}
