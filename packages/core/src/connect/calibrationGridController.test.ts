import { describe, expect, it, vi } from 'vitest';
import {
  type CalibrationGridEvent,
  type CalibrationGridKeyEvent,
  type CalibrationGridState,
  type CalibrationPersonData,
  calibrationErrorMessage,
  calibrationGridPeople,
  calibrationGridTransition,
  createCalibrationGridController,
  initCalibrationGrid,
} from './calibrationGridController.js';

const ana = { personId: 'ana', name: 'Ana', placement: { potential: 'moderate', performance: 'moderate' } } as const;
const key = (k: string, extra: Partial<CalibrationGridKeyEvent> = {}): CalibrationGridKeyEvent => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  preventDefault: vi.fn(),
  ...extra,
});
const context = { editable: true, newKey: () => 'k1' };
const run = (events: readonly CalibrationGridEvent[], state = initCalibrationGrid(), ctx = context) => {
  const effects: unknown[] = [];
  for (const event of events) {
    const next = calibrationGridTransition(state, event, ctx);
    state = next.state;
    effects.push(...(next.effects ?? []));
  }
  return { state, effects };
};
const down = (k: string, extra?: Partial<CalibrationGridKeyEvent>): CalibrationGridEvent => ({
  type: 'keydown',
  person: ana,
  event: key(k, extra),
});

describe('calibrationGridTransition: the keyboard', () => {
  it('picks up with Enter, moves the target with the arrows (stopping at the edges) and opens the dialog', () => {
    const picked = run([down('Enter')]);
    expect(picked.state.move).toEqual({
      personId: 'ana',
      name: 'Ana',
      from: ana.placement,
      to: ana.placement,
      step: 'choosing',
    });
    expect(picked.state.announcement).toEqual({ kind: 'moving', name: 'Ana', box: ana.placement });
    expect(picked.effects).toEqual([{ type: 'prevent-default', event: expect.anything() }]);

    const moved = run([down('ArrowUp'), down('ArrowUp'), down('ArrowRight')], picked.state);
    expect(moved.state.move?.to).toEqual({ potential: 'high', performance: 'high' });
    expect(moved.state.announcement).toEqual({
      kind: 'target',
      name: 'Ana',
      box: { potential: 'high', performance: 'high' },
    });
    const edge = run([down('ArrowRight')], moved.state);
    expect(edge.state).toBe(moved.state);

    const placed = run([down('Enter')], moved.state);
    expect(placed.state.move?.step).toBe('reason');
    expect(placed.effects).toContainEqual({ type: 'focus', target: { part: 'reason' } });
  });

  it('picks up with Space too, and Escape cancels with focus back on the person', () => {
    const { state, effects } = run([down(' '), down('ArrowDown'), down('Escape')]);
    expect(state.move).toBeNull();
    expect(state.announcement).toEqual({ kind: 'cancelled', name: 'Ana', box: ana.placement });
    expect(effects).toContainEqual({ type: 'focus', target: { part: 'person', personId: 'ana' } });
  });

  it('says the person is there already on Enter in their own box', () => {
    const { state } = run([down('Enter'), down('Enter')]);
    expect(state.move?.step).toBe('choosing');
    expect(state.announcement?.kind).toBe('same');
  });

  it('leaves other keys, and keys with a modifier, to the browser', () => {
    const tab = key('Tab');
    const { state } = run([down('Enter'), { type: 'keydown', person: ana, event: tab }]);
    expect(state.move?.step).toBe('choosing');
    expect(tab.preventDefault).not.toHaveBeenCalled();
    expect(run([down('Enter', { ctrlKey: true })]).state.move).toBeNull();
  });

  it('does nothing on a grid that is not editable', () => {
    const readOnly = { editable: false, newKey: () => 'k' };
    expect(run([down('Enter'), { type: 'pick', person: ana }], undefined, readOnly).state).toEqual(
      initCalibrationGrid(),
    );
  });

  it('keeps focus in the dialog: Tab from Move to the reason, Shift+Tab from the reason to Move; Escape cancels', () => {
    const open = run([down('Enter'), down('ArrowUp'), down('Enter')]).state;
    expect(run([{ type: 'dialog-key', event: key('Tab'), at: 'last' }], open).effects).toContainEqual({
      type: 'focus',
      target: { part: 'reason' },
    });
    expect(
      run([{ type: 'dialog-key', event: key('Tab', { shiftKey: true }), at: 'first' }], open).effects,
    ).toContainEqual({ type: 'focus', target: { part: 'confirm' } });
    expect(run([{ type: 'dialog-key', event: key('Tab'), at: 'other' }], open).effects).toEqual([]);
    const escaped = run([{ type: 'dialog-key', event: key('Escape'), at: 'first' }], open);
    expect(escaped.state.move).toBeNull();
    expect(escaped.effects).toContainEqual({ type: 'focus', target: { part: 'person', personId: 'ana' } });
  });
});

describe('calibrationGridTransition: moves', () => {
  const to = { potential: 'high', performance: 'moderate' } as const;
  const open = (): CalibrationGridState =>
    run([
      { type: 'pick', person: ana },
      { type: 'target', to },
    ]).state;

  it('requires a reason: Move without one says so and focuses the text box', () => {
    const { state, effects } = run([{ type: 'reason', text: '   ' }, { type: 'confirm' }], open());
    expect(state.reasonMissing).toBe(true);
    expect(state.move?.step).toBe('reason');
    expect(effects).toEqual([{ type: 'focus', target: { part: 'reason' } }]);
    expect(run([{ type: 'reason', text: 'Led the launch' }], state).state.reasonMissing).toBe(false);
  });

  it('saves with the trimmed reason and an idempotency key; the person waits in the new box', () => {
    const { state, effects } = run([{ type: 'reason', text: ' Led the launch ' }, { type: 'confirm' }], open());
    expect(state.move).toMatchObject({ personId: 'ana', to, step: 'saving' });
    expect(effects).toEqual([
      { type: 'adjust', detail: { personId: 'ana', to, reason: 'Led the launch', idempotencyKey: 'k1' } },
      { type: 'focus', target: { part: 'person', personId: 'ana' } },
    ]);
    // One at a time: nobody is picked up while it saves.
    expect(run([{ type: 'pick', person: { ...ana, personId: 'ben', name: 'Ben' } }], state).state).toBe(state);
  });

  it("applies the server's answer", () => {
    const saving = run([{ type: 'reason', text: 'x' }, { type: 'confirm' }], open()).state;
    const answer: CalibrationPersonData = {
      personId: 'ana',
      name: 'Ana',
      finalScore: 0.6,
      computed: ana.placement,
      placement: to,
      adjustments: [{ from: ana.placement, to, reason: 'x', actorName: 'Dana', at: '2026-03-30T10:00:00Z' }],
    };
    const { state } = run([{ type: 'saved', person: answer }], saving);
    expect(state.move).toBeNull();
    expect(state.answers.ana).toBe(answer);
    expect(state.announcement).toEqual({ kind: 'placed', name: 'Ana', box: to });
    const before = { ...answer, placement: ana.placement, adjustments: [] };
    expect(calibrationGridPeople([before], state.answers)).toEqual([answer]);
    // The host's copy caught up (as many adjustments): it is used again.
    const caughtUp = { ...answer };
    expect(calibrationGridPeople([caughtUp], state.answers)[0]).toBe(caughtUp);
  });

  it("leaves the person where they were on a failure, with the server's reason", () => {
    const saving = run([{ type: 'reason', text: 'x' }, { type: 'confirm' }], open()).state;
    const error = { status: 409, problem: { title: 'Conflict', detail: 'The cycle is no longer calibrating' } };
    const { state, effects } = run([{ type: 'failed', error }], saving);
    expect(state.move).toBeNull();
    expect(state.failure).toEqual({
      personId: 'ana',
      name: 'Ana',
      box: ana.placement,
      message: 'The cycle is no longer calibrating',
    });
    expect(effects).toEqual([{ type: 'focus', target: { part: 'person', personId: 'ana' } }]);
  });

  it('cancels a drag that ended outside a box, not one dropped on a box', () => {
    expect(run([{ type: 'pick', person: ana }, { type: 'drag-end' }]).state.move).toBeNull();
    expect(run([{ type: 'drag-end' }], open()).state.move?.step).toBe('reason');
  });
});

describe('calibrationErrorMessage', () => {
  it("reads the server's problem, else the error's message", () => {
    expect(calibrationErrorMessage({ problem: { title: 'Forbidden' } })).toBe('Forbidden');
    expect(calibrationErrorMessage(new Error('offline'))).toBe('offline');
    expect(calibrationErrorMessage('nope')).toBeUndefined();
  });
});

describe('createCalibrationGridController', () => {
  it('runs the move through `adjust` and applies its answer; a rejection puts the person back', async () => {
    const focus = vi.fn();
    let answer: Promise<unknown> = Promise.reject(new Error('The server is down'));
    answer.catch(() => {});
    const adjust = vi.fn(() => answer);
    const controller = createCalibrationGridController({ editable: () => true, adjust, focus, newKey: () => 'k' });
    controller.send({ type: 'pick', person: ana });
    controller.send({ type: 'target', to: { potential: 'low', performance: 'low' } });
    controller.send({ type: 'reason', text: 'Struggled all half' });
    controller.send({ type: 'confirm' });
    expect(adjust).toHaveBeenCalledWith({
      personId: 'ana',
      to: { potential: 'low', performance: 'low' },
      reason: 'Struggled all half',
      idempotencyKey: 'k',
    });
    await vi.waitFor(() => expect(controller.getSnapshot().failure?.message).toBe('The server is down'));
    expect(focus).toHaveBeenLastCalledWith({ part: 'person', personId: 'ana' });

    answer = Promise.resolve(undefined);
    controller.send({ type: 'pick', person: ana });
    controller.send({ type: 'target', to: { potential: 'low', performance: 'low' } });
    controller.send({ type: 'reason', text: 'Again' });
    controller.send({ type: 'confirm' });
    await vi.waitFor(() => expect(controller.getSnapshot().announcement?.kind).toBe('placed'));
    expect(controller.getSnapshot().failure).toBeNull();
  });
});
