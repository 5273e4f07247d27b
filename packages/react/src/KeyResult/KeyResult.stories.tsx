import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { keyResult, longTitle, multilingualTitle, now, score } from '../__tests__/storyData.js';
import { KeyResult, type KeyResultDataProps } from './KeyResult.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = KeyResult as ComponentType<KeyResultDataProps>;

const meta = {
  title: 'Widgets/KeyResult/React',
  component: Widget,
  args: { keyResult: keyResult(), now },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Increase: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^27 of 35\s% \(from 20\)$/)).toBeInTheDocument();
  },
};
export const Decrease: Story = {
  args: {
    keyResult: keyResult({
      title: 'Cut p95 page load from 800 ms to 300 ms',
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
      title: 'Lighthouse score of at least 90',
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
      title: 'Keep weekly deploys between 10 and 20',
      type: 'range',
      start: null,
      target: null,
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
export const AtRisk: Story = { args: { keyResult: keyResult({ current: 24, score: score('at-risk', 0.27) }) } };
export const OffTrack: Story = { args: { keyResult: keyResult({ current: 21, score: score('off-track', 0.07) }) } };
export const Overachieved: Story = {
  args: { keyResult: keyResult({ current: 39, score: score('achieved', 1.27) }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('meter')).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^127%/),
    );
  },
};
export const NoCheckInsYet: Story = {
  args: {
    keyResult: keyResult({
      current: null,
      lastCheckInAt: null,
      score: { ...score('on-track', 0), hasData: false, confidence: null },
    }),
  },
};
export const Currency: Story = {
  args: { keyResult: keyResult({ unit: 'EUR', unitKind: 'currency', start: 20000, target: 35000, current: 27500 }) },
};
export const LongTitle: Story = { args: { keyResult: keyResult({ title: longTitle }) } };
export const MultilingualTitle: Story = { args: { keyResult: keyResult({ title: multilingualTitle }) } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^27 von 35/)).toBeInTheDocument();
  },
};
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  args: { keyResult: keyResult({ title: 'رفع معدل التفعيل في الأسبوع الأول من 20% إلى 35%' }) },
};

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

/** Pulled from a connector and synced: where the value comes from and when, with "Sync now" for editors. */
export const PulledAndSynced: Story = {
  args: {
    keyResult: pulled({ at: '2026-02-15T07:00:00Z', ok: true, recorded: 2 }),
    canSync: true,
    onSync: fn(async () => ({ lastSync: { at: now, ok: true, recorded: 1 } })),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('From JSON over HTTP · synced 2 hours ago')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^Sync now/ }));
    await expect(await canvas.findByText('Synced: 1 value recorded.')).toBeVisible();
  },
};
/** The last pull failed: the error in words (a long one wraps), as text. */
export const SyncFailed: Story = {
  args: { keyResult: pulled({ at: '2026-02-15T08:40:00Z', ok: false, error: longError }), canSync: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Sync failed 20 minutes ago: the reply/)).toBeVisible();
  },
};
export const NotSyncedYet: Story = {
  args: { keyResult: pulled(null) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('From JSON over HTTP · not synced yet')).toBeVisible();
  },
};
/** A system pushes its values (`PUT /key-results/{id}/values/{date}`). */
export const Pushed: Story = {
  args: { keyResult: keyResult({ source: { mode: 'push' } }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Values from a system')).toBeVisible();
  },
};

/** Connected: the real client reads the objective from the in-browser backend. */
export const Connected: Story = {
  render: () => <KeyResult objectiveId="o1" keyResultId="kr1" now={now} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Raise week-1 activation from 20% to 35%' })).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <KeyResult objectiveId="o1" keyResultId="kr1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <KeyResult objectiveId="o1" keyResultId="kr1" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: /try again|retry/i })).toBeVisible();
  },
};
