import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
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
import { CheckInForm } from './CheckInForm.js';

// Typing with user-event is slow on a loaded 2-core machine; the default 5 s has been seen to flake.
describe('<CheckInForm>', { timeout: 15_000 }, () => {
  it('checks in with the keyboard alone and reports the same detail the element will', async () => {
    const user = userEvent.setup();
    const onCheckIn = vi.fn();
    const { container } = render(<CheckInForm keyResult={keyResultFixture()} onCheckIn={onCheckIn} />);
    await expectNoAxeViolations(container);
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'New value (%)' })).toHaveFocus();
    await user.keyboard('29.5');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'high' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'medium' })).toBeChecked();
    await user.tab();
    await user.keyboard('Second cohort');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check in' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({
        keyResultId: 'kr1',
        objectiveId: 'o1',
        value: 29.5,
        confidence: 0.6,
        note: 'Second cohort',
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Check-in saved.');
  });

  it('explains an invalid number inline and does not submit', async () => {
    const user = userEvent.setup();
    const onCheckIn = vi.fn();
    const { container } = render(<CheckInForm keyResult={keyResultFixture()} onCheckIn={onCheckIn} />);
    await user.type(screen.getByRole('textbox', { name: 'New value (%)' }), 'lots');
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    const input = screen.getByRole('textbox', { name: 'New value (%)' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/^Now: 27\s% Enter a number, such as 27\.5\.$/);
    expect(onCheckIn).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('keeps the input after a failure and offers a retry', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const onCheckIn = vi.fn(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()));
    const { container } = render(<CheckInForm keyResult={keyResultFixture()} onCheckIn={onCheckIn} />);
    await user.type(screen.getByRole('textbox', { name: 'New value (%)' }), '30');
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The check-in could not be saved. Your input is kept.');
    expect(screen.getByRole('textbox', { name: 'New value (%)' })).toHaveValue('30');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Check-in saved.')).toBeInTheDocument();
    const keys = onCheckIn.mock.calls.map(
      (call) => (call as unknown as [{ idempotencyKey: string }])[0].idempotencyKey,
    );
    expect(keys[0]).toBe(keys[1]);
  });

  it('offers a done toggle for boolean key results and checkboxes for milestones', async () => {
    const user = userEvent.setup();
    const onCheckIn = vi.fn();
    render(<CheckInForm keyResult={keyResultFixture({ type: 'boolean', current: false })} onCheckIn={onCheckIn} />);
    await user.click(screen.getByRole('checkbox', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    expect(onCheckIn).toHaveBeenCalledWith(expect.objectContaining({ value: true }));
    const ms = keyResultFixture({
      type: 'milestones',
      milestones: [
        { title: 'Design', done: true },
        { title: '<b>Beta</b>', done: false },
      ],
    });
    const { container } = render(<CheckInForm keyResult={ms} />);
    expect(screen.getByRole('group', { name: 'Milestones reached' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '<b>Beta</b>' })).not.toBeChecked();
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    expect(renderToString(<CheckInForm keyResult={keyResultFixture()} locale="de" />)).toContain('Neuer Wert (%)');
  });

  describe('connected', () => {
    it('checks in through the client with an idempotency key', async () => {
      const user = userEvent.setup();
      const after = objectiveFixture({ version: 8, keyResults: [keyResultFixture({ current: 31, version: 4 })] });
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture()),
        'GET /cycles': () => json({ items: [] }),
        'POST /key-results/kr1/check-ins': () =>
          json(
            {
              checkIn: {
                id: 'c9',
                keyResultId: 'kr1',
                at: '2026-02-15T10:00:00Z',
                value: 31,
                confidence: 0.9,
                note: null,
                authorId: 'u1',
              },
              keyResult: after.keyResults[0],
              objective: after,
            },
            201,
          ),
      });
      renderConnected(<CheckInForm objectiveId="o1" keyResultId="kr1" />, fetch);
      await user.type(await screen.findByRole('textbox', { name: 'New value (%)' }), '31');
      await user.click(screen.getByRole('button', { name: 'Check in' }));
      expect(await screen.findByText('Check-in saved.')).toBeInTheDocument();
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.body).toEqual({ value: 31, confidence: 0.9 });
      expect(post?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('explains a conflict with the value someone else recorded', async () => {
      const user = userEvent.setup();
      let current = 27;
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ keyResults: [keyResultFixture({ current })] })),
        'GET /cycles': () => json({ items: [] }),
        'POST /key-results/kr1/check-ins': () => {
          current = 33;
          return problem(409, { currentVersion: 5 });
        },
      });
      renderConnected(<CheckInForm objectiveId="o1" keyResultId="kr1" />, fetch);
      await user.type(await screen.findByRole('textbox', { name: 'New value (%)' }), '31');
      await user.click(screen.getByRole('button', { name: 'Check in' }));
      await waitFor(() =>
        expect(screen.getByRole('alert')).toHaveTextContent(
          'Someone else checked in meanwhile: the value changed from 27 % to 33 %. Your input is kept; check in again to record it.',
        ),
      );
      expect(screen.getByRole('textbox', { name: 'New value (%)' })).toHaveValue('31');
    });
  });
});
