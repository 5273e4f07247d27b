import { describe, expect, it } from 'vitest';
import { scrollTopForRow, windowRows } from './windowRows.js';

describe('windowRows', () => {
  it('renders the visible rows plus overscan at the top of a long list', () => {
    expect(windowRows({ rowCount: 10_000, rowHeight: 40, scrollTop: 0, viewportHeight: 400, overscan: 5 })).toEqual({
      start: 0,
      end: 16,
      offset: 0,
      totalHeight: 400_000,
    });
  });

  it('moves the window with the scroll position', () => {
    const w = windowRows({ rowCount: 10_000, rowHeight: 40, scrollTop: 40_020, viewportHeight: 400, overscan: 5 });
    expect(w.start).toBe(995);
    expect(w.end).toBe(1016);
    expect(w.offset).toBe(995 * 40);
  });

  it('clamps past the end and handles short lists', () => {
    const end = windowRows({ rowCount: 100, rowHeight: 40, scrollTop: 1e9, viewportHeight: 400, overscan: 2 });
    expect(end.end).toBe(100);
    expect(end.start).toBe(88);
    expect(windowRows({ rowCount: 3, rowHeight: 40, scrollTop: 0, viewportHeight: 400 })).toMatchObject({
      start: 0,
      end: 3,
    });
    expect(windowRows({ rowCount: 0, rowHeight: 40, scrollTop: 0, viewportHeight: 400 })).toMatchObject({
      start: 0,
      end: 0,
    });
  });

  it('assumes a viewport when it is not measured yet (server rendering)', () => {
    const w = windowRows({
      rowCount: 10_000,
      rowHeight: 40,
      scrollTop: 0,
      viewportHeight: 0,
      fallbackHeight: 200,
      overscan: 0,
    });
    expect(w.end).toBe(6);
  });
});

describe('scrollTopForRow', () => {
  it('scrolls as little as needed to show a row', () => {
    expect(scrollTopForRow(5, 40, 0, 400)).toBe(0);
    expect(scrollTopForRow(10, 40, 0, 400)).toBe(40);
    expect(scrollTopForRow(2, 40, 200, 400)).toBe(80);
    expect(scrollTopForRow(9999, 40, 0, 0)).toBe(0);
  });
});
