import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import '../define/gk-program-health.js';
import { healthyProgram, orphanTitles, smallTeamProgram } from '../../../../.storybook/analyticsFixtures.js';
import { storyOrganisation } from '../../../../.storybook/organisation.js';
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
      expect(health.getByRole('group', { name: 'Check-ins' })).toHaveTextContent(
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
/** The titles a host has from `GET /objectives`, so the objectives without a parent are named. */
const titles = storyOrganisation.objectives.map(({ id, title }) => ({ id, title }));

/** Connected: `GET /analytics` for Q1 2026 from the in-browser reference server, with the trend since the closed Q4 2025. */
export const Connected: Story = {
  args: { health: undefined, objectives: titles, cycle: '2026-Q1' },
  play: async ({ canvasElement }) => {
    const health = within(await shadowOf(canvasElement, tag));
    await waitFor(
      () => expect(health.getByRole('heading', { level: 2 })).toHaveTextContent('Program health: Q1 2026'),
      { timeout: 5000 },
    );
    await expect(health.getByRole('group', { name: 'Check-ins' })).toHaveTextContent(
      '6 of 11 active key results checked in within their cadence',
    );
    await expect(health.getByRole('list', { name: 'Not aligned' })).toHaveTextContent('Improve things');
    const trend = within(health.getByRole('table', { name: 'Trend over cycles' }));
    await expect(trend.getAllByRole('rowheader').map((cell) => cell.textContent?.trim())).toEqual([
      'Q4 2025',
      'Q1 2026',
    ]);
  },
};
/** Connected, for the Web platform team (Ana and Ben) in Q4 2025: two people, so the server hides every figure and says why. */
export const ConnectedSmallTeam: Story = {
  args: { health: undefined, objectives: undefined, cycle: '2025-Q4', owner: 'web' },
  play: async ({ canvasElement }) => {
    const health = within(await shadowOf(canvasElement, tag));
    await waitFor(
      () =>
        expect(health.getByRole('group', { name: 'Check-ins' })).toHaveTextContent(
          'Hidden: counts 2 people; figures are shown for groups of 5 or more',
        ),
      { timeout: 5000 },
    );
    await expect(health.getByRole('group', { name: 'Outcomes' })).toHaveTextContent('Hidden: counts 2 people');
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { health: undefined, cycle: '2026-Q1' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { health: undefined, cycle: '2026-Q1' },
};
