'use client';
import { editorSaveRequest } from '@goalkit/client';
import type { KeyResultKind } from '@goalkit/core';
import {
  type AttrBag,
  type CycleData,
  createGoalEditorController,
  type FieldView,
  type GoalEditorAnswer,
  type GoalEditorAssistAnswer,
  type GoalEditorAssistView,
  type GoalEditorCarryOverDetail,
  type GoalEditorSaveDetail,
  type GoalEditorTransitionDetail,
  type GoalLinter,
  type KeyResultDraft,
  type KeyResultEditorView,
  type KeyResultField,
  lazyPart,
  type ObjectiveData,
  type ObjectiveDraft,
  type ObjectiveField,
  type ParentCandidate,
} from '@goalkit/core/connect';
import type { DraftObjective } from '@goalkit/core/model';
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useGoalkit, useLocale } from '../GoalkitContext.js';
import {
  useAlignmentCandidates,
  useCreateObjective,
  useCycles,
  useDuplicateObjective,
  useObjective,
  useObjectiveTransition,
  useOwners,
  useSaveObjective,
} from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';
import { useAssist } from '../internal/useAssist.js';
import { useController } from '../internal/useController.js';

/** An owner the editor offers. */
export interface EditorOwner {
  readonly id: string;
  readonly name: string;
  readonly kind?: string | undefined;
}

interface GoalEditorCommon {
  /** Cycles to choose from (and for the linter's time rules). */
  readonly cycles?: readonly CycleData[] | undefined;
  /** Owners to choose from. */
  readonly owners?: readonly EditorOwner[] | undefined;
  /** Objectives this one may align to (connected: loaded from `GET /alignment-candidates` unless given). */
  readonly parents?: readonly ParentCandidate[] | undefined;
  /** Starting values of a new objective (owner, cycle). */
  readonly defaults?: Partial<ObjectiveDraft> | undefined;
  /** The lint date, for rules about "now". */
  readonly asOf?: string | undefined;
  /** The moment "2 days ago" is measured from. @default now */
  readonly now?: string | Date | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the objective (absent to create one) and what to do on save. */
export interface GoalEditorDataProps extends GoalEditorCommon {
  readonly objective?: ObjectiveData | undefined;
  /** Called with the objective to save (the `gk-save` detail). Return a promise to show saving and failures. */
  readonly onSave?: ((detail: GoalEditorSaveDetail) => unknown) | undefined;
  /** Called with a lifecycle action (the `gk-transition` detail). */
  readonly onTransition?: ((detail: GoalEditorTransitionDetail) => unknown) | undefined;
  /** Called to carry the objective into the next cycle (the `gk-carry-over` detail); return a promise to show progress. */
  readonly onCarryOver?: ((detail: GoalEditorCarryOverDetail) => unknown) | undefined;
  /**
   * "Suggest a SMART rewrite": called with the draft as it is; answer the rewrite with its SMART scores or a
   * refusal (`POST /assist/rewrite-smart`'s reply, or core's `assist()` result). The action shows only when
   * this is given.
   */
  readonly onAssist?:
    | ((objective: DraftObjective) => GoalEditorAssistAnswer | Promise<GoalEditorAssistAnswer>)
    | undefined;
}

/** Connected mode: an objective id to edit, or `'new'` to create one; saves through the client with If-Match. */
export interface GoalEditorConnectedProps extends GoalEditorCommon {
  readonly objectiveId: string;
  /** Told after the server saved. */
  readonly onSave?: ((detail: GoalEditorSaveDetail) => void) | undefined;
  /** Told after the server carried the objective over, with the copy's id (`copyId`). */
  readonly onCarryOver?: ((detail: GoalEditorCarryOverDetail) => void) | undefined;
}

/** Props of {@link GoalEditor}. */
export type GoalEditorProps = GoalEditorDataProps | GoalEditorConnectedProps;

interface BodyProps extends GoalEditorCommon {
  readonly parentsLoading?: boolean | undefined;
  /** Told the draft's owner and cycle whenever they change (connected mode loads the goals to align to). */
  readonly onScope?: ((owner: string, cycle: string) => void) | undefined;
  readonly objective: ObjectiveData | undefined;
  /** Which objective the form holds (`new` for one being created): another starts the form again, in place. */
  readonly openKey: string;
  /** Saves; `base` is the objective as the person opened it (after "keep mine", the other version). */
  readonly save: (detail: GoalEditorSaveDetail, base: ObjectiveData | undefined) => GoalEditorAnswer;
  /** After a conflict: the objective as the server has it now. */
  readonly latest?: (() => Promise<ObjectiveData | undefined>) | undefined;
  readonly transition: (detail: GoalEditorTransitionDetail) => GoalEditorAnswer;
  readonly carryOver: (detail: GoalEditorCarryOverDetail) => GoalEditorAnswer;
  /** Asks for a SMART rewrite; the action shows only with it. */
  readonly assist?:
    | ((objective: DraftObjective) => GoalEditorAssistAnswer | Promise<GoalEditorAssistAnswer>)
    | undefined;
}

function Field({ field, children }: { field: FieldView; children: ReactNode }) {
  return (
    <div {...attrs(field.field)}>
      <label {...attrs(field.label)} htmlFor={field.label.for as string}>
        {field.labelText}
      </label>
      {children}
      {field.hint && field.hintText && <p {...attrs(field.hint)}>{field.hintText}</p>}
      {field.errorText && <p {...attrs(field.error)}>{field.errorText}</p>}
      {field.findings.length > 0 && (
        <ul {...attrs(field.findingList)}>
          {field.findings.map((f) => (
            <li key={f.id} {...attrs(f.item)}>
              <p>{f.message}</p>
              {f.suggestion && <p>{f.suggestion}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type SetKeyResultField = (index: number, field: KeyResultField) => (e: { target: { value: string } }) => void;

/** A key result's "Value comes from" and what the chosen way needs (all words and ids from core). */
function SourceFields(props: { kr: KeyResultEditorView; draft: KeyResultDraft; row: AttrBag; set: SetKeyResultField }) {
  const { kr, row, set } = props;
  const { source } = kr;
  const draft = props.draft.source;
  const options = (list: readonly { value: string; label: string }[]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  const select = (field: KeyResultField, value: string, list: readonly { value: string; label: string }[]) => (
    <Field field={kr.fields[field]}>
      <select {...attrs(kr.fields[field].input)} value={value} onChange={set(kr.index, field)}>
        {options(list)}
      </select>
    </Field>
  );
  const allow = source.allowOutsideCycle;
  return (
    <div {...attrs(source.group)}>
      {select('source.mode', source.mode, source.modeOptions)}
      {source.mode === 'push' && (
        <div {...attrs(row)}>
          {source.endpointText && (
            <p>
              {source.endpointLabelText} <code {...attrs(source.endpoint)}>{source.endpointText}</code>
            </p>
          )}
          <p {...attrs(source.pushHint)}>{source.pushHintText}</p>
        </div>
      )}
      {source.mode === 'pull' && (
        <>
          <div {...attrs(row)}>
            {select('source.connector', draft?.connector ?? '', source.connectorOptions)}
            {select('source.schedule', draft?.schedule ?? '', source.scheduleOptions)}
          </div>
          {source.configFields.map((field) => (
            <Field key={field.name} field={field}>
              <input
                {...attrs(field.input)}
                value={draft?.config[field.name] ?? ''}
                onChange={set(kr.index, `source.config.${field.name}` as KeyResultField)}
              />
            </Field>
          ))}
          <div {...attrs(row)}>
            {(['source.transform.scale', 'source.transform.offset'] as const).map((name) => (
              <Field key={name} field={kr.fields[name]}>
                <input
                  {...attrs(kr.fields[name].input)}
                  inputMode="decimal"
                  value={name === 'source.transform.scale' ? (draft?.scale ?? '') : (draft?.offset ?? '')}
                  onChange={set(kr.index, name)}
                />
              </Field>
            ))}
            {select('source.transform.aggregate', source.aggregateValue, source.aggregateOptions)}
          </div>
        </>
      )}
      {source.mode !== 'manual' && (
        <div {...attrs(allow.field)}>
          <input
            {...attrs(allow.input)}
            checked={props.draft.allowValuesOutsideCycle === true}
            onChange={(e) => set(kr.index, 'allowValuesOutsideCycle')({ target: { value: String(e.target.checked) } })}
          />
          <label {...attrs(allow.label)} htmlFor={allow.label.for as string}>
            {allow.labelText}
          </label>
          {allow.errorText && <p {...attrs(allow.error)}>{allow.errorText}</p>}
        </div>
      )}
    </div>
  );
}

/** "Suggest a SMART rewrite", its status, and the proposal with Accept and Keep mine (all words from core). */
function AssistRewrite({
  assist,
  send,
}: {
  assist: GoalEditorAssistView;
  send: (type: 'assist' | 'assist-accept' | 'assist-dismiss') => void;
}) {
  const { proposal } = assist;
  return (
    <div {...attrs(assist.root)}>
      <button {...attrs(assist.button)} onClick={() => send('assist')}>
        {assist.buttonText}
      </button>
      <p {...attrs(assist.status)}>{assist.statusText}</p>
      {proposal && (
        <div {...attrs(proposal.panel)}>
          <h4 {...attrs(proposal.heading)}>{proposal.headingText}</h4>
          <p>{proposal.labelText}</p>
          <p>{proposal.scoreText}</p>
          <p>
            <strong>{proposal.titleText}</strong>
          </p>
          {proposal.descriptionText && <p>{proposal.descriptionText}</p>}
          <p>{proposal.keyResultsText}</p>
          <ul>
            {proposal.keyResults.map((title, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the proposal's key results, in its order, never edited.
              <li key={i}>{title}</li>
            ))}
          </ul>
          <button {...attrs(proposal.accept)} onClick={() => send('assist-accept')}>
            {proposal.acceptText}
          </button>
          <button {...attrs(proposal.keepMine)} onClick={() => send('assist-dismiss')}>
            {proposal.keepMineText}
          </button>
        </div>
      )}
    </div>
  );
}

/** The SMART linter, loaded on first use in its own chunk (shared by every editor on the page). */
const linter = lazyPart<GoalLinter>(() => import('@goalkit/core/lint').then((m) => m.lintObjective));

function GoalEditorBody(props: BodyProps) {
  const locale = useLocale(props.locale);
  // The controller reads the latest props when it acts; it is made once for the objective shown.
  const latest = useRef(props);
  latest.current = props;
  const form = useRef<HTMLFormElement>(null);
  // Focus moves once the change it follows is on screen (a key result just added has its title then).
  const pendingFocus = useRef<string>(undefined);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = undefined;
    form.current?.querySelector<HTMLElement>(target)?.focus();
  });
  const [{ editor: state }, dispatch, controller] = useController(() =>
    createGoalEditorController({
      objective: props.objective,
      defaults: props.defaults,
      locale,
      linter,
      save: (detail, base) => latest.current.save(detail, base),
      latest: () => latest.current.latest?.() ?? Promise.resolve(undefined),
      transition: (detail) => latest.current.transition(detail),
      carryOver: (detail) => latest.current.carryOver(detail),
      assist: (objective) =>
        latest.current.assist?.(objective) ?? Promise.reject(new Error('goalkit: no SMART rewrite offered')),
      focus: (selector) => {
        pendingFocus.current = selector;
      },
    }),
  );
  const { openKey } = props;
  const opened = useRef(openKey);
  useEffect(() => {
    if (opened.current === openKey) return;
    opened.current = openKey;
    dispatch({ type: 'open', objective: latest.current.objective, defaults: latest.current.defaults, locale });
  }, [openKey, dispatch, locale]);
  // The linter loads after the first render, so the editor renders without waiting for it (and on the
  // server, where the SMART panel says it is checking until the browser takes over); a remount retries.
  useEffect(() => dispatch({ type: 'load-linter' }), [dispatch]);
  const { draft } = state;
  const { onScope } = props;
  useEffect(() => onScope?.(draft.ownerId, draft.cycleId), [onScope, draft.ownerId, draft.cycleId]);
  const view = controller.view({
    cycles: props.cycles,
    owners: props.owners,
    asOf: props.asOf,
    parents: props.parents,
    parentsLoading: props.parentsLoading,
    now: props.now,
    idBase: useId(),
    assist: props.assist !== undefined,
  });
  const set = (field: ObjectiveField) => (e: { target: { value: string } }) =>
    dispatch({ type: 'field', field, value: e.target.value });
  const setKr = (index: number, field: KeyResultField) => (e: { target: { value: string } }) =>
    dispatch({ type: 'key-result-field', index, field, value: e.target.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'save' });
  };
  const carry = (cycleId: string) => dispatch({ type: 'carry-over', cycleId });
  const act = (action: GoalEditorTransitionDetail['action']) => dispatch({ type: 'transition', action });
  const select = (
    field: FieldView,
    value: string,
    options: readonly { id: string; label: string }[],
    onChange: (e: { target: { value: string } }) => void,
    empty?: string,
  ) => (
    <select {...attrs(field.input)} value={value} onChange={onChange}>
      {empty !== undefined && <option value="">{empty}</option>}
      {value !== '' && !options.some((o) => o.id === value) && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
  const d = state.draft;
  return (
    <form {...attrs(view.root)} ref={form} className={props.className} onSubmit={onSubmit}>
      <h2 {...attrs(view.heading)}>{view.headingText}</h2>
      {view.notice && (
        <div {...attrs(view.noticePart)}>
          <p>{view.notice.text}</p>
          {view.notice.comment && <blockquote>{view.notice.comment}</blockquote>}
        </div>
      )}
      <div {...attrs(view.layout)}>
        <div {...attrs(view.fieldList)}>
          <Field field={view.fields.title}>
            <input {...attrs(view.fields.title.input)} value={d.title} onChange={set('title')} />
          </Field>
          <Field field={view.fields.description}>
            <textarea
              {...attrs(view.fields.description.input)}
              rows={2}
              value={d.description}
              onChange={set('description')}
            />
          </Field>
          <div {...attrs(view.row)}>
            <Field field={view.fields.ownerId}>
              {select(
                view.fields.ownerId,
                d.ownerId,
                (props.owners ?? []).map((o) => ({ id: o.id, label: o.name })),
                set('ownerId'),
                view.noneText,
              )}
            </Field>
            <Field field={view.fields.cycleId}>
              {select(
                view.fields.cycleId,
                d.cycleId,
                (props.cycles ?? []).map((c) => ({ id: c.id, label: c.name })),
                set('cycleId'),
                view.noneText,
              )}
            </Field>
          </div>
          <div {...attrs(view.alignmentGroup)}>
            <div {...attrs(view.parentSearch.field)}>
              <label {...attrs(view.parentSearch.label)} htmlFor={view.parentSearch.label.for as string}>
                {view.parentSearch.labelText}
              </label>
              <input
                {...attrs(view.parentSearch.input)}
                value={state.parentQuery ?? ''}
                onChange={(e) => dispatch({ type: 'parent-query', value: e.target.value })}
              />
              <p {...attrs(view.parentStatus)}>{view.parentStatusText}</p>
            </div>
            <div {...attrs(view.row)}>
              <Field field={view.fields.parentId}>
                <select {...attrs(view.fields.parentId.input)} value={d.parentId} onChange={set('parentId')}>
                  <option value="">{view.noneText}</option>
                  {d.parentId !== '' &&
                    !view.parentGroups.some((g) => g.options.some((o) => o.value === d.parentId)) && (
                      <option value={d.parentId}>{d.parentId}</option>
                    )}
                  {view.parentGroups.map((g) => (
                    <optgroup key={g.label} label={g.label}>
                      {g.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </Field>
              <Field field={view.fields.alignment}>
                {select(
                  view.fields.alignment,
                  d.alignment,
                  view.alignmentOptions.map((o) => ({ id: o.value, label: o.label })),
                  set('alignment'),
                )}
              </Field>
            </div>
          </div>
          <Field field={view.fields.visibility}>
            {select(
              view.fields.visibility,
              d.visibility,
              view.visibilityOptions.map((o) => ({ id: o.value, label: o.label })),
              set('visibility'),
            )}
            <p {...attrs(view.visibilityHint)}>{view.visibilityHintText}</p>
          </Field>
          {view.manualStatusShown && (
            <div {...attrs(view.row)}>
              <Field field={view.fields.manualStatus}>
                {select(
                  view.fields.manualStatus,
                  d.manualStatus ?? '',
                  view.manualStatusOptions.map((o) => ({ id: o.value, label: o.label })),
                  set('manualStatus'),
                )}
                <p {...attrs(view.manualHint)}>{view.manualHintText}</p>
              </Field>
              {d.manualStatus ? (
                <Field field={view.fields.manualNote}>
                  <input
                    {...attrs(view.fields.manualNote.input)}
                    value={d.manualNote ?? ''}
                    onChange={set('manualNote')}
                  />
                </Field>
              ) : null}
            </div>
          )}
          <h3>{view.keyResultsHeading}</h3>
          {view.keyResults.map((kr) => {
            const draft = d.keyResults[kr.index];
            if (!draft) return null;
            return (
              <fieldset key={kr.key} {...attrs(kr.group)}>
                <Field field={kr.fields.title}>
                  <input {...attrs(kr.fields.title.input)} value={draft.title} onChange={setKr(kr.index, 'title')} />
                </Field>
                <div {...attrs(view.row)}>
                  <Field field={kr.fields.type}>
                    <select {...attrs(kr.fields.type.input)} value={draft.type} onChange={setKr(kr.index, 'type')}>
                      {view.typeOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </Field>
                  {kr.numberFields.map((name) => (
                    <Field key={name} field={kr.fields[name]}>
                      <input
                        {...attrs(kr.fields[name].input)}
                        inputMode={name === 'unit' ? undefined : 'decimal'}
                        value={draft[name as 'start']}
                        onChange={setKr(kr.index, name)}
                      />
                    </Field>
                  ))}
                </div>
                <Field field={kr.fields.checkInResponsibleId}>
                  {select(
                    kr.fields.checkInResponsibleId,
                    draft.checkInResponsibleId ?? '',
                    kr.responsibleOptions.map((o) => ({ id: o.value, label: o.label })),
                    setKr(kr.index, 'checkInResponsibleId'),
                  )}
                </Field>
                <SourceFields kr={kr} draft={draft} row={view.row} set={setKr} />
                {draft.type === ('milestones' satisfies KeyResultKind) && (
                  <>
                    {kr.milestones.map((m, i) => (
                      <div key={m.input.id as string} {...attrs(view.row)}>
                        <Field field={m}>
                          <input
                            {...attrs(m.input)}
                            value={draft.milestones[i] ?? ''}
                            onChange={(e) =>
                              dispatch({ type: 'milestone', index: kr.index, milestone: i, value: e.target.value })
                            }
                          />
                        </Field>
                        <button
                          {...attrs(kr.removeMilestone)}
                          onClick={() => dispatch({ type: 'remove-milestone', index: kr.index, milestone: i })}
                        >
                          {kr.removeMilestoneTexts[i]}
                        </button>
                      </div>
                    ))}
                    <button
                      {...attrs(kr.addMilestone)}
                      onClick={() => dispatch({ type: 'add-milestone', index: kr.index })}
                    >
                      {kr.addMilestoneText}
                    </button>
                  </>
                )}
                <button {...attrs(kr.remove)} onClick={() => dispatch({ type: 'remove-key-result', index: kr.index })}>
                  {kr.removeText}
                </button>
              </fieldset>
            );
          })}
          <button {...attrs(view.addKeyResult)} onClick={() => dispatch({ type: 'add-key-result' })}>
            {view.addKeyResultText}
          </button>
        </div>
        <section {...attrs(view.smartPanel)}>
          <h3 id={view.smartPanel['aria-labelledby'] as string}>{view.smartHeading}</h3>
          <ul>
            {view.smart.map((letter) => (
              <li key={letter.letter} {...attrs(letter.bar)}>
                <span>{letter.label}</span>
                <span>{letter.score}</span>
              </li>
            ))}
          </ul>
          <p>{view.smartOverallText}</p>
          <p>{view.findingCountText}</p>
          {view.assist && <AssistRewrite assist={view.assist} send={(type) => dispatch({ type })} />}
        </section>
      </div>
      <div {...attrs(view.footer)}>
        <button {...attrs(view.save)}>{view.saveText}</button>
        <div {...attrs(view.status)}>
          {view.statusText && <p>{view.statusText}</p>}
          {view.conflictChanges.length > 0 && (
            <ul>
              {view.conflictChanges.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          )}
        </div>
        {state.status === 'conflict' && (
          <>
            <button {...attrs(view.reload)} onClick={() => dispatch({ type: 'reload' })}>
              {view.reloadText}
            </button>
            <button {...attrs(view.keepMine)} onClick={() => dispatch({ type: 'keep-mine' })}>
              {view.keepMineText}
            </button>
          </>
        )}
      </div>
      {(view.actions.length > 0 || view.carryOver) && (
        <div {...attrs(view.lifecycle)}>
          <h3>{view.actionsHeading}</h3>
          {view.returnComment && (
            <div {...attrs(view.returnComment.field)}>
              <label {...attrs(view.returnComment.label)} htmlFor={view.returnComment.label.for as string}>
                {view.returnComment.labelText}
              </label>
              <textarea
                {...attrs(view.returnComment.input)}
                rows={2}
                value={state.returnComment}
                onChange={(e) => dispatch({ type: 'return-comment', value: e.target.value })}
              />
              {view.returnComment.errorText && (
                <p {...attrs(view.returnComment.error)}>{view.returnComment.errorText}</p>
              )}
            </div>
          )}
          {view.actions.map((a) => (
            <button key={a.action} {...attrs(a.button)} onClick={() => act(a.action)}>
              {a.label}
            </button>
          ))}
          {view.carryOver && (
            <>
              <button {...attrs(view.carryOver.button)} onClick={() => carry(view.carryOver?.cycleId ?? '')}>
                {view.carryOver.text}
              </button>
              <p {...attrs(view.carryOver.status)}>{view.carryOver.statusText}</p>
            </>
          )}
        </div>
      )}
    </form>
  );
}

/** A presentational host's answer: its promise shows saving and failures; the host keeps the data. */
const answered = (result: unknown): GoalEditorAnswer =>
  result instanceof Promise ? result.then(() => undefined) : undefined;

function DataGoalEditor({ objective, onSave, onTransition, onCarryOver, onAssist, ...rest }: GoalEditorDataProps) {
  return (
    <GoalEditorBody
      {...rest}
      assist={onAssist}
      openKey={objective?.id ?? 'new'}
      objective={objective}
      save={(detail) => answered(onSave?.(detail))}
      carryOver={(detail) => answered(onCarryOver?.(detail))}
      transition={(detail) => answered(onTransition?.(detail))}
    />
  );
}

function ConnectedGoalEditor({ objectiveId, onSave, onCarryOver, ...rest }: GoalEditorConnectedProps) {
  const locale = useLocale(rest.locale);
  const creating = objectiveId === 'new';
  const { queries, queryClient } = useGoalkit();
  const objective = useObjective(objectiveId, { enabled: !creating });
  // Lists the host passed are not fetched again (the lit editor does the same).
  const cycles = useCycles({ enabled: !rest.cycles });
  const owners = useOwners({}, { enabled: !rest.owners });
  const update = useSaveObjective();
  const duplicate = useDuplicateObjective();
  const [scope, setScope] = useState({ owner: '', cycle: '' });
  const onScope = useCallback((owner: string, cycle: string) => setScope({ owner, cycle }), []);
  const candidates = useAlignmentCandidates(
    { ...scope, ...(creating ? {} : { exclude: objectiveId }) },
    { enabled: !rest.parents && scope.owner !== '' && scope.cycle !== '' },
  );
  const create = useCreateObjective();
  const transition = useObjectiveTransition();
  const ai = useAssist();
  // The objective this editor just created: when the host then shows it by id, the same form stays open
  // (its "Saved." and the focus on Save), as in the lit editor, instead of a new form after a loading state.
  const [created, setCreated] = useState<ObjectiveData>();
  const justCreated = !creating && created?.id === objectiveId ? created : undefined;
  const shown = objective.data ?? justCreated;
  if (!creating && !shown) {
    return (
      <LoadStateView
        scope="goal-editor"
        state={objective.isError ? 'error' : 'loading'}
        locale={locale}
        className={rest.className}
        error={objective.error}
        onRetry={retryFailed(objective, cycles, owners)}
      />
    );
  }
  const save = (detail: GoalEditorSaveDetail, base: ObjectiveData | undefined) => {
    const request = editorSaveRequest(detail, base);
    const saving = 'create' in request ? create.mutateAsync(request.create) : update.mutateAsync(request.save);
    return saving.then((saved) => {
      if (creating) setCreated(saved);
      // The detail names the saved objective and its version (a new one's id comes from the server).
      onSave?.({ ...detail, objectiveId: saved.id, ...(saved.version ? { version: saved.version } : {}) });
      return saved;
    });
  };
  return (
    <GoalEditorBody
      key={justCreated ? 'new' : (shown?.id ?? 'new')}
      openKey={justCreated ? 'new' : (shown?.id ?? 'new')}
      {...rest}
      objective={shown}
      cycles={rest.cycles ?? cycles.data?.items}
      owners={rest.owners ?? owners.data?.items}
      parents={rest.parents ?? candidates.data?.items}
      parentsLoading={!rest.parents && candidates.isLoading}
      onScope={onScope}
      save={save}
      assist={
        ai.tasks.includes('rewrite-smart')
          ? (draft) => ai.api().then((api) => api.rewriteSmart({ objective: draft }))
          : undefined
      }
      latest={() => queryClient.fetchQuery({ ...queries.objectives.detail(objectiveId), staleTime: 0 })}
      carryOver={(detail) =>
        duplicate.mutateAsync({ id: detail.objectiveId, cycleId: detail.cycleId }).then((copy) => {
          onCarryOver?.({ ...detail, copyId: copy.id });
          return copy;
        })
      }
      transition={(detail) =>
        transition.mutateAsync({
          id: detail.objectiveId,
          action: detail.action,
          ...(detail.comment ? { comment: detail.comment } : {}),
        })
      }
    />
  );
}

/**
 * Create or edit an objective with its key results. The SMART linter runs as the person types and
 * shows each finding and its suggestion next to its field; saving uses If-Match, and a conflict
 * shows the other change with "reload theirs" or "keep mine"; lifecycle actions follow the contract.
 */
export function GoalEditor(props: GoalEditorProps) {
  return 'objectiveId' in props ? <ConnectedGoalEditor {...props} /> : <DataGoalEditor {...props} />;
}
