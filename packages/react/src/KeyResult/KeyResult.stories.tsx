import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { FakeBackend, keyResult, longTitle, now, score } from '../__tests__/storyData.js';
import { KeyResult, type KeyResultDataProps } from './KeyResult.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = KeyResult as ComponentType<KeyResultDataProps>;

const meta = {
  title: 'Widgets/KeyResult/React',
  component: Widget,
  args: { keyResult: keyResult(), now },
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Increase: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^27 of 35\s% \(from 20\)$/)).toBeInTheDocument();
  },
};
export const AtMost: Story = {
  args: { keyResult: keyResult({ type: 'at-most', target: 2, current: 1.8, score: score('at-risk', 0.4) }) },
};
export const DoneOrNot: Story = {
  args: { keyResult: keyResult({ type: 'boolean', current: true, score: score('achieved', 1) }) },
};
export const Milestones: Story = {
  args: {
    keyResult: keyResult({
      type: 'milestones',
      current: null,
      unit: null,
      milestones: [
        { title: 'Design approved', done: true },
        { title: 'Beta shipped', done: true },
        { title: 'GA', done: false },
      ],
      score: score('on-track', 0.67),
    }),
  },
};
export const OffTrack: Story = { args: { keyResult: keyResult({ current: 21, score: score('off-track', 0.07) }) } };
export const Overachieved: Story = { args: { keyResult: keyResult({ current: 39, score: score('achieved', 1.27) }) } };
export const Currency: Story = {
  args: { keyResult: keyResult({ unit: 'EUR', unitKind: 'currency', start: 20000, target: 35000, current: 27500 }) },
};
export const LongTitle: Story = { args: { keyResult: keyResult({ title: longTitle }) } };
export const German: Story = { args: { locale: 'de' } };
export const Loading: Story = {
  render: () => (
    <FakeBackend mode="loading">
      <KeyResult objectiveId="o1" keyResultId="kr1" />
    </FakeBackend>
  ),
};
export const LoadError: Story = {
  render: () => (
    <FakeBackend mode="error">
      <KeyResult objectiveId="o1" keyResultId="kr1" />
    </FakeBackend>
  ),
};
