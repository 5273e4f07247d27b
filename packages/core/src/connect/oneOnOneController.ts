import {
  initOneOnOne,
  type MeetingData,
  type MeetingStateData,
  type OneOnOneChange,
  type OneOnOneFocus,
  type OneOnOneNotesKind,
  type OneOnOneNotesState,
  type OneOnOneState,
  type OneOnOneWrite,
} from './connectOneOnOne.js';
import {
  type ControllerTransition,
  createController,
  isConflictError,
  settleEffect,
  type WidgetController,
} from './controller.js';

/** What the 1:1's controller takes: what the person does, and how the host's writes went. */
export type OneOnOneEvent =
  | { readonly type: 'point-text'; readonly text: string }
  | { readonly type: 'point-private'; readonly private: boolean }
  | { readonly type: 'submit-point' }
  | { readonly type: 'item-text'; readonly text: string }
  | { readonly type: 'item-owner'; readonly ownerId: string }
  | { readonly type: 'item-due'; readonly due: string }
  | { readonly type: 'submit-item' }
  | { readonly type: 'notes-text'; readonly which: OneOnOneNotesKind; readonly text: string }
  | { readonly type: 'save-notes'; readonly which: OneOnOneNotesKind }
  | { readonly type: 'load-theirs'; readonly which: OneOnOneNotesKind }
  | { readonly type: 'toggle-point'; readonly pointId: string; readonly done: boolean }
  | { readonly type: 'toggle-item'; readonly itemId: string; readonly done: boolean }
  | { readonly type: 'delete-point'; readonly pointId: string }
  | { readonly type: 'cancel-delete' }
  | { readonly type: 'confirm-delete' }
  | {
      readonly type: 'add-suggestion';
      readonly key: string;
      readonly text: string;
      readonly links: { objectiveIds: string[]; keyResultIds: string[] };
    }
  | { readonly type: 'set-state'; readonly state: 'held' | 'skipped' }
  | { readonly type: 'written'; readonly key: string; readonly reply: unknown }
  | { readonly type: 'write-failed'; readonly key: string; readonly conflict: boolean }
  | {
      readonly type: 'reloaded';
      /** The notes, or the meeting's state (held, skipped), whose write met a conflict. */
      readonly which: OneOnOneNotesKind | 'state';
      readonly meeting: MeetingData | undefined;
    };

/** What a transition asks the adapter to do. */
export type OneOnOneEffect =
  /** Ask the host for a write; `key` names it in `writes` (`point:new`, `item:new`, `notes:shared` …). */
  | { readonly type: 'write'; readonly key: string; readonly change: OneOnOneChange }
  /** Fetch the meeting as the server has it now (after a conflict on the notes or the state). */
  | { readonly type: 'reload'; readonly which: OneOnOneNotesKind | 'state' }
  | { readonly type: 'focus'; readonly focus: OneOnOneFocus };

/** What a transition reads besides the state. */
export interface OneOnOneContext {
  /** The meeting as the widget shows it now. */
  readonly meeting: MeetingData | undefined;
  readonly viewerId: string | undefined;
  readonly newKey: () => string;
}

type Transition = ControllerTransition<OneOnOneState, OneOnOneEffect>;

const notesOf = (meeting: MeetingData, which: OneOnOneNotesKind) =>
  which === 'shared' ? meeting.sharedNotes : meeting.privateNotes;

const setNotes = (
  state: OneOnOneState,
  which: OneOnOneNotesKind,
  notes: Partial<OneOnOneNotesState>,
): OneOnOneState => ({
  ...state,
  notes: { ...state.notes, [which]: { ...state.notes[which], ...notes } },
});

const setWrite = (state: OneOnOneState, key: string, write: OneOnOneWrite | undefined): OneOnOneState => {
  const writes = { ...state.writes };
  if (write) writes[key] = write;
  else delete writes[key];
  return { ...state, writes };
};

const focus = (f: OneOnOneFocus): OneOnOneEffect => ({ type: 'focus', focus: f });

function saveNotes(state: OneOnOneState, which: OneOnOneNotesKind, meeting: MeetingData): Transition {
  const n = state.notes[which];
  const text = n.draft ?? notesOf(meeting, which);
  const patch = which === 'shared' ? { sharedNotes: text } : { privateNotes: text };
  return {
    state: setNotes(state, which, { status: 'saving', saving: text }),
    effects: [
      {
        type: 'write',
        key: `notes:${which}`,
        change: { action: 'update-meeting', meetingId: meeting.id, version: meeting.version, patch },
      },
    ],
  };
}

/**
 * The 1:1's behaviour, pure:
 *
 * - a new talking point or action item is added under one idempotency key (kept across retries of the same
 *   text); an empty one shows its error and takes the focus; after an add the composer empties (a point keeps
 *   its private choice, an item its owner) and takes the focus for the next;
 * - notes are saved on Save only; what was typed is never replaced: on a conflict (412) the meeting is
 *   fetched again; when only the version moved (the notes are as they were when typing began) the notes are
 *   saved again once, otherwise the person sees their version and theirs and chooses (the focus stays on the
 *   notes' button as Save gives way to "Save mine" and back);
 * - ticking a point or an item shows at once and goes back when the write fails; a point's author deletes it
 *   after a confirmation, and the focus moves to the next point (else the previous, else the new point's box);
 * - a suggestion becomes a shared point linked to its goal, and the meeting is marked held or skipped; as every
 *   point and item moves the meeting's version, a conflict there fetches the meeting and sends the change once
 *   more while it is still upcoming; a failure puts the focus back on the button pressed.
 */
export function oneOnOneTransition(state: OneOnOneState, event: OneOnOneEvent, context: OneOnOneContext): Transition {
  const { meeting } = context;
  switch (event.type) {
    case 'point-text':
      return { state: { ...state, point: { ...state.point, text: event.text, idempotencyKey: undefined } } };
    case 'point-private':
      return { state: { ...state, point: { ...state.point, private: event.private, idempotencyKey: undefined } } };
    case 'item-text':
      return { state: { ...state, item: { ...state.item, text: event.text, idempotencyKey: undefined } } };
    case 'item-owner':
      return { state: { ...state, item: { ...state.item, ownerId: event.ownerId, idempotencyKey: undefined } } };
    case 'item-due':
      return { state: { ...state, item: { ...state.item, due: event.due, idempotencyKey: undefined } } };
    case 'submit-point': {
      if (!meeting || state.point.status === 'saving') return { state };
      const text = state.point.text.trim();
      if (text === '')
        return {
          state: { ...state, point: { ...state.point, showError: true } },
          effects: [focus({ part: 'point-input' })],
        };
      const idempotencyKey = state.point.idempotencyKey ?? context.newKey();
      return {
        state: { ...state, point: { ...state.point, showError: false, status: 'saving', idempotencyKey } },
        effects: [
          {
            type: 'write',
            key: 'point:new',
            change: {
              action: 'add-talking-point',
              meetingId: meeting.id,
              body: { text, visibility: state.point.private ? 'private' : 'shared' },
              idempotencyKey,
            },
          },
        ],
      };
    }
    case 'submit-item': {
      if (!meeting || state.item.status === 'saving') return { state };
      const text = state.item.text.trim();
      if (text === '')
        return {
          state: { ...state, item: { ...state.item, showError: true } },
          effects: [focus({ part: 'item-input' })],
        };
      const viewer = context.viewerId;
      const ownerId =
        state.item.ownerId ||
        (viewer !== undefined && meeting.participants.some((p) => p.id === viewer)
          ? viewer
          : (meeting.participants[0]?.id ?? ''));
      const idempotencyKey = state.item.idempotencyKey ?? context.newKey();
      return {
        state: { ...state, item: { ...state.item, showError: false, status: 'saving', idempotencyKey } },
        effects: [
          {
            type: 'write',
            key: 'item:new',
            change: {
              action: 'add-action-item',
              meetingId: meeting.id,
              body: { text, ownerId, due: state.item.due === '' ? null : state.item.due },
              idempotencyKey,
            },
          },
        ],
      };
    }
    case 'notes-text': {
      const n = state.notes[event.which];
      const base = n.draft === undefined && meeting ? notesOf(meeting, event.which) : n.base;
      const status = n.status === 'saving' || n.status === 'conflict' ? n.status : 'idle';
      return { state: setNotes(state, event.which, { draft: event.text, base, status }) };
    }
    case 'save-notes': {
      if (!meeting || state.notes[event.which].status === 'saving') return { state };
      const saved = saveNotes(setNotes(state, event.which, { resaved: false }), event.which, meeting);
      // "Save mine" gives way to Save: the focus goes along.
      if (state.notes[event.which].status !== 'conflict') return saved;
      return { ...saved, effects: [...(saved.effects ?? []), focus({ part: 'save', which: event.which })] };
    }
    case 'load-theirs':
      return {
        state: setNotes(state, event.which, { draft: undefined, status: 'idle', theirs: undefined }),
        effects: [focus({ part: 'notes', which: event.which })],
      };
    case 'toggle-point': {
      const point = meeting?.talkingPoints.find((p) => p.id === event.pointId);
      const key = `toggle:${event.pointId}`;
      // One write at a time per point: a second would carry the same, soon stale, version.
      if (!meeting || !point || state.writes[key]?.status === 'saving') return { state };
      return {
        state: setWrite(state, key, { status: 'saving', version: point.version, done: event.done }),
        effects: [
          {
            type: 'write',
            key,
            change: {
              action: 'update-talking-point',
              meetingId: meeting.id,
              pointId: point.id,
              version: point.version,
              patch: { done: event.done },
            },
          },
        ],
      };
    }
    case 'toggle-item': {
      const item = [...(meeting?.actionItems ?? []), ...(meeting?.openActionItems ?? [])].find(
        (a) => a.id === event.itemId,
      );
      const key = `item:${event.itemId}`;
      if (!meeting || !item || state.writes[key]?.status === 'saving') return { state };
      return {
        state: setWrite(state, key, { status: 'saving', version: item.version, done: event.done }),
        effects: [
          {
            type: 'write',
            key,
            change: {
              action: 'update-action-item',
              meetingId: meeting.id,
              itemId: item.id,
              version: item.version,
              patch: { done: event.done },
            },
          },
        ],
      };
    }
    case 'delete-point':
      return {
        state: { ...state, confirming: event.pointId },
        effects: [focus({ part: 'confirm-cancel', id: event.pointId })],
      };
    case 'cancel-delete': {
      const id = state.confirming;
      if (id === undefined) return { state };
      return { state: { ...state, confirming: undefined }, effects: [focus({ part: 'delete', id })] };
    }
    case 'confirm-delete': {
      const point = meeting?.talkingPoints.find((p) => p.id === state.confirming);
      if (!meeting || !point || state.writes[`delete:${point.id}`]?.status === 'saving') return { state };
      const key = `delete:${point.id}`;
      return {
        state: setWrite(state, key, { status: 'saving', version: point.version }),
        effects: [
          {
            type: 'write',
            key,
            change: {
              action: 'delete-talking-point',
              meetingId: meeting.id,
              pointId: point.id,
              version: point.version,
            },
          },
        ],
      };
    }
    case 'add-suggestion': {
      const key = `suggestion:${event.key}`;
      if (!meeting || state.writes[key]?.status === 'saving') return { state };
      return {
        state: setWrite(state, key, { status: 'saving', version: meeting.version }),
        effects: [
          {
            type: 'write',
            key,
            change: {
              action: 'add-talking-point',
              meetingId: meeting.id,
              body: { text: event.text, visibility: 'shared', links: event.links },
              idempotencyKey: context.newKey(),
            },
          },
        ],
      };
    }
    case 'set-state': {
      if (!meeting || state.writes.state?.status === 'saving') return { state };
      return {
        state: setWrite(state, 'state', { status: 'saving', version: meeting.version, state: event.state }),
        effects: [
          {
            type: 'write',
            key: 'state',
            change: {
              action: 'update-meeting',
              meetingId: meeting.id,
              version: meeting.version,
              patch: { state: event.state },
            },
          },
        ],
      };
    }
    case 'written':
      return written(state, event.key, event.reply, context);
    case 'write-failed':
      return failed(state, event.key, event.conflict);
    case 'reloaded': {
      if (event.which === 'state') return reloadedState(state, event.meeting ?? meeting);
      const n = state.notes[event.which];
      const theirs = event.meeting ? notesOf(event.meeting, event.which) : undefined;
      if (event.meeting && theirs === n.base && !n.resaved)
        return saveNotes(setNotes(state, event.which, { resaved: true }), event.which, event.meeting);
      return {
        state: setNotes(state, event.which, {
          status: 'conflict',
          draft: n.draft ?? n.saving,
          theirs,
          base: theirs ?? n.base,
        }),
        // Save gives way to "Save mine" and "Load their version": the focus goes to the first.
        effects: [focus({ part: 'save', which: event.which })],
      };
    }
  }
}

/** The state write after a conflict: sent again once with the meeting's new version while it is still upcoming. */
function reloadedState(state: OneOnOneState, meeting: MeetingData | undefined): Transition {
  const write = state.writes.state;
  if (!write?.state || write.state === 'upcoming') return { state };
  if (meeting?.state !== 'upcoming' || meeting.version === write.version || write.retried)
    return failed(state, 'state', false);
  return {
    state: setWrite(state, 'state', { ...write, version: meeting.version, retried: true }),
    effects: [
      {
        type: 'write',
        key: 'state',
        change: {
          action: 'update-meeting',
          meetingId: meeting.id,
          version: meeting.version,
          patch: { state: write.state },
        },
      },
    ],
  };
}

function written(state: OneOnOneState, key: string, reply: unknown, context: OneOnOneContext): Transition {
  if (key === 'point:new')
    return {
      state: {
        ...state,
        point: { ...state.point, text: '', showError: false, status: 'idle', idempotencyKey: undefined },
        announcement: { key: 'pointAdded' },
      },
      effects: [focus({ part: 'point-input' })],
    };
  if (key === 'item:new')
    return {
      state: {
        ...state,
        item: { ...state.item, text: '', due: '', showError: false, status: 'idle', idempotencyKey: undefined },
        announcement: { key: 'itemAdded' },
      },
      effects: [focus({ part: 'item-input' })],
    };
  if (key.startsWith('notes:')) {
    const which = key.slice(6) as OneOnOneNotesKind;
    const n = state.notes[which];
    // Typing may have gone on while it saved: that text stays a draft.
    const draft = n.draft === n.saving ? undefined : n.draft;
    return { state: setNotes(state, which, { status: 'saved', draft, saving: undefined, theirs: undefined }) };
  }
  if (key.startsWith('delete:')) {
    const id = key.slice(7);
    const points = (context.meeting?.talkingPoints ?? []).filter((p) => !state.deleted.includes(p.id));
    const at = points.findIndex((p) => p.id === id);
    const next = points[at + 1] ?? points[at - 1];
    return {
      state: {
        ...setWrite(state, key, undefined),
        confirming: undefined,
        deleted: [...state.deleted, id],
        announcement: { key: 'pointDeleted' },
      },
      effects: [focus(next && next.id !== id ? { part: 'point-toggle', id: next.id } : { part: 'point-input' })],
    };
  }
  if (key.startsWith('suggestion:')) {
    const pointId = (reply as { id?: unknown } | null | undefined)?.id;
    return {
      state: {
        ...setWrite(state, key, undefined),
        added: [...state.added, key.slice(11)],
        announcement: { key: 'pointAdded' },
      },
      // The button is gone: to the new point, when the host said which it is.
      effects: [focus(typeof pointId === 'string' ? { part: 'point-toggle', id: pointId } : { part: 'point-input' })],
    };
  }
  const write = state.writes[key];
  if (!write) return { state };
  if (key === 'state')
    return {
      state: {
        ...setWrite(state, key, { ...write, status: 'done' }),
        announcement: { key: 'stateSaved', state: write.state as MeetingStateData },
      },
      effects: [focus({ part: 'heading' })],
    };
  return { state: setWrite(state, key, { ...write, status: 'done' }) };
}

function failed(state: OneOnOneState, key: string, conflict: boolean): Transition {
  if (key === 'point:new') return { state: { ...state, point: { ...state.point, status: 'failed' } } };
  if (key === 'item:new') return { state: { ...state, item: { ...state.item, status: 'failed' } } };
  if (key.startsWith('notes:')) {
    const which = key.slice(6) as OneOnOneNotesKind;
    if (conflict) return { state, effects: [{ type: 'reload', which }] };
    const n = state.notes[which];
    return { state: setNotes(state, which, { status: 'failed', draft: n.draft ?? n.saving, saving: undefined }) };
  }
  const write = state.writes[key];
  // The meeting's version moves with every point and item: fetch it, and mark the meeting once more.
  if (key === 'state' && conflict && write && !write.retried)
    return { state, effects: [{ type: 'reload', which: 'state' }] };
  const next = { ...setWrite(state, key, undefined), announcement: { key: 'writeFailed' } as const };
  // The buttons come back: to the one pressed.
  if (key === 'state' && (write?.state === 'held' || write?.state === 'skipped'))
    return { state: next, effects: [focus({ part: 'action', state: write.state })] };
  if (key.startsWith('delete:')) {
    const id = key.slice(7);
    return { state: { ...next, confirming: undefined }, effects: [focus({ part: 'delete', id })] };
  }
  return { state: next };
}

/** How the adapter carries out the controller's effects. */
export interface OneOnOneControllerOptions {
  /** The meeting as shown now (read at each event). */
  readonly meeting: () => MeetingData | undefined;
  /** The signed-in person (read at each event). */
  readonly viewerId?: (() => string | undefined) | undefined;
  /**
   * Carries out a write. A promise shows "Saving…" until it settles; a rejection shows the failure (a 412 or 409,
   * `status` on the error, is a conflict). An added point's reply (`{ id }`) lets the focus go to it.
   */
  readonly write: (change: OneOnOneChange) => unknown;
  /**
   * The meeting as the server has it now, after a conflict on the notes or the state (connected mode refetches
   * it). Without it, a conflict shows the meeting the widget has as theirs.
   */
  readonly reload?: (() => unknown) | undefined;
  /** Moves focus, once the change it follows is on screen (see `oneOnOneFocusSelector`). */
  readonly focus?: ((focus: OneOnOneFocus) => void) | undefined;
  /** A new idempotency key. @default crypto.randomUUID */
  readonly newKey?: (() => string) | undefined;
}

/** The 1:1's controller: one for each mounted widget. */
export function createOneOnOneController(
  options: OneOnOneControllerOptions,
): WidgetController<OneOnOneState, OneOnOneEvent> {
  const newKey = options.newKey ?? (() => globalThis.crypto.randomUUID());
  return createController<OneOnOneState, OneOnOneEvent, OneOnOneEffect>({
    initial: initOneOnOne(),
    transition: (state, event) =>
      oneOnOneTransition(state, event, { meeting: options.meeting(), viewerId: options.viewerId?.(), newKey }),
    run(effect, send) {
      if (effect.type === 'focus') {
        options.focus?.(effect.focus);
        return;
      }
      if (effect.type === 'reload') {
        const { which } = effect;
        const reloaded = (value: unknown) =>
          send({ type: 'reloaded', which, meeting: (value as MeetingData | null | undefined) ?? undefined });
        if (!options.reload) reloaded(undefined);
        else
          settleEffect(
            () => options.reload?.(),
            reloaded,
            () => reloaded(undefined),
          );
        return;
      }
      const { key } = effect;
      settleEffect(
        () => options.write(effect.change),
        (reply) => send({ type: 'written', key, reply }),
        (error) => send({ type: 'write-failed', key, conflict: isConflictError(error) }),
      );
    },
  });
}
