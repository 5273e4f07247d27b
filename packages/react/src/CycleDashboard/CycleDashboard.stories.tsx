import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { FakeBackend, keyResult, now, objective, score } from '../__tests__/storyData.js';
import { CycleDashboard, type CycleDashboardDataProps } from './CycleDashboard.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CycleDashboard as ComponentType<CycleDashboardDataProps>;

const objectives = [
  objective({
    id: 'a',
    title: 'Fix churn in the SMB segment',
    score: score('off-track', 0.12),
    keyResults: [keyResult({ id: 'ka', title: 'Churn below 2%', lastCheckInAt: null })],
  }),
  objective({ id: 'b', title: 'Grow self-serve revenue', score: score('at-risk', 0.36) }),
  objective({
    id: 'c',
    title: 'Make onboarding effortless',
    score: score('on-track', 0.55),
    keyResults: [keyResult({ id: 'kc', lastCheckInAt: '2026-01-10T09:00:00Z' })],
  }),
  objective({ id: 'd', title: 'Ship the public API', score: score('achieved', 1.05) }),
  objective({ id: 'e', title: 'Hire two designers', score: score('not-started', 0, 0.3) }),
];
const meta = {
  title: 'Widgets/CycleDashboard/React',
  component: Widget,
  args: { objectives, cycle: { name: 'Q1 2026' }, now },
  decorators: [(Story) => <div style={{ maxInlineSize: '64rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Team: Story = {};
export const Empty: Story = { args: { objectives: [] } };
export const German: Story = { args: { locale: 'de' } };
export const LoadError: Story = {
  render: () => (
    <FakeBackend mode="error">
      <CycleDashboard cycleId="2026-Q1" />
    </FakeBackend>
  ),
};
