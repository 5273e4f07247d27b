import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { keyResult, longTitle, multilingualTitle, now, objective, score } from '../__tests__/storyData.js';
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
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '64rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Team: Story = {};
export const Empty: Story = { args: { objectives: [] } };
export const AllOnTrack: Story = {
  args: { objectives: objectives.filter((o) => o.score.status === 'on-track' || o.score.status === 'achieved') },
};
export const LongTitles: Story = {
  args: {
    objectives: objectives.map((o, i) =>
      i === 0 ? { ...o, title: longTitle } : i === 1 ? { ...o, title: multilingualTitle } : o,
    ),
  },
};
/** Two weeks before the end: unfinished goals can be carried into the next cycle; one already was. */
export const AtTheClose: Story = {
  args: {
    cycle: { name: 'Q1 2026', end: '2026-03-31' },
    nextCycle: { id: '2026-Q2', name: 'Q2 2026' },
    carriedIds: ['b'],
    now: '2026-03-24T09:00:00Z',
  },
  play: async ({ canvasElement }) => {
    const carry = within(canvasElement).getByRole('group', { name: 'Unfinished at the close' });
    await expect(within(carry).getByRole('button', { name: /Fix churn/ })).toBeVisible();
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: the cycle's objectives from the in-browser backend, scored by the core engine. */
export const Connected: Story = {
  render: () => <CycleDashboard cycleId="2026-Q1" now={now} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Sign 40 new logos/)).toBeVisible();
  },
};
/** Connected, after the cycle's end: carry a goal over and it appears as a draft in Q2. */
export const ConnectedAtTheClose: Story = {
  render: () => <CycleDashboard cycleId="2026-Q1" now="2026-04-02T09:00:00Z" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('group', { name: 'Unfinished at the close' })).toBeVisible();
  },
};
export const ConnectedEmpty: Story = {
  parameters: { backend: { empty: true } },
  render: () => <CycleDashboard cycleId="2026-Q1" now={now} />,
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CycleDashboard cycleId="2026-Q1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CycleDashboard cycleId="2026-Q1" />,
};
