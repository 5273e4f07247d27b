import type { ObjectiveCardMessages } from '../objectiveCardMessages.js';

/** German: the objectiveCard catalog. */
export const de: ObjectiveCardMessages = {
  owner: 'Verantwortlich',
  cycle: 'Zyklus',
  alignsTo: 'Zahlt ein auf',
  smartScore: (score) => `SMART-Wert ${score} von 100`,
  keyResults: 'Schlüsselergebnisse',
  showKeyResults: (count) => `${count} Schlüsselergebnis${count === 1 ? '' : 'se'} anzeigen`,
  hideKeyResults: 'Schlüsselergebnisse ausblenden',
  explain: 'Fortschritt erklären',
  hideExplain: 'Erklärung ausblenden',
  explainHeading: (progress) => `Warum der Fortschritt ${progress} beträgt`,
  privateBadge: 'Privat',
  ownerSays: ({ status, note }) => `Laut Verantwortlichen: ${status} (${note})`,
  of: (action, title) => `${action}: ${title}`,
  progressOf: (title) => `Fortschritt von ${title}`,
  contribution: ({ title, progress, share, contribution }) =>
    `${title}: ${progress} × ${share} Gewicht = ${contribution}`,
  notCounted: ({ title, progress }) => `${title}: ${progress}, angezeigt, aber nicht gezählt`,
  noKeyResults: 'Noch keine Schlüsselergebnisse.',
};
