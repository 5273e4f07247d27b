import type { CheckInFormMessages } from '../checkInFormMessages.js';

/** German: the checkInForm catalog. */
export const de: CheckInFormMessages = {
  heading: (title) => `Update: ${title}`,
  value: (unit) => (unit ? `Neuer Wert (${unit})` : 'Neuer Wert'),
  done: 'Erledigt',
  milestones: 'Erreichte Meilensteine',
  confidence: 'Zuversicht',
  note: 'Notiz (optional)',
  submit: 'Update speichern',
  submitting: 'Update wird gespeichert …',
  succeeded: 'Update gespeichert.',
  failed: 'Das Update konnte nicht gespeichert werden. Ihre Eingaben bleiben erhalten.',
  retry: 'Erneut versuchen',
  conflict: ({ was, now }) =>
    `Inzwischen hat jemand anderes ein Update gemacht: Der Wert hat sich von ${was} auf ${now} geändert. Ihre Eingaben bleiben erhalten; speichern Sie erneut, um sie zu erfassen.`,
  conflictGeneric:
    'Dieses Schlüsselergebnis wurde während Ihrer Eingabe geändert. Ihre Eingaben bleiben erhalten; speichern Sie erneut.',
  valueRequired: 'Geben Sie einen Wert ein.',
  valueNotNumber: (example) => `Geben Sie eine Zahl ein, zum Beispiel ${example}.`,
  outsideScale: ({ value, from, to }) =>
    `${value} liegt außerhalb von ${from}–${to}. Prüfen Sie die Zahl; speichern können Sie trotzdem.`,
  noteTooLong: (max) => `Die Notiz darf höchstens ${max} Zeichen lang sein.`,
  current: (value) => `Aktuell: ${value}`,
};
