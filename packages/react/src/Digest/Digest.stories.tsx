import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { digestObjectives, digestOwners, digestWeek, quietWeek } from '../../../../.storybook/digestFixtures.js';
import { Digest, type DigestDataProps } from './Digest.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = Digest as ComponentType<DigestDataProps>;

const meta = {
  title: 'Widgets/Digest/React',
  component: Widget,
  args: { digest: digestWeek(), objectives: digestObjectives(), owners: digestOwners() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A busy week: figures, then status changes, new risks, check-ins, kudos and key results nobody checked in. */
export const Week: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/^The week in Growth’s goals, Feb 9/);
    const figures = within(canvas.getByRole('list', { name: 'This week in numbers' })).getAllByRole('listitem');
    await expect(figures.map((f) => f.textContent)).toEqual([
      '2 status changes',
      '2 new risks',
      '4 check-ins',
      '2 kudos',
      '1 key result without a check-in',
    ]);
    const changes = canvas.getByRole('region', { name: 'Status changes' });
    await expect(within(changes).getAllByRole('listitem')[0]).toHaveTextContent('was on track now at risk');
    await expect(canvas.getByText('<b>Not bold</b>, just text')).toBeVisible();
  },
};
/** Nothing changed: the week says so, and lists the key results nobody checked in. */
export const Quiet: Story = {
  args: { digest: quietWeek() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('A quiet week: nothing changed.')).toBeVisible();
  },
};
/** Titles and names not given: neutral words, never an id or a blank. */
export const WithoutTitles: Story = {
  args: { objectives: [], owners: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/^The week in goals, Feb 9/);
    await expect(canvas.getAllByRole('heading', { level: 4, name: 'A key result' }).length).toBeGreaterThan(0);
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
      await canvas.findByRole('heading', { level: 2, name: /^Die Woche in den Zielen von Growth/ }),
    ).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Neue Risiken' })).toBeVisible();
  },
};
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: the Growth team's week (Dana's team), from the in-browser reference server. */
export const Connected: Story = {
  render: () => <Digest owner="growth" from="2026-02-09" to="2026-02-15" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2 }, { timeout: 5000 })).toHaveTextContent(
      /^The week in Growth’s goals, Feb 9/,
    );
    await expect(canvas.getByRole('list', { name: 'This week in numbers' })).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <Digest />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <Digest />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
