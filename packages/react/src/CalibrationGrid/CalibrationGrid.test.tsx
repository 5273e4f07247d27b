import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  calibratingGrid,
  calibrationPeople,
  gridWithUnplaced,
  placedAfterMove,
  sharedGrid,
} from '../../../../.storybook/calibrationGridFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, problem, renderConnected, routedFetch } from '../../test/connected.js';
import { CalibrationGrid } from './CalibrationGrid.js';

const box = (name: string) => screen.getByRole('group', { name });
const live = () => screen.getByRole('status');

describe('<CalibrationGrid>', () => {
  it('shows the nine boxes by their two levels, people with their score in words, and the table', async () => {
    const { container } = render(<CalibrationGrid calibration={gridWithUnplaced()} />);
    expect(screen.getByRole('region', { name: 'Calibration' })).toBeInTheDocument();
    const grid = screen.getByRole('group', { name: 'Nine-box grid: potential against performance' });
    expect(
      within(grid)
        .getAllByRole('group')
        .map((g) => g.getAttribute('aria-labelledby') && g.querySelector('[data-part="box-label"]')?.textContent),
    ).toEqual([
      'High potential, low performance',
      'High potential, moderate performance',
      'High potential, high performance',
      'Moderate potential, low performance',
      'Moderate potential, moderate performance',
      'Moderate potential, high performance',
      'Low potential, low performance',
      'Low potential, moderate performance',
      'Low potential, high performance',
    ]);
    const stars = box('High potential, high performance');
    expect(within(stars).getByText('2 people')).toBeInTheDocument();
    expect(within(stars).getByRole('button', { name: 'Ana Silva final score 0.86' })).toBeInTheDocument();
    const fay = within(box('High potential, moderate performance')).getByRole('button', { name: /Fay Müller/ });
    expect(fay).toHaveAccessibleName('Fay Müller final score 0.62 moved');
    expect(fay).toHaveAccessibleDescription(
      'Moved from Moderate potential, moderate performance by Dana Admin: Led the billing migration on her own',
    );
    const unplaced = screen.getByRole('region', { name: 'Not placed: no manager review yet' });
    expect(within(unplaced).getByText('Max Weber')).toBeInTheDocument();
    expect(within(unplaced).queryByRole('button')).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Placements as a table' });
    expect(within(table).getAllByRole('row')).toHaveLength(14);
    expect(within(table).getByRole('row', { name: /Max Weber/ })).toHaveTextContent('Not computed');
    await expectNoAxeViolations(container);
  });

  it('moves someone from the keyboard, asking for the reason in a modal dialog', async () => {
    const user = userEvent.setup();
    const grid = calibratingGrid();
    const ana = grid.people[0];
    if (!ana) throw new Error('fixture');
    const to = { potential: 'moderate', performance: 'high' } as const;
    const onMove = vi.fn(async () => placedAfterMove(ana, { to, reason: 'Fewer stretch goals this half' }));
    const { container } = render(<CalibrationGrid calibration={grid} onMove={onMove} />);
    const chip = screen.getByRole('button', { name: /^Ana Silva/ });
    chip.focus();
    await user.keyboard('{Enter}');
    expect(live()).toHaveTextContent(
      'Moving Ana Silva: use arrow keys to choose a box, Enter to place, Escape to cancel',
    );
    await user.keyboard('{ArrowDown}');
    expect(live()).toHaveTextContent('Ana Silva to Moderate potential, high performance');
    expect(box('Moderate potential, high performance')).toHaveAttribute('data-target', 'true');
    await user.keyboard('{Enter}');

    const dialog = screen.getByRole('dialog', { name: 'Move Ana Silva' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(
      'From High potential, high performance to Moderate potential, high performance',
    );
    const reason = within(dialog).getByRole('textbox', { name: 'Reason (required)' });
    await vi.waitFor(() => expect(reason).toHaveFocus());
    await expectNoAxeViolations(container);

    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(within(dialog).getByText('Write a reason: a move needs one.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(onMove).not.toHaveBeenCalled();

    // Focus stays in the dialog.
    within(dialog).getByRole('button', { name: 'Move' }).focus();
    await user.tab();
    expect(reason).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Move' })).toHaveFocus();

    await user.type(reason, 'Fewer stretch goals this half');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(onMove).toHaveBeenCalledWith({
      personId: 'ana',
      to,
      reason: 'Fewer stretch goals this half',
      idempotencyKey: expect.any(String),
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Ana Silva moved to Moderate potential, high performance')).toBeInTheDocument();
    const moved = within(box('Moderate potential, high performance')).getByRole('button', { name: /^Ana Silva/ });
    expect(moved).toHaveAccessibleName('Ana Silva final score 0.86 moved');
    await vi.waitFor(() => expect(moved).toHaveFocus());
  });

  it('puts the person back with the reason in words when the move fails', async () => {
    const user = userEvent.setup();
    let fail: (error: Error) => void = () => {};
    const onMove = vi.fn(() => new Promise((_, reject) => (fail = reject)));
    render(<CalibrationGrid calibration={calibratingGrid()} onMove={onMove} />);
    await user.click(screen.getByRole('button', { name: /^Kai Brennan/ }));
    await user.click(
      within(box('Moderate potential, low performance')).getByRole('button', {
        name: 'Move here: Moderate potential, low performance',
      }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Reason (required)' }), 'Grew a lot since spring');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const saving = within(box('Moderate potential, low performance')).getByRole('button', { name: /^Kai Brennan/ });
    expect(saving).toHaveAttribute('aria-busy', 'true');
    expect(saving).toHaveAccessibleDescription('Saving…');
    await act(async () => fail(new Error('The cycle is no longer calibrating')));
    const text =
      'Kai Brennan could not be moved and stays in Low potential, low performance: The cycle is no longer calibrating';
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    const back = within(box('Low potential, low performance')).getByRole('button', { name: /^Kai Brennan/ });
    expect(back).toHaveAccessibleDescription(text);
    await vi.waitFor(() => expect(back).toHaveFocus());
  });

  it('cancels with Escape in the dialog, focus back on the person', async () => {
    const user = userEvent.setup();
    render(<CalibrationGrid calibration={calibratingGrid()} onMove={vi.fn()} />);
    screen.getByRole('button', { name: /^Gus Ortega/ }).focus();
    await user.keyboard('{Enter}{ArrowLeft}{Enter}');
    expect(screen.getByRole('dialog', { name: 'Move Gus Ortega' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(live()).toHaveTextContent('Gus Ortega not moved');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: /^Gus Ortega/ })).toHaveFocus());
  });

  it('is read-only when the cycle is shared, and says why', async () => {
    const { container } = render(<CalibrationGrid calibration={sharedGrid()} />);
    expect(
      screen.getByText('Read-only: the cycle has been shared; people are moved while it is calibrating.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(within(box('High potential, high performance')).getByText('Ana Silva')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says when there is no one to calibrate', () => {
    render(<CalibrationGrid calibration={{ ...calibratingGrid(), people: [] }} />);
    expect(screen.getByText('No one to calibrate in this cycle yet.')).toBeInTheDocument();
  });

  describe('connected', () => {
    it('loads the cycle, records a move and shows where the server placed them', async () => {
      const user = userEvent.setup();
      const people = calibrationPeople();
      const ivo = people.find((p) => p.personId === 'ivo');
      if (!ivo) throw new Error('fixture');
      const to = { potential: 'moderate', performance: 'high' } as const;
      const onMove = vi.fn();
      const { fetch, calls } = routedFetch({
        'GET /review-cycles/rc-2026-h1/calibration': () => json({ ...calibratingGrid(), people }),
        'POST /review-cycles/rc-2026-h1/calibration': (body) =>
          json(placedAfterMove(ivo, { to, reason: (body as { reason: string }).reason })),
      });
      renderConnected(<CalibrationGrid cycleId="rc-2026-h1" onMove={onMove} />, fetch);
      (await screen.findByRole('button', { name: /^Ivo Petrov/ })).focus();
      await user.keyboard('{Enter}{ArrowUp}{Enter}');
      await user.type(screen.getByRole('textbox', { name: 'Reason (required)' }), 'Mentors two new hires');
      await user.click(screen.getByRole('button', { name: 'Move' }));
      expect(await screen.findByText('Ivo Petrov moved to Moderate potential, high performance')).toBeInTheDocument();
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.body).toEqual({ personId: 'ivo', to, reason: 'Mentors two new hires' });
      expect(post?.headers.get('idempotency-key')).toBeTruthy();
      expect(onMove).toHaveBeenCalledWith(
        expect.objectContaining({ personId: 'ivo', to }),
        expect.objectContaining({ placement: to }),
      );
      expect(
        within(box('Moderate potential, high performance')).getByRole('button', { name: /^Ivo Petrov/ }),
      ).toBeInTheDocument();
    });

    it('shows the server refusing a move in words', async () => {
      const user = userEvent.setup();
      const { fetch } = routedFetch({
        'GET /review-cycles/rc-2026-h1/calibration': () => json(calibratingGrid()),
        'POST /review-cycles/rc-2026-h1/calibration': () =>
          problem(409, { title: 'Conflict', detail: 'The cycle is sharing: calibration is closed' }),
      });
      renderConnected(<CalibrationGrid cycleId="rc-2026-h1" />, fetch);
      (await screen.findByRole('button', { name: /^Ivo Petrov/ })).focus();
      await user.keyboard('{Enter}{ArrowUp}{Enter}');
      await user.type(screen.getByRole('textbox', { name: 'Reason (required)' }), 'x');
      await user.click(screen.getByRole('button', { name: 'Move' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Ivo Petrov could not be moved and stays in Low potential, high performance: The cycle is sharing: calibration is closed',
      );
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /review-cycles/rc-2026-h1/calibration': () => problem(503) });
      renderConnected(<CalibrationGrid cycleId="rc-2026-h1" />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });
});
