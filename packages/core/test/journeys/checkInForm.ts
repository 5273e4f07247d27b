/**
 * One scripted journey through the check-in form, run against both adapters (React in
 * packages/react/src/CheckInForm/CheckInForm.journey.test.tsx, lit in
 * packages/elements/src/gk-check-in-form/gk-check-in-form.journey.test.ts): both must produce
 * {@link expectedCheckInTranscript}, the same requests, focus moves and text (see journey.ts).
 */
import { keyResultFixture, objectiveFixture } from '../../../client/test/fixtures.js';
import {
  type JourneyDriver,
  jsonReply,
  problemReply,
  recordJourney,
  requestLog,
  type TranscriptEntry,
} from './journey.js';

/** A backend: the key result at 27 %, a first check-in that fails, a retry that meets someone else's, then one that saves. */
export function checkInJourneyBackend() {
  const log = requestLog();
  let current = 27;
  let version = 3;
  let posts = 0;
  const objective = () =>
    objectiveFixture({ version: 7 + version, keyResults: [keyResultFixture({ current, version })] });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { method, path, body } = log.record(input, init);
    if (method === 'GET' && path === '/objectives/o1') return jsonReply(objective());
    if (method === 'GET' && path === '/cycles') {
      return jsonReply({
        items: [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false }],
      });
    }
    if (method === 'POST' && path === '/key-results/kr1/check-ins') {
      posts++;
      if (posts === 1) return problemReply(503, 'Unavailable');
      if (posts === 2) {
        // Someone else recorded 31 meanwhile.
        current = 31;
        version++;
        return problemReply(409, 'Conflict');
      }
      const value = (JSON.parse(body) as { value: number }).value;
      current = value;
      version++;
      const after = objective();
      return jsonReply(
        {
          checkIn: {
            id: `c${posts}`,
            keyResultId: 'kr1',
            at: '2026-02-15T10:00:00Z',
            value,
            confidence: 0.7,
            note: null,
            authorId: 'me',
          },
          keyResult: after.keyResults[0],
          objective: after,
        },
        201,
      );
    }
    return problemReply(404, 'Not found');
  };
  return { fetch, requests: log.requests };
}

const SENTENCES = [
  'Enter a number, such as',
  'Saving check-in…',
  'The check-in could not be saved. Your input is kept.',
  'Someone else checked in meanwhile: the value changed from 27 % to 31 %.',
  'Check-in saved.',
  'Now: 33 %',
];

/** An unreadable value, a check-in that fails, a retry that meets someone else's check-in, and one that saves. */
export function runCheckInJourney(
  driver: JourneyDriver,
  backend: ReturnType<typeof checkInJourneyBackend>,
): Promise<TranscriptEntry[]> {
  return recordJourney(driver, backend.requests, SENTENCES, async (note) => {
    await driver.waitForText('Check in: Raise week-1 activation from 20% to 35%');
    await note('loaded');
    await driver.type('New value (%)', 'abc');
    await driver.press('Check in');
    await driver.waitForText('Enter a number, such as');
    await note('an unreadable value');
    await driver.type('New value (%)', '33');
    await driver.press('Check in');
    await driver.waitForText('The check-in could not be saved. Your input is kept.');
    await note('the check-in failed');
    await driver.press('Try again');
    await driver.waitForText('Someone else checked in meanwhile');
    await note('someone else checked in');
    await driver.press('Check in');
    await driver.waitForText('Check-in saved.');
    await note('saved');
  });
}

/** What both flavours must do. */
export const expectedCheckInTranscript: TranscriptEntry[] = [
  { after: 'loaded', focused: 'body', shows: [], requests: ['GET /objectives/o1'] },
  {
    after: 'an unreadable value',
    focused: 'input “New value (%)”',
    shows: ['Enter a number, such as'],
    requests: [],
  },
  {
    after: 'the check-in failed',
    focused: 'button “Check in”',
    shows: ['The check-in could not be saved. Your input is kept.'],
    // The query layer loads the cycle once, to rescore the objective at once (optimistically).
    requests: ['GET /cycles', 'POST /key-results/kr1/check-ins {"value":33,"confidence":0.9} K1'],
  },
  {
    after: 'someone else checked in',
    focused: 'input “New value (%)”',
    shows: ['Someone else checked in meanwhile: the value changed from 27 % to 31 %.'],
    // The retry keeps its key; the conflict fetches what the server has now.
    requests: ['POST /key-results/kr1/check-ins {"value":33,"confidence":0.9} K1', 'GET /objectives/o1'],
  },
  {
    after: 'saved',
    focused: 'input “New value (%)”',
    shows: ['Check-in saved.', 'Now: 33 %'],
    // A new key: after a conflict, checking in again is a new check-in.
    requests: ['POST /key-results/kr1/check-ins {"value":33,"confidence":0.9} K2'],
  },
];
