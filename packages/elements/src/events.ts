import type {
  CalibrationMoveDetail,
  CheckInDetail,
  DevelopmentGoalDraft,
  FeedbackDetail,
  GoalEditorCarryOverDetail,
  GoalEditorSaveDetail,
  GoalEditorTransitionDetail,
  KeyResultSyncDetail,
  OneOnOneChange,
  ReviewSaveDetail,
  ReviewTransitionDetail,
} from '@goalkit/core/connect';

/**
 * A goalkit event: a `CustomEvent` whose `detail` is the same object the React widget's callback
 * receives. Every gk-* event bubbles and crosses shadow roots, so a host page can listen anywhere above.
 */
export class GkEvent<TDetail> extends CustomEvent<TDetail> {
  constructor(type: string, detail: TDetail) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/**
 * An event asking the host page to do something (record a check-in, save an objective). In
 * presentational mode the page may pass its promise to `waitUntil()`: the element then shows
 * "saving…", and on rejection keeps the person's input and offers a retry. Without it the action
 * counts as done at once, as when a React callback returns nothing.
 */
export class GkRequestEvent<TDetail> extends GkEvent<TDetail> {
  #pending: Promise<unknown> | undefined;

  /** Tell the element the outcome of the request. */
  waitUntil(promise: Promise<unknown>): void {
    this.#pending = promise;
  }

  /** The promise given to `waitUntil()`, if any. */
  get pending(): Promise<unknown> | undefined {
    return this.#pending;
  }
}

/** `gk-check-in`: a check-in to record (presentational mode) or just recorded by the server (connected mode). */
export class GkCheckInEvent extends GkRequestEvent<CheckInDetail> {
  static readonly eventName = 'gk-check-in';
  constructor(detail: CheckInDetail) {
    super(GkCheckInEvent.eventName, detail);
  }
}

/** `gk-save`: an objective to save (presentational mode) or just saved (connected mode). */
export class GkSaveEvent extends GkRequestEvent<GoalEditorSaveDetail> {
  static readonly eventName = 'gk-save';
  constructor(detail: GoalEditorSaveDetail) {
    super(GkSaveEvent.eventName, detail);
  }
}

/** `gk-transition`: a lifecycle action (propose, approve, return, close, reopen) the person took. */
export class GkTransitionEvent extends GkRequestEvent<GoalEditorTransitionDetail> {
  static readonly eventName = 'gk-transition';
  constructor(detail: GoalEditorTransitionDetail) {
    super(GkTransitionEvent.eventName, detail);
  }
}

/** `gk-carry-over`: carry the objective into another cycle as a draft (presentational) or carried (connected). */
export class GkCarryOverEvent extends GkRequestEvent<GoalEditorCarryOverDetail> {
  static readonly eventName = 'gk-carry-over';
  constructor(detail: GoalEditorCarryOverDetail) {
    super(GkCarryOverEvent.eventName, detail);
  }
}

/**
 * `gk-sync`: pull a key result's values now (presentational mode: the page runs it, and may resolve its
 * `waitUntil()` promise with the server's reply, `{ lastSync }`), or just pulled by the server (connected mode).
 */
export class GkSyncEvent extends GkRequestEvent<KeyResultSyncDetail> {
  static readonly eventName = 'gk-sync';
  constructor(detail: KeyResultSyncDetail) {
    super(GkSyncEvent.eventName, detail);
  }
}

/** `gk-comment`: a comment or kudos to post (presentational mode) or just posted (connected mode). */
export class GkCommentEvent extends GkRequestEvent<FeedbackDetail> {
  static readonly eventName = 'gk-comment';
  constructor(detail: FeedbackDetail) {
    super(GkCommentEvent.eventName, detail);
  }
}

/**
 * `gk-review-save`: a review's answers to save as a draft (presentational mode: the page saves them, and may
 * resolve its `waitUntil()` promise with the review as saved), or just saved by the server (connected mode).
 */
export class GkReviewSaveEvent extends GkRequestEvent<ReviewSaveDetail> {
  static readonly eventName = 'gk-review-save';
  constructor(detail: ReviewSaveDetail) {
    super(GkReviewSaveEvent.eventName, detail);
  }
}

/** `gk-review-transition`: submit or acknowledge a review (presentational), or just done by the server (connected). */
export class GkReviewTransitionEvent extends GkRequestEvent<ReviewTransitionDetail> {
  static readonly eventName = 'gk-review-transition';
  constructor(detail: ReviewTransitionDetail) {
    super(GkReviewTransitionEvent.eventName, detail);
  }
}

/**
 * `gk-meeting-change`: a change to a 1:1 (presentational mode: the page makes it, and may pass its promise to
 * `waitUntil()`; a rejection with `status` 412 or 409 on a notes save is a conflict, and an added point's
 * `{ id }` takes the focus), or just made by the server (connected mode). `detail.action` names the route.
 */
export class GkMeetingChangeEvent extends GkRequestEvent<OneOnOneChange> {
  static readonly eventName = 'gk-meeting-change';
  constructor(detail: OneOnOneChange) {
    super(GkMeetingChangeEvent.eventName, detail);
  }
}

/** The detail of `gk-select` and `gk-load-children`: the objective concerned. */
export interface ObjectiveRefDetail {
  readonly objectiveId: string;
}

/** `gk-select`: the person selected an objective (a tree node, with Enter, Space or a click). */
export class GkSelectEvent extends GkEvent<ObjectiveRefDetail> {
  static readonly eventName = 'gk-select';
  constructor(detail: ObjectiveRefDetail) {
    super(GkSelectEvent.eventName, detail);
  }
}

/** `gk-load-children`: a tree node with children that are not loaded yet was opened; add them to `nodes`. */
export class GkLoadChildrenEvent extends GkEvent<ObjectiveRefDetail> {
  static readonly eventName = 'gk-load-children';
  constructor(detail: ObjectiveRefDetail) {
    super(GkLoadChildrenEvent.eventName, detail);
  }
}

/**
 * `gk-calibration-move`: a move on the calibration grid to record (presentational mode: the page records it, and
 * may resolve its `waitUntil()` promise with the person as the server placed them; a rejection puts them back
 * with its reason), or just recorded by the server (connected mode).
 */
export class GkCalibrationMoveEvent extends GkRequestEvent<CalibrationMoveDetail> {
  static readonly eventName = 'gk-calibration-move';
  constructor(detail: CalibrationMoveDetail) {
    super(GkCalibrationMoveEvent.eventName, detail);
  }
}

/**
 * `gk-draft-goal`: "Draft a goal" on a gap of the growth plan. `detail` is the development goal to draft
 * (`{ kind: 'development', competencyIds: [id], title, owner }`): open the goal editor with it.
 */
export class GkDraftGoalEvent extends GkEvent<DevelopmentGoalDraft> {
  static readonly eventName = 'gk-draft-goal';
  constructor(detail: DevelopmentGoalDraft) {
    super(GkDraftGoalEvent.eventName, detail);
  }
}

/** What failed, for `gk-error`. */
export interface GkErrorDetail {
  /** `load` for reads; otherwise the write that failed. */
  readonly action:
    | 'load'
    | 'check-in'
    | 'save'
    | 'transition'
    | 'comment'
    | 'load-children'
    | 'carry-over'
    | 'sync'
    | 'meeting-change'
    | 'calibration-move';
  /** The client's typed error (`HttpError`, `ConflictError`, `NetworkError`, …). */
  readonly error: unknown;
}

/** `gk-error`: a connected element could not load or save. The element shows it too, with a retry. */
export class GkErrorEvent extends GkEvent<GkErrorDetail> {
  static readonly eventName = 'gk-error';
  constructor(detail: GkErrorDetail) {
    super(GkErrorEvent.eventName, detail);
  }
}

/**
 * `gk-unauthorized`: the server refused the token of a `<gk-provider>` (401). The provider sends that token
 * no more; set a fresh `token` (or `getToken`) on it and what failed loads again.
 */
export class GkUnauthorizedEvent extends GkEvent<undefined> {
  static readonly eventName = 'gk-unauthorized';
  constructor() {
    super(GkUnauthorizedEvent.eventName, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-calibration-move': GkCalibrationMoveEvent;
    'gk-check-in': GkCheckInEvent;
    'gk-save': GkSaveEvent;
    'gk-transition': GkTransitionEvent;
    'gk-carry-over': GkCarryOverEvent;
    'gk-comment': GkCommentEvent;
    'gk-draft-goal': GkDraftGoalEvent;
    'gk-meeting-change': GkMeetingChangeEvent;
    'gk-sync': GkSyncEvent;
    'gk-review-save': GkReviewSaveEvent;
    'gk-review-transition': GkReviewTransitionEvent;
    'gk-select': GkSelectEvent;
    'gk-load-children': GkLoadChildrenEvent;
    'gk-error': GkErrorEvent;
    'gk-unauthorized': GkUnauthorizedEvent;
  }
}

/** Run a request event's outcome: the `waitUntil()` promise, or done at once. */
export function settle(event: GkRequestEvent<unknown>, ok: () => void, fail: (error: unknown) => void): void {
  const pending = event.pending;
  if (pending) pending.then(ok, fail);
  else ok();
}
