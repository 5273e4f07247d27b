import { describe, expect, it, vi } from 'vitest';
import type { MeetingData, OneOnOneChange } from './connectOneOnOne.js';
import { createOneOnOneController } from './oneOnOneController.js';

const meeting = (fields: Partial<MeetingData> = {}): MeetingData => ({
  id: 'm1',
  participants: [
    { id: 'dana', name: 'Dana Okafor' },
    { id: 'ana', name: 'Ana Lima' },
  ],
  at: '2026-02-16T10:00:00Z',
  state: 'upcoming',
  sharedNotes: 'Agreed: weekly demos',
  privateNotes: '',
  talkingPoints: ['p1', 'p2', 'p3'].map((id) => ({
    id,
    authorId: 'dana',
    authorName: 'Dana Okafor',
    text: `Point ${id}`,
    visibility: 'shared' as const,
    done: false,
    recurring: false,
    carriedFrom: null,
    links: { objectiveIds: [], keyResultIds: [] },
    version: 1,
  })),
  actionItems: [],
  openActionItems: [
    {
      id: 'a0',
      meetingId: 'm0',
      text: 'Draft the plan',
      ownerId: 'ana',
      ownerName: 'Ana Lima',
      due: null,
      doneAt: null,
      version: 4,
    },
  ],
  suggestions: [],
  previousMeetingId: null,
  nextMeetingId: null,
  version: 7,
  ...fields,
});

/** A host whose writes wait until the test answers them. */
function setup(options: { current?: MeetingData; reload?: () => unknown } = {}) {
  let keys = 0;
  let current = options.current ?? meeting();
  const answers: { change: OneOnOneChange; resolve: (value?: unknown) => void; reject: (error: unknown) => void }[] =
    [];
  const write = vi.fn(
    (change: OneOnOneChange) =>
      new Promise((resolve, reject) => {
        answers.push({ change, resolve, reject });
      }),
  );
  const focus = vi.fn();
  const controller = createOneOnOneController({
    meeting: () => current,
    viewerId: () => 'dana',
    write,
    reload: options.reload,
    focus,
    newKey: () => `key-${++keys}`,
  });
  const state = () => controller.getSnapshot();
  // Lets the host's answers reach the controller (promise callbacks only; no clock).
  const settled = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    controller,
    write,
    focus,
    answers,
    state,
    settled,
    setMeeting: (m: MeetingData) => {
      current = m;
    },
  };
}

describe('the 1:1 controller', () => {
  it('refuses an empty talking point with its message and the focus', () => {
    const { controller, write, focus, state } = setup();
    controller.send({ type: 'point-text', text: '   ' });
    controller.send({ type: 'submit-point' });
    expect(write).not.toHaveBeenCalled();
    expect(state().point.showError).toBe(true);
    expect(focus).toHaveBeenLastCalledWith({ part: 'point-input' });
  });

  it('adds a private point once, retries under the same key, then empties the box and focuses it', async () => {
    const { controller, write, focus, answers, state, settled } = setup();
    controller.send({ type: 'point-text', text: '  Ask about the move  ' });
    controller.send({ type: 'point-private', private: true });
    controller.send({ type: 'submit-point' });
    controller.send({ type: 'submit-point' });
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenLastCalledWith({
      action: 'add-talking-point',
      meetingId: 'm1',
      body: { text: 'Ask about the move', visibility: 'private' },
      idempotencyKey: 'key-1',
    });
    answers.shift()?.reject(new Error('offline'));
    await settled();
    expect(state().point).toMatchObject({ status: 'failed', text: '  Ask about the move  ' });
    controller.send({ type: 'submit-point' });
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ idempotencyKey: 'key-1' }));
    answers.shift()?.resolve({ id: 'p9' });
    await settled();
    expect(state().point).toMatchObject({ status: 'idle', text: '', private: true, idempotencyKey: undefined });
    expect(state().announcement).toEqual({ key: 'pointAdded' });
    expect(focus).toHaveBeenLastCalledWith({ part: 'point-input' });
  });

  it('adds an action item for the chosen owner with an optional due date', async () => {
    const { controller, write, answers, state, settled } = setup();
    controller.send({ type: 'item-text', text: 'Book the workshop' });
    controller.send({ type: 'submit-item' });
    expect(write).toHaveBeenLastCalledWith(
      expect.objectContaining({ body: { text: 'Book the workshop', ownerId: 'dana', due: null } }),
    );
    answers.shift()?.resolve();
    await settled();
    controller.send({ type: 'item-text', text: 'Send the slides' });
    controller.send({ type: 'item-owner', ownerId: 'ana' });
    controller.send({ type: 'item-due', due: '2026-02-20' });
    controller.send({ type: 'submit-item' });
    expect(write).toHaveBeenLastCalledWith({
      action: 'add-action-item',
      meetingId: 'm1',
      body: { text: 'Send the slides', ownerId: 'ana', due: '2026-02-20' },
      idempotencyKey: 'key-2',
    });
    answers.shift()?.resolve();
    await settled();
    expect(state().item).toMatchObject({ text: '', due: '', ownerId: 'ana' });
  });

  it('saves notes with the meeting’s version and keeps what was typed meanwhile', async () => {
    const { controller, write, answers, state, settled } = setup();
    controller.send({ type: 'notes-text', which: 'shared', text: 'Agreed: weekly demos. Ana leads.' });
    controller.send({ type: 'save-notes', which: 'shared' });
    expect(write).toHaveBeenLastCalledWith({
      action: 'update-meeting',
      meetingId: 'm1',
      version: 7,
      patch: { sharedNotes: 'Agreed: weekly demos. Ana leads.' },
    });
    expect(state().notes.shared.status).toBe('saving');
    controller.send({ type: 'notes-text', which: 'shared', text: 'Agreed: weekly demos. Ana leads. More' });
    answers.shift()?.resolve();
    await settled();
    expect(state().notes.shared).toMatchObject({ status: 'saved', draft: 'Agreed: weekly demos. Ana leads. More' });
  });

  it('on a conflict where only the version moved, saves again once with the new version', async () => {
    const reload = vi.fn(() => Promise.resolve(meeting({ version: 9 })));
    const { controller, write, answers, state, settled } = setup({ reload });
    controller.send({ type: 'notes-text', which: 'shared', text: 'Mine' });
    controller.send({ type: 'save-notes', which: 'shared' });
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ version: 9, patch: { sharedNotes: 'Mine' } }));
    answers.shift()?.resolve();
    await settled();
    expect(state().notes.shared).toMatchObject({ status: 'saved', draft: undefined });
  });

  it('on a real conflict keeps the person’s text, shows theirs, and lets them choose', async () => {
    const theirs = meeting({ sharedNotes: 'Ana’s notes', version: 9 });
    const { controller, write, answers, state, settled, focus, setMeeting } = setup({
      reload: () => Promise.resolve(theirs),
    });
    controller.send({ type: 'notes-text', which: 'shared', text: 'Mine' });
    controller.send({ type: 'save-notes', which: 'shared' });
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    expect(write).toHaveBeenCalledTimes(1);
    expect(state().notes.shared).toMatchObject({ status: 'conflict', draft: 'Mine', theirs: 'Ana’s notes' });
    setMeeting(theirs);
    controller.send({ type: 'save-notes', which: 'shared' });
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ version: 9, patch: { sharedNotes: 'Mine' } }));
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    controller.send({ type: 'load-theirs', which: 'shared' });
    expect(state().notes.shared).toMatchObject({ status: 'idle', draft: undefined });
    expect(focus).toHaveBeenLastCalledWith({ part: 'notes', which: 'shared' });
  });

  it('without a reload, a conflict shows the meeting it has as theirs; other failures keep the text', async () => {
    const { controller, answers, state, settled } = setup();
    controller.send({ type: 'notes-text', which: 'private', text: 'Note to self' });
    controller.send({ type: 'save-notes', which: 'private' });
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    expect(state().notes.private).toMatchObject({ status: 'conflict', draft: 'Note to self', theirs: undefined });
    controller.send({ type: 'save-notes', which: 'private' });
    answers.shift()?.reject(new Error('offline'));
    await settled();
    expect(state().notes.private).toMatchObject({ status: 'failed', draft: 'Note to self' });
  });

  it('ticks points and earlier action items at once, and untick them when the write fails', async () => {
    const { controller, write, answers, state, settled } = setup();
    controller.send({ type: 'toggle-point', pointId: 'p2', done: true });
    expect(write).toHaveBeenLastCalledWith({
      action: 'update-talking-point',
      meetingId: 'm1',
      pointId: 'p2',
      version: 1,
      patch: { done: true },
    });
    expect(state().writes['toggle:p2']).toEqual({ status: 'saving', version: 1, done: true });
    controller.send({ type: 'toggle-point', pointId: 'p2', done: false });
    expect(write).toHaveBeenCalledTimes(1);
    answers.shift()?.resolve();
    await settled();
    expect(state().writes['toggle:p2']?.status).toBe('done');
    controller.send({ type: 'toggle-item', itemId: 'a0', done: true });
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ itemId: 'a0', version: 4 }));
    answers.shift()?.reject(new Error('offline'));
    await settled();
    expect(state().writes['item:a0']).toBeUndefined();
    expect(state().announcement).toEqual({ key: 'writeFailed' });
  });

  it('deletes a point after a confirmation and moves the focus to the next one', async () => {
    const { controller, write, answers, state, settled, focus } = setup();
    controller.send({ type: 'delete-point', pointId: 'p2' });
    expect(focus).toHaveBeenLastCalledWith({ part: 'confirm-cancel', id: 'p2' });
    controller.send({ type: 'cancel-delete' });
    expect(focus).toHaveBeenLastCalledWith({ part: 'delete', id: 'p2' });
    expect(write).not.toHaveBeenCalled();
    controller.send({ type: 'delete-point', pointId: 'p2' });
    controller.send({ type: 'confirm-delete' });
    expect(write).toHaveBeenLastCalledWith({
      action: 'delete-talking-point',
      meetingId: 'm1',
      pointId: 'p2',
      version: 1,
    });
    answers.shift()?.resolve();
    await settled();
    expect(state()).toMatchObject({ deleted: ['p2'], confirming: undefined, announcement: { key: 'pointDeleted' } });
    expect(focus).toHaveBeenLastCalledWith({ part: 'point-toggle', id: 'p3' });
    controller.send({ type: 'delete-point', pointId: 'p3' });
    controller.send({ type: 'confirm-delete' });
    answers.shift()?.resolve();
    await settled();
    expect(focus).toHaveBeenLastCalledWith({ part: 'point-toggle', id: 'p1' });
  });

  it('adds a suggestion as a shared point linked to its goal, and marks the meeting held', async () => {
    const { controller, write, answers, state, settled, focus } = setup();
    controller.send({
      type: 'add-suggestion',
      key: 'stale:o2:kr4',
      text: '“NPS” has not been checked in for 21 days',
      links: { objectiveIds: ['o2'], keyResultIds: ['kr4'] },
    });
    expect(write).toHaveBeenLastCalledWith({
      action: 'add-talking-point',
      meetingId: 'm1',
      body: {
        text: '“NPS” has not been checked in for 21 days',
        visibility: 'shared',
        links: { objectiveIds: ['o2'], keyResultIds: ['kr4'] },
      },
      idempotencyKey: 'key-1',
    });
    answers.shift()?.resolve({ id: 'p7' });
    await settled();
    expect(state().added).toEqual(['stale:o2:kr4']);
    expect(focus).toHaveBeenLastCalledWith({ part: 'point-toggle', id: 'p7' });

    controller.send({ type: 'set-state', state: 'held' });
    expect(write).toHaveBeenLastCalledWith({
      action: 'update-meeting',
      meetingId: 'm1',
      version: 7,
      patch: { state: 'held' },
    });
    answers.shift()?.resolve();
    await settled();
    expect(state().announcement).toEqual({ key: 'stateSaved', state: 'held' });
    expect(focus).toHaveBeenLastCalledWith({ part: 'heading' });
  });

  it('marks the meeting held again once with the new version after a conflict (points and items move it)', async () => {
    const reload = vi.fn(() => Promise.resolve(meeting({ version: 9 })));
    const { controller, write, answers, state, settled, focus } = setup({ reload });
    controller.send({ type: 'set-state', state: 'held' });
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ version: 9, patch: { state: 'held' } }));
    // A second conflict is not retried: the buttons come back, and the focus with them.
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    expect(write).toHaveBeenCalledTimes(2);
    expect(state().writes.state).toBeUndefined();
    expect(state().announcement).toEqual({ key: 'writeFailed' });
    expect(focus).toHaveBeenLastCalledWith({ part: 'action', state: 'held' });
  });

  it('does not mark it again when the reload finds it no longer upcoming', async () => {
    const reload = vi.fn(() => Promise.resolve(meeting({ state: 'skipped', version: 9 })));
    const { controller, write, answers, state, settled } = setup({ reload });
    controller.send({ type: 'set-state', state: 'held' });
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    expect(write).toHaveBeenCalledTimes(1);
    expect(state().announcement).toEqual({ key: 'writeFailed' });
  });

  it('keeps the focus on the notes’ button as Save gives way to “Save mine” and back', async () => {
    const theirs = meeting({ sharedNotes: 'Ana’s notes', version: 9 });
    const { controller, answers, settled, focus, setMeeting } = setup({ reload: () => Promise.resolve(theirs) });
    controller.send({ type: 'notes-text', which: 'shared', text: 'Mine' });
    controller.send({ type: 'save-notes', which: 'shared' });
    expect(focus).not.toHaveBeenCalled();
    answers.shift()?.reject(Object.assign(new Error('stale'), { status: 412 }));
    await settled();
    expect(focus).toHaveBeenLastCalledWith({ part: 'save', which: 'shared' });
    setMeeting(theirs);
    focus.mockClear();
    controller.send({ type: 'save-notes', which: 'shared' });
    expect(focus).toHaveBeenLastCalledWith({ part: 'save', which: 'shared' });
  });
});
