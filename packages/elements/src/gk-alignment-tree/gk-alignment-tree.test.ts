import type { TreeNodeData } from '@goalkit/core/connect';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-alignment-tree.js';
import { axeViolations } from '../../test/axe.js';
import { expectFocus, json, mount, mountConnected, problem, record, routedFetch, XSS } from '../../test/connected.js';
import type { GkLoadChildrenEvent, GkSelectEvent } from '../events.js';
import type { GkAlignmentTree } from './gk-alignment-tree.js';

const score = (status: TreeNodeData['score']['status'] = 'on-track', progress = 0.5) => ({
  progress,
  expected: 0.5,
  status,
  confidence: null,
  hasData: true,
});
const n = (id: string, parentId: string | null, title: string, extra: Partial<TreeNodeData> = {}): TreeNodeData => ({
  id,
  parentId,
  title,
  ownerId: `o-${id}`,
  ownerName: `Owner ${id}`,
  ownerKind: 'team',
  childCount: 0,
  score: score(),
  ...extra,
});
const nodes = [
  n('co', null, 'Grow revenue 30%', { childCount: 2, ownerKind: 'org', ownerName: 'Acme' }),
  n('eng', 'co', 'Ship the platform', { childCount: 2, ownerKind: 'department' }),
  n('web', 'eng', 'Faster web app', { ownerId: 'ana', ownerName: 'Ana', score: score('at-risk', 0.3) }),
  n('api', 'eng', 'Stable public API'),
  n('sales', 'co', 'Sign 40 new logos', { childCount: 3 }),
];

async function tree(markup = '<gk-alignment-tree></gk-alignment-tree>', data: readonly TreeNodeData[] = nodes) {
  const element = mount<GkAlignmentTree>(markup, 'gk-alignment-tree');
  element.nodes = data;
  await element.updateComplete;
  return element;
}

const item = (title: string) => page.getByRole('treeitem', { name: new RegExp(`^${title}(\\s|$)`) });

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-alignment-tree>', () => {
  it('is a WAI-ARIA tree with levels, set sizes and positions', async () => {
    await tree('<gk-alignment-tree default-expanded="co eng"></gk-alignment-tree>');
    await expect.element(page.getByRole('tree', { name: 'Goal alignment' })).toBeVisible();
    const web = item('Faster web app');
    await expect.element(web).toHaveAttribute('aria-level', '3');
    await expect.element(web).toHaveAttribute('aria-setsize', '2');
    await expect.element(web).toHaveAttribute('aria-posinset', '1');
    await expect.element(web).toHaveTextContent('Team · Ana');
    await expect
      .element(web.getByRole('meter'))
      .toHaveAttribute('aria-valuetext', '30%, at risk, 50% expected by today');
    await expect.element(item('Ship the platform')).toHaveAttribute('aria-expanded', 'true');
    expect(await axeViolations()).toEqual([]);
  });

  it('is as tall as its rows up to its maximum, and leaves titles room at 320 px', async () => {
    const element = await tree(
      '<div style="inline-size: 320px"><gk-alignment-tree default-expanded="co" hide-filters></gk-alignment-tree></div>',
    );
    const box = element.shadowRoot?.querySelector('[role="tree"]') as HTMLElement;
    await expect.poll(() => box.querySelectorAll('[role="treeitem"]').length).toBe(3);
    // Three rows of 44 px and the border: no empty box under them.
    expect(box.getBoundingClientRect().height).toBe(3 * 44 + 2);
    const titles = [...box.querySelectorAll<HTMLElement>('[part="title"]')].map((t) => t.clientWidth);
    expect(Math.min(...titles)).toBeGreaterThanOrEqual(120);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    document.body.replaceChildren();
    const short = await tree('<gk-alignment-tree default-expanded="co" hide-filters height="100"></gk-alignment-tree>');
    const scrolled = short.shadowRoot?.querySelector('[role="tree"]') as HTMLElement;
    expect(scrolled.getBoundingClientRect().height).toBe(100);
    expect(scrolled.scrollHeight).toBe(3 * 44);
  });

  it('works with the keyboard alone: arrows, Home/End, type-ahead and Enter', async () => {
    const element = await tree('<gk-alignment-tree hide-filters></gk-alignment-tree>');
    const selects = record<GkSelectEvent>(document, 'gk-select');
    const loads = record<GkLoadChildrenEvent>(document, 'gk-load-children');
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    await userEvent.tab();
    await expectFocus(item('Grow revenue 30%'));
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(item('Grow revenue 30%')).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expectFocus(item('Ship the platform'));
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await expectFocus(item('Faster web app'));
    await userEvent.keyboard('{ArrowLeft}');
    await expectFocus(item('Ship the platform'));
    await userEvent.keyboard('{End}');
    await expectFocus(item('Sign 40 new logos'));
    await userEvent.keyboard('{ArrowRight}');
    expect(loads.map((e) => e.detail)).toEqual([{ objectiveId: 'sales' }]);
    await userEvent.keyboard('{Home}');
    await expectFocus(item('Grow revenue 30%'));
    await userEvent.keyboard('st');
    await expectFocus(item('Stable public API'));
    await userEvent.keyboard('{Enter}');
    expect(selects.map((e) => e.detail)).toEqual([{ objectiveId: 'api' }]);
    await expect.element(item('Stable public API')).toHaveAttribute('aria-selected', 'true');
    expect(element.getAttribute('selected')).toBe('api');
    const items = page.getByRole('treeitem').elements();
    expect(items.filter((i) => (i as HTMLElement).tabIndex === 0)).toHaveLength(1);
  });

  it('selects and toggles with the pointer', async () => {
    await tree();
    const selects = record<GkSelectEvent>(document, 'gk-select');
    const co = item('Grow revenue 30%');
    (co.element().querySelector('[part="toggle"]') as HTMLElement).click();
    await expect.element(co).toHaveAttribute('aria-expanded', 'true');
    expect(selects).toHaveLength(0);
    await item('Sign 40 new logos').click();
    expect(selects.map((e) => e.detail)).toEqual([{ objectiveId: 'sales' }]);
  });

  it('filters by owner and by status, keeping the path to each match', async () => {
    await tree();
    await page.getByRole('combobox', { name: 'Owner' }).selectOptions('Ana');
    await vi.waitFor(() => expect(page.getByRole('treeitem').elements()).toHaveLength(3));
    await expect.element(item('Faster web app')).toBeVisible();
    await page.getByRole('combobox', { name: 'Owner' }).selectOptions('All');
    await page.getByRole('combobox', { name: 'Status' }).selectOptions('achieved');
    await expect.element(page.getByRole('status')).toHaveTextContent('No goals match these filters.');
    expect(await axeViolations()).toEqual([]);
  });

  it('renders only a window of a 10,000-node tree and keeps up when scrolled', async () => {
    const many: TreeNodeData[] = [n('root', null, 'Root', { childCount: 9999 })];
    for (let i = 0; i < 9999; i++) many.push(n(`t${i}`, 'root', `Team goal ${i}`));
    const element = await tree(
      '<gk-alignment-tree default-expanded="root" height="440" row-height="44" hide-filters></gk-alignment-tree>',
      many,
    );
    const rendered = page.getByRole('treeitem').elements();
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[1]?.getAttribute('aria-setsize')).toBe('9999');
    const viewport = element.shadowRoot?.querySelector('[part="tree"]') as HTMLElement;
    expect(viewport.getBoundingClientRect().height).toBe(440);
    viewport.scrollTop = 44 * 5000;
    viewport.dispatchEvent(new Event('scroll'));
    await expect.element(item('Team goal 4999')).toBeInTheDocument();
    expect(page.getByRole('treeitem').elements().length).toBeLessThan(40);
  });

  it('shows an empty state, and hostile titles as text', async () => {
    const element = await tree('<gk-alignment-tree></gk-alignment-tree>', []);
    expect(element.shadowRoot?.textContent).toContain('No goals in this cycle yet.');
    element.nodes = [n('x', null, XSS)];
    await element.updateComplete;
    await expect.element(item('<img')).toBeVisible();
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
  });

  describe('connected', () => {
    it('loads the tree of a cycle, then children lazily', async () => {
      const { fetch, calls } = routedFetch({
        'GET /tree': () => {
          const url = calls.at(-1)?.path ?? '';
          const extra = { state: 'active', alignment: 'contributes' };
          const root = [
            { ...nodes[0], ...extra, depth: 0 },
            { ...nodes[4], ...extra, depth: 1 },
          ];
          const kids = [{ ...n('s1', 'sales', 'EMEA deals'), ...extra, depth: 2 }];
          return json({ nodes: url.includes('root=sales') ? kids : root });
        },
      });
      mountConnected(
        '<gk-alignment-tree cycle="2026-Q1" default-expanded="co" hide-filters></gk-alignment-tree>',
        'gk-alignment-tree',
        fetch,
      );
      await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
      const sales = item('Sign 40 new logos');
      await expect.element(sales).toBeVisible();
      (sales.element() as HTMLElement).focus();
      await userEvent.keyboard('{ArrowRight}');
      await expect.element(item('EMEA deals')).toBeVisible();
      expect(calls.map((c) => c.path)).toEqual(['/tree?cycle=2026-Q1', '/tree?cycle=2026-Q1&root=sales&depth=1']);
    });

    it('offers a retry when the tree cannot be loaded', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /tree': () => (fail ? problem(500) : json({ nodes: [] })),
      });
      const { element } = mountConnected(
        '<gk-alignment-tree cycle="2026-Q1"></gk-alignment-tree>',
        'gk-alignment-tree',
        fetch,
      );
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      fail = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await vi.waitFor(() => expect(element.shadowRoot?.textContent).toContain('No goals in this cycle yet.'));
    });
  });
});
