'use client';
import { getMessages, getTreeMessages, STATUSES } from '@goalkit/core';
import {
  type AlignmentTreeState,
  alignmentTreeFocusId,
  connectAlignmentTree,
  createAlignmentTreeController,
  createAlignmentTreeModel,
  scrollTopForRow,
  type TreeNodeData,
  windowRows,
} from '@goalkit/core/connect';
import { type CSSProperties, useEffect, useId, useRef, useState } from 'react';
import { useGoalkit, useLocale } from '../GoalkitContext.js';
import { useTree } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView } from '../internal/LoadStateView.js';
import { useController } from '../internal/useController.js';
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

interface AlignmentTreeBodyProps extends AlignmentTreeDataProps {
  /** Connected mode: loads a node's children (a promise of them). */
  readonly fetchChildren?: ((id: string) => Promise<readonly TreeNodeData[]>) | undefined;
  /** Connected mode: the cycle; another one forgets the children loaded for the last. */
  readonly cycle?: string | undefined;
}

function AlignmentTreeBody(props: AlignmentTreeBodyProps) {
  const { nodes, rowHeight = 44, height = 480 } = props;
  const locale = useLocale(props.locale);
  const messages = getMessages(locale);
  const treeText = getTreeMessages(locale);
  const idBase = useId();
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const treeRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | undefined>(undefined);
  // The controller is made once; the host's latest callbacks are read when it calls them.
  const latest = useRef(props);
  latest.current = props;
  const [state, send] = useController(() =>
    createAlignmentTreeController({
      expanded: props.defaultExpanded,
      select: (id) => latest.current.onSelect?.({ objectiveId: id }),
      loadChildren: (id) => {
        const { fetchChildren, onLoadChildren } = latest.current;
        if (fetchChildren) return fetchChildren(id);
        onLoadChildren?.({ objectiveId: id });
        return undefined;
      },
      focus: (id, index) => {
        pendingFocus.current = id;
        const el = treeRef.current;
        if (el) {
          const next = scrollTopForRow(index, latest.current.rowHeight ?? 44, el.scrollTop, el.clientHeight);
          if (next !== el.scrollTop) {
            el.scrollTop = next;
            setScrollTop(next);
          }
        }
        document.getElementById(alignmentTreeFocusId(idBase, id))?.focus({ preventScroll: true });
      },
    }),
  );
  const [model] = useState(createAlignmentTreeModel);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the cycle changes (a no-op at first).
  useEffect(() => send({ type: 'reset' }), [props.cycle, send]);
  const { rows, owners } = model(nodes, state, locale);

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

  // A focus move asked for before the row was rendered (windowed out, or just opened) lands after the render.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    pendingFocus.current = undefined;
    document.getElementById(alignmentTreeFocusId(idBase, id))?.focus({ preventScroll: true });
  });

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
    state: state.tree,
    window: win,
    rowHeight,
    label: props.label,
    loading: props.fetchChildren ? state.loading : props.loading,
    idBase,
    locale,
  });
  const filter = (name: 'owner' | 'status' | 'visibility') => (e: { target: { value: string } }) =>
    send({ type: 'filter', name, value: e.target.value });
  const filterValue = (key: keyof AlignmentTreeState['filter']) => state.filter[key] ?? '';

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
            <select {...attrs(view.filter('owner'))} value={filterValue('ownerId')} onChange={filter('owner')}>
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
            <select {...attrs(view.filter('status'))} value={filterValue('status')} onChange={filter('status')}>
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
                value={filterValue('visibility')}
                onChange={filter('visibility')}
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
          onKeyDown={(event) => send({ type: 'keydown', event, rows })}
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
                  onFocus={(event) => {
                    if (event.target === event.currentTarget) send({ type: 'focused', id: item.row.id });
                  }}
                  onClick={() => send({ type: 'click', row: item.row, rows })}
                >
                  {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a pointer shortcut; keyboard users open nodes with ArrowRight. */}
                  <span
                    {...attrs(item.toggle)}
                    onClick={(e) => {
                      e.stopPropagation();
                      send({ type: 'toggle', row: item.row, rows });
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
  const fetchChildren = (id: string) =>
    queryClient.fetchQuery(queries.objectives.tree({ cycle, root: id, depth: 1 })).then((answer) => answer.nodes);
  return <AlignmentTreeBody {...rest} cycle={cycle} nodes={tree.data.nodes} fetchChildren={fetchChildren} />;
}

/**
 * The goal cascade (company → department → team → person) as a WAI-ARIA tree: arrow keys, Home/End,
 * type-ahead, rolled-up progress and status on every node, filters by owner and status, and
 * fixed-row-height windowing so 10,000 nodes render as cheaply as 30.
 */
export function AlignmentTree(props: AlignmentTreeProps) {
  return 'nodes' in props ? <AlignmentTreeBody {...props} /> : <ConnectedAlignmentTree {...props} />;
}
