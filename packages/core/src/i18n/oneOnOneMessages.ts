import { localized } from './registry.js';

/** The 1:1 widget's words. Numbers and dates arrive formatted ("32 %", "9 Feb 2026"). */
export interface OneOnOneMessages {
  /** "1:1 with Ana Lima"; without a viewer, both names. */
  readonly heading: (other: string) => string;
  readonly headingBoth: (first: string, second: string) => string;
  /** The meeting's state, in words. */
  readonly state: { readonly upcoming: string; readonly held: string; readonly skipped: string };
  readonly markHeld: string;
  readonly markSkipped: string;
  readonly stateActions: string;
  readonly agenda: string;
  readonly agendaEmpty: string;
  /** "By Ana Lima". */
  readonly by: (name: string) => string;
  readonly onlyYou: string;
  readonly carriedFrom: (date: string) => string;
  readonly carried: string;
  readonly recurring: string;
  readonly delete: string;
  /** The delete button's name, with the point's words. */
  readonly deleteLabel: (text: string) => string;
  readonly confirmDelete: (text: string) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly newPoint: string;
  readonly privatePoint: string;
  readonly addPoint: string;
  readonly pointRequired: string;
  readonly suggestions: string;
  readonly suggestionsHint: string;
  readonly offTrack: (title: string, progress: string, expected: string | null) => string;
  readonly atRisk: (title: string, progress: string, expected: string | null) => string;
  readonly stale: (title: string, days: number | null) => string;
  readonly returned: (title: string, comment: string) => string;
  /** "Ana Lima's goal". */
  readonly goalOf: (name: string) => string;
  readonly addToAgenda: string;
  readonly addToAgendaLabel: (text: string) => string;
  readonly onAgenda: string;
  readonly sharedNotes: string;
  readonly sharedNotesHint: string;
  readonly privateNotes: string;
  readonly privateNotesHint: string;
  readonly saveShared: string;
  readonly savePrivate: string;
  readonly unsaved: string;
  readonly saving: string;
  readonly saved: string;
  readonly saveFailed: string;
  readonly conflict: string;
  readonly theirVersion: string;
  readonly loadTheirs: string;
  readonly keepMine: string;
  readonly actionItems: string;
  readonly actionItemsEmpty: string;
  readonly earlier: string;
  /** "Owner: Ana Lima". */
  readonly owner: (name: string) => string;
  readonly due: (date: string) => string;
  readonly overdue: (date: string) => string;
  readonly newItem: string;
  readonly ownerLabel: string;
  readonly dueLabel: string;
  readonly addItem: string;
  readonly itemRequired: string;
  readonly pointAdded: string;
  readonly itemAdded: string;
  readonly pointDeleted: string;
  readonly stateSaved: (state: string) => string;
  /** A write that failed: what, and that nothing typed is lost. */
  readonly writeFailed: string;
  readonly addFailed: string;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const numbers = (progress: string, expected: string | null) =>
  expected === null ? `${progress} so far` : `${progress} where ${expected} was expected by now`;

const en: OneOnOneMessages = {
  heading: (other) => `1:1 with ${other}`,
  headingBoth: (first, second) => `1:1: ${first} and ${second}`,
  state: { upcoming: 'Upcoming', held: 'Held', skipped: 'Skipped' },
  markHeld: 'Mark as held',
  markSkipped: 'Mark as skipped',
  stateActions: 'Meeting',
  agenda: 'Agenda',
  agendaEmpty: 'Nothing on the agenda yet. Add a talking point below, or one of the suggestions.',
  by: (name) => `By ${name}`,
  onlyYou: 'Only you',
  carriedFrom: (date) => `From the meeting on ${date}`,
  carried: 'From the last meeting',
  recurring: 'Every meeting',
  delete: 'Delete',
  deleteLabel: (text) => `Delete talking point “${text}”`,
  confirmDelete: (text) => `Delete “${text}”?`,
  confirm: 'Delete',
  cancel: 'Keep it',
  newPoint: 'New talking point',
  privatePoint: 'Private: only you see it',
  addPoint: 'Add to agenda',
  pointRequired: 'Write the talking point first.',
  suggestions: 'Suggested talking points',
  suggestionsHint: 'From the goals: off track, at risk, not checked in lately, or returned.',
  offTrack: (title, progress, expected) => `“${title}” is off track: ${numbers(progress, expected)}`,
  atRisk: (title, progress, expected) => `“${title}” is at risk: ${numbers(progress, expected)}`,
  stale: (title, n) =>
    n === null ? `“${title}” has never been checked in` : `“${title}” has not been checked in for ${days(n)}`,
  returned: (title, comment) =>
    comment === '' ? `“${title}” was returned for changes` : `“${title}” was returned for changes: “${comment}”`,
  goalOf: (name) => `${name}’s goal`,
  addToAgenda: 'Add to agenda',
  addToAgendaLabel: (text) => `Add to agenda: ${text}`,
  onAgenda: 'On the agenda',
  sharedNotes: 'Shared notes',
  sharedNotesHint: 'Both of you see these.',
  privateNotes: 'My private notes',
  privateNotesHint: 'Only you see these.',
  saveShared: 'Save shared notes',
  savePrivate: 'Save private notes',
  unsaved: 'Not saved yet',
  saving: 'Saving…',
  saved: 'Saved',
  saveFailed: 'Could not save. Your text is kept here; try again.',
  conflict:
    'Someone else changed these notes while you were writing. Your text is kept here: save it over theirs, or load their version.',
  theirVersion: 'Their version',
  loadTheirs: 'Load their version',
  keepMine: 'Save mine',
  actionItems: 'Action items',
  actionItemsEmpty: 'No action items yet.',
  earlier: 'From earlier meetings',
  owner: (name) => `Owner: ${name}`,
  due: (date) => `Due ${date}`,
  overdue: (date) => `Overdue since ${date}`,
  newItem: 'New action item',
  ownerLabel: 'Owner',
  dueLabel: 'Due (optional)',
  addItem: 'Add action item',
  itemRequired: 'Write the action item first.',
  pointAdded: 'Talking point added.',
  itemAdded: 'Action item added.',
  pointDeleted: 'Talking point deleted.',
  stateSaved: (state) => `Meeting marked as ${state.toLowerCase()}.`,
  writeFailed: 'That change could not be saved. Try again.',
  addFailed: 'Could not add it. Your text is kept; try again.',
};

/** The 1:1 catalog for a BCP 47 locale; English when there is none for its language. */
export const getOneOnOneMessages = (locale = 'en'): OneOnOneMessages => localized('oneOnOne', en, locale);
