import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { FeedbackSummaryAnswer } from '@goalkit/core/connect';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, renderConnected, routedFetch } from '../../test/connected.js';
import { FeedbackThread } from './FeedbackThread.js';

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

describe('<FeedbackThread> summary', () => {
  it('is not offered without onAssist', () => {
    render(<FeedbackThread objectiveId="o1" comments={comments} />);
    expect(screen.queryByRole('button', { name: 'Summarise' })).toBeNull();
  });

  it('summarises with the fake provider, every sentence citing its comments; a citation moves focus to the comment', async () => {
    const user = userEvent.setup();
    const fake = createFakeProvider();
    const { container } = render(
      <FeedbackThread
        objectiveId="o1"
        comments={comments}
        onAssist={(objectiveId) =>
          assist(fake, 'summarise-feedback', {
            subject: { kind: 'objective', id: objectiveId },
            entries: comments.map((c) => ({ id: c.id, text: c.body, author: c.authorName })),
          }) as Promise<FeedbackSummaryAnswer>
        }
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Summarise' }));
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByRole('heading', { name: 'Summary' })).toHaveFocus();
    expect(within(summary).getByText('Suggested by AI')).toBeInTheDocument();
    const cite = within(summary).getAllByRole('button', { name: 'Comment 2' })[0] as HTMLElement;
    await expectNoAxeViolations(container);
    await user.click(cite);
    expect(screen.getByText('Please document the rollback.').closest('li')).toHaveFocus();
    await user.click(within(summary).getByRole('button', { name: 'Close summary' }));
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Summarise' })).toHaveFocus();
  });

  it('refuses under 2 comments with the reason, without asking', async () => {
    const user = userEvent.setup();
    const onAssist = vi.fn();
    render(<FeedbackThread objectiveId="o1" comments={comments.slice(0, 1)} onAssist={onAssist} />);
    await user.click(screen.getByRole('button', { name: 'Summarise' }));
    expect(screen.getByText('A summary needs at least 2 entries.')).toBeInTheDocument();
    expect(onAssist).not.toHaveBeenCalled();
  });

  it('connected: offered when GET /assist lists it, and asks POST /assist/summarise-feedback for the objective', async () => {
    const user = userEvent.setup();
    const { fetch, calls } = routedFetch({
      'GET /objectives/o1/comments': () => json({ items: comments }),
      'GET /assist': () => json({ tasks: ['summarise-feedback'] }),
      'POST /assist/summarise-feedback': () =>
        json({
          ok: true,
          task: 'summarise-feedback',
          value: { sentences: [{ text: 'Builds are faster.', cites: ['c1'] }] },
          cited: ['c1'],
        }),
    });
    renderConnected(<FeedbackThread objectiveId="o1" />, fetch, { assist: true });
    await user.click(await screen.findByRole('button', { name: 'Summarise' }));
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText(/Builds are faster\./)).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Comment 1' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ subject: { kind: 'objective', id: 'o1' } });
  });

  it('connected: hidden when the provider does not ask, or the server offers no summary', async () => {
    const { fetch, calls } = routedFetch({ 'GET /objectives/o1/comments': () => json({ items: comments }) });
    renderConnected(<FeedbackThread objectiveId="o1" />, fetch);
    expect(await screen.findByText('The cache change halved build time.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Summarise' })).toBeNull();
    expect(calls.some((c) => c.path === '/assist')).toBe(false);
  });
});
