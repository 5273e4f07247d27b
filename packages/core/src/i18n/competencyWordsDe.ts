import type { CompetencyWords } from './competencyMessages.js';

/** German: the words the three competency widgets' German catalogs share (`i18n/de` loads as one file, so they share one copy). */
export const words: CompetencyWords = {
  level: (value, label) => (label ? `${value} (${label})` : value),
  notAssessed: 'Noch nicht bewertet',
  selfAssessed: 'Selbsteinschätzung',
  selfAssessedNote:
    'Selbsteinschätzung: die eigene Bewertung der Person; noch keine Bewertung durch die Führungskraft.',
  gap: (n, formatted) => `${formatted} ${n === 1 ? 'Stufe' : 'Stufen'} darunter`,
  met: 'Erfüllt',
  nothingExpected: 'Diese Stufe erwartet noch keine Kompetenzen.',
  noPlacement:
    'Noch keine Karrierestufe: Sobald eine Führungskraft die Person einem Karrierepfad zuordnet, erscheinen hier ihre Kompetenzen.',
};
