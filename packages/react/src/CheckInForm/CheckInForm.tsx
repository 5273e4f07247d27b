'use client';
import {
  type CheckInDetail,
  connectCheckInForm,
  createCheckInFormController,
  type KeyResultData,
} from '@goalkit/core/connect';
import { type FormEvent, useEffect, useId, useRef } from 'react';
import { useGoalkit, useLocale } from '../GoalkitContext.js';
import { useCheckIn, useObjective } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView } from '../internal/LoadStateView.js';
import { useController } from '../internal/useController.js';

interface CheckInFormCommon {
  /** BCP 47 locale (numbers are read in its style: "27,5" in German). @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the key result, and what to do with a check-in. */
export interface CheckInFormDataProps extends CheckInFormCommon {
  readonly keyResult: KeyResultData;
  /**
   * Called with the check-in (the same detail as the `gk-check-in` event). Return a promise to have
   * the form show saving, saved, or a failure with the input kept and a retry.
   */
  readonly onCheckIn?: ((detail: CheckInDetail) => unknown) | undefined;
}

/** Connected mode: ids; the check-in goes through the provider's client, optimistically. */
export interface CheckInFormConnectedProps extends CheckInFormCommon {
  readonly objectiveId: string;
  readonly keyResultId: string;
  /** Told after the server recorded the check-in. */
  readonly onCheckIn?: ((detail: CheckInDetail) => void) | undefined;
}

/** Props of {@link CheckInForm}. */
export type CheckInFormProps = CheckInFormDataProps | CheckInFormConnectedProps;

/** Records a check-in: a promise shows saving, may resolve with the server's key result, rejects on failure. */
type Submit = (detail: CheckInDetail) => unknown;

function CheckInFormBody(props: {
  keyResult: KeyResultData;
  locale: string;
  className?: string | undefined;
  submit: Submit;
  latest?: (() => Promise<KeyResultData | undefined>) | undefined;
}) {
  // The controller reads the latest props when it acts; it is made once for the key result shown.
  const latest = useRef(props);
  latest.current = props;
  const form = useRef<HTMLFormElement>(null);
  // Focus moves once the change it follows is on screen (the field in error has its `aria-invalid` then).
  const pendingFocus = useRef<string>(undefined);
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    pendingFocus.current = undefined;
    form.current?.querySelector<HTMLElement>(selector)?.focus();
  });
  const [state, dispatch] = useController(() =>
    createCheckInFormController({
      keyResult: props.keyResult,
      locale: props.locale,
      checkIn: (detail) => latest.current.submit(detail),
      latest: () => latest.current.latest?.() ?? Promise.resolve(undefined),
      focus: (selector) => {
        pendingFocus.current = selector;
      },
    }),
  );
  const view = connectCheckInForm({ state, idBase: useId() });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    dispatch({ type: 'submit' });
  };
  return (
    <form {...attrs(view.root)} ref={form} className={props.className} onSubmit={submit}>
      <h3 {...attrs(view.heading)}>{view.headingText}</h3>
      {view.kind === 'number' && (
        <div {...attrs(view.valueField)}>
          <label {...attrs(view.valueLabel)} htmlFor={view.valueLabel.for as string}>
            {view.valueLabelText}
          </label>
          <input
            {...attrs(view.valueInput)}
            value={state.value}
            onChange={(e) => dispatch({ type: 'value', value: e.target.value })}
          />
          {view.currentText && <p {...attrs(view.current)}>{view.currentText}</p>}
          {view.valueErrorText && <p {...attrs(view.valueError)}>{view.valueErrorText}</p>}
          {view.valueWarningText && <p {...attrs(view.valueWarning)}>{view.valueWarningText}</p>}
        </div>
      )}
      {view.kind === 'boolean' && (
        <span {...attrs(view.doneChoice)}>
          <input
            {...attrs(view.doneInput)}
            checked={state.done}
            onChange={(e) => dispatch({ type: 'done', done: e.target.checked })}
          />
          <label {...attrs(view.doneLabel)} htmlFor={view.doneLabel.for as string}>
            {view.doneLabelText}
          </label>
        </span>
      )}
      {view.kind === 'milestones' && (
        <fieldset {...attrs(view.milestoneGroup)}>
          <legend>{view.milestonesLegendText}</legend>
          {view.milestoneCheckboxes.map((m) => (
            <span key={m.index} {...attrs(m.choice)}>
              <input
                {...attrs(m.input)}
                checked={m.checked}
                onChange={(e) => dispatch({ type: 'milestone', index: m.index, done: e.target.checked })}
              />
              <label {...attrs(m.label)} htmlFor={m.label.for as string}>
                {m.labelText}
              </label>
            </span>
          ))}
        </fieldset>
      )}
      <fieldset {...attrs(view.confidenceGroup)}>
        <legend>{view.confidenceLegendText}</legend>
        {view.confidenceOptions.map((option) => (
          <span key={option.band} {...attrs(option.choice)}>
            <input
              {...attrs(option.input)}
              checked={option.checked}
              onChange={() => dispatch({ type: 'confidence', confidence: option.band })}
            />
            <label {...attrs(option.label)} htmlFor={option.label.for as string}>
              {option.labelText}
            </label>
          </span>
        ))}
      </fieldset>
      <div {...attrs(view.noteField)}>
        <label {...attrs(view.noteLabel)} htmlFor={view.noteLabel.for as string}>
          {view.noteLabelText}
        </label>
        <textarea
          {...attrs(view.noteInput)}
          value={state.note}
          onChange={(e) => dispatch({ type: 'note', note: e.target.value })}
        />
        {view.noteErrorText && <p {...attrs(view.noteError)}>{view.noteErrorText}</p>}
      </div>
      <div {...attrs(view.footer)}>
        <button {...attrs(view.submit)}>{view.submitText}</button>
        <p {...attrs(view.status)}>{view.statusText}</p>
        {view.retry && (
          <button {...attrs(view.retry)} onClick={() => submit()}>
            {view.retryText}
          </button>
        )}
      </div>
    </form>
  );
}

function DataCheckInForm({ keyResult, onCheckIn, locale, className }: CheckInFormDataProps) {
  return (
    <CheckInFormBody
      keyResult={keyResult}
      locale={useLocale(locale)}
      className={className}
      submit={(detail) => onCheckIn?.(detail)}
    />
  );
}

function ConnectedCheckInForm({
  objectiveId,
  keyResultId,
  onCheckIn,
  locale: own,
  className,
}: CheckInFormConnectedProps) {
  const locale = useLocale(own);
  const { queries, queryClient } = useGoalkit();
  const objective = useObjective(objectiveId);
  const mutation = useCheckIn();
  const keyResult = objective.data?.keyResults.find((kr) => kr.id === keyResultId);
  if (!keyResult) {
    return (
      <LoadStateView
        scope="check-in-form"
        state={objective.isError ? 'error' : objective.isPending ? 'loading' : 'empty'}
        locale={locale}
        message={objective.isError || objective.isPending ? undefined : keyResultId}
        className={className}
        error={objective.error}
        onRetry={() => void objective.refetch()}
      />
    );
  }
  const submit: Submit = (detail) => {
    const { keyResultId: _k, objectiveId: _o, idempotencyKey, milestones, ...rest } = detail;
    const body = milestones ? { ...rest, milestones: [...milestones] } : rest;
    return mutation
      .mutateAsync({ objectiveId, keyResultId, body, ...(idempotencyKey ? { idempotencyKey } : {}) })
      .then((result) => {
        onCheckIn?.(detail);
        return result;
      });
  };
  // After a conflict: the key result as the server has it now.
  const fresh = () =>
    queryClient
      .fetchQuery({ ...queries.objectives.detail(objectiveId), staleTime: 0 })
      .then((objective) => objective.keyResults.find((kr) => kr.id === keyResultId));
  return (
    <CheckInFormBody
      key={keyResultId}
      keyResult={keyResult}
      locale={locale}
      className={className}
      submit={submit}
      latest={fresh}
    />
  );
}

/**
 * A check-in: an input that fits the key result's type (a number with its unit, a done toggle,
 * milestone checkboxes), confidence and a note, with inline validation. On failure the input stays
 * and a retry is offered; a conflict says what changed.
 */
export function CheckInForm(props: CheckInFormProps) {
  return 'keyResult' in props ? <DataCheckInForm {...props} /> : <ConnectedCheckInForm {...props} />;
}
