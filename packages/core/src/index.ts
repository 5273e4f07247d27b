export * from './connect/index.js';
export { formatPercent, getMessages, type MessageLocale, type Messages } from './i18n/messages.js';
export type { ConfidenceBand, Status } from './scoring/types.js';
export { STATUSES } from './scoring/types.js';
