export { type GoalkitContextValue, goalkitContext } from './context.js';
export { MutationController, QueryController } from './controllers/query-controller.js';
export { attrs } from './directives/attrs.js';
export {
  GkCalibrationMoveEvent,
  GkCarryOverEvent,
  GkCheckInEvent,
  GkCommentEvent,
  GkDraftGoalEvent,
  type GkErrorDetail,
  GkErrorEvent,
  GkEvent,
  GkLoadChildrenEvent,
  GkMeetingChangeEvent,
  GkRequestEvent,
  GkReviewSaveEvent,
  GkReviewTransitionEvent,
  GkSaveEvent,
  GkSelectEvent,
  GkSyncEvent,
  GkTransitionEvent,
  GkUnauthorizedEvent,
  type ObjectiveRefDetail,
} from './events.js';
export { GkAlignmentTree } from './gk-alignment-tree/gk-alignment-tree.js';
export { GkApprovalList } from './gk-approval-list/gk-approval-list.js';
export { GkCalibration } from './gk-calibration/gk-calibration.js';
export { GkCalibrationGrid } from './gk-calibration-grid/gk-calibration-grid.js';
export { GkCheckInForm } from './gk-check-in-form/gk-check-in-form.js';
export { GkCheckInInbox } from './gk-check-in-inbox/gk-check-in-inbox.js';
export { GkCheckInTimeline } from './gk-check-in-timeline/gk-check-in-timeline.js';
export { GkCompetencyMatrix } from './gk-competency-matrix/gk-competency-matrix.js';
export { GkCycleDashboard } from './gk-cycle-dashboard/gk-cycle-dashboard.js';
export { GkDigest } from './gk-digest/gk-digest.js';
export { GkFeedbackThread } from './gk-feedback-thread/gk-feedback-thread.js';
export { type EditorOwner, GkGoalEditor } from './gk-goal-editor/gk-goal-editor.js';
export { GkGrowthPlan } from './gk-growth-plan/gk-growth-plan.js';
export { GkKeyResult } from './gk-key-result/gk-key-result.js';
export { GkObjectiveCard } from './gk-objective-card/gk-objective-card.js';
export { GkOneOnOne } from './gk-one-on-one/gk-one-on-one.js';
export { GkProgramHealth } from './gk-program-health/gk-program-health.js';
export { GkProgress } from './gk-progress/gk-progress.js';
export { GkProvider, type LiveEventSource } from './gk-provider/gk-provider.js';
export { GkReviewForm } from './gk-review-form/gk-review-form.js';
export { GkSkillRadar } from './gk-skill-radar/gk-skill-radar.js';
export { GoalkitElement } from './internal/goalkit-element.js';
