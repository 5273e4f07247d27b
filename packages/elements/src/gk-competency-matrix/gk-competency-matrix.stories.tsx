import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import '../define/gk-competency-matrix.js';
import { backendOf } from '../../../../.storybook/backend.js';
import {
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { SeededCompetencies } from '../../../../.storybook/competencyStory.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkCompetencyMatrix } from './gk-competency-matrix.js';

const tag = 'gk-competency-matrix';
const meta = {
  title: 'Widgets/CompetencyMatrix/Elements',
  render: (args) => <GkElement tag={tag} args={args} />,
  args: { profile: anaProfile() },
  argTypes: elementArgTypes(tag, GkCompetencyMatrix),
  parameters: elementParameters(tag, 'Expected against assessed per competency, as a table.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Ana, engineer working towards senior engineer: her system design rating is her own, presenting is not rated yet. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const matrix = within(await shadowOf(canvasElement, tag));
    const table = await matrix.findByRole('table', { name: 'Expected at Senior engineer and assessed' });
    await expect(within(table).getByText('Self-assessed')).toBeVisible();
    await expect(within(table).getByText('2 levels short')).toBeVisible();
  },
};
/** Only Ana's own ratings so far: each is flagged "Self-assessed". */
export const SelfAssessedOnly: Story = { args: { profile: selfAssessedProfile() } };
/** No target level: compared with what her current level expects, all met. */
export const NoTargetLevel: Story = { args: { profile: noTargetProfile() } };
/** A level that expects no competencies yet. */
export const Empty: Story = { args: { profile: emptyProfile() } };
/** 320 px: the table scrolls sideways inside its focusable region, the page does not. */
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
    const matrix = within(await shadowOf(canvasElement, tag));
    const table = await matrix.findByRole(
      'table',
      { name: 'Expected at Senior Engineer and assessed' },
      { timeout: 5000 },
    );
    await expect(within(table).getByRole('rowheader', { name: /^System design/ })).toBeVisible();
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
