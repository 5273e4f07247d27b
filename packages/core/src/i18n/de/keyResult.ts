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
};
