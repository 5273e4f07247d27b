import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { FeedbackSummaryAnswer } from '@goalkit/core/connect';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-feedback-thread.js';
import { axeViolations } from '../../test/axe.js';
import { expectFocus, focused, json, mount, mountConnected, routedFetch } from '../../test/connected.js';
import type { GkFeedbackThread } from './gk-feedback-thread.js';

const comment = (id: string, body: string, authorName = 'Ana') => ({
  id,
  objectiveId: 'o1',
  kind: 'comment' as const,
  body,
  authorId: 'u',
  authorName,
  createdAt: '2026-02-14T10:00:00Z',
});
const comments = [
  comment('c1', 'The cache change halved build time.'),
  comment('c2', 'Please document the rollback.', 'Ben'),
];

async function thread(setup: (element: GkFeedbackThread) => void) {
  const element = mount<GkFeedbackThread>(
    '<gk-feedback-thread objective-id="o1"></gk-feedback-thread>',
    'gk-feedback-thread',
  );
  setup(element);
  await element.updateComplete;
  return element;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<gk-feedback-thread> summary', () => {
  it('is not offered without the assist property', async () => {
    await thread((element) => {
      element.comments = comments;
    });
    await expect.element(page.getByText('The cache change halved build time.')).toBeVisible();
    expect(page.getByRole('button', { name: 'Summarise' }).elements()).toHaveLength(0);
  });

  it('summarises with the fake provider, every sentence citing its comments; a citation moves focus to the comment', async () => {
    const fake = createFakeProvider();
    await thread((element) => {
      element.comments = comments;
      element.assist = (objectiveId) =>
        assist(fake, 'summarise-feedback', {
          subject: { kind: 'objective', id: objectiveId },
          entries: comments.map((c) => ({ id: c.id, text: c.body, author: c.authorName })),
        }) as Promise<FeedbackSummaryAnswer>;
    });
    await page.getByRole('button', { name: 'Summarise' }).click();
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect.element(summary).toBeVisible();
    await expectFocus(summary.getByRole('heading', { name: 'Summary' }));
    expect(await axeViolations()).toEqual([]);
    await summary.getByRole('button', { name: 'Comment 2' }).first().click();
    await vi.waitFor(() => expect(focused()?.textContent).toContain('Please document the rollback.'));
    await summary.getByRole('button', { name: 'Close summary' }).click();
    await expectFocus(page.getByRole('button', { name: 'Summarise' }));
  });

  it('refuses under 2 comments with the reason, without asking', async () => {
    const ask = vi.fn();
    await thread((element) => {
      element.comments = comments.slice(0, 1);
      element.assist = ask;
    });
    await page.getByRole('button', { name: 'Summarise' }).click();
    await expect.element(page.getByText('A summary needs at least 2 entries.')).toBeVisible();
    expect(ask).not.toHaveBeenCalled();
  });

  it('connected: offered when GET /assist lists it inside <gk-provider assist>, refusals in words', async () => {
    const { fetch, calls } = routedFetch({
      'GET /objectives/o1/comments': () => json({ items: comments }),
      'GET /assist': () => json({ tasks: ['summarise-feedback'] }),
      'POST /assist/summarise-feedback': () =>
        json({ ok: false, task: 'summarise-feedback', reason: 'invisible-citation', message: 'refused' }),
    });
    mountConnected('<gk-feedback-thread objective-id="o1"></gk-feedback-thread>', 'gk-feedback-thread', fetch, {
      assist: true,
    });
    await page.getByRole('button', { name: 'Summarise' }).click();
    await expect.element(page.getByText('The summary cited entries you cannot see, so it was not used.')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ subject: { kind: 'objective', id: 'o1' } });
  });
});
