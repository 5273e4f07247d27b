import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { FeedbackSummaryAnswer } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import '../define/gk-feedback-thread.js';
import { multilingualTitle, now } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkFeedbackThread } from './gk-feedback-thread.js';

const tag = 'gk-feedback-thread';
const events = { 'gk-comment': 'onGkComment', 'gk-error': 'onGkError' };
const comments = [
  {
    id: 'c1',
    kind: 'comment' as const,
    body: 'Can we add the trial cohort to the baseline?',
    authorName: 'Ana',
    createdAt: '2026-02-12T10:00:00Z',
  },
  {
    id: 'c2',
    kind: 'kudos' as const,
    body: 'The new checklist is great, activation is up 4 points!',
    authorName: 'Ben',
    createdAt: '2026-02-14T16:30:00Z',
  },
];
const meta = {
  title: 'Widgets/FeedbackThread/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: { objectiveId: 'o1', comments, now, onGkComment: fn(), onGkError: fn() },
  argTypes: elementArgTypes(tag, GkFeedbackThread, events),
  parameters: elementParameters(tag, 'Comments and kudos on an objective, as plain text, posted idempotently.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '32rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Thread: Story = {};
export const Empty: Story = { args: { comments: [] } };
export const ReadOnly: Story = { args: { readOnly: true } };
export const Multilingual: Story = { args: { comments: [{ ...comments[0], body: multilingualTitle }] } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
/** Connected: the post goes to the in-browser backend and appears in the thread. */
export const Connected: Story = {
  args: { comments: undefined },
  play: async ({ canvasElement }) => {
    const thread = within(await shadowOf(canvasElement, tag));
    await expect(await thread.findByText('Can we add the trial cohort to the baseline?')).toBeVisible();
    await userEvent.type(thread.getByRole('textbox'), 'Great progress this week');
    await userEvent.click(thread.getByRole('button', { name: 'Post' }));
    await expect(await thread.findByText('Great progress this week')).toBeVisible();
  },
};
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: { comments: undefined } };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: { comments: undefined } };

/** Core's fake provider summarising the thread, each sentence citing the comments it rests on. */
const summarise = (objectiveId: string) =>
  assist(createFakeProvider(), 'summarise-feedback', {
    subject: { kind: 'objective', id: objectiveId },
    entries: comments.map((c) => ({ id: c.id, text: c.body, author: c.authorName })),
  }) as Promise<FeedbackSummaryAnswer>;

/** "Summarise" with core's fake provider: sentences with their citations; a citation focuses its comment. */
export const Summary: Story = {
  args: { assist: summarise },
  play: async ({ canvasElement }) => {
    const thread = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await thread.findByRole('button', { name: 'Summarise' }));
    const summary = await thread.findByRole('region', { name: 'Summary' });
    await expect(within(summary).getAllByRole('button', { name: 'Comment 2' })[0]).toBeVisible();
  },
};
/** No summary of a single comment: refused with the reason, without asking. */
export const SummaryRefused: Story = {
  args: { comments: comments.slice(0, 1), assist: summarise },
  play: async ({ canvasElement }) => {
    const thread = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await thread.findByRole('button', { name: 'Summarise' }));
    await expect(await thread.findByText('A summary needs at least 2 entries.')).toBeVisible();
  },
};
/** Connected: the in-browser server runs with the fake AI provider and summarises the comments it lets Dana see. */
export const ConnectedSummary: Story = {
  parameters: { backend: { assist: true } },
  args: { comments: undefined },
  play: async ({ canvasElement }) => {
    const thread = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await thread.findByRole('button', { name: 'Summarise' }, { timeout: 5000 }));
    await expect(
      await thread.findByText(/pieces of feedback|A summary needs at least 2 entries\./, {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};
