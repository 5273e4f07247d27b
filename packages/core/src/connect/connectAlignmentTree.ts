import { getMessages } from '../i18n/messages.js';
import { getTreeMessages } from '../i18n/treeMessages.js';
import type { Status } from '../scoring/types.js';
import { type ProgressInput, scoreProgress } from './connectProgress.js';
import { type AttrBag, part } from './types.js';
import type { TreeNodeData } from './widgetData.js';
import type { RowWindow } from './windowRows.js';

/** The nodes of a tree, indexed once per node list so every later step is linear. */
export interface TreeIndex {
  readonly byId: ReadonlyMap<string, TreeNodeData>;
  /** Children by parent id, in list order; roots under `null`. */
  readonly children: ReadonlyMap<string | null, readonly TreeNodeData[]>;
}

/** Which nodes to show: only those of one owner or status, with their ancestors for context. */
export interface TreeFilter {
  readonly ownerId?: string | undefined;
  readonly status?: Status | undefined;
  /** Only private (or only public) goals; nodes without a visibility count as public. */
  readonly visibility?: 'public' | 'private' | undefined;
}

/** One visible row of the flattened tree. */
export interface TreeRow {
  readonly node: TreeNodeData;
  readonly id: string;
  readonly parentId: string | null;
  /** 1 for roots. */
  readonly level: number;
  readonly setSize: number;
  readonly posInSet: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
  /** `false` when the server has children that are not loaded yet. */
  readonly loaded: boolean;
}

/** Index a node list (as `GET /tree` returns it). A node whose parent is absent is a root. */
export function createTreeIndex(nodes: readonly TreeNodeData[]): TreeIndex {
  const byId = new Map<string, TreeNodeData>();
  for (const node of nodes) byId.set(node.id, node);
  const children = new Map<string | null, TreeNodeData[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && byId.has(node.parentId) ? node.parentId : null;
    let list = children.get(parent);
    if (!list) {
      list = [];
      children.set(parent, list);
    }
    list.push(node);
  }
  return { byId, children };
}

function matchingSet(index: TreeIndex, filter: TreeFilter): Set<string> | undefined {
  if (filter.ownerId === undefined && filter.status === undefined && filter.visibility === undefined) return undefined;
  const keep = new Set<string>();
  for (const node of index.byId.values()) {
    if (filter.ownerId !== undefined && node.ownerId !== filter.ownerId) continue;
    if (filter.status !== undefined && node.score.status !== filter.status) continue;
    if (filter.visibility !== undefined && (node.visibility ?? 'public') !== filter.visibility) continue;
    let id: string | null = node.id;
    while (id !== null && !keep.has(id)) {
      keep.add(id);
      const parent: string | null = index.byId.get(id)?.parentId ?? null;
      id = parent !== null && index.byId.has(parent) ? parent : null;
    }
  }
  return keep;
}

/**
 * Flatten the tree into the rows a person sees: roots, and the children of expanded nodes, depth
 * first. With a filter, only matching nodes and their ancestors show, and those ancestors open.
 */
export function visibleTreeRows(index: TreeIndex, expanded: ReadonlySet<string>, filter: TreeFilter = {}): TreeRow[] {
  const keep = matchingSet(index, filter);
  const rows: TreeRow[] = [];
  const siblingsOf = (parent: string | null) => {
    const all = index.children.get(parent) ?? [];
    return keep ? all.filter((n) => keep.has(n.id)) : all;
  };
  const stack: { nodes: readonly TreeNodeData[]; i: number; level: number }[] = [
    { nodes: siblingsOf(null), i: 0, level: 1 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (!frame) break;
    const node = frame.nodes[frame.i];
    if (!node) {
      stack.pop();
      continue;
    }
    frame.i++;
    const loadedChildren = index.children.get(node.id);
    const hasChildren = node.childCount > 0 || (loadedChildren?.length ?? 0) > 0;
    const kids = keep ? siblingsOf(node.id) : (loadedChildren ?? []);
    const open = hasChildren && (keep ? kids.length > 0 : expanded.has(node.id));
    rows.push({
      node,
      id: node.id,
      parentId: frame.level === 1 ? null : node.parentId,
      level: frame.level,
      setSize: frame.nodes.length,
      posInSet: frame.i,
      hasChildren: keep ? kids.length > 0 : hasChildren,
      expanded: open,
      loaded: loadedChildren !== undefined,
    });
    if (open && kids.length > 0) stack.push({ nodes: kids, i: 0, level: frame.level + 1 });
  }
  return rows;
}

/** Focus, selection, expansion and type-ahead of a tree. */
export interface TreeState {
  readonly focusedId: string | null;
  readonly selectedId: string | null;
  readonly expanded: ReadonlySet<string>;
  readonly typeahead: string;
  /** When the last type-ahead key was pressed (ms). */
  readonly typeaheadAt: number;
}

/** Something the host must do after a key: report a selection, or load a node's children. */
export type TreeEffect =
  | { readonly type: 'select'; readonly id: string }
  | { readonly type: 'load'; readonly id: string };

/** The result of a key press. `handled` means the host should `preventDefault()`. */
export interface TreeTransition {
  readonly state: TreeState;
  readonly effects: readonly TreeEffect[];
  readonly handled: boolean;
}

/** Type-ahead letters typed within this many ms form one search string. */
export const TYPEAHEAD_TIMEOUT_MS = 500;

/** The initial tree state. */
export function initTreeState(options: { expanded?: Iterable<string>; selectedId?: string | null } = {}): TreeState {
  return {
    focusedId: options.selectedId ?? null,
    selectedId: options.selectedId ?? null,
    expanded: new Set(options.expanded ?? []),
    typeahead: '',
    typeaheadAt: Number.NEGATIVE_INFINITY,
  };
}

/** The index of the focused row: the focused node when visible, else the selected one, else the first. */
export function focusedRowIndex(state: TreeState, rows: readonly TreeRow[]): number {
  if (rows.length === 0) return -1;
  const byFocus = state.focusedId === null ? -1 : rows.findIndex((r) => r.id === state.focusedId);
  if (byFocus >= 0) return byFocus;
  const bySelection = state.selectedId === null ? -1 : rows.findIndex((r) => r.id === state.selectedId);
  return Math.max(bySelection, 0);
}

const withExpanded = (expanded: ReadonlySet<string>, id: string, open: boolean): ReadonlySet<string> => {
  const next = new Set(expanded);
  if (open) next.add(id);
  else next.delete(id);
  return next;
};

/** Open or close one node; opening a node whose children are not loaded asks the host to load them. */
export function toggleTreeNode(state: TreeState, row: TreeRow, open = !row.expanded): TreeTransition {
  if (!row.hasChildren) return { state, effects: [], handled: false };
  return {
    state: { ...state, focusedId: row.id, expanded: withExpanded(state.expanded, row.id, open) },
    effects: open && !row.loaded ? [{ type: 'load', id: row.id }] : [],
    handled: true,
  };
}

/**
 * The WAI-ARIA tree pattern's keyboard behaviour as a pure function: ArrowUp/Down move, ArrowRight
 * opens or enters, ArrowLeft closes or goes to the parent, Home/End jump, Enter/Space select, `*`
 * opens every sibling, and printable characters search titles (type-ahead).
 */
export function treeKeyDown(state: TreeState, rows: readonly TreeRow[], key: string, time = 0): TreeTransition {
  const none: TreeTransition = { state, effects: [], handled: false };
  if (rows.length === 0) return none;
  const at = focusedRowIndex(state, rows);
  const row = rows[at];
  if (!row) return none;
  const focus = (index: number): TreeTransition => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    return { state: { ...state, focusedId: target ? target.id : state.focusedId }, effects: [], handled: true };
  };
  switch (key) {
    case 'ArrowDown':
      return focus(at + 1);
    case 'ArrowUp':
      return focus(at - 1);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(rows.length - 1);
    case 'ArrowRight':
      if (!row.hasChildren) return { ...none, handled: true };
      if (!row.expanded) return toggleTreeNode(state, row, true);
      return rows[at + 1]?.parentId === row.id ? focus(at + 1) : { ...none, handled: true };
    case 'ArrowLeft': {
      if (row.expanded) return toggleTreeNode(state, row, false);
      const parent = row.parentId === null ? -1 : rows.findIndex((r) => r.id === row.parentId);
      return parent >= 0 ? focus(parent) : { ...none, handled: true };
    }
    case 'Enter':
    case ' ':
      return {
        state: { ...state, focusedId: row.id, selectedId: row.id },
        effects: [{ type: 'select', id: row.id }],
        handled: true,
      };
    case '*': {
      let expanded = state.expanded;
      const effects: TreeEffect[] = [];
      for (const sibling of rows) {
        if (sibling.parentId !== row.parentId || !sibling.hasChildren || sibling.expanded) continue;
        expanded = withExpanded(expanded, sibling.id, true);
        if (!sibling.loaded) effects.push({ type: 'load', id: sibling.id });
      }
      return { state: { ...state, focusedId: row.id, expanded }, effects, handled: true };
    }
    default:
      return key.length === 1 && key.trim() !== '' ? typeahead(state, rows, at, key, time) : none;
  }
}

function typeahead(state: TreeState, rows: readonly TreeRow[], at: number, key: string, time: number): TreeTransition {
  const fresh = time - state.typeaheadAt > TYPEAHEAD_TIMEOUT_MS;
  const buffer = (fresh ? key : state.typeahead + key).toLocaleLowerCase();
  // Pressing one letter repeatedly cycles through the titles starting with it.
  const repeated = [...buffer].every((c) => c === buffer[0]);
  const search = repeated ? buffer.slice(0, 1) : buffer;
  const from = search.length === 1 ? at + 1 : at;
  let found = -1;
  for (let step = 0; step < rows.length; step++) {
    const index = (from + step) % rows.length;
    if (rows[index]?.node.title.toLocaleLowerCase().startsWith(search)) {
      found = index;
      break;
    }
  }
  const focusedId = found >= 0 ? (rows[found]?.id ?? state.focusedId) : state.focusedId;
  return { state: { ...state, focusedId, typeahead: buffer, typeaheadAt: time }, effects: [], handled: true };
}

/** What the tree renders. */
/** At most this many owners in the tree's owner filter. */
export const MAX_OWNER_OPTIONS = 200;

/**
 * The owner filter's options, `[id, name]` sorted by name. A select of thousands of people helps
 * nobody and costs a mount, so a tree with more owners than {@link MAX_OWNER_OPTIONS} offers its
 * teams and organisations only.
 */
export function treeOwnerOptions(nodes: readonly TreeNodeData[], locale: string): [string, string][] {
  const all = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const node of nodes) {
    all.set(node.ownerId, node.ownerName);
    if (node.ownerKind !== 'person') groups.set(node.ownerId, node.ownerName);
  }
  const owners = all.size > MAX_OWNER_OPTIONS ? groups : all;
  return [...owners].slice(0, MAX_OWNER_OPTIONS).sort((a, b) => a[1].localeCompare(b[1], locale));
}

export interface AlignmentTreeInput {
  readonly rows: readonly TreeRow[];
  /** How many goals the tree has before its filters (0: nothing to show at all). @default the rows' count */
  readonly nodeCount?: number | undefined;
  readonly state: TreeState;
  /** The rows to render now (from `windowRows`); all rows when left out. */
  readonly window?: RowWindow | undefined;
  /** Row height in CSS pixels, for the spacer. @default 44 */
  readonly rowHeight?: number | undefined;
  /** The tree's accessible name. @default "Goal alignment" in the locale's language */
  readonly label?: string | undefined;
  /** Ids of nodes whose children are loading. */
  readonly loading?: ReadonlySet<string> | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-tree' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One rendered row. */
export interface TreeItemView {
  readonly row: TreeRow;
  readonly index: number;
  readonly titleText: string;
  /** "Team · Growth" */
  readonly ownerText: string;
  readonly loadingText: string | undefined;
  /** "Private" on a private goal, else `undefined`. */
  readonly privateText: string | undefined;
  readonly privateBadge: AttrBag;
  readonly progress: ProgressInput;
  readonly item: AttrBag;
  readonly toggle: AttrBag;
  /** Holds the title and the meta line. */
  readonly label: AttrBag;
  readonly title: AttrBag;
  readonly meta: AttrBag;
}

/** The alignment tree's view-model. */
export interface AlignmentTreeView {
  /**
   * What the tree shows: `empty` when there are no goals at all (the widget's empty state, `emptyText`),
   * `no-matches` when the filters leave none (the `empty` part, `noMatchesText`), else `rows`.
   */
  readonly shows: 'empty' | 'no-matches' | 'rows';
  readonly emptyText: string;
  readonly noMatchesText: string;
  readonly items: readonly TreeItemView[];
  readonly focusedIndex: number;
  readonly root: AttrBag;
  readonly tree: AttrBag;
  readonly spacer: AttrBag;
  readonly windowPart: AttrBag;
  /** The row of filters above the tree. */
  readonly filters: AttrBag;
  /** Holds one filter's label and select. */
  readonly filterField: AttrBag;
  /** One filter's select; its `id` is what the filter's label is `for`. */
  readonly filter: (name: 'owner' | 'status' | 'visibility') => AttrBag;
  /** The status line shown instead of the tree when the filters match nothing. */
  readonly empty: AttrBag;
}

/** The element id of a row, for focusing it. */
export const treeItemId = (idBase: string, nodeId: string) => `${idBase}-item-${encodeURIComponent(nodeId)}`;

/** Compute the tree's anatomy for the rows in the window. */
export function connectAlignmentTree(input: AlignmentTreeInput): AlignmentTreeView {
  const locale = input.locale ?? 'en';
  const messages = getMessages(locale);
  const treeText = getTreeMessages(locale);
  const idBase = input.idBase ?? 'gk-tree';
  const rowHeight = input.rowHeight ?? 44;
  const { rows, state } = input;
  const win = input.window ?? { start: 0, end: rows.length, offset: 0, totalHeight: rows.length * rowHeight };
  const focusedIndex = focusedRowIndex(state, rows);
  const items: TreeItemView[] = [];
  for (let index = win.start; index < win.end; index++) {
    const row = rows[index];
    if (!row) continue;
    const node = row.node;
    const itemId = treeItemId(idBase, row.id);
    const loading = input.loading?.has(row.id) ?? false;
    items.push({
      row,
      index,
      titleText: node.title,
      ownerText: node.ownerKind ? `${treeText.ownerKinds[node.ownerKind]} · ${node.ownerName}` : node.ownerName,
      loadingText: loading ? treeText.loadingChildren : undefined,
      privateText: node.visibility === 'private' ? treeText.privateBadge : undefined,
      privateBadge: part('alignment-tree', 'private-badge'),
      progress: scoreProgress(node.score, messages.progressLabel, locale),
      item: part('alignment-tree', 'item', {
        id: itemId,
        role: 'treeitem',
        'aria-level': row.level,
        'aria-setsize': row.setSize,
        'aria-posinset': row.posInSet,
        'aria-expanded': row.hasChildren ? (row.expanded ? 'true' : 'false') : undefined,
        'aria-selected': state.selectedId === row.id ? 'true' : 'false',
        'aria-busy': loading ? 'true' : undefined,
        tabindex: index === focusedIndex ? 0 : -1,
        'data-status': node.score.status,
        style: { '--gk-tree-level': String(row.level) },
      }),
      toggle: part('alignment-tree', 'toggle', {
        'aria-hidden': 'true',
        'data-expanded': row.hasChildren ? (row.expanded ? 'true' : 'false') : undefined,
      }),
      label: part('alignment-tree', 'label'),
      title: part('alignment-tree', 'title', { id: `${itemId}-title` }),
      meta: part('alignment-tree', 'meta', { id: `${itemId}-meta` }),
    });
  }
  const nodeCount = input.nodeCount ?? rows.length;
  return {
    shows: nodeCount === 0 ? 'empty' : rows.length === 0 ? 'no-matches' : 'rows',
    emptyText: treeText.empty,
    noMatchesText: treeText.noMatches,
    items,
    focusedIndex,
    root: part('alignment-tree', 'root'),
    tree: part('alignment-tree', 'tree', { role: 'tree', 'aria-label': input.label ?? treeText.label }),
    spacer: part('alignment-tree', 'spacer', {
      role: 'none',
      style: { '--gk-tree-height': `${win.totalHeight}px` },
    }),
    windowPart: part('alignment-tree', 'window', {
      role: 'none',
      style: { '--gk-tree-offset': `${win.offset}px`, '--gk-tree-row-height': `${rowHeight}px` },
    }),
    filters: part('alignment-tree', 'filters'),
    filterField: part('alignment-tree', 'filter-field'),
    filter: (name) => part('alignment-tree', 'filter', { id: `${idBase}-${name}` }),
    empty: part('alignment-tree', 'empty', { role: 'status' }),
  };
}
