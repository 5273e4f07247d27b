import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { backendOf } from '../../../../.storybook/backend.js';
import {
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { SeededCompetencies } from '../../../../.storybook/competencyStory.js';
import { SkillRadar, type SkillRadarDataProps } from './SkillRadar.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = SkillRadar as ComponentType<SkillRadarDataProps>;

const meta = {
  title: 'Widgets/SkillRadar/React',
  component: Widget,
  args: { profile: anaProfile() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '36rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Ana against senior engineer: expected dashed, assessed filled; her own system design rating is a hollow point. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: /^Radar of 4 competencies/ })).toBeVisible();
    await userEvent.click(canvas.getByText('Show values'));
    await expect(canvas.getByRole('table', { name: 'Expected at Senior engineer and assessed' })).toBeVisible();
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
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Werte zeigen')).toBeVisible();
  },
};
/** Connected: Ana in the in-browser reference server (`personId`; `GET /people/ana/competencies`). */
export const Connected: Story = {
  render: (_args, { loaded }) => (
    <SeededCompetencies client={backendOf(loaded).client}>
      {(personId) => <SkillRadar personId={personId} />}
    </SeededCompetencies>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole(
        'img',
        { name: /^Radar of 6 competencies: expected at Senior Engineer against assessed/ },
        { timeout: 5000 },
      ),
    ).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <SkillRadar personId="ana" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <SkillRadar personId="ana" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'This could not be loaded.',
    );
  },
};
