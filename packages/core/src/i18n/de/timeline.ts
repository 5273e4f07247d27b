import type { TimelineMessages } from '../timelineMessages.js';

/** German: the timeline catalog. */
export const de: TimelineMessages = {
  heading: 'Updates',
  label: (title) => `Updates: ${title}`,
  chartLabel: ({ count, first, last, latest }) =>
    `${count} Update${count === 1 ? '' : 's'} von ${first} bis ${last}; letzter Wert ${latest}`,
  expected: ({ value, date }) => `erwartet ${value} bis ${date}`,
  forecast: (value) => `Prognose ${value} am Ende des Zyklus`,
  legendActual: 'Ist',
  legendExpected: 'Erwartet',
  legendForecast: 'Prognose',
  date: 'Datum',
  value: 'Wert',
  confidence: 'Zuversicht',
  note: 'Notiz',
  empty: 'Noch keine Updates.',
  noConfidence: '—',
  sourceApi: 'Von einem System',
  sourceConnector: 'Von einem Konnektor',
  sourceWithRef: ({ label, ref }) => `${label} · ${ref}`,
};
