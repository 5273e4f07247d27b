import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { longTitle, multilingualTitle, now, objective, score } from '../__tests__/storyData.js';
import { ObjectiveCard, type ObjectiveCardDataProps } from './ObjectiveCard.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = ObjectiveCard as ComponentType<ObjectiveCardDataProps>;

const meta = {
  title: 'Widgets/ObjectiveCard/React',
  component: Widget,
  args: {
    objective: objective(),
    ownerName: 'Growth team',
    cycleName: 'Q1 2026',
    parentTitle: 'Win the SMB market',
    smartScore: 78,
    now,
  },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5] },
    locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] },
    smartScore: { control: { type: 'range', min: 0, max: 100 } },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Collapsed: Story = {};
export const Expanded: Story = { args: { defaultExpanded: true } };
/** The explain view: why the number is what it is, one line per counted key result. */
export const Explain: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Explain progress of / }));
    const region = canvas.getByRole('group', { name: 'Why the progress is 47%' });
    await expect(region).toBeVisible();
    await expect(within(region).getByText(/Raise week-1 activation/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^Hide explanation of / }));
    await expect(canvas.queryByRole('group', { name: /Why the progress/ })).not.toBeInTheDocument();
  },
};
export const NotStarted: Story = {
  args: {
    objective: objective({ score: score('not-started', 0, 0), state: 'draft', allowedTransitions: ['propose'] }),
  },
};
export const AtRisk: Story = { args: { objective: objective({ score: score('at-risk', 0.35) }) } };
export const OffTrack: Story = { args: { objective: objective({ score: score('off-track', 0.1) }) } };
export const Achieved: Story = { args: { objective: objective({ score: score('achieved', 1), state: 'closed' }) } };
export const Overachieved: Story = { args: { objective: objective({ score: score('achieved', 1.25) }) } };
export const NoKeyResults: Story = {
  args: { objective: objective({ keyResults: [], score: score('not-started', 0) }), defaultExpanded: true },
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
export const German: Story = { globals: { locale: 'de' }, args: { ownerName: 'Wachstum' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' }, args: { defaultExpanded: true } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { defaultExpanded: true } };
export const Brand: Story = { globals: { theme: 'brand' }, args: { defaultExpanded: true } };

/** Connected: objective, parent, cycle, owner and the server's SMART lint, all from the in-browser backend. */
export const Connected: Story = {
  render: () => <ObjectiveCard objectiveId="o1" now={now} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /^Explain progress of / }));
    await expect(canvas.getByRole('group', { name: /^Why the progress is \d+%$/ })).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <ObjectiveCard objectiveId="o1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <ObjectiveCard objectiveId="o1" />,
};
