import type { TreeNodeData } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { longTitle, multilingualTitle, score, treeNodes } from '../__tests__/storyData.js';
import { AlignmentTree, type AlignmentTreeDataProps } from './AlignmentTree.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = AlignmentTree as ComponentType<AlignmentTreeDataProps>;

const meta = {
  title: 'Widgets/AlignmentTree/React',
  component: Widget,
  args: { nodes: treeNodes(), defaultExpanded: ['co', 'eng'], height: 320, onSelect: fn(), onLoadChildren: fn() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The WAI-ARIA tree pattern, by keyboard alone: arrows, Home/End, type-ahead, Enter to select. */
export const Cascade: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const item = (name: string) => canvas.getByRole('treeitem', { name: new RegExp(`^${name}(\\s|$)`) });
    await userEvent.click(item('Grow revenue 30% this year'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(item('Faster web app')).toHaveFocus();
    await expect(item('Faster web app')).toHaveAttribute('aria-level', '3');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(item('Ship the platform')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(item('Ship the platform')).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('treeitem', { name: /^Faster web app/ })).not.toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    await expect(item('Ship the platform')).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{End}');
    await expect(item('Sign 40 new logos')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(item('Grow revenue 30% this year')).toHaveFocus();
    await userEvent.keyboard('st');
    await expect(item('Stable public API')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ objectiveId: 'api' }));
  },
};
const statusNodes = (): TreeNodeData[] =>
  treeNodes().map((n, i) => (i === 0 ? { ...n, title: longTitle } : i === 2 ? { ...n, title: multilingualTitle } : n));
export const LongAndMultilingualTitles: Story = {
  args: { nodes: statusNodes(), defaultExpanded: ['co', 'eng', 'sales'] },
};
const many = (): TreeNodeData[] => {
  const nodes: TreeNodeData[] = [
    {
      id: 'root',
      parentId: null,
      title: 'Company',
      ownerId: 'acme',
      ownerName: 'Acme',
      ownerKind: 'org',
      childCount: 100,
      score: score('on-track', 0.5),
    },
  ];
  for (let d = 0; d < 100; d++) {
    nodes.push({
      id: `d${d}`,
      parentId: 'root',
      title: `Department goal ${d}`,
      ownerId: `d${d}`,
      ownerName: `Department ${d}`,
      ownerKind: 'department',
      childCount: 99,
      score: score(d % 3 ? 'on-track' : 'at-risk', 0.4),
    });
    for (let t = 0; t < 99; t++)
      nodes.push({
        id: `d${d}t${t}`,
        parentId: `d${d}`,
        title: `Team goal ${d}.${t}`,
        ownerId: `t${d}.${t}`,
        ownerName: `Team ${d}.${t}`,
        ownerKind: 'team',
        childCount: 0,
        score: score('on-track', 0.6),
      });
  }
  return nodes;
};
export const TenThousandNodes: Story = { args: { nodes: many(), defaultExpanded: ['root', 'd0', 'd1'] } };
export const Empty: Story = { args: { nodes: [] } };
export const AllStatuses: Story = { args: { defaultExpanded: ['co', 'eng', 'sales'] } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: `GET /tree` from the in-browser backend, scores computed by the core engine. */
export const Connected: Story = {
  render: () => <AlignmentTree cycle="2026-Q1" height={360} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('treeitem', { name: /^Win the SMB market/ })).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <AlignmentTree cycle="2026-Q1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <AlignmentTree cycle="2026-Q1" />,
};
