import type { OneOnOneChange } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { backendOf } from '../../../../.storybook/backend.js';
import { firstOneOnOne, PREVIOUS_MEETING_AT, weeklyOneOnOne } from '../../../../.storybook/oneOnOneFixtures.js';
import { SeededMeeting } from '../../../../.storybook/oneOnOneSeries.js';
import { OneOnOne, type OneOnOneDataProps } from './OneOnOne.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = OneOnOne as ComponentType<OneOnOneDataProps>;

const meta = {
  title: 'Widgets/OneOnOne/React',
  component: Widget,
  args: {
    meeting: weeklyOneOnOne(),
    viewerId: 'dana',
    previousMeetingAt: PREVIOUS_MEETING_AT,
    now: '2026-02-15',
    timeZone: 'UTC',
    onMeetingChange: fn(),
  },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '44rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Dana's weekly 1:1 with Ana: two points carried from last week (one recurring), Ana's ticked off, Dana's
 * private point, suggestions from Ana's goals with their numbers, and action items open from earlier.
 */
export const Weekly: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: '1:1 with Ana Lima' })).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Wins and blockers this week' })).toHaveAccessibleDescription(
      /By Dana Okafor\s*From the meeting on Feb 9, 2026\s*Every meeting/,
    );
    await expect(canvas.getByRole('list', { name: 'Suggested talking points' })).toHaveTextContent(
      '“Cut onboarding time in half” is off track: 32% where 60% was expected by now',
    );
    const box = canvas.getByRole('textbox', { name: 'New talking point' });
    await userEvent.type(box, 'Plan the offsite{Enter}');
    await expect(args.onMeetingChange).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'add-talking-point',
        body: { text: 'Plan the offsite', visibility: 'shared' },
      }),
    );
    await waitFor(() => expect(box).toHaveFocus());
  },
};
/** The first meeting of a new series: nothing on the agenda, no notes, no action items, no suggestions. */
export const EmptyFirstMeeting: Story = {
  args: { meeting: firstOneOnOne(), previousMeetingAt: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Nothing on the agenda yet/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Add to agenda' }));
    await expect(canvas.getByRole('textbox', { name: 'New talking point' })).toHaveAccessibleDescription(
      'Write the talking point first.',
    );
  },
};
/** Ana edited the shared notes while Dana typed: Dana's text stays, theirs is shown, and she chooses. */
export const NotesConflict: Story = {
  args: {
    onMeetingChange: fn((change: OneOnOneChange) =>
      change.action === 'update-meeting'
        ? Promise.reject(Object.assign(new Error('Precondition Failed'), { status: 412 }))
        : undefined,
    ),
    onReload: () => ({ ...weeklyOneOnOne(), sharedNotes: 'Ana: pairing moved to Thursday.', version: 13 }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const notes = canvas.getByRole('textbox', { name: 'Shared notes' });
    await userEvent.type(notes, ' Dana covers the demo.');
    await userEvent.click(canvas.getByRole('button', { name: 'Save shared notes' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Someone else changed these notes/);
    await expect(notes).toHaveValue('Ana will pair with Ben on the onboarding flow this week. Dana covers the demo.');
    await expect(canvas.getByRole('button', { name: 'Load their version' })).toBeVisible();
  },
};
export const ReadOnly: Story = { args: { readOnly: true } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2, name: '1:1 mit Ana Lima' })).toBeVisible();
    await expect(canvas.getByRole('list', { name: 'Vorgeschlagene Gesprächspunkte' })).toHaveTextContent(
      /„Cut onboarding time in half“ ist nicht auf Kurs: 32\s%, wo 60\s% zu erwarten war/,
    );
  },
};

/**
 * Connected: Dana's weekly 1:1 with Ana made through the in-browser reference server (the series, last
 * week's points, notes and action item, held; this week's meeting carries the open points over). Dana adds
 * a point, ticks one off and saves the shared notes.
 */
export const Connected: Story = {
  render: (_args, { loaded }) => (
    <SeededMeeting client={backendOf(loaded).client} series="weekly">
      {(meetingId) => <OneOnOne meetingId={meetingId} now="2026-02-15" timeZone="UTC" />}
    </SeededMeeting>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { level: 2, name: '1:1 with Ana Lima' }, { timeout: 8000 }),
    ).toBeVisible();
    const carried = await canvas.findByRole('checkbox', { name: 'Wins and blockers this week' });
    // The day comes with the series' meetings, which load after the meeting.
    await waitFor(() => expect(carried).toHaveAccessibleDescription(/From the meeting on Feb 9, 2026/), {
      timeout: 5000,
    });
    await expect(canvas.getByRole('checkbox', { name: 'Conference budget for the design summit' })).toBeVisible();
    await expect(canvas.queryByRole('checkbox', { name: 'Feedback on the onboarding demo' })).toBeNull();
    await expect(canvas.getByRole('list', { name: 'From earlier meetings' })).toHaveTextContent(
      'Book the usability sessions',
    );
    const box = canvas.getByRole('textbox', { name: 'New talking point' });
    await userEvent.type(box, 'Plan the offsite{Enter}');
    await expect(await canvas.findByRole('checkbox', { name: 'Plan the offsite' }, { timeout: 5000 })).toBeVisible();
    await userEvent.click(carried);
    await waitFor(() => expect(carried).toBeChecked());
    const notes = canvas.getByRole('textbox', { name: 'Shared notes' });
    await userEvent.type(notes, ' Offsite in March.');
    await userEvent.click(canvas.getByRole('button', { name: 'Save shared notes' }));
    await expect(await canvas.findByText('Saved', {}, { timeout: 5000 })).toBeVisible();
  },
};
/** Connected: the first meeting of Dana's new series with Ben. */
export const ConnectedFirstMeeting: Story = {
  render: (_args, { loaded }) => (
    <SeededMeeting client={backendOf(loaded).client} series="first">
      {(meetingId) => <OneOnOne meetingId={meetingId} now="2026-02-15" timeZone="UTC" />}
    </SeededMeeting>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { level: 2, name: '1:1 with Ben Adeyemi' }, { timeout: 8000 }),
    ).toBeVisible();
    await expect(canvas.getByText(/Nothing on the agenda yet/)).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <OneOnOne meetingId="m-1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <OneOnOne meetingId="m-1" />,
  play: async ({ canvasElement }) => {
    // The query retries a 503 twice (1 s, then 2 s) before it shows the error.
    await expect(
      await within(canvasElement).findByRole('button', { name: 'Try again' }, { timeout: 8000 }),
    ).toBeVisible();
  },
};
