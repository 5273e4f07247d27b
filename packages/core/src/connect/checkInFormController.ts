import {
  type CheckInDetail,
  type CheckInFormEvent,
  type CheckInFormState,
  checkInDetail,
  checkInFormReducer,
  initCheckInForm,
} from './connectCheckInForm.js';
import {
  type ControllerTransition,
  createController,
  isConflictError,
  settleEffect,
  type WidgetController,
} from './controller.js';
import type { KeyResultData } from './widgetData.js';

/** What a transition asks the adapter to do. */
export type CheckInFormEffect =
  | { readonly type: 'check-in'; readonly detail: CheckInDetail }
  /**
   * Move focus: to the first invalid field when a submit is refused, and to the form's first field after a
   * check-in is saved or met someone else's (the Retry button someone may have pressed is gone then).
   */
  | { readonly type: 'focus'; readonly part: 'invalid' | 'first-field' };

/** The element a focus effect names, as a selector inside the form. */
export const checkInFocusSelector = (part: 'invalid' | 'first-field') =>
  part === 'invalid' ? '[aria-invalid="true"]' : 'input, textarea';

/**
 * The check-in form's behaviour, pure: `submit` refuses invalid input (errors shown, focus to the first
 * invalid field) or records the check-in under one idempotency key, kept across retries of the same input;
 * one submit at a time.
 */
export function checkInFormTransition(
  state: CheckInFormState,
  event: CheckInFormEvent,
  context: { readonly newKey: () => string },
): ControllerTransition<CheckInFormState, CheckInFormEffect> {
  if (event.type === 'submit') {
    if (state.status === 'submitting') return { state };
    const next = checkInFormReducer(state, {
      type: 'submit',
      idempotencyKey: state.idempotencyKey ?? event.idempotencyKey ?? context.newKey(),
    });
    const detail = next.status === 'submitting' ? checkInDetail(next) : undefined;
    if (!detail) return { state: next, effects: [{ type: 'focus', part: 'invalid' }] };
    return { state: next, effects: [{ type: 'check-in', detail }] };
  }
  const next = checkInFormReducer(state, event);
  // After a save or a conflict the Retry button someone may have pressed is gone: focus goes to the form.
  return event.type === 'succeeded' || event.type === 'conflict'
    ? { state: next, effects: [{ type: 'focus', part: 'first-field' }] }
    : { state: next };
}

/** How the adapter carries out the controller's effects. */
export interface CheckInFormControllerOptions {
  readonly keyResult: KeyResultData;
  readonly locale?: string | undefined;
  /**
   * Records the check-in. A promise shows "Saving…" until it settles; it may resolve with the key result as
   * the server now has it. A rejection shows the failure with the input kept and a retry, or, for a conflict
   * (an error whose `status` is 409 or 412), what someone else recorded, fetched with `latest`.
   */
  readonly checkIn: (detail: CheckInDetail) => unknown;
  /** The key result as the server has it now, after a conflict. */
  readonly latest?: (() => Promise<KeyResultData | undefined>) | undefined;
  /**
   * Moves focus to the element `selector` finds in the form (the first field in error, or the form's first
   * input: see {@link checkInFocusSelector}).
   */
  readonly focus?: ((selector: string, part: 'invalid' | 'first-field') => void) | undefined;
  /** A new idempotency key. @default crypto.randomUUID */
  readonly newKey?: (() => string) | undefined;
}

/** The check-in form's controller: one for each key result a mounted form shows (`reset` for another). */
export function createCheckInFormController(
  options: CheckInFormControllerOptions,
): WidgetController<CheckInFormState, CheckInFormEvent> {
  const newKey = options.newKey ?? (() => globalThis.crypto.randomUUID());
  return createController<CheckInFormState, CheckInFormEvent, CheckInFormEffect>({
    initial: initCheckInForm(options.keyResult, options.locale),
    transition: (state, event) => checkInFormTransition(state, event, { newKey }),
    run(effect, send) {
      if (effect.type === 'focus') {
        options.focus?.(checkInFocusSelector(effect.part), effect.part);
        return;
      }
      const conflict = () =>
        (options.latest?.() ?? Promise.resolve(undefined)).then(
          (keyResult) => send({ type: 'conflict', keyResult }),
          () => send({ type: 'conflict' }),
        );
      settleEffect(
        () => options.checkIn(effect.detail),
        (saved: unknown) => {
          const keyResult = (saved as { keyResult?: KeyResultData } | undefined)?.keyResult;
          send({ type: 'succeeded', ...(keyResult ? { keyResult } : {}) });
        },
        (error) => {
          if (isConflictError(error)) void conflict();
          else send({ type: 'failed' });
        },
      );
    },
  });
}
