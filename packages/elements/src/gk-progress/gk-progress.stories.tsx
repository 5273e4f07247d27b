import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import '../define/gk-progress.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkProgress } from './gk-progress.js';

const tag = 'gk-progress';
const meta = {
  title: 'Widgets/ProgressMeter/Elements',
  render: (args) => <GkElement tag={tag} args={args} />,
  args: { progress: 0.47, expected: 0.51, status: 'at-risk', label: 'Activation' },
  argTypes: {
    ...elementArgTypes(tag, GkProgress),
    progress: { control: { type: 'range', min: 0, max: 1, step: 0.01 }, table: { category: 'attributes' } },
    expected: { control: { type: 'range', min: 0, max: 1, step: 0.01 }, table: { category: 'attributes' } },
    status: {
      control: 'select',
      options: ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'],
      table: { category: 'attributes' },
    },
    variant: { control: 'inline-radio', options: ['bar', 'ring'], table: { category: 'attributes' } },
  },
  parameters: elementParameters(
    tag,
    'A goal’s progress as a bar or ring, with the expected-pace marker and status colour.',
  ),
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AtRisk: Story = {
  play: async ({ canvasElement }) => {
    const meter = within(await shadowOf(canvasElement, tag)).getByRole('meter', { name: 'Activation' });
    await expect(meter).toHaveAttribute('aria-valuetext', '47%, at risk, 51% expected by today');
  },
};
export const NotStarted: Story = { args: { progress: 0, expected: 0, status: 'not-started' } };
export const OnTrack: Story = { args: { progress: 0.62, expected: 0.55, status: 'on-track' } };
export const OffTrack: Story = { args: { progress: 0.12, expected: 0.6, status: 'off-track' } };
export const Achieved: Story = { args: { progress: 1, expected: 0.9, status: 'achieved' } };
export const Overachieved: Story = { args: { progress: 1, raw: 1.25, expected: 0.9, status: 'achieved' } };
export const Ring: Story = { args: { variant: 'ring', progress: 0.72, status: 'on-track' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' }, args: { label: 'Aktivierung' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
