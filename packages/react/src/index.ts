export {
  AlignmentTree,
  type AlignmentTreeConnectedProps,
  type AlignmentTreeDataProps,
  type AlignmentTreeProps,
  type TreeSelectDetail,
} from './AlignmentTree/AlignmentTree.js';
export {
  ApprovalList,
  type ApprovalListConnectedProps,
  type ApprovalListDataProps,
  type ApprovalListProps,
} from './ApprovalList/ApprovalList.js';
export {
  CalibrationChart,
  type CalibrationChartConnectedProps,
  type CalibrationChartDataProps,
  type CalibrationChartProps,
} from './CalibrationChart/CalibrationChart.js';
export {
  CalibrationGrid,
  type CalibrationGridConnectedProps,
  type CalibrationGridDataProps,
  type CalibrationGridProps,
} from './CalibrationGrid/CalibrationGrid.js';
export {
  CheckInForm,
  type CheckInFormConnectedProps,
  type CheckInFormDataProps,
  type CheckInFormProps,
} from './CheckInForm/CheckInForm.js';
export {
  CheckInInbox,
  type CheckInInboxConnectedProps,
  type CheckInInboxDataProps,
  type CheckInInboxProps,
} from './CheckInInbox/CheckInInbox.js';
export {
  CheckInTimeline,
  type CheckInTimelineConnectedProps,
  type CheckInTimelineDataProps,
  type CheckInTimelineProps,
} from './CheckInTimeline/CheckInTimeline.js';
export {
  CompetencyMatrix,
  type CompetencyMatrixConnectedProps,
  type CompetencyMatrixDataProps,
  type CompetencyMatrixProps,
} from './CompetencyMatrix/CompetencyMatrix.js';
export {
  CycleDashboard,
  type CycleDashboardConnectedProps,
  type CycleDashboardDataProps,
  type CycleDashboardProps,
  type DashboardSelectDetail,
} from './CycleDashboard/CycleDashboard.js';
export { Digest, type DigestConnectedProps, type DigestDataProps, type DigestProps } from './Digest/Digest.js';
export {
  FeedbackThread,
  type FeedbackThreadConnectedProps,
  type FeedbackThreadDataProps,
  type FeedbackThreadProps,
} from './FeedbackThread/FeedbackThread.js';
export {
  type EditorOwner,
  GoalEditor,
  type GoalEditorConnectedProps,
  type GoalEditorDataProps,
  type GoalEditorProps,
} from './GoalEditor/GoalEditor.js';
export { type GoalkitContextValue, useGoalkit, useLocale } from './GoalkitContext.js';
export { GoalkitProvider, type GoalkitProviderProps } from './GoalkitProvider.js';
export {
  GrowthPlan,
  type GrowthPlanConnectedProps,
  type GrowthPlanDataProps,
  type GrowthPlanProps,
} from './GrowthPlan/GrowthPlan.js';
export {
  type GoalkitQueryOptions,
  useAddActionItem,
  useAddTalkingPoint,
  useAdjustCalibration,
  useAlignmentCandidates,
  useAnalytics,
  useApprovals,
  useCalibration,
  useCheckIn,
  useCheckIns,
  useComment,
  useComments,
  useCompetencyGaps,
  useCompetencyProfile,
  useCreateObjective,
  useCycles,
  useDeleteTalkingPoint,
  useDigest,
  useDueCheckIns,
  useDuplicateObjective,
  useHistory,
  useLint,
  useMe,
  useMeeting,
  useMeetings,
  useObjective,
  useObjectives,
  useObjectiveTransition,
  useOwners,
  useReview,
  useReviewCycle,
  useReviewTransition,
  useSaveObjective,
  useSaveReview,
  useSyncKeyResult,
  useTree,
  useUpdateActionItem,
  useUpdateMeeting,
  useUpdateObjective,
  useUpdateTalkingPoint,
} from './hooks.js';
export type { HeadingLevel } from './internal/Heading.js';
export {
  KeyResult,
  type KeyResultConnectedProps,
  type KeyResultDataProps,
  type KeyResultProps,
} from './KeyResult/KeyResult.js';
export {
  ObjectiveCard,
  type ObjectiveCardConnectedProps,
  type ObjectiveCardDataProps,
  type ObjectiveCardProps,
} from './ObjectiveCard/ObjectiveCard.js';
export {
  OneOnOne,
  type OneOnOneConnectedProps,
  type OneOnOneDataProps,
  type OneOnOneProps,
} from './OneOnOne/OneOnOne.js';
export {
  ProgramHealth,
  type ProgramHealthConnectedProps,
  type ProgramHealthDataProps,
  type ProgramHealthProps,
} from './ProgramHealth/ProgramHealth.js';
export { ProgressMeter, type ProgressMeterProps } from './ProgressMeter/ProgressMeter.js';
export {
  ReviewForm,
  type ReviewFormConnectedProps,
  type ReviewFormDataProps,
  type ReviewFormProps,
} from './ReviewForm/ReviewForm.js';
export {
  SkillRadar,
  type SkillRadarConnectedProps,
  type SkillRadarDataProps,
  type SkillRadarProps,
} from './SkillRadar/SkillRadar.js';
