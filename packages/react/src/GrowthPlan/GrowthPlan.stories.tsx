import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { backendOf } from '../../../../.storybook/backend.js';
import {
  anaGoals,
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { SeededCompetencies } from '../../../../.storybook/competencyStory.js';
import { GrowthPlan, type GrowthPlanDataProps } from './GrowthPlan.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = GrowthPlan as ComponentType<GrowthPlanDataProps>;

const meta = {
  title: 'Widgets/GrowthPlan/React',
  component: Widget,
  args: { profile: anaProfile(), goals: anaGoals(), onDraftGoal: fn() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Ana's gaps against senior engineer: two have a development goal (the lint goal is a standard one, so it does not
 * count); "Draft a goal" hands the host a development goal for code quality.
 */
export const Filled: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('2 of 3 gaps have a development goal (67%)')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Draft a goal for Code quality' }));
    await expect(args.onDraftGoal).toHaveBeenCalledWith({
      kind: 'development',
      competencyIds: ['code-quality'],
      title: 'Grow Code quality to 4 (Proficient)',
      owner: 'ana',
    });
  },
};
/** Only Ana's own ratings, and no goals yet: every gap offers "Draft a goal". */
export const SelfAssessedOnly: Story = { args: { profile: selfAssessedProfile(), goals: [] } };
/** No target level: her current level's expectations are all met. */
export const NoTargetLevel: Story = { args: { profile: noTargetProfile() } };
/** A level that expects no competencies yet. */
export const Empty: Story = { args: { profile: emptyProfile(), goals: [] } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('2 von 3 Lücken haben ein Entwicklungsziel (67 %)'),
    ).toBeVisible();
  },
};
/**
 * Connected: Ana's gaps against Senior Engineer in the in-browser reference server (`personId`;
 * `GET /people/ana/gaps`): her development goal covers system design; "Draft a goal" still calls `onDraftGoal`.
 */
export const Connected: Story = {
  render: (args, { loaded }) => (
    <SeededCompetencies client={backendOf(loaded).client}>
      {(personId) => <GrowthPlan personId={personId} onDraftGoal={args.onDraftGoal} />}
    </SeededCompetencies>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('1 of 3 gaps have a development goal (33%)', {}, { timeout: 5000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Draft a goal for Communication' }));
    await expect(args.onDraftGoal).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'development', competencyIds: ['communication'], owner: 'ana' }),
    );
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <GrowthPlan personId="ana" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <GrowthPlan personId="ana" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'This could not be loaded.',
    );
  },
};
