import { describe, expect, it } from 'vitest';
import { node, score } from './__tests__/widgetFixtures.js';
import {
  connectAlignmentTree,
  createTreeIndex,
  initTreeState,
  MAX_OWNER_OPTIONS,
  type TreeState,
  treeKeyDown,
  treeOwnerOptions,
  visibleTreeRows,
} from './connectAlignmentTree.js';

// company → two departments → teams; "Sales" children are on the server but not loaded.
const nodes = [
  node('co', null, 'Grow revenue 30%', { childCount: 2, ownerKind: 'org' }),
  node('eng', 'co', 'Ship the platform', { childCount: 2, ownerKind: 'department' }),
  node('web', 'eng', 'Faster web app', { ownerId: 'ana', score: score({ status: 'at-risk' }) }),
  node('api', 'eng', 'Stable public API', { ownerId: 'ben' }),
  node('sales', 'co', 'Sign 40 new logos', { childCount: 3, ownerKind: 'department' }),
];
const index = createTreeIndex(nodes);
const rowsOf = (state: TreeState) => visibleTreeRows(index, state.expanded);
const press = (state: TreeState, ...keys: string[]) => {
  let s = state;
  keys.forEach((key, i) => {
    s = treeKeyDown(s, rowsOf(s), key, (i + 1) * 1000).state;
  });
  return s;
};

describe('visibleTreeRows', () => {
  it('shows roots and the children of expanded nodes, depth first, with level, set size and position', () => {
    const rows = visibleTreeRows(index, new Set(['co', 'eng']));
    expect(rows.map((r) => [r.id, r.level, r.posInSet, r.setSize])).toEqual([
      ['co', 1, 1, 1],
      ['eng', 2, 1, 2],
      ['web', 3, 1, 2],
      ['api', 3, 2, 2],
      ['sales', 2, 2, 2],
    ]);
    expect(rows.find((r) => r.id === 'sales')).toMatchObject({ hasChildren: true, expanded: false, loaded: false });
    expect(visibleTreeRows(index, new Set()).map((r) => r.id)).toEqual(['co']);
  });

  it('filters by owner or status, keeping the ancestors open for context', () => {
    const byOwner = visibleTreeRows(index, new Set(), { ownerId: 'ben' });
    expect(byOwner.map((r) => [r.id, r.level, r.setSize])).toEqual([
      ['co', 1, 1],
      ['eng', 2, 1],
      ['api', 3, 1],
    ]);
    expect(visibleTreeRows(index, new Set(), { status: 'at-risk' }).map((r) => r.id)).toEqual(['co', 'eng', 'web']);
    expect(visibleTreeRows(index, new Set(), { status: 'achieved' })).toEqual([]);
  });

  it('treats a node whose parent is not loaded as a root', () => {
    const partial = createTreeIndex([node('web', 'eng', 'Faster web app')]);
    expect(visibleTreeRows(partial, new Set()).map((r) => [r.id, r.level])).toEqual([['web', 1]]);
  });

  it('flattens 10,000 nodes quickly', () => {
    const many = [node('root', null, 'Root', { childCount: 100 })];
    for (let d = 0; d < 100; d++) {
      many.push(node(`d${d}`, 'root', `Department ${d}`, { childCount: 99 }));
      for (let t = 0; t < 99; t++) many.push(node(`d${d}t${t}`, `d${d}`, `Team ${d}.${t}`));
    }
    const big = createTreeIndex(many);
    const expanded = new Set(['root', ...Array.from({ length: 100 }, (_, d) => `d${d}`)]);
    expect(visibleTreeRows(big, expanded)).toHaveLength(10_001);
    const start = performance.now();
    visibleTreeRows(big, expanded);
    // Warm, this takes 2–5 ms here; the bound only catches an accidental quadratic step.
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe('treeKeyDown', () => {
  const open = initTreeState({ expanded: ['co', 'eng'] });

  it('moves with ArrowDown/ArrowUp and stops at the ends', () => {
    expect(press(open, 'ArrowDown').focusedId).toBe('eng');
    expect(press(open, 'ArrowDown', 'ArrowDown', 'ArrowUp').focusedId).toBe('eng');
    expect(press(open, 'ArrowUp').focusedId).toBe('co');
    expect(press(open, 'End', 'ArrowDown').focusedId).toBe('sales');
  });

  it('jumps with Home and End', () => {
    expect(press(open, 'End').focusedId).toBe('sales');
    expect(press(open, 'End', 'Home').focusedId).toBe('co');
  });

  it('opens a closed node with ArrowRight, then enters it', () => {
    const closed = initTreeState();
    const opened = press(closed, 'ArrowRight');
    expect(opened.expanded.has('co')).toBe(true);
    expect(opened.focusedId).toBe('co');
    expect(press(closed, 'ArrowRight', 'ArrowRight').focusedId).toBe('eng');
  });

  it('asks the host to load children that are not loaded yet', () => {
    const atSales = press(open, 'End');
    const result = treeKeyDown(atSales, rowsOf(atSales), 'ArrowRight');
    expect(result.state.expanded.has('sales')).toBe(true);
    expect(result.effects).toEqual([{ type: 'load', id: 'sales' }]);
  });

  it('closes an open node with ArrowLeft, or moves to the parent', () => {
    const atEng = press(open, 'ArrowDown');
    const closed = press(atEng, 'ArrowLeft');
    expect(closed.expanded.has('eng')).toBe(false);
    expect(closed.focusedId).toBe('eng');
    expect(press(open, 'ArrowDown', 'ArrowDown', 'ArrowLeft').focusedId).toBe('eng');
    expect(press(open, 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft').focusedId).toBe('co');
  });

  it('does nothing on ArrowRight for a leaf, but still claims the key', () => {
    const atWeb = press(open, 'ArrowDown', 'ArrowDown');
    const result = treeKeyDown(atWeb, rowsOf(atWeb), 'ArrowRight');
    expect(result.state.focusedId).toBe('web');
    expect(result.handled).toBe(true);
  });

  it('selects with Enter and Space and reports it', () => {
    const atApi = press(open, 'ArrowDown', 'ArrowDown', 'ArrowDown');
    const result = treeKeyDown(atApi, rowsOf(atApi), 'Enter');
    expect(result.state.selectedId).toBe('api');
    expect(result.effects).toEqual([{ type: 'select', id: 'api' }]);
    expect(treeKeyDown(atApi, rowsOf(atApi), ' ').effects).toEqual([{ type: 'select', id: 'api' }]);
  });

  it('opens every sibling with *', () => {
    const atEng = press(open, 'ArrowDown');
    const result = treeKeyDown(atEng, rowsOf(atEng), '*');
    expect(result.state.expanded.has('sales')).toBe(true);
    expect(result.effects).toEqual([{ type: 'load', id: 'sales' }]);
  });

  it('finds titles by typing their first letters', () => {
    const atCo = open;
    const rows = rowsOf(atCo);
    let s = treeKeyDown(atCo, rows, 's', 1000).state;
    expect(s.focusedId).toBe('eng'); // "Ship the platform"
    s = treeKeyDown(s, rows, 'i', 1100).state;
    expect(s.focusedId).toBe('sales'); // "Si…" from "Ship" → "Sign 40 new logos"
    s = treeKeyDown(s, rows, 's', 5000).state; // a pause starts a new search after the focus
    expect(s.focusedId).toBe('eng');
  });

  it('cycles through titles when one letter is pressed repeatedly', () => {
    const rows = rowsOf(open);
    let s = treeKeyDown(open, rows, 's', 1000).state;
    expect(s.focusedId).toBe('eng');
    s = treeKeyDown(s, rows, 's', 1100).state;
    expect(s.focusedId).toBe('api');
    s = treeKeyDown(s, rows, 's', 1200).state;
    expect(s.focusedId).toBe('sales');
  });

  it('ignores keys it does not own, so Tab leaves the tree', () => {
    const result = treeKeyDown(open, rowsOf(open), 'Tab');
    expect(result.handled).toBe(false);
    expect(result.state).toBe(open);
  });
});

describe('connectAlignmentTree', () => {
  it('gives every rendered row the tree-item ARIA and one tab stop', () => {
    const state = press(initTreeState({ expanded: ['co', 'eng'] }), 'ArrowDown');
    const view = connectAlignmentTree({ rows: rowsOf(state), state, idBase: 't' });
    expect(view.tree).toMatchObject({ role: 'tree', 'aria-label': 'Goal alignment' });
    const eng = view.items[1];
    expect(eng?.item).toMatchObject({
      role: 'treeitem',
      'aria-level': 2,
      'aria-setsize': 2,
      'aria-posinset': 1,
      'aria-expanded': 'true',
      'aria-selected': 'false',
      tabindex: 0,
    });
    expect(view.items.filter((i) => i.item.tabindex === 0)).toHaveLength(1);
    expect('aria-expanded' in (view.items[2]?.item ?? {})).toBe(false);
    expect(eng?.ownerText).toBe('Department · Owner eng');
  });

  it('renders only the rows of the window', () => {
    const state = initTreeState({ expanded: ['co', 'eng'] });
    const view = connectAlignmentTree({
      rows: rowsOf(state),
      state,
      window: { start: 2, end: 4, offset: 88, totalHeight: 220 },
    });
    expect(view.items.map((i) => i.row.id)).toEqual(['web', 'api']);
    expect(view.spacer.style).toEqual({ '--gk-tree-height': '220px' });
    expect(view.windowPart.style).toMatchObject({ '--gk-tree-offset': '88px' });
  });

  it('decides what the tree shows: its empty state with no goals at all, a line when the filters leave none', () => {
    const state = initTreeState();
    expect(connectAlignmentTree({ rows: [], nodeCount: 0, state })).toMatchObject({
      shows: 'empty',
      emptyText: 'No goals in this cycle yet.',
    });
    expect(connectAlignmentTree({ rows: [], nodeCount: 12, state })).toMatchObject({
      shows: 'no-matches',
      noMatchesText: 'No goals match these filters.',
    });
    expect(connectAlignmentTree({ rows: rowsOf(state), nodeCount: 12, state }).shows).toBe('rows');
  });

  it('gives each filter an id under the id base, for its label', () => {
    const state = initTreeState();
    const view = connectAlignmentTree({ rows: rowsOf(state), state, idBase: 't1' });
    expect(view.filter('owner')).toMatchObject({ 'data-part': 'filter', id: 't1-owner' });
    expect(view.filter('visibility').id).toBe('t1-visibility');
  });
});

describe('treeOwnerOptions', () => {
  it('lists every owner once, sorted by name in the locale', () => {
    const options = treeOwnerOptions(
      [
        node('a', null, 'A', { ownerId: 'z', ownerName: 'Zoë', ownerKind: 'person' }),
        node('b', 'a', 'B', { ownerId: 'o', ownerName: 'Öffentlich', ownerKind: 'team' }),
        node('c', 'a', 'C', { ownerId: 'z', ownerName: 'Zoë', ownerKind: 'person' }),
        node('d', 'a', 'D', { ownerId: 'p', ownerName: 'Produkt', ownerKind: 'team' }),
      ],
      'de',
    );
    expect(options).toEqual([
      ['o', 'Öffentlich'],
      ['p', 'Produkt'],
      ['z', 'Zoë'],
    ]);
  });

  it('offers only teams and organisations when there are too many owners for one select', () => {
    const many = Array.from({ length: MAX_OWNER_OPTIONS + 1 }, (_, i) =>
      node(`p${i}`, 'root', `P${i}`, { ownerId: `person-${i}`, ownerName: `Person ${i}`, ownerKind: 'person' }),
    );
    const options = treeOwnerOptions(
      [node('root', null, 'Root', { ownerId: 'co', ownerName: 'ACME', ownerKind: 'org' }), ...many],
      'en',
    );
    expect(options).toEqual([['co', 'ACME']]);
  });
});

describe('private goals in the tree', () => {
  const nodes = [
    node('a', null, 'Company goal'),
    node('b', 'a', 'Open team goal'),
    node('c', 'a', 'A private goal', { visibility: 'private' }),
  ];
  it('marks private rows, and filters by visibility', () => {
    const index = createTreeIndex(nodes);
    const all = visibleTreeRows(index, new Set(['a']));
    const view = connectAlignmentTree({ rows: all, state: initTreeState({ expanded: ['a'] }) });
    expect(view.items.map((i) => i.privateText)).toEqual([undefined, undefined, 'Private']);
    expect(visibleTreeRows(index, new Set(), { visibility: 'private' }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(visibleTreeRows(index, new Set(), { visibility: 'public' }).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
