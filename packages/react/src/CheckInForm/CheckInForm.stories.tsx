import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { backendOf, keyResult, longTitle, now } from '../__tests__/storyData.js';
import { KeyResult } from '../KeyResult/KeyResult.js';
import { CheckInForm, type CheckInFormDataProps } from './CheckInForm.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CheckInForm as ComponentType<CheckInFormDataProps>;

const meta = {
  title: 'Widgets/CheckInForm/React',
  component: Widget,
  args: { keyResult: keyResult(), onCheckIn: fn() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Numeric: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'New value (%)' }), '29');
    await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
    await expect(args.onCheckIn).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr1', value: 29 }));
  },
};
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'New value (%)' }), 'lots');
    await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
    await expect(canvas.getByText('Enter a number, such as 27.5.')).toBeVisible();
  },
};
export const Failed: Story = {
  args: { onCheckIn: fn(() => Promise.reject(new Error('offline'))) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'New value (%)' }), '29');
    await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'New value (%)' })).toHaveValue('29');
  },
};
export const Done: Story = { args: { keyResult: keyResult({ type: 'boolean', current: false }) } };
export const Milestones: Story = {
  args: {
    keyResult: keyResult({
      type: 'milestones',
      current: null,
      milestones: [
        { title: 'Design approved', done: true },
        { title: 'Beta shipped', done: false },
      ],
    }),
  },
};
export const Decrease: Story = {
  args: { keyResult: keyResult({ type: 'decrease', start: 800, target: 300, unit: 'ms', current: 520 }) },
};
export const Range: Story = {
  args: { keyResult: keyResult({ type: 'range', min: 10, max: 20, unit: 'deploys', current: 14 }) },
};
export const LongTitle: Story = { args: { keyResult: keyResult({ title: longTitle }) } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/**
 * The check-in flow against the in-browser backend: the form and the key result share one query
 * cache, so the new value shows at once (optimistic), and the engine's recomputed score follows.
 */
export const ConnectedCheckIn: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <KeyResult objectiveId="o1" keyResultId="kr1" now={now} />
      <CheckInForm objectiveId="o1" keyResultId="kr1" />
    </div>
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole('textbox', { name: 'New value (%)' });
    await expect(canvas.getByText(/^27 of 35\s% \(from 20\)$/)).toBeVisible();
    await userEvent.type(input, '33');
    await userEvent.click(canvas.getByRole('radio', { name: /high/i }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Note (optional)' }), 'Second checklist shipped');
    await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
    await expect(await canvas.findByText('Check-in saved.')).toBeVisible();
    await expect(canvas.getByText(/^33 of 35\s% \(from 20\)$/)).toBeVisible();
    // The backend recorded it and rescored the key result with the core engine: (33 − 20) / (35 − 20) = 87%.
    const objective = await backendOf(loaded).objectives.get('o1');
    await expect(objective?.keyResults.find((kr) => kr.id === 'kr1')?.score.progress).toBeCloseTo(13 / 15, 5);
    await expect(canvas.getByRole('meter', { name: /Raise week-1 activation/ })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^87%/),
    );
  },
};
/** The backend refuses the first attempt: the input stays, and "Try again" records it. */
export const ConnectedRetry: Story = {
  render: () => <CheckInForm objectiveId="o1" keyResultId="kr1" />,
  play: async ({ canvasElement, loaded }) => {
    backendOf(loaded).failNext('createCheckIn', 500);
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'New value (%)' }), '30');
    await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 }));
    await expect(await canvas.findByText('Check-in saved.')).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CheckInForm objectiveId="o1" keyResultId="kr1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CheckInForm objectiveId="o1" keyResultId="kr1" />,
};
