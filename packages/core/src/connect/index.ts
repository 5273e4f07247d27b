// Catalog plumbing for adapters: which catalog a locale reads, and being told when one registers.
export { pickCatalog } from '../i18n/messages.js';
export { messagesVersion, subscribeMessages } from '../i18n/registry.js';
export {
  type AlignmentTreeControllerOptions,
  type AlignmentTreeEffect,
  type AlignmentTreeEvent,
  type AlignmentTreeModel,
  type AlignmentTreeState,
  alignmentTreeFocusId,
  alignmentTreeTransition,
  createAlignmentTreeController,
  createAlignmentTreeModel,
  initAlignmentTree,
  mergeTreeNodes,
  type TreeKeyEvent,
} from './alignmentTreeController.js';
export {
  type CheckInFormControllerOptions,
  type CheckInFormEffect,
  checkInFocusSelector,
  checkInFormTransition,
  createCheckInFormController,
} from './checkInFormController.js';
export {
  type CheckInInboxControllerEvent,
  type CheckInInboxControllerOptions,
  type CheckInInboxEffect,
  type CheckInInboxFocus,
  checkInInboxFocusSelector,
  checkInInboxTransition,
  createCheckInInboxController,
} from './checkInInboxController.js';
export {
  type AlignmentTreeInput,
  type AlignmentTreeView,
  connectAlignmentTree,
  createTreeIndex,
  focusedRowIndex,
  initTreeState,
  MAX_OWNER_OPTIONS,
  type TreeEffect,
  type TreeFilter,
  type TreeIndex,
  type TreeItemView,
  type TreeRow,
  type TreeState,
  type TreeTransition,
  TYPEAHEAD_TIMEOUT_MS,
  toggleTreeNode,
  treeItemId,
  treeKeyDown,
  treeOwnerOptions,
  visibleTreeRows,
} from './connectAlignmentTree.js';
export {
  type ApprovalActionDetail,
  type ApprovalItemData,
  type ApprovalItemState,
  type ApprovalItemView,
  type ApprovalListEvent,
  type ApprovalListInput,
  type ApprovalListState,
  type ApprovalListView,
  approvalItemState,
  approvalListReducer,
  connectApprovalList,
  initApprovalList,
} from './connectApprovalList.js';
export {
  type CheckInDetail,
  type CheckInFieldError,
  type CheckInFormEvent,
  type CheckInFormInput,
  type CheckInFormState,
  type CheckInFormStatus,
  type CheckInFormView,
  CONFIDENCE_VALUES,
  type ConfidenceOptionView,
  checkInDetail,
  checkInFormReducer,
  connectCheckInForm,
  initCheckInForm,
  type MilestoneCheckboxView,
  NOTE_MAX_LENGTH,
  validateCheckIn,
} from './connectCheckInForm.js';
export {
  type CheckInInboxEvent,
  type CheckInInboxInput,
  type CheckInInboxItemView,
  type CheckInInboxState,
  type CheckInInboxView,
  checkInInboxReducer,
  connectCheckInInbox,
  type DueCheckInData,
  initCheckInInbox,
} from './connectCheckInInbox.js';
export {
  type CheckInTimelineInput,
  type CheckInTimelineView,
  connectCheckInTimeline,
  type TimelinePoint,
  type TimelineRow,
  type TimelineTick,
} from './connectCheckInTimeline.js';
export {
  type AttentionView,
  type BucketView,
  type CycleDashboardInput,
  type CycleDashboardView,
  connectCycleDashboard,
  type StaleView,
  type StatusCountView,
} from './connectCycleDashboard.js';
export {
  connectDigest,
  type DigestData,
  type DigestFigureView,
  type DigestInput,
  type DigestItemView,
  type DigestOwnerData,
  type DigestSectionKey,
  type DigestSectionView,
  type DigestStatusView,
  type DigestView,
  digestObjectiveIds,
} from './connectDigest.js';
export {
  connectFeedbackThread,
  type FeedbackComposerEvent,
  type FeedbackComposerState,
  type FeedbackDetail,
  type FeedbackItemView,
  type FeedbackStatus,
  type FeedbackThreadInput,
  type FeedbackThreadView,
  feedbackComposerReducer,
  initFeedbackComposer,
} from './connectFeedbackThread.js';
export {
  connectGoalEditor,
  type FieldKey,
  type FieldView,
  type FindingView,
  fieldOfMessage,
  type GoalEditorCarryOverDetail,
  type GoalEditorContext,
  type GoalEditorEvent,
  type GoalEditorInput,
  type GoalEditorSaveDetail,
  type GoalEditorState,
  type GoalEditorStatus,
  type GoalEditorTransitionDetail,
  type GoalEditorView,
  type GoalLinter,
  goalEditorErrors,
  goalEditorReducer,
  goalEditorSaveDetail,
  initGoalEditor,
  type KeyResultDraft,
  type KeyResultEditorView,
  type KeyResultField,
  lintGoalDraft,
  NOT_SCORED,
  type ObjectiveDraft,
  type ObjectiveField,
  objectiveAfterSave,
  type ParentCandidate,
  toDraftObjective,
} from './connectGoalEditor.js';
export {
  connectKeyResult,
  type KeyResultInput,
  type KeyResultView,
  keyResultValueText,
  type MilestoneView,
} from './connectKeyResult.js';
export { connectLoadState, type LoadStateInput, type LoadStateView } from './connectLoadState.js';
export {
  connectObjectiveCard,
  type ExplanationLine,
  explainFromKeyResults,
  type ObjectiveCardInput,
  type ObjectiveCardView,
} from './connectObjectiveCard.js';
export { connectProgress, type ProgressInput, type ProgressView } from './connectProgress.js';
export { type ControllerTransition, createController, settleEffect, type WidgetController } from './controller.js';
export {
  createFeedbackThreadController,
  type FeedbackThreadControllerOptions,
  type FeedbackThreadEffect,
  type FeedbackThreadEvent,
  feedbackThreadTransition,
} from './feedbackThreadController.js';
export {
  createGoalEditorController,
  type GoalEditorAnswer,
  type GoalEditorController,
  type GoalEditorControllerEvent,
  type GoalEditorControllerOptions,
  type GoalEditorEffect,
  type GoalEditorSnapshot,
  type GoalEditorViewInput,
  goalEditorTransition,
} from './goalEditorController.js';
export { goalEditorFocusAfter } from './goalEditorFocus.js';
export { type LazyPart, lazyPart } from './lazyPart.js';
export { type AttrBag, part, partSelector } from './types.js';
export type {
  CheckInData,
  CommentData,
  CycleData,
  KeyResultData,
  LoadState,
  MilestoneData,
  ObjectiveData,
  ScoreData,
  TreeNodeData,
} from './widgetData.js';
export { type RowWindow, scrollTopForRow, type WindowRowsInput, windowRows } from './windowRows.js';
