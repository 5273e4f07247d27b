'use client';
import {
  type CheckInDetail,
  type CheckInInboxFocus,
  connectCheckInInbox,
  createCheckInInboxController,
  type DueCheckInData,
  type ObjectiveData,
} from '@goalkit/core/connect';
import { useQueries } from '@tanstack/react-query';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { CheckInForm } from '../CheckInForm/CheckInForm.js';
import { useGoalkit, useLocale } from '../GoalkitContext.js';
import { useDueCheckIns } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';
import { useController } from '../internal/useController.js';

interface CheckInInboxCommon {
  /** The moment "Due today" is measured from. @default now */
  readonly now?: string | Date | undefined;
  /** The IANA time zone dates are written in. @default 'UTC' */
  readonly timeZone?: string | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the check-ins owed, their objectives, and what to do with a check-in. */
export interface CheckInInboxDataProps extends CheckInInboxCommon {
  readonly items: readonly DueCheckInData[];
  /** The objectives of the key results owed: their titles, and the key results the check-in forms show. */
  readonly objectives: readonly ObjectiveData[];
  /**
   * Called with a check-in (the `gk-check-in` detail). Return a promise to show saving and failures; once
   * it resolves the check-in is announced, and the host drops the row from `items`.
   */
  readonly onCheckIn?: ((detail: CheckInDetail) => unknown) | undefined;
}

/** Connected mode: what a person owes from `GET /check-ins/due`; check-ins go through the provider's client. */
export interface CheckInInboxConnectedProps extends CheckInInboxCommon {
  /** Whose check-ins. @default the viewer */
  readonly person?: string | undefined;
  /** Told after the server recorded a check-in. */
  readonly onCheckIn?: ((detail: CheckInDetail) => void) | undefined;
}

/** Props of {@link CheckInInbox}. */
export type CheckInInboxProps = CheckInInboxDataProps | CheckInInboxConnectedProps;

type Form = (row: { keyResultId: string; objectiveId: string; title: string }, done: () => void) => ReactNode;

const FOCUSABLE = 'input, textarea, select, button, [tabindex]:not([tabindex="-1"])';

function CheckInInboxBody(
  props: CheckInInboxCommon & { items: readonly DueCheckInData[]; objectives: readonly ObjectiveData[]; form: Form },
) {
  const locale = useLocale(props.locale);
  const heading = useRef<HTMLHeadingElement>(null);
  const panels = useRef(new Map<string, HTMLElement>());
  const toggles = useRef(new Map<string, HTMLButtonElement>());
  // The controller says where focus goes; it moves once the change it follows is on screen.
  const pendingFocus = useRef<CheckInInboxFocus>(undefined);
  const [state, send] = useController(() =>
    createCheckInInboxController({
      focus: (focus) => {
        pendingFocus.current = focus;
      },
    }),
  );
  const view = connectCheckInInbox({ ...props, state, locale, idBase: useId() });
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = undefined;
    if (focus.target === 'heading') heading.current?.focus();
    else if (focus.target === 'toggle') toggles.current.get(focus.keyResultId)?.focus();
    else panels.current.get(focus.keyResultId)?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  });
  const close = () => send({ type: 'close' });
  const level = props.headingLevel ?? 2;
  return (
    <section {...attrs(view.root)} className={props.className}>
      <Heading level={level} {...attrs(view.heading)} ref={heading}>
        {view.headingText} <span {...attrs(view.count)}>({view.countText})</span>
      </Heading>
      <p {...attrs(view.announcement)}>{view.announcementText}</p>
      {view.items.length === 0 ? (
        <p {...attrs(view.empty)}>{view.emptyText}</p>
      ) : (
        <ul {...attrs(view.list)}>
          {view.items.map((item) => (
            <li key={item.keyResultId} {...attrs(item.item)}>
              <span {...attrs(item.badge)}>{item.stateText}</span>
              <Heading level={Math.min(6, level + 1) as HeadingLevel} {...attrs(item.title)}>
                {item.titleText}
              </Heading>
              {item.objectiveText && <p {...attrs(item.objective)}>{item.objectiveText}</p>}
              <p {...attrs(item.meta)}>
                <time dateTime={item.dateTime}>{item.dueText}</time>
                <span>{item.lastCheckInText}</span>
              </p>
              <button
                {...attrs(item.toggle)}
                ref={(el) => {
                  if (el) toggles.current.set(item.keyResultId, el);
                  else toggles.current.delete(item.keyResultId);
                }}
                onClick={() => send({ type: 'toggle', keyResultId: item.keyResultId })}
              >
                {item.checkInText}
              </button>
              {/* biome-ignore lint/a11y/noStaticElementInteractions: the spread bag makes it role="group"; Escape anywhere in the form closes it. */}
              <div
                {...attrs(item.panel)}
                ref={(el) => {
                  if (el) panels.current.set(item.keyResultId, el);
                  else panels.current.delete(item.keyResultId);
                }}
                onKeyDown={(e: KeyboardEvent) => {
                  if (e.key !== 'Escape') return;
                  e.preventDefault();
                  close();
                }}
              >
                {item.expanded &&
                  props.form(
                    { keyResultId: item.keyResultId, objectiveId: item.objectiveId, title: item.titleText },
                    () => send({ type: 'checked-in', keyResultId: item.keyResultId, title: item.titleText }),
                  )}
                <button {...attrs(item.cancel)} onClick={close}>
                  {item.cancelText}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DataCheckInInbox({ onCheckIn, ...rest }: CheckInInboxDataProps) {
  const locale = useLocale(rest.locale);
  const keyResult = (id: string) => rest.objectives.flatMap((o) => o.keyResults).find((kr) => kr.id === id);
  const form: Form = (row, done) => {
    const kr = keyResult(row.keyResultId);
    if (!kr) return null;
    return (
      <CheckInForm
        keyResult={kr}
        locale={locale}
        onCheckIn={(detail) => {
          const result = onCheckIn?.(detail);
          if (result instanceof Promise)
            return result.then((value: unknown) => {
              done();
              return value;
            });
          done();
          return result;
        }}
      />
    );
  };
  return <CheckInInboxBody {...rest} form={form} />;
}

function ConnectedCheckInInbox({ person, onCheckIn, ...rest }: CheckInInboxConnectedProps) {
  const locale = useLocale(rest.locale);
  const { queries } = useGoalkit();
  const due = useDueCheckIns(person === undefined ? {} : { person });
  const ids = [...new Set((due.data?.items ?? []).map((i) => i.objectiveId))];
  const objectives = useQueries({ queries: ids.map((id) => queries.objectives.detail(id)) });
  const failed = due.isError || objectives.some((o) => o.isError);
  if (!due.data || failed || objectives.some((o) => o.isPending)) {
    return (
      <LoadStateView
        scope="check-in-inbox"
        state={failed ? 'error' : 'loading'}
        locale={locale}
        className={rest.className}
        onRetry={retryFailed(due, ...objectives)}
      />
    );
  }
  const form: Form = (row, done) => (
    <CheckInForm
      objectiveId={row.objectiveId}
      keyResultId={row.keyResultId}
      locale={locale}
      onCheckIn={(detail) => {
        done();
        onCheckIn?.(detail);
      }}
    />
  );
  return (
    <CheckInInboxBody
      {...rest}
      items={due.data.items}
      objectives={objectives.flatMap((o) => (o.data ? [o.data] : []))}
      form={form}
    />
  );
}

/**
 * What a person owes this week: the check-ins escalated, overdue, then due, the oldest first, each saying
 * since when and when it was last checked in. Each row's button opens a check-in for its key result (focus
 * moves into it; Escape or Cancel closes it and returns focus); a check-in done is announced, focus moves
 * to the heading, and the row leaves the list.
 */
export function CheckInInbox(props: CheckInInboxProps) {
  return 'items' in props ? <DataCheckInInbox {...props} /> : <ConnectedCheckInInbox {...props} />;
}
