import type { Status } from '../../scoring/types.js';
import type { KeyResultData, ObjectiveData, ScoreData } from '../widgetData.js';
import { goalEditorErrors, NUMERIC, numberOr, originsOf, responsibleOf } from './goalEditorReducer.js';
import { allowOutsideToSave, sourceToSave } from './keyResultSourceDraft.js';
import type { GoalEditorSaveDetail, GoalEditorState, KeyResultDraft, KeyResultField, ObjectiveField } from './types.js';

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
      // A new goal's kind and competencies (from its defaults); a saved goal keeps its own.
      ...(!original && d.kind ? { kind: d.kind } : {}),
      ...(!original && d.competencyIds?.length ? { competencyIds: [...d.competencyIds] } : {}),
      ...(!original || (untouched('manualStatus') && untouched('manualNote'))
        ? {}
        : { manualStatus: manualStatusOf(d.manualStatus ?? '', d.manualNote ?? '') }),
      keyResults: d.keyResults.map((kr) => keyResultToSave(kr, state, n)),
    },
  };
}

const asAlignment = (value: string) =>
  value === 'contributes' || value === 'supports' ? (value as 'contributes' | 'supports') : undefined;
/** The statuses an owner may set, in the order the editor offers them. */
export const STATUSES: readonly Status[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];
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

/** The key-result fields a draft holds as plain text. */
type KeyResultTextField = Extract<KeyResultField, 'title' | 'type' | 'start' | 'target' | 'min' | 'max' | 'unit'>;

type KeyResultToSave = GoalEditorSaveDetail['objective']['keyResults'][number];

function keyResultToSave(
  kr: KeyResultDraft,
  state: GoalEditorState,
  n: (value: string) => number | undefined,
): KeyResultToSave {
  const saved: KeyResultData | undefined = kr.id ? state.original?.keyResults.find((k) => k.id === kr.id) : undefined;
  const opened = saved ? state.initial?.keyResults.find((k) => k.key === kr.key) : undefined;
  const untouched = (field: KeyResultTextField) => opened !== undefined && kr[field] === opened[field];
  const out: Record<string, unknown> = {};
  if (kr.id) out.id = kr.id;
  out.title = saved && untouched('title') ? saved.title : kr.title.trim();
  out.type = kr.type;
  // On a saved key result an emptied unit or number is cleared (`null`); on a new one it is left out.
  const cleared = saved ? null : undefined;
  const unit = saved && untouched('unit') ? saved.unit : kr.unit.trim() || cleared;
  if (unit !== undefined) out.unit = unit;
  // Sent only when the person set or changed it (`null`: back to the owner), so other saves stay as they were.
  const responsible = kr.checkInResponsibleId ?? '';
  const touched = !opened || responsible !== (opened.checkInResponsibleId ?? '');
  if (touched && responsible !== (saved ? responsibleOf(saved) : '')) out.checkInResponsibleId = responsible || null;
  // Sent only when set or changed, as the person wrote it; the server keeps the last sync.
  const source = sourceToSave(kr, saved, opened, state.locale);
  if (source !== undefined) out.source = source;
  const allowOutside = allowOutsideToSave(kr, saved);
  if (allowOutside !== undefined) out.allowValuesOutsideCycle = allowOutside;
  if (kr.type === 'milestones') {
    const origins = originsOf(kr);
    out.milestones = kr.milestones.flatMap((text, i) => {
      const origin = origins[i];
      if (origin) return text === origin.title ? [origin] : text.trim() ? [{ ...origin, title: text.trim() }] : [];
      return text.trim() ? [{ title: text.trim(), done: false }] : [];
    });
  } else if (kr.type !== 'boolean') {
    for (const field of NUMERIC) {
      const value =
        saved && untouched(field as 'start') ? saved[field as 'start'] : (n(kr[field as 'start']) ?? cleared);
      if (value !== undefined) out[field] = value;
    }
  }
  return out as KeyResultToSave;
}
