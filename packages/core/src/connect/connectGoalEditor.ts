import { getEditorMessages } from '../i18n/editorMessages.js';
import { formatNumber, formatRelativeTime } from '../i18n/format.js';
import { getKeyResultMessages } from '../i18n/keyResultMessages.js';
import { getMessages, type KeyResultKind, type TransitionAction } from '../i18n/messages.js';
import type { ObjectiveLintResult, SmartLetter } from '../lint/types.js';
import { KEY_RESULT_TYPES } from '../model/keyResultTypes.js';
import { connectGoalEditorAssist, type GoalEditorAssistView } from './goalEditor/goalEditorAssist.js';
import { goalEditorErrors, NUMERIC } from './goalEditor/goalEditorReducer.js';
import { goalEditorSaveDetail, STATUSES } from './goalEditor/goalEditorSaveDetail.js';
import {
  AGGREGATES,
  CONNECTOR_FIELDS,
  configFieldsOf,
  SCHEDULES,
  sourceOf,
} from './goalEditor/keyResultSourceDraft.js';
import { fieldOfMessage } from './goalEditor/lintGoalDraft.js';
import type {
  FieldKey,
  GoalEditorContext,
  GoalEditorSaveDetail,
  GoalEditorState,
  KeyResultField,
  KeyResultSourceDraft,
  ObjectiveDraft,
  ObjectiveField,
  ParentCandidate,
} from './goalEditor/types.js';
import { type AttrBag, part } from './types.js';

export {
  acceptAssistProposal,
  type GoalEditorAssistAnswer,
  type GoalEditorAssistState,
  type GoalEditorAssistView,
} from './goalEditor/goalEditorAssist.js';
export {
  goalEditorErrors,
  goalEditorReducer,
  initGoalEditor,
} from './goalEditor/goalEditorReducer.js';
export { goalEditorSaveDetail, NOT_SCORED, objectiveAfterSave } from './goalEditor/goalEditorSaveDetail.js';
export { fieldOfMessage, lintGoalDraft, toDraftObjective } from './goalEditor/lintGoalDraft.js';
export type {
  ConnectorConfigField,
  FieldKey,
  GoalEditorCarryOverDetail,
  GoalEditorContext,
  GoalEditorEvent,
  GoalEditorSaveDetail,
  GoalEditorState,
  GoalEditorStatus,
  GoalEditorTransitionDetail,
  GoalLinter,
  KeyResultDraft,
  KeyResultField,
  KeyResultSourceDraft,
  ObjectiveDraft,
  ObjectiveField,
  ParentCandidate,
} from './goalEditor/types.js';

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
      (kr.checkInResponsibleId ?? '') === (other.checkInResponsibleId ?? '') &&
      JSON.stringify(sourceOf(kr)) === JSON.stringify(sourceOf(other)) &&
      (kr.allowValuesOutsideCycle ?? false) === (other.allowValuesOutsideCycle ?? false) &&
      kr.milestones.join('\n') === other.milestones.join('\n')
    );
  });
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
  /** Help under the control, when the field has any (the input is described by it). */
  readonly hintText?: string | undefined;
  readonly hint?: AttrBag | undefined;
}

/** A choice of a select. */
export interface EditorOption<TValue extends string = string> {
  readonly value: TValue;
  readonly label: string;
}

/**
 * A key result's "Value comes from" and what the chosen way needs: for a push the address to send values
 * to, for a pull the connector, its settings, the schedule and how values are transformed.
 */
export interface KeyResultSourceEditorView {
  readonly mode: 'manual' | 'push' | 'pull';
  /** The choices of "Value comes from" (`fields['source.mode']`). */
  readonly modeOptions: readonly EditorOption<'manual' | 'push' | 'pull'>[];
  /** The connectors the server ships, and the one the key result was saved with if it is another. */
  readonly connectorOptions: readonly EditorOption[];
  readonly scheduleOptions: readonly EditorOption[];
  readonly aggregateOptions: readonly EditorOption[];
  /** The aggregate chosen: the draft's, or `latest` (the server's default) when it has none. */
  readonly aggregateValue: string;
  /** The chosen connector's settings (`name`: `url`, `path`, …), with their help. */
  readonly configFields: readonly (FieldView & { readonly name: string })[];
  /** Push: "Send values to". */
  readonly endpointLabelText: string;
  /** Push: `PUT /key-results/{id}/values/{YYYY-MM-DD}`, once the key result is saved; `undefined` before. */
  readonly endpointText: string | undefined;
  /** Push: how to send a value, or (not saved yet) that the address comes with saving. */
  readonly pushHintText: string;
  /** "Accept values for days outside the cycle" (a checkbox; shown for a push or a pull). */
  readonly allowOutsideCycle: FieldView;
  /** Holds the source's fields (`role="group"`, named "Value comes from (key result 1)"). */
  readonly group: AttrBag;
  /** The address, a `code` element. */
  readonly endpoint: AttrBag;
  readonly pushHint: AttrBag;
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
  /**
   * The choices of "Check-ins by" (`fields.checkInResponsibleId`): the owner (`''`, the default), the person set
   * now if the context does not list them, then the people of the context's `owners`, by name.
   */
  readonly responsibleOptions: readonly { readonly value: string; readonly label: string }[];
  /** Where its value comes from (its fields are `fields['source.mode']`, `fields['source.connector']`, …). */
  readonly source: KeyResultSourceEditorView;
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
  /** "Suggest a SMART rewrite", when the input offers it (`assist: true`); `undefined` otherwise. */
  readonly assist: GoalEditorAssistView | undefined;
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
  /** Offer "Suggest a SMART rewrite" (the host can answer it: a provider is configured). @default false */
  readonly assist?: boolean | undefined;
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
        ? key.includes('.source.')
          ? t.sourceFieldRequired(labelText)
          : t.titleRequired
        : error === 'url-or-file'
          ? t.urlOrFile
          : error === 'not-a-number'
            ? t.numberInvalid(example)
            : error === 'reason-required'
              ? t.manualNoteRequired
              : key.endsWith('.checkInResponsibleId') && state.serverErrors?.[key] !== undefined
                ? t.checkInResponsibleRefused
                : state.serverErrors?.[key];
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

  const people = (input.owners ?? [])
    .filter((o) => o.kind === 'person')
    .sort((a, b) => a.name.localeCompare(b.name, state.locale));
  const ownerPerson = people.find((p) => p.id === state.draft.ownerId);
  const ownerOption = { value: '', label: ownerPerson ? t.checkInOwnerNamed(ownerPerson.name) : t.checkInOwner };
  const personOptions = people.map((p) => ({ value: p.id, label: p.name }));

  const hinted = (view: FieldView, hintText: string): FieldView => {
    const hintId = `${view.input.id as string}-hint`;
    return { ...withHint(view, hintId), hintText, hint: part('goal-editor', 'hint', { id: hintId }) };
  };
  /** A key result's source fields: the chosen way's, with their help (the fields in `krFields` are updated). */
  const sourceView = (
    keyResultId: string | undefined,
    draft: KeyResultSourceDraft,
    index: number,
    krFields: Record<KeyResultField, FieldView>,
  ): KeyResultSourceEditorView => {
    const mode = draft.mode === 'push' || draft.mode === 'pull' ? draft.mode : 'manual';
    const prefix = `${id}-keyResults-${index}-source`;
    const pushHintId = `${prefix}-push-hint`;
    // A push's choice is described by how to send values; its name says which key result.
    const modeField = mode === 'push' ? withHint(krFields['source.mode'], pushHintId) : krFields['source.mode'];
    krFields['source.mode'] = { ...modeField, input: { ...modeField.input, 'aria-label': t.sourceModeOf(index + 1) } };
    krFields['source.transform.scale'] = hinted(krFields['source.transform.scale'], t.transformHint);
    const hints = t.configHints[draft.connector] ?? {};
    const configFields = configFieldsOf(draft).map((name) => {
      const key = `source.config.${name}` as KeyResultField;
      const known = krFields[key] ?? field(`keyResults.${index}.${key}`, name);
      const hint = hints[name];
      const view = { ...(hint ? hinted(known, hint) : known), name };
      krFields[key] = view;
      return view;
    });
    const connectorIds = Object.keys(CONNECTOR_FIELDS);
    // The connector saved on the key result stays a choice when it is one the editor does not know.
    const connectorOptions = [
      ...connectorIds,
      ...(draft.connector !== '' && !connectorIds.includes(draft.connector) ? [draft.connector] : []),
    ].map((value) => ({
      value,
      label: (Object.hasOwn(keyResultText.connectors, value) && keyResultText.connectors[value]) || value,
    }));
    const allow = krFields.allowValuesOutsideCycle;
    const allowOutsideCycle = {
      ...allow,
      input: { ...allow.input, type: 'checkbox', value: 'true' },
      field: part('goal-editor', 'field', { 'data-kind': 'checkbox' }),
    };
    krFields.allowValuesOutsideCycle = allowOutsideCycle;
    return {
      mode,
      modeOptions: (['manual', 'push', 'pull'] as const).map((value) => ({ value, label: t.sourceModes[value] })),
      connectorOptions,
      scheduleOptions: (['', ...SCHEDULES] as const).map((value) => ({ value, label: t.scheduleKinds[value] })),
      aggregateOptions: AGGREGATES.map((value) => ({ value, label: t.aggregateKinds[value] })),
      aggregateValue: draft.aggregate || 'latest',
      configFields,
      endpointLabelText: t.pushEndpoint,
      endpointText: keyResultId ? `PUT /key-results/${encodeURIComponent(keyResultId)}/values/{YYYY-MM-DD}` : undefined,
      pushHintText: keyResultId ? t.pushHint : t.pushAfterSave,
      allowOutsideCycle,
      group: part('goal-editor', 'source', {
        role: 'group',
        'aria-label': t.sourceModeOf(index + 1),
        'data-mode': mode,
      }),
      endpoint: part('goal-editor', 'endpoint'),
      pushHint: part('goal-editor', 'hint', { id: pushHintId }),
    };
  };

  const keyResults = state.draft.keyResults.map((kr, index): KeyResultEditorView => {
    const heading = t.keyResultTitle(index + 1);
    const responsible = kr.checkInResponsibleId ?? '';
    // A person set on the key result stays a choice when the context does not list them (by name if known).
    const unlisted =
      responsible !== '' && !people.some((p) => p.id === responsible)
        ? [{ value: responsible, label: input.owners?.find((o) => o.id === responsible)?.name ?? responsible }]
        : [];
    const labels: Record<KeyResultField, string> = {
      title: heading,
      type: t.type,
      start: t.start,
      target: t.target,
      min: t.min,
      max: t.max,
      unit: t.unit,
      checkInResponsibleId: t.checkInResponsible,
      'source.mode': t.sourceMode,
      'source.connector': t.connector,
      'source.config.url': t.configLabels.url,
      'source.config.path': t.configLabels.path,
      'source.config.valuePath': t.configLabels.valuePath,
      'source.config.datePath': t.configLabels.datePath,
      'source.config.file': t.configLabels.file,
      'source.config.column': t.configLabels.column,
      'source.config.dateColumn': t.configLabels.dateColumn,
      'source.schedule': t.schedule,
      'source.transform.scale': t.scale,
      'source.transform.offset': t.offset,
      'source.transform.aggregate': t.aggregate,
      allowValuesOutsideCycle: t.allowOutsideCycle,
    };
    const krFields = Object.fromEntries(
      (Object.keys(labels) as KeyResultField[]).map((f) => [f, field(`keyResults.${index}.${f}`, labels[f])]),
    ) as Record<KeyResultField, FieldView>;
    const responsibleField = krFields.checkInResponsibleId;
    // The visible label is the same in every row; the name says which key result (it starts with the label).
    krFields.checkInResponsibleId = {
      ...responsibleField,
      input: { ...responsibleField.input, 'aria-label': t.checkInResponsibleOf(index + 1) },
    };
    const source = sourceView(kr.id, sourceOf(kr), index, krFields);
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
      responsibleOptions: [ownerOption, ...unlisted, ...personOptions],
      source,
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
    assist: input.assist ? connectGoalEditorAssist(state, id) : undefined,
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
