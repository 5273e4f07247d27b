import type { Messages } from '../messages.js';

/** German: the shared catalog. */
export const de: Messages = {
  status: {
    'not-started': 'nicht begonnen',
    'on-track': 'im Plan',
    'at-risk': 'gefährdet',
    'off-track': 'nicht im Plan',
    achieved: 'erreicht',
  },
  progressValueText: ({ progress, status, expected }) =>
    [progress, status, expected === undefined ? undefined : `${expected} bis heute erwartet`]
      .filter((s) => s !== undefined)
      .join(', '),
  progressLabel: 'Fortschritt',
  expectedMarker: (expected) => `${expected} bis heute erwartet`,
  common: {
    loading: 'Wird geladen …',
    loadError: 'Das konnte nicht geladen werden.',
    notFound: 'Dieses Ziel gibt es nicht, oder Sie dürfen es nicht sehen.',
    forbidden: 'Sie dürfen dies nicht sehen.',
    retry: 'Erneut versuchen',
    statusLabel: 'Status',
  },
  state: { draft: 'Entwurf', proposed: 'Vorgeschlagen', active: 'Aktiv', closed: 'Abgeschlossen' },
  confidence: { low: 'niedrig', medium: 'mittel', high: 'hoch' },
};
