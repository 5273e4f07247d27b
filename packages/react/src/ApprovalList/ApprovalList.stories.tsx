import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { approvalItems } from '../../../../.storybook/approvalFixtures.js';
import { longTitle, multilingualTitle, now } from '../__tests__/storyData.js';
import { ApprovalList, type ApprovalListDataProps } from './ApprovalList.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = ApprovalList as ComponentType<ApprovalListDataProps>;

const meta = {
  title: 'Widgets/ApprovalList/React',
  component: Widget,
  args: { items: approvalItems(), now, onTransition: fn() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Waiting: Story = {};
export const Empty: Story = { args: { items: [] } };
/** Returning needs a comment: trying without one says so at the comment box. */
export const ReturnNeedsAComment: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Return “Make on-call calm” with a comment' }));
    await userEvent.click(canvas.getAllByRole('button', { name: 'Return with comment' })[0] as HTMLElement);
    await expect(canvas.getByText('Say what should change before returning it.')).toBeVisible();
    await expect(args.onTransition).not.toHaveBeenCalled();
  },
};
export const LongAndMultilingual: Story = {
  args: {
    items: approvalItems().map((item, i) => ({
      ...item,
      objective: { ...item.objective, title: i === 0 ? longTitle : multilingualTitle },
    })),
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: approving goes through the client to the in-browser backend, and the goal leaves the list. */
export const Connected: Story = {
  render: () => <ApprovalList now={now} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const approve = await canvas.findByRole('button', {
      name: 'Approve “Cut the time to a first partner listing to one week”',
    });
    await userEvent.click(approve);
    await expect(
      await canvas.findByText('“Cut the time to a first partner listing to one week” is approved.'),
    ).toBeInTheDocument();
    await expect(await canvas.findByText('Nothing is waiting for your approval.')).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <ApprovalList />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <ApprovalList />,
};
