import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { backendOf } from '../../../../.storybook/backend.js';
import {
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { SeededCompetencies } from '../../../../.storybook/competencyStory.js';
import { CompetencyMatrix, type CompetencyMatrixDataProps } from './CompetencyMatrix.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = CompetencyMatrix as ComponentType<CompetencyMatrixDataProps>;

const meta = {
  title: 'Widgets/CompetencyMatrix/React',
  component: Widget,
  args: { profile: anaProfile() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Ana, engineer working towards senior engineer: her system design rating is her own, presenting is not rated yet. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Expected at Senior engineer and assessed' });
    await expect(within(table).getByRole('rowheader', { name: /^System design/ })).toBeVisible();
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
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('table', { name: 'Erwartet für Senior engineer und bewertet' }),
    ).toBeVisible();
  },
};
/**
 * Connected: Ana in the in-browser reference server, placed as Engineer II working towards Senior Engineer on the
 * Engineering framework, with Dana's ratings (`personId`; `GET /people/ana/competencies`).
 */
export const Connected: Story = {
  render: (_args, { loaded }) => (
    <SeededCompetencies client={backendOf(loaded).client}>
      {(personId) => <CompetencyMatrix personId={personId} />}
    </SeededCompetencies>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole(
      'table',
      { name: 'Expected at Senior Engineer and assessed' },
      { timeout: 5000 },
    );
    await expect(within(table).getByRole('rowheader', { name: /^System design/ })).toBeVisible();
    await expect(canvas.getByText('Engineer II, working towards Senior Engineer')).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <CompetencyMatrix personId="ana" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <CompetencyMatrix personId="ana" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'This could not be loaded.',
    );
  },
};
