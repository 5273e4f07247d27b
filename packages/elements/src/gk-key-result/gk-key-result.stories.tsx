import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import '../define/gk-key-result.js';
import { keyResult, longTitle, multilingualTitle, now, score } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkKeyResult } from './gk-key-result.js';

const tag = 'gk-key-result';
const events = { 'gk-error': 'onGkError', 'gk-sync': 'onGkSync' };
const meta = {
  title: 'Widgets/KeyResult/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { keyResult: keyResult(), now, onGkError: fn(), onGkSync: fn() },
  argTypes: {
    ...elementArgTypes(tag, GkKeyResult, events),
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6], table: { category: 'attributes' } },
  },
  parameters: elementParameters(
    tag,
    'One key result: title, value text, meter, status, confidence, last check-in, where its value comes from (with "Sync now"), milestones.',
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

const pulled = (lastSync: { at: string; ok: boolean; error?: string | null; recorded?: number } | null) =>
  keyResult({
    title: 'Reach 500 weekly signups',
    start: 0,
    target: 500,
    unit: 'signups',
    current: 310,
    source: {
      mode: 'pull',
      connector: 'http-json',
      config: { url: 'https://metrics.example.com/signups', path: 'data.items' },
      schedule: 'daily',
      lastSync,
    },
  });
const longError =
  'the reply from metrics.example.com was not JSON: it started with "<!DOCTYPE html><html><head><title>Sign in</title>" — the address probably asks for a login; give the URL of the data itself, reachable without one';

/** Pulled from a connector and synced: where the value comes from and when, with "Sync now" (`can-sync`). */
export const PulledAndSynced: Story = {
  args: {
    keyResult: pulled({ at: '2026-02-15T07:00:00Z', ok: true, recorded: 2 }),
    canSync: true,
    onGkSync: fn(async () => ({ lastSync: { at: now, ok: true, recorded: 1 } })),
  },
  play: async ({ canvasElement }) => {
    const shadow = within(await shadowOf(canvasElement, tag));
    await expect(shadow.getByText('From JSON over HTTP · synced 2 hours ago')).toBeVisible();
    await userEvent.click(shadow.getByRole('button', { name: /^Sync now/ }));
    await expect(await shadow.findByText('Synced: 1 value recorded.')).toBeVisible();
  },
};
/** The last pull failed: the error in words (a long one wraps), as text. */
export const SyncFailed: Story = {
  args: { keyResult: pulled({ at: '2026-02-15T08:40:00Z', ok: false, error: longError }), canSync: true },
  play: async ({ canvasElement }) => {
    const shadow = within(await shadowOf(canvasElement, tag));
    await expect(shadow.getByText(/^Sync failed 20 minutes ago: the reply/)).toBeVisible();
  },
};
export const NotSyncedYet: Story = { args: { keyResult: pulled(null) } };
/** A system pushes its values (`PUT /key-results/{id}/values/{date}`). */
export const Pushed: Story = { args: { keyResult: keyResult({ source: { mode: 'push' } }) } };

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
