import { getApprovalMessages } from '../i18n/approvalMessages.js';
import { formatDate, formatRelativeTime } from '../i18n/format.js';
import { type AttrBag, part } from './types.js';
import type { ObjectiveData } from './widgetData.js';

/** One goal waiting for the viewer's approval, as `GET /approvals` lists it. */
export interface ApprovalItemData {
  readonly objective: ObjectiveData;
  /** The owner's display name. */
  readonly ownerName: string;
  /** RFC 3339 timestamp of the proposal, or `null` when it is not known. */
  readonly proposedAt: string | null;
  /** Who proposed it. */
  readonly proposedByName?: string | undefined;
}

/** What the viewer is doing with one item. */
export interface ApprovalItemState {
  /** The comment box for returning it is open. */
  readonly returning: boolean;
  readonly comment: string;
  /** Return was tried without a comment. */
  readonly commentMissing: boolean;
  /** An action on its way to the server. */
  readonly acting: 'approve' | 'return' | undefined;
  readonly failed: boolean;
}

/** The approval list's state: per item, and the last thing done (announced politely). */
export interface ApprovalListState {
  readonly items: Readonly<Record<string, ApprovalItemState>>;
  readonly done: { readonly action: 'approve' | 'return'; readonly title: string } | undefined;
}

/** Everything that can happen in the approval list. */
export type ApprovalListEvent =
  | { readonly type: 'open-return'; readonly objectiveId: string }
  | { readonly type: 'cancel-return'; readonly objectiveId: string }
  | { readonly type: 'comment'; readonly objectiveId: string; readonly value: string }
  | { readonly type: 'act'; readonly objectiveId: string; readonly action: 'approve' | 'return' }
  | { readonly type: 'acted'; readonly objectiveId: string; readonly title: string }
  | { readonly type: 'failed'; readonly objectiveId: string };

const IDLE: ApprovalItemState = {
  returning: false,
  comment: '',
  commentMissing: false,
  acting: undefined,
  failed: false,
};

/** An approval list with nothing going on. */
export const initApprovalList = (): ApprovalListState => ({ items: {}, done: undefined });

/** The state of one item (idle when nothing happened to it). */
export const approvalItemState = (state: ApprovalListState, objectiveId: string): ApprovalItemState =>
  state.items[objectiveId] ?? IDLE;

function update(state: ApprovalListState, id: string, f: (item: ApprovalItemState) => ApprovalItemState) {
  return { ...state, items: { ...state.items, [id]: f(approvalItemState(state, id)) } };
}

/**
 * The approval list's state machine. `act` starts an action (a return needs a comment; one action per
 * item at a time); the host sends the transition and answers with `acted` or `failed`.
 */
export function approvalListReducer(state: ApprovalListState, event: ApprovalListEvent): ApprovalListState {
  switch (event.type) {
    case 'open-return':
      return update(state, event.objectiveId, (i) => ({ ...i, returning: true, failed: false }));
    case 'cancel-return':
      return update(state, event.objectiveId, (i) => ({ ...i, returning: false, commentMissing: false }));
    case 'comment':
      return update(state, event.objectiveId, (i) => ({ ...i, comment: event.value, commentMissing: false }));
    case 'act': {
      const item = approvalItemState(state, event.objectiveId);
      if (item.acting) return state;
      if (event.action === 'return' && item.comment.trim() === '')
        return update(state, event.objectiveId, (i) => ({ ...i, returning: true, commentMissing: true }));
      return update(state, event.objectiveId, (i) => ({ ...i, acting: event.action, failed: false }));
    }
    case 'acted': {
      const action = approvalItemState(state, event.objectiveId).acting ?? 'approve';
      const { [event.objectiveId]: _gone, ...items } = state.items;
      return { items, done: { action, title: event.title } };
    }
    case 'failed':
      return update(state, event.objectiveId, (i) => ({ ...i, acting: undefined, failed: true }));
  }
}

/** What an action sends: the detail of `onTransition` and of the `gk-transition` event. */
export interface ApprovalActionDetail {
  readonly objectiveId: string;
  readonly action: 'approve' | 'return';
  readonly comment?: string;
}

/** What the approval list renders. */
export interface ApprovalListInput {
  readonly items: readonly ApprovalItemData[];
  readonly state: ApprovalListState;
  readonly now?: string | Date | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-approvals' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One goal waiting for approval. */
export interface ApprovalItemView {
  readonly objectiveId: string;
  readonly titleText: string;
  readonly ownerText: string;
  readonly proposedText: string | undefined;
  /** The proposal's timestamp for a `<time datetime>`, and its date for a tooltip. */
  readonly dateTime: string | undefined;
  readonly dateTitle: string | undefined;
  readonly keyResultsText: string;
  readonly keyResultTitles: readonly string[];
  /** The key results, with their ids for list keys. */
  readonly keyResults: readonly { readonly id: string; readonly title: string }[];
  readonly approveText: string;
  readonly returnText: string;
  readonly returnConfirmText: string;
  readonly cancelText: string;
  readonly commentLabelText: string;
  readonly errorText: string | undefined;
  readonly statusText: string | undefined;
  readonly returning: boolean;
  readonly comment: string;
  /** The detail to send for approve, and for return (undefined until the comment says something). */
  readonly approveDetail: ApprovalActionDetail;
  readonly returnDetail: ApprovalActionDetail | undefined;
  readonly item: AttrBag;
  readonly title: AttrBag;
  /** The owner and when the goal was proposed. */
  readonly meta: AttrBag;
  /** The `<details>` listing the key results. */
  readonly keyResultList: AttrBag;
  /** Holds Approve and Return. */
  readonly actions: AttrBag;
  readonly approve: AttrBag;
  readonly openReturn: AttrBag;
  /** The panel asking for a comment, `hidden` until Return is pressed (`openReturn` controls it). */
  readonly returnPanel: AttrBag;
  readonly commentLabel: AttrBag;
  readonly commentInput: AttrBag;
  readonly error: AttrBag;
  /** Holds the return panel's confirm and cancel buttons. */
  readonly returnActions: AttrBag;
  readonly confirmReturn: AttrBag;
  readonly cancel: AttrBag;
  readonly status: AttrBag;
}

/** The approval list's view-model. */
export interface ApprovalListView {
  readonly headingText: string;
  readonly countText: string;
  readonly emptyText: string;
  readonly items: readonly ApprovalItemView[];
  /** The last action done, for a polite live region. */
  readonly announcementText: string;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  /** The count beside the heading. */
  readonly count: AttrBag;
  readonly list: AttrBag;
  readonly empty: AttrBag;
  readonly announcement: AttrBag;
}

/**
 * Compute the approval list: the goals waiting for the viewer's approval, oldest proposal first, each
 * with what it measures and Approve as its primary action; Return asks for a comment first.
 */
export function connectApprovalList(input: ApprovalListInput): ApprovalListView {
  const locale = input.locale ?? 'en';
  const t = getApprovalMessages(locale);
  const id = input.idBase ?? 'gk-approvals';
  const now = input.now ?? new Date();
  const sorted = [...input.items].sort((a, b) => (a.proposedAt ?? '').localeCompare(b.proposedAt ?? ''));
  const items = sorted.map((entry, index): ApprovalItemView => {
    const o = entry.objective;
    const s = approvalItemState(input.state, o.id);
    const itemId = `${id}-${index}`;
    const commentId = `${itemId}-comment`;
    const errorText = s.commentMissing ? t.commentRequired : undefined;
    const comment = s.comment.trim();
    return {
      objectiveId: o.id,
      titleText: o.title,
      ownerText: t.owner(entry.ownerName),
      proposedText: entry.proposedAt
        ? t.proposed({ name: entry.proposedByName, when: formatRelativeTime(entry.proposedAt, now, locale) })
        : undefined,
      dateTime: entry.proposedAt ?? undefined,
      dateTitle: entry.proposedAt ? formatDate(entry.proposedAt, locale) : undefined,
      keyResultsText: t.keyResults(o.keyResults.length),
      keyResultTitles: o.keyResults.map((kr) => kr.title),
      keyResults: o.keyResults.map((kr) => ({ id: kr.id, title: kr.title })),
      approveText: t.approveText,
      returnText: t.returnText,
      returnConfirmText: t.returnConfirm,
      cancelText: t.cancel,
      commentLabelText: t.commentLabel,
      errorText,
      statusText:
        s.acting === 'approve' ? t.approving : s.acting === 'return' ? t.returning : s.failed ? t.failed : undefined,
      returning: s.returning,
      comment: s.comment,
      approveDetail: { objectiveId: o.id, action: 'approve' },
      returnDetail: comment ? { objectiveId: o.id, action: 'return', comment } : undefined,
      item: part('approval-list', 'item', {
        'aria-labelledby': `${itemId}-title`,
        'aria-busy': s.acting ? 'true' : undefined,
      }),
      title: part('approval-list', 'title', { id: `${itemId}-title` }),
      meta: part('approval-list', 'meta'),
      keyResultList: part('approval-list', 'key-results'),
      actions: part('approval-list', 'actions'),
      approve: part('approval-list', 'approve', {
        type: 'button',
        'aria-label': t.approve(o.title),
        'aria-disabled': s.acting ? 'true' : undefined,
      }),
      openReturn: part('approval-list', 'open-return', {
        type: 'button',
        'aria-label': t.returnAction(o.title),
        'aria-expanded': s.returning ? 'true' : 'false',
        'aria-controls': `${itemId}-return`,
        'aria-disabled': s.acting ? 'true' : undefined,
      }),
      returnPanel: part('approval-list', 'return', { id: `${itemId}-return`, hidden: s.returning ? undefined : true }),
      commentLabel: part('approval-list', 'comment-label', { for: commentId }),
      commentInput: part('approval-list', 'comment', {
        id: commentId,
        rows: 2,
        maxlength: 5000,
        'aria-invalid': errorText ? 'true' : undefined,
        'aria-describedby': errorText ? `${commentId}-error` : undefined,
      }),
      error: part('approval-list', 'error', { id: `${commentId}-error` }),
      returnActions: part('approval-list', 'actions'),
      confirmReturn: part('approval-list', 'confirm-return', {
        type: 'button',
        'aria-disabled': s.acting ? 'true' : undefined,
      }),
      cancel: part('approval-list', 'cancel', { type: 'button' }),
      status: part('approval-list', 'status', { role: s.failed ? 'alert' : 'status' }),
    };
  });
  const done = input.state.done;
  return {
    headingText: t.heading,
    countText: t.count(items.length),
    emptyText: t.empty,
    items,
    announcementText: done ? (done.action === 'approve' ? t.approved(done.title) : t.returned(done.title)) : '',
    root: part('approval-list', 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part('approval-list', 'heading', { id: `${id}-heading`, tabindex: -1 }),
    count: part('approval-list', 'count'),
    list: part('approval-list', 'list'),
    empty: part('approval-list', 'empty'),
    announcement: part('approval-list', 'announcement', { role: 'status' }),
  };
}
