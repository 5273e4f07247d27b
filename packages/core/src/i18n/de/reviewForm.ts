import type { ReviewFormMessages } from '../reviewFormMessages.js';

const kindName = {
  self: 'Selbsteinschätzung',
  manager: 'Beurteilung durch die Führungskraft',
  peer: 'Beurteilung durch Kollegen',
  upward: 'Beurteilung der Führungskraft',
} as const;

/** German: the review form's catalog. */
export const de: ReviewFormMessages = {
  heading: (kind, reviewee) => (kind === 'self' ? kindName.self : `${kindName[kind]}: ${reviewee}`),
  byline: (cycle, reviewer) => (reviewer ? `${cycle} · verfasst von ${reviewer}` : cycle),
  due: (day) => `Fällig am ${day}`,
  anonymous: (reviewee, min) =>
    `Ihre Antworten sind anonym: ${reviewee} sieht nur Zusammenfassungen ab ${min} Antworten, nie, wer was geschrieben hat.`,
  status: {
    draft: 'Entwurf',
    submitted: (day) => (day ? `Abgegeben am ${day}` : 'Abgegeben'),
    shared: 'Mit der beurteilten Person geteilt',
    acknowledged: 'Von der beurteilten Person bestätigt',
  },
  questionsHeading: 'Fragen',
  empty: (kind) => `Dieser Zyklus stellt keine Fragen für: ${kindName[kind]}.`,
  required: '(Pflichtfrage)',
  scaleEnd: (rating, words) => `${rating} — ${words}`,
  scaleWords: {
    performance: { low: 'weit unter den Erwartungen', high: 'weit über den Erwartungen' },
    potential: { low: 'wenig Potenzial', high: 'großes Potenzial' },
  },
  ratingGiven: (rating, min, max) => `Bewertet mit ${rating} auf einer Skala von ${min} bis ${max}`,
  notAnswered: 'Nicht beantwortet',
  characters: (count, max) => `${count} von ${max} Zeichen`,
  chooseRating: 'Wählen Sie eine Bewertung.',
  tooLong: (max) => `Kürzen Sie die Antwort auf ${max} Zeichen.`,
  evidenceHeading: (day) => `Ziele als Grundlage, Stand ${day}`,
  evidenceEmpty: 'Zum Stichtag gab es keine Ziele.',
  grade: (score, band) => `Bewertung ${score} von 1: ${band}`,
  band: { green: 'grün (0,7 oder mehr)', yellow: 'gelb (0,4 bis 0,6)', red: 'rot (unter 0,4)' },
  gradeFinal: 'endgültige Bewertung beim Abschluss',
  gradeAsOf: 'Stand zum Stichtag',
  weight: (weight) => `Gewicht ${weight}`,
  objectiveProgress: (title) => `Fortschritt von ${title}`,
  keyResultsOf: (title) => `Schlüsselergebnisse von ${title}`,
  explainProgress: (progress) => `Warum ${progress}`,
  contribution: ({ title, progress, share, contribution }) =>
    `${title}: ${progress} × ${share} Gewicht = ${contribution}`,
  notCounted: ({ title, progress }) => `${title}: ${progress}, angezeigt, aber nicht gezählt`,
  hiddenGoal: 'Ein ausgerichtetes Ziel, das Sie nicht sehen dürfen',
  goalScore: (score, band) => `Zielwert ${score} von 1: ${band}, das gewichtete Mittel dieser Bewertungen`,
  noGoalScore: 'Kein Zielwert: Zum Stichtag gab es keine Ziele',
  saveDraft: 'Entwurf speichern',
  saving: 'Wird gespeichert…',
  savedAt: (time) => `Gespeichert um ${time}`,
  unsaved: 'Ungespeicherte Änderungen',
  saveFailed: 'Nicht gespeichert. Ihre Antworten bleiben hier; versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  submit: 'Beurteilung abgeben…',
  submitting: 'Wird abgegeben…',
  submitFailed: 'Nicht abgegeben. Ihre Antworten bleiben hier; versuchen Sie es erneut.',
  confirmHeading: 'Diese Beurteilung abgeben?',
  confirmText: (reviewee) =>
    `Nach der Abgabe lassen sich die Antworten nicht mehr ändern. ${reviewee} sieht sie, wenn der Zyklus die Beurteilungen teilt.`,
  confirmSubmit: 'Abgeben',
  cancel: 'Abbrechen',
  missingHeading: (count) =>
    count === 1
      ? 'Beantworten Sie vor der Abgabe diese Pflichtfrage:'
      : `Beantworten Sie vor der Abgabe diese ${count} Pflichtfragen:`,
  conflict:
    'Jemand hat diese Beurteilung inzwischen gespeichert. Ihre Antworten bleiben hier: Speichern Sie sie über die andere Fassung, oder übernehmen Sie die andere.',
  keepMine: 'Meine darüber speichern',
  useTheirs: 'Andere übernehmen',
  invalid: 'Einige Antworten wurden nicht angenommen; siehe die markierten Fragen.',
  acknowledge: 'Bestätigen',
  acknowledging: 'Wird bestätigt…',
  acknowledgeText: 'Bestätigen Sie, dass Sie diese Beurteilung gelesen haben. Das heißt nicht, dass Sie zustimmen.',
  acknowledgeFailed: 'Nicht bestätigt; versuchen Sie es erneut.',
};
