import type { OneOnOneChange } from '@goalkit/core/connect';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { firstOneOnOne, PREVIOUS_MEETING_AT, weeklyOneOnOne } from '../../../../.storybook/oneOnOneFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, problem, renderConnected, routedFetch } from '../../test/connected.js';
import { OneOnOne } from './OneOnOne.js';

const props = { viewerId: 'dana', previousMeetingAt: PREVIOUS_MEETING_AT, now: '2026-02-15', timeZone: 'UTC' };

describe('<OneOnOne>', () => {
  it('shows the agenda in order with who wrote each point, private, carried and recurring ones in words', async () => {
    const { container } = render(<OneOnOne meeting={weeklyOneOnOne()} {...props} />);
    expect(screen.getByRole('heading', { level: 2, name: '1:1 with Ana Lima' })).toBeInTheDocument();
    expect(screen.getByText('Upcoming')).toBeInTheDocument();
    const agenda = screen.getByRole('list', { name: 'Agenda' });
    const points = within(agenda).getAllByRole('checkbox');
    expect(points.map((p) => (p as HTMLInputElement).checked)).toEqual([false, false, true, false]);
    expect(screen.getByRole('checkbox', { name: 'Wins and blockers this week' })).toHaveAccessibleDescription(
      'By Dana OkaforFrom the meeting on Feb 9, 2026Every meeting',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Career conversation: is a lead role what Ana wants?' }),
    ).toHaveAccessibleDescription('By Dana OkaforOnly you');
    // Only the author deletes: Dana's two points, not Ana's.
    expect(within(agenda).getAllByRole('button', { name: /^Delete talking point/ })).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('words suggestions from their fields and adds one as a shared point linked to its goal', async () => {
    const changes: OneOnOneChange[] = [];
    render(
      <OneOnOne
        meeting={weeklyOneOnOne()}
        {...props}
        onMeetingChange={(change) => {
          changes.push(change);
          return Promise.resolve({ id: 'tp-9' });
        }}
      />,
    );
    const suggestions = screen.getByRole('list', { name: 'Suggested talking points' });
    expect(within(suggestions).getAllByRole('listitem')[0]).toHaveTextContent(
      '“Cut onboarding time in half” is off track: 32% where 60% was expected by nowAna Lima’s goal',
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Add to agenda: “Time to first value under 10 minutes” has not been checked in for 19 days',
      }),
    );
    expect(changes).toEqual([
      {
        action: 'add-talking-point',
        meetingId: 'm-ana-7',
        body: {
          text: '“Time to first value under 10 minutes” has not been checked in for 19 days',
          visibility: 'shared',
          links: { objectiveIds: ['o2'], keyResultIds: ['kr5'] },
        },
        idempotencyKey: expect.any(String),
      },
    ]);
    await waitFor(() => expect(within(suggestions).getAllByText('On the agenda')).toHaveLength(1));
    expect(screen.getByText('Talking point added.')).toBeInTheDocument();
  });

  it('refuses an empty point, adds a private one with Enter and focuses the box again', async () => {
    const onMeetingChange = vi.fn();
    render(<OneOnOne meeting={weeklyOneOnOne()} {...props} onMeetingChange={onMeetingChange} />);
    const box = screen.getByRole('textbox', { name: 'New talking point' });
    await userEvent.click(screen.getByRole('button', { name: 'Add to agenda' }));
    expect(onMeetingChange).not.toHaveBeenCalled();
    expect(box).toHaveAccessibleDescription('Write the talking point first.');
    expect(box).toHaveFocus();
    await userEvent.type(box, 'Salary review timing');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Private: only you see it' }));
    await userEvent.type(box, '{Enter}');
    expect(onMeetingChange).toHaveBeenCalledWith(
      expect.objectContaining({ body: { text: 'Salary review timing', visibility: 'private' } }),
    );
    await waitFor(() => expect(box).toHaveValue(''));
    expect(box).toHaveFocus();
    expect(screen.getByText('Talking point added.')).toBeInTheDocument();
  });

  it('deletes the author’s point after a confirmation, Escape keeps it, and focus moves on', async () => {
    const onMeetingChange = vi.fn();
    render(<OneOnOne meeting={weeklyOneOnOne()} {...props} onMeetingChange={onMeetingChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete talking point “Wins and blockers this week”' }));
    const keep = screen.getByRole('button', { name: 'Keep it' });
    expect(keep).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Keep it' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete talking point “Wins and blockers this week”' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onMeetingChange).toHaveBeenCalledWith({
      action: 'delete-talking-point',
      meetingId: 'm-ana-7',
      pointId: 'tp-1',
      version: 1,
    });
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Wins and blockers this week' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('checkbox', { name: 'Conference budget for the design summit' })).toHaveFocus();
  });

  it('on a conflict keeps what was typed, shows theirs, and saves it over theirs on request', async () => {
    const meeting = weeklyOneOnOne();
    const theirs = { ...meeting, sharedNotes: 'Ana: pairing moved to Thursday.', version: 13 };
    const onMeetingChange = vi
      .fn()
      .mockRejectedValueOnce(Object.assign(new Error('Precondition Failed'), { status: 412 }))
      .mockResolvedValue(undefined);
    const { rerender } = render(
      <OneOnOne meeting={meeting} {...props} onMeetingChange={onMeetingChange} onReload={() => theirs} />,
    );
    const notes = screen.getByRole('textbox', { name: 'Shared notes' });
    await userEvent.clear(notes);
    await userEvent.type(notes, 'Mine, typed carefully');
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save shared notes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Someone else changed these notes/);
    expect(notes).toHaveValue('Mine, typed carefully');
    expect(screen.getByText('Ana: pairing moved to Thursday.')).toBeInTheDocument();
    rerender(<OneOnOne meeting={theirs} {...props} onMeetingChange={onMeetingChange} onReload={() => theirs} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save mine' }));
    expect(onMeetingChange).toHaveBeenLastCalledWith({
      action: 'update-meeting',
      meetingId: 'm-ana-7',
      version: 13,
      patch: { sharedNotes: 'Mine, typed carefully' },
    });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('adds an action item for the chosen owner with a due date, and ticks earlier ones off', async () => {
    const onMeetingChange = vi.fn();
    render(<OneOnOne meeting={weeklyOneOnOne()} {...props} onMeetingChange={onMeetingChange} />);
    const earlier = screen.getByRole('list', { name: 'From earlier meetings' });
    expect(within(earlier).getAllByRole('listitem')[0]).toHaveTextContent('Overdue since Feb 12, 2026');
    await userEvent.click(within(earlier).getByRole('checkbox', { name: 'Book the usability sessions' }));
    expect(onMeetingChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ action: 'update-action-item', itemId: 'ai-1', version: 2, patch: { done: true } }),
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'New action item' }), 'Draft the lead role description');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'ana');
    await userEvent.type(screen.getByLabelText('Due (optional)'), '2026-02-27');
    await userEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    expect(onMeetingChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        action: 'add-action-item',
        body: { text: 'Draft the lead role description', ownerId: 'ana', due: '2026-02-27' },
      }),
    );
  });

  it('shows an empty first meeting, marks it held, and renders text as text', async () => {
    const onMeetingChange = vi.fn();
    const first = firstOneOnOne();
    const { container } = render(
      <OneOnOne
        meeting={{ ...first, sharedNotes: '<img src=x onerror=alert(1)>' }}
        {...props}
        onMeetingChange={onMeetingChange}
      />,
    );
    expect(screen.getByText(/Nothing on the agenda yet/)).toBeInTheDocument();
    expect(screen.getByText('No action items yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Suggested talking points' })).not.toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Mark as held' }));
    expect(onMeetingChange).toHaveBeenCalledWith({
      action: 'update-meeting',
      meetingId: 'm-ben-1',
      version: 1,
      patch: { state: 'held' },
    });
    expect(await screen.findByText('Meeting marked as held.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('connected: loads the meeting and the viewer, saves notes with If-Match, and retries a failed load', async () => {
    const meeting = weeklyOneOnOne();
    let fail = true;
    const { fetch, calls } = routedFetch({
      'GET /meetings/m-ana-7': () => (fail ? problem(503) : json(meeting)),
      'GET /me': () =>
        json({
          id: 'dana',
          name: 'Dana Okafor',
          email: 'dana@acme.example',
          role: 'admin',
          teamId: null,
          managerId: null,
        }),
      'GET /meetings': () =>
        json({
          items: [
            {
              id: 'm-ana-6',
              seriesId: 's-ana',
              participants: meeting.participants,
              at: PREVIOUS_MEETING_AT,
              state: 'held',
              openTalkingPoints: 0,
            },
          ],
          nextCursor: null,
        }),
      'PATCH /meetings/m-ana-7': (body) => json({ ...meeting, ...(body as object), version: 13 }),
    });
    renderConnected(<OneOnOne meetingId="m-ana-7" now="2026-02-15" timeZone="UTC" />, fetch);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    fail = false;
    await userEvent.click(retry);
    expect(await screen.findByRole('heading', { level: 2, name: '1:1 with Ana Lima' })).toBeInTheDocument();
    expect(await screen.findAllByText('From the meeting on Feb 9, 2026')).toHaveLength(2);
    const notes = screen.getByRole('textbox', { name: 'My private notes' });
    await userEvent.type(notes, ' And the offsite.');
    await userEvent.click(screen.getByRole('button', { name: 'Save private notes' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ privateNotes: 'Ask how the team move is landing. And the offsite.' });
    expect(patch?.headers.get('if-match')).toBe('"12"');
  });
});
