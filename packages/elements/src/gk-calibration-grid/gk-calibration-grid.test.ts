import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-calibration-grid.js';
import {
  calibratingGrid,
  calibrationPeople,
  gridWithUnplaced,
  placedAfterMove,
  sharedGrid,
} from '../../../../.storybook/calibrationGridFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { expectFocus, json, mount, mountConnected, problem, record, routedFetch, XSS } from '../../test/connected.js';
import type { GkCalibrationMoveEvent } from '../events.js';
import type { GkCalibrationGrid } from './gk-calibration-grid.js';

async function grid(value = calibratingGrid()) {
  const element = mount<GkCalibrationGrid>('<gk-calibration-grid></gk-calibration-grid>', 'gk-calibration-grid');
  element.calibration = value;
  await element.updateComplete;
  return element;
}
const box = (name: string) => page.getByRole('group', { name, exact: true });

afterEach(() => document.body.replaceChildren());

describe('<gk-calibration-grid>', () => {
  it('shows the nine boxes by their two levels, people with their score in words, and the table', async () => {
    const element = await grid(gridWithUnplaced());
    await expect.element(page.getByRole('region', { name: 'Calibration' })).toBeVisible();
    const stars = box('High potential, high performance');
    await expect.element(stars.getByText('2 people')).toBeVisible();
    await expect.element(stars.getByRole('button', { name: 'Ana Silva final score 0.86' })).toBeVisible();
    await expect
      .element(box('High potential, moderate performance').getByRole('button', { name: /^Fay Müller/ }))
      .toHaveAccessibleDescription(
        'Moved from Moderate potential, moderate performance by Dana Admin: Led the billing migration on her own',
      );
    const unplaced = page.getByRole('region', { name: 'Not placed: no manager review yet' });
    await expect.element(unplaced.getByText('Max Weber')).toBeVisible();
    expect(page.getByRole('table', { name: 'Placements as a table' }).getByRole('row').elements()).toHaveLength(14);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('moves someone from the keyboard through the reason dialog, and tells the page', async () => {
    const element = await grid();
    const ana = calibrationPeople()[0];
    if (!ana) throw new Error('fixture');
    const to = { potential: 'moderate', performance: 'high' } as const;
    const moves = record<GkCalibrationMoveEvent>(element, 'gk-calibration-move');
    element.addEventListener('gk-calibration-move', (event) =>
      event.waitUntil(Promise.resolve(placedAfterMove(ana, { to, reason: event.detail.reason }))),
    );
    const chip = page.getByRole('button', { name: /^Ana Silva/ });
    (chip.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Moving Ana Silva: use arrow keys to choose a box, Enter to place, Escape to cancel');
    await userEvent.keyboard('{ArrowDown}');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Ana Silva to Moderate potential, high performance');
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: 'Move Ana Silva' });
    await expect
      .element(dialog)
      .toHaveAccessibleDescription('From High potential, high performance to Moderate potential, high performance');
    const reason = dialog.getByRole('textbox', { name: 'Reason (required)' });
    await expectFocus(reason);
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await userEvent.click(dialog.getByRole('button', { name: 'Move', exact: true }));
    await expect.element(dialog.getByText('Write a reason: a move needs one.')).toBeVisible();
    expect(moves).toHaveLength(0);
    await userEvent.fill(reason, 'Fewer stretch goals this half');
    await userEvent.keyboard('{Tab}{Tab}{Tab}');
    await expectFocus(reason);
    await userEvent.click(dialog.getByRole('button', { name: 'Move', exact: true }));
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Ana Silva moved to Moderate potential, high performance');
    expect(moves.map((m) => m.detail)).toEqual([
      { personId: 'ana', to, reason: 'Fewer stretch goals this half', idempotencyKey: expect.any(String) },
    ]);
    const moved = box('Moderate potential, high performance').getByRole('button', { name: /^Ana Silva/ });
    await expect.element(moved).toHaveAccessibleName('Ana Silva final score 0.86 moved');
    await expectFocus(moved);
  });

  it('puts the person back with the reason in words when the page rejects the move', async () => {
    const element = await grid();
    element.addEventListener('gk-calibration-move', (event) =>
      event.waitUntil(Promise.reject(new Error('The cycle is no longer calibrating'))),
    );
    await userEvent.click(page.getByRole('button', { name: /^Kai Brennan/ }));
    await userEvent.click(page.getByRole('button', { name: 'Move here: Moderate potential, low performance' }));
    await userEvent.fill(page.getByRole('textbox', { name: 'Reason (required)' }), 'Grew a lot since spring');
    await userEvent.click(page.getByRole('button', { name: 'Move', exact: true }));
    const text =
      'Kai Brennan could not be moved and stays in Low potential, low performance: The cycle is no longer calibrating';
    await expect.element(page.getByRole('alert')).toHaveTextContent(text);
    const back = box('Low potential, low performance').getByRole('button', { name: /^Kai Brennan/ });
    await expect.element(back).toHaveAccessibleDescription(text);
    await expectFocus(back);
  });

  it('takes a drag and drop to another box into the same reason dialog', async () => {
    const element = await grid();
    const root = element.shadowRoot;
    const chip = root?.querySelector('#gk-calibration-grid-person-hana');
    const target = root?.querySelector('[data-part="box"][data-potential="moderate"][data-performance="moderate"]');
    if (!chip || !target) throw new Error('the grid did not render Hana or the box');
    expect(chip.getAttribute('draggable')).toBe('true');
    const dataTransfer = new DataTransfer();
    const drag = (type: string, on: Element) =>
      on.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    drag('dragstart', chip);
    await element.updateComplete;
    // The box accepts the drop (its dragover is cancelled), as a drop target must.
    expect(drag('dragover', target)).toBe(false);
    drag('drop', target);
    drag('dragend', chip);
    await expect
      .element(page.getByRole('dialog', { name: 'Move Hana Sato' }))
      .toHaveAccessibleDescription(
        'From Moderate potential, low performance to Moderate potential, moderate performance',
      );
  });

  it('cancels with Escape, focus back on the person', async () => {
    await grid();
    (page.getByRole('button', { name: /^Gus Ortega/ }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}{ArrowLeft}{Enter}');
    await expect.element(page.getByRole('dialog', { name: 'Move Gus Ortega' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(page.getByRole('status')).toHaveTextContent('Gus Ortega not moved');
    await expectFocus(page.getByRole('button', { name: /^Gus Ortega/ }));
  });

  it('is read-only when the cycle is shared, says why, and shows names as plain text', async () => {
    const people = calibrationPeople();
    const element = await grid({ ...sharedGrid(), people: [{ ...people[0], name: XSS } as (typeof people)[0]] });
    await expect
      .element(page.getByText('Read-only: the cycle has been shared; people are moved while it is calibrating.'))
      .toBeVisible();
    expect(element.shadowRoot?.querySelectorAll('button')).toHaveLength(0);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
    expect(await axeViolations(element)).toEqual([]);
  });

  describe('connected', () => {
    it('loads the cycle and records a move with its reason', async () => {
      const ivo = calibrationPeople().find((p) => p.personId === 'ivo');
      if (!ivo) throw new Error('fixture');
      const to = { potential: 'moderate', performance: 'high' } as const;
      const { fetch, calls } = routedFetch({
        'GET /review-cycles/rc-2026-h1/calibration': () => json(calibratingGrid()),
        'POST /review-cycles/rc-2026-h1/calibration': (body) =>
          json(placedAfterMove(ivo, { to, reason: (body as { reason: string }).reason })),
      });
      mountConnected('<gk-calibration-grid cycle-id="rc-2026-h1"></gk-calibration-grid>', 'gk-calibration-grid', fetch);
      const chip = page.getByRole('button', { name: /^Ivo Petrov/ });
      await expect.element(chip).toBeVisible();
      (chip.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}{ArrowUp}{Enter}');
      await userEvent.fill(page.getByRole('textbox', { name: 'Reason (required)' }), 'Mentors two new hires');
      await userEvent.click(page.getByRole('button', { name: 'Move', exact: true }));
      await expect
        .element(page.getByRole('status'))
        .toHaveTextContent('Ivo Petrov moved to Moderate potential, high performance');
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        personId: 'ivo',
        to,
        reason: 'Mentors two new hires',
      });
      await expect
        .element(box('Moderate potential, high performance').getByRole('button', { name: /^Ivo Petrov/ }))
        .toBeVisible();
    });

    it("shows the server's refusal in words", async () => {
      const { fetch } = routedFetch({
        'GET /review-cycles/rc-2026-h1/calibration': () => json(calibratingGrid()),
        'POST /review-cycles/rc-2026-h1/calibration': () =>
          problem(409, { title: 'Conflict', detail: 'The cycle is sharing: calibration is closed' }),
      });
      mountConnected('<gk-calibration-grid cycle-id="rc-2026-h1"></gk-calibration-grid>', 'gk-calibration-grid', fetch);
      await userEvent.click(page.getByRole('button', { name: /^Ivo Petrov/ }));
      await userEvent.click(page.getByRole('button', { name: 'Move here: High potential, high performance' }));
      await userEvent.fill(page.getByRole('textbox', { name: 'Reason (required)' }), 'x');
      await userEvent.click(page.getByRole('button', { name: 'Move', exact: true }));
      await expect
        .element(page.getByRole('alert'))
        .toHaveTextContent(
          'Ivo Petrov could not be moved and stays in Low potential, high performance: The cycle is sharing: calibration is closed',
        );
    });

    it('shows an error with a retry when it cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /review-cycles/rc-2026-h1/calibration': () => problem(503) });
      mountConnected('<gk-calibration-grid cycle-id="rc-2026-h1"></gk-calibration-grid>', 'gk-calibration-grid', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
    });
  });
});
