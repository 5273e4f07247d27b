import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { healthyProgram, orphanTitles, smallTeamProgram } from '../../../../.storybook/analyticsFixtures.js';
import { ProgramHealth, type ProgramHealthDataProps } from './ProgramHealth.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = ProgramHealth as ComponentType<ProgramHealthDataProps>;

const meta = {
  title: 'Widgets/ProgramHealth/React',
  component: Widget,
  args: { health: healthyProgram(), objectives: orphanTitles() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The whole organisation six weeks into Q1 2026: improving on every count. */
export const Healthy: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Program health: Q1 2026');
    await expect(canvas.getByRole('list', { name: 'Key results by grade' })).toHaveTextContent('21 green');
    await expect(canvas.getByRole('table', { name: 'Trend over cycles' })).toBeVisible();
  },
};
/** A team of three: what counts people is hidden, with the reason; alignment is shown. */
export const HiddenAggregates: Story = {
  args: { health: smallTeamProgram(), objectives: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Check-ins' })).toHaveTextContent(
      'Hidden: counts 3 people; figures are shown for groups of 5 or more',
    );
  },
};
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { level: 2, name: 'Zustand des Programms: Q1 2026' }),
    ).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <ProgramHealth cycle="q1-2026" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <ProgramHealth cycle="q1-2026" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
