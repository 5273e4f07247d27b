import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import '../define/gk-check-in-timeline.js';
import { cycle, keyResult, longTitle, score } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement } from '../__tests__/elementStory.js';
import { GkCheckInTimeline } from './gk-check-in-timeline.js';

const tag = 'gk-check-in-timeline';
const events = { 'gk-error': 'onGkError' };
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
  title: 'Widgets/CheckInTimeline/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: {
    keyResult: keyResult({ score: { ...score('on-track', 0.47), forecast: { value: 33.5, progress: 0.9 } } }),
    checkIns,
    cycle,
    onGkError: fn(),
  },
  argTypes: elementArgTypes(tag, GkCheckInTimeline, events),
  parameters: elementParameters(
    tag,
    'A key result’s history: a chart against the expected line and the forecast, and a table.',
  ),
  decorators: [(Story) => <div style={{ maxInlineSize: '36rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithForecast: Story = {};
export const Empty: Story = { args: { checkIns: [] } };
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
const connected = {
  keyResult: undefined,
  checkIns: undefined,
  cycle: undefined,
  objectiveId: 'o1',
  keyResultId: 'kr1',
};
export const Connected: Story = { args: connected };
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: connected };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: connected };
