import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ProgressMeter } from './ProgressMeter.js';

const meta = {
  title: 'Widgets/ProgressMeter/React',
  component: ProgressMeter,
  args: { progress: 0.47, expected: 0.51, status: 'at-risk', label: 'Activation' },
  argTypes: {
    progress: { control: { type: 'range', min: 0, max: 1, step: 0.01 } },
    expected: { control: { type: 'range', min: 0, max: 1, step: 0.01 } },
    status: { control: 'select', options: ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'] },
    variant: { control: 'inline-radio', options: ['bar', 'ring'] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}>{Story()}</div>],
} satisfies Meta<typeof ProgressMeter>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AtRisk: Story = {
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByRole('meter', { name: 'Activation' });
    await expect(meter).toHaveAttribute('aria-valuetext', '47%, at risk, 51% expected by today');
  },
};

export const OnTrack: Story = { args: { progress: 0.62, expected: 0.55, status: 'on-track' } };
export const OffTrack: Story = { args: { progress: 0.12, expected: 0.6, status: 'off-track' } };
export const Achieved: Story = { args: { progress: 1, raw: 1.25, status: 'achieved', expected: 0.9 } };
export const NotStarted: Story = { args: { progress: 0, expected: undefined, status: 'not-started' } };
export const Ring: Story = { args: { variant: 'ring', progress: 0.72, status: 'on-track' } };
export const German: Story = { globals: { locale: 'de' }, args: { label: 'Aktivierung' } };
export const Overachieved: Story = {
  args: { progress: 1, raw: 1.25, status: 'achieved', expected: 0.9 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('125%')).toBeVisible();
  },
};

const statuses = [
  ['not-started', 0, 0],
  ['on-track', 0.62, 0.55],
  ['at-risk', 0.4, 0.55],
  ['off-track', 0.12, 0.55],
  ['achieved', 1, 0.55],
] as const;
/** Every status side by side, as a bar and as a ring. */
export const AllStatuses: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {statuses.map(([status, progress, expected]) => (
        <div key={status} style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
          <div style={{ flex: 1 }}>
            <ProgressMeter {...args} status={status} progress={progress} expected={expected} label={status} />
          </div>
          <ProgressMeter {...args} variant="ring" status={status} progress={progress} label={`${status} (ring)`} />
        </div>
      ))}
    </div>
  ),
};
export const Dark: Story = { ...AllStatuses, globals: { theme: 'dark' } };
export const Brand: Story = { ...AllStatuses, globals: { theme: 'brand' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
