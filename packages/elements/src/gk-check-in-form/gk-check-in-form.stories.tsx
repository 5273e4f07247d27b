import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-check-in-form.js';
import '../define/gk-key-result.js';
import { backendOf, keyResult, longTitle, now } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkCheckInForm } from './gk-check-in-form.js';

const tag = 'gk-check-in-form';
const events = { 'gk-check-in': 'onGkCheckIn', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/CheckInForm/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { keyResult: keyResult(), onGkCheckIn: fn(), onGkError: fn() },
  argTypes: elementArgTypes(tag, GkCheckInForm, events),
  parameters: elementParameters(tag, 'A check-in: an input that fits the key result’s type, confidence and a note.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Numeric: Story = {
  play: async ({ canvasElement, args }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await userEvent.type(form.getByRole('textbox', { name: 'New value (%)' }), '29');
    await userEvent.click(form.getByRole('button', { name: 'Check in' }));
    await expect((args as Record<string, unknown>).onGkCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({ keyResultId: 'kr1', value: 29 }),
    );
  },
};
/** The page's promise rejects: the input stays and a retry is offered. */
export const Failed: Story = {
  args: { onGkCheckIn: fn(() => Promise.reject(new Error('offline'))) },
  play: async ({ canvasElement }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await userEvent.type(form.getByRole('textbox', { name: 'New value (%)' }), '29');
    await userEvent.click(form.getByRole('button', { name: 'Check in' }));
    await expect(await form.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'New value (%)' })).toHaveValue('29');
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
export const Disabled: Story = { args: { disabled: true } };
export const LongTitle: Story = { args: { keyResult: keyResult({ title: longTitle }) } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** The check-in flow, connected: the key result beside the form updates from the same cache. */
export const ConnectedCheckIn: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <GkElement tag="gk-key-result" args={{ objectiveId: 'o1', keyResultId: 'kr1', now }} />
      <GkElement
        tag={tag}
        args={{ ...args, keyResult: undefined, objectiveId: 'o1', keyResultId: 'kr1' }}
        events={events}
      />
    </div>
  ),
  play: async ({ canvasElement, args, loaded }) => {
    const form = within(await shadowOf(canvasElement, tag));
    const card = within(await shadowOf(canvasElement, 'gk-key-result'));
    await expect(await card.findByText(/^27 of 35\s% \(from 20\)$/)).toBeVisible();
    await userEvent.type(await form.findByRole('textbox', { name: 'New value (%)' }), '33');
    await userEvent.click(form.getByRole('button', { name: 'Check in' }));
    await expect(await form.findByText('Check-in saved.')).toBeVisible();
    await expect(await card.findByText(/^33 of 35\s% \(from 20\)$/)).toBeVisible();
    await waitFor(() => expect((args as Record<string, unknown>).onGkCheckIn).toHaveBeenCalled());
    await expect((await backendOf(loaded).objectives.get('o1'))?.keyResults[0]?.current).toBe(33);
  },
};
const connected = { keyResult: undefined, objectiveId: 'o1', keyResultId: 'kr1' };
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: connected };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: connected };
