import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-one-on-one.js';
import { firstOneOnOne, PREVIOUS_MEETING_AT, weeklyOneOnOne } from '../../../../.storybook/oneOnOneFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { expectFocus, json, mount, mountConnected, problem, record, routedFetch, XSS } from '../../test/connected.js';
import type { GkMeetingChangeEvent } from '../events.js';
import type { GkOneOnOne } from './gk-one-on-one.js';

async function oneOnOne(meeting = weeklyOneOnOne()) {
  const element = mount<GkOneOnOne>(
    `<gk-one-on-one viewer-id="dana" time-zone="UTC" previous-meeting-at="${PREVIOUS_MEETING_AT}"></gk-one-on-one>`,
    'gk-one-on-one',
  );
  element.now = '2026-02-15';
  element.meeting = meeting;
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('<gk-one-on-one>', () => {
  it('shows the agenda in order, with private, carried and recurring points in words, and passes axe', async () => {
    const element = await oneOnOne();
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('1:1 with Ana Lima');
    const agenda = page.getByRole('list', { name: 'Agenda' });
    expect(
      agenda
        .getByRole('checkbox')
        .elements()
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([false, false, true, false]);
    await expect
      .element(page.getByRole('checkbox', { name: 'Wins and blockers this week' }))
      .toHaveAccessibleDescription(/By Dana Okafor\s*From the meeting on Feb 9, 2026\s*Every meeting/);
    await expect
      .element(page.getByRole('checkbox', { name: 'Career conversation: is a lead role what Ana wants?' }))
      .toHaveAccessibleDescription(/Only you/);
    expect(agenda.getByRole('button', { name: /^Delete talking point/ }).elements()).toHaveLength(2);
    await expect
      .element(page.getByRole('list', { name: 'Suggested talking points' }))
      .toHaveTextContent(/“Cut onboarding time in half” is off track: 32% where 60% was expected by now/);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('adds a point with Enter, refuses an empty one, and adds a suggestion linked to its goal', async () => {
    const element = await oneOnOne();
    const changes = record<GkMeetingChangeEvent>(element, 'gk-meeting-change');
    const box = page.getByRole('textbox', { name: 'New talking point' });
    await userEvent.click(page.getByRole('button', { name: 'Add to agenda', exact: true }));
    expect(changes).toHaveLength(0);
    await expect.element(box).toHaveAccessibleDescription('Write the talking point first.');
    await expectFocus(box);
    await userEvent.type(box, 'Plan the offsite{Enter}');
    expect(changes[0]?.detail).toMatchObject({
      action: 'add-talking-point',
      body: { text: 'Plan the offsite', visibility: 'shared' },
    });
    await expect.element(box).toHaveValue('');
    await expect.element(page.getByText('Talking point added.')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: /^Add to agenda: “Hire two designers”/ }));
    expect(changes[1]?.detail).toMatchObject({
      action: 'add-talking-point',
      body: { visibility: 'shared', links: { objectiveIds: ['o9'], keyResultIds: [] } },
    });
    await expect.element(page.getByText('On the agenda')).toBeVisible();
  });

  it('deletes the author’s point after a confirmation and moves the focus to the next', async () => {
    const element = await oneOnOne();
    const changes = record<GkMeetingChangeEvent>(element, 'gk-meeting-change');
    await userEvent.click(page.getByRole('button', { name: 'Delete talking point “Wins and blockers this week”' }));
    await expectFocus(page.getByRole('button', { name: 'Keep it' }));
    await userEvent.keyboard('{Escape}');
    await expectFocus(page.getByRole('button', { name: 'Delete talking point “Wins and blockers this week”' }));
    await userEvent.keyboard('{Enter}');
    await userEvent.click(page.getByRole('button', { name: 'Delete', exact: true }));
    expect(changes[0]?.detail).toEqual({
      action: 'delete-talking-point',
      meetingId: 'm-ana-7',
      pointId: 'tp-1',
      version: 1,
    });
    await expectFocus(page.getByRole('checkbox', { name: 'Conference budget for the design summit' }));
  });

  it('keeps the notes typed on a conflict and offers theirs', async () => {
    const element = await oneOnOne();
    element.addEventListener('gk-meeting-change', (event) =>
      event.waitUntil(Promise.reject(Object.assign(new Error('Precondition Failed'), { status: 412 }))),
    );
    const notes = page.getByRole('textbox', { name: 'Shared notes' });
    await userEvent.fill(notes, 'Mine, typed carefully');
    await userEvent.click(page.getByRole('button', { name: 'Save shared notes' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Someone else changed these notes/);
    await expect.element(notes).toHaveValue('Mine, typed carefully');
    await userEvent.click(page.getByRole('button', { name: 'Load their version' }));
    await expect.element(notes).toHaveValue('Ana will pair with Ben on the onboarding flow this week.');
  });

  it('shows an empty first meeting, renders text as text, and marks it held', async () => {
    const element = await oneOnOne({ ...firstOneOnOne(), sharedNotes: XSS });
    const changes = record<GkMeetingChangeEvent>(element, 'gk-meeting-change');
    await expect.element(page.getByText(/Nothing on the agenda yet/)).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Shared notes' })).toHaveValue(XSS);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    await userEvent.click(page.getByRole('button', { name: 'Mark as held' }));
    expect(changes[0]?.detail).toEqual({
      action: 'update-meeting',
      meetingId: 'm-ben-1',
      version: 1,
      patch: { state: 'held' },
    });
    await expect.element(page.getByText('Meeting marked as held.')).toBeVisible();
    await expectFocus(page.getByRole('heading', { level: 2 }));
    expect(await axeViolations(element)).toEqual([]);
  });

  describe('connected', () => {
    it('loads the meeting and the viewer, and saves a point through the server', async () => {
      const meeting = weeklyOneOnOne();
      const { fetch, calls } = routedFetch({
        'GET /meetings/m-ana-7': () => json(meeting),
        'GET /me': () =>
          json({
            id: 'dana',
            name: 'Dana Okafor',
            email: 'dana@acme.example',
            role: 'admin',
            teamId: null,
            managerId: null,
          }),
        'GET /meetings': () => json({ items: [], nextCursor: null }),
        'POST /meetings/m-ana-7/talking-points': (body) =>
          json(
            {
              id: 'tp-9',
              meetingId: 'm-ana-7',
              authorId: 'dana',
              authorName: 'Dana Okafor',
              text: (body as { text: string }).text,
              visibility: 'shared',
              done: false,
              recurring: false,
              carriedFrom: null,
              links: { objectiveIds: [], keyResultIds: [] },
              createdAt: '2026-02-15T09:00:00Z',
              version: 1,
            },
            201,
          ),
      });
      const { element } = mountConnected<GkOneOnOne>(
        '<gk-one-on-one meeting-id="m-ana-7" time-zone="UTC"></gk-one-on-one>',
        'gk-one-on-one',
        fetch,
      );
      const recorded = record<GkMeetingChangeEvent>(element, 'gk-meeting-change');
      await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('1:1 with Ana Lima');
      await userEvent.type(page.getByRole('textbox', { name: 'New talking point' }), 'Plan the offsite{Enter}');
      await expect.element(page.getByRole('checkbox', { name: 'Plan the offsite' })).toBeVisible();
      expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ text: 'Plan the offsite' });
      expect(recorded).toHaveLength(1);
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /meetings/m-1': () => problem(503) });
      mountConnected('<gk-one-on-one meeting-id="m-1"></gk-one-on-one>', 'gk-one-on-one', fetch);
      await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  });
});
