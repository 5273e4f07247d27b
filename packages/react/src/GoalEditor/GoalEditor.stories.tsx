import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { GoalEditorAssistAnswer } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { backendOf, cycle, keyResult, longTitle, objective, STORY_TODAY } from '../__tests__/storyData.js';
import { GoalEditor, type GoalEditorDataProps } from './GoalEditor.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = GoalEditor as ComponentType<GoalEditorDataProps>;

const meta = {
  title: 'Widgets/GoalEditor/React',
  component: Widget,
  args: {
    cycles: [cycle],
    owners: [{ id: 'growth', name: 'Growth', kind: 'team' }],
    parents: [
      { id: 'o0', title: 'Win the SMB market', ownerName: 'ACME', relation: 'company' },
      { id: 'o-growth', title: 'Make onboarding a delight for every customer', ownerName: 'Growth', relation: 'team' },
    ],
    defaults: { ownerId: 'growth', cycleId: '2026-Q1' },
    asOf: STORY_TODAY,
    onSave: fn(),
    onTransition: fn(),
  },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '56rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Live lint: the SMART linter (loaded on first use) comments on the title as the person types. */
export const Create: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole('textbox', { name: 'Objective' });
    await userEvent.type(title, 'Improve things');
    await expect(
      await canvas.findByText('The objective title has 2 words; a goal needs at least 3.', {}, { timeout: 5000 }),
    ).toBeVisible();
    await userEvent.type(title, ' for new customers in every region');
    await expect(
      canvas.queryByText('The objective title has 2 words; a goal needs at least 3.'),
    ).not.toBeInTheDocument();
  },
};
export const Edit: Story = { args: { objective: objective() } };
export const Proposed: Story = {
  args: { objective: objective({ state: 'proposed', allowedTransitions: ['approve', 'return'] }) },
};
export const LongTitle: Story = { args: { objective: objective({ title: longTitle }) } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { objective: objective() } };
export const Brand: Story = { globals: { theme: 'brand' }, args: { objective: objective() } };
export const German: Story = { globals: { locale: 'de' }, args: { objective: objective() } };
export const RightToLeft: Story = { globals: { dir: 'rtl' }, args: { objective: objective() } };

/** A key result pulled from a connector: its connector, settings, schedule and transform. */
export const PullKeyResult: Story = {
  args: {
    objective: objective({
      keyResults: [
        keyResult({
          title: 'Reach 500 weekly signups',
          start: 0,
          target: 500,
          unit: 'signups',
          source: {
            mode: 'pull',
            connector: 'http-json',
            config: { url: 'https://metrics.example.com/signups', path: 'data.items', valuePath: 'count' },
            schedule: 'daily',
            transform: { aggregate: 'sum' },
            lastSync: { at: '2026-02-15T07:00:00Z', ok: true, recorded: 2 },
          },
        }),
      ],
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Value comes from (key result 1)' })).toHaveValue('pull');
    await expect(canvas.getByRole('textbox', { name: 'URL' })).toHaveValue('https://metrics.example.com/signups');
  },
};
/** A key result a system pushes to: the address to send values to, and values outside the cycle. */
export const PushKeyResult: Story = {
  args: {
    objective: objective({
      keyResults: [keyResult({ source: { mode: 'push' }, allowValuesOutsideCycle: true })],
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('PUT /key-results/kr1/values/{YYYY-MM-DD}')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Accept values for days outside the cycle' })).toBeChecked();
  },
};

/** Connected: load, edit and save with If-Match against the in-browser backend. */
export const ConnectedEdit: Story = {
  render: () => <GoalEditor objectiveId="o1" asOf={STORY_TODAY} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const title = await canvas.findByRole('textbox', { name: 'Objective' });
    await expect(title).toHaveValue('Make onboarding effortless for new customers');
    await userEvent.clear(title);
    await userEvent.type(title, 'Make onboarding effortless for every new customer');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Saved.')).toBeVisible();
    await expect((await backendOf(loaded).objectives.get('o1'))?.title).toBe(
      'Make onboarding effortless for every new customer',
    );
  },
};
/** Someone else saved meanwhile: the save answers 412, and the editor shows their change and the choices. */
export const ConnectedConflict: Story = {
  render: () => <GoalEditor objectiveId="o1" asOf={STORY_TODAY} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const title = await canvas.findByRole('textbox', { name: 'Objective' });
    await backendOf(loaded).editElsewhere('o1', { title: 'Make onboarding delightful for new customers' });
    await userEvent.type(title, ' in Europe');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText(/Someone else saved this objective while you were editing/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Keep mine' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Reload theirs' }));
    await expect(await canvas.findByDisplayValue('Make onboarding delightful for new customers')).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <GoalEditor objectiveId="o1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <GoalEditor objectiveId="o1" />,
};

/** "Suggest a SMART rewrite" with core's fake provider: the proposal with its SMART score before and after. */
export const AssistRewrite: Story = {
  args: {
    objective: objective({ title: 'Improve onboarding', keyResults: [keyResult({ title: 'Better onboarding' })] }),
    onAssist: (draft) =>
      assist(createFakeProvider(), 'rewrite-smart', { objective: draft }) as Promise<GoalEditorAssistAnswer>,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Suggest a SMART rewrite' }));
    const proposal = await canvas.findByRole('region', { name: 'Suggested rewrite' });
    await expect(within(proposal).getByText(/^SMART score \d+ → \d+$/)).toBeVisible();
    await expect(within(proposal).getByRole('button', { name: 'Accept' })).toHaveFocus();
  },
};
/** A rewrite that would make the goal worse is refused: the person's goal stays, with the reason in words. */
export const AssistRefused: Story = {
  args: {
    objective: objective(),
    onAssist: (draft) =>
      assist(
        createFakeProvider({ answers: { 'rewrite-smart': { title: 'Do stuff', keyResults: [] } } }),
        'rewrite-smart',
        {
          objective: draft,
        },
      ) as Promise<GoalEditorAssistAnswer>,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Suggest a SMART rewrite' }));
    await expect(await canvas.findByText(/so yours is kept\.$/)).toBeVisible();
  },
};
/** Asking: the action is busy and the status says so (the provider never answers). */
export const AssistLoading: Story = {
  args: { objective: objective(), onAssist: () => new Promise<GoalEditorAssistAnswer>(() => {}) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Suggest a SMART rewrite' }));
    await expect(await canvas.findByText('Asking for a SMART rewrite…')).toBeVisible();
  },
};
/** The request failed: said in words; the form is untouched. */
export const AssistError: Story = {
  args: { objective: objective(), onAssist: () => Promise.reject(new Error('offline')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Suggest a SMART rewrite' }));
    await expect(await canvas.findByText('The suggestion could not be fetched. Try again.')).toBeVisible();
  },
};
/** Connected: the in-browser server runs with the fake AI provider; the editor asks it (GET /assist) and offers the rewrite. */
export const ConnectedAssist: Story = {
  parameters: { backend: { assist: true } },
  render: () => <GoalEditor objectiveId="o1" asOf={STORY_TODAY} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Suggest a SMART rewrite' }, { timeout: 5000 }));
    await expect(
      await canvas.findByText(/^SMART score \d+ → \d+$|so yours is kept\.$/, {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};
