import type { DueCheckInData } from '@goalkit/core/connect';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import {
  json,
  keyResultFixture,
  objectiveFixture,
  problem,
  renderConnected,
  routedFetch,
} from '../../test/connected.js';
import { CheckInInbox } from './CheckInInbox.js';

const owed = (overrides: Partial<DueCheckInData>): DueCheckInData => ({
  keyResultId: 'kr1',
  objectiveId: 'o1',
  recipientId: 'u1',
  dueAt: '2026-02-16T08:00:00Z',
  state: 'due',
  lastCheckInAt: '2026-02-10',
  policyOwnerId: 'org',
  ...overrides,
});
const objectives = [
  objectiveFixture({
    keyResults: [
      keyResultFixture(),
      keyResultFixture({ id: 'kr2', title: 'Cut time to first value to 2 days', unit: 'days', type: 'at-most' }),
    ],
  }),
];
const items = [
  owed({ keyResultId: 'kr1' }),
  owed({ keyResultId: 'kr2', dueAt: '2026-02-09T08:00:00Z', state: 'overdue', lastCheckInAt: null }),
];
const now = '2026-02-16T12:00:00Z';

// Typing with user-event is slow on a loaded 2-core machine.
describe('<CheckInInbox>', { timeout: 15_000 }, () => {
  it('lists overdue first, opens a check-in with the keyboard, and Escape returns focus', async () => {
    const user = userEvent.setup();
    const { container } = render(<CheckInInbox items={items} objectives={objectives} now={now} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Check-ins you owe (2 check-ins, 1 overdue)');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Cut time to first value to 2 days',
      'Raise week-1 activation from 20% to 35%',
    ]);
    expect(screen.getByText('Overdue since Mon, Feb 9')).toHaveAttribute('datetime', '2026-02-09T08:00:00Z');
    expect(screen.getByText('Due today')).toBeInTheDocument();
    expect(screen.getByText('Last check-in: never')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Check in on “Cut time to first value to 2 days”' });
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'New value (days)' })).toHaveFocus());
    await expectNoAxeViolations(container);
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(toggle).toHaveFocus());
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('checks in inline, announces it and puts focus on the heading; Cancel returns focus', async () => {
    const user = userEvent.setup();
    const onCheckIn = vi.fn(() => Promise.resolve());
    render(<CheckInInbox items={items} objectives={objectives} now={now} onCheckIn={onCheckIn} />);
    const toggle = screen.getByRole('button', { name: 'Check in on “Raise week-1 activation from 20% to 35%”' });
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(toggle).toHaveFocus());
    await user.click(toggle);
    await user.type(screen.getByRole('textbox', { name: 'New value (%)' }), '30');
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    expect(onCheckIn).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr1', value: 30 }));
    expect(await screen.findByText('Checked in on “Raise week-1 activation from 20% to 35%”.')).toHaveAttribute(
      'role',
      'status',
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveFocus());
  });

  it('keeps one check-in open: opening another row closes the first and moves focus into the new form', async () => {
    const user = userEvent.setup();
    render(<CheckInInbox items={items} objectives={objectives} now={now} />);
    const first = screen.getByRole('button', { name: 'Check in on “Cut time to first value to 2 days”' });
    const second = screen.getByRole('button', { name: 'Check in on “Raise week-1 activation from 20% to 35%”' });
    await user.click(first);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'New value (days)' })).toHaveFocus());
    await user.click(second);
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(second).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'New value (%)' })).toHaveFocus());
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(second).toHaveAttribute('aria-expanded', 'false');
    expect(second).toHaveFocus();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('says when nothing is owed, in German too', () => {
    render(<CheckInInbox items={[]} objectives={[]} locale="de" />);
    expect(screen.getByText('Sie sind auf dem Laufenden: Kein Check-in ist fällig.')).toBeInTheDocument();
  });

  describe('connected', () => {
    it('lists what the viewer owes, checks in through the client, and the row leaves', async () => {
      const user = userEvent.setup();
      let checkedIn = false;
      const after = objectiveFixture({ version: 8, keyResults: [keyResultFixture({ current: 31, version: 4 })] });
      const { fetch, calls } = routedFetch({
        'GET /check-ins/due': () => json({ asOf: now, items: checkedIn ? [] : [owed({})] }),
        'GET /objectives/o1': () => json(checkedIn ? after : objectiveFixture()),
        'GET /cycles': () => json({ items: [] }),
        'POST /key-results/kr1/check-ins': () => {
          checkedIn = true;
          return json(
            {
              checkIn: {
                id: 'c9',
                keyResultId: 'kr1',
                at: now,
                value: 31,
                confidence: 0.9,
                note: null,
                authorId: 'u1',
              },
              keyResult: after.keyResults[0],
              objective: after,
            },
            201,
          );
        },
      });
      renderConnected(<CheckInInbox now={now} />, fetch);
      await user.click(
        await screen.findByRole('button', { name: 'Check in on “Raise week-1 activation from 20% to 35%”' }),
      );
      await user.type(await screen.findByRole('textbox', { name: 'New value (%)' }), '31');
      await user.click(screen.getByRole('button', { name: 'Check in' }));
      expect(await screen.findByText('You are up to date: no check-ins are due.')).toBeInTheDocument();
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ value: 31, confidence: 0.9 });
      expect(calls.filter((c) => c.path === '/check-ins/due').length).toBeGreaterThanOrEqual(2);
    });

    it('shows an error with a retry when the list cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /check-ins/due': () => problem(503) });
      renderConnected(<CheckInInbox />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });
});
