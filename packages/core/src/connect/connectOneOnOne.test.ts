import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de/oneOnOne.js';
import { registerMessages } from '../i18n/registry.js';
import {
  connectOneOnOne,
  initOneOnOne,
  type MeetingData,
  oneOnOneFocusSelector,
  type TalkingPointData,
} from './connectOneOnOne.js';

const point = (id: string, fields: Partial<TalkingPointData> = {}): TalkingPointData => ({
  id,
  authorId: 'dana',
  authorName: 'Dana Okafor',
  text: `Point ${id}`,
  visibility: 'shared',
  done: false,
  recurring: false,
  carriedFrom: null,
  links: { objectiveIds: [], keyResultIds: [] },
  version: 1,
  ...fields,
});

const meeting = (fields: Partial<MeetingData> = {}): MeetingData => ({
  id: 'm2',
  participants: [
    { id: 'dana', name: 'Dana Okafor' },
    { id: 'ana', name: 'Ana Lima' },
  ],
  at: '2026-02-16T10:00:00Z',
  state: 'upcoming',
  sharedNotes: 'Shared so far',
  privateNotes: 'Mine',
  talkingPoints: [
    point('p1', { carriedFrom: 'p0', recurring: true }),
    point('p2', { authorId: 'ana', authorName: 'Ana Lima', done: true }),
    point('p3', { visibility: 'private', text: 'Ask about the move' }),
  ],
  actionItems: [
    {
      id: 'a1',
      meetingId: 'm2',
      text: 'Book the workshop',
      ownerId: 'ana',
      ownerName: 'Ana Lima',
      due: '2026-02-20',
      doneAt: null,
      version: 1,
    },
  ],
  openActionItems: [
    {
      id: 'a0',
      meetingId: 'm1',
      text: 'Draft the hiring plan',
      ownerId: 'dana',
      ownerName: 'Dana Okafor',
      due: '2026-02-10',
      doneAt: null,
      version: 2,
    },
  ],
  suggestions: [
    {
      kind: 'off-track',
      ownerId: 'ana',
      objectiveId: 'o1',
      title: 'Cut onboarding time',
      progress: 0.32,
      expected: 0.6,
      text: 'English, not shown',
    },
    {
      kind: 'stale',
      ownerId: 'ana',
      objectiveId: 'o2',
      keyResultId: 'kr4',
      title: 'NPS',
      daysSinceCheckIn: 21,
      text: '',
    },
    {
      kind: 'returned',
      ownerId: 'ana',
      objectiveId: 'o3',
      title: 'Hire two designers',
      comment: 'Too vague',
      text: '',
    },
    { kind: 'at-risk', ownerId: 'ana', objectiveId: 'o4', title: 'Ship v2', progress: 0.4, expected: null, text: '' },
  ],
  previousMeetingId: 'm1',
  nextMeetingId: null,
  version: 3,
  ...fields,
});

const view = (fields: Partial<Parameters<typeof connectOneOnOne>[0]> = {}) =>
  connectOneOnOne({
    meeting: meeting(),
    state: initOneOnOne(),
    viewerId: 'dana',
    previousMeetingAt: '2026-02-09T10:00:00Z',
    now: '2026-02-15',
    timeZone: 'UTC',
    ...fields,
  });

describe('connectOneOnOne', () => {
  it('names the other participant, the time and the state in words', () => {
    const v = view();
    expect(v.headingText).toBe('1:1 with Ana Lima');
    expect(v.whenText).toBe('Mon, Feb 16, 2026, 10:00 AM');
    expect(v.stateText).toBe('Upcoming');
    expect(v.stateActions.map((a) => a.text)).toEqual(['Mark as held', 'Mark as skipped']);
    expect(view({ viewerId: undefined }).headingText).toBe('1:1: Dana Okafor and Ana Lima');
    expect(view({ meeting: meeting({ state: 'held' }) }).stateActions).toEqual([]);
  });

  it('says in text who wrote each point, which are private, carried over and recurring', () => {
    const [carried, theirs, mine] = view().points;
    expect(carried?.metaTexts).toEqual(['By Dana Okafor', 'From the meeting on Feb 9, 2026', 'Every meeting']);
    expect(theirs?.metaTexts).toEqual(['By Ana Lima']);
    expect(theirs?.checked).toBe(true);
    expect(mine?.metaTexts).toEqual(['By Dana Okafor', 'Only you']);
    expect(view({ previousMeetingAt: undefined }).points[0]?.metaTexts[1]).toBe('From the last meeting');
  });

  it('lets only the author delete a point, and only when the meeting may be changed', () => {
    expect(view().points.map((p) => p.canDelete)).toEqual([true, false, true]);
    expect(view({ editable: false }).points.some((p) => p.canDelete)).toBe(false);
    expect(view({ viewerId: undefined }).points.some((p) => p.canDelete)).toBe(false);
    expect(view().points[0]?.delete['aria-label']).toBe('Delete talking point “Point p1”');
  });

  it('words suggestions from their fields with numbers, and knows which are on the agenda', () => {
    const texts = view().suggestions.map((s) => s.text);
    expect(texts).toEqual([
      '“Cut onboarding time” is off track: 32% where 60% was expected by now',
      '“NPS” has not been checked in for 21 days',
      '“Hire two designers” was returned for changes: “Too vague”',
      '“Ship v2” is at risk: 40% so far',
    ]);
    expect(view().suggestions[0]?.ownerText).toBe('Ana Lima’s goal');
    const linked = meeting({
      talkingPoints: [point('p9', { links: { objectiveIds: ['o2'], keyResultIds: ['kr4'] } })],
    });
    expect(view({ meeting: linked }).suggestions.map((s) => s.onAgenda)).toEqual([false, true, false, false]);
    expect(view().suggestions[1]?.event).toEqual({
      type: 'add-suggestion',
      key: 'stale:o2:kr4',
      text: '“NPS” has not been checked in for 21 days',
      links: { objectiveIds: ['o2'], keyResultIds: ['kr4'] },
    });
  });

  it('shows action items with owner and due date, overdue in words', () => {
    const v = view();
    expect(v.items[0]?.metaTexts).toEqual(['Owner: Ana Lima', 'Due Feb 20, 2026']);
    expect(v.earlier[0]?.metaTexts).toEqual(['Owner: Dana Okafor', 'Overdue since Feb 10, 2026']);
    expect(v.itemForm.ownerId).toBe('dana');
    expect(v.itemForm.owners.map((o) => o.name)).toEqual(['Dana Okafor', 'Ana Lima']);
  });

  it('shows the notes being typed over the meeting’s, and what is saved in words', () => {
    const state = initOneOnOne();
    expect(view().notes[0]).toMatchObject({ value: 'Shared so far', statusText: '' });
    const typing = { ...state, notes: { ...state.notes, shared: { ...state.notes.shared, draft: 'New' } } };
    expect(view({ state: typing }).notes[0]).toMatchObject({ value: 'New', statusText: 'Not saved yet' });
    const conflict = {
      ...state,
      notes: {
        ...state.notes,
        shared: { ...state.notes.shared, draft: 'Mine', status: 'conflict' as const, theirs: 'Theirs' },
      },
    };
    const notes = view({ state: conflict }).notes[0];
    expect(notes).toMatchObject({ value: 'Mine', conflict: true, theirsText: 'Theirs' });
    expect(notes?.status.role).toBe('alert');
    expect(notes?.statusText).toMatch(/^Someone else changed these notes/);
  });

  it('shows what was asked for until the host has a newer version, and hides deleted points', () => {
    const state = {
      ...initOneOnOne(),
      writes: { 'toggle:p1': { status: 'saving' as const, version: 1, done: true } },
      deleted: ['p3'],
    };
    expect(view({ state }).points.map((p) => [p.id, p.checked])).toEqual([
      ['p1', true],
      ['p2', true],
    ]);
    const newer = meeting({ talkingPoints: [point('p1', { version: 2 })] });
    expect(view({ state, meeting: newer }).points[0]?.checked).toBe(false);
  });

  it('finds focus targets by part and id', () => {
    expect(oneOnOneFocusSelector({ part: 'point-toggle', id: 'p1' })).toBe(
      '[data-scope="one-on-one"][data-part="point-toggle"][data-id="p1"]',
    );
    expect(oneOnOneFocusSelector({ part: 'notes', which: 'private' })).toBe(
      '[data-scope="one-on-one"][data-part="notes-input"][data-notes="private"]',
    );
    expect(oneOnOneFocusSelector({ part: 'save', which: 'shared' })).toBe(
      '[data-scope="one-on-one"][data-part="save"][data-notes="shared"]',
    );
    expect(oneOnOneFocusSelector({ part: 'action', state: 'held' })).toBe(
      '[data-scope="one-on-one"][data-part="action"][data-state="held"]',
    );
  });

  it('speaks German once registered', () => {
    registerMessages('de', { oneOnOne: de });
    const v = view({ locale: 'de' });
    expect(v.headingText).toBe('1:1 mit Ana Lima');
    expect(v.suggestions[0]?.text).toBe(
      '„Cut onboarding time“ ist nicht auf Kurs: 32\u00a0%, wo 60\u00a0% zu erwarten war',
    );
    expect(v.points[0]?.metaTexts[1]).toBe('Aus dem Termin am 9. Feb. 2026');
  });
});
