import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import '../define/gk-approval-list.js';
import { approvalItems } from '../../../../.storybook/approvalFixtures.js';
import { multilingualTitle, now } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkApprovalList } from './gk-approval-list.js';

const tag = 'gk-approval-list';
const events = { 'gk-transition': 'onGkTransition', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/ApprovalList/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { items: approvalItems(), now, onGkTransition: fn(), onGkError: fn() },
  argTypes: elementArgTypes(tag, GkApprovalList, events),
  parameters: elementParameters(
    tag,
    "The goals waiting for the viewer's approval, with Approve as the primary action.",
  ),
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Waiting: Story = {};
export const Empty: Story = { args: { items: [] } };
/** Returning needs a comment: trying without one says so at the comment box. */
export const ReturnNeedsAComment: Story = {
  play: async ({ canvasElement, args }) => {
    const list = within(await shadowOf(canvasElement, tag));
    await userEvent.click(list.getByRole('button', { name: 'Return “Make on-call calm” with a comment' }));
    await userEvent.click(list.getAllByRole('button', { name: 'Return with comment' })[0] as HTMLElement);
    await expect(list.getByText('Say what should change before returning it.')).toBeVisible();
    await expect((args as { onGkTransition: () => void }).onGkTransition).not.toHaveBeenCalled();
  },
};
export const Multilingual: Story = {
  args: {
    items: approvalItems().map((item) => ({ ...item, objective: { ...item.objective, title: multilingualTitle } })),
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
/** Connected: approving goes to the in-browser backend and the goal leaves the list. */
export const Connected: Story = {
  args: { items: undefined },
  play: async ({ canvasElement }) => {
    const list = within(await shadowOf(canvasElement, tag));
    await userEvent.click(
      await list.findByRole('button', { name: 'Approve “Cut the time to a first partner listing to one week”' }),
    );
    await expect(await list.findByText('Nothing is waiting for your approval.')).toBeVisible();
  },
};
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: { items: undefined } };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: { items: undefined } };
