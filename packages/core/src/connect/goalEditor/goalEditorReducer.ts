import { editableNumber, parseNumber } from '../../i18n/format.js';
import type { KeyResultData, MilestoneData, ObjectiveData } from '../widgetData.js';
import { isSourceField, sourceDraftOf, sourceErrors, withSourceField } from './keyResultSourceDraft.js';
import type {
  FieldKey,
  GoalEditorEvent,
  GoalEditorState,
  KeyResultDraft,
  KeyResultField,
  ObjectiveDraft,
} from './types.js';

function draftOf(
  objective: ObjectiveData | undefined,
  defaults: Partial<ObjectiveDraft>,
  locale: string,
): ObjectiveDraft {
  const text = (n: number | null | undefined) => (n == null ? '' : editableNumber(n, locale));
  const kind = objective?.kind ?? defaults.kind;
  const competencyIds = objective?.competencyIds ?? defaults.competencyIds;
  return {
    title: objective?.title ?? defaults.title ?? '',
    description: objective?.description ?? defaults.description ?? '',
    ownerId: objective?.ownerId ?? defaults.ownerId ?? '',
    cycleId: objective?.cycleId ?? defaults.cycleId ?? '',
    parentId: objective?.parentId ?? defaults.parentId ?? '',
    alignment: objective?.alignment ?? defaults.alignment ?? 'contributes',
    // A development goal is about one person's growth: private unless said otherwise (as the server does).
    visibility: objective?.visibility ?? defaults.visibility ?? (kind === 'development' ? 'private' : 'public'),
    ...(kind ? { kind } : {}),
    ...(competencyIds?.length ? { competencyIds: [...competencyIds] } : {}),
    manualStatus: objective?.manualStatus?.status ?? '',
    manualNote: objective?.manualStatus?.note ?? '',
    keyResults: (objective?.keyResults ?? []).map((kr, i) => ({
      key: `k${i}`,
      id: kr.id,
      title: kr.title,
      type: kr.type,
      start: text(kr.start),
      target: text(kr.target),
      min: text(kr.min),
      max: text(kr.max),
      unit: kr.unit ?? '',
      milestones: (kr.milestones ?? []).map((m) => m.title),
      milestoneOrigins: kr.milestones ?? [],
      checkInResponsibleId: responsibleOf(kr),
      source: sourceDraftOf(kr.source, locale),
      allowValuesOutsideCycle: kr.allowValuesOutsideCycle === true,
    })),
  };
}

const emptyKeyResult = (key: string): KeyResultDraft => ({
  key,
  id: undefined,
  title: '',
  type: 'increase',
  start: '',
  target: '',
  min: '',
  max: '',
  unit: '',
  milestones: [],
  milestoneOrigins: [],
  checkInResponsibleId: '',
  source: sourceDraftOf(undefined, 'en'),
  allowValuesOutsideCycle: false,
});

/**
 * Who a saved key result names for its check-ins, or `''` for the objective's owner. (The API's key result
 * carries `checkInResponsibleId`; the widgets' `KeyResultData` leaves it out, so it is read here.)
 */
export function responsibleOf(kr: KeyResultData): string {
  return kr.checkInResponsibleId ?? '';
}

/** A fresh editor: for a saved objective, or for a new one with optional defaults (owner, cycle). */
export function initGoalEditor(
  options: { objective?: ObjectiveData | undefined; defaults?: Partial<ObjectiveDraft>; locale?: string } = {},
): GoalEditorState {
  const locale = options.locale ?? 'en';
  const draft = draftOf(options.objective, options.defaults ?? {}, locale);
  const withOne = options.objective ? draft : { ...draft, keyResults: [emptyKeyResult(`k${draft.keyResults.length}`)] };
  return {
    locale,
    original: options.objective,
    version: options.objective?.version,
    draft: withOne,
    initial: withOne,
    status: 'idle',
    theirs: undefined,
    showErrors: false,
    returnComment: '',
    returnCommentMissing: false,
    transitioning: undefined,
    transitionFailed: false,
    nextKey: withOne.keyResults.length + 1,
  };
}

/** The key-result fields that hold numbers. */
export const NUMERIC: readonly KeyResultField[] = ['start', 'target', 'min', 'max'];

/** A number field's value, or `undefined` when it is empty or does not parse. */
export function numberOr(value: string, locale: string): number | undefined {
  return value.trim() === '' ? undefined : parseNumber(value, locale);
}

/** Why the editor cannot save a field as it is. */
export type GoalEditorError = 'required' | 'not-a-number' | 'reason-required' | 'url-or-file';

/**
 * Fields the editor cannot save as they are: an empty title, numbers that do not parse, a pull without the
 * settings its connector needs.
 */
export function goalEditorErrors(state: GoalEditorState): Partial<Record<FieldKey, GoalEditorError>> {
  const errors: Partial<Record<FieldKey, GoalEditorError>> = {};
  if (state.draft.title.trim() === '') errors.title = 'required';
  if (state.draft.manualStatus && !state.draft.manualNote?.trim()) errors.manualNote = 'reason-required';
  state.draft.keyResults.forEach((kr, i) => {
    for (const field of NUMERIC) {
      const value = kr[field as 'start'];
      if (value.trim() !== '' && parseNumber(value, state.locale) === undefined) {
        errors[`keyResults.${i}.${field}`] = 'not-a-number';
      }
    }
    for (const [field, error] of Object.entries(sourceErrors(kr, state.locale))) {
      errors[`keyResults.${i}.${field as KeyResultField}`] = error;
    }
  });
  return errors;
}

function edit(state: GoalEditorState, draft: ObjectiveDraft): GoalEditorState {
  return {
    ...state,
    draft,
    status: state.status === 'saving' ? 'saving' : state.status === 'conflict' ? 'conflict' : 'idle',
  };
}

/** The origins of a key result's milestones, one per milestone (drafts built by hand may have none). */
export function originsOf(kr: KeyResultDraft): readonly (MilestoneData | undefined)[] {
  return kr.milestones.map((_, i) => kr.milestoneOrigins?.[i]);
}

function mapKeyResult(state: GoalEditorState, index: number, f: (kr: KeyResultDraft) => KeyResultDraft) {
  return edit(state, { ...state.draft, keyResults: state.draft.keyResults.map((kr, i) => (i === index ? f(kr) : kr)) });
}

function withoutServerError(state: GoalEditorState, key: FieldKey): GoalEditorState {
  if (state.serverErrors?.[key] === undefined) return state;
  const { [key]: _fixed, ...rest } = state.serverErrors;
  return { ...state, serverErrors: rest };
}

/** The editor's state machine: pure, shared by the React and lit editors. */
export function goalEditorReducer(state: GoalEditorState, event: GoalEditorEvent): GoalEditorState {
  switch (event.type) {
    case 'field':
      return edit(state, { ...state.draft, [event.field]: event.value });
    case 'key-result-field': {
      const { field, value } = event;
      const next = mapKeyResult(state, event.index, (kr) =>
        isSourceField(field) ? withSourceField(kr, field, value) : { ...kr, [field]: value },
      );
      return withoutServerError(next, `keyResults.${event.index}.${event.field}`);
    }
    case 'add-key-result':
      return {
        ...edit(state, {
          ...state.draft,
          keyResults: [...state.draft.keyResults, emptyKeyResult(`k${state.nextKey}`)],
        }),
        nextKey: state.nextKey + 1,
      };
    case 'remove-key-result':
      // The server's errors name rows by position, which has just moved.
      return {
        ...edit(state, { ...state.draft, keyResults: state.draft.keyResults.filter((_, i) => i !== event.index) }),
        serverErrors: undefined,
      };
    case 'add-milestone':
      return mapKeyResult(state, event.index, (kr) => ({
        ...kr,
        milestones: [...kr.milestones, ''],
        milestoneOrigins: [...originsOf(kr), undefined],
      }));
    case 'milestone':
      return mapKeyResult(state, event.index, (kr) => ({
        ...kr,
        milestones: kr.milestones.map((m, i) => (i === event.milestone ? event.value : m)),
      }));
    case 'remove-milestone':
      return mapKeyResult(state, event.index, (kr) => ({
        ...kr,
        milestones: kr.milestones.filter((_, i) => i !== event.milestone),
        milestoneOrigins: originsOf(kr).filter((_, i) => i !== event.milestone),
      }));
    case 'save': {
      if (state.status === 'saving') return state;
      const invalid = Object.keys(goalEditorErrors(state)).length > 0;
      return { ...state, showErrors: true, status: invalid ? 'idle' : 'saving', serverErrors: undefined };
    }
    case 'saved':
      return { ...initGoalEditor({ objective: event.objective, locale: state.locale }), status: 'saved' };
    case 'failed':
      return { ...state, status: 'failed', serverErrors: event.errors };
    case 'conflict':
      return { ...state, status: 'conflict', theirs: event.theirs };
    case 'reload':
      return state.theirs ? initGoalEditor({ objective: state.theirs, locale: state.locale }) : state;
    case 'keep-mine':
      // The person's changes win; every field they did not touch takes the other version's value.
      return {
        ...state,
        status: 'idle',
        original: state.theirs ?? state.original,
        version: state.theirs?.version ?? state.version,
        theirs: undefined,
      };
    case 'return-comment':
      return { ...state, returnComment: event.value, returnCommentMissing: false };
    case 'parent-query':
      return { ...state, parentQuery: event.value };
    case 'carry-over':
      if (state.carry?.status === 'carrying' || !state.original) return state;
      return { ...state, carry: { status: 'carrying', cycleId: event.cycleId } };
    case 'carried':
      return state.carry
        ? { ...state, carry: { status: 'carried', cycleId: state.carry.cycleId, copy: event.copy } }
        : state;
    case 'carry-failed':
      return state.carry ? { ...state, carry: { status: 'failed', cycleId: state.carry.cycleId } } : state;
    case 'transition':
      if (state.transitioning) return state;
      if (event.action === 'return' && state.returnComment.trim() === '')
        return { ...state, returnCommentMissing: true };
      return { ...state, transitioning: event.action, transitionFailed: false };
    case 'transitioned':
      return {
        ...state,
        original: event.objective,
        version: event.objective.version,
        transitioning: undefined,
        returnComment: '',
      };
    case 'transition-failed':
      return { ...state, transitioning: undefined, transitionFailed: true };
  }
}
