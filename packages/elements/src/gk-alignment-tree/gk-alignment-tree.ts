import type { TreeNode } from '@goalkit/client';
import {
  type AlignmentTreeView,
  connectAlignmentTree,
  createTreeIndex,
  getMessages,
  getTreeMessages,
  initTreeState,
  STATUSES,
  type Status,
  scrollTopForRow,
  type TreeIndex,
  type TreeNodeData,
  type TreeRow,
  type TreeState,
  type TreeTransition,
  toggleTreeNode,
  treeItemId,
  treeKeyDown,
  treeOwnerOptions,
  visibleTreeRows,
  windowRows,
} from '@goalkit/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { QueryController } from '../controllers/query-controller.js';
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

  #state: TreeState | undefined;
  #ownerId = '';
  #status: Status | '' = '';
  #visibility: 'public' | 'private' | '' = '';
  #scrollTop = 0;
  #viewport = 0;
  #moveFocus = false;
  #resize: ResizeObserver | undefined;
  #observed: Element | undefined;
  #extra: readonly TreeNodeData[] = [];
  #loadingIds: ReadonlySet<string> = new Set();
  #index: { nodes: readonly TreeNodeData[]; index: TreeIndex } | undefined;
  #rows: { key: unknown[]; rows: TreeRow[] } | undefined;
  #merged: { base: readonly TreeNode[]; extra: readonly TreeNodeData[]; nodes: readonly TreeNodeData[] } | undefined;

  #tree = new QueryController<{ nodes: TreeNode[] }>(this, this.queryClient, () =>
    !this.nodes && this.cycle
      ? this.goalkit?.queries.objectives.tree(
          this.depth === undefined ? { cycle: this.cycle } : { cycle: this.cycle, depth: this.depth },
        )
      : undefined,
  );

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
    const selected = this.selected ?? null;
    if (changed.has('selected') && this.#state && this.#state.selectedId !== selected) {
      this.#state = { ...this.#state, selectedId: selected, focusedId: selected ?? this.#state.focusedId };
    }
    if (changed.has('cycle') && changed.get('cycle') !== undefined) {
      this.#extra = [];
      this.#loadingIds = new Set();
    }
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
    if (this.#moveFocus) {
      this.#moveFocus = false;
      const id = this.#state?.focusedId;
      if (id) (this.renderRoot as ShadowRoot).getElementById(treeItemId(ID_BASE, id))?.focus({ preventScroll: true });
    }
  }

  #nodes(): readonly TreeNodeData[] | undefined {
    if (this.nodes) return this.nodes;
    const base = this.#tree.result?.data?.nodes;
    if (!base) return undefined;
    if (this.#extra.length === 0) return base;
    const m = this.#merged;
    if (m && m.base === base && m.extra === this.#extra) return m.nodes;
    const seen = new Set(base.map((n) => n.id));
    const nodes = [...base, ...this.#extra.filter((n) => !seen.has(n.id))];
    this.#merged = { base, extra: this.#extra, nodes };
    return nodes;
  }

  #rowsOf(nodes: readonly TreeNodeData[], state: TreeState): TreeRow[] {
    if (this.#index?.nodes !== nodes) this.#index = { nodes, index: createTreeIndex(nodes) };
    const key = [this.#index.index, state.expanded, this.#ownerId, this.#status, this.#visibility];
    if (this.#rows?.key.every((k, i) => k === key[i])) return this.#rows.rows;
    const rows = visibleTreeRows(this.#index.index, state.expanded, {
      ownerId: this.#ownerId || undefined,
      status: this.#status || undefined,
      visibility: this.#visibility || undefined,
    });
    this.#rows = { key, rows };
    return rows;
  }

  #apply(result: TreeTransition, rows: readonly TreeRow[], focus: boolean): void {
    this.#state = result.state;
    if (result.state.selectedId !== null && result.state.selectedId !== this.selected) {
      this.selected = result.state.selectedId;
    }
    for (const effect of result.effects) {
      if (effect.type === 'select') this.dispatchEvent(new GkSelectEvent({ objectiveId: effect.id }));
      else this.#loadChildren(effect.id);
    }
    this.requestUpdate();
    if (!focus) return;
    this.#moveFocus = true;
    const target = rows.findIndex((r) => r.id === result.state.focusedId);
    const el = this.renderRoot.querySelector<HTMLElement>('[part="tree"]');
    if (el && target >= 0) {
      const next = scrollTopForRow(target, this.rowHeight, el.scrollTop, el.clientHeight);
      if (next !== el.scrollTop) {
        el.scrollTop = next;
        this.#scrollTop = next;
      }
    }
  }

  #loadChildren(objectiveId: string): void {
    const goalkit = this.goalkit;
    if (this.nodes || !this.cycle || !goalkit) {
      this.dispatchEvent(new GkLoadChildrenEvent({ objectiveId }));
      return;
    }
    this.#loadingIds = new Set(this.#loadingIds).add(objectiveId);
    void goalkit.queryClient
      .fetchQuery(goalkit.queries.objectives.tree({ cycle: this.cycle, root: objectiveId, depth: 1 }))
      .then((answer) => {
        this.#extra = [...this.#extra, ...answer.nodes];
      })
      .catch((error: unknown) => this.reportError('load-children', error))
      .finally(() => {
        const next = new Set(this.#loadingIds);
        next.delete(objectiveId);
        this.#loadingIds = next;
        this.requestUpdate();
      });
  }

  override render() {
    const nodes = this.#nodes();
    if (!nodes) return this.renderQueryState('alignment-tree', this.#tree);
    const locale = this.resolvedLocale;
    this.#state ??= initTreeState({ expanded: this.defaultExpanded ?? [], selectedId: this.selected ?? null });
    const state = this.#state;
    const rows = this.#rowsOf(nodes, state);
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
      state,
      window: win,
      rowHeight,
      label: this.label,
      loading: this.nodes ? this.loading : this.#loadingIds,
      idBase: ID_BASE,
      locale,
    });
    if (view.shows === 'empty') return this.renderLoadState('alignment-tree', 'empty', { message: view.emptyText });
    const treeBag = { ...view.tree, style: { '--gk-tree-max-height': `${this.height}px` } };
    return html`<div ${attrs(view.root)}>
      ${this.hideFilters ? nothing : this.#renderFilters(view, nodes, locale)}
      ${
        view.shows === 'no-matches'
          ? html`<p ${attrs(view.empty)}>${view.noMatchesText}</p>`
          : html`<div
            ${attrs(treeBag)}
            @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event, rows)}
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
                      @focus=${() => this.#focusRow(item.row.id)}
                      @click=${() =>
                        this.#apply(
                          {
                            state: { ...state, focusedId: item.row.id, selectedId: item.row.id },
                            effects: [{ type: 'select', id: item.row.id }],
                            handled: true,
                          },
                          rows,
                          true,
                        )}
                    >
                      <span
                        ${attrs(item.toggle)}
                        @click=${(event: Event) => {
                          event.stopPropagation();
                          this.#apply(toggleTreeNode(state, item.row), rows, true);
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

  #renderFilters(view: AlignmentTreeView, nodes: readonly TreeNodeData[], locale: string) {
    const messages = getMessages(locale);
    const text = getTreeMessages(locale);
    const owners = treeOwnerOptions(nodes, locale);
    return html`<div ${attrs(view.filters)}>
      <span ${attrs(view.filterField)}>
        <label for=${view.filter('owner').id as string}>${text.filterOwner}</label>
        <select
          ${attrs(view.filter('owner'))}
          .value=${live(this.#ownerId)}
          @change=${(e: Event) => {
            this.#ownerId = (e.target as HTMLSelectElement).value;
            this.requestUpdate();
          }}
        >
          <option value="">${text.any}</option>
          ${owners.map(([id, name]) => html`<option value=${id} ?selected=${id === this.#ownerId}>${name}</option>`)}
        </select>
      </span>
      <span ${attrs(view.filterField)}>
        <label for=${view.filter('status').id as string}>${text.filterStatus}</label>
        <select
          ${attrs(view.filter('status'))}
          .value=${live(this.#status)}
          @change=${(e: Event) => {
            this.#status = (e.target as HTMLSelectElement).value as Status | '';
            this.requestUpdate();
          }}
        >
          <option value="">${text.any}</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.#status}>${messages.status[s]}</option>`)}
        </select>
      </span>
      ${
        nodes.some((n) => n.visibility === 'private')
          ? html`<span ${attrs(view.filterField)}>
            <label for=${view.filter('visibility').id as string}>${text.filterVisibility}</label>
            <select
              ${attrs(view.filter('visibility'))}
              .value=${live(this.#visibility)}
              @change=${(e: Event) => {
                this.#visibility = (e.target as HTMLSelectElement).value as 'public' | 'private' | '';
                this.requestUpdate();
              }}
            >
              <option value="">${text.any}</option>
              <option value="public" ?selected=${this.#visibility === 'public'}>${text.visibilityOptions.public}</option>
              <option value="private" ?selected=${this.#visibility === 'private'}>${text.visibilityOptions.private}</option>
            </select>
          </span>`
          : nothing
      }
    </div>`;
  }

  /** Focus that arrives by other means (a script, assistive technology) moves the roving tab stop too. */
  #focusRow(id: string): void {
    if (!this.#state || this.#state.focusedId === id) return;
    this.#state = { ...this.#state, focusedId: id };
    this.requestUpdate();
  }

  #onKeyDown(event: KeyboardEvent, rows: readonly TreeRow[]): void {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.#state) return;
    const result = treeKeyDown(this.#state, rows, event.key, event.timeStamp);
    if (!result.handled) return;
    event.preventDefault();
    this.#apply(result, rows, true);
  }
}
