import type { LintMessage, ObjectiveLintResult } from '../../lint/types.js';
import type { DraftKeyResult, DraftObjective } from '../../model/documentSchema.js';
import { NUMERIC, numberOr } from './goalEditorReducer.js';
import type {
  FieldKey,
  GoalEditorContext,
  GoalEditorState,
  GoalLinter,
  KeyResultField,
  ObjectiveField,
} from './types.js';

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
    ...(d.kind ? { kind: d.kind } : {}),
    ...(d.competencyIds?.length ? { competencyIds: [...d.competencyIds] } : {}),
    keyResults,
  };
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
  const known = ['title', 'type', 'start', 'target', 'min', 'max', 'unit', 'milestones', 'checkInResponsibleId'];
  return `keyResults.${Number(k)}.${(known.includes(field) ? field : 'title') as KeyResultField}`;
}
