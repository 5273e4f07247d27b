export { type Digest, type DigestComment, digest } from './digest.js';
export { type DigestOwner, digestsReady } from './digestsReady.js';
export { type DueCheckIn, type DueCheckInsOptions, type DueState, dueCheckIns } from './dueCheckIns.js';
export {
  type CheckInReminder,
  type DigestReady,
  dueNotifications,
  logNotifier,
  type Notifier,
  notify,
  type RhythmNotification,
  type RhythmNotificationType,
} from './notifications.js';
export {
  type CadencePolicy,
  type CadencePolicyInput,
  effectivePolicy,
  parseRhythm,
  type Rhythm,
  type RhythmPerson,
  WEEKDAYS,
  type Weekday,
} from './policies.js';
export { isTimeZone, zonedDate, zonedInstant } from './zonedTime.js';
