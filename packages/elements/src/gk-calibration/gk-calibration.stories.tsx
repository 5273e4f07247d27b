import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-calibration.js';
import { hiddenCalibration, overConfident, wellCalibrated } from '../../../../.storybook/analyticsFixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkCalibration } from './gk-calibration.js';

const tag = 'gk-calibration';
const events = { 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/CalibrationChart/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { calibration: overConfident(), onGkError: fn() },
  argTypes: elementArgTypes(tag, GkCalibration, events),
  parameters: elementParameters(tag, 'A reliability diagram of stated confidence.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The sales team: they said 72 % at mid-cycle and achieved 55 %. The radio buttons switch the fraction. */
export const OverConfident: Story = {
  play: async ({ canvasElement }) => {
    const chart = within(await shadowOf(canvasElement, tag));
    await expect(await chart.findByText('Stated 72%, achieved 55%: over-confident by 17 points')).toBeVisible();
    // The arrow keys are tested with a real keyboard in gk-calibration.test.ts (user-event's radio groups do not
    // reach into a shadow root).
    await userEvent.click(chart.getByRole('radio', { name: '75% through the cycle' }));
    await waitFor(() => expect(chart.getByText('Stated 66%, achieved 57%: over-confident by 9 points')).toBeVisible());
  },
};
/** The platform team: what they said came true about as often. */
export const WellCalibrated: Story = {
  args: { calibration: wellCalibrated() },
  play: async ({ canvasElement }) => {
    const chart = within(await shadowOf(canvasElement, tag));
    await expect(await chart.findByText('Stated 60%, achieved 59%: well calibrated (1 point apart)')).toBeVisible();
  },
};
/** A team of four: calibration is about people, so it is hidden, with the reason. */
export const Hidden: Story = { args: { calibration: hiddenCalibration() } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
/**
 * Connected: `GET /analytics` from the in-browser reference server. Calibration reads the closed cycles up to
 * Q1 2026, that is Q4 2025: five people's eleven key results, six achieved. Over-confident at mid-cycle;
 * by three quarters, their confidence told the achieved from the missed.
 */
export const Connected: Story = {
  args: { calibration: undefined, cycle: '2026-Q1' },
  play: async ({ canvasElement }) => {
    const chart = within(await shadowOf(canvasElement, tag));
    await waitFor(
      () => expect(chart.getByText('Stated 76%, achieved 55%: over-confident by 22 points')).toBeVisible(),
      { timeout: 5000 },
    );
    await userEvent.click(chart.getByRole('radio', { name: '75% through the cycle' }));
    await waitFor(() => expect(chart.getByText('Stated 72%, achieved 55%: over-confident by 17 points')).toBeVisible());
  },
};
/** Connected, for the Web platform team: its closed key results are two people's, so the server hides them and says why. */
export const ConnectedSmallTeam: Story = {
  args: { calibration: undefined, cycle: '2026-Q1', owner: 'web' },
  play: async ({ canvasElement }) => {
    const chart = within(await shadowOf(canvasElement, tag));
    await waitFor(
      () => expect(chart.getByText('Hidden: counts 2 people; figures are shown for groups of 5 or more')).toBeVisible(),
      { timeout: 5000 },
    );
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { calibration: undefined, cycle: '2026-Q1' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { calibration: undefined, cycle: '2026-Q1' },
};
