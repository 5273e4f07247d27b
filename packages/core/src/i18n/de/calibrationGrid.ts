import type { CalibrationGridMessages } from '../calibrationGridMessages.js';

type Level = 'low' | 'moderate' | 'high';

const POTENTIAL: Record<Level, string> = { low: 'Niedriges', moderate: 'Mittleres', high: 'Hohes' };
const PERFORMANCE: Record<Level, string> = { low: 'niedrige', moderate: 'mittlere', high: 'hohe' };
const STAGE: Record<string, string> = {
  draft: 'ist ein Entwurf',
  collecting: 'sammelt noch Beurteilungen',
  calibrating: 'wird kalibriert',
  sharing: 'ist geteilt',
  closed: 'ist abgeschlossen',
};

/** German: the calibration grid's catalog. */
export const de: CalibrationGridMessages = {
  heading: 'Kalibrierung',
  gridLabel: 'Neun-Felder-Matrix: Potenzial gegen Leistung',
  potential: 'Potenzial',
  performance: 'Leistung',
  level: { low: 'Niedrig', moderate: 'Mittel', high: 'Hoch' },
  box: (potential, performance) => `${POTENTIAL[potential]} Potenzial, ${PERFORMANCE[performance]} Leistung`,
  count: (n) => `${n} ${n === 1 ? 'Person' : 'Personen'}`,
  score: (score) => (score === null ? 'noch kein Endergebnis' : `Endergebnis ${score}`),
  adjusted: 'verschoben',
  moved: (from, actor, reason) => `Verschoben aus „${from}“ von ${actor}: ${reason}`,
  hint: 'Zum Verschieben eine Person wählen (Eingabe oder Leertaste, oder ziehen), mit den Pfeiltasten ein Feld wählen und einen Grund angeben.',
  readOnly: (stage) => `Nur lesen: Der Zyklus ${STAGE[stage] ?? stage}; verschoben wird, während er kalibriert wird.`,
  moving: (name) => `${name} wird verschoben: Pfeiltasten wählen ein Feld, Eingabe setzt, Escape bricht ab`,
  target: (name, box) => `${name} nach „${box}“`,
  sameBox: (name) => `${name} ist schon in diesem Feld: ein anderes wählen, oder Escape zum Abbrechen`,
  cancelled: (name) => `${name} nicht verschoben`,
  moveHere: 'Hierher',
  moveHereLabel: (box) => `Hierher: ${box}`,
  dialogTitle: (name) => `${name} verschieben`,
  fromTo: (from, to) => `Von „${from}“ nach „${to}“`,
  reasonLabel: 'Grund (erforderlich)',
  reasonHint: 'Die anderen Kalibrierenden sehen ihn mit der Verschiebung.',
  reasonRequired: 'Einen Grund angeben: Eine Verschiebung braucht einen.',
  confirm: 'Verschieben',
  cancel: 'Abbrechen',
  saving: 'Wird gespeichert…',
  placed: (name, box) => `${name} verschoben nach „${box}“`,
  failed: (name, box, why) => `${name} konnte nicht verschoben werden und bleibt in „${box}“: ${why}`,
  noAnswer: 'Der Server hat nicht geantwortet',
  unplaced: 'Nicht eingeordnet: noch keine Beurteilung der Führungskraft',
  empty: 'In diesem Zyklus ist noch niemand zu kalibrieren.',
  table: 'Einordnungen als Tabelle',
  columns: {
    person: 'Person',
    score: 'Endergebnis',
    computed: 'Berechnetes Feld',
    placement: 'Einordnung',
    adjustment: 'Letzte Anpassung',
  },
  notComputed: 'Nicht berechnet',
  notPlaced: 'Nicht eingeordnet',
  noAdjustment: 'Keine',
};
