// The page side of the browser benchmarks: mounts the React AlignmentTree or <gk-alignment-tree> with
// generated nodes and times mount → first render committed, and one check-in → re-render committed.
// Built into one script by scripts/bench-browser.mjs, which drives it from Node through playwright-core.
import '@goalkit/elements/define/gk-alignment-tree.js';
import type { TreeNodeData } from '@goalkit/core/connect';
import { AlignmentTree } from '@goalkit/react';
import { type ReactNode, useLayoutEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type BenchTree, checkIn, generateTree } from './nodes.ts';

const ROW_HEIGHT = 44;
const VIEWPORT = 480;

/** Which widget, and whether it windows its rows or renders every one. */
export interface CaseConfig {
  readonly impl: 'react' | 'lit';
  /** `windowed`: the widget as shipped (480 px viewport). `every-row`: the same widget given a viewport as tall as all its rows, so windowing renders every node. */
  readonly mode: 'windowed' | 'every-row';
  readonly nodes: number;
  readonly measure: 'mount' | 'update';
  readonly warmup: number;
  readonly runs: number;
}

/** One timed run: script work until the DOM is written, and until style and layout are done too. */
export interface Sample {
  readonly commit: number;
  readonly layout: number;
}

export interface CaseResult {
  readonly samples: Sample[];
  /** Tree rows in the DOM after the timed render, to show what each mode renders. */
  readonly renderedRows: number;
}

interface Mounted {
  /** Resolves when the widget's DOM has been written, with `performance.now()` at that moment and after a forced layout. */
  render(nodes: readonly TreeNodeData[]): Promise<Sample & { start: number }>;
  rows(): number;
  unmount(): void;
}

let onCommit: (() => void) | null = null;

/** Its layout effect runs after every layout effect of the tree below it, once React has written the DOM. */
function CommitProbe({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    onCommit?.();
  });
  return children;
}

function forceLayout(el: Element): void {
  el.getBoundingClientRect();
  (el.shadowRoot?.querySelector('[part="tree"]') ?? el).scrollHeight;
}

function mountReact(container: HTMLElement, tree: BenchTree, height: number): Mounted {
  let root: Root | undefined;
  return {
    render(nodes) {
      return new Promise((resolve) => {
        let start = 0;
        onCommit = () => {
          const commit = performance.now();
          forceLayout(container);
          const layout = performance.now();
          onCommit = null;
          resolve({ start, commit: commit - start, layout: layout - start });
        };
        start = performance.now();
        root ??= createRoot(container);
        root.render(
          <CommitProbe>
            <AlignmentTree nodes={nodes} defaultExpanded={tree.expanded} height={height} rowHeight={ROW_HEIGHT} />
          </CommitProbe>,
        );
      });
    },
    rows: () => container.querySelectorAll('[role="treeitem"]').length,
    unmount: () => root?.unmount(),
  };
}

function mountLit(container: HTMLElement, tree: BenchTree, height: number): Mounted {
  const el = document.createElement('gk-alignment-tree');
  el.defaultExpanded = tree.expanded;
  el.height = height;
  el.rowHeight = ROW_HEIGHT;
  // Each row's meter is its own <gk-progress>, which updates after the tree: wait for those too.
  const settled = async () => {
    await el.updateComplete;
    await Promise.all(
      [...(el.shadowRoot?.querySelectorAll('gk-progress') ?? [])].map(
        (p) => (p as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete,
      ),
    );
  };
  return {
    async render(nodes) {
      const start = performance.now();
      el.nodes = nodes;
      if (!el.isConnected) container.append(el);
      await settled();
      const commit = performance.now();
      forceLayout(el);
      const layout = performance.now();
      return { start, commit: commit - start, layout: layout - start };
    },
    rows: () => el.shadowRoot?.querySelectorAll('[role="treeitem"]').length ?? 0,
    unmount: () => el.remove(),
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const gc = (globalThis as { gc?: () => void }).gc;

async function runOnce(config: CaseConfig, tree: BenchTree, round: number): Promise<{ sample: Sample; rows: number }> {
  const container = document.createElement('div');
  container.style.inlineSize = '960px';
  document.body.append(container);
  const height = config.mode === 'windowed' ? VIEWPORT : tree.nodes.length * ROW_HEIGHT + ROW_HEIGHT;
  const widget = (config.impl === 'react' ? mountReact : mountLit)(container, tree, height);
  let sample: Sample = await widget.render(tree.nodes);
  if (config.measure === 'update') {
    // Let the mount settle (resize observers, passive effects, paint) before the timed update.
    await nextFrame();
    await nextFrame();
    sample = await widget.render(checkIn(tree, round));
  }
  const rows = widget.rows();
  widget.unmount();
  container.remove();
  gc?.();
  await nextFrame();
  return { sample, rows };
}

const trees = new Map<number, BenchTree>();

/** Runs one benchmark case: `warmup` untimed runs, then `runs` timed ones, each in a fresh container. */
export async function runCase(config: CaseConfig): Promise<CaseResult> {
  let tree = trees.get(config.nodes);
  if (!tree) {
    tree = generateTree(config.nodes);
    trees.set(config.nodes, tree);
  }
  const samples: Sample[] = [];
  let renderedRows = 0;
  for (let i = 0; i < config.warmup + config.runs; i++) {
    const { sample, rows } = await runOnce(config, tree, i);
    if (i >= config.warmup) samples.push(sample);
    renderedRows = rows;
  }
  return { samples, renderedRows };
}
