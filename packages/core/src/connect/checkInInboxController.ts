import {
  type CheckInInboxEvent,
  type CheckInInboxState,
  type CheckInInboxView,
  checkInInboxReducer,
  initCheckInInbox,
} from './connectCheckInInbox.js';
import { type ControllerTransition, createController, type WidgetController } from './controller.js';

/** What the check-in inbox's controller takes: the inbox's events, and `toggle` (a row's Check in button). */
export type CheckInInboxControllerEvent =
  | CheckInInboxEvent
  /** Opens the row's check-in, or closes it when it is the one open. */
  | { readonly type: 'toggle'; readonly keyResultId: string };

/**
 * Where focus goes, once the change it follows is on screen: into a row's check-in form (`panel`), back to
 * a row's Check in button (`toggle`), or to the inbox's heading (after a check-in the row leaves the list).
 */
export type CheckInInboxFocus =
  | { readonly target: 'panel' | 'toggle'; readonly keyResultId: string }
  | { readonly target: 'heading' };

/** What a transition asks the adapter to do. */
export type CheckInInboxEffect = { readonly type: 'focus'; readonly focus: CheckInInboxFocus };

/**
 * The check-in inbox's behaviour, pure: one row's check-in open at a time. Opening a row moves focus into
 * its form; closing it (Escape, Cancel, its button again) returns focus to its button; a check-in done is
 * announced (`state.done`) and focus goes to the heading, since the row leaves the list.
 */
export function checkInInboxTransition(
  state: CheckInInboxState,
  event: CheckInInboxControllerEvent,
): ControllerTransition<CheckInInboxState, CheckInInboxEffect> {
  if (event.type === 'toggle')
    return checkInInboxTransition(
      state,
      state.open === event.keyResultId ? { type: 'close' } : { type: 'open', keyResultId: event.keyResultId },
    );
  const next = checkInInboxReducer(state, event);
  const focus = (to: CheckInInboxFocus) => ({ state: next, effects: [{ type: 'focus', focus: to } as const] });
  switch (event.type) {
    case 'open':
      return focus({ target: 'panel', keyResultId: event.keyResultId });
    case 'close':
      return state.open === undefined ? { state: next } : focus({ target: 'toggle', keyResultId: state.open });
    case 'checked-in':
      return focus({ target: 'heading' });
  }
}

/**
 * The element a focus intent names, as a selector inside the inbox (the rendered `view`'s ids): the row's
 * panel, its Check in button, or the heading. `undefined` when the row is no longer listed.
 */
export function checkInInboxFocusSelector(view: CheckInInboxView, focus: CheckInInboxFocus): string | undefined {
  if (focus.target === 'heading') return `[id="${String(view.heading.id)}"]`;
  const item = view.items.find((i) => i.keyResultId === focus.keyResultId);
  if (!item) return undefined;
  return focus.target === 'panel' ? `[id="${String(item.panel.id)}"]` : `[aria-controls="${String(item.panel.id)}"]`;
}

/** How the adapter carries out the controller's effects. */
export interface CheckInInboxControllerOptions {
  /**
   * Moves focus, once the change it follows is on screen: into the row's check-in form, to the row's
   * Check in button, or to the heading (see {@link checkInInboxFocusSelector}).
   */
  readonly focus?: ((focus: CheckInInboxFocus) => void) | undefined;
  /** The state to start from. @default initCheckInInbox() */
  readonly initial?: CheckInInboxState | undefined;
}

/** The check-in inbox's controller: one for each mounted inbox. */
export function createCheckInInboxController(
  options: CheckInInboxControllerOptions = {},
): WidgetController<CheckInInboxState, CheckInInboxControllerEvent> {
  return createController<CheckInInboxState, CheckInInboxControllerEvent, CheckInInboxEffect>({
    initial: options.initial ?? initCheckInInbox(),
    transition: checkInInboxTransition,
    run: (effect) => options.focus?.(effect.focus),
  });
}
