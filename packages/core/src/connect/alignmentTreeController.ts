import type { Status } from '../scoring/types.js';
import {
  createTreeIndex,
  initTreeState,
  type TreeFilter,
  type TreeIndex,
  type TreeRow,
  type TreeState,
  type TreeTransition,
  toggleTreeNode,
  treeItemId,
  treeKeyDown,
  treeOwnerOptions,
  visibleTreeRows,
} from './connectAlignmentTree.js';
import { type ControllerTransition, createController, settleEffect, type WidgetController } from './controller.js';
import type { TreeNodeData } from './widgetData.js';

/** The alignment tree's interactive state: focus, selection, expansion, type-ahead, filters and lazy loading. */
export interface AlignmentTreeState {
  readonly tree: TreeState;
  /** The owner, status and visibility filters (`undefined`: any). */
  readonly filter: TreeFilter;
  /** Ids of nodes whose children the controller is loading (`loadChildren` answered with a promise). */
  readonly loading: ReadonlySet<string>;
  /** Children loaded lazily, in the order they arrived (add them to the nodes with {@link mergeTreeNodes}). */
  readonly loaded: readonly TreeNodeData[];
}

/** The part of a key event the tree reads: a DOM `KeyboardEvent` and React's both fit. */
export interface TreeKeyEvent {
  readonly key: string;
  readonly timeStamp: number;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  preventDefault(): void;
}

/** What the alignment tree's controller takes. `rows` are the rows the person sees (the adapter renders them). */
export type AlignmentTreeEvent =
  | { readonly type: 'keydown'; readonly event: TreeKeyEvent; readonly rows: readonly TreeRow[] }
  /** A click on a row: select it. */
  | { readonly type: 'click'; readonly row: TreeRow; readonly rows: readonly TreeRow[] }
  /** A click on a row's toggle: open or close it. */
  | { readonly type: 'toggle'; readonly row: TreeRow; readonly rows: readonly TreeRow[] }
  /** Focus arrived at a row by other means (a script, assistive technology): the roving tab stop follows. */
  | { readonly type: 'focused'; readonly id: string }
  /** The host chose the selected node (`null`: none). */
  | { readonly type: 'selected'; readonly id: string | null }
  /** A filter changed; `''` is any. */
  | { readonly type: 'filter'; readonly name: 'owner' | 'status' | 'visibility'; readonly value: string }
  /** Children of `id` arrived (or, without `nodes`, could not be loaded). */
  | { readonly type: 'loaded'; readonly id: string; readonly nodes?: readonly TreeNodeData[] | undefined }
  | { readonly type: 'loading'; readonly id: string }
  /** Another tree (a new cycle): forget the children loaded lazily. */
  | { readonly type: 'reset' };

/** What a transition asks the adapter to do. */
export type AlignmentTreeEffect =
  | { readonly type: 'select'; readonly id: string }
  | { readonly type: 'load'; readonly id: string }
  /** The key was the tree's: the adapter's default action (scrolling, typing) must not happen. */
  | { readonly type: 'prevent-default'; readonly event: TreeKeyEvent }
  /**
   * Move focus to the `item` part of the row `id`, the `index`-th of the rows (scroll it into view first:
   * the rows are windowed, so it may not be rendered yet).
   */
  | { readonly type: 'focus'; readonly part: 'item'; readonly id: string; readonly index: number };

/** The initial state: nodes open at first, and the selected node. */
export function initAlignmentTree(
  options: { readonly expanded?: Iterable<string> | undefined; readonly selectedId?: string | null | undefined } = {},
): AlignmentTreeState {
  return {
    tree: initTreeState({ expanded: options.expanded ?? [], selectedId: options.selectedId ?? null }),
    filter: {},
    loading: new Set(),
    loaded: [],
  };
}

const withTree = (
  state: AlignmentTreeState,
  result: TreeTransition,
  rows: readonly TreeRow[],
  extra: readonly AlignmentTreeEffect[] = [],
): ControllerTransition<AlignmentTreeState, AlignmentTreeEffect> => {
  const id = result.state.focusedId;
  const index = id === null ? -1 : rows.findIndex((r) => r.id === id);
  return {
    state: result.state === state.tree ? state : { ...state, tree: result.state },
    effects: [
      ...extra,
      ...result.effects,
      ...(id !== null && index >= 0 ? [{ type: 'focus', part: 'item', id, index } as const] : []),
    ],
  };
};

const filterKey = { owner: 'ownerId', status: 'status', visibility: 'visibility' } as const;

/**
 * The alignment tree's behaviour, pure: the WAI-ARIA tree pattern's keys (see {@link treeKeyDown}; keys with
 * Alt, Control or Meta are the browser's), clicks that select and toggles that open, filters, and lazy
 * loading. Every key the tree handles, click and toggle moves focus to the row it leaves focused.
 */
export function alignmentTreeTransition(
  state: AlignmentTreeState,
  event: AlignmentTreeEvent,
): ControllerTransition<AlignmentTreeState, AlignmentTreeEffect> {
  switch (event.type) {
    case 'keydown': {
      const key = event.event;
      if (key.altKey || key.ctrlKey || key.metaKey) return { state };
      const result = treeKeyDown(state.tree, event.rows, key.key, key.timeStamp);
      if (!result.handled) return { state };
      return withTree(state, result, event.rows, [{ type: 'prevent-default', event: key }]);
    }
    case 'click': {
      const id = event.row.id;
      const tree = { ...state.tree, focusedId: id, selectedId: id };
      return withTree(state, { state: tree, effects: [{ type: 'select', id }], handled: true }, event.rows);
    }
    case 'toggle':
      return withTree(state, toggleTreeNode(state.tree, event.row), event.rows);
    case 'focused':
      return state.tree.focusedId === event.id
        ? { state }
        : { state: { ...state, tree: { ...state.tree, focusedId: event.id } } };
    case 'selected': {
      if (state.tree.selectedId === event.id) return { state };
      const focusedId = event.id ?? state.tree.focusedId;
      return { state: { ...state, tree: { ...state.tree, selectedId: event.id, focusedId } } };
    }
    case 'filter': {
      const key = filterKey[event.name];
      const value = event.value === '' ? undefined : event.value;
      if (state.filter[key] === value) return { state };
      return { state: { ...state, filter: { ...state.filter, [key]: value as Status | undefined } } };
    }
    case 'loading':
      return { state: { ...state, loading: new Set(state.loading).add(event.id) } };
    case 'loaded': {
      const loading = new Set(state.loading);
      loading.delete(event.id);
      const loaded = event.nodes ? [...state.loaded, ...event.nodes] : state.loaded;
      return { state: { ...state, loading, loaded } };
    }
    case 'reset':
      return state.loaded.length === 0 && state.loading.size === 0
        ? { state }
        : { state: { ...state, loading: new Set(), loaded: [] } };
  }
}

/** The nodes a tree shows: the host's, then the children loaded lazily that it does not have. */
export function mergeTreeNodes(
  nodes: readonly TreeNodeData[],
  loaded: readonly TreeNodeData[],
): readonly TreeNodeData[] {
  if (loaded.length === 0) return nodes;
  const seen = new Set(nodes.map((n) => n.id));
  return [...nodes, ...loaded.filter((n) => !seen.has(n.id))];
}

/** What an adapter renders from: the nodes (with the lazily loaded ones), their index, the visible rows, the owner filter's options. */
export interface AlignmentTreeModel {
  readonly nodes: readonly TreeNodeData[];
  readonly index: TreeIndex;
  readonly rows: readonly TreeRow[];
  readonly owners: readonly [string, string][];
}

/**
 * A memo for {@link AlignmentTreeModel}: each step is recomputed only when what it reads changes (the
 * nodes, the expanded set, the filters, the locale), so a render that changes nothing of those is cheap.
 */
export function createAlignmentTreeModel(): (
  nodes: readonly TreeNodeData[],
  state: AlignmentTreeState,
  locale: string,
) => AlignmentTreeModel {
  let merged:
    | { nodes: readonly TreeNodeData[]; loaded: readonly TreeNodeData[]; all: readonly TreeNodeData[] }
    | undefined;
  let indexed: { nodes: readonly TreeNodeData[]; index: TreeIndex } | undefined;
  let owners: { nodes: readonly TreeNodeData[]; locale: string; owners: [string, string][] } | undefined;
  let model: (AlignmentTreeModel & { expanded: ReadonlySet<string>; filter: TreeFilter }) | undefined;
  return (nodes, state, locale) => {
    if (merged?.nodes !== nodes || merged.loaded !== state.loaded) {
      merged = { nodes, loaded: state.loaded, all: mergeTreeNodes(nodes, state.loaded) };
    }
    const all = merged.all;
    if (indexed?.nodes !== all) indexed = { nodes: all, index: createTreeIndex(all) };
    if (owners?.nodes !== all || owners.locale !== locale) {
      owners = { nodes: all, locale, owners: treeOwnerOptions(all, locale) };
    }
    if (
      model?.index !== indexed.index ||
      model.expanded !== state.tree.expanded ||
      model.filter !== state.filter ||
      model.owners !== owners.owners
    ) {
      model = {
        nodes: all,
        index: indexed.index,
        rows: visibleTreeRows(indexed.index, state.tree.expanded, state.filter),
        owners: owners.owners,
        expanded: state.tree.expanded,
        filter: state.filter,
      };
    }
    return model;
  };
}

/** The element a focus effect names: the row's `item` part, by its element id. */
export const alignmentTreeFocusId = (idBase: string, nodeId: string) => treeItemId(idBase, nodeId);

/** How the adapter carries out the controller's effects. */
export interface AlignmentTreeControllerOptions {
  /** Nodes open at first. */
  readonly expanded?: Iterable<string> | undefined;
  /** The node selected at first. */
  readonly selectedId?: string | null | undefined;
  /** The person selected a node (Enter, Space or a click). */
  readonly select?: ((id: string) => void) | undefined;
  /**
   * A node with unloaded children opened. Answer nothing when the host adds the children to its nodes itself
   * (and shows them loading), or a promise of the children: the node shows "loading…" until it settles, and
   * its children join the tree. A rejection leaves the node without children; `loadFailed` hears why.
   */
  readonly loadChildren?: ((id: string) => unknown) | undefined;
  /** Loading a node's children failed. */
  readonly loadFailed?: ((id: string, error: unknown) => void) | undefined;
  /** Moves focus to a row (see {@link alignmentTreeFocusId}), scrolling the `index`-th row into view first. */
  readonly focus?: ((id: string, index: number) => void) | undefined;
}

/** The alignment tree's controller: one for each mounted tree. */
export function createAlignmentTreeController(
  options: AlignmentTreeControllerOptions = {},
): WidgetController<AlignmentTreeState, AlignmentTreeEvent> {
  return createController<AlignmentTreeState, AlignmentTreeEvent, AlignmentTreeEffect>({
    initial: initAlignmentTree(options),
    transition: alignmentTreeTransition,
    run(effect, send) {
      switch (effect.type) {
        case 'prevent-default':
          effect.event.preventDefault();
          return;
        case 'select':
          options.select?.(effect.id);
          return;
        case 'focus':
          options.focus?.(effect.id, effect.index);
          return;
        case 'load': {
          const { id } = effect;
          let pending = false;
          settleEffect(
            () => {
              const answer = options.loadChildren?.(id);
              pending = answer instanceof Promise;
              if (pending) send({ type: 'loading', id });
              return answer;
            },
            (nodes) => {
              if (pending || Array.isArray(nodes))
                send({ type: 'loaded', id, nodes: Array.isArray(nodes) ? (nodes as TreeNodeData[]) : undefined });
            },
            (error) => {
              send({ type: 'loaded', id });
              options.loadFailed?.(id, error);
            },
          );
        }
      }
    },
  });
}
