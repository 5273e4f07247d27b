import type { CheckInInboxMessages } from '../checkInInboxMessages.js';

/** German: the check-in inbox catalog. */
export const de: CheckInInboxMessages = {
  heading: 'Ihre fälligen Check-ins',
  count: (count) => (count === 1 ? '1 Check-in' : `${count} Check-ins`),
  overdueCount: (count) => `${count} überfällig`,
  empty: 'Sie sind auf dem Laufenden: Kein Check-in ist fällig.',
  state: { due: 'Fällig', overdue: 'Überfällig', escalated: 'Eskaliert' },
  dueToday: 'Heute fällig',
  dueOn: (date) => `Fällig ${date}`,
  overdueSince: (date) => `Überfällig seit ${date}`,
  escalated: (date) => `Überfällig seit ${date}, Ihre Führungskraft wurde informiert`,
  lastCheckIn: (date) => `Letzter Check-in ${date}`,
  neverCheckedIn: 'Letzter Check-in: noch keiner',
  objective: (title) => `Für „${title}“`,
  checkInText: 'Check-in',
  checkIn: (title) => `Check-in für „${title}“`,
  cancel: 'Abbrechen',
  checkedIn: (title) => `Check-in für „${title}“ gespeichert.`,
};
