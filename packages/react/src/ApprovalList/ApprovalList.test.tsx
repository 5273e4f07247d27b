import type { ApprovalItemData } from '@goalkit/core/connect';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, objectiveFixture, problem, renderConnected, routedFetch } from '../../test/connected.js';
import { ApprovalList } from './ApprovalList.js';

const item = (id: string, title: string, proposedAt: string): ApprovalItemData => ({
  objective: objectiveFixture({ id, title, state: 'proposed', allowedTransitions: ['approve', 'return'] }),
  ownerName: 'Ana Lima',
  proposedAt,
  proposedByName: 'Ana Lima',
});
const items = [
  item('o1', 'Make onboarding effortless', '2026-02-13T09:00:00Z'),
  item('o2', 'Cut the on-call load', '2026-02-10T09:00:00Z'),
];
const now = '2026-02-15T09:00:00Z';

describe('ApprovalList', () => {
  it('approves with the keyboard alone, then says so and puts focus on the heading', async () => {
    const user = userEvent.setup();
    const onTransition = vi.fn(() => Promise.resolve());
    const { container } = render(<ApprovalList items={items} now={now} onTransition={onTransition} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Waiting for your approval (2 goals)');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Cut the on-call load',
      'Make onboarding effortless',
    ]);
    const approve = screen.getByRole('button', { name: 'Approve “Cut the on-call load”' });
    // Browsers stop on the key-results disclosure first; jsdom's <summary> takes no focus.
    for (let i = 0; i < 2 && document.activeElement !== approve; i++) await user.tab();
    expect(approve).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onTransition).toHaveBeenCalledWith({ objectiveId: 'o2', action: 'approve' });
    expect(await screen.findByText('“Cut the on-call load” is approved.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveFocus());
    await expectNoAxeViolations(container);
  });

  it('returns only with a comment, and keeps the comment when the server refuses', async () => {
    const user = userEvent.setup();
    const onTransition = vi.fn(() => Promise.reject(new Error('offline')));
    render(<ApprovalList items={items} now={now} onTransition={onTransition} />);
    const open = screen.getByRole('button', { name: 'Return “Make onboarding effortless” with a comment' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    const box = screen.getByRole('textbox', { name: 'What should change?' });
    await user.click(screen.getByRole('button', { name: 'Return with comment' }));
    expect(onTransition).not.toHaveBeenCalled();
    expect(box).toHaveAccessibleDescription('Say what should change before returning it.');
    await user.type(box, 'Add a baseline for activation');
    await user.click(screen.getByRole('button', { name: 'Return with comment' }));
    expect(onTransition).toHaveBeenCalledWith({
      objectiveId: 'o1',
      action: 'return',
      comment: 'Add a baseline for activation',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This could not be saved. Nothing changed; try again.');
    expect(box).toHaveValue('Add a baseline for activation');
  });

  it('says when nothing is waiting', () => {
    render(<ApprovalList items={[]} locale="de" />);
    expect(screen.getByText('Nichts wartet auf Ihre Freigabe.')).toBeInTheDocument();
  });

  describe('connected', () => {
    it('lists the queue from the server and approves through the client', async () => {
      const user = userEvent.setup();
      let approved = false;
      const { fetch, calls } = routedFetch({
        'GET /approvals': () => json({ items: approved ? [] : [{ ...items[0], objective: items[0]?.objective }] }),
        'POST /objectives/o1/transitions': () => {
          approved = true;
          return json(objectiveFixture({ id: 'o1', state: 'active' }));
        },
      });
      renderConnected(<ApprovalList now={now} />, fetch);
      await user.click(await screen.findByRole('button', { name: 'Approve “Make onboarding effortless”' }));
      expect(await screen.findByText('Nothing is waiting for your approval.')).toBeInTheDocument();
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'approve' });
    });

    it('shows an error with a retry when the queue cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /approvals': () => problem(503) });
      renderConnected(<ApprovalList />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });
});
