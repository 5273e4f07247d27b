import { describe, expect, it, vi } from 'vitest';
import { node, score } from './__tests__/widgetFixtures.js';
import {
  type AlignmentTreeControllerOptions,
  createAlignmentTreeController,
  createAlignmentTreeModel,
  mergeTreeNodes,
  type TreeKeyEvent,
} from './alignmentTreeController.js';
import type { TreeNodeData } from './widgetData.js';

// company → two departments → teams; "Sales" children are on the server but not loaded.
const nodes = [
  node('co', null, 'Grow revenue 30%', { childCount: 2, ownerKind: 'org' }),
  node('eng', 'co', 'Ship the platform', { childCount: 2, ownerKind: 'department' }),
  node('web', 'eng', 'Faster web app', { ownerId: 'ana', score: score({ status: 'at-risk' }) }),
  node('api', 'eng', 'Stable public API', { ownerId: 'ben' }),
  node('sales', 'co', 'Sign 40 new logos', { childCount: 3, ownerKind: 'department' }),
];

function setup(options: Partial<AlignmentTreeControllerOptions> = {}, data: readonly TreeNodeData[] = nodes) {
  const select = vi.fn();
  const focus = vi.fn();
  const controller = createAlignmentTreeController({ select, focus, ...options });
  const model = createAlignmentTreeModel();
  const rows = () => model(data, controller.getSnapshot(), 'en').rows;
  const visible = () => rows().map((r) => `${r.id}${r.hasChildren ? (r.expanded ? '-' : '+') : ''}`);
  let time = 0;
  /** Press a key as the tree sees it; answers whether the tree took it (prevented its default). */
  const press = (key: string, modifiers: Partial<TreeKeyEvent> = {}) => {
    const preventDefault = vi.fn();
    time += 1000;
    const event = { key, timeStamp: time, altKey: false, ctrlKey: false, metaKey: false, preventDefault, ...modifiers };
    controller.send({ type: 'keydown', event, rows: rows() });
    return preventDefault.mock.calls.length > 0;
  };
  const focused = () => controller.getSnapshot().tree.focusedId;
  return { controller, select, focus, rows, visible, press, focused };
}

describe('the alignment tree controller', () => {
  it('moves focus with the arrow keys, Home and End, naming the row to focus and its index', () => {
    const { press, focused, focus, visible } = setup({ expanded: ['co', 'eng'] });
    expect(visible()).toEqual(['co-', 'eng-', 'web', 'api', 'sales+']);
    expect(press('ArrowDown')).toBe(true);
    expect(focused()).toBe('eng');
    expect(focus).toHaveBeenLastCalledWith('eng', 1);
    press('End');
    expect(focus).toHaveBeenLastCalledWith('sales', 4);
    press('ArrowUp');
    expect(focus).toHaveBeenLastCalledWith('api', 3);
    press('Home');
    expect(focus).toHaveBeenLastCalledWith('co', 0);
    press('ArrowUp');
    expect(focused()).toBe('co');
  });

  it('opens and enters with ArrowRight, closes and climbs with ArrowLeft', () => {
    const { press, focused, visible, focus } = setup();
    expect(visible()).toEqual(['co+']);
    press('ArrowRight');
    expect(visible()).toEqual(['co-', 'eng+', 'sales+']);
    expect(focused()).toBe('co');
    press('ArrowRight');
    expect(focused()).toBe('eng');
    press('ArrowRight');
    press('ArrowRight');
    expect(focused()).toBe('web');
    // A leaf takes the key and keeps the focus.
    expect(press('ArrowRight')).toBe(true);
    expect(focus).toHaveBeenLastCalledWith('web', 2);
    press('ArrowLeft');
    expect(focused()).toBe('eng');
    press('ArrowLeft');
    expect(visible()).toEqual(['co-', 'eng+', 'sales+']);
    press('ArrowLeft');
    press('ArrowLeft');
    expect(visible()).toEqual(['co+']);
  });

  it('selects with Enter, Space or a click, and tells the host', () => {
    const { controller, press, select, rows, focus } = setup({ expanded: ['co'] });
    press('ArrowDown');
    press('Enter');
    expect(select).toHaveBeenLastCalledWith('eng');
    expect(controller.getSnapshot().tree.selectedId).toBe('eng');
    press('ArrowDown');
    press(' ');
    expect(select).toHaveBeenLastCalledWith('sales');
    const co = rows()[0];
    if (co) controller.send({ type: 'click', row: co, rows: rows() });
    expect(select).toHaveBeenLastCalledWith('co');
    expect(focus).toHaveBeenLastCalledWith('co', 0);
  });

  it('leaves keys with a modifier, and keys it has no use for, to the browser', () => {
    const { press, focused, select } = setup({ expanded: ['co'] });
    expect(press('ArrowDown', { altKey: true })).toBe(false);
    expect(press('Enter', { ctrlKey: true })).toBe(false);
    expect(press('Tab')).toBe(false);
    expect(focused()).toBe(null);
    expect(select).not.toHaveBeenCalled();
  });

  it('finds titles by their first letters (type-ahead)', () => {
    const { press, focused } = setup({ expanded: ['co', 'eng'] });
    press('s');
    expect(focused()).toBe('eng');
    press('s');
    expect(focused()).toBe('api');
  });

  it('follows focus that arrives by other means, and the selection the host sets', () => {
    const { controller, focused, focus } = setup();
    controller.send({ type: 'focused', id: 'co' });
    expect(focused()).toBe('co');
    controller.send({ type: 'selected', id: 'eng' });
    expect(controller.getSnapshot().tree).toMatchObject({ selectedId: 'eng', focusedId: 'eng' });
    expect(focus).not.toHaveBeenCalled();
  });

  it('filters the rows, keeping the ancestors of the matches; an empty value is any', () => {
    const { controller, visible } = setup();
    controller.send({ type: 'filter', name: 'owner', value: 'ben' });
    expect(visible()).toEqual(['co-', 'eng-', 'api']);
    controller.send({ type: 'filter', name: 'owner', value: '' });
    controller.send({ type: 'filter', name: 'status', value: 'at-risk' });
    expect(visible()).toEqual(['co-', 'eng-', 'web']);
    expect(controller.getSnapshot().filter).toEqual({ ownerId: undefined, status: 'at-risk' });
  });

  it('asks the host for unloaded children, and shows them loading until a promise of them settles', async () => {
    let answer: (children: TreeNodeData[]) => void = () => {};
    const loadChildren = vi.fn(
      () =>
        new Promise<TreeNodeData[]>((resolve) => {
          answer = resolve;
        }),
    );
    const { controller, press, visible } = setup({ expanded: ['co'], loadChildren });
    press('End');
    press('ArrowRight');
    expect(loadChildren).toHaveBeenCalledWith('sales');
    expect([...controller.getSnapshot().loading]).toEqual(['sales']);
    answer([node('emea', 'sales', 'Win EMEA')]);
    await vi.waitFor(() => expect(controller.getSnapshot().loading.size).toBe(0));
    expect(visible()).toEqual(['co-', 'eng+', 'sales-', 'emea']);
    // Opening it again asks nothing: the children are there.
    press('ArrowLeft');
    press('ArrowRight');
    expect(loadChildren).toHaveBeenCalledTimes(1);
    controller.send({ type: 'reset' });
    expect(controller.getSnapshot().loaded).toEqual([]);
  });

  it('reports a failed load and stops showing the node loading', async () => {
    const loadFailed = vi.fn();
    const error = new Error('offline');
    const { controller, press } = setup({ expanded: ['co'], loadChildren: () => Promise.reject(error), loadFailed });
    press('End');
    press('ArrowRight');
    await vi.waitFor(() => expect(loadFailed).toHaveBeenCalledWith('sales', error));
    expect(controller.getSnapshot().loading.size).toBe(0);
  });

  it('leaves loading to a host that answers nothing (it adds the children to its nodes)', () => {
    const loadChildren = vi.fn(() => undefined);
    const { controller, press, visible } = setup({ expanded: ['co'], loadChildren });
    press('End');
    press('*');
    // `*` opens every sibling; only Sales has children still on the server.
    expect(visible()).toEqual(['co-', 'eng-', 'web', 'api', 'sales-']);
    expect(loadChildren.mock.calls).toEqual([['sales']]);
    expect(controller.getSnapshot().loading.size).toBe(0);
  });
});

describe('createAlignmentTreeModel', () => {
  it('recomputes the rows only when the nodes, the expanded set or the filters change', () => {
    const controller = createAlignmentTreeController();
    const model = createAlignmentTreeModel();
    const first = model(nodes, controller.getSnapshot(), 'en');
    expect(model(nodes, controller.getSnapshot(), 'en')).toBe(first);
    controller.send({ type: 'focused', id: 'co' });
    expect(model(nodes, controller.getSnapshot(), 'en').rows).toBe(first.rows);
    controller.send({ type: 'filter', name: 'status', value: 'at-risk' });
    expect(model(nodes, controller.getSnapshot(), 'en').rows).not.toBe(first.rows);
  });

  it('adds lazily loaded children the host does not have', () => {
    const extra = [node('eng', 'co', 'Ship the platform'), node('emea', 'sales', 'Win EMEA')];
    expect(mergeTreeNodes(nodes, extra).map((n) => n.id)).toEqual(['co', 'eng', 'web', 'api', 'sales', 'emea']);
    expect(mergeTreeNodes(nodes, [])).toBe(nodes);
  });
});
