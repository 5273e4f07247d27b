/**
 * One scripted journey through the goal editor, run against both adapters (React in
 * packages/react/src/GoalEditor/GoalEditor.journey.test.tsx, lit in
 * packages/elements/src/gk-goal-editor/gk-goal-editor.journey.test.ts): both must produce
 * {@link expectedGoalEditorTranscript}, the same requests, focus moves and text (see journey.ts).
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

const CYCLE = { id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false };
const OWNER = { id: 'growth', kind: 'team', name: 'Growth', parentId: null };
/** What a new objective starts with (the `defaults` of both flavours in the create journey). */
export const goalEditorJourneyDefaults = { ownerId: 'growth', cycleId: '2026-Q1' };

const THEIR_TITLE = 'Make onboarding effortless for everyone';

/** A backend: objective o1 at version 7; someone else renames it (version 8) before the first save lands. */
export function goalEditorJourneyBackend() {
  const log = requestLog();
  let objective = objectiveFixture();
  let patches = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { method, path, body } = log.record(input, init);
    const ifMatch = new Headers(init?.headers).get('if-match');
    // The version a write is based on is part of what both flavours must send.
    if (ifMatch) log.requests.push(`${log.requests.pop()} If-Match ${ifMatch}`);
    if (method === 'GET' && path === '/objectives/o1') return jsonReply(objective);
    if (method === 'GET' && path === '/cycles') return jsonReply({ items: [CYCLE] });
    if (method === 'GET' && path === '/owners') return jsonReply({ items: [OWNER] });
    if (method === 'GET' && path === '/alignment-candidates') return jsonReply({ items: [] });
    if (method === 'PATCH' && path === '/objectives/o1') {
      patches++;
      if (patches === 1) {
        // Someone else saved meanwhile.
        objective = { ...objective, title: THEIR_TITLE, version: 8 };
        return problemReply(412, 'Precondition Failed');
      }
      objective = { ...objective, ...(JSON.parse(body) as object), version: objective.version + 1 };
      return jsonReply(objective);
    }
    return problemReply(404, 'Not found');
  };
  return { fetch, requests: log.requests };
}

const SENTENCES = [
  'Edit objective',
  'Checking the goal…',
  'Overall 94 of 100',
  'The objective has 1 key result; at least 2 measure it from more than one side.',
  'No findings.',
  'Saving…',
  'Someone else saved this objective while you were editing (now version 8).',
  `Objective: theirs “${THEIR_TITLE}”, yours “Make onboarding delightful”`,
  'Saved.',
];

/**
 * A new title, a key result added then removed, a save that meets someone else's (their version fetched and
 * shown beside the person's), and keeping the person's title over theirs.
 */
export function runGoalEditorJourney(
  driver: JourneyDriver,
  backend: ReturnType<typeof goalEditorJourneyBackend>,
): Promise<TranscriptEntry[]> {
  return recordJourney(driver, backend.requests, SENTENCES, async (note) => {
    await driver.waitForText('Edit objective');
    // The linter loads on its own, after the editor is on screen.
    await driver.waitForText('Overall 94 of 100');
    await note('loaded');
    await driver.type('Objective', 'Make onboarding delightful');
    await note('a new title');
    await driver.press('Add key result');
    await note('a key result added');
    await driver.press('Remove key result 2');
    await note('the key result removed');
    await driver.press('Save');
    await driver.waitForText('Someone else saved this objective');
    await note('someone else saved');
    await driver.press('Keep mine');
    await driver.press('Save');
    await driver.waitForText('Saved.');
    await note('mine saved over theirs');
  });
}

/** What both flavours must do. */
const LINTED = [
  'Edit objective',
  'Overall 94 of 100',
  'The objective has 1 key result; at least 2 measure it from more than one side.',
];

export const expectedGoalEditorTranscript: TranscriptEntry[] = [
  {
    after: 'loaded',
    focused: 'body',
    shows: LINTED,
    // Lists the host did not pass are loaded, then the goals the owner may align to in the cycle.
    requests: [
      'GET /objectives/o1',
      'GET /cycles',
      'GET /owners',
      'GET /alignment-candidates?owner=growth&cycle=2026-Q1&exclude=o1',
    ],
  },
  { after: 'a new title', focused: 'input “Objective”', shows: LINTED, requests: [] },
  // Focus goes to the new key result's title; its empty fields change the SMART score.
  { after: 'a key result added', focused: 'input “Key result 2”', shows: ['Edit objective'], requests: [] },
  // The button pressed is gone: focus goes to "Add key result", not to the page.
  { after: 'the key result removed', focused: 'button “Add key result”', shows: LINTED, requests: [] },
  {
    after: 'someone else saved',
    focused: 'button “Save”',
    shows: [
      ...LINTED,
      'Someone else saved this objective while you were editing (now version 8).',
      `Objective: theirs “${THEIR_TITLE}”, yours “Make onboarding delightful”`,
    ],
    // Only the field the person changed, on the version they opened; the 412 fetches the server's version.
    requests: ['PATCH /objectives/o1 {"title":"Make onboarding delightful"} K1 If-Match "7"', 'GET /objectives/o1'],
  },
  {
    after: 'mine saved over theirs',
    focused: 'button “Save”',
    shows: [...LINTED, 'Saved.'],
    requests: ['PATCH /objectives/o1 {"title":"Make onboarding delightful"} K2 If-Match "8"'],
  },
];

/** A backend for creating an objective: it is created as o2 (version 1), then changed. */
export function goalEditorCreateJourneyBackend() {
  const log = requestLog();
  let created: ReturnType<typeof objectiveFixture> | undefined;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { method, path, body } = log.record(input, init);
    const ifMatch = new Headers(init?.headers).get('if-match');
    if (ifMatch) log.requests.push(`${log.requests.pop()} If-Match ${ifMatch}`);
    if (method === 'GET' && path === '/cycles') return jsonReply({ items: [CYCLE] });
    if (method === 'GET' && path === '/owners') return jsonReply({ items: [OWNER] });
    if (method === 'GET' && path === '/alignment-candidates') return jsonReply({ items: [] });
    if (method === 'POST' && path === '/objectives') {
      const fields = JSON.parse(body) as { title: string; keyResults: { title: string }[] };
      created = objectiveFixture({
        id: 'o2',
        title: fields.title,
        parentId: null,
        state: 'draft',
        version: 1,
        keyResults: [keyResultFixture({ objectiveId: 'o2', title: fields.keyResults[0]?.title ?? '' })],
      });
      return jsonReply(created, 201);
    }
    if (created && method === 'GET' && path === '/objectives/o2') return jsonReply(created);
    if (created && method === 'PATCH' && path === '/objectives/o2') {
      created = { ...created, ...(JSON.parse(body) as object), version: created.version + 1 };
      return jsonReply(created);
    }
    return problemReply(404, 'Not found');
  };
  return { fetch, requests: log.requests };
}

/** Creating an objective, then changing it in the same form: the second save changes it, it does not create another. */
export function runGoalEditorCreateJourney(
  driver: JourneyDriver,
  backend: ReturnType<typeof goalEditorCreateJourneyBackend>,
): Promise<TranscriptEntry[]> {
  return recordJourney(driver, backend.requests, ['New objective', 'Edit objective', 'Saved.'], async (note) => {
    await driver.waitForText('New objective');
    await note('loaded');
    await driver.type('Objective', 'Make onboarding effortless');
    await driver.type('Key result 1', 'Raise week-1 activation');
    await driver.press('Save');
    await driver.waitForText('Saved.');
    await note('created');
    await driver.type('Objective', 'Make onboarding delightful');
    await driver.press('Save');
    await driver.waitForText('Saved.');
    await note('changed');
  });
}

/** What both flavours must do when creating. */
export const expectedGoalEditorCreateTranscript: TranscriptEntry[] = [
  {
    after: 'loaded',
    focused: 'body',
    shows: ['New objective'],
    requests: ['GET /cycles', 'GET /owners', 'GET /alignment-candidates?owner=growth&cycle=2026-Q1'],
  },
  {
    after: 'created',
    focused: 'button “Save”',
    shows: ['Edit objective', 'Saved.'],
    requests: [
      'POST /objectives {"title":"Make onboarding effortless","ownerId":"growth","cycleId":"2026-Q1","alignment":"contributes","visibility":"public","keyResults":[{"title":"Raise week-1 activation","type":"increase"}]} K1',
    ],
  },
  {
    after: 'changed',
    focused: 'button “Save”',
    shows: ['Edit objective', 'Saved.'],
    // The objective just created is changed, on its version: not created twice.
    requests: ['PATCH /objectives/o2 {"title":"Make onboarding delightful"} K2 If-Match "1"'],
  },
];
