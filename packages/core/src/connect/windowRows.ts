/** Where a fixed-row-height list is scrolled to. */
export interface WindowRowsInput {
  readonly rowCount: number;
  /** Height of every row, in CSS pixels. */
  readonly rowHeight: number;
  readonly scrollTop: number;
  /** Height of the scrolling viewport; 0 (unknown, as on the server) uses `fallbackHeight`. */
  readonly viewportHeight: number;
  /** Rows rendered beyond each edge, so fast scrolling shows no gap. @default 6 */
  readonly overscan?: number | undefined;
  /** Viewport height to assume when it is not known yet. @default 480 */
  readonly fallbackHeight?: number | undefined;
}

/** The rows to render: `start` to `end` (exclusive), shifted down by `offset` inside a `totalHeight` spacer. */
export interface RowWindow {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
  readonly totalHeight: number;
}

/**
 * Fixed-row-height windowing: which rows of a long list to render for a scroll position. Rendering
 * only these keeps a 10,000-row tree as cheap as a 30-row one.
 */
export function windowRows(input: WindowRowsInput): RowWindow {
  const { rowCount, rowHeight } = input;
  const overscan = input.overscan ?? 6;
  const viewport = input.viewportHeight > 0 ? input.viewportHeight : (input.fallbackHeight ?? 480);
  const totalHeight = rowCount * rowHeight;
  const scrollTop = Math.max(0, Math.min(input.scrollTop, Math.max(0, totalHeight - viewport)));
  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end, offset: start * rowHeight, totalHeight };
}

/**
 * The scroll position that brings row `index` into view with the least movement (unchanged when it
 * is already fully visible), for moving focus with the keyboard.
 */
export function scrollTopForRow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (viewportHeight > 0 && bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return scrollTop;
}
