import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { cycle, keyResult, longTitle, score } from '../__tests__/storyData.js';
import { CheckInTimeline, type CheckInTimelineDataProps } from './CheckInTimeline.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CheckInTimeline as ComponentType<CheckInTimelineDataProps>;

const checkIns = [
  { id: 'c1', at: '2026-01-12T09:00:00Z', value: 20.5, confidence: 0.5, note: 'Baseline week' },
  { id: 'c2', at: '2026-01-26T09:00:00Z', value: 23, confidence: 0.6, note: null },
  { id: 'c3', at: '2026-02-10T09:00:00Z', value: 27, confidence: 0.8, note: 'New checklist shipped' },
  // A value a system pushed: the table says so ("From a system · warehouse run 41").
  {
    id: 'c3a',
    at: '2026-02-12T06:00:00Z',
    value: 28,
    confidence: null,
    note: null,
    source: 'api' as const,
    sourceRef: 'warehouse run 41',
  },
];
const meta = {
  title: 'Widgets/CheckInTimeline/React',
  component: Widget,
  args: {
    keyResult: keyResult({ score: { ...score('on-track', 0.47), forecast: { value: 33.5, progress: 0.9 } } }),
    checkIns,
    cycle,
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '36rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithForecast: Story = {};
export const Empty: Story = { args: { checkIns: [] } };
export const Decrease: Story = {
  args: {
    keyResult: keyResult({ type: 'decrease', start: 800, target: 300, unit: 'ms', current: 520 }),
    checkIns: [
      { id: 'd1', at: '2026-01-20T09:00:00Z', value: 700, confidence: 0.6, note: null },
      { id: 'd2', at: '2026-02-09T09:00:00Z', value: 520, confidence: 0.8, note: null },
    ],
  },
};
export const OffTrack: Story = {
  args: {
    keyResult: keyResult({
      current: 21,
      score: { ...score('off-track', 0.07), forecast: { value: 22, progress: 0.13 } },
    }),
    checkIns: checkIns.map((c, i) => ({ ...c, value: [20.2, 20.5, 21][i] ?? 21 })),
  },
};
export const Overachieved: Story = {
  args: {
    keyResult: keyResult({ current: 39, score: { ...score('achieved', 1.27), forecast: { value: 44, progress: 1 } } }),
    checkIns: [...checkIns, { id: 'c4', at: '2026-02-14T09:00:00Z', value: 39, confidence: 1, note: 'Campaign hit' }],
  },
};
export const LongTitle: Story = { args: { keyResult: keyResult({ title: longTitle }) } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: the key result and its check-ins from the in-browser backend; the forecast is the engine's. */
export const Connected: Story = {
  render: () => <CheckInTimeline objectiveId="o1" keyResultId="kr1" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('img')).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CheckInTimeline objectiveId="o1" keyResultId="kr1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CheckInTimeline objectiveId="o1" keyResultId="kr1" />,
};
