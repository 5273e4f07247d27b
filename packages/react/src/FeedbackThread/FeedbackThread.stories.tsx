import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { fn } from 'storybook/test';
import { FakeBackend, now } from '../__tests__/storyData.js';
import { FeedbackThread, type FeedbackThreadDataProps } from './FeedbackThread.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = FeedbackThread as ComponentType<FeedbackThreadDataProps>;

const comments = [
  {
    id: 'c1',
    kind: 'comment' as const,
    body: 'Can we add the trial cohort to the baseline?',
    authorName: 'Ana',
    createdAt: '2026-02-12T10:00:00Z',
  },
  {
    id: 'c2',
    kind: 'kudos' as const,
    body: 'The new checklist is great, activation is up 4 points!',
    authorName: 'Ben',
    createdAt: '2026-02-14T16:30:00Z',
  },
];
const meta = {
  title: 'Widgets/FeedbackThread/React',
  component: Widget,
  args: { objectiveId: 'o1', comments, now, onComment: fn() },
  decorators: [(Story) => <div style={{ maxInlineSize: '32rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Thread: Story = {};
export const Empty: Story = { args: { comments: [] } };
export const ReadOnly: Story = { args: { canPost: false } };
export const German: Story = { args: { locale: 'de' } };
export const Loading: Story = {
  render: () => (
    <FakeBackend mode="loading">
      <FeedbackThread objectiveId="o1" />
    </FakeBackend>
  ),
};
