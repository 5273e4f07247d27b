import { words } from '../competencyWordsDe.js';
import type { SkillRadarMessages } from '../skillRadarMessages.js';

/** German: the skill radar's catalog. */
export const de: SkillRadarMessages = {
  ...words,
  heading: 'Kompetenzradar',
  chartLabel: (count, target) =>
    `Radar von ${count} ${count === 1 ? 'Kompetenz' : 'Kompetenzen'}: erwartet für ${target} gegen bewertet. Alle Werte stehen unter „Werte zeigen“.`,
  expected: 'Erwartet',
  assessed: 'Bewertet',
  showValues: 'Werte zeigen',
  caption: (target) => `Erwartet für ${target} und bewertet`,
  competency: 'Kompetenz',
  gapColumn: 'Lücke',
};
