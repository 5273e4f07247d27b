import type { CompetencyMatrixMessages } from '../competencyMatrixMessages.js';
import { words } from '../competencyWordsDe.js';

/** German: the competency matrix's catalog. */
export const de: CompetencyMatrixMessages = {
  ...words,
  heading: 'Kompetenzen',
  placement: (level, target) => (target ? `${level}, auf dem Weg zu ${target}` : level),
  readiness: (percent, target) =>
    percent === null
      ? `Bereitschaft für ${target}: noch nichts zu beurteilen`
      : `Bereitschaft für ${target}: ${percent}`,
  caption: (target) => `Erwartet für ${target} und bewertet`,
  columns: {
    competency: 'Kompetenz',
    expectedNow: (level) => `Jetzt erwartet (${level})`,
    expected: (level) => `Erwartet (${level})`,
    assessed: 'Bewertet',
    gap: 'Lücke',
  },
  notExpected: 'Nicht erwartet',
};
