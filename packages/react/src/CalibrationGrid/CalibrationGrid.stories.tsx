import type { CalibrationMoveDetail } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
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
import { CalibrationGrid, type CalibrationGridDataProps } from './CalibrationGrid.js';

type Move = (detail: CalibrationMoveDetail) => unknown;

/** Stories show the presentational props; connected states render their own. */
const Widget = CalibrationGrid as ComponentType<CalibrationGridDataProps>;

const meta = {
  title: 'Widgets/CalibrationGrid/React',
  component: Widget,
  args: { calibration: calibratingGrid(), onMove: fn<Move>(answerMoves(calibratingGrid())) },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '60rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Twelve people over the boxes while the cycle calibrates; Fay and Jo were moved already (their reasons are under
 * them). From the keyboard: Enter picks Ana up, the arrow keys choose a box, Enter asks for the reason.
 */
export const Calibrating: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: /^Ana Silva/ }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Moving Ana Silva: use arrow keys to choose a box, Enter to place, Escape to cancel',
    );
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('status')).toHaveTextContent('Ana Silva to Moderate potential, high performance');
    await userEvent.keyboard('{Enter}');
    const dialog = within(canvas.getByRole('dialog', { name: 'Move Ana Silva' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Move' }));
    await expect(dialog.getByText('Write a reason: a move needs one.')).toBeVisible();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Reason (required)' }), 'Fewer stretch goals this half');
    await userEvent.click(dialog.getByRole('button', { name: 'Move' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Ana Silva moved to Moderate potential, high performance'),
    );
    await expect(args.onMove).toHaveBeenCalledWith(
      expect.objectContaining({ personId: 'ana', reason: 'Fewer stretch goals this half' }),
    );
  },
};
/** Chen dropped on another box: the dialog asks why, and says a reason is required when Move is pressed without one. */
export const GivingAReason: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Chen Wei/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Move here: High potential, high performance' }));
    const dialog = within(canvas.getByRole('dialog', { name: 'Move Chen Wei' }));
    await expect(dialog.getByRole('textbox', { name: 'Reason (required)' })).toHaveFocus();
    await userEvent.click(dialog.getByRole('button', { name: 'Move' }));
    await expect(dialog.getByText('Write a reason: a move needs one.')).toBeVisible();
  },
};
/** The same cycle once shared: read-only, saying why; the moves made in calibration stay visible. */
export const ReadOnly: Story = {
  args: { calibration: sharedGrid() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText('Read-only: the cycle has been shared; people are moved while it is calibrating.'),
    ).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
  },
};
/** Max has no manager review yet: listed apart, not on the grid. */
export const NotPlaced: Story = {
  args: { calibration: gridWithUnplaced() },
  play: async ({ canvasElement }) => {
    const unplaced = within(within(canvasElement).getByRole('region', { name: 'Not placed: no manager review yet' }));
    await expect(unplaced.getByText('Max Weber')).toBeVisible();
  },
};
/** The server refuses the move: Kai goes back to his box, with the server's reason in words. */
export const MoveFails: Story = {
  args: { onMove: fn<Move>(refuseMoves('The cycle is no longer calibrating: an admin shared it')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Kai Brennan/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Move here: Moderate potential, low performance' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Reason (required)' }), 'Grew a lot since spring');
    await userEvent.click(canvas.getByRole('button', { name: 'Move' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Kai Brennan could not be moved and stays in Low potential, low performance: The cycle is no longer calibrating: an admin shared it',
      ),
    );
  },
};
export const Empty: Story = {
  args: { calibration: emptyGrid() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No one to calibrate in this cycle yet.')).toBeVisible();
  },
};
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('group', { name: 'Hohes Potenzial, hohe Leistung' }),
    ).toBeVisible();
  },
};
/**
 * Connected: Dana's H1 2026 review cycle in the in-browser reference server, calibrating. Her manager reviews put
 * four reports on the grid (Farah has none submitted yet); Ben was moved down already. She moves Emre from the
 * keyboard; the server records it and answers where he is now.
 */
export const Connected: Story = {
  render: (_args, { loaded }) => (
    <SeededCalibration client={backendOf(loaded).client}>
      {(cycleId) => <CalibrationGrid cycleId={cycleId} />}
    </SeededCalibration>
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const emre = await canvas.findByRole('button', { name: /^Emre Kaya/ }, { timeout: 5000 });
    await expect(canvas.getByRole('region', { name: 'Not placed: no manager review yet' })).toHaveTextContent(
      'Farah Haddad',
    );
    emre.focus();
    await userEvent.keyboard('{Enter}{ArrowRight}{Enter}');
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Reason (required)' }),
      'Shipped the onboarding revamp after the review',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^Emre Kaya moved to /), {
      timeout: 5000,
    });
    const post = backendOf(loaded).requests.findLast((r) => r.method === 'POST' && r.url.endsWith('/calibration'));
    await expect(post?.body).toMatchObject({
      personId: 'emre',
      reason: 'Shipped the onboarding revamp after the review',
    });
  },
};
/** Connected, once the cycle is shared: read-only, saying why, with Ben's move and its reason kept. */
export const ConnectedShared: Story = {
  render: (_args, { loaded }) => (
    <SeededCalibration client={backendOf(loaded).client} stage="sharing">
      {(cycleId) => <CalibrationGrid cycleId={cycleId} />}
    </SeededCalibration>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(
        'Read-only: the cycle has been shared; people are moved while it is calibrating.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await expect(canvas.getAllByText(/Wants to deepen his craft/).length).toBeGreaterThan(0);
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CalibrationGrid cycleId="rc-2026-h1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CalibrationGrid cycleId="rc-2026-h1" />,
  play: async ({ canvasElement }) => {
    // conversationQueries retries a 503 twice with TanStack's default delays (1 s, 2 s): no Retry-After reading.
    await expect(
      await within(canvasElement).findByRole('button', { name: 'Try again' }, { timeout: 6000 }),
    ).toBeVisible();
  },
};
