export * from './dataIn/index.js';
export { type ApprovalMessages, getApprovalMessages } from './i18n/approvalMessages.js';
export { type AssistMessages, type AssistReasonName, getAssistMessages } from './i18n/assistMessages.js';
export { type CheckInFormMessages, getCheckInFormMessages } from './i18n/checkInFormMessages.js';
export { type CheckInInboxMessages, getCheckInInboxMessages } from './i18n/checkInInboxMessages.js';
export { type DashboardMessages, getDashboardMessages } from './i18n/dashboardMessages.js';
export { type DigestMessages, getDigestMessages } from './i18n/digestMessages.js';
export { type EditorMessages, getEditorMessages } from './i18n/editorMessages.js';
export { type FeedbackMessages, getFeedbackMessages } from './i18n/feedbackMessages.js';
export {
  daysBetween,
  editableNumber,
  formatDate,
  formatMeasure,
  formatNumber,
  formatRelativeTime,
  type MeasureUnit,
  parseNumber,
  pluralOf,
} from './i18n/format.js';
export { getKeyResultMessages, type KeyResultMessages } from './i18n/keyResultMessages.js';
export {
  formatPercent,
  getMessages,
  type KeyResultKind,
  type MessageLocale,
  type Messages,
  messageLocaleOf,
  type ObjectiveState,
  type TransitionAction,
} from './i18n/messages.js';
export { getObjectiveCardMessages, type ObjectiveCardMessages } from './i18n/objectiveCardMessages.js';
export {
  type CatalogName,
  hasMessages,
  registerMessages,
} from './i18n/registry.js';
export { getTimelineMessages, type TimelineMessages } from './i18n/timelineMessages.js';
export { getTreeMessages, type TreeMessages } from './i18n/treeMessages.js';
export * from './lint/index.js';
export * from './model/index.js';
export { applyCheckIn, type CheckInEntry } from './resources/applyCheckIn.js';
export {
  type CoreCheckInInput,
  type KeyResultResource,
  type ObjectiveResource,
  type ResourceScore,
  rescoreObjective,
  toCoreKeyResult,
} from './resources/rescore.js';
export * from './rhythm/index.js';
export * from './scoring/index.js';
