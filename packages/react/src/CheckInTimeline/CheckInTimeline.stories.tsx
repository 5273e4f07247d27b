import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { cycle, FakeBackend, keyResult, score } from '../__tests__/storyData.js';
import { CheckInTimeline, type CheckInTimelineDataProps } from './CheckInTimeline.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CheckInTimeline as ComponentType<CheckInTimelineDataProps>;

const checkIns = [
  { id: 'c1', at: '2026-01-12T09:00:00Z', value: 20.5, confidence: 0.5, note: 'Baseline week' },
  { id: 'c2', at: '2026-01-26T09:00:00Z', value: 23, confidence: 0.6, note: null },
  { id: 'c3', at: '2026-02-10T09:00:00Z', value: 27, confidence: 0.8, note: 'New checklist shipped' },
];
const meta = {
  title: 'Widgets/CheckInTimeline/React',
  component: Widget,
  args: {
    keyResult: keyResult({ score: { ...score('on-track', 0.47), forecast: { value: 33.5, progress: 0.9 } } }),
    checkIns,
    cycle,
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '36rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithForecast: Story = {};
export const Empty: Story = { args: { checkIns: [] } };
export const German: Story = { args: { locale: 'de' } };
export const LoadError: Story = {
  render: () => (
    <FakeBackend mode="error">
      <CheckInTimeline objectiveId="o1" keyResultId="kr1" />
    </FakeBackend>
  ),
};
