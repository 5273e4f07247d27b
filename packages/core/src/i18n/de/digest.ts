import type { DigestMessages } from '../digestMessages.js';

const plural = (one: string, other: string) => (count: number) => (count === 1 ? one : other);

/** German: the digest catalog. */
export const de: DigestMessages = {
  heading: (name, range) =>
    name ? `Die Woche in den Zielen von ${name}, ${range}` : `Die Woche in den Zielen, ${range}`,
  scope: (objectives, below) =>
    [
      objectives === 1 ? '1 Ziel' : `${objectives} Ziele`,
      below === 0
        ? ''
        : below === 1
          ? ', mit 1 Team oder Person darunter'
          : `, mit ${below} Teams und Personen darunter`,
    ].join(''),
  summary: 'Diese Woche in Zahlen',
  figures: {
    checkIns: plural('Check-in', 'Check-ins'),
    statusChanges: plural('Statuswechsel', 'Statuswechsel'),
    newRisks: plural('neues Risiko', 'neue Risiken'),
    kudos: plural('Anerkennung', 'Anerkennungen'),
    quiet: plural('Schlüsselergebnis ohne Check-in', 'Schlüsselergebnisse ohne Check-in'),
  },
  sections: {
    statusChanges: 'Statuswechsel',
    newRisks: 'Neue Risiken',
    checkIns: 'Check-ins',
    kudos: 'Anerkennung',
    quiet: 'Noch kein Check-in',
  },
  empty: 'Eine ruhige Woche: Nichts hat sich geändert.',
  was: 'vorher',
  now: 'jetzt',
  objective: (title) => `Für „${title}“`,
  checkIn: ({ value, confidence }) => `${value}, ${confidence}`,
  noValue: 'kein Wert',
  noConfidence: 'keine Zuversicht angegeben',
  confidence: (band) => `Zuversicht ${band}`,
  kudosFrom: (name) => `Anerkennung von ${name}`,
  unknownObjective: 'Ein Ziel',
  unknownKeyResult: 'Ein Schlüsselergebnis',
  someone: 'Jemand',
};
