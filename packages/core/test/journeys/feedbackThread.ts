/**
 * One scripted journey through the feedback thread, run against both adapters (React in
 * packages/react/src/FeedbackThread/FeedbackThread.journey.test.tsx, lit in
 * packages/elements/src/gk-feedback-thread/gk-feedback-thread.journey.test.ts): both must produce
 * {@link expectedFeedbackTranscript}, the same requests, the same focus moves and the same text.
 */
import {
  type JourneyDriver,
  jsonReply,
  problemReply,
  recordJourney,
  requestLog,
  type TranscriptEntry,
} from './journey.js';

/** A backend for the journey: an existing comment, a first post that fails, then posts that succeed. */
export function feedbackJourneyBackend() {
  const log = requestLog();
  const comments = [
    {
      id: 'c1',
      objectiveId: 'o1',
      authorId: 'ana',
      authorName: 'Ana',
      kind: 'comment',
      body: 'Nice progress this week.',
      createdAt: '2026-02-12T09:00:00Z',
    },
  ];
  let posts = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { method, path, body } = log.record(input, init);
    if (method === 'GET' && path === '/objectives/o1/comments') return jsonReply({ items: comments });
    if (method === 'POST' && path === '/objectives/o1/comments') {
      posts++;
      if (posts === 1) return problemReply(503, 'Unavailable');
      const parsed = JSON.parse(body) as { kind: string; body: string };
      const comment = {
        id: `c${comments.length + 1}`,
        objectiveId: 'o1',
        authorId: 'me',
        authorName: 'Me',
        kind: parsed.kind,
        body: parsed.body,
        createdAt: '2026-02-15T10:00:00Z',
      };
      comments.push(comment);
      return jsonReply(comment, 201);
    }
    return problemReply(404, 'Not found');
  };
  return { fetch, requests: log.requests };
}

const SENTENCES = [
  'Nice progress this week.',
  'Write something first.',
  'Posting…',
  'Your comment could not be posted. It is kept here.',
  'Great demo, thank you!',
  'Kudos from Me',
];

/** Run the journey: an empty post, kudos typed, a post that fails, a retry that works. */
export function runFeedbackJourney(
  driver: JourneyDriver,
  backend: ReturnType<typeof feedbackJourneyBackend>,
): Promise<TranscriptEntry[]> {
  return recordJourney(driver, backend.requests, SENTENCES, async (note) => {
    await driver.waitForText('Nice progress this week.');
    await note('loaded');
    await driver.press('Post');
    await driver.waitForText('Write something first.');
    await note('posted nothing');
    await driver.check('Kudos');
    await driver.type('Your comment', 'Great demo, thank you!');
    await note('typed kudos');
    await driver.press('Post');
    await driver.waitForText('Your comment could not be posted. It is kept here.');
    await note('the post failed');
    await driver.press('Try again');
    await driver.waitForText('Kudos from Me');
    await driver.waitForEmpty('Your comment');
    await note('the retry worked');
  });
}

/** What both flavours must do. */
export const expectedFeedbackTranscript: TranscriptEntry[] = [
  { after: 'loaded', focused: 'body', shows: ['Nice progress this week.'], requests: ['GET /objectives/o1/comments'] },
  {
    after: 'posted nothing',
    focused: 'textarea “Your comment”',
    shows: ['Nice progress this week.', 'Write something first.'],
    requests: [],
  },
  { after: 'typed kudos', focused: 'textarea “Your comment”', shows: ['Nice progress this week.'], requests: [] },
  {
    after: 'the post failed',
    focused: 'button “Post”',
    shows: ['Nice progress this week.', 'Your comment could not be posted. It is kept here.'],
    requests: ['POST /objectives/o1/comments {"kind":"kudos","body":"Great demo, thank you!"} K1'],
  },
  {
    after: 'the retry worked',
    focused: 'textarea “Your comment”',
    shows: ['Nice progress this week.', 'Great demo, thank you!', 'Kudos from Me'],
    // The same key: the server records the retried post once. The answer goes into the list; no refetch.
    requests: ['POST /objectives/o1/comments {"kind":"kudos","body":"Great demo, thank you!"} K1'],
  },
];
