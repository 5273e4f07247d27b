'use client';
import {
  type ApprovalActionDetail,
  type ApprovalItemData,
  type ApprovalListEvent,
  approvalListReducer,
  connectApprovalList,
  initApprovalList,
} from '@goalkit/core/connect';
import { useEffect, useId, useReducer, useRef } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useApprovals, useObjectiveTransition } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView } from '../internal/LoadStateView.js';

interface ApprovalListCommon {
  /** The moment "2 days ago" is measured from. @default now */
  readonly now?: string | Date | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the goals waiting, and what to do with an action. */
export interface ApprovalListDataProps extends ApprovalListCommon {
  readonly items: readonly ApprovalItemData[];
  /** Called with approve or return (the `gk-transition` detail). Return a promise to show progress and failures. */
  readonly onTransition?: ((detail: ApprovalActionDetail) => unknown) | undefined;
}

/** Connected mode: the viewer's queue from `GET /approvals`; actions go through the provider's client. */
export interface ApprovalListConnectedProps extends ApprovalListCommon {
  /** Told after the server took the action. */
  readonly onTransition?: ((detail: ApprovalActionDetail) => void) | undefined;
}

/** Props of {@link ApprovalList}. */
export type ApprovalListProps = ApprovalListDataProps | ApprovalListConnectedProps;

type Act = (detail: ApprovalActionDetail, dispatch: (event: ApprovalListEvent) => void, title: string) => void;

function ApprovalListBody(props: ApprovalListCommon & { items: readonly ApprovalItemData[]; act: Act }) {
  const locale = useLocale(props.locale);
  const [state, dispatch] = useReducer(approvalListReducer, undefined, initApprovalList);
  const view = connectApprovalList({ ...props, state, locale, idBase: useId() });
  const heading = useRef<HTMLHeadingElement>(null);
  // The item acted on leaves the list: focus goes to the list's heading rather than to the page's top.
  const done = state.done;
  useEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);
  const act = (
    detail: ApprovalActionDetail | undefined,
    action: 'approve' | 'return',
    objectiveId: string,
    title: string,
  ) => {
    const next = approvalListReducer(state, { type: 'act', objectiveId, action });
    dispatch({ type: 'act', objectiveId, action });
    if (detail && next.items[objectiveId]?.acting === action) props.act(detail, dispatch, title);
  };
  return (
    <section {...attrs(view.root)} className={props.className}>
      <Heading level={props.headingLevel ?? 2} {...attrs(view.heading)} ref={heading}>
        {view.headingText} <span {...attrs(view.count)}>({view.countText})</span>
      </Heading>
      <p {...attrs(view.announcement)}>{view.announcementText}</p>
      {view.items.length === 0 ? (
        <p {...attrs(view.empty)}>{view.emptyText}</p>
      ) : (
        <ul {...attrs(view.list)}>
          {view.items.map((item) => (
            <li key={item.objectiveId} {...attrs(item.item)}>
              <Heading level={Math.min(6, (props.headingLevel ?? 2) + 1) as HeadingLevel} {...attrs(item.title)}>
                {item.titleText}
              </Heading>
              <p {...attrs(item.meta)}>
                <span>{item.ownerText}</span>
                {item.proposedText && (
                  <time dateTime={item.dateTime} title={item.dateTitle}>
                    {item.proposedText}
                  </time>
                )}
              </p>
              <details {...attrs(item.keyResultList)}>
                <summary>{item.keyResultsText}</summary>
                <ul>
                  {item.keyResults.map((kr) => (
                    <li key={kr.id}>{kr.title}</li>
                  ))}
                </ul>
              </details>
              <div {...attrs(item.actions)}>
                <button
                  {...attrs(item.approve)}
                  onClick={() => act(item.approveDetail, 'approve', item.objectiveId, item.titleText)}
                >
                  {item.approveText}
                </button>
                {!item.returning && (
                  <button
                    {...attrs(item.openReturn)}
                    onClick={() => dispatch({ type: 'open-return', objectiveId: item.objectiveId })}
                  >
                    {item.returnText}
                  </button>
                )}
              </div>
              <div {...attrs(item.returnPanel)}>
                <label {...attrs(item.commentLabel)} htmlFor={item.commentLabel.for as string}>
                  {item.commentLabelText}
                </label>
                <textarea
                  {...attrs(item.commentInput)}
                  value={item.comment}
                  onChange={(e) => dispatch({ type: 'comment', objectiveId: item.objectiveId, value: e.target.value })}
                />
                {item.errorText && <p {...attrs(item.error)}>{item.errorText}</p>}
                <div {...attrs(item.returnActions)}>
                  <button
                    {...attrs(item.confirmReturn)}
                    onClick={() => act(item.returnDetail, 'return', item.objectiveId, item.titleText)}
                  >
                    {item.returnConfirmText}
                  </button>
                  <button
                    {...attrs(item.cancel)}
                    onClick={() => dispatch({ type: 'cancel-return', objectiveId: item.objectiveId })}
                  >
                    {item.cancelText}
                  </button>
                </div>
              </div>
              <p {...attrs(item.status)}>{item.statusText}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DataApprovalList({ onTransition, ...rest }: ApprovalListDataProps) {
  const act: Act = (detail, dispatch, title) => {
    const result = onTransition?.(detail);
    const acted = () => dispatch({ type: 'acted', objectiveId: detail.objectiveId, title });
    if (result instanceof Promise)
      result.then(acted, () => dispatch({ type: 'failed', objectiveId: detail.objectiveId }));
    else acted();
  };
  return <ApprovalListBody {...rest} act={act} />;
}

function ConnectedApprovalList({ onTransition, ...rest }: ApprovalListConnectedProps) {
  const locale = useLocale(rest.locale);
  const approvals = useApprovals();
  const transition = useObjectiveTransition();
  if (!approvals.data) {
    return (
      <LoadStateView
        scope="approval-list"
        state={approvals.isError ? 'error' : 'loading'}
        locale={locale}
        className={rest.className}
        onRetry={() => void approvals.refetch()}
      />
    );
  }
  const act: Act = (detail, dispatch, title) =>
    transition.mutate(
      { id: detail.objectiveId, action: detail.action, ...(detail.comment ? { comment: detail.comment } : {}) },
      {
        onSuccess: () => {
          dispatch({ type: 'acted', objectiveId: detail.objectiveId, title });
          onTransition?.(detail);
        },
        onError: () => dispatch({ type: 'failed', objectiveId: detail.objectiveId }),
      },
    );
  return <ApprovalListBody {...rest} items={approvals.data.items} act={act} />;
}

/**
 * The goals waiting for the viewer's approval, oldest first: what each measures, Approve as its
 * primary action, and Return with a required comment. Focus moves to the heading once an item is done.
 */
export function ApprovalList(props: ApprovalListProps) {
  return 'items' in props ? <DataApprovalList {...props} /> : <ConnectedApprovalList {...props} />;
}
