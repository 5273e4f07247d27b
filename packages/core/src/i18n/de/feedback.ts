import type { FeedbackMessages } from '../feedbackMessages.js';

/** German: the feedback catalog. */
export const de: FeedbackMessages = {
  heading: 'Feedback',
  empty: 'Noch keine Kommentare oder Anerkennungen.',
  compose: 'Ihr Kommentar',
  kind: 'Art',
  comment: 'Kommentar',
  kudos: 'Anerkennung',
  post: 'Senden',
  posting: 'Wird gesendet …',
  failed: 'Ihr Kommentar konnte nicht gesendet werden. Er bleibt hier erhalten.',
  bodyRequired: 'Schreiben Sie zuerst etwas.',
  kudosFrom: (name) => `Anerkennung von ${name}`,
  commentFrom: (name) => name,
};
