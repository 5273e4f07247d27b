import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inboxItems, inboxObjectives } from '../../../../.storybook/checkInInboxFixtures.js';
import { now } from '../__tests__/storyData.js';
import { CheckInInbox, type CheckInInboxDataProps } from './CheckInInbox.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CheckInInbox as ComponentType<CheckInInboxDataProps>;

const meta = {
  title: 'Widgets/CheckInInbox/React',
  component: Widget,
  args: { items: inboxItems(), objectives: inboxObjectives(), now, onCheckIn: fn() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Escalated, then overdue, then due, the oldest first; long titles wrap. */
export const Owed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Check-ins you owe (5 check-ins, 3 overdue)',
    );
    const rows = canvas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    await expect(rows[0]).toMatch(/^Reduce the share/);
    await expect(rows[1]).toBe('Cut time to first value to 2 days');
  },
};
/** The row's button opens the check-in with focus in it; Escape closes it and returns focus. */
export const InlineCheckIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Check in on “Cut time to first value to 2 days”' });
    await userEvent.click(toggle);
    const value = canvas.getByRole('textbox', { name: 'New value (days)' });
    await waitFor(() => expect(value).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toggle).toHaveFocus());
    await userEvent.click(toggle);
    await userEvent.type(canvas.getByRole('textbox', { name: 'New value (days)' }), '2');
    await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
    await expect(args.onCheckIn).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr2', value: 2 }));
    await expect(await canvas.findByText('Checked in on “Cut time to first value to 2 days”.')).toBeInTheDocument();
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
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2, name: /Ihre fälligen Check-ins/ })).toHaveTextContent(
      'Ihre fälligen Check-ins (5 Check-ins, 3 überfällig)',
    );
    await expect(canvas.getByText('Heute fällig')).toBeVisible();
  },
};
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: what Dana owes by Acme's Monday cadence, from the in-browser reference server. */
export const Connected: Story = {
  render: () => <CheckInInbox now={now} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2 })).toHaveTextContent(
      /^Check-ins you owe \(\d+ check-ins?/,
    );
    await expect((await canvas.findAllByRole('button', { name: /^Check in on “/ })).length).toBeGreaterThan(0);
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CheckInInbox />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CheckInInbox />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
