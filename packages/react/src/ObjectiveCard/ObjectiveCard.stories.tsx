import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { FakeBackend, longTitle, now, objective, score } from '../__tests__/storyData.js';
import { ObjectiveCard, type ObjectiveCardDataProps } from './ObjectiveCard.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = ObjectiveCard as ComponentType<ObjectiveCardDataProps>;

const meta = {
  title: 'Widgets/ObjectiveCard/React',
  component: Widget,
  args: {
    objective: objective(),
    ownerName: 'Growth team',
    cycleName: 'Q1 2026',
    parentTitle: 'Win the SMB market',
    smartScore: 78,
    now,
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Collapsed: Story = {};
export const Expanded: Story = { args: { defaultExpanded: true } };
export const Explain: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Explain progress' }));
    await expect(canvas.getByRole('region', { name: 'Why the progress is 47%' })).toBeVisible();
  },
};
export const AtRisk: Story = { args: { objective: objective({ score: score('at-risk', 0.35) }) } };
export const OffTrack: Story = { args: { objective: objective({ score: score('off-track', 0.1) }) } };
export const Achieved: Story = { args: { objective: objective({ score: score('achieved', 1.1), state: 'closed' }) } };
export const NoKeyResults: Story = {
  args: { objective: objective({ keyResults: [], score: score('not-started', 0) }), defaultExpanded: true },
};
export const LongTitle: Story = { args: { objective: objective({ title: longTitle }) } };
export const German: Story = { args: { locale: 'de', ownerName: 'Wachstum', cycleName: 'Q1 2026' } };
export const RightToLeft: Story = { decorators: [(Story) => <div dir="rtl">{Story()}</div>] };
export const Dark: Story = {
  decorators: [
    (Story) => (
      <div data-gk-theme="dark" style={{ background: '#0f141a', padding: '1rem' }}>
        {Story()}
      </div>
    ),
  ],
};
export const Loading: Story = {
  render: () => (
    <FakeBackend mode="loading">
      <ObjectiveCard objectiveId="o1" />
    </FakeBackend>
  ),
};
export const LoadError: Story = {
  render: () => (
    <FakeBackend mode="error">
      <ObjectiveCard objectiveId="o1" />
    </FakeBackend>
  ),
};
