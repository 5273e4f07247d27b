import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { healthyProgram, orphanTitles, smallTeamProgram } from '../../../../.storybook/analyticsFixtures.js';
import { storyOrganisation } from '../../../../.storybook/organisation.js';
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
    await expect(canvas.getByRole('group', { name: 'Check-ins' })).toHaveTextContent(
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
/** The titles a host has from `GET /objectives`, so the objectives without a parent are named. */
const titles = storyOrganisation.objectives.map(({ id, title }) => ({ id, title }));

/** Connected: `GET /analytics` for Q1 2026 from the in-browser reference server, with the trend since the closed Q4 2025. */
export const Connected: Story = {
  render: () => <ProgramHealth cycle="2026-Q1" objectives={titles} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2 }, { timeout: 5000 })).toHaveTextContent(
      'Program health: Q1 2026',
    );
    await expect(canvas.getByRole('group', { name: 'Check-ins' })).toHaveTextContent(
      '6 of 11 active key results checked in within their cadence',
    );
    await expect(canvas.getByRole('list', { name: 'Not aligned' })).toHaveTextContent('Improve things');
    const trend = within(canvas.getByRole('table', { name: 'Trend over cycles' }));
    await expect(trend.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Q4 2025', 'Q1 2026']);
  },
};
/** Connected, for the Web platform team (Ana and Ben) in Q4 2025: two people, so the server hides every figure and says why. */
export const ConnectedSmallTeam: Story = {
  render: () => <ProgramHealth cycle="2025-Q4" owner="web" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('group', { name: 'Check-ins' }, { timeout: 5000 })).toHaveTextContent(
      'Hidden: counts 2 people; figures are shown for groups of 5 or more',
    );
    await expect(canvas.getByRole('group', { name: 'Outcomes' })).toHaveTextContent('Hidden: counts 2 people');
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <ProgramHealth cycle="2026-Q1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <ProgramHealth cycle="2026-Q1" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
