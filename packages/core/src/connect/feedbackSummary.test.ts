import { describe, expect, it, vi } from 'vitest';
import { assist } from '../assist/assist.js';
import { createFakeProvider } from '../assist/fakeProvider.js';
import { de } from '../i18n/de/assist.js';
import { registerMessages } from '../i18n/registry.js';
import { connectFeedbackThread, type FeedbackSummaryAnswer } from './connectFeedbackThread.js';
import { createFeedbackThreadController, type FeedbackThreadControllerOptions } from './feedbackThreadController.js';
import type { CommentData } from './widgetData.js';

const comments: CommentData[] = [
  {
    id: 'c1',
    kind: 'comment',
    body: 'The cache change halved build time.',
    authorName: 'Ana',
    createdAt: '2026-03-01T10:00:00Z',
  },
  {
    id: 'c2',
    kind: 'kudos',
    body: 'Great rollback docs.',
    authorName: 'Ben',
    createdAt: '2026-03-02T10:00:00Z',
  },
];

function setup(options: Partial<FeedbackThreadControllerOptions> = {}) {
  const focusSelector = vi.fn();
  const controller = createFeedbackThreadController({
    objectiveId: () => 'o1',
    post: () => undefined,
    focusSelector,
    ...options,
  });
  const view = (summarise = true) =>
    connectFeedbackThread({ objectiveId: 'o1', comments, composer: controller.getSnapshot(), summarise });
  return { controller, focusSelector, view };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the feedback thread\u2019s summary', () => {
  it('is not in the view unless offered, and then leaves the rest of the view as it was but for focus targets', () => {
    const { view } = setup();
    expect(view(false).summary).toBeUndefined();
    expect(view(false).items[0]?.item).toEqual({
      'data-scope': 'feedback-thread',
      'data-part': 'item',
      'data-kind': 'comment',
    });
    expect(view(true).summary?.buttonText).toBe('Summarise');
    expect(view(true).items[0]?.item).toMatchObject({ 'data-comment-id': 'c1', tabindex: -1 });
  });

  it('refuses fewer than 2 comments without asking, in words', () => {
    const summarise = vi.fn();
    const { controller, view } = setup({ summarise });
    controller.send({ type: 'summarise', entries: 1 });
    expect(summarise).not.toHaveBeenCalled();
    expect(view().summary?.statusText).toBe('A summary needs at least 2 entries.');
    expect(view().summary?.status).toMatchObject({ role: 'status', 'data-state': 'error' });
  });

  it('shows the fake provider\u2019s summary, each sentence with citations numbered as the thread, and moves focus', async () => {
    const fake = createFakeProvider();
    const { controller, view, focusSelector } = setup({
      summarise: (objectiveId) =>
        assist(fake, 'summarise-feedback', {
          subject: { kind: 'objective', id: objectiveId },
          entries: comments.map((c) => ({ id: c.id, text: c.body, author: c.authorName })),
        }) as Promise<FeedbackSummaryAnswer>,
    });
    controller.send({ type: 'summarise', entries: 2 });
    expect(view().summary?.statusText).toBe('Summarising the feedback…');
    expect(view().summary?.button).toMatchObject({ 'aria-busy': 'true' });
    await flush();
    const result = view().summary?.result;
    expect(result?.panel).toMatchObject({ role: 'region' });
    expect(result?.sentences[0]?.citations.map((c) => c.text)).toEqual(['[1]', '[2]']);
    expect(result?.sentences[0]?.citations[1]?.button).toMatchObject({ 'aria-label': 'Comment 2', 'data-cites': 'c2' });
    expect(focusSelector).toHaveBeenLastCalledWith('[data-scope="feedback-thread"][data-part="summary-heading"]');
    controller.send({ type: 'cite', commentId: 'c2' });
    expect(focusSelector).toHaveBeenLastCalledWith('[data-comment-id="c2"]');
    controller.send({ type: 'summary-dismiss' });
    expect(view().summary?.result).toBeUndefined();
    expect(focusSelector).toHaveBeenLastCalledWith('[data-scope="feedback-thread"][data-part="summarise"]');
  });

  it('says a refusal and a failure in words, in German too', async () => {
    registerMessages('de', { assist: de });
    let answer: Promise<FeedbackSummaryAnswer> = Promise.resolve({ ok: false, reason: 'invisible-citation' });
    const { controller, view } = setup({ summarise: () => answer });
    controller.send({ type: 'summarise', entries: 2 });
    await flush();
    expect(view().summary?.statusText).toBe('The summary cited entries you cannot see, so it was not used.');
    answer = Promise.reject(new Error('offline'));
    controller.send({ type: 'summarise', entries: 2 });
    await flush();
    const german = connectFeedbackThread({
      objectiveId: 'o1',
      comments,
      composer: controller.getSnapshot(),
      summarise: true,
      locale: 'de',
    });
    expect(german.summary?.statusText).toBe('Der Vorschlag konnte nicht geladen werden. Bitte erneut versuchen.');
  });
});
