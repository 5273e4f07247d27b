import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import '../define/gk-digest.js';
import { digestObjectives, digestOwners, digestWeek, quietWeek } from '../../../../.storybook/digestFixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkDigest } from './gk-digest.js';

const tag = 'gk-digest';
const events = { 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/Digest/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { digest: digestWeek(), objectives: digestObjectives(), owners: digestOwners(), onGkError: fn() },
  argTypes: elementArgTypes(tag, GkDigest, events),
  parameters: elementParameters(tag, 'The week in a person’s or team’s goals.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A busy week: figures, then status changes, new risks, check-ins, kudos and key results nobody checked in. */
export const Week: Story = {
  play: async ({ canvasElement }) => {
    const digest = within(await shadowOf(canvasElement, tag));
    await expect(await digest.findByRole('heading', { level: 2 })).toHaveTextContent(
      /^The week in Growth’s goals, Feb 9/,
    );
    await expect(digest.getByRole('region', { name: 'Status changes' })).toHaveTextContent(
      /was\s+on track\s+now\s+at risk/,
    );
    await expect(digest.getByText('<b>Not bold</b>, just text')).toBeVisible();
  },
};
/** Nothing changed: the week says so, and lists the key results nobody checked in. */
export const Quiet: Story = {
  args: { digest: quietWeek() },
  play: async ({ canvasElement }) => {
    const digest = within(await shadowOf(canvasElement, tag));
    await expect(await digest.findByText('A quiet week: nothing changed.')).toBeVisible();
  },
};
/** Titles and names not given: neutral words, never an id or a blank. */
export const WithoutTitles: Story = { args: { objectives: [], owners: [] } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const digest = within(await shadowOf(canvasElement, tag));
    await waitFor(() =>
      expect(digest.getByRole('heading', { level: 2 })).toHaveTextContent(/^Die Woche in den Zielen von Growth/),
    );
  },
};
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
/** Connected: the Growth team's week (Dana's team), from the in-browser reference server. */
export const Connected: Story = {
  args: {
    digest: undefined,
    objectives: undefined,
    owners: undefined,
    owner: 'growth',
    from: '2026-02-09',
    to: '2026-02-15',
  },
  play: async ({ canvasElement }) => {
    const digest = within(await shadowOf(canvasElement, tag));
    await waitFor(
      () => expect(digest.getByRole('heading', { level: 2 })).toHaveTextContent(/^The week in Growth’s goals, Feb 9/),
      { timeout: 5000 },
    );
  },
};
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: { digest: undefined } };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: { digest: undefined } };
