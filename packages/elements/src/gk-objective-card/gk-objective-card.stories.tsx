import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import '../define/gk-objective-card.js';
import { longTitle, multilingualTitle, now, objective, score } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkObjectiveCard } from './gk-objective-card.js';

const tag = 'gk-objective-card';
const events = { 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/ObjectiveCard/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: {
    objective: objective(),
    ownerName: 'Growth team',
    cycleName: 'Q1 2026',
    parentTitle: 'Win the SMB market',
    smartScore: 78,
    now,
    onGkError: fn(),
  },
  argTypes: {
    ...elementArgTypes(tag, GkObjectiveCard, events),
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5], table: { category: 'attributes' } },
    smartScore: { control: { type: 'range', min: 0, max: 100 }, table: { category: 'attributes' } },
  },
  parameters: elementParameters(
    tag,
    'An objective at a glance, with its key results and an explanation of its progress.',
  ),
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Collapsed: Story = {};
export const Expanded: Story = { args: { expanded: true } };
/** The explain view, by keyboard: the toggle opens the panel that says why the progress is 47%. */
export const Explain: Story = {
  play: async ({ canvasElement }) => {
    const card = within(await shadowOf(canvasElement, tag));
    const toggle = card.getByRole('button', { name: /^Explain progress of / });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    const region = await card.findByRole('group', { name: 'Why the progress is 47%' });
    await expect(region).toBeVisible();
    await expect(within(region).getByText(/Raise week-1 activation/)).toBeVisible();
    await expect(canvasElement.querySelector(tag)).toHaveAttribute('explaining');
  },
};
export const NotStarted: Story = {
  args: { objective: objective({ score: score('not-started', 0, 0), state: 'draft' }) },
};
export const AtRisk: Story = { args: { objective: objective({ score: score('at-risk', 0.35) }) } };
export const OffTrack: Story = { args: { objective: objective({ score: score('off-track', 0.1) }) } };
export const Achieved: Story = { args: { objective: objective({ score: score('achieved', 1), state: 'closed' }) } };
export const Overachieved: Story = { args: { objective: objective({ score: score('achieved', 1.25) }) } };
export const NoKeyResults: Story = {
  args: { objective: objective({ keyResults: [], score: score('not-started', 0) }), expanded: true },
};
/** A private goal whose owner set their own status, shown beside the computed one. */
export const PrivateWithOwnerStatus: Story = {
  args: {
    objective: objective({
      visibility: 'private',
      manualStatus: {
        status: 'at-risk',
        note: 'The vendor slipped two weeks',
        setByName: 'Ana',
        at: '2026-02-10T09:00:00Z',
      },
    }),
  },
};
export const LongTitle: Story = { args: { objective: objective({ title: longTitle }) } };
export const MultilingualTitle: Story = { args: { objective: objective({ title: multilingualTitle }) } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { expanded: true } };
export const Brand: Story = { globals: { theme: 'brand' }, args: { expanded: true } };
export const German: Story = { globals: { locale: 'de' }, args: { ownerName: 'Wachstum' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' }, args: { expanded: true } };

const connected = {
  objective: undefined,
  ownerName: undefined,
  cycleName: undefined,
  parentTitle: undefined,
  smartScore: undefined,
  objectiveId: 'o1',
};
export const Connected: Story = { args: { ...connected, expanded: true } };
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: connected };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: connected };
