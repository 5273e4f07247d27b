import type { TreeNodeData } from '@goalkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { FakeBackend, score, treeNodes } from '../__tests__/storyData.js';
import { AlignmentTree, type AlignmentTreeDataProps } from './AlignmentTree.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = AlignmentTree as ComponentType<AlignmentTreeDataProps>;

const meta = {
  title: 'Widgets/AlignmentTree/React',
  component: Widget,
  args: { nodes: treeNodes(), defaultExpanded: ['co', 'eng'], height: 320 },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Cascade: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('treeitem', { name: /^Grow revenue 30% this year(\s|$)/ }));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('treeitem', { name: /^Faster web app(\s|$)/ })).toHaveFocus();
  },
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
export const German: Story = { args: { locale: 'de' } };
export const RightToLeft: Story = { decorators: [(Story) => <div dir="rtl">{Story()}</div>] };
export const Loading: Story = {
  render: () => (
    <FakeBackend mode="loading">
      <AlignmentTree cycle="2026-Q1" />
    </FakeBackend>
  ),
};
