import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, renderConnected, routedFetch } from '../../test/connected.js';
import { FeedbackThread } from './FeedbackThread.js';

const comment = (id: string, body: string, kind: 'comment' | 'kudos' = 'comment') => ({
  id,
  objectiveId: 'o1',
  kind,
  body,
  authorId: 'u',
  authorName: 'Ana',
  createdAt: '2026-02-14T10:00:00Z',
});

describe('<FeedbackThread>', () => {
  it('shows comments and kudos as plain text', async () => {
    const { container } = render(
      <FeedbackThread
        objectiveId="o1"
        comments={[comment('c1', '<script>alert(1)</script>'), comment('c2', 'Great launch!', 'kudos')]}
        now="2026-02-15T10:00:00Z"
      />,
    );
    const list = screen.getByRole('list');
    expect(within(list).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(list).getByText('Kudos from Ana')).toBeInTheDocument();
    expect(within(list).getAllByText('yesterday')).toHaveLength(2);
    expect(container.querySelector('script')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('posts kudos, keeps the text after a failure and retries with the same key', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    const onComment = vi.fn(() => (++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()));
    const { container } = render(<FeedbackThread objectiveId="o1" comments={[]} onComment={onComment} />);
    expect(screen.getByText('No comments or kudos yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Kudos' }));
    await user.type(screen.getByRole('textbox', { name: 'Your comment' }), 'Thanks!');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your comment could not be posted. It is kept here.');
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveValue('Thanks!');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: 'Your comment' })).toHaveValue('');
    const details = onComment.mock.calls.map((c) => (c as unknown as [{ kind: string; idempotencyKey: string }])[0]);
    expect(details[0]).toMatchObject({ objectiveId: 'o1', kind: 'kudos', body: 'Thanks!' });
    expect(details[1]?.idempotencyKey).toBe(details[0]?.idempotencyKey);
  });

  it('refuses an empty post', async () => {
    const user = userEvent.setup();
    render(<FeedbackThread objectiveId="o1" comments={[]} />);
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveAccessibleDescription('Write something first.');
  });

  it('renders on the server', () => {
    expect(renderToString(<FeedbackThread objectiveId="o1" comments={[comment('c', '<b>hi</b>')]} />)).toContain(
      '&lt;b&gt;hi&lt;/b&gt;',
    );
  });

  describe('connected', () => {
    it('loads comments and posts idempotently, showing the new one', async () => {
      const user = userEvent.setup();
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1/comments': () => json({ items: [comment('c1', 'First')] }),
        'POST /objectives/o1/comments': (body) =>
          json({ ...comment('c2', (body as { body: string }).body), createdAt: '2026-02-15T10:00:00Z' }, 201),
      });
      renderConnected(<FeedbackThread objectiveId="o1" />, fetch);
      expect(await screen.findByText('First')).toBeInTheDocument();
      await user.type(screen.getByRole('textbox', { name: 'Your comment' }), 'Second');
      await user.click(screen.getByRole('button', { name: 'Post' }));
      expect(await screen.findByText('Second')).toBeInTheDocument();
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.body).toEqual({ kind: 'comment', body: 'Second' });
      expect(post?.headers.get('idempotency-key')).toBeTruthy();
    });
  });
});
