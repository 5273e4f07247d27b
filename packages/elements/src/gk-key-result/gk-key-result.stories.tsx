import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import '../define/gk-key-result.js';
import { keyResult, longTitle, multilingualTitle, now, score } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkKeyResult } from './gk-key-result.js';

const tag = 'gk-key-result';
const events = { 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/KeyResult/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { keyResult: keyResult(), now, onGkError: fn() },
  argTypes: {
    ...elementArgTypes(tag, GkKeyResult, events),
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6], table: { category: 'attributes' } },
  },
  parameters: elementParameters(
    tag,
    'One key result: title, value text, meter, status, confidence, last check-in, milestones.',
  ),
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Increase: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(await shadowOf(canvasElement, tag)).getByText(/^27 of 35\s% \(from 20\)$/)).toBeVisible();
  },
};
export const Decrease: Story = {
  args: {
    keyResult: keyResult({
      type: 'decrease',
      start: 800,
      target: 300,
      unit: 'ms',
      current: 520,
      score: score('on-track', 0.56),
    }),
  },
};
export const AtLeast: Story = {
  args: {
    keyResult: keyResult({
      type: 'at-least',
      start: null,
      target: 90,
      unit: null,
      current: 78,
      score: score('off-track', 0),
    }),
  },
};
export const AtMost: Story = {
  args: { keyResult: keyResult({ type: 'at-most', target: 2, current: 1.8, score: score('at-risk', 0.4) }) },
};
export const Range: Story = {
  args: {
    keyResult: keyResult({
      type: 'range',
      min: 10,
      max: 20,
      unit: 'deploys',
      current: 14,
      score: score('on-track', 1),
    }),
  },
};
export const DoneOrNot: Story = {
  args: { keyResult: keyResult({ type: 'boolean', current: true, score: score('achieved', 1) }) },
};
export const Milestones: Story = {
  args: {
    keyResult: keyResult({
      type: 'milestones',
      current: null,
      unit: null,
      milestones: [
        { title: 'Design approved', done: true },
        { title: 'Beta shipped', done: true },
        { title: 'GA', done: false },
      ],
      score: score('on-track', 0.67),
    }),
  },
};
export const NotStarted: Story = {
  args: { keyResult: keyResult({ current: 20, lastCheckInAt: null, score: score('not-started', 0, 0) }) },
};
export const OffTrack: Story = { args: { keyResult: keyResult({ current: 21, score: score('off-track', 0.07) }) } };
export const Overachieved: Story = { args: { keyResult: keyResult({ current: 39, score: score('achieved', 1.27) }) } };
export const LongTitle: Story = { args: { keyResult: keyResult({ title: longTitle }) } };
export const MultilingualTitle: Story = { args: { keyResult: keyResult({ title: multilingualTitle }) } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: attributes only; the `<gk-provider>` around every story serves the in-browser backend. */
export const Connected: Story = {
  args: { keyResult: undefined, objectiveId: 'o1', keyResultId: 'kr1' },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { keyResult: undefined, objectiveId: 'o1', keyResultId: 'kr1' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { keyResult: undefined, objectiveId: 'o1', keyResultId: 'kr1' },
};
