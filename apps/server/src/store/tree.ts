import type { Person, TreeNode } from '@goalkit/client';
import { notFound } from '../problems.js';
import type { StoreContext } from './context.js';

/**
 * The alignment tree the person may see, depth first from the roots (or from `root`), down to `depth`.
 * A goal whose parent is hidden from the person is a root for them.
 */
export async function alignmentTree(
  ctx: StoreContext,
  person: Person,
  query: { cycle?: string; root?: string; depth?: number },
): Promise<TreeNode[]> {
  const rows = (await ctx.repository.objectivesWithOwners(query.cycle ?? null)).filter((row) =>
    ctx.access.canSee(person, row),
  );
  type Row = (typeof rows)[number];
  const children = new Map<string | null, Row[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const row of rows) {
    const parent = row.parent_id && ids.has(row.parent_id) ? row.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  let roots: Row[];
  if (query.root) {
    const root = rows.find((r) => r.id === query.root);
    if (!root) throw notFound(`Objective ${JSON.stringify(query.root)}`);
    roots = [root];
  } else {
    roots = children.get(null) ?? [];
  }
  const maxDepth = query.depth ?? Number.POSITIVE_INFINITY;
  const out: TreeNode[] = [];
  const stack = roots.map((row) => ({ row, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { row, depth } = stack.pop() as { row: Row; depth: number };
    const kids = children.get(row.id) ?? [];
    out.push({
      id: row.id,
      parentId:
        row.parent_id !== null && ids.has(row.parent_id)
          ? row.parent_id
          : await ctx.guards.visibleParentId(person, row.parent_id),
      title: row.title,
      ownerId: row.owner_id,
      ownerName: row.owner_name,
      ownerKind: row.owner_kind,
      alignment: row.alignment,
      state: row.state,
      visibility: row.visibility,
      depth,
      childCount: kids.length,
      score: await ctx.scores.objective(ctx.repository, row.id),
    });
    if (depth < maxDepth)
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ row: kids[i] as Row, depth: depth + 1 });
  }
  return out;
}
