import type { TransitionAction } from './messages.js';
import { localized } from './registry.js';

/** The editor widget's words and sentences. */
export interface EditorMessages {
  readonly newHeading: string;
  readonly editHeading: string;
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  readonly cycle: string;
  readonly parent: string;
  readonly none: string;
  /** How the objective aligns to its parent. */
  readonly alignment: string;
  readonly alignmentKinds: Readonly<Record<'contributes' | 'supports', string>>;
  readonly visibility: string;
  readonly visibilityKinds: Readonly<Record<'public' | 'private', string>>;
  /** Who can see the objective, in words, under the visibility control. */
  readonly visibilityHint: Readonly<Record<'public' | 'private', string>>;
  /** A private objective's badge on cards and tree rows. */
  readonly privateBadge: string;
  /** The search box over the goals to align to. */
  readonly parentSearch: string;
  /** The groups of goals to align to, by how their owner relates to the objective's owner. */
  readonly relations: Readonly<Record<'team' | 'manager' | 'company' | 'other', string>>;
  readonly parentCount: (count: number) => string;
  readonly parentsLoading: string;
  readonly noParentMatch: (query: string) => string;
  /** The owner's own status, set by hand with a reason. */
  readonly manualStatus: string;
  readonly manualNone: string;
  readonly manualNote: string;
  readonly manualNoteRequired: string;
  readonly manualHint: (computed: string) => string;
  /** A proposal: who it waits for. */
  readonly waitingFor: (names: string) => string;
  /** A returned draft: by whom and when, before the comment. */
  readonly returnedBy: (p: { name: string; when: string }) => string;
  /** Carry the objective into the next cycle as a draft. */
  readonly carryOver: (cycle: string) => string;
  readonly carrying: string;
  readonly carried: (cycle: string) => string;
  readonly carryFailed: string;
  readonly keyResults: string;
  readonly keyResultTitle: (n: number) => string;
  readonly type: string;
  readonly start: string;
  readonly target: string;
  readonly min: string;
  readonly max: string;
  readonly unit: string;
  readonly milestones: string;
  readonly milestoneTitle: (n: number) => string;
  readonly addMilestone: string;
  readonly removeMilestone: (n: number) => string;
  readonly addKeyResult: string;
  readonly removeKeyResult: (n: number) => string;
  /** Who owes a key result's check-ins: its label, and its accessible name with the key result's position. */
  readonly checkInResponsible: string;
  readonly checkInResponsibleOf: (n: number) => string;
  /** The default: the objective's owner (a team goal's lead), with the owner's name when it is a person. */
  readonly checkInOwner: string;
  readonly checkInOwnerNamed: (name: string) => string;
  /** The server refused the person chosen. */
  readonly checkInResponsibleRefused: string;
  readonly smartHeading: string;
  readonly smartLetters: Readonly<Record<'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound', string>>;
  readonly smartOverall: (score: string) => string;
  readonly smartPending: string;
  /** The linter could not be loaded: the editor works, without suggestions. */
  readonly smartUnavailable: string;
  readonly suggestion: (text: string) => string;
  readonly findings: (count: number) => string;
  readonly save: string;
  readonly saving: string;
  readonly saved: string;
  readonly failed: string;
  readonly conflict: (version: string) => string;
  readonly conflictChange: (p: { field: string; theirs: string; mine: string }) => string;
  readonly reload: string;
  readonly keepMine: string;
  readonly titleRequired: string;
  readonly numberInvalid: (example: string) => string;
  readonly actions: string;
  readonly action: Readonly<Record<TransitionAction, string>>;
  readonly returnComment: string;
  readonly returnCommentRequired: string;
  /** "Value comes from": its label, and its accessible name with the key result's position. */
  readonly sourceMode: string;
  readonly sourceModeOf: (n: number) => string;
  readonly sourceModes: Readonly<Record<'manual' | 'push' | 'pull', string>>;
  /** Push: the label before the address a system sends values to. */
  readonly pushEndpoint: string;
  /** Push: how to send a value to that address. */
  readonly pushHint: string;
  /** Push, before the key result is saved: its id (and so the address) comes with saving. */
  readonly pushAfterSave: string;
  readonly allowOutsideCycle: string;
  readonly connector: string;
  /** The labels of the connectors' settings. */
  readonly configLabels: Readonly<
    Record<'url' | 'path' | 'valuePath' | 'datePath' | 'file' | 'column' | 'dateColumn', string>
  >;
  /** Help under a connector's settings, by connector and setting. */
  readonly configHints: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly schedule: string;
  /** `''` is "only on Sync now". */
  readonly scheduleKinds: Readonly<Record<'' | 'hourly' | 'daily' | 'weekly', string>>;
  readonly scale: string;
  readonly offset: string;
  /** Help under "Multiply by" and "Then add". */
  readonly transformHint: string;
  readonly aggregate: string;
  readonly aggregateKinds: Readonly<
    Record<'latest' | 'sum' | 'mean' | 'min' | 'max' | 'count' | 'running-sum', string>
  >;
  /** A setting a pull needs is empty ("URL is needed to pull values."). */
  readonly sourceFieldRequired: (label: string) => string;
  /** A CSV source names both a URL and a file, or neither. */
  readonly urlOrFile: string;
}

const en: EditorMessages = {
  newHeading: 'New objective',
  editHeading: 'Edit objective',
  title: 'Objective',
  description: 'Description',
  owner: 'Owner',
  cycle: 'Cycle',
  parent: 'Aligns to',
  none: 'None',
  alignment: 'Alignment',
  alignmentKinds: {
    contributes: 'Contributes (progress counts)',
    supports: 'Supports (progress not counted)',
  },
  visibility: 'Visibility',
  visibilityKinds: { public: 'Public', private: 'Private' },
  visibilityHint: {
    public: 'Everyone in the organisation can see this objective.',
    private: 'Only the owner (for a team goal, its members), their managers and admins can see this objective.',
  },
  privateBadge: 'Private',
  parentSearch: 'Search goals to align to',
  relations: {
    team: 'Team goals',
    manager: 'The manager’s goals',
    company: 'Company goals',
    other: 'Other goals',
  },
  parentCount: (count) => (count === 1 ? '1 goal to align to' : `${count} goals to align to`),
  parentsLoading: 'Loading the goals to align to…',
  noParentMatch: (query) => `No goal matches “${query}”.`,
  manualStatus: 'Your status',
  manualNone: 'None: the computed status only',
  manualNote: 'Why',
  manualNoteRequired: 'Say why, so others understand the status you set.',
  manualHint: (computed) => `The computed status (${computed}) stays visible beside yours.`,
  waitingFor: (names) => `Waiting for approval by ${names}.`,
  returnedBy: ({ name, when }) => `Returned by ${name} ${when}:`,
  carryOver: (cycle) => `Carry over to ${cycle}`,
  carrying: 'Carrying over…',
  carried: (cycle) => `Carried over to ${cycle} as a draft.`,
  carryFailed: 'It could not be carried over. Nothing changed; try again.',
  keyResults: 'Key results',
  keyResultTitle: (n) => `Key result ${n}`,
  type: 'Type',
  start: 'Start',
  target: 'Target',
  min: 'Minimum',
  max: 'Maximum',
  unit: 'Unit',
  milestones: 'Milestones',
  milestoneTitle: (n) => `Milestone ${n}`,
  addMilestone: 'Add milestone',
  removeMilestone: (n) => `Remove milestone ${n}`,
  addKeyResult: 'Add key result',
  removeKeyResult: (n) => `Remove key result ${n}`,
  checkInResponsible: 'Check-ins by',
  checkInResponsibleOf: (n) => `Check-ins by (key result ${n})`,
  checkInOwner: 'The owner',
  checkInOwnerNamed: (name) => `The owner (${name})`,
  checkInResponsibleRefused:
    'Only a person who may see this goal can owe its check-ins. Choose someone else, or the owner.',
  smartHeading: 'SMART check',
  smartLetters: {
    specific: 'Specific',
    measurable: 'Measurable',
    achievable: 'Achievable',
    relevant: 'Relevant',
    timeBound: 'Time-bound',
  },
  smartOverall: (score) => `Overall ${score} of 100`,
  smartPending: 'Checking the goal…',
  smartUnavailable: 'Suggestions are unavailable right now; you can still save.',
  suggestion: (text) => `Suggestion: ${text}`,
  findings: (count) => (count === 0 ? 'No findings.' : `${count} finding${count === 1 ? '' : 's'}`),
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  failed: 'The objective could not be saved. Your changes are kept.',
  conflict: (version) => `Someone else saved this objective while you were editing (now version ${version}).`,
  conflictChange: ({ field, theirs, mine }) => `${field}: theirs “${theirs}”, yours “${mine}”`,
  reload: 'Reload theirs',
  keepMine: 'Keep mine',
  titleRequired: 'Give the objective a title.',
  numberInvalid: (example) => `Enter a number, such as ${example}.`,
  actions: 'Lifecycle',
  action: {
    propose: 'Propose',
    approve: 'Approve',
    return: 'Return with comment',
    close: 'Close',
    reopen: 'Reopen',
    withdraw: 'Withdraw the proposal',
  },
  returnComment: 'Comment for the owner',
  returnCommentRequired: 'Say what should change before returning it.',
  sourceMode: 'Value comes from',
  sourceModeOf: (n) => `Value comes from (key result ${n})`,
  sourceModes: { manual: 'People check in', push: 'A system sends values', pull: 'Pulled from a connector' },
  pushEndpoint: 'Send values to',
  pushHint: 'Send one value a day as JSON, such as {"value": 42}, with a token that may write this key result.',
  pushAfterSave: 'The address appears once the key result is saved.',
  allowOutsideCycle: 'Accept values for days outside the cycle',
  connector: 'Connector',
  configLabels: {
    url: 'URL',
    path: 'Path',
    valuePath: 'Value path',
    datePath: 'Date path',
    file: 'File',
    column: 'Value column',
    dateColumn: 'Date column',
  },
  configHints: {
    'http-json': {
      url: 'An http(s) address the server may reach. No secrets: whoever sees the goal can read it.',
      path: 'Where the number or list is in the reply, such as data.items.',
      valuePath: 'In each item: where its number is.',
      datePath: 'In each item: where its date (YYYY-MM-DD) is.',
    },
    csv: {
      url: 'A URL or a file, not both.',
      file: 'A file in the server’s CSV folder.',
      dateColumn: 'Dates as YYYY-MM-DD.',
    },
  },
  schedule: 'Schedule',
  scheduleKinds: { '': 'Only on “Sync now”', hourly: 'Every hour', daily: 'Every day', weekly: 'Every week' },
  scale: 'Multiply by',
  offset: 'Then add',
  transformHint: 'For a share such as 0.42, multiply by 100.',
  aggregate: 'Several values on one day',
  aggregateKinds: {
    latest: 'Take the latest',
    sum: 'Add them up',
    mean: 'Take the average',
    min: 'Take the lowest',
    max: 'Take the highest',
    count: 'Count them',
    'running-sum': 'Running total over the cycle',
  },
  sourceFieldRequired: (label) => `${label} is needed to pull values.`,
  urlOrFile: 'Give a URL or a file, not both.',
};

/** The editor catalog for a BCP 47 locale; English when there is none for its language. */
export const getEditorMessages = (locale = 'en'): EditorMessages => localized('editor', en, locale);
