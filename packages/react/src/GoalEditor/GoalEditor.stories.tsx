import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { cycle, objective } from '../__tests__/storyData.js';
import { GoalEditor, type GoalEditorDataProps } from './GoalEditor.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = GoalEditor as ComponentType<GoalEditorDataProps>;

const meta = {
  title: 'Widgets/GoalEditor/React',
  component: Widget,
  args: {
    cycles: [cycle],
    owners: [{ id: 'growth', name: 'Growth', kind: 'team' }],
    parents: [{ id: 'o0', title: 'Win the SMB market' }],
    defaults: { ownerId: 'growth', cycleId: '2026-Q1' },
    onSave: fn(),
    onTransition: fn(),
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '56rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Create: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Objective' }), 'Improve things');
    await expect(canvas.getByText('The objective title has 2 words; a goal needs at least 3.')).toBeVisible();
  },
};
export const Edit: Story = { args: { objective: objective() } };
export const Proposed: Story = {
  args: { objective: objective({ state: 'proposed', allowedTransitions: ['approve', 'return'] }) },
};
export const German: Story = { args: { locale: 'de' } };
