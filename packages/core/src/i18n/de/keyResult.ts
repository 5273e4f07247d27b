import type { KeyResultMessages } from '../keyResultMessages.js';

/** German: the keyResult catalog. */
export const de: KeyResultMessages = {
  ofTarget: ({ current, target, start }) => `${current} von ${target} (Start ${start})`,
  atLeast: ({ target, current }) =>
    `mindestens ${target}: ${current === undefined ? 'noch kein Wert' : `jetzt ${current}`}`,
  atMost: ({ target, current }) =>
    `höchstens ${target}: ${current === undefined ? 'noch kein Wert' : `jetzt ${current}`}`,
  range: ({ min, max, current }) =>
    `zwischen ${min} und ${max}: ${current === undefined ? 'noch kein Wert' : `jetzt ${current}`}`,
  noValue: 'noch kein Wert',
  done: 'Erledigt',
  notDone: 'Nicht erledigt',
  milestones: (done, total) => `${done} von ${total} Meilensteinen`,
  milestonesLabel: 'Meilensteine',
  milestoneDone: 'erledigt',
  milestoneOpen: 'offen',
  confidenceText: (band) => `Zuversicht: ${band}`,
  lastCheckIn: (relative) => `Letztes Update ${relative}`,
  noCheckIn: 'Noch kein Update',
  types: {
    increase: 'Steigern',
    decrease: 'Senken',
    'at-least': 'Mindestens',
    'at-most': 'Höchstens',
    range: 'Bereich',
    boolean: 'Erledigt oder nicht',
    milestones: 'Meilensteine',
  },
  valuesFromSystem: 'Werte aus einem System',
  syncedFrom: ({ connector, when }) => `Aus ${connector} · abgeglichen ${when}`,
  notSyncedFrom: (connector) => `Aus ${connector} · noch nicht abgeglichen`,
  syncFailed: ({ when, error }) => `Abgleich fehlgeschlagen ${when}: ${error}`,
  syncFailedNoReason: 'ohne Angabe eines Grundes',
  connectors: { 'http-json': 'JSON über HTTP', csv: 'CSV-Datei oder -URL' },
  syncNow: 'Jetzt abgleichen',
  syncNowOf: (title) => `Jetzt abgleichen: ${title}`,
  syncing: 'Wird abgeglichen…',
  synced: (recorded) =>
    recorded === undefined
      ? 'Abgeglichen.'
      : recorded === 0
        ? 'Abgeglichen: keine neuen Werte.'
        : `Abgeglichen: ${recorded} ${recorded === 1 ? 'Wert' : 'Werte'} übernommen.`,
  syncFailedNow: (error) => `Abgleich fehlgeschlagen: ${error}`,
  syncRequestFailed: (reason) =>
    reason
      ? `Abgleich nicht möglich: ${reason}`
      : 'Abgleich nicht möglich. Bitte Verbindung prüfen und erneut versuchen.',
};
