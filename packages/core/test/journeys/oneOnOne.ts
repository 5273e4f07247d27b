/**
 * One scripted keyboard journey through a weekly 1:1, run against both adapters (React in
 * packages/react/src/OneOnOne/OneOnOne.journey.test.tsx, lit in
 * packages/elements/src/gk-one-on-one/gk-one-on-one.journey.test.ts): both must produce
 * {@link expectedOneOnOneTranscript}, the same requests, the same focus moves and the same text.
 */
import {
  type JourneyDriver,
  jsonReply,
  problemReply,
  recordJourney,
  requestLog,
  type TranscriptEntry,
} from './journey.js';

/**
 * What the 1:1 journey needs besides {@link JourneyDriver}: the owner select and the due date, operated with
 * the keyboard where they have focus. Chromium picks an option by typing its first letters and fills a date
 * segment by segment; jsdom has no keyboard for either, so the React test sets them as the keys would.
 */
export interface OneOnOneJourneyDriver extends JourneyDriver {
  /** With a select focused, choose the option with this text. */
  choose(option: string): Promise<void>;
  /** With a date input focused, enter this day (`YYYY-MM-DD`). */
  enterDate(day: string): Promise<void>;
}

/** What both flavours render the widget with: the day it is and the time zone, so the text does not move. */
export const oneOnOneJourneyProps = { now: '2026-03-16', timeZone: 'UTC' } as const;

const dana = { id: 'dana', name: 'Dana Okafor' };
const ana = { id: 'ana', name: 'Ana Lima' };

type Point = ReturnType<typeof point>;
type Item = ReturnType<typeof item>;

const point = (id: string, fields: { text: string } & Record<string, unknown>) => ({
  id,
  meetingId: 'm1',
  authorId: 'dana',
  authorName: 'Dana Okafor',
  visibility: 'shared' as 'shared' | 'private',
  done: false,
  recurring: false,
  carriedFrom: null as string | null,
  links: { objectiveIds: [] as string[], keyResultIds: [] as string[] },
  createdAt: '2026-03-13T08:00:00Z',
  version: 1,
  ...fields,
});

const item = (id: string, fields: { text: string } & Record<string, unknown>) => ({
  id,
  meetingId: 'm1',
  ownerId: 'ana',
  ownerName: 'Ana Lima',
  due: null as string | null,
  doneAt: null as string | null,
  createdById: 'dana',
  createdAt: '2026-03-09T10:20:00Z',
  version: 1,
  ...fields,
});

/**
 * A backend for the journey: Dana Okafor (the viewer) and her report Ana Lima, Monday 16 March 2026. Like the
 * server, every change the viewer sees moves the meeting's version (a point, a tick, an item, the notes), and
 * a stale `If-Match` is refused (412). When Dana first saves the shared notes, Ana has saved hers meanwhile.
 */
export function oneOnOneJourneyBackend() {
  const log = requestLog();
  let version = 5;
  let sharedNotes = 'Ana pairs with Ben on the onboarding flow.';
  let state = 'upcoming';
  let notesSaves = 0;
  const points: Point[] = [
    point('tp1', { text: 'Wins and blockers this week', recurring: true, carriedFrom: 'tp0' }),
    point('tp2', { authorId: 'ana', authorName: 'Ana Lima', text: 'Feedback on the onboarding demo' }),
  ];
  const items: Item[] = [item('ai1', { text: 'Book the usability sessions', due: '2026-03-18' })];
  const meeting = () => ({
    id: 'm1',
    seriesId: 's1',
    participants: [dana, ana],
    at: '2026-03-16T10:00:00Z',
    state,
    sharedNotes,
    privateNotes: '',
    talkingPoints: points,
    actionItems: items,
    openActionItems: [],
    suggestions: [
      {
        kind: 'off-track',
        ownerId: 'ana',
        objectiveId: 'o1',
        title: 'Cut onboarding time in half',
        progress: 0.32,
        expected: 0.6,
        text: '“Cut onboarding time in half” is off track: 32 % where 60 % was expected by now',
      },
    ],
    previousMeetingId: 'm0',
    nextMeetingId: null,
    version,
  });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { method, path, body } = log.record(input, init);
    const ifMatch = new Headers(init?.headers).get('if-match');
    // The version the widget sent is part of what it did.
    if (ifMatch) log.requests[log.requests.length - 1] += ` if-match ${ifMatch}`;
    const matches = (current: number) => ifMatch === `"${current}"`;
    if (method === 'GET' && path === '/me')
      return jsonReply({ ...dana, role: 'manager', teamId: 'growth', managerId: null });
    if (method === 'GET' && path === '/meetings')
      return jsonReply({
        items: [
          {
            id: 'm1',
            seriesId: 's1',
            participants: [dana, ana],
            at: '2026-03-16T10:00:00Z',
            state,
            openTalkingPoints: 2,
          },
          {
            id: 'm0',
            seriesId: 's1',
            participants: [dana, ana],
            at: '2026-03-09T10:00:00Z',
            state: 'held',
            openTalkingPoints: 0,
          },
        ],
      });
    if (method === 'GET' && path === '/meetings/m1') return jsonReply(meeting());
    if (method === 'PATCH' && path === '/meetings/m1') {
      const patch = JSON.parse(body) as { sharedNotes?: string; state?: string };
      if (patch.sharedNotes !== undefined && ++notesSaves === 1) {
        // Ana saved her notes meanwhile.
        sharedNotes = 'Ana: the demo went well, next is the pricing page.';
        version++;
      }
      if (!matches(version)) return problemReply(412, 'Precondition Failed');
      if (patch.sharedNotes !== undefined) sharedNotes = patch.sharedNotes;
      if (patch.state !== undefined) state = patch.state;
      version++;
      return jsonReply(meeting());
    }
    if (method === 'POST' && path === '/meetings/m1/talking-points') {
      const created = JSON.parse(body) as { text: string; visibility: 'shared' | 'private'; links?: object };
      const added = point(`tp${points.length + 1}`, {
        text: created.text,
        visibility: created.visibility,
        links: { objectiveIds: [], keyResultIds: [], ...created.links },
        createdAt: '2026-03-16T10:05:00Z',
      });
      points.push(added);
      version++;
      return jsonReply(added, 201);
    }
    const pointAt = points.findIndex((p) => path === `/talking-points/${p.id}`);
    if (method === 'PATCH' && pointAt >= 0) {
      const current = points[pointAt] as Point;
      if (!matches(current.version)) return problemReply(412, 'Precondition Failed');
      const patched = { ...current, ...(JSON.parse(body) as object), version: current.version + 1 };
      points[pointAt] = patched;
      version++;
      return jsonReply(patched);
    }
    if (method === 'POST' && path === '/meetings/m1/action-items') {
      const created = JSON.parse(body) as { text: string; ownerId: string; due: string | null };
      const added = item(`ai${items.length + 1}`, {
        ...created,
        ownerName: created.ownerId === 'ana' ? 'Ana Lima' : 'Dana Okafor',
        createdAt: '2026-03-16T10:30:00Z',
      });
      items.push(added);
      version++;
      return jsonReply(added, 201);
    }
    const itemAt = items.findIndex((a) => path === `/action-items/${a.id}`);
    if (method === 'PATCH' && itemAt >= 0) {
      const current = items[itemAt] as Item;
      if (!matches(current.version)) return problemReply(412, 'Precondition Failed');
      const { done } = JSON.parse(body) as { done: boolean };
      const patched = { ...current, doneAt: done ? '2026-03-16T10:40:00Z' : null, version: current.version + 1 };
      items[itemAt] = patched;
      version++;
      return jsonReply(patched);
    }
    return problemReply(404, 'Not found');
  };
  return { fetch, requests: log.requests };
}

const SUGGESTION = '“Cut onboarding time in half” is off track: 32% where 60% was expected by now';
const MINE = 'Ana leads the Q2 hiring loop.';
const THEIRS = 'Ana: the demo went well, next is the pricing page.';

const SENTENCES = [
  '1:1 with Ana Lima',
  'Upcoming',
  'From the meeting on Mar 9, 2026',
  'Talking point added.',
  'Hiring plan for Q2',
  'Ana’s promotion case',
  SUGGESTION,
  'On the agenda',
  'Someone else changed these notes while you were writing.',
  THEIRS,
  'Saved',
  'Send Ana the Q2 hiring plan',
  'Due Mar 20, 2026',
  'Action item added.',
  'That change could not be saved. Try again.',
  'Meeting marked as held.',
  'Held',
];

/**
 * Dana runs the 1:1 from the keyboard: Tab to the agenda and tick the first point off, add a shared and a
 * private talking point, put the off-track goal on the agenda, write the shared notes and save them over Ana's
 * (who saved meanwhile), tick an action item off, add one for Ana with a due date, and mark the meeting held.
 */
export function runOneOnOneJourney(
  driver: OneOnOneJourneyDriver,
  backend: ReturnType<typeof oneOnOneJourneyBackend>,
): Promise<TranscriptEntry[]> {
  // A heading is one whatever its tag (React renders `h2`, lit `div role="heading"` as the elements do).
  const focused = () => driver.focused().replace(/^(h[1-6]|div) “/, 'heading “');
  const transcript = recordJourney({ ...driver, focused }, backend.requests, SENTENCES, async (note) => {
    await driver.waitForText('1:1 with Ana Lima');
    await driver.waitForText('From the meeting on Mar 9, 2026');
    await note('loaded');
    await driver.key('{Tab}{Tab}{Tab}');
    await note('tabbed past the meeting’s buttons to the agenda');
    await driver.key(' ');
    await note('ticked the first point off');
    await driver.type('New talking point', 'Hiring plan for Q2');
    await driver.key('{Enter}');
    await driver.waitForText('Hiring plan for Q2');
    await driver.waitForEmpty('New talking point');
    await note('added a shared point with Enter');
    await driver.type('New talking point', 'Ana’s promotion case');
    await driver.key('{Tab} {Tab}{Enter}');
    await driver.waitForText('Only you');
    await driver.waitForEmpty('New talking point');
    await note('added a private point');
    await driver.press(`Add to agenda: ${SUGGESTION}`);
    await driver.waitForText('On the agenda');
    await note('put the off-track goal on the agenda');
    await driver.type('Shared notes', MINE);
    await driver.key('{Tab}{Enter}');
    await driver.waitForText('Someone else changed these notes while you were writing.');
    await note('saved the notes: Ana saved hers meanwhile');
    await driver.press('Save mine');
    await driver.waitForText('Saved');
    await note('saved mine over hers');
    await driver.key('{Tab}{Tab}{Tab} ');
    await note('ticked an action item off');
    await driver.type('New action item', 'Send Ana the Q2 hiring plan');
    await driver.key('{Tab}');
    await driver.choose('Ana Lima');
    await driver.key('{Tab}');
    await driver.enterDate('2026-03-20');
    await driver.press('Add action item');
    await driver.waitForText('Action item added.');
    await driver.waitForEmpty('New action item');
    await note('added an action item for Ana, due Friday');
    await driver.press('Mark as held');
    await driver.waitForText('Meeting marked as held.');
    await note('marked the meeting held');
  });
  // The meeting and the viewer load side by side: lit fetches the viewer while the conversation routes' file
  // loads (kept out of the shared bundle), React once the meeting is asked for. Their order is no behaviour.
  return transcript.then(([loaded, ...rest]) =>
    loaded ? [{ ...loaded, requests: [...loaded.requests].sort() }, ...rest] : rest,
  );
}

/** What both flavours must do. */
const TOP = ['1:1 with Ana Lima', 'Upcoming', 'From the meeting on Mar 9, 2026'];
const AGENDA = ['Hiring plan for Q2', 'Ana’s promotion case', SUGGESTION, 'On the agenda'];
const NOTES = `PATCH /meetings/m1 {"sharedNotes":"${MINE}"}`;

export const expectedOneOnOneTranscript: TranscriptEntry[] = [
  {
    after: 'loaded',
    focused: 'body',
    shows: [...TOP, SUGGESTION],
    // The meeting has carried points: the series' meetings say when the last one was.
    requests: ['GET /me', 'GET /meetings/m1', 'GET /meetings?series=s1'],
  },
  {
    after: 'tabbed past the meeting’s buttons to the agenda',
    focused: 'input “Wins and blockers this week”',
    shows: [...TOP, SUGGESTION],
    requests: [],
  },
  {
    after: 'ticked the first point off',
    focused: 'input “Wins and blockers this week”',
    shows: [...TOP, SUGGESTION],
    requests: ['PATCH /talking-points/tp1 {"done":true} K1 if-match "1"'],
  },
  {
    after: 'added a shared point with Enter',
    // The box is empty again and keeps the focus for the next point.
    focused: 'input “New talking point”',
    shows: [...TOP, 'Talking point added.', 'Hiring plan for Q2', SUGGESTION],
    requests: ['POST /meetings/m1/talking-points {"text":"Hiring plan for Q2","visibility":"shared"} K2'],
  },
  {
    after: 'added a private point',
    focused: 'input “New talking point”',
    shows: [...TOP, 'Talking point added.', 'Hiring plan for Q2', 'Ana’s promotion case', SUGGESTION],
    requests: ['POST /meetings/m1/talking-points {"text":"Ana’s promotion case","visibility":"private"} K3'],
  },
  {
    after: 'put the off-track goal on the agenda',
    // The button is gone: the focus is on the new point, linked to the goal.
    focused: `input “${SUGGESTION}”`,
    shows: [...TOP, 'Talking point added.', ...AGENDA],
    requests: [
      `POST /meetings/m1/talking-points {"text":"${SUGGESTION}","visibility":"shared","links":{"objectiveIds":["o1"],"keyResultIds":[]}} K4`,
    ],
  },
  {
    after: 'saved the notes: Ana saved hers meanwhile',
    // What Dana typed stays; Ana's version is shown; the focus is on "Save mine", where Save was.
    focused: 'button “Save mine”',
    shows: [
      ...TOP,
      'Talking point added.',
      ...AGENDA,
      'Someone else changed these notes while you were writing.',
      THEIRS,
    ],
    requests: [`${NOTES} K5 if-match "5"`, 'GET /meetings/m1'],
  },
  {
    after: 'saved mine over hers',
    focused: 'button “Save shared notes”',
    shows: [...TOP, 'Talking point added.', ...AGENDA, 'Saved'],
    requests: [`${NOTES} K6 if-match "10"`, 'GET /meetings?series=s1'],
  },
  {
    after: 'ticked an action item off',
    focused: 'input “Book the usability sessions”',
    shows: [...TOP, 'Talking point added.', ...AGENDA, 'Saved'],
    requests: ['PATCH /action-items/ai1 {"done":true} K7 if-match "1"'],
  },
  {
    after: 'added an action item for Ana, due Friday',
    focused: 'input “New action item”',
    shows: [...TOP, ...AGENDA, 'Saved', 'Send Ana the Q2 hiring plan', 'Due Mar 20, 2026', 'Action item added.'],
    requests: [
      'POST /meetings/m1/action-items {"text":"Send Ana the Q2 hiring plan","ownerId":"ana","due":"2026-03-20"} K8',
    ],
  },
  {
    after: 'marked the meeting held',
    focused: 'heading “1:1 with Ana Lima”',
    shows: [
      '1:1 with Ana Lima',
      'From the meeting on Mar 9, 2026',
      ...AGENDA,
      'Saved',
      'Send Ana the Q2 hiring plan',
      'Due Mar 20, 2026',
      'Meeting marked as held.',
      'Held',
    ],
    // The item and the tick moved the meeting's version: the widget fetches it and marks it held once more.
    requests: [
      'PATCH /meetings/m1 {"state":"held"} K9 if-match "11"',
      'GET /meetings/m1',
      'PATCH /meetings/m1 {"state":"held"} K10 if-match "13"',
      'GET /meetings?series=s1',
    ],
  },
];
