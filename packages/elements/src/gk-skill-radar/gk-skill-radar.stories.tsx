import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-skill-radar.js';
import { backendOf } from '../../../../.storybook/backend.js';
import {
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { SeededCompetencies } from '../../../../.storybook/competencyStory.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkSkillRadar } from './gk-skill-radar.js';

const tag = 'gk-skill-radar';
const meta = {
  title: 'Widgets/SkillRadar/Elements',
  render: (args) => <GkElement tag={tag} args={args} />,
  args: { profile: anaProfile() },
  argTypes: elementArgTypes(tag, GkSkillRadar),
  parameters: elementParameters(tag, 'A radar of expected against assessed levels, with a table of every value.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '36rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Ana against senior engineer: expected dashed, assessed filled; her own system design rating is a hollow point. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const radar = within(await shadowOf(canvasElement, tag));
    await expect(await radar.findByRole('img', { name: /^Radar of 4 competencies/ })).toBeVisible();
    await userEvent.click(radar.getByText('Show values'));
    await waitFor(() =>
      expect(radar.getByRole('table', { name: 'Expected at Senior engineer and assessed' })).toBeVisible(),
    );
  },
};
/** Only Ana's own ratings so far: every point is hollow, and the table says "Self-assessed". */
export const SelfAssessedOnly: Story = { args: { profile: selfAssessedProfile() } };
/** No target level: compared with what her current level expects. */
export const NoTargetLevel: Story = { args: { profile: noTargetProfile() } };
/** A level that expects no competencies yet. */
export const Empty: Story = { args: { profile: emptyProfile() } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
/** Connected: Ana in the in-browser reference server (`person-id`; `GET /people/ana/competencies`). */
export const Connected: Story = {
  render: (args, { loaded }) => (
    <SeededCompetencies client={backendOf(loaded).client}>
      {(personId) => <GkElement tag={tag} args={{ ...args, profile: undefined, personId }} />}
    </SeededCompetencies>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)).not.toBeNull(), { timeout: 5000 });
    const radar = within(await shadowOf(canvasElement, tag));
    await expect(
      await radar.findByRole(
        'img',
        { name: /^Radar of 6 competencies: expected at Senior Engineer against assessed/ },
        { timeout: 5000 },
      ),
    ).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { profile: undefined, personId: 'ana' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { profile: undefined, personId: 'ana' },
};
