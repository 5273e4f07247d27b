import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import '../define/gk-cycle-dashboard.js';
import { keyResult, longTitle, now, objective, score } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement } from '../__tests__/elementStory.js';
import { GkCycleDashboard } from './gk-cycle-dashboard.js';

const tag = 'gk-cycle-dashboard';
const events = { 'gk-error': 'onGkError', 'gk-carry-over': 'onGkCarryOver' };
const objectives = [
  objective({
    id: 'a',
    title: 'Fix churn in the SMB segment',
    score: score('off-track', 0.12),
    keyResults: [keyResult({ id: 'ka', title: 'Churn below 2%', lastCheckInAt: null })],
  }),
  objective({ id: 'b', title: 'Grow self-serve revenue', score: score('at-risk', 0.36) }),
  objective({
    id: 'c',
    title: 'Make onboarding effortless',
    score: score('on-track', 0.55),
    keyResults: [keyResult({ id: 'kc', lastCheckInAt: '2026-01-10T09:00:00Z' })],
  }),
  objective({ id: 'd', title: 'Ship the public API', score: score('achieved', 1.05) }),
  objective({ id: 'e', title: 'Hire two designers', score: score('not-started', 0, 0.3) }),
];
const meta = {
  title: 'Widgets/CycleDashboard/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { objectives, cycleName: 'Q1 2026', now, onGkError: fn(), onGkCarryOver: fn() },
  argTypes: elementArgTypes(tag, GkCycleDashboard, events),
  parameters: elementParameters(
    tag,
    'One cycle at a glance: counts by status, progress against expected, what needs attention.',
  ),
  decorators: [(Story) => <div style={{ maxInlineSize: '64rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Team: Story = {};
export const Empty: Story = { args: { objectives: [] } };
export const LongTitles: Story = {
  args: { objectives: objectives.map((o, i) => (i === 0 ? { ...o, title: longTitle } : o)) },
};
/** Two weeks before the end: unfinished goals can be carried into the next cycle; one already was. */
export const AtTheClose: Story = {
  args: {
    cycleEnd: '2026-03-31',
    nextCycle: { id: '2026-Q2', name: 'Q2 2026' },
    carriedIds: ['b'],
    now: '2026-03-24T09:00:00Z',
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
const connected = { objectives: undefined, cycleName: undefined, cycle: '2026-Q1' };
export const Connected: Story = { args: connected };
/** Connected, after the cycle's end: carry a goal over and it appears as a draft in Q2. */
export const ConnectedAtTheClose: Story = { args: { ...connected, now: '2026-04-02T09:00:00Z' } };
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: connected };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: connected };
