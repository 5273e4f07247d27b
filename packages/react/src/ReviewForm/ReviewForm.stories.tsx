import type { ReviewSaveDetail } from '@goalkit/core/connect';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
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
import { ReviewForm, type ReviewFormDataProps } from './ReviewForm.js';

/** Stories show the presentational props; connected states render their own. */
const Widget = ReviewForm as ComponentType<ReviewFormDataProps>;

const meta = {
  title: 'Widgets/ReviewForm/React',
  component: Widget,
  args: {
    review: selfReviewDraft(),
    cycle: reviewCycle(),
    timeZone: 'UTC',
    now: () => new Date('2026-04-01T10:42:00Z'),
    onSave: fn(
      (detail: ReviewSaveDetail): Promise<unknown> =>
        Promise.resolve({ ...selfReviewDraft(), answers: [...detail.answers], version: detail.version + 1 }),
    ),
    onTransition: fn(() => Promise.resolve(selfReviewSubmitted())),
  },
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'de'] } },
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<typeof Widget>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Ana's self review in draft: her three goals at the snapshot (one closed with its final grade), two answers given. */
export const SelfReviewDraft: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Self review' })).toBeVisible();
    const evidence = canvas.getByRole('region', { name: 'Goal evidence as of Mar 31, 2026' });
    await expect(within(evidence).getByRole('listitem', { name: 'Ship self-serve onboarding' })).toHaveTextContent(
      'final grade, given at the close',
    );
    await userEvent.type(canvas.getByRole('textbox', { name: 'What should change next cycle?' }), 'Start earlier');
    await expect(canvas.getByText('Unsaved changes')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Save draft' }));
    await expect(await canvas.findByText('Saved at 10:42 AM')).toBeVisible();
    await expect(canvas.queryByText('Unsaved changes')).toBeNull();
  },
};
/** Submitting with a required rating left out lists it and takes the focus there; then a confirmation. */
export const SubmitWithMissingAnswer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Submit review…' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Answer this required question before submitting:');
    const collaboration = canvas.getByRole('radiogroup', { name: /collaboration/ });
    await waitFor(() => expect(within(collaboration).getAllByRole('radio')[0]).toHaveFocus());
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await userEvent.click(canvas.getByRole('button', { name: 'Submit review…' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Submit' })).toHaveFocus());
  },
};
/** Dana's review of Ana: the potential question, on 1–3, that only managers are asked. */
export const ManagerReview: Story = {
  args: { review: managerReviewDraft() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radiogroup', { name: /larger role/ })).toHaveTextContent('3 — great potential');
  },
};
/** Submitted: read-only, with the date. */
export const Submitted: Story = {
  args: { review: selfReviewSubmitted() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Submitted on Apr 2, 2026')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};
/** Shared with Ana: she acknowledges she has read it. */
export const SharedAcknowledge: Story = {
  args: {
    review: managerReviewShared(),
    onTransition: fn(() => Promise.resolve({ ...managerReviewShared(), status: 'acknowledged', allowedActions: [] })),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Acknowledge' }));
    await expect(await canvas.findByText('Acknowledged by the reviewee', { selector: '[role=status]' })).toBeVisible();
  },
};
/** Ben's anonymous peer review: Ana will see only aggregates. */
export const AnonymousPeer: Story = {
  args: { review: peerReviewDraft() },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(/Ana Lima will see only aggregates of 3 or more responses/),
    ).toBeVisible();
  },
};
/** The server refuses a rating at its path (`answers[0].rating`): its words at the question, with focus. */
export const ServerFieldError: Story = {
  args: {
    onSave: fn(
      (_detail: ReviewSaveDetail): Promise<unknown> =>
        Promise.reject(
          Object.assign(new Error('invalid'), {
            status: 422,
            problems: [{ path: 'answers[0].rating', message: 'Ratings on this question close on Apr 3.' }],
          }),
        ),
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save draft' }));
    await expect(await canvas.findByText('Ratings on this question close on Apr 3.')).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent('Some answers were not accepted');
  },
};
/** Someone saved meanwhile (412): the answers stay; save them over theirs, or use theirs. */
export const Conflict: Story = {
  args: {
    onSave: fn(
      (_detail: ReviewSaveDetail): Promise<unknown> =>
        Promise.reject(Object.assign(new Error('stale'), { status: 412 })),
    ),
    latest: () => Promise.resolve({ ...selfReviewDraft(), version: 4 }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'What should change next cycle?' }), 'Mine');
    await userEvent.click(canvas.getByRole('button', { name: 'Save draft' }));
    await expect(await canvas.findByText(/Someone saved this review meanwhile/)).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'What should change next cycle?' })).toHaveValue('Mine');
  },
};
/** An upward review in a cycle that asks upward reviewers nothing. */
export const NoQuestions: Story = {
  args: { review: upwardReviewDraft(), cycle: cycleWithoutUpwardQuestions() },
};
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '320px' }}>{Story()}</div>],
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2, name: 'Selbsteinschätzung' })).toBeVisible();
  },
};
/** Connected: Dana opens a cycle for Ana on the in-browser reference server, then writes her manager review. */
export const Connected: Story = {
  render: () => <WithReviewOfAna>{(reviewId) => <ReviewForm reviewId={reviewId} />}</WithReviewOfAna>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { level: 2, name: 'Manager review of Ana Lima' }, { timeout: 5000 }),
    ).toBeVisible();
    await userEvent.click(
      within(canvas.getByRole('radiogroup', { name: /delivered/ })).getByRole('radio', { name: '4' }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Save draft' }));
    await expect(await canvas.findByText(/Saved at/, {}, { timeout: 5000 })).toBeVisible();
  },
};
export const Loading: Story = {
  parameters: { backend: { mode: 'loading' } },
  render: () => <ReviewForm reviewId="rv-1" />,
};
export const LoadError: Story = {
  parameters: { backend: { mode: 'error' } },
  render: () => <ReviewForm reviewId="rv-1" />,
  play: async ({ canvasElement }) => {
    // The conversation queries retry a 503 twice with TanStack's default delays (1 s, 2 s) before giving up.
    await expect(
      await within(canvasElement).findByRole('button', { name: 'Try again' }, { timeout: 6000 }),
    ).toBeVisible();
  },
};
