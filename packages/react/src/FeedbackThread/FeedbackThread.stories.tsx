import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { FeedbackSummaryAnswer } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { longTitle, multilingualTitle, now } from '../__tests__/storyData.js';
import { FeedbackThread, type FeedbackThreadDataProps } from './FeedbackThread.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = FeedbackThread as ComponentType<FeedbackThreadDataProps>;

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
  title: 'Widgets/FeedbackThread/React',
  component: Widget,
  args: { objectiveId: 'o1', comments, now, onComment: fn() },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '32rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Thread: Story = {};
export const Empty: Story = { args: { comments: [] } };
export const ReadOnly: Story = { args: { canPost: false } };
export const LongAndMultilingual: Story = {
  args: {
    comments: [
      { ...comments[0], body: longTitle } as (typeof comments)[number],
      { ...comments[1], body: multilingualTitle } as (typeof comments)[number],
    ],
  },
};
/** Plain text only: markup in a comment shows as the characters typed. */
export const MarkupStaysText: Story = {
  args: {
    comments: [{ ...comments[0], body: '<img src=x onerror=alert(1)> <b>bold?</b>' } as (typeof comments)[number]],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('<img src=x onerror=alert(1)> <b>bold?</b>')).toBeVisible();
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** Connected: posting goes through the client to the in-browser backend and appears in the thread. */
export const Connected: Story = {
  render: () => <FeedbackThread objectiveId="o1" now={now} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Can we add the trial cohort to the baseline?')).toBeVisible();
    const box = canvas.getByRole('textbox');
    await userEvent.type(box, 'Great progress this week');
    await userEvent.click(canvas.getByRole('button', { name: /post/i }));
    await expect(await canvas.findByText('Great progress this week')).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <FeedbackThread objectiveId="o1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <FeedbackThread objectiveId="o1" />,
};

/** Core's fake provider summarising the thread, each sentence citing the comments it rests on. */
const summarise = (objectiveId: string) =>
  assist(createFakeProvider(), 'summarise-feedback', {
    subject: { kind: 'objective', id: objectiveId },
    entries: comments.map((c) => ({ id: c.id, text: c.body, author: c.authorName })),
  }) as Promise<FeedbackSummaryAnswer>;

/** "Summarise" with core's fake provider: sentences with their citations; a citation focuses its comment. */
export const Summary: Story = {
  args: { onAssist: summarise },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Summarise' }));
    const summary = await canvas.findByRole('region', { name: 'Summary' });
    await expect(within(summary).getAllByRole('button', { name: 'Comment 2' })[0]).toBeVisible();
  },
};
/** No summary of a single comment: refused with the reason, without asking. */
export const SummaryRefused: Story = {
  args: { comments: comments.slice(0, 1), onAssist: summarise },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Summarise' }));
    await expect(await canvas.findByText('A summary needs at least 2 entries.')).toBeVisible();
  },
};
/** Summarising: the action is busy and the status says so (the provider never answers). */
export const SummaryLoading: Story = {
  args: { onAssist: () => new Promise<FeedbackSummaryAnswer>(() => {}) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Summarise' }));
    await expect(await canvas.findByText('Summarising the feedback…')).toBeVisible();
  },
};
/** Connected: the in-browser server runs with the fake AI provider and summarises the comments it lets Dana see. */
export const ConnectedSummary: Story = {
  parameters: { backend: { assist: true } },
  render: () => <FeedbackThread objectiveId="o1" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Summarise' }, { timeout: 5000 }));
    await expect(
      await canvas.findByText(/pieces of feedback|A summary needs at least 2 entries\./, {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};
