import { describe, expect, it, vi } from 'vitest';
import type { ReviewFormCycleData, ReviewFormReviewData } from './connectReviewForm.js';
import { createReviewFormController, type ReviewSaveDetail } from './reviewFormController.js';

const cycle: ReviewFormCycleData = {
  name: 'Q1 2026 reviews',
  steps: [{ kind: 'self', dueAt: '2026-04-03', anonymous: false, minResponses: 1 }],
  questions: [
    { id: 'q1', text: 'Delivery', type: 'rating', kinds: ['self'] },
    { id: 'q2', text: 'Collaboration', type: 'rating', kinds: ['self'] },
    { id: 'q3', text: 'What went well?', type: 'text', kinds: ['self'] },
  ],
};
const review = (overrides: Partial<ReviewFormReviewData> = {}): ReviewFormReviewData => ({
  id: 'r1',
  cycleId: 'c1',
  revieweeName: 'Ana Lima',
  reviewerName: 'Ana Lima',
  kind: 'self',
  status: 'draft',
  answers: [],
  submittedAt: null,
  allowedActions: ['edit', 'submit'],
  version: 3,
  ...overrides,
});

function setup(options: {
  save?: (detail: ReviewSaveDetail) => unknown;
  transition?: (detail: unknown) => unknown;
  latest?: () => Promise<ReviewFormReviewData | undefined>;
}) {
  const focus = vi.fn();
  const save = vi.fn(options.save ?? (() => undefined));
  const transition = vi.fn(options.transition ?? (() => undefined));
  const controller = createReviewFormController({
    review: review(),
    cycle,
    save: save as never,
    transition: transition as never,
    latest: options.latest,
    focus,
    now: () => new Date('2026-04-01T10:42:00Z'),
  });
  return { controller, focus, save, transition };
}

describe('the review form controller', () => {
  it('saves the draft against the version written from, once at a time, and records when', async () => {
    let resolve: (value: ReviewFormReviewData) => void = () => {};
    const { controller, save } = setup({ save: () => new Promise((r) => (resolve = r)) });
    controller.send({ type: 'rating', questionId: 'q1', rating: 4 });
    controller.send({ type: 'save' });
    controller.send({ type: 'save' });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      reviewId: 'r1',
      version: 3,
      answers: [
        { questionId: 'q1', rating: 4 },
        { questionId: 'q2', rating: null },
        { questionId: 'q3', text: null },
      ],
    });
    resolve(review({ version: 4, answers: [{ questionId: 'q1', rating: 4 }] }));
    await vi.waitFor(() => expect(controller.getSnapshot().busy).toBeUndefined());
    expect(controller.getSnapshot()).toMatchObject({ savedAt: '2026-04-01T10:42:00.000Z' });
    expect(controller.getSnapshot().review.version).toBe(4);
  });

  it('moves focus to the first missing answer, then to the confirmation, and back to Submit on cancel', () => {
    const { controller, focus, transition } = setup({});
    controller.send({ type: 'rating', questionId: 'q2', rating: 3 });
    controller.send({ type: 'submit' });
    expect(focus).toHaveBeenLastCalledWith(expect.stringContaining('[data-question="q1"]'));
    expect(transition).not.toHaveBeenCalled();
    controller.send({ type: 'focus-question', questionId: 'q1' });
    expect(focus).toHaveBeenLastCalledWith(expect.stringContaining('[data-part="rating-input"][data-question="q1"]'));
    controller.send({ type: 'rating', questionId: 'q1', rating: 5 });
    controller.send({ type: 'submit' });
    expect(focus).toHaveBeenLastCalledWith('[data-scope="review-form"][data-part="confirm-submit"]');
    controller.send({ type: 'cancel-submit' });
    expect(focus).toHaveBeenLastCalledWith('[data-scope="review-form"][data-part="submit"]');
  });

  it('saves unsaved answers before submitting, then focuses the status', async () => {
    const { controller, focus, save, transition } = setup({
      transition: () => Promise.resolve(review({ status: 'submitted', allowedActions: [], version: 5 })),
    });
    controller.send({ type: 'rating', questionId: 'q1', rating: 5 });
    controller.send({ type: 'rating', questionId: 'q2', rating: 4 });
    controller.send({ type: 'submit' });
    controller.send({ type: 'confirm-submit' });
    expect(save).toHaveBeenCalledTimes(1);
    expect(transition).toHaveBeenCalledWith({ reviewId: 'r1', action: 'submit' });
    await vi.waitFor(() => expect(controller.getSnapshot().review.status).toBe('submitted'));
    expect(focus).toHaveBeenLastCalledWith('[data-scope="review-form"][data-part="state"]');
  });

  it('shows a 422 at the questions with focus on the first, keeping the answers', async () => {
    const refusal = Object.assign(new Error('invalid'), {
      status: 422,
      problems: [{ path: 'answers[1].rating', message: 'rating 7 is outside the scale 1–5' }],
    });
    const { controller, focus } = setup({ save: () => Promise.reject(refusal) });
    controller.send({ type: 'rating', questionId: 'q2', rating: 4 });
    controller.send({ type: 'save' });
    await vi.waitFor(() => expect(controller.getSnapshot().failure).toBe('invalid'));
    expect(controller.getSnapshot().errors).toEqual({
      q2: { kind: 'server', message: 'rating 7 is outside the scale 1–5' },
    });
    expect(controller.getSnapshot().draft.q2?.rating).toBe(4);
    expect(focus).toHaveBeenLastCalledWith(expect.stringContaining('[data-question="q2"]'));
  });

  it('on a 412 fetches their version and keeps the draft; saving again goes against theirs', async () => {
    const theirs = review({ version: 9, answers: [{ questionId: 'q3', text: 'Theirs' }] });
    let calls = 0;
    const { controller, save } = setup({
      save: () => (++calls === 1 ? Promise.reject(Object.assign(new Error('stale'), { status: 412 })) : undefined),
      latest: () => Promise.resolve(theirs),
    });
    controller.send({ type: 'text', questionId: 'q3', text: 'Mine' });
    controller.send({ type: 'save' });
    await vi.waitFor(() => expect(controller.getSnapshot().conflict).toBeDefined());
    expect(controller.getSnapshot().draft.q3?.text).toBe('Mine');
    controller.send({ type: 'keep-mine' });
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ version: 9 }));
    await vi.waitFor(() => expect(controller.getSnapshot().busy).toBeUndefined());
    expect(controller.getSnapshot().saved.q3?.text).toBe('Mine');
  });

  it('acknowledges a shared review; a failure says so and leaves the button', async () => {
    const focus = vi.fn();
    const transition = vi
      .fn()
      .mockReturnValueOnce(Promise.reject(new Error('offline')))
      .mockReturnValueOnce(undefined);
    const controller = createReviewFormController({
      review: review({ kind: 'self', status: 'shared', allowedActions: ['acknowledge'] }),
      cycle,
      save: () => undefined,
      transition,
      focus,
    });
    controller.send({ type: 'acknowledge' });
    await vi.waitFor(() => expect(controller.getSnapshot().failure).toBe('acknowledge'));
    controller.send({ type: 'acknowledge' });
    expect(controller.getSnapshot().review.status).toBe('acknowledged');
    expect(focus).toHaveBeenLastCalledWith('[data-scope="review-form"][data-part="state"]');
  });
});
