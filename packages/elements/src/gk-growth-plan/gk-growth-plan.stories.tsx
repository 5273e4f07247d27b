import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-growth-plan.js';
import { backendOf } from '../../../../.storybook/backend.js';
import {
  anaGoals,
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { SeededCompetencies } from '../../../../.storybook/competencyStory.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkGrowthPlan } from './gk-growth-plan.js';

const tag = 'gk-growth-plan';
const events = { 'gk-draft-goal': 'onGkDraftGoal' };
const onGkDraftGoal = fn();
const meta = {
  title: 'Widgets/GrowthPlan/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { profile: anaProfile(), goals: anaGoals(), onGkDraftGoal },
  argTypes: elementArgTypes(tag, GkGrowthPlan, events),
  parameters: elementParameters(tag, 'Gaps, the development goals covering them, and “Draft a goal” for the others.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Ana's gaps against senior engineer: two have a development goal (the lint goal is a standard one, so it does not
 * count); "Draft a goal" sends `gk-draft-goal` with a development goal for code quality.
 */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const plan = within(await shadowOf(canvasElement, tag));
    await expect(await plan.findByText('2 of 3 gaps have a development goal (67%)')).toBeVisible();
    await userEvent.click(plan.getByRole('button', { name: 'Draft a goal for Code quality' }));
    await waitFor(() =>
      expect(onGkDraftGoal).toHaveBeenCalledWith({
        kind: 'development',
        competencyIds: ['code-quality'],
        title: 'Grow Code quality to 4 (Proficient)',
        owner: 'ana',
      }),
    );
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
export const German: Story = { globals: { locale: 'de' } };
/**
 * Connected: Ana's gaps against Senior Engineer in the in-browser reference server (`person-id`;
 * `GET /people/ana/gaps`): her development goal covers system design; "Draft a goal" still sends `gk-draft-goal`.
 */
export const Connected: Story = {
  render: (args, { loaded }) => (
    <SeededCompetencies client={backendOf(loaded).client}>
      {(personId) => (
        <GkElement tag={tag} args={{ ...args, profile: undefined, goals: undefined, personId }} events={events} />
      )}
    </SeededCompetencies>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)).not.toBeNull(), { timeout: 5000 });
    const plan = within(await shadowOf(canvasElement, tag));
    await expect(
      await plan.findByText('1 of 3 gaps have a development goal (33%)', {}, { timeout: 5000 }),
    ).toBeVisible();
    await userEvent.click(plan.getByRole('button', { name: 'Draft a goal for Communication' }));
    await expect(onGkDraftGoal).toHaveBeenCalled();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { profile: undefined, goals: undefined, personId: 'ana' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { profile: undefined, goals: undefined, personId: 'ana' },
};
