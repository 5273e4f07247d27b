import type { TreeNodeData } from '@goalkit/core/connect';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, renderConnected, routedFetch } from '../../test/connected.js';
import { AlignmentTree } from './AlignmentTree.js';

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

/** A connected tree whose cycle the person moves on with a button. */
function TwoCycles() {
  const [cycle, setCycle] = useState('2026-Q1');
  return (
    <>
      <button type="button" onClick={() => setCycle('2026-Q2')}>
        Next quarter
      </button>
      <AlignmentTree cycle={cycle} defaultExpanded={['co']} filters={false} />
    </>
  );
}

describe('<AlignmentTree>', { timeout: 15_000 }, () => {
  it('marks private goals and filters them by visibility', async () => {
    const user = userEvent.setup();
    const withPrivate = nodes.map((node) => (node.id === 'api' ? { ...node, visibility: 'private' as const } : node));
    render(<AlignmentTree nodes={withPrivate} defaultExpanded={['co', 'eng']} />);
    expect(screen.getByRole('treeitem', { name: /Stable public API Private/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'private');
    const items = screen.getAllByRole('treeitem');
    expect(items).toHaveLength(3);
    expect(items[2]).toHaveTextContent(/^Stable public API Private/);
    expect(screen.queryByRole('treeitem', { name: /Faster web app/ })).toBeNull();
    // Without private goals there is nothing to filter by.
    render(<AlignmentTree nodes={nodes} />);
    expect(screen.getAllByRole('combobox', { name: 'Visibility' })).toHaveLength(1);
  });

  it('is a WAI-ARIA tree with levels, set sizes and positions', async () => {
    const { container } = render(<AlignmentTree nodes={nodes} defaultExpanded={['co', 'eng']} />);
    const tree = screen.getByRole('tree', { name: 'Goal alignment' });
    const web = within(tree).getByRole('treeitem', { name: /^Faster web app(\s|$)/ });
    expect(web).toHaveAttribute('aria-level', '3');
    expect(web).toHaveAttribute('aria-setsize', '2');
    expect(web).toHaveAttribute('aria-posinset', '1');
    // The row's name is what it shows: title, owner and progress (WCAG 2.5.3 label in name).
    expect(web).toHaveAccessibleName(/^Faster web app Team · Ana/);
    expect(within(web).getByRole('meter')).toHaveAttribute('aria-valuetext', '30%, at risk, 50% expected by today');
    expect(within(tree).getByRole('treeitem', { name: /^Ship the platform(\s|$)/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expectNoAxeViolations(container);
  });

  it('works with the keyboard alone: arrows, Home/End, type-ahead and Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const onLoadChildren = vi.fn();
    render(<AlignmentTree nodes={nodes} onSelect={onSelect} onLoadChildren={onLoadChildren} filters={false} />);
    await user.tab();
    expect(screen.getByRole('treeitem', { name: /^Grow revenue 30%(\s|$)/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('treeitem', { name: /^Grow revenue 30%(\s|$)/ })).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('treeitem', { name: /^Ship the platform(\s|$)/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('treeitem', { name: /^Faster web app(\s|$)/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('treeitem', { name: /^Ship the platform(\s|$)/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('treeitem', { name: /^Sign 40 new logos(\s|$)/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(onLoadChildren).toHaveBeenCalledWith({ objectiveId: 'sales' });
    await user.keyboard('{Home}');
    expect(screen.getByRole('treeitem', { name: /^Grow revenue 30%(\s|$)/ })).toHaveFocus();
    await user.keyboard('st');
    expect(screen.getByRole('treeitem', { name: /^Stable public API(\s|$)/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({ objectiveId: 'api' });
    expect(screen.getByRole('treeitem', { name: /^Stable public API(\s|$)/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('treeitem').filter((item) => item.tabIndex === 0)).toHaveLength(1);
  });

  it('moves the roving tab stop to a row that gets focus by other means (a script, assistive technology)', async () => {
    const user = userEvent.setup();
    render(<AlignmentTree nodes={nodes} defaultExpanded={['co', 'eng']} filters={false} />);
    const api = screen.getByRole('treeitem', { name: /^Stable public API(\s|$)/ });
    act(() => api.focus());
    expect(api).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('treeitem', { name: /^Sign 40 new logos(\s|$)/ })).toHaveFocus();
  });

  it('filters by owner and by status, keeping the path to each match', async () => {
    const user = userEvent.setup();
    const { container } = render(<AlignmentTree nodes={nodes} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Ana');
    expect(screen.getAllByRole('treeitem')).toHaveLength(3);
    expect(screen.getByRole('treeitem', { name: /^Faster web app(\s|$)/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'achieved');
    expect(screen.getByRole('status')).toHaveTextContent('No goals match these filters.');
    await expectNoAxeViolations(container);
  });

  it('renders only a window of a 10,000-node tree', () => {
    const many: TreeNodeData[] = [n('root', null, 'Root', { childCount: 9999 })];
    for (let i = 0; i < 9999; i++) many.push(n(`t${i}`, 'root', `Team goal ${i}`));
    render(<AlignmentTree nodes={many} defaultExpanded={['root']} height={440} rowHeight={44} />);
    const rendered = screen.getAllByRole('treeitem');
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[1]).toHaveAttribute('aria-setsize', '9999');
  });

  it('shows an empty state, and renders on the server with text titles', () => {
    render(<AlignmentTree nodes={[]} />);
    expect(screen.getByText('No goals in this cycle yet.')).toBeInTheDocument();
    const html = renderToString(<AlignmentTree nodes={[n('x', null, '<img src=x onerror=alert(1)>')]} />);
    expect(html).toContain('role="tree"');
    expect(html).not.toContain('<img');
  });

  describe('connected', () => {
    it('loads the tree of a cycle, then children lazily', async () => {
      const user = userEvent.setup();
      const { fetch, calls } = routedFetch({
        'GET /tree': () => {
          const url = calls.at(-1)?.path ?? '';
          const root = [
            { ...nodes[0], state: 'active', alignment: 'contributes', depth: 0 },
            { ...nodes[4], state: 'active', alignment: 'contributes', depth: 1 },
          ];
          const kids = [{ ...n('s1', 'sales', 'EMEA deals'), state: 'active', alignment: 'contributes', depth: 2 }];
          return json({ nodes: url.includes('root=sales') ? kids : root });
        },
      });
      renderConnected(<AlignmentTree cycle="2026-Q1" defaultExpanded={['co']} filters={false} />, fetch);
      const sales = await screen.findByRole('treeitem', { name: /^Sign 40 new logos(\s|$)/ });
      await user.click(sales);
      await user.keyboard('{ArrowRight}');
      expect(await screen.findByRole('treeitem', { name: /^EMEA deals(\s|$)/ })).toHaveAttribute('aria-level', '3');
      expect(calls.map((c) => c.path)).toEqual(['/tree?cycle=2026-Q1', '/tree?cycle=2026-Q1&root=sales&depth=1']);
    });

    it('forgets the children it loaded lazily when the cycle changes', async () => {
      const user = userEvent.setup();
      const extra = { state: 'active', alignment: 'contributes' };
      const { fetch } = routedFetch({
        'GET /tree': () => {
          const url = new URL(`https://x${calls.at(-1)?.path ?? ''}`);
          if (url.searchParams.get('root') === 'sales')
            return json({ nodes: [{ ...n('s1', 'sales', 'EMEA deals'), ...extra, depth: 2 }] });
          if (url.searchParams.get('cycle') === '2026-Q2')
            return json({ nodes: [{ ...n('q2', null, 'Next quarter goal'), ...extra, depth: 0 }] });
          return json({
            nodes: [
              { ...nodes[0], ...extra, depth: 0 },
              { ...nodes[4], ...extra, depth: 1 },
            ],
          });
        },
      });
      const calls: { path: string }[] = [];
      const logged: typeof fetch = (input, init) => {
        const url = new URL(String(input));
        calls.push({ path: url.pathname + url.search });
        return fetch(input, init);
      };
      renderConnected(<TwoCycles />, logged);
      await user.click(await screen.findByRole('treeitem', { name: /^Sign 40 new logos(\s|$)/ }));
      await user.keyboard('{ArrowRight}');
      await screen.findByRole('treeitem', { name: /^EMEA deals(\s|$)/ });
      await user.click(screen.getByRole('button', { name: 'Next quarter' }));
      await screen.findByRole('treeitem', { name: /^Next quarter goal(\s|$)/ });
      expect(screen.getAllByRole('treeitem').map((item) => item.textContent)).toEqual([
        expect.stringMatching(/^Next quarter goal/),
      ]);
    });
  });
});
