import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { GoalEditorAssistAnswer } from '@goalkit/core/connect';
import type { DraftObjective } from '@goalkit/core/model';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import '../define/gk-goal-editor.js';
import { backendOf, cycle, keyResult, longTitle, objective, STORY_TODAY } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkGoalEditor } from './gk-goal-editor.js';

const tag = 'gk-goal-editor';
const events = { 'gk-save': 'onGkSave', 'gk-transition': 'onGkTransition', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/GoalEditor/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: {
    cycles: [cycle],
    owners: [{ id: 'growth', name: 'Growth', kind: 'team' }],
    parents: [
      { id: 'o0', title: 'Win the SMB market', ownerName: 'ACME', relation: 'company' },
      { id: 'o-growth', title: 'Make onboarding a delight for every customer', ownerName: 'Growth', relation: 'team' },
    ],
    defaults: { ownerId: 'growth', cycleId: '2026-Q1' },
    asOf: STORY_TODAY,
    onGkSave: fn(),
    onGkTransition: fn(),
    onGkError: fn(),
  },
  argTypes: elementArgTypes(tag, GkGoalEditor, events),
  parameters: elementParameters(
    tag,
    'Create or edit an objective with live SMART lint, If-Match saves and lifecycle actions.',
  ),
  decorators: [(Story) => <div style={{ maxInlineSize: '56rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Live lint: findings appear next to the title as the person types (the linter loads on first use). */
export const Create: Story = {
  play: async ({ canvasElement }) => {
    const editor = within(await shadowOf(canvasElement, tag));
    await userEvent.type(editor.getByRole('textbox', { name: 'Objective' }), 'Improve things');
    await expect(
      await editor.findByText('The objective title has 2 words; a goal needs at least 3.', {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};
export const Edit: Story = { args: { objective: objective() } };
export const Proposed: Story = {
  args: { objective: objective({ state: 'proposed', allowedTransitions: ['approve', 'return'] }) },
};
export const Disabled: Story = { args: { objective: objective(), disabled: true } };
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
    const canvas = within(await shadowOf(canvasElement, tag));
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
    const canvas = within(await shadowOf(canvasElement, tag));
    await expect(canvas.getByText('PUT /key-results/kr1/values/{YYYY-MM-DD}')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Accept values for days outside the cycle' })).toBeChecked();
  },
};

const connected = { cycles: undefined, owners: undefined, parents: undefined, defaults: undefined, objectiveId: 'o1' };
/** Connected: load, edit, save with If-Match against the in-browser backend. */
export const ConnectedEdit: Story = {
  args: connected,
  play: async ({ canvasElement, loaded }) => {
    const editor = within(await shadowOf(canvasElement, tag));
    const title = await editor.findByRole('textbox', { name: 'Objective' });
    await userEvent.type(title, ' in Europe');
    await userEvent.click(editor.getByRole('button', { name: 'Save' }));
    await expect(await editor.findByText('Saved.')).toBeVisible();
    await expect((await backendOf(loaded).objectives.get('o1'))?.title).toBe(
      'Make onboarding effortless for new customers in Europe',
    );
  },
};
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: connected };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: connected };

/** "Suggest a SMART rewrite" with core's fake provider: the proposal with its SMART score before and after. */
export const AssistRewrite: Story = {
  args: {
    objective: objective({ title: 'Improve onboarding', keyResults: [keyResult({ title: 'Better onboarding' })] }),
    assist: (draft: DraftObjective) =>
      assist(createFakeProvider(), 'rewrite-smart', { objective: draft }) as Promise<GoalEditorAssistAnswer>,
  },
  play: async ({ canvasElement }) => {
    const editor = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await editor.findByRole('button', { name: 'Suggest a SMART rewrite' }));
    const proposal = await editor.findByRole('region', { name: 'Suggested rewrite' });
    await expect(within(proposal).getByText(/^SMART score \d+ → \d+$/)).toBeVisible();
  },
};
/** A rewrite that would make the goal worse is refused: the person's goal stays, with the reason in words. */
export const AssistRefused: Story = {
  args: {
    objective: objective(),
    assist: (draft: DraftObjective) =>
      assist(
        createFakeProvider({ answers: { 'rewrite-smart': { title: 'Do stuff', keyResults: [] } } }),
        'rewrite-smart',
        {
          objective: draft,
        },
      ) as Promise<GoalEditorAssistAnswer>,
  },
  play: async ({ canvasElement }) => {
    const editor = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await editor.findByRole('button', { name: 'Suggest a SMART rewrite' }));
    await expect(await editor.findByText(/so yours is kept\.$/)).toBeVisible();
  },
};
/** Asking: the action is busy and the status says so (the provider never answers). */
export const AssistLoading: Story = {
  args: { objective: objective(), assist: () => new Promise<GoalEditorAssistAnswer>(() => {}) },
  play: async ({ canvasElement }) => {
    const editor = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await editor.findByRole('button', { name: 'Suggest a SMART rewrite' }));
    await expect(await editor.findByText('Asking for a SMART rewrite…')).toBeVisible();
  },
};
/** Connected: the in-browser server runs with the fake AI provider; the editor asks it (GET /assist) and offers the rewrite. */
export const ConnectedAssist: Story = {
  parameters: { backend: { assist: true } },
  args: connected,
  play: async ({ canvasElement }) => {
    const editor = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await editor.findByRole('button', { name: 'Suggest a SMART rewrite' }, { timeout: 5000 }));
    await expect(
      await editor.findByText(/^SMART score \d+ → \d+$|so yours is kept\.$/, {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};
