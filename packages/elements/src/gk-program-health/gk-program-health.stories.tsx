import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import '../define/gk-program-health.js';
import { healthyProgram, orphanTitles, smallTeamProgram } from '../../../../.storybook/analyticsFixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkProgramHealth } from './gk-program-health.js';

const tag = 'gk-program-health';
const events = { 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/ProgramHealth/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { health: healthyProgram(), objectives: orphanTitles(), onGkError: fn() },
  argTypes: elementArgTypes(tag, GkProgramHealth, events),
  parameters: elementParameters(tag, 'Program health for a cycle and scope.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The whole organisation six weeks into Q1 2026: improving on every count. */
export const Healthy: Story = {
  play: async ({ canvasElement }) => {
    const health = within(await shadowOf(canvasElement, tag));
    await expect(await health.findByRole('heading', { level: 2 })).toHaveTextContent('Program health: Q1 2026');
    await expect(health.getByRole('table', { name: 'Trend over cycles' })).toBeVisible();
  },
};
/** A team of three: what counts people is hidden, with the reason; alignment is shown. */
export const HiddenAggregates: Story = {
  args: { health: smallTeamProgram(), objectives: [] },
  play: async ({ canvasElement }) => {
    const health = within(await shadowOf(canvasElement, tag));
    await waitFor(() =>
      expect(health.getByRole('region', { name: 'Check-ins' })).toHaveTextContent(
        'Hidden: counts 3 people; figures are shown for groups of 5 or more',
      ),
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
    const health = within(await shadowOf(canvasElement, tag));
    await waitFor(() =>
      expect(health.getByRole('heading', { level: 2 })).toHaveTextContent('Zustand des Programms: Q1 2026'),
    );
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { health: undefined, cycle: 'q1-2026' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { health: undefined, cycle: 'q1-2026' },
};
