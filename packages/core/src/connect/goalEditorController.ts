import type { ObjectiveLintResult } from '../lint/types.js';
import type { DraftObjective } from '../model/documentSchema.js';
import { connectGoalEditor, type GoalEditorInput, type GoalEditorView } from './connectGoalEditor.js';
import {
  type ControllerTransition,
  createController,
  isConflictError,
  settleEffect,
  type WidgetController,
} from './controller.js';
import {
  ASSIST_ACCEPT,
  ASSIST_BUTTON,
  acceptAssistProposal,
  assistDraftOf,
  type GoalEditorAssistAnswer,
} from './goalEditor/goalEditorAssist.js';
import { goalEditorReducer, initGoalEditor } from './goalEditor/goalEditorReducer.js';
import { goalEditorSaveDetail, objectiveAfterSave } from './goalEditor/goalEditorSaveDetail.js';
import { lintGoalDraft, toDraftObjective } from './goalEditor/lintGoalDraft.js';
import { saveProblemFields } from './goalEditor/saveProblemFields.js';
import type {
  FieldKey,
  GoalEditorCarryOverDetail,
  GoalEditorEvent,
  GoalEditorSaveDetail,
  GoalEditorState,
  GoalEditorTransitionDetail,
  GoalLinter,
  ObjectiveDraft,
} from './goalEditor/types.js';
import { goalEditorFocusAfter } from './goalEditorFocus.js';
import type { LazyPart } from './lazyPart.js';
import type { ObjectiveData } from './widgetData.js';

/** The goal editor controller's state: the editor's, and whether its SMART linter is there. */
export interface GoalEditorSnapshot {
  readonly editor: GoalEditorState;
  /**
   * `loading` until the linter arrives (the SMART panel says it is checking), `ready`, or `failed` (the panel
   * says suggestions are unavailable; saving still works). A failed load is tried again on `load-linter`.
   */
  readonly linter: 'loading' | 'ready' | 'failed';
}

/** What the goal editor's controller takes: the editor's events, and those of its adapter and effects. */
export type GoalEditorControllerEvent =
  | GoalEditorEvent
  /** Start again on another objective (or a new one, without `objective`). */
  | {
      readonly type: 'open';
      readonly objective?: ObjectiveData | undefined;
      readonly defaults?: Partial<ObjectiveDraft> | undefined;
      readonly locale?: string | undefined;
    }
  /** The editor is on the page: load the linter unless it is there (sent on mount; retries a failed load). */
  | { readonly type: 'load-linter' }
  | { readonly type: 'linter-loaded' }
  | { readonly type: 'linter-failed' }
  /**
   * The save was refused: a conflict (409, 412) fetches the server's version, anything else shows the failure,
   * and the fields the server refused (`errors`, from a 422) show it at the field, with focus on the first.
   */
  | {
      readonly type: 'save-rejected';
      readonly conflict: boolean;
      readonly errors?: Readonly<Partial<Record<FieldKey, string>>> | undefined;
    }
  /** "Suggest a SMART rewrite": ask the host for one (ignored while it is asking). */
  | { readonly type: 'assist' }
  /** The host's answer: a proposal with its SMART scores, or a refusal with its reason. */
  | { readonly type: 'assist-answered'; readonly answer: GoalEditorAssistAnswer }
  /** The request failed (the network, the server). */
  | { readonly type: 'assist-failed' }
  /** Put the proposal into the form (its title, description and key results; the rest stays). */
  | { readonly type: 'assist-accept' }
  /** "Keep mine": drop the proposal, or the refusal's message. */
  | { readonly type: 'assist-dismiss' };

/** What a transition asks the adapter to do. */
export type GoalEditorEffect =
  /** Create (no `objectiveId`) or patch the objective; `base` is the version the person edited from. */
  | { readonly type: 'save'; readonly detail: GoalEditorSaveDetail; readonly base: ObjectiveData | undefined }
  /** After a conflict: fetch the objective as the server has it now, to show theirs beside mine. */
  | { readonly type: 'fetch-theirs' }
  | { readonly type: 'load-linter' }
  | {
      readonly type: 'transition';
      readonly detail: GoalEditorTransitionDetail;
      /** The objective the action was taken on, shown again when the host answers with nothing newer. */
      readonly objective: ObjectiveData;
    }
  | { readonly type: 'carry-over'; readonly detail: GoalEditorCarryOverDetail }
  /** Ask the host for a SMART rewrite of the draft as it is now. */
  | { readonly type: 'assist'; readonly objective: DraftObjective }
  /** Move focus to the element this selector finds in the editor (see {@link goalEditorFocusAfter}). */
  | { readonly type: 'focus'; readonly selector: string };

/**
 * The goal editor's behaviour, pure: each editor event changes the state as {@link goalEditorReducer} does and
 * asks for what follows from it: a valid save saves (once at a time), a refused one and adding or removing a
 * key result or milestone move focus, a refused save on a conflict fetches the server's version, a lifecycle
 * action or a carry-over calls the host.
 */
export function goalEditorTransition(
  state: GoalEditorSnapshot,
  event: GoalEditorControllerEvent,
): ControllerTransition<GoalEditorSnapshot, GoalEditorEffect> {
  switch (event.type) {
    case 'open':
      return {
        state: {
          ...state,
          editor: initGoalEditor({
            objective: event.objective,
            defaults: event.defaults ?? {},
            locale: event.locale ?? state.editor.locale,
          }),
        },
      };
    case 'load-linter':
      return state.linter === 'ready' ? { state } : { state, effects: [{ type: 'load-linter' }] };
    case 'linter-loaded':
      return { state: state.linter === 'ready' ? state : { ...state, linter: 'ready' } };
    case 'linter-failed':
      // A linter that arrived for another editor on the page stays.
      return { state: state.linter === 'loading' ? { ...state, linter: 'failed' } : state };
    case 'save-rejected':
      if (event.conflict) return { state, effects: [{ type: 'fetch-theirs' }] };
      return editorTransition(state, { type: 'failed', errors: event.errors });
    case 'assist':
    case 'assist-answered':
    case 'assist-failed':
    case 'assist-accept':
    case 'assist-dismiss':
      return assistTransition(state, event);
  }
  return editorTransition(state, event);
}

/**
 * The SMART rewrite: asking, the answer (only while asking: an editor opened on another objective meanwhile
 * ignores it), accepting and dismissing. Focus follows: to Accept when a proposal arrives, to the title when
 * it is accepted, back to the action's button when it is dismissed.
 */
function assistTransition(
  state: GoalEditorSnapshot,
  event: Extract<GoalEditorControllerEvent, { type: `assist${string}` }>,
): ControllerTransition<GoalEditorSnapshot, GoalEditorEffect> {
  const editor = state.editor;
  const set = (next: typeof editor, ...effects: GoalEditorEffect[]) => ({
    state: { ...state, editor: next },
    effects,
  });
  switch (event.type) {
    case 'assist':
      if (editor.assist?.status === 'loading') return { state };
      return set(
        { ...editor, assist: { status: 'loading' } },
        { type: 'assist', objective: assistDraftOf(toDraftObjective(editor)) },
      );
    case 'assist-answered': {
      if (editor.assist?.status !== 'loading') return { state };
      const { answer } = event;
      return answer.ok
        ? set(
            { ...editor, assist: { status: 'proposal', value: answer.value, smart: answer.smart } },
            { type: 'focus', selector: ASSIST_ACCEPT },
          )
        : set({ ...editor, assist: { status: 'refused', reason: answer.reason } });
    }
    case 'assist-failed':
      return editor.assist?.status === 'loading' ? set({ ...editor, assist: { status: 'failed' } }) : { state };
    case 'assist-accept':
      if (editor.assist?.status !== 'proposal') return { state };
      return set(acceptAssistProposal(editor, editor.assist.value), {
        type: 'focus',
        selector: '[name="title"]',
      });
    case 'assist-dismiss':
      if (!editor.assist) return { state };
      return set({ ...editor, assist: undefined }, { type: 'focus', selector: ASSIST_BUTTON });
  }
}

/** An editor event: the reducer's change, and the effects that follow from it. */
function editorTransition(
  state: GoalEditorSnapshot,
  event: GoalEditorEvent,
): ControllerTransition<GoalEditorSnapshot, GoalEditorEffect> {
  const before = state.editor;
  const after = goalEditorReducer(before, event);
  const effects: GoalEditorEffect[] = [];
  if (event.type === 'save' && before.status !== 'saving' && after.status === 'saving') {
    const detail = goalEditorSaveDetail(after);
    if (detail) effects.push({ type: 'save', detail, base: after.original });
  }
  if (event.type === 'transition' && !before.transitioning && after.transitioning && after.original) {
    const comment = after.returnComment.trim();
    effects.push({
      type: 'transition',
      detail: { objectiveId: after.original.id, action: event.action, ...(comment ? { comment } : {}) },
      objective: after.original,
    });
  }
  if (event.type === 'carry-over' && before.carry?.status !== 'carrying' && after.carry && after.original) {
    effects.push({ type: 'carry-over', detail: { objectiveId: after.original.id, cycleId: event.cycleId } });
  }
  const selector = goalEditorFocusAfter(event, before, after);
  if (selector) effects.push({ type: 'focus', selector });
  return { state: after === before ? state : { ...state, editor: after }, effects };
}

/** A host handler's answer: nothing, or an objective, now or as a promise (a rejection is a failure). */
export type GoalEditorAnswer = ObjectiveData | undefined | Promise<ObjectiveData | undefined>;

/** How the adapter carries out the controller's effects. */
export interface GoalEditorControllerOptions {
  /** The objective to edit; leave it out to create one. */
  readonly objective?: ObjectiveData | undefined;
  /** Starting values of a new objective (owner, cycle). */
  readonly defaults?: Partial<ObjectiveDraft> | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
  /** The SMART linter, loaded on first use (`lazyPart(() => import('@goalkit/core/lint')…)`), shared by the page. */
  readonly linter: LazyPart<GoalLinter>;
  /**
   * Saves: `base` is the objective as the person opened it. A promise shows "Saving…" until it settles; it may
   * resolve with the objective as the server saved it (else the saved fields over `base` are shown). A
   * rejection shows the failure, or for a conflict (an error whose `status` is 409 or 412) the server's version,
   * fetched with `latest`, beside the person's.
   */
  readonly save: (detail: GoalEditorSaveDetail, base: ObjectiveData | undefined) => GoalEditorAnswer;
  /** The objective as the server has it now, after a conflict. */
  readonly latest?: (() => Promise<ObjectiveData | undefined>) | undefined;
  /** Takes a lifecycle action; may answer with the objective after it. */
  readonly transition?: ((detail: GoalEditorTransitionDetail) => GoalEditorAnswer) | undefined;
  /** Carries the objective into another cycle; may answer with the copy. */
  readonly carryOver?: ((detail: GoalEditorCarryOverDetail) => GoalEditorAnswer) | undefined;
  /** Moves focus to the element the selector finds in the editor, once the change is on screen. */
  readonly focus?: ((selector: string) => void) | undefined;
  /**
   * "Suggest a SMART rewrite": asks for one (`POST /assist/rewrite-smart`, or core's `assist()` with a
   * provider) for the draft as it is. Answer the result as it comes (a refusal is an answer); a rejection
   * shows that the request failed. Without it the editor offers no rewrite.
   */
  readonly assist?:
    | ((objective: DraftObjective) => GoalEditorAssistAnswer | Promise<GoalEditorAssistAnswer>)
    | undefined;
}

/** What the view needs beyond the controller's state: the lists to choose from, the lint context, ids. */
export type GoalEditorViewInput = Omit<GoalEditorInput, 'state' | 'lint' | 'lintUnavailable'>;

/** The goal editor's controller; `view` renders its state, with the SMART linter's findings once it is there. */
export interface GoalEditorController extends WidgetController<GoalEditorSnapshot, GoalEditorControllerEvent> {
  /** The editor's view-model now; the draft is linted again only when it or the lint context changed. */
  view(input?: GoalEditorViewInput): GoalEditorView;
}

/** The goal editor's controller: one for each mounted editor (`open` for another objective). */
export function createGoalEditorController(options: GoalEditorControllerOptions): GoalEditorController {
  const { linter } = options;
  const controller = createController<GoalEditorSnapshot, GoalEditorControllerEvent, GoalEditorEffect>({
    initial: {
      editor: initGoalEditor({
        objective: options.objective,
        defaults: options.defaults ?? {},
        locale: options.locale ?? 'en',
      }),
      linter: linter.current() ? 'ready' : linter.failed() ? 'failed' : 'loading',
    },
    transition: goalEditorTransition,
    run(effect, send) {
      switch (effect.type) {
        case 'focus':
          options.focus?.(effect.selector);
          return;
        case 'load-linter':
          linter.load().then(
            () => send({ type: 'linter-loaded' }),
            () => send({ type: 'linter-failed' }),
          );
          return;
        case 'save':
          settleEffect(
            () => options.save(effect.detail, effect.base),
            (saved) => send({ type: 'saved', objective: saved ?? objectiveAfterSave(effect.base, effect.detail) }),
            (error) =>
              send({
                type: 'save-rejected',
                conflict: isConflictError(error),
                errors: saveProblemFields(error, effect.detail),
              }),
          );
          return;
        case 'fetch-theirs':
          (options.latest?.() ?? Promise.resolve(undefined)).then(
            (theirs) => send({ type: 'conflict', theirs }),
            () => send({ type: 'conflict' }),
          );
          return;
        case 'transition':
          settleEffect(
            () => options.transition?.(effect.detail),
            (objective) => send({ type: 'transitioned', objective: objective ?? effect.objective }),
            () => send({ type: 'transition-failed' }),
          );
          return;
        case 'carry-over':
          settleEffect(
            () => options.carryOver?.(effect.detail),
            (copy) => send({ type: 'carried', copy }),
            () => send({ type: 'carry-failed' }),
          );
          return;
        case 'assist':
          settleEffect(
            () => {
              if (!options.assist) throw new Error('goalkit: no assist handler');
              return options.assist(effect.objective);
            },
            (answer) => send({ type: 'assist-answered', answer }),
            () => send({ type: 'assist-failed' }),
          );
      }
    },
  });
  let linted: { readonly key: readonly unknown[]; readonly result: ObjectiveLintResult } | undefined;
  const lint = (state: GoalEditorState, input: GoalEditorViewInput) => {
    const lintObjective = linter.current();
    if (!lintObjective) return undefined;
    const { cycles, owners, asOf } = input;
    const key = [state.draft, state.original, state.locale, cycles, owners, asOf, lintObjective];
    // Linting every keystroke costs about a millisecond; renders that did not change the draft skip it.
    if (linted?.key.every((k, i) => k === key[i])) return linted.result;
    const result = lintGoalDraft(state, { cycles, owners, ...(asOf === undefined ? {} : { asOf }) }, lintObjective);
    linted = { key, result };
    return result;
  };
  return {
    ...controller,
    view(input = {}) {
      const { editor, linter: status } = controller.getSnapshot();
      return connectGoalEditor({
        ...input,
        state: editor,
        lint: lint(editor, input),
        lintUnavailable: status === 'failed',
      });
    },
  };
}
