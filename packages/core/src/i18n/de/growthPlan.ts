import { words } from '../competencyWordsDe.js';
import type { GrowthPlanMessages } from '../growthPlanMessages.js';

/** German: the growth plan's catalog. */
export const de: GrowthPlanMessages = {
  ...words,
  heading: 'Entwicklungsplan',
  coverage: (covered, gaps, percent) =>
    `${covered} von ${gaps} ${gaps === 1 ? 'Lücke hat' : 'Lücken haben'} ein Entwicklungsziel (${percent})`,
  noGaps: 'Keine Lücken zu schließen: Alle Erwartungen sind erfüllt.',
  levels: (expected, assessed) =>
    assessed === undefined ? `Erwartet ${expected}, noch nicht bewertet` : `Erwartet ${expected}, bewertet ${assessed}`,
  goalsLabel: 'Entwicklungsziele',
  noGoal: 'Noch kein Entwicklungsziel.',
  draft: 'Ziel entwerfen',
  draftFor: (competency) => `für ${competency}`,
  draftTitle: (competency, level) => `${competency} auf ${level} entwickeln`,
  metList: (names) => `Bereits erfüllt: ${names}`,
};
