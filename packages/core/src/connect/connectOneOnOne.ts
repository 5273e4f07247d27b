import { cached, formatDate, parseDay } from '../i18n/format.js';
import { formatPercent } from '../i18n/messages.js';
import { getOneOnOneMessages, type OneOnOneMessages } from '../i18n/oneOnOneMessages.js';
import { type AttrBag, part, partSelector } from './types.js';

/** A participant of a 1:1. */
export interface MeetingPersonData {
  readonly id: string;
  readonly name: string;
}

/** A talking point as the viewer may see it: a shared one, or one of the viewer's private ones. */
export interface TalkingPointData {
  readonly id: string;
  readonly authorId: string;
  readonly authorName: string;
  /** Plain text; rendered as text, never as HTML. */
  readonly text: string;
  readonly visibility: 'shared' | 'private';
  readonly done: boolean;
  /** Carried to every meeting, done or not. */
  readonly recurring: boolean;
  /** The point it was carried over from, or `null` for one written in this meeting. */
  readonly carriedFrom: string | null;
  readonly links: { readonly objectiveIds: readonly string[]; readonly keyResultIds: readonly string[] };
  readonly version: number;
}

/** An action item of a 1:1. */
export interface ActionItemData {
  readonly id: string;
  readonly meetingId: string;
  readonly text: string;
  readonly ownerId: string;
  readonly ownerName: string;
  /** `YYYY-MM-DD`, or `null`. */
  readonly due: string | null;
  /** When it was ticked off, or `null` while open. */
  readonly doneAt: string | null;
  readonly version: number;
}

/** A goal worth talking about, with its numbers; the widget words it from these fields in its locale. */
export interface TalkingPointSuggestionData {
  readonly kind: 'off-track' | 'at-risk' | 'stale' | 'returned';
  readonly ownerId: string;
  readonly objectiveId: string;
  readonly keyResultId?: string | undefined;
  readonly title: string;
  readonly progress?: number | undefined;
  readonly expected?: number | null | undefined;
  readonly daysSinceCheckIn?: number | null | undefined;
  readonly comment?: string | undefined;
  /** The server's English sentence (not shown: the widget words the fields). */
  readonly text: string;
}

/** The meeting's state. */
export type MeetingStateData = 'upcoming' | 'held' | 'skipped';

/** One meeting of a 1:1 series as the viewer sees it. Structural: the client's `Meeting` satisfies it. */
export interface MeetingData {
  readonly id: string;
  readonly participants: readonly MeetingPersonData[];
  /** When it is, an ISO timestamp. */
  readonly at: string;
  readonly state: MeetingStateData;
  readonly sharedNotes: string;
  /** The viewer's own private notes. */
  readonly privateNotes: string;
  readonly talkingPoints: readonly TalkingPointData[];
  readonly actionItems: readonly ActionItemData[];
  /** Open action items of earlier meetings of the series. */
  readonly openActionItems: readonly ActionItemData[];
  readonly suggestions: readonly TalkingPointSuggestionData[];
  readonly previousMeetingId: string | null;
  readonly nextMeetingId: string | null;
  readonly version: number;
}

/** Which notes: the shared ones, or the viewer's private ones. */
export type OneOnOneNotesKind = 'shared' | 'private';

/**
 * A write the 1:1 asks its host for: the detail of `onMeetingChange` and of the `gk-meeting-change` event. Each
 * names the route in `action`; the other fields are what `conversationMutations` of `@goalkit/client/conversations`
 * take for that route.
 */
export type OneOnOneChange =
  | {
      readonly action: 'add-talking-point';
      readonly meetingId: string;
      readonly body: {
        text: string;
        visibility: 'shared' | 'private';
        links?: { objectiveIds: string[]; keyResultIds: string[] };
      };
      readonly idempotencyKey?: string;
    }
  | {
      readonly action: 'update-talking-point';
      readonly meetingId: string;
      readonly pointId: string;
      readonly version: number;
      readonly patch: { done: boolean };
    }
  | {
      readonly action: 'delete-talking-point';
      readonly meetingId: string;
      readonly pointId: string;
      readonly version: number;
    }
  | {
      readonly action: 'add-action-item';
      readonly meetingId: string;
      readonly body: { text: string; ownerId: string; due: string | null };
      readonly idempotencyKey?: string;
    }
  | {
      readonly action: 'update-action-item';
      readonly meetingId: string;
      readonly itemId: string;
      readonly version: number;
      readonly patch: { done: boolean };
    }
  | {
      readonly action: 'update-meeting';
      readonly meetingId: string;
      readonly version: number;
      readonly patch: { sharedNotes?: string; privateNotes?: string; state?: MeetingStateData };
    };

/** A composer's state: the new talking point's, or the new action item's. */
export interface OneOnOneDraft {
  readonly text: string;
  readonly showError: boolean;
  readonly status: 'idle' | 'saving' | 'failed';
  /** Kept across retries of the same text, so a retried add is recorded once. */
  readonly idempotencyKey: string | undefined;
}

/** Notes being edited. */
export interface OneOnOneNotesState {
  /** What the person typed; `undefined` while they have not touched the notes (the meeting's are shown). */
  readonly draft: string | undefined;
  /** The notes the draft started from (after a conflict: theirs). */
  readonly base: string;
  /** The text being saved. */
  readonly saving: string | undefined;
  readonly status: 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';
  /** After a conflict: the notes as someone else saved them (`undefined`: the meeting's, as given). */
  readonly theirs: string | undefined;
  /** Whether the save after a version-only conflict was tried already. */
  readonly resaved: boolean;
}

/** What the viewer asked for that the host has not confirmed yet, or that failed. */
export interface OneOnOneWrite {
  readonly status: 'saving' | 'failed' | 'done';
  /** The version of the thing written, so a newer one from the host wins over what is shown meanwhile. */
  readonly version: number;
  readonly done?: boolean | undefined;
  readonly state?: MeetingStateData | undefined;
  /** Whether it was sent again after a conflict (it is, once). */
  readonly retried?: boolean | undefined;
}

/** The 1:1 widget's state, held by its controller. */
export interface OneOnOneState {
  readonly point: OneOnOneDraft & { readonly private: boolean };
  /** `ownerId` `''`: the default owner (the viewer, else the first participant). `due` as the date input has it. */
  readonly item: OneOnOneDraft & { readonly ownerId: string; readonly due: string };
  readonly notes: { readonly shared: OneOnOneNotesState; readonly private: OneOnOneNotesState };
  /** By key: `toggle:<point>`, `item:<item>`, `delete:<point>`, `suggestion:<key>`, `state`. */
  readonly writes: Readonly<Record<string, OneOnOneWrite>>;
  /** The point whose deletion waits for a confirmation. */
  readonly confirming: string | undefined;
  /** Points deleted here (hidden even before the host drops them). */
  readonly deleted: readonly string[];
  /** Suggestions added here (shown as on the agenda even before the host has the new point). */
  readonly added: readonly string[];
  /** What the live region says last. */
  readonly announcement:
    | { readonly key: 'pointAdded' | 'itemAdded' | 'pointDeleted' | 'writeFailed' }
    | { readonly key: 'stateSaved'; readonly state: MeetingStateData }
    | undefined;
}

const draft = (): OneOnOneDraft => ({ text: '', showError: false, status: 'idle', idempotencyKey: undefined });
const notes = (): OneOnOneNotesState => ({
  draft: undefined,
  base: '',
  saving: undefined,
  status: 'idle',
  theirs: undefined,
  resaved: false,
});

/** A 1:1 with nothing typed. */
export const initOneOnOne = (): OneOnOneState => ({
  point: { ...draft(), private: false },
  item: { ...draft(), ownerId: '', due: '' },
  notes: { shared: notes(), private: notes() },
  writes: {},
  confirming: undefined,
  deleted: [],
  added: [],
  announcement: undefined,
});

/** A suggestion's key: its objective, and its key result for a stale one. */
export const suggestionKey = (s: Pick<TalkingPointSuggestionData, 'kind' | 'objectiveId' | 'keyResultId'>): string =>
  `${s.kind}:${s.objectiveId}${s.keyResultId ? `:${s.keyResultId}` : ''}`;

/** Where the controller moves focus; {@link oneOnOneFocusSelector} finds it. */
export type OneOnOneFocus =
  | { readonly part: 'point-input' | 'item-input' | 'heading' }
  | { readonly part: 'point-toggle' | 'delete' | 'confirm-cancel'; readonly id: string }
  /** The notes' text box, or their Save button ("Save mine" after a conflict). */
  | { readonly part: 'notes' | 'save'; readonly which: OneOnOneNotesKind }
  /** "Mark as held" or "Mark as skipped". */
  | { readonly part: 'action'; readonly state: 'held' | 'skipped' };

/** The CSS selector of a focus target (inside the widget's root or shadow root). */
export function oneOnOneFocusSelector(focus: OneOnOneFocus): string {
  if (focus.part === 'notes') return partSelector('one-on-one', 'notes-input', { 'data-notes': focus.which });
  if (focus.part === 'save') return partSelector('one-on-one', 'save', { 'data-notes': focus.which });
  if (focus.part === 'action') return partSelector('one-on-one', 'action', { 'data-state': focus.state });
  if ('id' in focus) return partSelector('one-on-one', focus.part, { 'data-id': focus.id });
  return partSelector('one-on-one', focus.part);
}

/** What the 1:1 widget renders. */
export interface OneOnOneInput {
  readonly meeting: MeetingData;
  readonly state: OneOnOneState;
  /** The signed-in person: their other participant names the heading; they may delete the points they wrote. */
  readonly viewerId?: string | undefined;
  /** When the previous meeting was, for carried points ("From the meeting on 9 Feb 2026"). */
  readonly previousMeetingAt?: string | undefined;
  /** Whether the viewer may change the meeting (points, notes, items, state). @default true */
  readonly editable?: boolean | undefined;
  /** The day overdue action items are measured against. @default now */
  readonly now?: string | Date | undefined;
  /** The time zone the meeting's time is shown in. @default the runtime's */
  readonly timeZone?: string | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-one-on-one' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One talking point on the agenda. */
export interface OneOnOnePointView {
  readonly id: string;
  readonly text: string;
  readonly checked: boolean;
  /** "By Ana Lima", "Only you", "From the meeting on 9 Feb 2026", "Every meeting": in words, never colour alone. */
  readonly metaTexts: readonly string[];
  readonly canDelete: boolean;
  readonly deleteText: string;
  readonly confirming: boolean;
  readonly confirmText: string;
  readonly confirmButtonText: string;
  readonly cancelText: string;
  readonly item: AttrBag;
  readonly toggle: AttrBag;
  /** Holds the label and the meta line. */
  readonly body: AttrBag;
  readonly label: AttrBag;
  readonly meta: AttrBag;
  readonly delete: AttrBag;
  readonly confirm: AttrBag;
  readonly confirmQuestion: AttrBag;
  readonly confirmButton: AttrBag;
  readonly confirmCancel: AttrBag;
}

/** A suggested talking point. */
export interface OneOnOneSuggestionView {
  readonly key: string;
  /** The suggestion in the viewer's words, with its numbers. */
  readonly text: string;
  readonly ownerText: string | undefined;
  readonly onAgenda: boolean;
  readonly addText: string;
  readonly onAgendaText: string;
  /** What "Add to agenda" sends: the controller's `add-suggestion` event. */
  readonly event: {
    readonly type: 'add-suggestion';
    readonly key: string;
    readonly text: string;
    readonly links: { objectiveIds: string[]; keyResultIds: string[] };
  };
  readonly item: AttrBag;
  readonly label: AttrBag;
  readonly add: AttrBag;
  readonly added: AttrBag;
}

/** An action item. */
export interface OneOnOneItemView {
  readonly id: string;
  readonly text: string;
  readonly checked: boolean;
  readonly metaTexts: readonly string[];
  readonly item: AttrBag;
  readonly toggle: AttrBag;
  /** Holds the label and the meta line. */
  readonly body: AttrBag;
  readonly label: AttrBag;
  readonly meta: AttrBag;
}

/** The shared or private notes. */
export interface OneOnOneNotesView {
  readonly which: OneOnOneNotesKind;
  /** Whether they may be changed (Save shows). */
  readonly editable: boolean;
  readonly headingText: string;
  readonly hintText: string;
  readonly value: string;
  readonly saveText: string;
  readonly statusText: string;
  readonly conflict: boolean;
  readonly theirsText: string | undefined;
  readonly theirsLabelText: string;
  readonly loadTheirsText: string;
  readonly keepMineText: string;
  readonly section: AttrBag;
  readonly heading: AttrBag;
  readonly hint: AttrBag;
  readonly input: AttrBag;
  readonly footer: AttrBag;
  readonly save: AttrBag;
  readonly status: AttrBag;
  readonly theirs: AttrBag;
  readonly theirsLabel: AttrBag;
  readonly loadTheirs: AttrBag;
  readonly keepMine: AttrBag;
}

/** A composer (new point, new action item). */
export interface OneOnOneFormView {
  readonly labelText: string;
  readonly submitText: string;
  readonly errorText: string | undefined;
  readonly statusText: string | undefined;
  readonly form: AttrBag;
  readonly label: AttrBag;
  readonly input: AttrBag;
  readonly error: AttrBag;
  readonly submit: AttrBag;
  readonly status: AttrBag;
}

/** The 1:1 widget's view-model. */
export interface OneOnOneView {
  readonly headingText: string;
  readonly whenText: string;
  readonly dateTime: string;
  readonly stateText: string;
  readonly editable: boolean;
  /** Mark as held / skipped, while it is upcoming and the viewer may change it. */
  readonly stateActions: readonly {
    readonly state: 'held' | 'skipped';
    readonly text: string;
    readonly button: AttrBag;
  }[];
  readonly stateActionsLabelText: string;
  readonly agendaText: string;
  readonly agendaEmptyText: string;
  readonly points: readonly OneOnOnePointView[];
  readonly pointForm: OneOnOneFormView & {
    readonly privateText: string;
    readonly private: boolean;
    readonly privateInput: AttrBag;
    readonly privateLabel: AttrBag;
  };
  readonly suggestionsText: string;
  readonly suggestionsHintText: string;
  readonly suggestions: readonly OneOnOneSuggestionView[];
  readonly notes: readonly [OneOnOneNotesView, OneOnOneNotesView];
  readonly itemsText: string;
  readonly itemsEmptyText: string;
  readonly items: readonly OneOnOneItemView[];
  readonly earlierText: string;
  readonly earlier: readonly OneOnOneItemView[];
  readonly itemForm: OneOnOneFormView & {
    readonly ownerLabelText: string;
    readonly ownerId: string;
    readonly owners: readonly { readonly id: string; readonly name: string }[];
    readonly dueLabelText: string;
    readonly due: string;
    readonly ownerLabel: AttrBag;
    readonly ownerSelect: AttrBag;
    readonly dueLabel: AttrBag;
    readonly dueInput: AttrBag;
  };
  readonly announcementText: string;
  readonly root: AttrBag;
  readonly header: AttrBag;
  readonly heading: AttrBag;
  readonly when: AttrBag;
  readonly stateBadge: AttrBag;
  readonly stateGroup: AttrBag;
  readonly section: (name: 'agenda' | 'suggestions' | 'items' | 'earlier') => AttrBag;
  readonly sectionHeading: (name: 'agenda' | 'suggestions' | 'items' | 'earlier') => AttrBag;
  readonly pointList: AttrBag;
  readonly suggestionList: AttrBag;
  readonly suggestionsHint: AttrBag;
  readonly itemList: AttrBag;
  readonly earlierList: AttrBag;
  readonly empty: AttrBag;
  /** A label with its control (and error) in a form. */
  readonly field: AttrBag;
  /** The action item form's fields, side by side where they fit. */
  readonly fields: AttrBag;
  /** A form's submit button and status. */
  readonly formFooter: AttrBag;
  /** The private checkbox with its label. */
  readonly privateField: AttrBag;
  readonly announcement: AttrBag;
}

/** The meeting's day and time in the locale ("Mon, 16 Feb 2026, 10:00"). */
function formatMeetingTime(at: string, locale: string, timeZone: string | undefined): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return cached(
    `oo|${locale}|${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(date);
}

/** A suggestion in the viewer's words, from its fields (not the server's English `text`). */
export function suggestionText(s: TalkingPointSuggestionData, t: OneOnOneMessages, locale = 'en'): string {
  const pct = (n: number | null | undefined) => (n === null || n === undefined ? null : formatPercent(n, locale));
  switch (s.kind) {
    case 'off-track':
      return t.offTrack(s.title, pct(s.progress) ?? formatPercent(0, locale), pct(s.expected));
    case 'at-risk':
      return t.atRisk(s.title, pct(s.progress) ?? formatPercent(0, locale), pct(s.expected));
    case 'stale':
      return t.stale(s.title, s.daysSinceCheckIn ?? null);
    case 'returned':
      return t.returned(s.title, s.comment?.trim() ?? '');
  }
}

/** Whether a point covers a suggestion: it links the suggestion's objective (and its key result, if any). */
const covers = (point: TalkingPointData, s: TalkingPointSuggestionData) =>
  point.links.objectiveIds.includes(s.objectiveId) &&
  (s.keyResultId === undefined || point.links.keyResultIds.includes(s.keyResultId));

/** Whether a write's value still applies: the host has not given a newer version since. */
const pending = (write: OneOnOneWrite | undefined, version: number) =>
  write !== undefined && write.status !== 'failed' && write.version === version ? write : undefined;

/** Compute the 1:1: the agenda, suggestions, notes, action items and the forms, from the meeting and the controller's state. */
export function connectOneOnOne(input: OneOnOneInput): OneOnOneView {
  const locale = input.locale ?? 'en';
  const t = getOneOnOneMessages(locale);
  const id = input.idBase ?? 'gk-one-on-one';
  const { meeting, state } = input;
  const editable = input.editable ?? true;
  const viewer = input.viewerId;
  const others = meeting.participants.filter((p) => p.id !== viewer);
  const headingText =
    viewer !== undefined && others.length === 1 && others.length < meeting.participants.length
      ? t.heading(others[0]?.name ?? '')
      : t.headingBoth(meeting.participants[0]?.name ?? '', meeting.participants[1]?.name ?? '');
  const stateWrite = pending(state.writes.state, meeting.version);
  const meetingState = stateWrite?.state ?? meeting.state;
  const nameOf = (personId: string) => meeting.participants.find((p) => p.id === personId)?.name;
  const now = input.now === undefined ? new Date() : typeof input.now === 'string' ? parseDay(input.now) : input.now;
  const today = now.toISOString().slice(0, 10);

  const carriedText = input.previousMeetingAt ? t.carriedFrom(formatDate(input.previousMeetingAt, locale)) : t.carried;
  const points = meeting.talkingPoints
    .filter((p) => !state.deleted.includes(p.id))
    .map((p): OneOnOnePointView => {
      const toggleId = `${id}-point-${p.id}`;
      const metaId = `${toggleId}-meta`;
      const write = pending(state.writes[`toggle:${p.id}`], p.version);
      const confirming = state.confirming === p.id;
      const metaTexts = [
        t.by(p.authorName),
        ...(p.visibility === 'private' ? [t.onlyYou] : []),
        ...(p.carriedFrom !== null ? [carriedText] : []),
        ...(p.recurring ? [t.recurring] : []),
      ];
      const busy = state.writes[`delete:${p.id}`]?.status === 'saving';
      return {
        id: p.id,
        text: p.text,
        checked: write?.done ?? p.done,
        metaTexts,
        canDelete: editable && viewer !== undefined && p.authorId === viewer,
        deleteText: t.delete,
        confirming,
        confirmText: t.confirmDelete(p.text),
        confirmButtonText: t.confirm,
        cancelText: t.cancel,
        item: part('one-on-one', 'point', {
          'data-id': p.id,
          'data-done': (write?.done ?? p.done) || undefined,
          'data-visibility': p.visibility,
          'data-recurring': p.recurring || undefined,
          'data-carried': p.carriedFrom !== null || undefined,
        }),
        toggle: part('one-on-one', 'point-toggle', {
          type: 'checkbox',
          id: toggleId,
          'data-id': p.id,
          disabled: !editable || undefined,
          'aria-describedby': metaId,
        }),
        body: part('one-on-one', 'point-body'),
        label: part('one-on-one', 'point-label', { for: toggleId }),
        meta: part('one-on-one', 'point-meta', { id: metaId }),
        delete: part('one-on-one', 'delete', {
          type: 'button',
          'data-id': p.id,
          'aria-label': t.deleteLabel(p.text),
          'aria-expanded': confirming ? 'true' : 'false',
          'aria-controls': `${toggleId}-confirm`,
        }),
        confirm: part('one-on-one', 'confirm', {
          id: `${toggleId}-confirm`,
          role: 'group',
          'aria-label': t.confirmDelete(p.text),
        }),
        confirmQuestion: part('one-on-one', 'confirm-question'),
        confirmButton: part('one-on-one', 'confirm-delete', {
          type: 'button',
          'data-id': p.id,
          'aria-disabled': busy ? 'true' : undefined,
        }),
        confirmCancel: part('one-on-one', 'confirm-cancel', { type: 'button', 'data-id': p.id }),
      };
    });

  const suggestions = meeting.suggestions.map((s): OneOnOneSuggestionView => {
    const key = suggestionKey(s);
    const text = suggestionText(s, t, locale);
    const onAgenda = state.added.includes(key) || meeting.talkingPoints.some((p) => covers(p, s));
    const owner = nameOf(s.ownerId);
    const busy = state.writes[`suggestion:${key}`]?.status === 'saving';
    return {
      key,
      text,
      ownerText: owner ? t.goalOf(owner) : undefined,
      onAgenda,
      addText: t.addToAgenda,
      onAgendaText: t.onAgenda,
      event: {
        type: 'add-suggestion',
        key,
        text,
        links: { objectiveIds: [s.objectiveId], keyResultIds: s.keyResultId ? [s.keyResultId] : [] },
      },
      item: part('one-on-one', 'suggestion', { 'data-kind': s.kind, 'data-on-agenda': onAgenda || undefined }),
      label: part('one-on-one', 'suggestion-text'),
      add: part('one-on-one', 'add-suggestion', {
        type: 'button',
        'data-key': key,
        'aria-label': t.addToAgendaLabel(text),
        'aria-disabled': busy ? 'true' : undefined,
      }),
      added: part('one-on-one', 'on-agenda'),
    };
  });

  const itemView = (a: ActionItemData, scope: 'item' | 'earlier'): OneOnOneItemView => {
    const toggleId = `${id}-${scope}-${a.id}`;
    const write = pending(state.writes[`item:${a.id}`], a.version);
    const done = write?.done ?? a.doneAt !== null;
    const dueText =
      a.due === null
        ? undefined
        : !done && a.due < today
          ? t.overdue(formatDate(a.due, locale))
          : t.due(formatDate(a.due, locale));
    return {
      id: a.id,
      text: a.text,
      checked: done,
      metaTexts: [t.owner(a.ownerName), ...(dueText ? [dueText] : [])],
      item: part('one-on-one', 'action-item', {
        'data-id': a.id,
        'data-done': done || undefined,
        'data-overdue': (a.due !== null && !done && a.due < today) || undefined,
      }),
      toggle: part('one-on-one', 'item-toggle', {
        type: 'checkbox',
        id: toggleId,
        'data-id': a.id,
        disabled: !editable || undefined,
        'aria-describedby': `${toggleId}-meta`,
      }),
      body: part('one-on-one', 'point-body'),
      label: part('one-on-one', 'item-label', { for: toggleId }),
      meta: part('one-on-one', 'item-meta', { id: `${toggleId}-meta` }),
    };
  };

  const notesView = (which: OneOnOneNotesKind): OneOnOneNotesView => {
    const n = state.notes[which];
    const server = which === 'shared' ? meeting.sharedNotes : meeting.privateNotes;
    const value = n.draft ?? server;
    const conflict = n.status === 'conflict';
    const statusText =
      n.status === 'saving'
        ? t.saving
        : n.status === 'saved' && n.draft === undefined
          ? t.saved
          : n.status === 'failed'
            ? t.saveFailed
            : conflict
              ? t.conflict
              : n.draft !== undefined && n.draft !== server
                ? t.unsaved
                : '';
    const base = `${id}-notes-${which}`;
    return {
      which,
      editable,
      headingText: which === 'shared' ? t.sharedNotes : t.privateNotes,
      hintText: which === 'shared' ? t.sharedNotesHint : t.privateNotesHint,
      value,
      saveText: which === 'shared' ? t.saveShared : t.savePrivate,
      statusText,
      conflict,
      theirsText: conflict ? (n.theirs ?? server) : undefined,
      theirsLabelText: t.theirVersion,
      loadTheirsText: t.loadTheirs,
      keepMineText: t.keepMine,
      section: part('one-on-one', 'notes', { 'data-notes': which, 'aria-labelledby': `${base}-heading` }),
      heading: part('one-on-one', 'section-heading', { id: `${base}-heading` }),
      hint: part('one-on-one', 'hint', { id: `${base}-hint` }),
      input: part('one-on-one', 'notes-input', {
        id: `${base}-input`,
        'data-notes': which,
        rows: which === 'shared' ? 6 : 4,
        maxlength: 20000,
        readonly: !editable || undefined,
        'aria-labelledby': `${base}-heading`,
        'aria-describedby': `${base}-hint`,
      }),
      footer: part('one-on-one', 'notes-footer'),
      save: part('one-on-one', 'save', {
        type: 'button',
        'data-notes': which,
        'aria-disabled': n.status === 'saving' ? 'true' : undefined,
      }),
      status: part('one-on-one', 'status', { role: n.status === 'failed' || conflict ? 'alert' : 'status' }),
      theirs: part('one-on-one', 'theirs', { id: `${base}-theirs` }),
      theirsLabel: part('one-on-one', 'theirs-label', { id: `${base}-theirs-label` }),
      loadTheirs: part('one-on-one', 'load-theirs', { type: 'button', 'data-notes': which }),
      keepMine: part('one-on-one', 'save', { type: 'button', 'data-notes': which, 'data-keep-mine': true }),
    };
  };

  const form = (
    name: 'point' | 'item',
    d: OneOnOneDraft,
    labelText: string,
    submitText: string,
    required: string,
  ): OneOnOneFormView => {
    const errorText = d.showError && d.text.trim() === '' ? required : undefined;
    return {
      labelText,
      submitText,
      errorText,
      statusText: d.status === 'saving' ? t.saving : d.status === 'failed' ? t.addFailed : undefined,
      form: part('one-on-one', `${name}-form`, { novalidate: true, 'data-status': d.status }),
      label: part('one-on-one', 'label', { for: `${id}-${name}-input` }),
      input: part('one-on-one', `${name}-input`, {
        id: `${id}-${name}-input`,
        type: 'text',
        maxlength: name === 'point' ? 2000 : 1000,
        autocomplete: 'off',
        'aria-invalid': errorText ? 'true' : undefined,
        'aria-describedby': errorText ? `${id}-${name}-error` : undefined,
      }),
      error: part('one-on-one', 'error', { id: `${id}-${name}-error` }),
      submit: part('one-on-one', 'add', {
        type: 'submit',
        'data-form': name,
        'aria-disabled': d.status === 'saving' ? 'true' : undefined,
      }),
      status: part('one-on-one', 'status', { role: d.status === 'failed' ? 'alert' : 'status' }),
    };
  };

  const defaultOwner =
    viewer !== undefined && meeting.participants.some((p) => p.id === viewer)
      ? viewer
      : (meeting.participants[0]?.id ?? '');
  const announcement = state.announcement;
  const sectionIds = (name: string) => `${id}-${name}-heading`;
  return {
    headingText,
    whenText: formatMeetingTime(meeting.at, locale, input.timeZone),
    dateTime: meeting.at,
    stateText: t.state[meetingState],
    editable,
    stateActions:
      editable && meetingState === 'upcoming'
        ? (['held', 'skipped'] as const).map((s) => ({
            state: s,
            text: s === 'held' ? t.markHeld : t.markSkipped,
            button: part('one-on-one', 'action', {
              type: 'button',
              'data-state': s,
              'aria-disabled': state.writes.state?.status === 'saving' ? 'true' : undefined,
            }),
          }))
        : [],
    stateActionsLabelText: t.stateActions,
    agendaText: t.agenda,
    agendaEmptyText: t.agendaEmpty,
    points,
    pointForm: {
      ...form('point', state.point, t.newPoint, t.addPoint, t.pointRequired),
      privateText: t.privatePoint,
      private: state.point.private,
      privateInput: part('one-on-one', 'private', { type: 'checkbox', id: `${id}-point-private` }),
      privateLabel: part('one-on-one', 'private-label', { for: `${id}-point-private` }),
    },
    suggestionsText: t.suggestions,
    suggestionsHintText: t.suggestionsHint,
    suggestions,
    notes: [notesView('shared'), notesView('private')],
    itemsText: t.actionItems,
    itemsEmptyText: t.actionItemsEmpty,
    items: meeting.actionItems.map((a) => itemView(a, 'item')),
    earlierText: t.earlier,
    earlier: meeting.openActionItems.map((a) => itemView(a, 'earlier')),
    itemForm: {
      ...form('item', state.item, t.newItem, t.addItem, t.itemRequired),
      ownerLabelText: t.ownerLabel,
      ownerId: state.item.ownerId || defaultOwner,
      owners: meeting.participants.map((p) => ({ id: p.id, name: p.name })),
      dueLabelText: t.dueLabel,
      due: state.item.due,
      ownerLabel: part('one-on-one', 'label', { for: `${id}-item-owner` }),
      ownerSelect: part('one-on-one', 'owner', { id: `${id}-item-owner` }),
      dueLabel: part('one-on-one', 'label', { for: `${id}-item-due` }),
      dueInput: part('one-on-one', 'due', { id: `${id}-item-due`, type: 'date' }),
    },
    announcementText:
      announcement === undefined
        ? ''
        : announcement.key === 'stateSaved'
          ? t.stateSaved(t.state[announcement.state])
          : t[announcement.key],
    // Not `data-state`, which names the loading and error placeholders' state on the same part.
    root: part('one-on-one', 'root', { 'aria-labelledby': `${id}-heading`, 'data-meeting-state': meetingState }),
    header: part('one-on-one', 'header'),
    heading: part('one-on-one', 'heading', { id: `${id}-heading`, tabindex: -1 }),
    when: part('one-on-one', 'when'),
    stateBadge: part('one-on-one', 'state', { 'data-state': meetingState }),
    stateGroup: part('one-on-one', 'state-actions', { role: 'group', 'aria-label': t.stateActions }),
    section: (name) => part('one-on-one', 'section', { 'data-section': name, 'aria-labelledby': sectionIds(name) }),
    sectionHeading: (name) => part('one-on-one', 'section-heading', { id: sectionIds(name) }),
    pointList: part('one-on-one', 'points', { 'aria-labelledby': sectionIds('agenda') }),
    suggestionList: part('one-on-one', 'suggestions', {
      'aria-labelledby': sectionIds('suggestions'),
      'aria-describedby': `${id}-suggestions-hint`,
    }),
    suggestionsHint: part('one-on-one', 'hint', { id: `${id}-suggestions-hint` }),
    itemList: part('one-on-one', 'action-items', { 'aria-labelledby': sectionIds('items') }),
    earlierList: part('one-on-one', 'action-items', { 'data-earlier': true, 'aria-labelledby': sectionIds('earlier') }),
    empty: part('one-on-one', 'empty'),
    field: part('one-on-one', 'field'),
    fields: part('one-on-one', 'fields'),
    formFooter: part('one-on-one', 'form-footer'),
    privateField: part('one-on-one', 'private-field'),
    announcement: part('one-on-one', 'announcement', { role: 'status' }),
  };
}
