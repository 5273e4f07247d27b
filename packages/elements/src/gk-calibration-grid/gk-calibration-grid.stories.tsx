import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-calibration-grid.js';
import { backendOf } from '../../../../.storybook/backend.js';
import { SeededCalibration } from '../../../../.storybook/calibrationCycle.js';
import {
  answerMoves,
  calibratingGrid,
  emptyGrid,
  gridWithUnplaced,
  refuseMoves,
  sharedGrid,
} from '../../../../.storybook/calibrationGridFixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkCalibrationGrid } from './gk-calibration-grid.js';

const tag = 'gk-calibration-grid';
const events = { 'gk-calibration-move': 'onGkCalibrationMove', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/CalibrationGrid/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: {
    calibration: calibratingGrid(),
    onGkCalibrationMove: fn(answerMoves(calibratingGrid())),
    onGkError: fn(),
  },
  argTypes: elementArgTypes(tag, GkCalibrationGrid, events),
  parameters: elementParameters(tag, 'A nine-box calibration grid with moves that need a reason.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '60rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Twelve people over the boxes while the cycle calibrates. By pointer without dragging: a click picks Ana up,
 * "Move here" chooses the box, and the dialog asks for the reason. (The keyboard is tested with a real keyboard
 * in gk-calibration-grid.test.ts.)
 */
export const Calibrating: Story = {
  play: async ({ canvasElement, args }) => {
    const grid = within(await shadowOf(canvasElement, tag));
    await userEvent.click(grid.getByRole('button', { name: /^Ana Silva/ }));
    await expect(grid.getByRole('status')).toHaveTextContent(
      'Moving Ana Silva: use arrow keys to choose a box, Enter to place, Escape to cancel',
    );
    await userEvent.click(grid.getByRole('button', { name: 'Move here: Moderate potential, high performance' }));
    const dialog = within(grid.getByRole('dialog', { name: 'Move Ana Silva' }));
    await userEvent.type(dialog.getByRole('textbox', { name: 'Reason (required)' }), 'Fewer stretch goals this half');
    await userEvent.click(dialog.getByRole('button', { name: 'Move' }));
    await waitFor(() =>
      expect(grid.getByRole('status')).toHaveTextContent('Ana Silva moved to Moderate potential, high performance'),
    );
    await expect((args as Record<string, unknown>).onGkCalibrationMove).toHaveBeenCalledWith(
      expect.objectContaining({ personId: 'ana', reason: 'Fewer stretch goals this half' }),
    );
  },
};
/** Chen chosen for another box: the dialog asks why, and says a reason is required when Move is pressed without one. */
export const GivingAReason: Story = {
  play: async ({ canvasElement }) => {
    const grid = within(await shadowOf(canvasElement, tag));
    await userEvent.click(grid.getByRole('button', { name: /^Chen Wei/ }));
    await userEvent.click(grid.getByRole('button', { name: 'Move here: High potential, high performance' }));
    const dialog = within(grid.getByRole('dialog', { name: 'Move Chen Wei' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Move' }));
    await expect(dialog.getByText('Write a reason: a move needs one.')).toBeVisible();
  },
};
/** The same cycle once shared: read-only, saying why. */
export const ReadOnly: Story = {
  args: { calibration: sharedGrid() },
  play: async ({ canvasElement }) => {
    const grid = within(await shadowOf(canvasElement, tag));
    await expect(
      grid.getByText('Read-only: the cycle has been shared; people are moved while it is calibrating.'),
    ).toBeVisible();
  },
};
/** Max has no manager review yet: listed apart, not on the grid. */
export const NotPlaced: Story = { args: { calibration: gridWithUnplaced() } };
/** The page's server refuses the move: Kai goes back to his box, with the reason in words. */
export const MoveFails: Story = {
  args: { onGkCalibrationMove: fn(refuseMoves('The cycle is no longer calibrating: an admin shared it')) },
  play: async ({ canvasElement }) => {
    const grid = within(await shadowOf(canvasElement, tag));
    await userEvent.click(grid.getByRole('button', { name: /^Kai Brennan/ }));
    await userEvent.click(grid.getByRole('button', { name: 'Move here: Moderate potential, low performance' }));
    await userEvent.type(grid.getByRole('textbox', { name: 'Reason (required)' }), 'Grew a lot since spring');
    await userEvent.click(grid.getByRole('button', { name: 'Move' }));
    await waitFor(() =>
      expect(grid.getByRole('alert')).toHaveTextContent(
        'Kai Brennan could not be moved and stays in Low potential, low performance: The cycle is no longer calibrating: an admin shared it',
      ),
    );
  },
};
export const Empty: Story = { args: { calibration: emptyGrid() } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
/**
 * Connected: Dana's H1 2026 review cycle in the in-browser reference server, calibrating (four reports placed,
 * Farah not yet, Ben moved already). She moves Emre by pointer, without dragging.
 */
export const Connected: Story = {
  render: (args, { loaded }) => (
    <SeededCalibration client={backendOf(loaded).client}>
      {(cycleId) => <GkElement tag={tag} args={{ ...args, calibration: undefined, cycleId }} events={events} />}
    </SeededCalibration>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)).not.toBeNull(), { timeout: 5000 });
    const grid = within(await shadowOf(canvasElement, tag));
    const emre = await grid.findByRole('button', { name: /^Emre Kaya/ }, { timeout: 5000 });
    await userEvent.click(emre);
    const [here] = grid.getAllByRole('button', { name: /^Move here: / });
    if (!here) throw new Error('No "Move here" button');
    await userEvent.click(here);
    await userEvent.type(grid.getByRole('textbox', { name: 'Reason (required)' }), 'Shipped the onboarding revamp');
    await userEvent.click(grid.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(grid.getByRole('status')).toHaveTextContent(/^Emre Kaya moved to /), {
      timeout: 5000,
    });
  },
};
/** Connected, once the cycle is shared: read-only, saying why. */
export const ConnectedShared: Story = {
  render: (args, { loaded }) => (
    <SeededCalibration client={backendOf(loaded).client} stage="sharing">
      {(cycleId) => <GkElement tag={tag} args={{ ...args, calibration: undefined, cycleId }} events={events} />}
    </SeededCalibration>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)).not.toBeNull(), { timeout: 5000 });
    const grid = within(await shadowOf(canvasElement, tag));
    await expect(
      await grid.findByText(
        'Read-only: the cycle has been shared; people are moved while it is calibrating.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { calibration: undefined, cycleId: 'rc-2026-h1' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { calibration: undefined, cycleId: 'rc-2026-h1' },
};
