import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { hiddenCalibration, overConfident, wellCalibrated } from '../../../../.storybook/analyticsFixtures.js';
import { CalibrationChart, type CalibrationChartDataProps } from './CalibrationChart.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CalibrationChart as ComponentType<CalibrationChartDataProps>;

const meta = {
  title: 'Widgets/CalibrationChart/React',
  component: Widget,
  args: { calibration: overConfident() },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    fraction: { control: 'inline-radio', options: [0.25, 0.5, 0.75] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The sales team: they said 72 % at mid-cycle and achieved 55 %. The arrow keys switch the fraction. */
export const OverConfident: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Stated 72%, achieved 55%: over-confident by 17 points')).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: '50% through the cycle' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: '75% through the cycle' })).toBeChecked();
    await expect(canvas.getByText('Stated 66%, achieved 57%: over-confident by 9 points')).toBeVisible();
  },
};
/** The platform team: what they said came true about as often. */
export const WellCalibrated: Story = {
  args: { calibration: wellCalibrated() },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('Stated 60%, achieved 59%: well calibrated (1 point apart)'),
    ).toBeVisible();
  },
};
/** A team of four: calibration is about people, so it is hidden, with the reason. */
export const Hidden: Story = { args: { calibration: hiddenCalibration() } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('Angegeben 72 %, erreicht 55 %: um 17 Punkte zu zuversichtlich'),
    ).toBeVisible();
  },
};
/**
 * Connected: `GET /analytics` from the in-browser reference server. Calibration reads the closed cycles up to
 * Q1 2026, that is Q4 2025: five people's eleven key results, six achieved. Over-confident at mid-cycle;
 * a quarter in, they said as often as they achieved.
 */
export const Connected: Story = {
  render: () => <CalibrationChart cycle="2026-Q1" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Stated 76%, achieved 55%: over-confident by 22 points', {}, { timeout: 5000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: '50% through the cycle' }));
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('radio', { name: '25% through the cycle' })).toBeChecked();
    await expect(canvas.getByText('Stated 60%, achieved 60%: well calibrated (spot on)')).toBeVisible();
  },
};
/** Connected, for the Web platform team: its closed key results are two people's, so the server hides them and says why. */
export const ConnectedSmallTeam: Story = {
  render: () => <CalibrationChart cycle="2026-Q1" owner="web" />,
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        'Hidden: counts 2 people; figures are shown for groups of 5 or more',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CalibrationChart cycle="2026-Q1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CalibrationChart cycle="2026-Q1" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
