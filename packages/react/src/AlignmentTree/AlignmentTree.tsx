'use client';
import {
  connectAlignmentTree,
  createTreeIndex,
  getMessages,
  getTreeMessages,
  initTreeState,
  STATUSES,
  type Status,
  scrollTopForRow,
  type TreeEffect,
  type TreeNodeData,
  type TreeTransition,
  toggleTreeNode,
  treeItemId,
  treeKeyDown,
  treeOwnerOptions,
  visibleTreeRows,
  windowRows,
} from '@goalkit/core';
import {
  type CSSProperties,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useGoalkit, useLocale } from '../GoalkitContext.js';
import { useTree } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView } from '../internal/LoadStateView.js';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter.js';

/** The detail of `onSelect` (and of the `gk-select` event). */
export interface TreeSelectDetail {
  readonly objectiveId: string;
}

interface AlignmentTreeCommon {
  /** Called when the person selects a node (Enter, Space or a click). */
  readonly onSelect?: ((detail: TreeSelectDetail) => void) | undefined;
  /** Nodes open at first. */
  readonly defaultExpanded?: readonly string[] | undefined;
  /** Height of every row in CSS pixels (windowing needs a fixed height). @default 44 */
  readonly rowHeight?: number | undefined;
  /** Maximum viewport height in CSS pixels (a tree with fewer rows is as tall as its rows), also assumed before it is measured. @default 480 */
  readonly height?: number | undefined;
  /** The tree's accessible name. @default "Goal alignment" */
  readonly label?: string | undefined;
  /** Show the owner and status filters. @default true */
  readonly filters?: boolean | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the nodes (as `GET /tree` returns them). */
export interface AlignmentTreeDataProps extends AlignmentTreeCommon {
  readonly nodes: readonly TreeNodeData[];
  /** Called when a node with unloaded children opens; add its children to `nodes`. */
  readonly onLoadChildren?: ((detail: TreeSelectDetail) => void) | undefined;
  /** Ids of nodes whose children are loading. */
  readonly loading?: ReadonlySet<string> | undefined;
}

/** Connected mode: a cycle; children beyond the first answer load lazily from `GET /tree?root=`. */
export interface AlignmentTreeConnectedProps extends AlignmentTreeCommon {
  readonly cycle: string;
  /** Levels to load at first. */
  readonly depth?: number | undefined;
}

/** Props of {@link AlignmentTree}. */
export type AlignmentTreeProps = AlignmentTreeDataProps | AlignmentTreeConnectedProps;

function AlignmentTreeBody(props: AlignmentTreeDataProps) {
  const { nodes, rowHeight = 44, height = 480, onSelect, onLoadChildren } = props;
  const locale = useLocale(props.locale);
  const messages = getMessages(locale);
  const treeText = getTreeMessages(locale);
  const idBase = useId();
  const [state, setState] = useState(() => initTreeState({ expanded: props.defaultExpanded ?? [] }));
  const [ownerId, setOwnerId] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [visibility, setVisibility] = useState<'public' | 'private' | ''>('');
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const treeRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  const index = useMemo(() => createTreeIndex(nodes), [nodes]);
  const rows = useMemo(
    () =>
      visibleTreeRows(index, state.expanded, {
        ownerId: ownerId || undefined,
        status: status || undefined,
        visibility: visibility || undefined,
      }),
    [index, state.expanded, ownerId, status, visibility],
  );
  const owners = useMemo(() => treeOwnerOptions(nodes, locale), [nodes, locale]);

  useEffect(() => {
    const el = treeRef.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const win = windowRows({
    rowCount: rows.length,
    rowHeight,
    scrollTop,
    viewportHeight: viewport,
    fallbackHeight: height,
  });
  const view = connectAlignmentTree({
    rows,
    nodeCount: nodes.length,
    state,
    window: win,
    rowHeight,
    label: props.label,
    loading: props.loading,
    idBase,
    locale,
  });
  const focusedId = rows[view.focusedIndex]?.id;

  useEffect(() => {
    if (!moveFocus.current || focusedId === undefined) return;
    moveFocus.current = false;
    document.getElementById(treeItemId(idBase, focusedId))?.focus({ preventScroll: true });
  }, [focusedId, idBase]);

  const apply = useCallback(
    (result: TreeTransition, focus: boolean) => {
      setState(result.state);
      for (const effect of result.effects as TreeEffect[]) {
        if (effect.type === 'select') onSelect?.({ objectiveId: effect.id });
        else onLoadChildren?.({ objectiveId: effect.id });
      }
      if (!focus) return;
      moveFocus.current = true;
      const target = rows.findIndex((r) => r.id === result.state.focusedId);
      const el = treeRef.current;
      if (el && target >= 0) {
        const next = scrollTopForRow(target, rowHeight, el.scrollTop, el.clientHeight);
        if (next !== el.scrollTop) {
          el.scrollTop = next;
          setScrollTop(next);
        }
      }
    },
    [onSelect, onLoadChildren, rows, rowHeight],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const result = treeKeyDown(state, rows, event.key, event.timeStamp);
    if (!result.handled) return;
    event.preventDefault();
    apply(result, true);
  };

  if (view.shows === 'empty') {
    return (
      <LoadStateView
        scope="alignment-tree"
        state="empty"
        locale={locale}
        message={view.emptyText}
        className={props.className}
      />
    );
  }

  return (
    <div {...attrs(view.root)} className={props.className}>
      {props.filters !== false && (
        <div {...attrs(view.filters)}>
          <span {...attrs(view.filterField)}>
            <label htmlFor={view.filter('owner').id as string}>{treeText.filterOwner}</label>
            <select {...attrs(view.filter('owner'))} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">{treeText.any}</option>
              {owners.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </span>
          <span {...attrs(view.filterField)}>
            <label htmlFor={view.filter('status').id as string}>{treeText.filterStatus}</label>
            <select
              {...attrs(view.filter('status'))}
              value={status}
              onChange={(e) => setStatus(e.target.value as Status | '')}
            >
              <option value="">{treeText.any}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {messages.status[s]}
                </option>
              ))}
            </select>
          </span>
          {nodes.some((n) => n.visibility === 'private') && (
            <span {...attrs(view.filterField)}>
              <label htmlFor={view.filter('visibility').id as string}>{treeText.filterVisibility}</label>
              <select
                {...attrs(view.filter('visibility'))}
                value={visibility}
                onChange={(e) => setVisibility(e.target.value as 'public' | 'private' | '')}
              >
                <option value="">{treeText.any}</option>
                <option value="public">{treeText.visibilityOptions.public}</option>
                <option value="private">{treeText.visibilityOptions.private}</option>
              </select>
            </span>
          )}
        </div>
      )}
      {view.shows === 'no-matches' ? (
        <p {...attrs(view.empty)}>{view.noMatchesText}</p>
      ) : (
        // biome-ignore lint/a11y/noStaticElementInteractions: the spread bag makes it role="tree", the pattern's keyboard owner.
        <div
          {...attrs(view.tree)}
          ref={treeRef}
          onKeyDown={onKeyDown}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          style={{ '--gk-tree-max-height': `${height}px` } as CSSProperties}
        >
          <div {...attrs(view.spacer)}>
            <div {...attrs(view.windowPart)}>
              {view.items.map((item) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a treeitem (from the bag); the tree's keydown handler serves it.
                <div
                  key={item.row.id}
                  {...attrs(item.item)}
                  onClick={() =>
                    apply(
                      {
                        state: { ...state, focusedId: item.row.id, selectedId: item.row.id },
                        effects: [{ type: 'select', id: item.row.id }],
                        handled: true,
                      },
                      true,
                    )
                  }
                >
                  {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a pointer shortcut; keyboard users open nodes with ArrowRight. */}
                  <span
                    {...attrs(item.toggle)}
                    onClick={(e) => {
                      e.stopPropagation();
                      apply(toggleTreeNode(state, item.row), true);
                    }}
                  />
                  <span {...attrs(item.label)}>
                    <span {...attrs(item.title)}>
                      {item.titleText}
                      {item.privateText && (
                        <>
                          {' '}
                          <span {...attrs(item.privateBadge)}>{item.privateText}</span>
                        </>
                      )}
                    </span>{' '}
                    <span {...attrs(item.meta)}>{item.loadingText ?? item.ownerText}</span>
                  </span>
                  <ProgressMeter {...item.progress} />
                </div>
              ))}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

function ConnectedAlignmentTree({ cycle, depth, ...rest }: AlignmentTreeConnectedProps) {
  const locale = useLocale(rest.locale);
  const { queries, queryClient } = useGoalkit();
  const tree = useTree(depth === undefined ? { cycle } : { cycle, depth });
  const [extra, setExtra] = useState<readonly TreeNodeData[]>([]);
  const [loading, setLoading] = useState<ReadonlySet<string>>(new Set());
  const nodes = useMemo(() => {
    const base = tree.data?.nodes ?? [];
    if (extra.length === 0) return base;
    const seen = new Set(base.map((n) => n.id));
    return [...base, ...extra.filter((n) => !seen.has(n.id))];
  }, [tree.data, extra]);
  const loadChildren = ({ objectiveId }: TreeSelectDetail) => {
    setLoading((s) => new Set(s).add(objectiveId));
    void queryClient
      .fetchQuery(queries.objectives.tree({ cycle, root: objectiveId, depth: 1 }))
      .then((answer) => setExtra((old) => [...old, ...answer.nodes]))
      .catch(() => undefined)
      .finally(() =>
        setLoading((s) => {
          const next = new Set(s);
          next.delete(objectiveId);
          return next;
        }),
      );
  };
  if (!tree.data) {
    return (
      <LoadStateView
        scope="alignment-tree"
        state={tree.isError ? 'error' : 'loading'}
        locale={locale}
        className={rest.className}
        error={tree.error}
        onRetry={() => void tree.refetch()}
      />
    );
  }
  return <AlignmentTreeBody {...rest} nodes={nodes} loading={loading} onLoadChildren={loadChildren} />;
}

/**
 * The goal cascade (company → department → team → person) as a WAI-ARIA tree: arrow keys, Home/End,
 * type-ahead, rolled-up progress and status on every node, filters by owner and status, and
 * fixed-row-height windowing so 10,000 nodes render as cheaply as 30.
 */
export function AlignmentTree(props: AlignmentTreeProps) {
  return 'nodes' in props ? <AlignmentTreeBody {...props} /> : <ConnectedAlignmentTree {...props} />;
}
