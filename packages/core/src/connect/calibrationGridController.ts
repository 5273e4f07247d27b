import type { NineBoxLevel } from '../conversations/nineBox.js';
import { type ControllerTransition, createController, settleEffect, type WidgetController } from './controller.js';

/** A box of the nine-box grid. Structural: the client's `NineBox` satisfies it. */
export interface NineBoxCellData {
  readonly performance: NineBoxLevel;
  readonly potential: NineBoxLevel;
}

/** One move of a person on the grid. Structural: the client's `CalibrationAdjustment` satisfies it. */
export interface CalibrationAdjustmentData {
  readonly from: NineBoxCellData;
  readonly to: NineBoxCellData;
  readonly reason: string;
  readonly actorName: string;
  readonly at: string;
}

/** One reviewee on the grid. Structural: the client's `CalibrationPlacement` satisfies it. */
export interface CalibrationPersonData {
  readonly personId: string;
  readonly name: string;
  /** The review's final score, 0 to 1, or `null` with none yet. */
  readonly finalScore: number | null;
  /** Where the scores put them. */
  readonly computed: NineBoxCellData | null;
  /** Where they are now; `null`: not placed (no manager review yet). */
  readonly placement: NineBoxCellData | null;
  /** Oldest first. */
  readonly adjustments: readonly CalibrationAdjustmentData[];
}

/** A cycle's calibration grid. Structural: the client's `Calibration` satisfies it. */
export interface CalibrationGridData {
  readonly cycleId: string;
  /** The cycle's stage (`draft`, `collecting`, `calibrating`, `sharing`, `closed`). */
  readonly stage: string;
  /** Moves are taken (the cycle is calibrating and the viewer calibrates). */
  readonly editable: boolean;
  readonly people: readonly CalibrationPersonData[];
}

/** A move to record: `POST /review-cycles/{id}/calibration`'s body, with an idempotency key. */
export interface CalibrationMoveDetail {
  readonly personId: string;
  readonly to: NineBoxCellData;
  readonly reason: string;
  readonly idempotencyKey?: string;
}

/** The move under way: who, from where, to where, and how far it got. */
export interface CalibrationGridMove {
  readonly personId: string;
  readonly name: string;
  readonly from: NineBoxCellData;
  readonly to: NineBoxCellData;
  /** Choosing a box (arrow keys, "Move here", a drag), giving the reason (the dialog), or saving. */
  readonly step: 'choosing' | 'reason' | 'saving';
}

/** What the live region says; the view words it. */
export interface CalibrationGridAnnouncement {
  readonly kind: 'moving' | 'target' | 'same' | 'cancelled' | 'placed' | 'failed';
  readonly name: string;
  readonly box: NineBoxCellData;
}

/** The calibration grid's interactive state. */
export interface CalibrationGridState {
  readonly move: CalibrationGridMove | null;
  /** The reason's draft (kept while the dialog is open). */
  readonly reason: string;
  /** A confirm with an empty reason: say that one is required. */
  readonly reasonMissing: boolean;
  /** The server's answers to moves, by person: newer than the data the host passed until it catches up. */
  readonly answers: Readonly<Record<string, CalibrationPersonData>>;
  /** The last move that failed: the person stays where they were; `message` is the server's reason. */
  readonly failure: {
    readonly personId: string;
    readonly name: string;
    readonly box: NineBoxCellData;
    readonly message: string | undefined;
  } | null;
  readonly announcement: CalibrationGridAnnouncement | null;
}

/** The part of a key event the grid reads: a DOM `KeyboardEvent` and React's both fit. */
export interface CalibrationGridKeyEvent {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  preventDefault(): void;
}

/** A person as the grid's events name them. */
export interface CalibrationGridPersonRef {
  readonly personId: string;
  readonly name: string;
  readonly placement: NineBoxCellData;
}

/** What the calibration grid's controller takes. */
export type CalibrationGridEvent =
  /** A click on a person, or the start of a drag: pick them up. */
  | { readonly type: 'pick'; readonly person: CalibrationGridPersonRef }
  /** A key on a person's button. */
  | { readonly type: 'keydown'; readonly person: CalibrationGridPersonRef; readonly event: CalibrationGridKeyEvent }
  /** A box chosen by pointer ("Move here", a drop): the reason dialog opens. */
  | { readonly type: 'target'; readonly to: NineBoxCellData }
  /** A drag ended; without a drop on a box it is cancelled. */
  | { readonly type: 'drag-end' }
  | { readonly type: 'reason'; readonly text: string }
  /** The dialog's Move button. */
  | { readonly type: 'confirm' }
  /** Cancel the move (the dialog's Cancel, Escape, "Cancel move"). */
  | { readonly type: 'cancel' }
  /** A key in the dialog, on its first focusable (the reason), its last (Move) or another. */
  | {
      readonly type: 'dialog-key';
      readonly event: CalibrationGridKeyEvent;
      readonly at: 'first' | 'last' | 'other';
    }
  /** The server placed the person (its answer). */
  | { readonly type: 'saved'; readonly person: CalibrationPersonData | undefined }
  | { readonly type: 'failed'; readonly error: unknown };

/** What a transition asks the adapter to do. */
export type CalibrationGridEffect =
  | { readonly type: 'adjust'; readonly detail: CalibrationMoveDetail }
  | { readonly type: 'prevent-default'; readonly event: CalibrationGridKeyEvent }
  /** Move focus to a person's button, the reason's text box or the dialog's Move button (see {@link calibrationGridFocusId}). */
  | { readonly type: 'focus'; readonly target: CalibrationGridFocusTarget };

/** Where the controller sends focus. */
export type CalibrationGridFocusTarget =
  | { readonly part: 'person'; readonly personId: string }
  | { readonly part: 'reason' }
  | { readonly part: 'confirm' };

/** The element id of a focus target, under the widget's `idBase` (the view's parts carry the same ids). */
export function calibrationGridFocusId(idBase: string, target: CalibrationGridFocusTarget): string {
  return target.part === 'person' ? `${idBase}-person-${target.personId}` : `${idBase}-${target.part}`;
}

/** The initial state: nothing moving. */
export function initCalibrationGrid(): CalibrationGridState {
  return { move: null, reason: '', reasonMissing: false, answers: {}, failure: null, announcement: null };
}

const LEVELS: readonly NineBoxLevel[] = ['low', 'moderate', 'high'];
const step = (level: NineBoxLevel, by: number): NineBoxLevel =>
  LEVELS[Math.min(2, Math.max(0, LEVELS.indexOf(level) + by))] as NineBoxLevel;
const same = (a: NineBoxCellData, b: NineBoxCellData) => a.performance === b.performance && a.potential === b.potential;

/** Potential rises up the grid, performance to the right. */
const ARROWS: Readonly<Record<string, readonly [axis: keyof NineBoxCellData, by: number]>> = {
  ArrowUp: ['potential', 1],
  ArrowDown: ['potential', -1],
  ArrowRight: ['performance', 1],
  ArrowLeft: ['performance', -1],
};

/** The words of a failure: the server's problem detail or title, else the error's message. */
export function calibrationErrorMessage(error: unknown): string | undefined {
  const problem = (error as { problem?: { detail?: unknown; title?: unknown } } | null)?.problem;
  const text = problem?.detail ?? problem?.title ?? (error instanceof Error ? error.message : undefined);
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

type Result = ControllerTransition<CalibrationGridState, CalibrationGridEffect>;

const focusPerson = (personId: string) => ({ type: 'focus', target: { part: 'person', personId } }) as const;

function pick(state: CalibrationGridState, person: CalibrationGridPersonRef): CalibrationGridState {
  const move: CalibrationGridMove = {
    personId: person.personId,
    name: person.name,
    from: person.placement,
    to: person.placement,
    step: 'choosing',
  };
  return {
    ...state,
    move,
    reason: '',
    reasonMissing: false,
    failure: null,
    announcement: { kind: 'moving', name: person.name, box: person.placement },
  };
}

function cancel(state: CalibrationGridState): Result {
  const move = state.move;
  if (!move || move.step === 'saving') return { state };
  return {
    state: {
      ...state,
      move: null,
      reason: '',
      reasonMissing: false,
      announcement: { kind: 'cancelled', name: move.name, box: move.from },
    },
    effects: [focusPerson(move.personId)],
  };
}

function choose(state: CalibrationGridState, move: CalibrationGridMove, to: NineBoxCellData): Result {
  if (same(to, move.from))
    return { state: { ...state, move: { ...move, to }, announcement: { kind: 'same', name: move.name, box: to } } };
  return {
    state: { ...state, move: { ...move, to, step: 'reason' }, reasonMissing: false, announcement: null },
    effects: [{ type: 'focus', target: { part: 'reason' } }],
  };
}

/**
 * The calibration grid's behaviour, pure. On a person's button Enter or Space picks them up (the live region
 * says how to go on); then the arrow keys move the target box (potential up and down, performance left and
 * right, stopping at the edges), Enter or Space opens the reason dialog for a box other than theirs, and Escape
 * cancels (focus back on them). A click or a drag picks up too, and "Move here" or a drop on a box opens the
 * dialog. In the dialog Escape cancels, Tab cycles within it, and Move needs a reason: without one it says so
 * and focuses the text box; with one the person waits in the new box while the move is saved (one at a time).
 * The server's answer places them; a failure leaves them where they were, with the server's reason. Nothing
 * happens on a grid that is not `editable`.
 */
export function calibrationGridTransition(
  state: CalibrationGridState,
  event: CalibrationGridEvent,
  context: { readonly editable: boolean; readonly newKey: () => string },
): Result {
  const move = state.move;
  switch (event.type) {
    case 'pick':
      if (!context.editable || move?.step === 'saving') return { state };
      if (move?.personId === event.person.personId && move.step === 'choosing') return { state };
      return { state: pick(state, event.person) };
    case 'keydown': {
      const key = event.event;
      if (!context.editable || key.altKey || key.ctrlKey || key.metaKey || move?.step === 'saving') return { state };
      const prevent = { type: 'prevent-default', event: key } as const;
      const activate = key.key === 'Enter' || key.key === ' ';
      if (move?.step !== 'choosing' || move.personId !== event.person.personId)
        return activate ? { state: pick(state, event.person), effects: [prevent] } : { state };
      if (key.key === 'Escape') {
        const result = cancel(state);
        return { state: result.state, effects: [prevent, ...(result.effects ?? [])] };
      }
      if (activate) {
        const result = choose(state, move, move.to);
        return { state: result.state, effects: [prevent, ...(result.effects ?? [])] };
      }
      const arrow = ARROWS[key.key];
      if (!arrow) return { state };
      const [axis, by] = arrow;
      const to = { ...move.to, [axis]: step(move.to[axis], by) };
      if (same(to, move.to)) return { state, effects: [prevent] };
      return {
        state: { ...state, move: { ...move, to }, announcement: { kind: 'target', name: move.name, box: to } },
        effects: [prevent],
      };
    }
    case 'target':
      if (!context.editable || move?.step !== 'choosing') return { state };
      return choose(state, move, event.to);
    case 'drag-end':
      return move?.step === 'choosing' ? cancel(state) : { state };
    case 'reason':
      if (move?.step !== 'reason') return { state };
      return {
        state: { ...state, reason: event.text, reasonMissing: state.reasonMissing && event.text.trim() === '' },
      };
    case 'confirm': {
      if (move?.step !== 'reason') return { state };
      const reason = state.reason.trim();
      if (reason === '')
        return { state: { ...state, reasonMissing: true }, effects: [{ type: 'focus', target: { part: 'reason' } }] };
      const detail: CalibrationMoveDetail = {
        personId: move.personId,
        to: move.to,
        reason,
        idempotencyKey: context.newKey(),
      };
      return {
        state: { ...state, move: { ...move, step: 'saving' }, announcement: null },
        effects: [{ type: 'adjust', detail }, focusPerson(move.personId)],
      };
    }
    case 'cancel':
      return cancel(state);
    case 'dialog-key': {
      const key = event.event;
      if (move?.step !== 'reason') return { state };
      if (key.key === 'Escape') {
        const result = cancel(state);
        return { state: result.state, effects: [{ type: 'prevent-default', event: key }, ...(result.effects ?? [])] };
      }
      if (key.key !== 'Tab') return { state };
      // Focus stays in the modal dialog: from its last control to its first, and back.
      if (!key.shiftKey && event.at === 'last')
        return {
          state,
          effects: [
            { type: 'prevent-default', event: key },
            { type: 'focus', target: { part: 'reason' } },
          ],
        };
      if (key.shiftKey && event.at === 'first')
        return {
          state,
          effects: [
            { type: 'prevent-default', event: key },
            { type: 'focus', target: { part: 'confirm' } },
          ],
        };
      return { state };
    }
    case 'saved': {
      if (move?.step !== 'saving') return { state };
      const answers = event.person ? { ...state.answers, [move.personId]: event.person } : state.answers;
      const box = event.person?.placement ?? move.to;
      return {
        state: {
          ...state,
          move: null,
          reason: '',
          answers,
          failure: null,
          announcement: { kind: 'placed', name: move.name, box },
        },
        effects: [focusPerson(move.personId)],
      };
    }
    case 'failed': {
      if (move?.step !== 'saving') return { state };
      return {
        state: {
          ...state,
          move: null,
          failure: {
            personId: move.personId,
            name: move.name,
            box: move.from,
            message: calibrationErrorMessage(event.error),
          },
          announcement: { kind: 'failed', name: move.name, box: move.from },
        },
        effects: [focusPerson(move.personId)],
      };
    }
  }
}

/**
 * The people as the grid shows them: the host's, each replaced by the server's answer to a move while that
 * answer is newer (it has more adjustments than the host's copy, which catches up on its next fetch).
 */
export function calibrationGridPeople(
  people: readonly CalibrationPersonData[],
  answers: Readonly<Record<string, CalibrationPersonData>>,
): readonly CalibrationPersonData[] {
  return people.map((p) => {
    const answer = answers[p.personId];
    return answer && answer.adjustments.length > p.adjustments.length ? answer : p;
  });
}

/** How the adapter carries out the controller's effects. */
export interface CalibrationGridControllerOptions {
  /** Whether moves are taken (read at each event, so the host may change it). */
  readonly editable: () => boolean;
  /**
   * Records a move. Answer the person as the server placed them (or nothing); a promise shows the person
   * saving until it settles, and a rejection puts them back with its reason.
   */
  readonly adjust: (detail: CalibrationMoveDetail) => unknown;
  /** Moves focus (see {@link calibrationGridFocusId}); the target may render only after this change. */
  readonly focus?: ((target: CalibrationGridFocusTarget) => void) | undefined;
  /** A new idempotency key. @default crypto.randomUUID */
  readonly newKey?: (() => string) | undefined;
}

/** The calibration grid's controller: one for each mounted grid. */
export function createCalibrationGridController(
  options: CalibrationGridControllerOptions,
): WidgetController<CalibrationGridState, CalibrationGridEvent> {
  const newKey = options.newKey ?? (() => globalThis.crypto.randomUUID());
  return createController<CalibrationGridState, CalibrationGridEvent, CalibrationGridEffect>({
    initial: initCalibrationGrid(),
    transition: (state, event) => calibrationGridTransition(state, event, { editable: options.editable(), newKey }),
    run(effect, send) {
      switch (effect.type) {
        case 'prevent-default':
          effect.event.preventDefault();
          return;
        case 'focus':
          options.focus?.(effect.target);
          return;
        case 'adjust':
          settleEffect(
            () => options.adjust(effect.detail),
            (answer) => {
              const person = answer as CalibrationPersonData | undefined;
              send({
                type: 'saved',
                person: person && typeof person === 'object' && 'personId' in person ? person : undefined,
              });
            },
            (error) => send({ type: 'failed', error }),
          );
      }
    },
  });
}
