import type { ApprovalMessages } from '../approvalMessages.js';

/** German: the approval list catalog. */
export const de: ApprovalMessages = {
  heading: 'Wartet auf Ihre Freigabe',
  count: (count) => (count === 1 ? '1 Ziel' : `${count} Ziele`),
  empty: 'Nichts wartet auf Ihre Freigabe.',
  owner: (name) => `Verantwortlich: ${name}`,
  proposed: ({ name, when }) => (name ? `Vorgeschlagen von ${name}, ${when}` : `Vorgeschlagen ${when}`),
  keyResults: (count) => (count === 1 ? '1 Schlüsselergebnis' : `${count} Schlüsselergebnisse`),
  approve: (title) => `„${title}“ freigeben`,
  approveText: 'Freigeben',
  returnText: 'Zurückgeben…',
  returnAction: (title) => `„${title}“ mit Kommentar zurückgeben`,
  returnConfirm: 'Mit Kommentar zurückgeben',
  cancel: 'Abbrechen',
  commentLabel: 'Was soll sich ändern?',
  commentRequired: 'Sagen Sie, was sich ändern soll, bevor Sie es zurückgeben.',
  approving: 'Wird freigegeben…',
  returning: 'Wird zurückgegeben…',
  failed: 'Das konnte nicht gespeichert werden. Nichts wurde geändert; bitte erneut versuchen.',
  approved: (title) => `„${title}“ ist freigegeben.`,
  returned: (title) => `„${title}“ ging mit Ihrem Kommentar an die verantwortliche Person zurück.`,
};
