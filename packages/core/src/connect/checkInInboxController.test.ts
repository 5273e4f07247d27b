import { describe, expect, it, vi } from 'vitest';
import { objective } from './__tests__/widgetFixtures.js';
import {
  checkInInboxFocusSelector,
  checkInInboxTransition,
  createCheckInInboxController,
} from './checkInInboxController.js';
import { connectCheckInInbox, type DueCheckInData, initCheckInInbox } from './connectCheckInInbox.js';

const owed = (keyResultId: string, state: DueCheckInData['state'] = 'due'): DueCheckInData => ({
  keyResultId,
  objectiveId: 'o1',
  recipientId: 'ana',
  dueAt: '2026-03-09T08:00:00Z',
  state,
  lastCheckInAt: null,
  policyOwnerId: 'org',
});

function setup() {
  const focus = vi.fn();
  const controller = createCheckInInboxController({ focus });
  const changes = vi.fn();
  controller.subscribe(changes);
  return { controller, focus, changes };
}

describe('the check-in inbox controller', () => {
  it('opens one row at a time and moves focus into the form opened', () => {
    const { controller, focus } = setup();
    controller.send({ type: 'open', keyResultId: 'kr1' });
    expect(controller.getSnapshot().open).toBe('kr1');
    expect(focus).toHaveBeenLastCalledWith({ target: 'panel', keyResultId: 'kr1' });
    controller.send({ type: 'toggle', keyResultId: 'kr2' });
    expect(controller.getSnapshot().open).toBe('kr2');
    expect(focus).toHaveBeenLastCalledWith({ target: 'panel', keyResultId: 'kr2' });
    expect(focus).toHaveBeenCalledTimes(2);
  });

  it('returns focus to the row’s button when its check-in closes, by Escape, Cancel or the button again', () => {
    const { controller, focus } = setup();
    controller.send({ type: 'open', keyResultId: 'kr1' });
    controller.send({ type: 'close' });
    expect(controller.getSnapshot().open).toBeUndefined();
    expect(focus).toHaveBeenLastCalledWith({ target: 'toggle', keyResultId: 'kr1' });
    controller.send({ type: 'toggle', keyResultId: 'kr1' });
    controller.send({ type: 'toggle', keyResultId: 'kr1' });
    expect(controller.getSnapshot().open).toBeUndefined();
    expect(focus).toHaveBeenLastCalledWith({ target: 'toggle', keyResultId: 'kr1' });
    expect(focus).toHaveBeenCalledTimes(4);
  });

  it('neither changes nor moves focus when closing with nothing open', () => {
    const { controller, focus, changes } = setup();
    const before = controller.getSnapshot();
    controller.send({ type: 'close' });
    expect(controller.getSnapshot()).toBe(before);
    expect(changes).not.toHaveBeenCalled();
    expect(focus).not.toHaveBeenCalled();
  });

  it('announces a check-in done, closes its row and puts focus on the heading', () => {
    const { controller, focus, changes } = setup();
    controller.send({ type: 'open', keyResultId: 'kr1' });
    controller.send({ type: 'checked-in', keyResultId: 'kr1', title: 'Raise activation' });
    expect(controller.getSnapshot()).toEqual({
      open: undefined,
      done: { keyResultId: 'kr1', title: 'Raise activation' },
    });
    expect(focus).toHaveBeenLastCalledWith({ target: 'heading' });
    expect(changes).toHaveBeenCalledTimes(2);
    const view = connectCheckInInbox({ items: [], objectives: [], state: controller.getSnapshot() });
    expect(view.announcementText).toBe('Checked in on “Raise activation”.');
  });

  it('is the reducer’s state machine, with a focus effect for each move', () => {
    const open = checkInInboxTransition(initCheckInInbox(), { type: 'open', keyResultId: 'kr3' });
    expect(open).toEqual({
      state: { open: 'kr3', done: undefined },
      effects: [{ type: 'focus', focus: { target: 'panel', keyResultId: 'kr3' } }],
    });
  });

  it('works without a focus handler', () => {
    const controller = createCheckInInboxController();
    controller.send({ type: 'toggle', keyResultId: 'kr1' });
    expect(controller.getSnapshot().open).toBe('kr1');
  });

  it('names the element a focus intent means in the rendered inbox', () => {
    const view = connectCheckInInbox({
      items: [owed('kr1'), owed('kr2', 'overdue')],
      objectives: [objective()],
      state: initCheckInInbox(),
      idBase: 'i',
    });
    expect(checkInInboxFocusSelector(view, { target: 'heading' })).toBe('[id="i-heading"]');
    expect(checkInInboxFocusSelector(view, { target: 'panel', keyResultId: 'kr1' })).toBe('[id="i-1-panel"]');
    expect(checkInInboxFocusSelector(view, { target: 'toggle', keyResultId: 'kr2' })).toBe(
      '[aria-controls="i-0-panel"]',
    );
    expect(checkInInboxFocusSelector(view, { target: 'toggle', keyResultId: 'gone' })).toBeUndefined();
  });
});
