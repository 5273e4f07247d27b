export * from './connect/index.js';
export { formatPercent, getMessages, type MessageLocale, type Messages } from './i18n/messages.js';
export * from './lint/index.js';
export * from './model/index.js';
export {
  applyCheckIn,
  type CheckInEntry,
  type CoreCheckInInput,
  type KeyResultResource,
  type ObjectiveResource,
  type ResourceScore,
  rescoreObjective,
  toCoreKeyResult,
} from './resources/rescore.js';
export * from './scoring/index.js';
