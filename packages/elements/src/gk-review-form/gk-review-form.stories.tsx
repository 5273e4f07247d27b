import type { ReviewSaveDetail } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../define/gk-review-form.js';
import {
  cycleWithoutUpwardQuestions,
  managerReviewDraft,
  managerReviewShared,
  peerReviewDraft,
  reviewCycle,
  selfReviewDraft,
  selfReviewSubmitted,
  upwardReviewDraft,
} from '../../../../.storybook/reviewFixtures.js';
import { WithReviewOfAna } from '../../../../.storybook/reviewStory.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkReviewForm } from './gk-review-form.js';

const tag = 'gk-review-form';
const events = { 'gk-review-save': 'onSave', 'gk-review-transition': 'onTransition', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/ReviewForm/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: {
    review: selfReviewDraft(),
    cycle: reviewCycle(),
    timeZone: 'UTC',
    now: () => new Date('2026-04-01T10:42:00Z'),
    onSave: fn((detail: ReviewSaveDetail) =>
      Promise.resolve({ ...selfReviewDraft(), answers: [...detail.answers], version: detail.version + 1 }),
    ),
    onTransition: fn(() => Promise.resolve(selfReviewSubmitted())),
    onGkError: fn(),
  },
  argTypes: elementArgTypes(tag, GkReviewForm, events),
  parameters: elementParameters(tag, 'A performance review to write or read, with the goal evidence.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Ana's self review in draft: her three goals at the snapshot (one closed with its final grade), two answers given. */
export const SelfReviewDraft: Story = {
  play: async ({ canvasElement }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await expect(await form.findByRole('heading', { level: 2 })).toHaveTextContent('Self review');
    await expect(form.getByRole('region', { name: 'Goal evidence as of Mar 31, 2026' })).toBeVisible();
    await userEvent.type(form.getByRole('textbox', { name: 'What should change next cycle?' }), 'Start earlier');
    await userEvent.click(form.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(form.getByRole('status')).toHaveTextContent('Saved at 10:42 AM'));
  },
};
/** Submitting with a required rating left out lists it and takes the focus there; then a confirmation. */
export const SubmitWithMissingAnswer: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, tag);
    const form = within(root);
    await userEvent.click(form.getByRole('button', { name: 'Submit review…' }));
    await waitFor(() =>
      expect(form.getByRole('alert')).toHaveTextContent('Answer this required question before submitting:'),
    );
    const first = within(form.getByRole('radiogroup', { name: /collaboration/ })).getAllByRole('radio')[0];
    await waitFor(() => expect((root as unknown as ShadowRoot).activeElement).toBe(first));
  },
};
/** Dana's review of Ana: the potential question, on 1–3, that only managers are asked. */
export const ManagerReview: Story = { args: { review: managerReviewDraft() } };
/** Submitted: read-only, with the date. */
export const Submitted: Story = {
  args: { review: selfReviewSubmitted() },
  play: async ({ canvasElement }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await waitFor(() => expect(form.getByText('Submitted on Apr 2, 2026')).toBeVisible());
  },
};
/** Shared with Ana: she acknowledges she has read it. */
export const SharedAcknowledge: Story = {
  args: {
    review: managerReviewShared(),
    onTransition: fn(() => Promise.resolve({ ...managerReviewShared(), status: 'acknowledged', allowedActions: [] })),
  },
  play: async ({ canvasElement }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await userEvent.click(await form.findByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(form.getByRole('status')).toHaveTextContent('Acknowledged by the reviewee'));
  },
};
/** Ben's anonymous peer review: Ana will see only aggregates. */
export const AnonymousPeer: Story = { args: { review: peerReviewDraft() } };
/** The server refuses a rating at its path (`answers[0].rating`): its words at the question. */
export const ServerFieldError: Story = {
  args: {
    onSave: fn(() =>
      Promise.reject(
        Object.assign(new Error('invalid'), {
          status: 422,
          problems: [{ path: 'answers[0].rating', message: 'Ratings on this question close on Apr 3.' }],
        }),
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await userEvent.click(form.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(form.getByText('Ratings on this question close on Apr 3.')).toBeVisible());
  },
};
/** Someone saved meanwhile (412): the answers stay; save them over theirs, or use theirs. */
export const Conflict: Story = {
  args: {
    onSave: fn(() => Promise.reject(Object.assign(new Error('stale'), { status: 412 }))),
    latest: () => Promise.resolve({ ...selfReviewDraft(), version: 4 }),
  },
  play: async ({ canvasElement }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await userEvent.click(form.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(form.getByText(/Someone saved this review meanwhile/)).toBeVisible());
  },
};
/** An upward review in a cycle that asks upward reviewers nothing. */
export const NoQuestions: Story = { args: { review: upwardReviewDraft(), cycle: cycleWithoutUpwardQuestions() } };
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const form = within(await shadowOf(canvasElement, tag));
    await waitFor(() => expect(form.getByRole('heading', { level: 2 })).toHaveTextContent('Selbsteinschätzung'));
  },
};
/** Connected: Dana opens a cycle for Ana on the in-browser reference server, then writes her manager review. */
export const Connected: Story = {
  render: (args) => (
    <WithReviewOfAna>
      {(reviewId) => (
        <GkElement
          tag={tag}
          args={{ onGkError: (args as Record<string, unknown>).onGkError, reviewId }}
          events={events}
        />
      )}
    </WithReviewOfAna>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)).not.toBeNull(), { timeout: 5000 });
    const form = within(await shadowOf(canvasElement, tag));
    await waitFor(
      () => expect(form.getByRole('heading', { level: 2 })).toHaveTextContent('Manager review of Ana Lima'),
      {
        timeout: 5000,
      },
    );
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  args: { review: undefined, cycle: undefined, reviewId: 'rv-1' },
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  args: { review: undefined, cycle: undefined, reviewId: 'rv-1' },
};
