import type { Status } from '@goalkit/core';
import type { TreeNodeData } from '@goalkit/core/connect';

const STATUS: readonly Status[] = ['on-track', 'at-risk', 'off-track'];
const KINDS = ['org', 'department', 'team', 'person'] as const;

/** mulberry32: every run benchmarks the same tree. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A generated cascade and what a benchmark needs to know about it. */
export interface BenchTree {
  readonly nodes: readonly TreeNodeData[];
  /** Every node with children, so every node is a visible row. */
  readonly expanded: readonly string[];
  /** A leaf inside the first screen of rows, and its ancestors up to the root (leaf first). */
  readonly path: readonly string[];
}

/**
 * `count` nodes breadth first with `fanOut` children each (company → departments → teams → people →
 * …), scores drawn from a fixed seed. With 10 per parent, 10,000 nodes are 1 + 10 + 100 + 1,000 + 8,889.
 */
export function generateTree(count: number, fanOut = 10, seed = 7): BenchTree {
  const next = random(seed);
  const parents: (number | null)[] = [null];
  const depth = [0];
  for (let i = 1; i < count; i++) {
    const parent = Math.floor((i - 1) / fanOut);
    parents.push(parent);
    depth.push((depth[parent] ?? 0) + 1);
  }
  const childCount = new Array<number>(count).fill(0);
  for (const p of parents) if (p !== null) childCount[p] = (childCount[p] ?? 0) + 1;
  const nodes: TreeNodeData[] = parents.map((parent, i) => {
    const progress = Math.round(next() * 100) / 100;
    const kind = KINDS[Math.min(depth[i] ?? 0, KINDS.length - 1)] ?? 'person';
    return {
      id: `n${i}`,
      parentId: parent === null ? null : `n${parent}`,
      title: `${kind === 'person' ? 'Personal' : kind[0]?.toUpperCase() + kind.slice(1)} goal ${i}: raise activation to ${20 + (i % 60)}%`,
      ownerId: kind === 'person' ? `p${i}` : `g${i}`,
      ownerName: kind === 'person' ? `Person ${i}` : `Group ${i}`,
      ownerKind: kind,
      childCount: childCount[i] ?? 0,
      score: {
        progress,
        expected: 0.5,
        status: STATUS[Math.floor(next() * STATUS.length)] ?? 'on-track',
        confidence: Math.round(next() * 10) / 10,
        hasData: true,
      },
    };
  });
  const expanded = nodes.filter((n) => n.childCount > 0).map((n) => n.id);
  // Depth-first order puts n0, n1, n11, n111, … on the first screen; its deepest node is a leaf.
  let leaf = 0;
  while (leaf * fanOut + 1 < count) leaf = leaf * fanOut + 1;
  const path: string[] = [];
  for (let i: number | null = leaf; i !== null; i = parents[i] ?? null) path.push(`n${i}`);
  return { nodes, expanded, path };
}

/**
 * What one check-in does to the nodes: the key result's objective and every objective it rolls up to
 * get a new score, as a new array (the way a query cache hands it over), the other nodes unchanged.
 */
export function checkIn(tree: BenchTree, round: number): readonly TreeNodeData[] {
  const changed = new Set(tree.path);
  const bump = ((round % 9) + 1) / 100;
  return tree.nodes.map((node) =>
    changed.has(node.id)
      ? {
          ...node,
          score: {
            ...node.score,
            progress: Math.min(1, (node.score.progress + bump) % 1),
            status: STATUS[round % STATUS.length] ?? 'on-track',
          },
        }
      : node,
  );
}
