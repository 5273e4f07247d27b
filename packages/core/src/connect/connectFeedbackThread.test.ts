import { describe, expect, it } from 'vitest';
import {
  connectFeedbackThread,
  type FeedbackComposerEvent,
  type FeedbackComposerState,
  feedbackComposerReducer,
  initFeedbackComposer,
} from './connectFeedbackThread.js';

const run = (state: FeedbackComposerState, ...events: FeedbackComposerEvent[]) =>
  events.reduce(feedbackComposerReducer, state);
const comments = [
  { id: 'c2', kind: 'kudos' as const, body: 'Great launch!', authorName: 'Ben', createdAt: '2026-02-14T10:00:00Z' },
  {
    id: 'c1',
    kind: 'comment' as const,
    body: '<script>alert(1)</script>',
    authorName: 'Ana',
    createdAt: '2026-02-10T10:00:00Z',
  },
];

describe('connectFeedbackThread', () => {
  it('lists comments and kudos oldest first, bodies as plain text', () => {
    const view = connectFeedbackThread({
      objectiveId: 'o1',
      comments,
      composer: initFeedbackComposer(),
      now: '2026-02-15T10:00:00Z',
    });
    expect(view.items.map((i) => [i.bylineText, i.body, i.timeText])).toEqual([
      ['Ana', '<script>alert(1)</script>', '5 days ago'],
      ['Kudos from Ben', 'Great launch!', 'yesterday'],
    ]);
    expect(view.items[1]?.item['data-kind']).toBe('kudos');
  });

  it('refuses an empty post and says why', () => {
    const state = run(initFeedbackComposer(), { type: 'body', body: '   ' }, { type: 'post', idempotencyKey: 'k' });
    expect(state.status).toBe('idle');
    const view = connectFeedbackThread({ objectiveId: 'o1', comments: [], composer: state });
    expect(view.errorText).toBe('Write something first.');
    expect(view.bodyInput['aria-invalid']).toBe('true');
  });

  it('posts once per text: a retry after a failure reuses the idempotency key', () => {
    const posting = run(
      initFeedbackComposer(),
      { type: 'kind', kind: 'kudos' },
      { type: 'body', body: ' Thanks! ' },
      { type: 'post', idempotencyKey: 'k1' },
    );
    const view = connectFeedbackThread({ objectiveId: 'o1', comments: [], composer: posting });
    expect(view.detail).toEqual({ objectiveId: 'o1', kind: 'kudos', body: 'Thanks!', idempotencyKey: 'k1' });
    const failed = run(posting, { type: 'failed' });
    expect(failed.body).toBe(' Thanks! ');
    expect(connectFeedbackThread({ objectiveId: 'o1', comments: [], composer: failed }).retryText).toBe('Try again');
    expect(run(failed, { type: 'post', idempotencyKey: 'k2' }).idempotencyKey).toBe('k1');
    const posted = run(failed, { type: 'post' }, { type: 'posted' });
    expect(posted).toMatchObject({ body: '', kind: 'kudos', status: 'idle', idempotencyKey: undefined });
  });
});
