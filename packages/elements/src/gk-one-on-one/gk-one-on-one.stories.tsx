import type { OneOnOneChange } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-one-on-one.js';
import { backendOf } from '../../../../.storybook/backend.js';
import { firstOneOnOne, PREVIOUS_MEETING_AT, weeklyOneOnOne } from '../../../../.storybook/oneOnOneFixtures.js';
import { SeededMeeting } from '../../../../.storybook/oneOnOneSeries.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkOneOnOne } from './gk-one-on-one.js';

const tag = 'gk-one-on-one';
const events = { 'gk-meeting-change': 'onGkMeetingChange', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/OneOnOne/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: {
    meeting: weeklyOneOnOne(),
    viewerId: 'dana',
    previousMeetingAt: PREVIOUS_MEETING_AT,
    now: '2026-02-15',
    timeZone: 'UTC',
    onGkMeetingChange: fn(),
    onGkError: fn(),
  },
  argTypes: elementArgTypes(tag, GkOneOnOne, events),
  parameters: elementParameters(tag, 'A 1:1 meeting: agenda, suggestions, notes and action items.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '44rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Dana's weekly 1:1 with Ana: two points carried from last week (one recurring), Ana's ticked off, Dana's
 * private point, suggestions from Ana's goals with their numbers, and action items open from earlier.
 */
export const Weekly: Story = {
  play: async ({ canvasElement }) => {
    const root = within(await shadowOf(canvasElement, tag));
    const changes: unknown[] = [];
    canvasElement.querySelector(tag)?.addEventListener('gk-meeting-change', (event) => changes.push(event.detail));
    await expect(root.getByRole('heading', { level: 2 })).toHaveTextContent('1:1 with Ana Lima');
    await expect(root.getByRole('checkbox', { name: 'Wins and blockers this week' })).toHaveAccessibleDescription(
      /From the meeting on Feb 9, 2026\s*Every meeting/,
    );
    const box = root.getByRole('textbox', { name: 'New talking point' });
    await userEvent.type(box, 'Plan the offsite{Enter}');
    await expect(changes).toEqual([
      expect.objectContaining({
        action: 'add-talking-point',
        body: { text: 'Plan the offsite', visibility: 'shared' },
      }),
    ]);
    await waitFor(() => expect(box).toHaveValue(''));
  },
};
/** The first meeting of a new series: nothing on the agenda, no notes, no action items, no suggestions. */
export const EmptyFirstMeeting: Story = {
  args: { meeting: firstOneOnOne(), previousMeetingAt: undefined },
  play: async ({ canvasElement }) => {
    const root = within(await shadowOf(canvasElement, tag));
    await expect(root.getByText(/Nothing on the agenda yet/)).toBeVisible();
  },
};
/** Ana edited the shared notes while Dana typed: Dana's text stays, theirs is shown, and she chooses. */
export const NotesConflict: Story = {
  args: {
    onGkMeetingChange: fn((change: OneOnOneChange) =>
      change.action === 'update-meeting'
        ? Promise.reject(Object.assign(new Error('Precondition Failed'), { status: 412 }))
        : undefined,
    ),
  },
  play: async ({ canvasElement }) => {
    const root = within(await shadowOf(canvasElement, tag));
    const notes = root.getByRole('textbox', { name: 'Shared notes' });
    await userEvent.type(notes, ' Dana covers the demo.');
    await userEvent.click(root.getByRole('button', { name: 'Save shared notes' }));
    await waitFor(() => expect(root.getByRole('alert')).toHaveTextContent(/Someone else changed these notes/));
    await expect(notes).toHaveValue('Ana will pair with Ben on the onboarding flow this week. Dana covers the demo.');
    await expect(root.getByRole('button', { name: 'Load their version' })).toBeVisible();
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
    const root = within(await shadowOf(canvasElement, tag));
    await waitFor(() => expect(root.getByRole('heading', { level: 2 })).toHaveTextContent('1:1 mit Ana Lima'));
  },
};

/**
 * Connected: Dana's weekly 1:1 with Ana made through the in-browser reference server (the series, last
 * week's points, notes and action item, held; this week's meeting carries the open points over).
 */
export const Connected: Story = {
  render: (args, { loaded }) => (
    <SeededMeeting client={backendOf(loaded).client} series="weekly">
      {(meetingId) => (
        <GkElement
          tag={tag}
          args={{ ...args, meeting: undefined, viewerId: undefined, previousMeetingAt: undefined, meetingId }}
          events={events}
        />
      )}
    </SeededMeeting>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)).not.toBeNull(), { timeout: 8000 });
    const root = within(await shadowOf(canvasElement, tag));
    await waitFor(() => expect(root.getByRole('heading', { level: 2 })).toHaveTextContent('1:1 with Ana Lima'), {
      timeout: 8000,
    });
    const carried = root.getByRole('checkbox', { name: 'Wins and blockers this week' });
    await waitFor(() => expect(carried).toHaveAccessibleDescription(/From the meeting on Feb 9, 2026/), {
      timeout: 5000,
    });
    await userEvent.type(root.getByRole('textbox', { name: 'New talking point' }), 'Plan the offsite{Enter}');
    await waitFor(() => expect(root.getByRole('checkbox', { name: 'Plan the offsite' })).toBeVisible(), {
      timeout: 5000,
    });
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { meeting: undefined, meetingId: 'm-1' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { meeting: undefined, meetingId: 'm-1' },
};
