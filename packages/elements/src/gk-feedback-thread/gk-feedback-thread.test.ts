import type { LiveEvent } from '@goalkit/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-feedback-thread.js';
import { axeViolations } from '../../test/axe.js';
import { expectFocus, json, mount, mountConnected, problem, record, routedFetch, XSS } from '../../test/connected.js';
import type { GkCommentEvent, GkErrorEvent } from '../events.js';
import type { GkFeedbackThread } from './gk-feedback-thread.js';

const comment = (id: string, body: string, kind: 'comment' | 'kudos' = 'comment') => ({
  id,
  objectiveId: 'o1',
  kind,
  body,
  authorId: 'u',
  authorName: 'Ana',
  createdAt: '2026-02-14T10:00:00Z',
});

async function thread(
  comments: ReturnType<typeof comment>[],
  markup = '<gk-feedback-thread objective-id="o1"></gk-feedback-thread>',
) {
  const element = mount<GkFeedbackThread>(markup, 'gk-feedback-thread');
  element.comments = comments;
  element.now = '2026-02-15T10:00:00Z';
  await element.updateComplete;
  return element;
}

const box = () => page.getByRole('textbox', { name: 'Your comment' });

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-feedback-thread>', () => {
  it('shows comments and kudos as plain text', async () => {
    const element = await thread([comment('c1', XSS), comment('c2', 'Great launch!', 'kudos')]);
    const list = page.getByRole('list');
    await expect.element(list.getByText(XSS)).toBeVisible();
    await expect.element(list.getByText('Kudos from Ana')).toBeVisible();
    expect(list.getByText('yesterday').elements()).toHaveLength(2);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('posts kudos by keyboard, keeps the text after a failure and retries with the same key', async () => {
    await thread([]);
    let attempt = 0;
    const posts = record<GkCommentEvent>(document, 'gk-comment');
    document.addEventListener('gk-comment', (event) =>
      event.waitUntil(++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()),
    );
    await expect.element(page.getByText('No comments or kudos yet.')).toBeVisible();
    (page.getByRole('radio', { name: 'Comment' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('radio', { name: 'Kudos' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('Thanks!');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Your comment could not be posted. It is kept here.');
    await expect.element(box()).toHaveValue('Thanks!');
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.element(box()).toHaveValue('');
    expect(posts[0]?.detail).toMatchObject({ objectiveId: 'o1', kind: 'kudos', body: 'Thanks!' });
    expect(posts[1]?.detail.idempotencyKey).toBe(posts[0]?.detail.idempotencyKey);
  });

  it('refuses an empty post and focuses the text box', async () => {
    const element = await thread([]);
    await page.getByRole('button', { name: 'Post' }).click();
    await expect.element(box()).toHaveAttribute('aria-invalid', 'true');
    expect(element.shadowRoot?.querySelector('[part="error"]')?.textContent).toBe('Write something first.');
    await expectFocus(box());
  });

  it('hides the composer when read-only', async () => {
    await thread([comment('c1', 'Hi')], '<gk-feedback-thread objective-id="o1" read-only></gk-feedback-thread>');
    await expect.element(page.getByRole('button', { name: 'Post' })).not.toBeInTheDocument();
  });

  describe('connected', () => {
    it('loads comments, posts idempotently and shows the new one', async () => {
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1/comments': () => json({ items: [comment('c1', 'First')] }),
        'POST /objectives/o1/comments': (body) =>
          json({ ...comment('c2', (body as { body: string }).body), createdAt: '2026-02-15T10:00:00Z' }, 201),
      });
      mountConnected('<gk-feedback-thread objective-id="o1"></gk-feedback-thread>', 'gk-feedback-thread', fetch);
      await expect.element(page.getByText('First')).toBeVisible();
      await box().fill('Second');
      await page.getByRole('button', { name: 'Post' }).click();
      await expect.element(page.getByText('Second', { exact: true })).toBeVisible();
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.body).toEqual({ kind: 'comment', body: 'Second' });
      expect(post?.headers.get('idempotency-key')).toBeTruthy();
    });

    it('refreshes when a live event says someone else commented', async () => {
      let items = [comment('c1', 'First')];
      const { fetch } = routedFetch({ 'GET /objectives/o1/comments': () => json({ items }) });
      const listeners: ((event: LiveEvent) => void)[] = [];
      const { provider } = mountConnected(
        '<gk-feedback-thread objective-id="o1"></gk-feedback-thread>',
        'gk-feedback-thread',
        fetch,
      );
      provider.liveEvents = {
        on: (_type, listener) => {
          listeners.push(listener);
          return () => listeners.splice(listeners.indexOf(listener), 1);
        },
      };
      await expect.element(page.getByText('First')).toBeVisible();
      await expect.poll(() => listeners.length).toBe(1);
      items = [...items, comment('c2', 'From Ben')];
      for (const listener of listeners) listener({ type: 'comment.created', objectiveId: 'o1' } as LiveEvent);
      await expect.element(page.getByText('From Ben')).toBeVisible();
    });

    it('reports a failed load and retries', async () => {
      let fail = true;
      const { fetch } = routedFetch({
        'GET /objectives/o1/comments': () => (fail ? problem(500) : json({ items: [] })),
      });
      mountConnected('<gk-feedback-thread objective-id="o1"></gk-feedback-thread>', 'gk-feedback-thread', fetch);
      const errors = record<GkErrorEvent>(document, 'gk-error');
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(errors[0]?.detail.action).toBe('load');
      fail = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.element(page.getByText('No comments or kudos yet.')).toBeVisible();
    });
  });
});
