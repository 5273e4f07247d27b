import type { ProgramHealthMessages } from '../programHealthMessages.js';

/** German: the program health catalog. */
export const de: ProgramHealthMessages = {
  heading: (cycle) => (cycle ? `Zustand des Programms: ${cycle}` : 'Zustand des Programms'),
  asOf: (day) => `Stand ${day}`,
  sections: { checkIns: 'Check-ins', alignment: 'Ausrichtung', quality: 'Qualität der Ziele', outcomes: 'Ergebnisse' },
  hidden: (groupSize, k) =>
    `Verborgen: zählt ${groupSize} ${groupSize === 1 ? 'Person' : 'Personen'}; Zahlen gibt es für Gruppen ab ${k}`,
  noData: 'keine Daten',
  checkInRate: 'Check-in-Quote',
  checkInRateDetail: (checkedIn, active) =>
    `${checkedIn} von ${active} aktiven Schlüsselergebnissen im Rhythmus eingecheckt`,
  medianDays: 'Median seit dem letzten Check-in',
  days: (days, count) => `${days} ${count === 1 ? 'Tag' : 'Tage'}`,
  onTimeRate: 'Pünktlich',
  onTimeDetail: (onTime, due) => `${onTime} von ${due} fälligen Check-ins pünktlich`,
  coverage: 'Ausrichtungsgrad',
  coverageDetail: (aligned, objectives) => `${aligned} von ${objectives} Zielen tragen zu einem übergeordneten bei`,
  orphans: 'Ziele ohne übergeordnetes Ziel',
  orphanList: 'Nicht ausgerichtet',
  meanSmartScore: 'Mittlerer SMART-Wert',
  smartScore: (score) => `${score} von 100`,
  approvedWithoutErrors: 'Ohne Lint-Fehler freigegeben',
  approvedDetail: (clean, approved) => `${clean} von ${approved} freigegebenen Zielen`,
  achieved: 'Erreichte Ziele',
  achievedDetail: (achieved, objectives) => `${achieved} von ${objectives}`,
  running: 'Der Zyklus läuft noch: Das ist ein Zwischenstand.',
  bands: 'Schlüsselergebnisse nach Note',
  band: { green: 'grün (ab 0,7)', yellow: 'gelb (0,4 bis 0,6)', red: 'rot (unter 0,4)' },
  trend: 'Verlauf über die Zyklen',
  trendColumns: {
    cycle: 'Zyklus',
    checkInRate: 'Check-in-Quote',
    coverage: 'Ausrichtung',
    smart: 'SMART-Wert',
    achieved: 'Erreicht',
  },
  trendHidden: 'verborgen',
  empty: 'Noch keine Ziele in diesem Zyklus und Bereich.',
  objectiveId: (id) => `Ziel ${id}`,
};
