import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FakeBackend, keyResult } from '../__tests__/storyData.js';
import { CheckInForm, type CheckInFormDataProps } from './CheckInForm.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CheckInForm as ComponentType<CheckInFormDataProps>;

const meta = {
  title: 'Widgets/CheckInForm/React',
  component: Widget,
  args: { keyResult: keyResult(), onCheckIn: fn() },
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
export const German: Story = { args: { locale: 'de' } };
export const RightToLeft: Story = { decorators: [(Story) => <div dir="rtl">{Story()}</div>] };
export const Loading: Story = {
  render: () => (
    <FakeBackend mode="loading">
      <CheckInForm objectiveId="o1" keyResultId="kr1" />
    </FakeBackend>
  ),
};
