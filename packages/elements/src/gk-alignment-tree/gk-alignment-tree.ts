import type { TreeNode } from '@goalkit/client';
import { getMessages, getTreeMessages, STATUSES } from '@goalkit/core';
import {
  type AlignmentTreeEvent,
  type AlignmentTreeState,
  type AlignmentTreeView,
  alignmentTreeFocusId,
  connectAlignmentTree,
  createAlignmentTreeController,
  createAlignmentTreeModel,
  scrollTopForRow,
  type TreeNodeData,
  windowRows,
} from '@goalkit/core/connect';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { QueryController } from '../controllers/query-controller.js';
import { WidgetControllerBinding } from '../controllers/widget-controller.js';
import { attrs } from '../directives/attrs.js';
import { GkLoadChildrenEvent, GkSelectEvent } from '../events.js';
import { GoalkitElement } from '../internal/goalkit-element.js';
import { renderProgress } from '../internal/progress.js';
import { baseStyles, tokenStyles } from '../styles.js';
import { alignmentTreeStyles } from './gk-alignment-tree.styles.js';

const ID_BASE = 'gk-tree';
const idList = {
  fromAttribute: (value: string | null) => (value ? value.split(/\s+/).filter(Boolean) : []),
  toAttribute: (value: readonly string[] | undefined) => value?.join(' '),
};

/**
 * @tag gk-alignment-tree
 * @summary The goal cascade (company → department → team → person) as a WAI-ARIA tree, with filters and fixed-row-height windowing so 10,000 nodes stay smooth.
 *
 * Keyboard: ArrowUp/Down move, ArrowRight opens or enters, ArrowLeft closes or goes to the parent,
 * Home/End jump, Enter/Space select, `*` opens every sibling, letters search titles.
 * Presentational: set `nodes` (as `GET /tree` returns them) and answer `gk-load-children` by adding
 * children. Connected: set `cycle` inside a `<gk-provider>`; children load lazily.
 *
 * @csspart root - Filters and tree.
 * @csspart filters - The filter bar.
 * @csspart filter-field - A label and its select.
 * @csspart filter - The owner or status select.
 * @csspart tree - The scrolling `role="tree"` viewport.
 * @csspart spacer - The full height of all rows.
 * @csspart window - The rendered rows, shifted to the scroll position.
 * @csspart item - One `treeitem` row.
 * @csspart toggle - The open/close arrow.
 * @csspart label - Title and owner.
 * @csspart title - The node's title.
 * @csspart private-badge - "Private" on a private goal.
 * @csspart meta - Its owner, or "loading…".
 * @csspart progress - The row's `<gk-progress>`; its parts are exported as `progress-*`.
 * @csspart empty - "No goals match these filters."
 * @csspart state-message - The loading, error or empty message.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty [--gk-tree-max-height=30rem] - Maximum height of the tree viewport (the `height` property sets it); fewer rows make it shorter.
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour (the selected row's edge, focus ring).
 * @cssproperty [--gk-color-raised=#f6f8fa] - Selected row background.
 * @cssproperty [--gk-color-surface=#ffffff] - Tree background.
 * @cssproperty [--gk-color-border=#8c959f] - Tree border.
 *
 * @event {GkSelectEvent} gk-select - The person selected a node (Enter, Space or a click).
 * @event {GkLoadChildrenEvent} gk-load-children - Presentational mode: a node with unloaded children was opened.
 * @event {GkErrorEvent} gk-error - Connected mode: the tree or a node's children could not be loaded.
 */
export class GkAlignmentTree extends GoalkitElement {
  static override styles = [tokenStyles, baseStyles, alignmentTreeStyles];

  static override properties = {
    nodes: { attribute: false },
    loading: { attribute: false },
    cycle: {},
    depth: { type: Number },
    defaultExpanded: { attribute: 'default-expanded', converter: idList },
    rowHeight: { attribute: 'row-height', type: Number },
    height: { type: Number },
    label: {},
    hideFilters: { attribute: 'hide-filters', type: Boolean },
    selected: { reflect: true },
  };

  /** Presentational mode: the nodes, as `GET /tree` returns them. */
  declare nodes: readonly TreeNodeData[] | undefined;
  /** Presentational mode: ids of nodes whose children are loading. */
  declare loading: ReadonlySet<string> | undefined;
  /** Connected mode: the cycle whose tree to show. */
  declare cycle: string | undefined;
  /** Connected mode: levels to load at first. */
  declare depth: number | undefined;
  /** Nodes open at first (attribute: space-separated ids). */
  declare defaultExpanded: readonly string[] | undefined;
  /** Height of every row in CSS pixels (windowing needs a fixed height). @default 44 */
  declare rowHeight: number;
  /** Maximum height of the tree viewport in CSS pixels; a tree with fewer rows is as tall as its rows. @default 480 */
  declare height: number;
  /** The tree's accessible name. @default "Goal alignment" */
  declare label: string | undefined;
  /** Hide the owner and status filters. @default false */
  declare hideFilters: boolean;
  /** The selected node's id (reflected). */
  declare selected: string | undefined;

  #scrollTop = 0;
  #viewport = 0;
  #moveFocus: string | undefined;
  #resize: ResizeObserver | undefined;
  #observed: Element | undefined;
  #model = createAlignmentTreeModel();

  #tree = new QueryController<{ nodes: TreeNode[] }>(this, this.queryClient, () =>
    !this.nodes && this.cycle
      ? this.goalkit?.queries.objectives.tree(
          this.depth === undefined ? { cycle: this.cycle } : { cycle: this.cycle, depth: this.depth },
        )
      : undefined,
  );

  // Made at the first render, when `default-expanded` and `selected` are known.
  #controller: WidgetControllerBinding<AlignmentTreeState, AlignmentTreeEvent> | undefined;

  #bind(): WidgetControllerBinding<AlignmentTreeState, AlignmentTreeEvent> {
    this.#controller ??= new WidgetControllerBinding(
      this,
      createAlignmentTreeController({
        expanded: this.defaultExpanded,
        selectedId: this.selected ?? null,
        select: (id) => {
          this.selected = id;
          this.dispatchEvent(new GkSelectEvent({ objectiveId: id }));
        },
        loadChildren: (id) => this.#loadChildren(id),
        loadFailed: (_id, error) => this.reportError('load-children', error),
        focus: (id, index) => {
          this.#moveFocus = id;
          const el = this.renderRoot.querySelector<HTMLElement>('[part="tree"]');
          if (el) {
            const next = scrollTopForRow(index, this.rowHeight, el.scrollTop, el.clientHeight);
            if (next !== el.scrollTop) {
              el.scrollTop = next;
              this.#scrollTop = next;
            }
          }
          this.requestUpdate();
        },
      }),
    );
    return this.#controller;
  }

  constructor() {
    super();
    this.rowHeight = 44;
    this.height = 480;
    this.hideFilters = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected')) this.#controller?.send({ type: 'selected', id: this.selected ?? null });
    if (changed.has('cycle') && changed.get('cycle') !== undefined) this.#controller?.send({ type: 'reset' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const tree = this.renderRoot.querySelector<HTMLElement>('[part="tree"]');
    if (tree !== this.#observed) {
      this.#resize?.disconnect();
      this.#observed = tree ?? undefined;
      if (tree) {
        this.#resize ??= new ResizeObserver(() => {
          const height = this.#observed?.clientHeight ?? 0;
          if (height !== this.#viewport) {
            this.#viewport = height;
            this.requestUpdate();
          }
        });
        this.#resize.observe(tree);
      }
    }
    const focus = this.#moveFocus;
    if (focus !== undefined) {
      this.#moveFocus = undefined;
      (this.renderRoot as ShadowRoot)
        .getElementById(alignmentTreeFocusId(ID_BASE, focus))
        ?.focus({ preventScroll: true });
    }
  }

  /** Presentational mode asks the host (`gk-load-children`); connected mode loads the children itself. */
  #loadChildren(objectiveId: string): Promise<readonly TreeNodeData[]> | undefined {
    const goalkit = this.goalkit;
    if (this.nodes || !this.cycle || !goalkit) {
      this.dispatchEvent(new GkLoadChildrenEvent({ objectiveId }));
      return undefined;
    }
    return goalkit.queryClient
      .fetchQuery(goalkit.queries.objectives.tree({ cycle: this.cycle, root: objectiveId, depth: 1 }))
      .then((answer) => answer.nodes);
  }

  override render() {
    const base = this.nodes ?? this.#tree.result?.data?.nodes;
    if (!base) return this.renderQueryState('alignment-tree', this.#tree);
    const locale = this.resolvedLocale;
    const controller = this.#bind();
    const state = controller.state;
    const { nodes, rows, owners } = this.#model(base, state, locale);
    const rowHeight = this.rowHeight;
    const win = windowRows({
      rowCount: rows.length,
      rowHeight,
      scrollTop: this.#scrollTop,
      viewportHeight: this.#viewport,
      fallbackHeight: this.height,
    });
    const view = connectAlignmentTree({
      rows,
      nodeCount: nodes.length,
      state: state.tree,
      window: win,
      rowHeight,
      label: this.label,
      loading: this.nodes ? this.loading : state.loading,
      idBase: ID_BASE,
      locale,
    });
    if (view.shows === 'empty') return this.renderLoadState('alignment-tree', 'empty', { message: view.emptyText });
    const treeBag = { ...view.tree, style: { '--gk-tree-max-height': `${this.height}px` } };
    return html`<div ${attrs(view.root)}>
      ${this.hideFilters ? nothing : this.#renderFilters(view, nodes, owners, state, locale)}
      ${
        view.shows === 'no-matches'
          ? html`<p ${attrs(view.empty)}>${view.noMatchesText}</p>`
          : html`<div
            ${attrs(treeBag)}
            @keydown=${(event: KeyboardEvent) => controller.send({ type: 'keydown', event, rows })}
            @scroll=${(event: Event) => {
              this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
              this.requestUpdate();
            }}
          >
            <div ${attrs(view.spacer)}>
              <div ${attrs(view.windowPart)}>
                ${repeat(
                  view.items,
                  (item) => item.row.id,
                  (item) =>
                    html`<div
                      ${attrs(item.item)}
                      @focus=${() => controller.send({ type: 'focused', id: item.row.id })}
                      @click=${() => controller.send({ type: 'click', row: item.row, rows })}
                    >
                      <span
                        ${attrs(item.toggle)}
                        @click=${(event: Event) => {
                          event.stopPropagation();
                          controller.send({ type: 'toggle', row: item.row, rows });
                        }}
                      ></span>
                      <span ${attrs(item.label)}>
                        <span ${attrs(item.title)}>${item.titleText}${item.privateText ? html` <span ${attrs(item.privateBadge)}>${item.privateText}</span>` : nothing}</span>
                        <span ${attrs(item.meta)}>${item.loadingText ?? item.ownerText}</span>
                      </span>
                      ${renderProgress(item.progress)}
                    </div>`,
                )}
              </div>
            </div>
          </div>`
      }
    </div>`;
  }

  #renderFilters(
    view: AlignmentTreeView,
    nodes: readonly TreeNodeData[],
    owners: readonly [string, string][],
    state: AlignmentTreeState,
    locale: string,
  ) {
    const messages = getMessages(locale);
    const text = getTreeMessages(locale);
    const ownerId = state.filter.ownerId ?? '';
    const status = state.filter.status ?? '';
    const visibility = state.filter.visibility ?? '';
    const filter = (name: 'owner' | 'status' | 'visibility') => (e: Event) =>
      this.#controller?.send({ type: 'filter', name, value: (e.target as HTMLSelectElement).value });
    return html`<div ${attrs(view.filters)}>
      <span ${attrs(view.filterField)}>
        <label for=${view.filter('owner').id as string}>${text.filterOwner}</label>
        <select
          ${attrs(view.filter('owner'))}
          .value=${live(ownerId)}
          @change=${filter('owner')}
        >
          <option value="">${text.any}</option>
          ${owners.map(([id, name]) => html`<option value=${id} ?selected=${id === ownerId}>${name}</option>`)}
        </select>
      </span>
      <span ${attrs(view.filterField)}>
        <label for=${view.filter('status').id as string}>${text.filterStatus}</label>
        <select
          ${attrs(view.filter('status'))}
          .value=${live(status)}
          @change=${filter('status')}
        >
          <option value="">${text.any}</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${messages.status[s]}</option>`)}
        </select>
      </span>
      ${
        nodes.some((n) => n.visibility === 'private')
          ? html`<span ${attrs(view.filterField)}>
            <label for=${view.filter('visibility').id as string}>${text.filterVisibility}</label>
            <select
              ${attrs(view.filter('visibility'))}
              .value=${live(visibility)}
              @change=${filter('visibility')}
            >
              <option value="">${text.any}</option>
              <option value="public" ?selected=${visibility === 'public'}>${text.visibilityOptions.public}</option>
              <option value="private" ?selected=${visibility === 'private'}>${text.visibilityOptions.private}</option>
            </select>
          </span>`
          : nothing
      }
    </div>`;
  }
}
