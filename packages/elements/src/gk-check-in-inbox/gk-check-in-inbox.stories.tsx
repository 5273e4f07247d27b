import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-check-in-inbox.js';
import { inboxItems, inboxObjectives } from '../../../../.storybook/checkInInboxFixtures.js';
import { now } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkCheckInInbox } from './gk-check-in-inbox.js';

const tag = 'gk-check-in-inbox';
const events = { 'gk-check-in': 'onGkCheckIn', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/CheckInInbox/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { items: inboxItems(), objectives: inboxObjectives(), now, onGkCheckIn: fn(), onGkError: fn() },
  argTypes: elementArgTypes(tag, GkCheckInInbox, events),
  parameters: elementParameters(tag, 'The check-ins a person owes, overdue first, each with an inline check-in.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Escalated, then overdue, then due, the oldest first; long titles wrap. */
export const Owed: Story = {
  play: async ({ canvasElement }) => {
    const inbox = within(await shadowOf(canvasElement, tag));
    await expect(await inbox.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Check-ins you owe (5 check-ins, 3 overdue)',
    );
  },
};
/** The row's button opens <gk-check-in-form> with focus in it; Escape closes it and returns focus. */
export const InlineCheckIn: Story = {
  play: async ({ canvasElement }) => {
    const host = await shadowOf(canvasElement, tag);
    const inbox = within(host);
    const toggle = await inbox.findByRole('button', { name: 'Check in on “Cut time to first value to 2 days”' });
    await userEvent.click(toggle);
    await waitFor(() =>
      expect(inbox.getByRole('group', { name: /Cut time/ }).querySelector('gk-check-in-form')).not.toBeNull(),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
  },
};
export const Empty: Story = { args: { items: [] } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const inbox = within(await shadowOf(canvasElement, tag));
    await expect(await inbox.findByText('Heute fällig')).toBeVisible();
  },
};
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
/** Connected: what Dana owes by Acme's Monday cadence, from the in-browser reference server. */
export const Connected: Story = {
  args: { items: undefined, objectives: undefined },
  play: async ({ canvasElement }) => {
    const inbox = within(await shadowOf(canvasElement, tag));
    await waitFor(() =>
      expect(inbox.getByRole('heading', { level: 2 })).toHaveTextContent(/^Check-ins you owe \(\d+ check-ins?/),
    );
    await waitFor(() => expect(inbox.getAllByRole('button', { name: /^Check in on “/ }).length).toBeGreaterThan(0));
  },
};
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: { items: undefined } };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: { items: undefined } };
