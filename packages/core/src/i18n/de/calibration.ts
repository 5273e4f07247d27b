import type { CalibrationMessages } from '../calibrationMessages.js';

const points = (n: number) => `${n} ${n === 1 ? 'Punkt' : 'Punkte'}`;

/** German: the calibration chart's catalog. */
export const de: CalibrationMessages = {
  heading: 'Kalibrierung der Zuversicht',
  fractionLegend: 'Zuversicht angegeben',
  fraction: (percent) => `nach ${percent} des Zyklus`,
  hidden: (groupSize, k) =>
    `Verborgen: zählt ${groupSize} ${groupSize === 1 ? 'Person' : 'Personen'}; Zahlen gibt es für Gruppen ab ${k}`,
  empty: 'Kein abgeschlossenes Schlüsselergebnis hatte bis dahin eine Zuversicht.',
  basis: ({ keyResults, cycles, without }) =>
    `${keyResults} abgeschlossene Schlüsselergebnisse aus ${cycles} ${cycles === 1 ? 'Zyklus' : 'Zyklen'}${
      without ? `; ${without} ohne Zuversicht bis dahin nicht gezählt` : ''
    }`,
  brier: (score) => `Brier-Score ${score} (0 ist perfekt; immer 50 % zu sagen ergibt 0,25)`,
  skill: (score, better, rate) =>
    `Skill-Score ${score}: ${better ? 'besser' : 'schlechter'} als immer die Gesamtquote von ${rate} zu sagen`,
  noSkill: 'Kein Skill-Score: Alle Schlüsselergebnisse gingen gleich aus',
  over: (stated, achieved, n) => `Angegeben ${stated}, erreicht ${achieved}: um ${points(n)} zu zuversichtlich`,
  under: (stated, achieved, n) => `Angegeben ${stated}, erreicht ${achieved}: um ${points(n)} zu vorsichtig`,
  calibrated: (stated, achieved, n) =>
    `Angegeben ${stated}, erreicht ${achieved}: gut kalibriert (${n === 0 ? 'genau' : `${points(n)} Abstand`})`,
  chartLabel: 'Zuverlässigkeitsdiagramm: angegebene Zuversicht gegen erreichte Schlüsselergebnisse',
  axisX: 'Angegebene Zuversicht',
  axisY: 'Erreicht',
  diagonal: 'Perfekte Kalibrierung',
  table: 'Angegebene Zuversicht und was erreicht wurde',
  columns: {
    bin: 'Angegebene Zuversicht',
    count: 'Schlüsselergebnisse',
    stated: 'Mittel angegeben',
    achieved: 'Erreicht',
  },
  range: (lower, upper) => `${lower} – ${upper}`,
};
