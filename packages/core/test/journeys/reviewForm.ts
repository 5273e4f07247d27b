/**
 * One scripted keyboard journey through a review, run against both adapters (React in
 * packages/react/src/ReviewForm/ReviewForm.journey.test.tsx, lit in
 * packages/elements/src/gk-review-form/gk-review-form.journey.test.ts): both must produce
 * {@link expectedReviewTranscript}, the same requests, the same focus moves and the same text.
 */
import {
  type JourneyDriver,
  jsonReply,
  problemReply,
  recordJourney,
  requestLog,
  type TranscriptEntry,
} from './journey.js';

const cycle = {
  id: 'rc1',
  name: 'Q1 2026 reviews',
  period: { start: '2026-01-01', end: '2026-03-31' },
  stage: 'collecting',
  steps: [{ kind: 'self', opensAt: '2026-03-23', dueAt: '2026-04-03', anonymous: false, minResponses: 1 }],
  questions: [
    { id: 'q1', text: 'How well were the goals delivered?', type: 'rating', kinds: ['self'] },
    { id: 'q2', text: 'How well did the collaboration work?', type: 'rating', kinds: ['self'] },
    { id: 'q3', text: 'What went well?', type: 'text', kinds: ['self'] },
  ],
  scoreFormula: { weights: { goals: 50, self: 50 } },
  goalSnapshotAt: '2026-03-31T17:00:00Z',
  participantIds: ['ana'],
  createdAt: '2026-03-16T09:00:00Z',
  version: 1,
};

const review = (version: number, answers: unknown[], status = 'draft') => ({
  id: 'rv1',
  cycleId: 'rc1',
  revieweeId: 'ana',
  revieweeName: 'Ana Lima',
  reviewerId: 'ana',
  reviewerName: 'Ana Lima',
  kind: 'self',
  status,
  answers,
  submittedAt: status === 'draft' ? null : '2026-04-02T10:42:00Z',
  evidence: { snapshotAt: '2026-03-31T17:00:00Z', objectives: [], goalScore: null },
  allowedActions: status === 'draft' ? ['edit', 'submit'] : [],
  version,
});

/**
 * A backend for the journey: Ana's self review with one rating given; the first save meets someone else's
 * (412), whose version the widget fetches; the second save and the submit go through.
 */
export function reviewJourneyBackend() {
  const log = requestLog();
  let current = review(3, [{ questionId: 'q1', rating: 4 }]);
  let saves = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { method, path, body } = log.record(input, init);
    if (method === 'GET' && path === '/review-cycles/rc1') return jsonReply(cycle);
    if (method === 'GET' && path === '/reviews/rv1') return jsonReply(current);
    if (method === 'PATCH' && path === '/reviews/rv1') {
      saves++;
      if (saves === 1) {
        // Someone saved meanwhile: theirs is version 4.
        current = review(4, [
          { questionId: 'q1', rating: 4 },
          { questionId: 'q3', text: 'Theirs' },
        ]);
        return problemReply(412, 'Precondition Failed');
      }
      const { answers } = JSON.parse(body) as { answers: unknown[] };
      current = review(current.version + 1, answers);
      return jsonReply(current);
    }
    if (method === 'POST' && path === '/reviews/rv1/transitions') {
      current = review(current.version + 1, current.answers, 'submitted');
      return jsonReply(current);
    }
    return problemReply(404, 'Not found');
  };
  return { fetch, requests: log.requests };
}

const SENTENCES = [
  'Self review',
  'Answer this required question before submitting:',
  'Choose a rating.',
  'Unsaved changes',
  'Someone saved this review meanwhile.',
  'Saved at',
  'Submit this review?',
  'Submitted on Apr 2, 2026',
];

/** Run the journey by keyboard: an early submit, a rating by arrow keys, a conflict kept, a confirmed submit. */
export function runReviewJourney(
  driver: JourneyDriver,
  backend: ReturnType<typeof reviewJourneyBackend>,
): Promise<TranscriptEntry[]> {
  return recordJourney(driver, backend.requests, SENTENCES, async (note) => {
    await driver.waitForText('Self review');
    await note('loaded');
    await driver.press('Submit review…');
    await driver.waitForText('Answer this required question before submitting:');
    await note('submitted too early');
    await driver.key('{ArrowRight}{ArrowRight}{ArrowRight}');
    await driver.waitForText('Unsaved changes');
    await note('rated by arrow keys');
    await driver.press('Save draft');
    await driver.waitForText('Someone saved this review meanwhile.');
    await note('met a conflict');
    await driver.press('Save mine over theirs');
    await driver.waitForText('Saved at');
    await note('saved mine');
    await driver.press('Submit review…');
    await driver.waitForText('Submit this review?');
    await note('asked to confirm');
    await driver.key('{Enter}');
    await driver.waitForText('Submitted on Apr 2, 2026');
    await note('submitted');
  });
}

/** What both flavours must do. */
const SAVE = `PATCH /reviews/rv1 {"answers":[{"questionId":"q1","rating":4},{"questionId":"q2","rating":4},{"questionId":"q3","text":null}]}`;

export const expectedReviewTranscript: TranscriptEntry[] = [
  {
    after: 'loaded',
    focused: 'body',
    shows: ['Self review'],
    requests: ['GET /reviews/rv1', 'GET /review-cycles/rc1'],
  },
  {
    after: 'submitted too early',
    // The missing rating is listed, and focus is on its first choice.
    focused: 'input “1 — far below expectations”',
    shows: ['Self review', 'Answer this required question before submitting:', 'Choose a rating.'],
    requests: [],
  },
  { after: 'rated by arrow keys', focused: 'input “4”', shows: ['Self review', 'Unsaved changes'], requests: [] },
  {
    after: 'met a conflict',
    focused: 'button “Save draft”',
    // The answers stay; the widget fetches the version someone else saved.
    shows: ['Self review', 'Unsaved changes', 'Someone saved this review meanwhile.'],
    requests: [`${SAVE} K1`, 'GET /reviews/rv1'],
  },
  {
    after: 'saved mine',
    focused: 'button “Save draft”',
    shows: ['Self review', 'Saved at'],
    requests: [`${SAVE} K2`],
  },
  {
    after: 'asked to confirm',
    focused: 'button “Submit”',
    shows: ['Self review', 'Saved at', 'Submit this review?'],
    requests: [],
  },
  {
    after: 'submitted',
    focused: 'p “Submitted on Apr 2, 2026”',
    shows: ['Self review', 'Submitted on Apr 2, 2026'],
    requests: ['POST /reviews/rv1/transitions {"action":"submit"} K3'],
  },
];
