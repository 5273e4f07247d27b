import { getEditorMessages } from '../i18n/editorMessages.js';
import { editableNumber, formatNumber, formatRelativeTime, parseNumber } from '../i18n/format.js';
import { getKeyResultMessages } from '../i18n/keyResultMessages.js';
import { getMessages, type KeyResultKind, type TransitionAction } from '../i18n/messages.js';
import type { LintObjectiveOptions } from '../lint/lintObjective.js';
import type { LintMessage, ObjectiveLintResult, SmartLetter } from '../lint/types.js';
import type { DraftKeyResult, DraftObjective } from '../model/documentSchema.js';
import { KEY_RESULT_TYPES } from '../model/keyResultTypes.js';

/**
 * The linter the editor runs, `lintObjective` from `@goalkit/core/lint`. Editors load it lazily
 * (`import('@goalkit/core/lint')`) so the widget's first render does not wait for ~19 KB of rules
 * and catalogs; until it arrives the SMART panel says it is checking.
 */
export type GoalLinter = (objective: DraftObjective, options: LintObjectiveOptions) => ObjectiveLintResult;

import type { Status } from '../scoring/types.js';
import { type AttrBag, part } from './types.js';
import type { CycleData, KeyResultData, MilestoneData, ObjectiveData, ScoreData } from './widgetData.js';

/** A key result as the person is writing it: numbers stay text until they parse. */
export interface KeyResultDraft {
  /** Stable within the editor, for list keys and element ids. */
  readonly key: string;
  /** The saved key result's id, when editing one. */
  readonly id: string | undefined;
  readonly title: string;
  readonly type: KeyResultKind;
  readonly start: string;
  readonly target: string;
  readonly min: string;
  readonly max: string;
  readonly unit: string;
  /** The milestones' titles as the person writes them. */
  readonly milestones: readonly string[];
  /**
   * For each entry of `milestones`, the saved milestone it was opened from (its `done`, `weight` and
   * `due` are kept on save), or `undefined` for one the person added.
   */
  readonly milestoneOrigins?: readonly (MilestoneData | undefined)[] | undefined;
}

/** An objective as the person is writing it. */
export interface ObjectiveDraft {
  readonly title: string;
  readonly description: string;
  readonly ownerId: string;
  readonly cycleId: string;
  readonly parentId: string;
  /** How the objective aligns to its parent: `contributes` (its progress rolls up) or `supports`. */
  readonly alignment: string;
  /** `public` or `private`. */
  readonly visibility: string;
  /** The owner's own status (a `Status`), or `''` for the computed one alone. */
  readonly manualStatus?: string | undefined;
  /** Why the owner's status differs from the computed one. */
  readonly manualNote?: string | undefined;
  readonly keyResults: readonly KeyResultDraft[];
}

/** The objective fields a person edits directly. */
export type ObjectiveField =
  | 'title'
  | 'description'
  | 'ownerId'
  | 'cycleId'
  | 'parentId'
  | 'alignment'
  | 'visibility'
  | 'manualStatus'
  | 'manualNote';
/** The key-result fields a person edits directly. */
export type KeyResultField = 'title' | 'type' | 'start' | 'target' | 'min' | 'max' | 'unit';

/** Where the editor is. */
export type GoalEditorStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

/** The editor's state. Create it with {@link initGoalEditor}; change it with {@link goalEditorReducer}. */
export interface GoalEditorState {
  readonly locale: string;
  /** The saved objective being edited; `undefined` when creating one. */
  readonly original: ObjectiveData | undefined;
  /** The version the edit is based on, sent as `If-Match`. */
  readonly version: number | undefined;
  readonly draft: ObjectiveDraft;
  /**
   * The draft as it was opened. A field whose text still equals it is saved with the saved value,
   * untouched: the editor never rewrites what the person did not change.
   */
  readonly initial?: ObjectiveDraft | undefined;
  readonly status: GoalEditorStatus;
  /** After a conflict: the objective as someone else saved it. */
  readonly theirs: ObjectiveData | undefined;
  /** Errors show after the first save attempt. */
  readonly showErrors: boolean;
  readonly returnComment: string;
  /** A return was attempted without saying what should change. */
  readonly returnCommentMissing: boolean;
  readonly transitioning: TransitionAction | undefined;
  readonly transitionFailed: boolean;
  readonly nextKey: number;
  /** What the person typed to search the goals to align to. */
  readonly parentQuery?: string | undefined;
  /** Carrying the objective into the next cycle: on its way, done (with the copy), or failed. */
  readonly carry?:
    | { readonly status: 'carrying'; readonly cycleId: string }
    | { readonly status: 'carried'; readonly cycleId: string; readonly copy?: ObjectiveData | undefined }
    | { readonly status: 'failed'; readonly cycleId: string }
    | undefined;
}

/** Everything that can happen in the editor. */
export type GoalEditorEvent =
  | { readonly type: 'field'; readonly field: ObjectiveField; readonly value: string }
  | {
      readonly type: 'key-result-field';
      readonly index: number;
      readonly field: KeyResultField;
      readonly value: string;
    }
  | { readonly type: 'add-key-result' }
  | { readonly type: 'remove-key-result'; readonly index: number }
  | { readonly type: 'add-milestone'; readonly index: number }
  | { readonly type: 'milestone'; readonly index: number; readonly milestone: number; readonly value: string }
  | { readonly type: 'remove-milestone'; readonly index: number; readonly milestone: number }
  | { readonly type: 'save' }
  | { readonly type: 'saved'; readonly objective: ObjectiveData }
  | { readonly type: 'failed' }
  | { readonly type: 'conflict'; readonly theirs?: ObjectiveData | undefined }
  /** Drop the person's changes and take the other version. */
  | { readonly type: 'reload' }
  /** Keep the person's changes and overwrite the other version on the next save. */
  | { readonly type: 'keep-mine' }
  | { readonly type: 'return-comment'; readonly value: string }
  /** Search the goals the objective may align to. */
  | { readonly type: 'parent-query'; readonly value: string }
  /** Carry the objective into another cycle as a draft; the host answers `carried` or `carry-failed`. */
  | { readonly type: 'carry-over'; readonly cycleId: string }
  | { readonly type: 'carried'; readonly copy?: ObjectiveData | undefined }
  | { readonly type: 'carry-failed' }
  | { readonly type: 'transition'; readonly action: TransitionAction }
  | { readonly type: 'transitioned'; readonly objective: ObjectiveData }
  | { readonly type: 'transition-failed' };

/** The objective the editor saves: the detail of `onSave` and of the `gk-save` event. */
export interface GoalEditorSaveDetail {
  /** The objective's id when editing; absent when creating. */
  readonly objectiveId?: string;
  /** The version edited, for `If-Match`. */
  readonly version?: number;
  readonly objective: {
    readonly title: string;
    readonly description?: string;
    readonly ownerId: string;
    readonly cycleId: string;
    readonly parentId: string | null;
    readonly alignment?: 'contributes' | 'supports';
    readonly visibility?: 'public' | 'private';
    /** Present when the person changed the owner's status: the new one with its reason, or `null` to clear it. */
    readonly manualStatus?: { readonly status: Status; readonly note: string } | null;
    /**
     * Key results with `id` are kept (fields the person did not change carry their saved values;
     * a cleared number or unit is `null`); without `id` they are new.
     */
    readonly keyResults: readonly {
      readonly id?: string;
      readonly title: string;
      readonly type: KeyResultKind;
      readonly start?: number | null;
      readonly target?: number | null;
      readonly min?: number | null;
      readonly max?: number | null;
      readonly unit?: string | null;
      readonly milestones?: readonly {
        readonly title: string;
        readonly done: boolean;
        readonly weight?: number | undefined;
        readonly due?: string | null | undefined;
      }[];
    }[];
  };
}

/** The detail of `onCarryOver` and of the `gk-carry-over` event: carry the objective into `cycleId` as a draft. */
export interface GoalEditorCarryOverDetail {
  readonly objectiveId: string;
  readonly cycleId: string;
  /** Connected mode: the copy the server made. */
  readonly copyId?: string;
}

/** The detail of `onTransition` and of the `gk-transition` event. */
export interface GoalEditorTransitionDetail {
  readonly objectiveId: string;
  readonly action: TransitionAction;
  readonly comment?: string;
}

function draftOf(
  objective: ObjectiveData | undefined,
  defaults: Partial<ObjectiveDraft>,
  locale: string,
): ObjectiveDraft {
  const text = (n: number | null | undefined) => (n == null ? '' : editableNumber(n, locale));
  return {
    title: objective?.title ?? defaults.title ?? '',
    description: objective?.description ?? defaults.description ?? '',
    ownerId: objective?.ownerId ?? defaults.ownerId ?? '',
    cycleId: objective?.cycleId ?? defaults.cycleId ?? '',
    parentId: objective?.parentId ?? defaults.parentId ?? '',
    alignment: objective?.alignment ?? defaults.alignment ?? 'contributes',
    visibility: objective?.visibility ?? defaults.visibility ?? 'public',
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
});

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

/** The field key of an objective field (`title`) or key-result field (`keyResults.1.target`). */
export type FieldKey = ObjectiveField | `keyResults.${number}.${KeyResultField | 'milestones'}`;

const NUMERIC: readonly KeyResultField[] = ['start', 'target', 'min', 'max'];

/** Fields the editor cannot save as they are: an empty title, numbers that do not parse. */
export function goalEditorErrors(
  state: GoalEditorState,
): Partial<Record<FieldKey, 'required' | 'not-a-number' | 'reason-required'>> {
  const errors: Partial<Record<FieldKey, 'required' | 'not-a-number' | 'reason-required'>> = {};
  if (state.draft.title.trim() === '') errors.title = 'required';
  if (state.draft.manualStatus && !state.draft.manualNote?.trim()) errors.manualNote = 'reason-required';
  state.draft.keyResults.forEach((kr, i) => {
    for (const field of NUMERIC) {
      const value = kr[field as 'start'];
      if (value.trim() !== '' && parseNumber(value, state.locale) === undefined) {
        errors[`keyResults.${i}.${field}`] = 'not-a-number';
      }
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

/** A field whose input is also described by a hint below it. */
function withHint(view: FieldView, hintId: string): FieldView {
  const describedBy = [hintId, view.input['aria-describedby']].filter(Boolean).join(' ');
  return { ...view, input: { ...view.input, 'aria-describedby': describedBy } };
}

/** Whether two drafts hold the same text in every field (their key results by key). */
function sameDraft(a: ObjectiveDraft, b: ObjectiveDraft | undefined): boolean {
  if (a === b) return true;
  if (!b || a.keyResults.length !== b.keyResults.length) return false;
  const fields: ObjectiveField[] = [
    'title',
    'description',
    'ownerId',
    'cycleId',
    'parentId',
    'alignment',
    'visibility',
  ];
  if (fields.some((f) => a[f] !== b[f])) return false;
  return a.keyResults.every((kr, i) => {
    const other = b.keyResults[i];
    return (
      other !== undefined &&
      kr.key === other.key &&
      kr.title === other.title &&
      kr.type === other.type &&
      NUMERIC.every((f) => kr[f as 'start'] === other[f as 'start']) &&
      kr.unit === other.unit &&
      kr.milestones.join('\n') === other.milestones.join('\n')
    );
  });
}

/** The origins of a key result's milestones, one per milestone (drafts built by hand may have none). */
function originsOf(kr: KeyResultDraft): readonly (MilestoneData | undefined)[] {
  return kr.milestones.map((_, i) => kr.milestoneOrigins?.[i]);
}

function mapKeyResult(state: GoalEditorState, index: number, f: (kr: KeyResultDraft) => KeyResultDraft) {
  return edit(state, { ...state.draft, keyResults: state.draft.keyResults.map((kr, i) => (i === index ? f(kr) : kr)) });
}

/** The editor's state machine: pure, shared by the React and lit editors. */
export function goalEditorReducer(state: GoalEditorState, event: GoalEditorEvent): GoalEditorState {
  switch (event.type) {
    case 'field':
      return edit(state, { ...state.draft, [event.field]: event.value });
    case 'key-result-field':
      return mapKeyResult(state, event.index, (kr) => ({ ...kr, [event.field]: event.value }));
    case 'add-key-result':
      return {
        ...edit(state, {
          ...state.draft,
          keyResults: [...state.draft.keyResults, emptyKeyResult(`k${state.nextKey}`)],
        }),
        nextKey: state.nextKey + 1,
      };
    case 'remove-key-result':
      return edit(state, { ...state.draft, keyResults: state.draft.keyResults.filter((_, i) => i !== event.index) });
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
      return { ...state, showErrors: true, status: invalid ? 'idle' : 'saving' };
    }
    case 'saved':
      return { ...initGoalEditor({ objective: event.objective, locale: state.locale }), status: 'saved' };
    case 'failed':
      return { ...state, status: 'failed' };
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

function numberOr(value: string, locale: string): number | undefined {
  return value.trim() === '' ? undefined : parseNumber(value, locale);
}

/** The draft as the core linter reads it (owner, cycle and numbers may be missing). */
export function toDraftObjective(state: GoalEditorState): DraftObjective {
  const d = state.draft;
  const n = (v: string) => numberOr(v, state.locale);
  const keyResults = d.keyResults.map((kr, i): DraftKeyResult => {
    const base = { id: kr.id ?? `kr${i + 1}`, title: kr.title, ...(kr.unit ? { unit: kr.unit } : {}) };
    const numbers: Record<string, number> = {};
    for (const field of NUMERIC) {
      const value = n(kr[field as 'start']);
      if (value !== undefined) numbers[field] = value;
    }
    switch (kr.type) {
      case 'boolean':
        return { ...base, type: 'boolean', checkIns: [] };
      case 'milestones':
        return { ...base, type: 'milestones', milestones: kr.milestones.map((title) => ({ title })), checkIns: [] };
      default:
        return { ...base, type: kr.type, ...numbers, checkIns: [] } as DraftKeyResult;
    }
  });
  return {
    id: state.original?.id ?? 'draft',
    title: d.title,
    ...(d.description ? { description: d.description } : {}),
    ...(d.ownerId ? { owner: d.ownerId } : {}),
    ...(d.cycleId ? { cycle: d.cycleId } : {}),
    ...(d.parentId ? { parent: d.parentId } : {}),
    keyResults,
  };
}

/** What the linter knows about the organisation: cycles and owners, to resolve the draft's. */
export interface GoalEditorContext {
  readonly cycles?: readonly CycleData[] | undefined;
  readonly owners?:
    | readonly { readonly id: string; readonly name: string; readonly kind?: string | undefined }[]
    | undefined;
  /** The lint date, for rules about "now". */
  readonly asOf?: string | Date | undefined;
}

/** Run the SMART linter on the draft, as the person types. */
export function lintGoalDraft(
  state: GoalEditorState,
  context: GoalEditorContext,
  linter: GoalLinter,
): ObjectiveLintResult {
  const draft = toDraftObjective(state);
  const lifecycle = state.original?.state;
  // A goal not yet approved is not judged on check-ins it could not have had.
  const started =
    lifecycle === 'active' || lifecycle === 'closed' || (state.original !== undefined && lifecycle === undefined);
  return linter(draft, {
    locale: state.locale,
    audience: 'form',
    ...(started ? {} : { activeSince: { [draft.id]: null } }),
    ...(context.asOf === undefined ? {} : { asOf: context.asOf }),
    document: {
      cycles: (context.cycles ?? []).map((c) => ({ id: c.id, name: c.name, start: c.start, end: c.end })),
      owners: (context.owners ?? []).map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind === 'org' || o.kind === 'person' ? o.kind : 'team',
      })),
    },
  });
}

/** The field a lint message concerns, so the editor shows it there. */
export function fieldOfMessage(message: LintMessage): FieldKey {
  const k = /keyResults\[(\d+)\]/.exec(message.path)?.[1];
  const field = (message.field ?? '').replace(/[.[].*$/, '');
  if (k === undefined) {
    const map: Record<string, ObjectiveField> = {
      title: 'title',
      description: 'description',
      owner: 'ownerId',
      cycle: 'cycleId',
      parent: 'parentId',
    };
    return map[field] ?? 'title';
  }
  const known = ['title', 'type', 'start', 'target', 'min', 'max', 'unit', 'milestones'];
  return `keyResults.${Number(k)}.${(known.includes(field) ? field : 'title') as KeyResultField}`;
}

/** The detail to save, or `undefined` while a field is invalid. */
export function goalEditorSaveDetail(state: GoalEditorState): GoalEditorSaveDetail | undefined {
  if (Object.keys(goalEditorErrors(state)).length > 0) return undefined;
  const d = state.draft;
  const original = state.original;
  const initial = original ? state.initial : undefined;
  const n = (v: string) => numberOr(v, state.locale);
  // A field the person did not touch is saved exactly as it was saved: its text in the editor is only
  // a rendering of the saved value (rounded, localised, trimmed), never a new value.
  const untouched = (field: ObjectiveField) => initial !== undefined && d[field] === initial[field];
  const title = untouched('title') && original ? original.title : d.title.trim();
  const description = untouched('description') ? (original?.description ?? '') : d.description.trim();
  const parentId = untouched('parentId') ? (original?.parentId ?? null) : d.parentId || null;
  const alignment = untouched('alignment') ? original?.alignment : asAlignment(d.alignment);
  const visibility = untouched('visibility') ? original?.visibility : asVisibility(d.visibility);
  return {
    ...(original ? { objectiveId: original.id } : {}),
    ...(state.version === undefined ? {} : { version: state.version }),
    objective: {
      title,
      // An emptied description is saved as '' (cleared); a new objective without one leaves it out.
      ...(description || original?.description ? { description } : {}),
      ownerId: d.ownerId,
      cycleId: d.cycleId,
      parentId,
      ...(alignment ? { alignment } : {}),
      ...(visibility ? { visibility } : {}),
      ...(!original || (untouched('manualStatus') && untouched('manualNote'))
        ? {}
        : { manualStatus: manualStatusOf(d.manualStatus ?? '', d.manualNote ?? '') }),
      keyResults: d.keyResults.map((kr) => keyResultToSave(kr, state, n)),
    },
  };
}

const asAlignment = (value: string) =>
  value === 'contributes' || value === 'supports' ? (value as 'contributes' | 'supports') : undefined;
const STATUSES: readonly Status[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];
const manualStatusOf = (status: string, note: string) => {
  const known = STATUSES.find((s) => s === status);
  return known ? { status: known, note: note.trim() } : null;
};
/** The score of an objective not scored yet. */
export const NOT_SCORED: ScoreData = {
  progress: 0,
  expected: 0,
  status: 'not-started',
  confidence: null,
  hasData: false,
};

/**
 * The objective as a presentational editor shows it once the host saved `detail` (the host keeps the
 * data; the editor starts again from this): the saved fields over the objective it edited.
 */
export function objectiveAfterSave(objective: ObjectiveData | undefined, detail: GoalEditorSaveDetail): ObjectiveData {
  const { manualStatus, keyResults: _edited, ...fields } = detail.objective;
  return {
    ...(objective ?? { id: '', score: NOT_SCORED }),
    ...fields,
    keyResults: objective?.keyResults ?? [],
    ...(manualStatus === undefined
      ? {}
      : {
          manualStatus: manualStatus && {
            ...manualStatus,
            setByName: objective?.manualStatus?.setByName ?? '',
            at: new Date().toISOString(),
          },
        }),
  };
}

const asVisibility = (value: string) =>
  value === 'public' || value === 'private' ? (value as 'public' | 'private') : undefined;

type KeyResultToSave = GoalEditorSaveDetail['objective']['keyResults'][number];

function keyResultToSave(
  kr: KeyResultDraft,
  state: GoalEditorState,
  n: (value: string) => number | undefined,
): KeyResultToSave {
  const saved: KeyResultData | undefined = kr.id ? state.original?.keyResults.find((k) => k.id === kr.id) : undefined;
  const opened = saved ? state.initial?.keyResults.find((k) => k.key === kr.key) : undefined;
  const untouched = (field: KeyResultField) => opened !== undefined && kr[field] === opened[field];
  const out: Record<string, unknown> = {};
  if (kr.id) out.id = kr.id;
  out.title = saved && untouched('title') ? saved.title : kr.title.trim();
  out.type = kr.type;
  // On a saved key result an emptied unit or number is cleared (`null`); on a new one it is left out.
  const cleared = saved ? null : undefined;
  const unit = saved && untouched('unit') ? saved.unit : kr.unit.trim() || cleared;
  if (unit !== undefined) out.unit = unit;
  if (kr.type === 'milestones') {
    const origins = originsOf(kr);
    out.milestones = kr.milestones.flatMap((text, i) => {
      const origin = origins[i];
      if (origin) return text === origin.title ? [origin] : text.trim() ? [{ ...origin, title: text.trim() }] : [];
      return text.trim() ? [{ title: text.trim(), done: false }] : [];
    });
  } else if (kr.type !== 'boolean') {
    for (const field of NUMERIC) {
      const value = saved && untouched(field) ? saved[field as 'start'] : (n(kr[field as 'start']) ?? cleared);
      if (value !== undefined) out[field] = value;
    }
  }
  return out as KeyResultToSave;
}

/** One lint finding shown next to its field. */
export interface FindingView {
  readonly id: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly suggestion: string | undefined;
  readonly item: AttrBag;
}

/** One editable field: its label, input, error and findings. */
export interface FieldView {
  readonly key: FieldKey;
  readonly labelText: string;
  readonly errorText: string | undefined;
  readonly findings: readonly FindingView[];
  /** Holds the label, the control, the error and the findings. */
  readonly field: AttrBag;
  readonly label: AttrBag;
  readonly input: AttrBag;
  readonly error: AttrBag;
  readonly findingList: AttrBag;
}

/** One key result's fields. */
export interface KeyResultEditorView {
  readonly key: string;
  readonly index: number;
  readonly headingText: string;
  readonly type: KeyResultKind;
  readonly fields: Readonly<Record<KeyResultField, FieldView>>;
  /** Which number fields apply to the type. */
  readonly numberFields: readonly KeyResultField[];
  readonly milestones: readonly FieldView[];
  readonly milestoneFindings: readonly FindingView[];
  readonly removeText: string;
  readonly addMilestoneText: string;
  readonly removeMilestoneTexts: readonly string[];
  readonly group: AttrBag;
  /** The button that removes the key result. */
  readonly remove: AttrBag;
  readonly addMilestone: AttrBag;
  /** The button beside each milestone that removes it. */
  readonly removeMilestone: AttrBag;
}

/** The editor's view-model. */
export interface GoalEditorView {
  readonly headingText: string;
  readonly fields: Readonly<Record<ObjectiveField, FieldView>>;
  readonly keyResults: readonly KeyResultEditorView[];
  readonly typeOptions: readonly { readonly value: KeyResultKind; readonly label: string }[];
  readonly keyResultsHeading: string;
  readonly addKeyResultText: string;
  readonly noneText: string;
  readonly smartHeading: string;
  /** `true` until the host passes a lint result (the linter loads lazily), unless it could not load. */
  readonly lintPending: boolean;
  /** The linter could not be loaded (`lintUnavailable` in the input): no SMART score, saving still works. */
  readonly lintUnavailable: boolean;
  readonly smartOverallText: string;
  readonly smart: readonly {
    readonly letter: SmartLetter;
    readonly label: string;
    readonly score: number | undefined;
    readonly bar: AttrBag;
  }[];
  readonly findingCountText: string;
  readonly saveText: string;
  readonly statusText: string | undefined;
  readonly saving: boolean;
  readonly conflictChanges: readonly string[];
  /** The search box over the goals to align to. */
  readonly parentSearch: {
    readonly labelText: string;
    /** Holds the label, the search box and `parentStatus`. */
    readonly field: AttrBag;
    readonly label: AttrBag;
    readonly input: AttrBag;
  };
  /** The choices of "Aligns to" that match the search, grouped by how their owner relates; the chosen one always. */
  readonly parentGroups: readonly {
    readonly label: string;
    readonly options: readonly { readonly value: string; readonly label: string }[];
  }[];
  /** How many goals match, or that they are loading (a polite live region). */
  readonly parentStatusText: string;
  readonly parentStatus: AttrBag;
  readonly alignmentOptions: readonly { readonly value: 'contributes' | 'supports'; readonly label: string }[];
  readonly visibilityOptions: readonly { readonly value: 'public' | 'private'; readonly label: string }[];
  /** Who can see the objective with the visibility chosen, in words. */
  readonly visibilityHintText: string;
  readonly visibilityHint: AttrBag;
  /** Whether the owner may set their own status here (an active objective being edited). */
  readonly manualStatusShown: boolean;
  readonly manualStatusOptions: readonly { readonly value: string; readonly label: string }[];
  readonly manualHintText: string;
  readonly manualHint: AttrBag;
  /** Who a proposal waits for, or the comment a returned draft came back with. */
  readonly notice:
    | { readonly kind: 'waiting' | 'returned'; readonly text: string; readonly comment?: string | undefined }
    | undefined;
  readonly noticePart: AttrBag;
  /** Carry the objective into the next cycle, when there is one; with its progress or outcome. */
  readonly carryOver:
    | {
        readonly text: string;
        readonly cycleId: string;
        readonly button: AttrBag;
        readonly statusText: string | undefined;
        readonly status: AttrBag;
      }
    | undefined;
  readonly reloadText: string;
  readonly keepMineText: string;
  readonly actionsHeading: string;
  readonly actions: readonly { readonly action: TransitionAction; readonly label: string; readonly button: AttrBag }[];
  readonly returnComment: FieldView | undefined;
  readonly saveDetail: GoalEditorSaveDetail | undefined;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  /** The fields beside the SMART panel. */
  readonly layout: AttrBag;
  /** The column of fields. */
  readonly fieldList: AttrBag;
  /** Fields that sit side by side (owner and cycle, a key result's type and numbers, a milestone and its button). */
  readonly row: AttrBag;
  /** The search over the goals to align to, with "Aligns to" and how. */
  readonly alignmentGroup: AttrBag;
  /** Adds a key result; `data-add="key-result"` tells it from a key result's "Add milestone". */
  readonly addKeyResult: AttrBag;
  readonly smartPanel: AttrBag;
  /** Holds Save, the status and the conflict's choices. */
  readonly footer: AttrBag;
  readonly save: AttrBag;
  readonly status: AttrBag;
  /** After a conflict: take their version. */
  readonly reload: AttrBag;
  /** After a conflict: keep these edits and save over theirs. */
  readonly keepMine: AttrBag;
  /** The lifecycle actions, the return comment and carrying over. */
  readonly lifecycle: AttrBag;
}

/** A goal the objective may align to, as `GET /alignment-candidates` lists them. */
export interface ParentCandidate {
  readonly id: string;
  readonly title: string;
  /** Who owns it, shown beside its title. */
  readonly ownerName?: string | undefined;
  /** How its owner relates to the objective's owner; groups the choices. @default 'other' */
  readonly relation?: 'team' | 'manager' | 'company' | 'other' | undefined;
}

/** What the editor renders, beyond its state. */
export interface GoalEditorInput extends GoalEditorContext {
  /** The goals the objective may align to; the person searches them with `parent-query`. */
  readonly parents?: readonly ParentCandidate[] | undefined;
  /** The goals to align to are still loading. */
  readonly parentsLoading?: boolean | undefined;
  /** The moment "2 days ago" is measured from. @default now */
  readonly now?: string | Date | undefined;
  readonly state: GoalEditorState;
  /** The lint result (`lintGoalDraft`); absent while the linter is still loading. */
  readonly lint?: ObjectiveLintResult | undefined;
  /** The linter failed to load (a missing chunk, a network error): say so instead of checking forever. */
  readonly lintUnavailable?: boolean | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-editor' */
  readonly idBase?: string | undefined;
}

const LETTERS: readonly SmartLetter[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];
const TYPES: readonly KeyResultKind[] = KEY_RESULT_TYPES;

function numberFieldsOf(type: KeyResultKind): KeyResultField[] {
  if (type === 'increase' || type === 'decrease') return ['start', 'target', 'unit'];
  if (type === 'at-least' || type === 'at-most') return ['target', 'unit'];
  if (type === 'range') return ['min', 'max', 'unit'];
  return [];
}

/** Compute the editor's anatomy: fields with their lint findings, the SMART score, save and lifecycle. */
export function connectGoalEditor(input: GoalEditorInput): GoalEditorView {
  const { state } = input;
  const editorText = getEditorMessages(state.locale);
  const keyResultText = getKeyResultMessages(state.locale);
  const t = editorText;
  const id = input.idBase ?? 'gk-editor';
  const lint = input.lint;
  const lintUnavailable = !lint && input.lintUnavailable === true;
  const lintPending = !lint && !lintUnavailable;
  const errors = state.showErrors ? goalEditorErrors(state) : {};
  const example = formatNumber(27.5, state.locale);

  const byField = new Map<FieldKey, FindingView[]>();
  // A new objective's form, untouched, has nothing wrong yet: findings wait for the person's first edit.
  const untouchedNew = !state.original && !state.showErrors && sameDraft(state.draft, state.initial);
  const shown = untouchedNew ? [] : (lint?.messages ?? []);
  shown.forEach((message, i) => {
    const key = fieldOfMessage(message);
    const list = byField.get(key) ?? [];
    list.push({
      id: `${id}-finding-${i}`,
      severity: message.severity,
      message: message.message,
      suggestion: message.suggestion === undefined ? undefined : t.suggestion(message.suggestion),
      item: part('goal-editor', 'finding', { id: `${id}-finding-${i}`, 'data-severity': message.severity }),
    });
    byField.set(key, list);
  });

  const field = (key: FieldKey, labelText: string): FieldView => {
    const inputId = `${id}-${key.replace(/\./g, '-')}`;
    const error = errors[key];
    const errorText =
      error === 'required'
        ? t.titleRequired
        : error === 'not-a-number'
          ? t.numberInvalid(example)
          : error === 'reason-required'
            ? t.manualNoteRequired
            : undefined;
    const findings = byField.get(key) ?? [];
    const describedBy = [errorText ? `${inputId}-error` : '', ...findings.map((f) => f.id)].filter(Boolean).join(' ');
    return {
      key,
      labelText,
      errorText,
      findings,
      field: part('goal-editor', 'field'),
      label: part('goal-editor', 'label', { for: inputId }),
      input: part('goal-editor', 'input', {
        id: inputId,
        name: key,
        'aria-invalid': errorText ? 'true' : undefined,
        'aria-describedby': describedBy || undefined,
        'data-has-findings': findings.length > 0 ? '' : undefined,
      }),
      error: part('goal-editor', 'error', { id: `${inputId}-error` }),
      findingList: part('goal-editor', 'findings'),
    };
  };

  const fields = {
    title: field('title', t.title),
    description: field('description', t.description),
    ownerId: field('ownerId', t.owner),
    cycleId: field('cycleId', t.cycle),
    parentId: field('parentId', t.parent),
    alignment: field('alignment', t.alignment),
    visibility: withHint(field('visibility', t.visibility), `${id}-visibility-hint`),
    manualStatus: withHint(field('manualStatus', t.manualStatus), `${id}-manual-hint`),
    manualNote: field('manualNote', t.manualNote),
  };
  const messages = getMessages(state.locale);
  const original = state.original;
  const canSetStatus = original?.state === 'active';
  const notice =
    original?.state === 'proposed' && original.waitingFor?.length
      ? { kind: 'waiting' as const, text: t.waitingFor(original.waitingFor.map((w) => w.name).join(', ')) }
      : original?.state === 'draft' && original.returned
        ? {
            kind: 'returned' as const,
            text: t.returnedBy({
              name: original.returned.byName,
              when: formatRelativeTime(original.returned.at, input.now ?? new Date(), state.locale),
            }),
            comment: original.returned.comment,
          }
        : undefined;
  // The next cycle: the first to start after this one ends.
  const cycle = input.cycles?.find((c) => c.id === original?.cycleId);
  const nextCycle =
    cycle && (original?.state === 'active' || original?.state === 'closed')
      ? [...(input.cycles ?? [])].filter((c) => c.start > cycle.end).sort((a, b) => a.start.localeCompare(b.start))[0]
      : undefined;
  const carry = state.carry;
  const carryCycle = input.cycles?.find((c) => c.id === carry?.cycleId)?.name ?? carry?.cycleId ?? '';

  const query = (state.parentQuery ?? '').trim().toLocaleLowerCase(state.locale);
  const candidates = input.parents ?? [];
  const matching = candidates.filter(
    (p) =>
      p.id === state.draft.parentId ||
      query === '' ||
      `${p.title} ${p.ownerName ?? ''}`.toLocaleLowerCase(state.locale).includes(query),
  );
  const RELATIONS = ['team', 'manager', 'company', 'other'] as const;
  const parentGroups = RELATIONS.map((relation) => ({
    label: t.relations[relation],
    options: matching
      .filter((p) => (p.relation ?? 'other') === relation)
      .map((p) => ({ value: p.id, label: p.ownerName ? `${p.title} (${p.ownerName})` : p.title })),
  })).filter((g) => g.options.length > 0);
  const matches = matching.filter((p) => p.id !== state.draft.parentId || query === '').length;
  const parentStatusText = input.parentsLoading
    ? t.parentsLoading
    : query !== '' && matches === 0
      ? t.noParentMatch(state.parentQuery?.trim() ?? '')
      : t.parentCount(matches);

  const keyResults = state.draft.keyResults.map((kr, index): KeyResultEditorView => {
    const heading = t.keyResultTitle(index + 1);
    const labels: Record<KeyResultField, string> = {
      title: heading,
      type: t.type,
      start: t.start,
      target: t.target,
      min: t.min,
      max: t.max,
      unit: t.unit,
    };
    const krFields = Object.fromEntries(
      (Object.keys(labels) as KeyResultField[]).map((f) => [f, field(`keyResults.${index}.${f}`, labels[f])]),
    ) as Record<KeyResultField, FieldView>;
    return {
      key: kr.key,
      index,
      headingText: heading,
      type: kr.type,
      fields: krFields,
      numberFields: numberFieldsOf(kr.type),
      milestones: kr.milestones.map((_, m) => {
        const view = field(`keyResults.${index}.milestones`, t.milestoneTitle(m + 1));
        const inputId = `${id}-keyResults-${index}-milestone-${m}`;
        return {
          ...view,
          findings: [],
          label: part('goal-editor', 'label', { for: inputId }),
          input: part('goal-editor', 'input', { id: inputId, name: `keyResults.${index}.milestones.${m}` }),
        };
      }),
      milestoneFindings: byField.get(`keyResults.${index}.milestones`) ?? [],
      removeText: t.removeKeyResult(index + 1),
      addMilestoneText: t.addMilestone,
      removeMilestoneTexts: kr.milestones.map((_, m) => t.removeMilestone(m + 1)),
      group: part('goal-editor', 'key-result', { role: 'group', 'aria-label': heading }),
      remove: part('goal-editor', 'remove', { type: 'button' }),
      addMilestone: part('goal-editor', 'add', { type: 'button' }),
      removeMilestone: part('goal-editor', 'remove', { type: 'button' }),
    };
  });

  const theirs = state.theirs;
  const conflictChanges: string[] = [];
  if (state.status === 'conflict' && theirs) {
    const pairs: [string, string, string][] = [
      [t.title, theirs.title, state.draft.title],
      [t.description, theirs.description ?? '', state.draft.description],
      [t.owner, theirs.ownerId, state.draft.ownerId],
      [t.cycle, theirs.cycleId, state.draft.cycleId],
      [t.parent, theirs.parentId ?? '', state.draft.parentId],
    ];
    for (const [label, their, mine] of pairs) {
      if (their !== mine) conflictChanges.push(t.conflictChange({ field: label, theirs: their, mine }));
    }
  }

  const allowed = state.original?.allowedTransitions ?? [];
  const statusText =
    state.status === 'saving'
      ? t.saving
      : state.status === 'saved'
        ? t.saved
        : state.status === 'failed'
          ? t.failed
          : state.status === 'conflict'
            ? t.conflict(String(theirs?.version ?? '?'))
            : undefined;
  const returnComment = allowed.includes('return') ? field('description', t.returnComment) : undefined;
  const returnInputId = `${id}-return-comment`;
  const returnError = state.returnCommentMissing ? t.returnCommentRequired : undefined;

  return {
    headingText: state.original ? t.editHeading : t.newHeading,
    fields,
    keyResults,
    typeOptions: TYPES.map((value) => ({ value, label: keyResultText.types[value] })),
    keyResultsHeading: t.keyResults,
    addKeyResultText: t.addKeyResult,
    noneText: t.none,
    smartHeading: t.smartHeading,
    lintPending,
    lintUnavailable,
    smartOverallText: lint
      ? t.smartOverall(String(lint.smart.overall))
      : lintUnavailable
        ? t.smartUnavailable
        : t.smartPending,
    smart: LETTERS.map((letter) => ({
      letter,
      label: t.smartLetters[letter],
      score: lint?.smart[letter],
      bar: part('goal-editor', 'smart-letter', {
        'data-letter': letter,
        style: { '--gk-smart-value': lint ? String(lint.smart[letter] / 100) : '0' },
      }),
    })),
    findingCountText: lint ? t.findings(shown.length) : '',
    saveText: t.save,
    statusText,
    saving: state.status === 'saving',
    conflictChanges,
    parentSearch: {
      labelText: t.parentSearch,
      field: part('goal-editor', 'field'),
      label: part('goal-editor', 'label', { for: `${id}-parent-search` }),
      input: part('goal-editor', 'parent-search', {
        id: `${id}-parent-search`,
        type: 'search',
        'aria-controls': fields.parentId.input.id as string,
        'aria-describedby': `${id}-parent-status`,
      }),
    },
    parentGroups,
    parentStatusText,
    parentStatus: part('goal-editor', 'parent-status', { id: `${id}-parent-status`, role: 'status' }),
    alignmentOptions: (['contributes', 'supports'] as const).map((value) => ({
      value,
      label: t.alignmentKinds[value],
    })),
    visibilityOptions: (['public', 'private'] as const).map((value) => ({ value, label: t.visibilityKinds[value] })),
    visibilityHintText: t.visibilityHint[state.draft.visibility === 'private' ? 'private' : 'public'],
    visibilityHint: part('goal-editor', 'hint', { id: `${id}-visibility-hint` }),
    manualStatusShown: canSetStatus,
    manualStatusOptions: [
      { value: '', label: t.manualNone },
      ...STATUSES.map((value) => ({ value, label: messages.status[value] })),
    ],
    manualHintText: t.manualHint(original ? messages.status[original.score.status] : ''),
    manualHint: part('goal-editor', 'hint', { id: `${id}-manual-hint` }),
    notice,
    noticePart: part('goal-editor', 'notice', { 'data-kind': notice?.kind, role: 'note' }),
    carryOver:
      nextCycle || carry
        ? {
            text: t.carryOver(nextCycle?.name ?? carryCycle),
            cycleId: nextCycle?.id ?? carry?.cycleId ?? '',
            button: part('goal-editor', 'carry-over', {
              type: 'button',
              'aria-disabled': carry?.status === 'carrying' ? 'true' : undefined,
            }),
            statusText:
              carry?.status === 'carrying'
                ? t.carrying
                : carry?.status === 'carried'
                  ? t.carried(carryCycle)
                  : carry?.status === 'failed'
                    ? t.carryFailed
                    : undefined,
            status: part('goal-editor', 'carry-status', { role: carry?.status === 'failed' ? 'alert' : 'status' }),
          }
        : undefined,
    reloadText: t.reload,
    keepMineText: t.keepMine,
    actionsHeading: t.actions,
    actions: allowed.map((action) => ({
      action,
      label: t.action[action],
      button: part('goal-editor', 'action', {
        type: 'button',
        'data-action': action,
        // The approver's decision is the primary action of a proposal.
        'data-primary': action === 'approve' || action === 'propose' ? '' : undefined,
        'aria-disabled': state.transitioning ? 'true' : undefined,
      }),
    })),
    returnComment: returnComment && {
      ...returnComment,
      errorText: returnError,
      label: part('goal-editor', 'label', { for: returnInputId }),
      input: part('goal-editor', 'input', {
        id: returnInputId,
        name: 'returnComment',
        'aria-invalid': returnError ? 'true' : undefined,
        'aria-describedby': returnError ? `${returnInputId}-error` : undefined,
      }),
      error: part('goal-editor', 'error', { id: `${returnInputId}-error` }),
      findings: [],
    },
    saveDetail: goalEditorSaveDetail(state),
    root: part('goal-editor', 'root', {
      'data-status': state.status,
      'aria-labelledby': `${id}-heading`,
      novalidate: true,
    }),
    heading: part('goal-editor', 'heading', { id: `${id}-heading` }),
    layout: part('goal-editor', 'layout'),
    fieldList: part('goal-editor', 'fields'),
    row: part('goal-editor', 'row'),
    alignmentGroup: part('goal-editor', 'alignment'),
    addKeyResult: part('goal-editor', 'add', { type: 'button', 'data-add': 'key-result' }),
    smartPanel: part('goal-editor', 'smart', { 'aria-labelledby': `${id}-smart-heading` }),
    footer: part('goal-editor', 'footer'),
    save: part('goal-editor', 'save', {
      type: 'submit',
      'aria-disabled': state.status === 'saving' ? 'true' : undefined,
    }),
    status: part('goal-editor', 'status', {
      role: state.status === 'failed' || state.status === 'conflict' ? 'alert' : 'status',
    }),
    reload: part('goal-editor', 'action', { type: 'button' }),
    keepMine: part('goal-editor', 'action', { type: 'button' }),
    lifecycle: part('goal-editor', 'lifecycle'),
  };
}
