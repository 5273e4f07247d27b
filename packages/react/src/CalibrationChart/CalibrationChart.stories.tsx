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
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CalibrationChart cycle="q1-2026" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CalibrationChart cycle="q1-2026" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
