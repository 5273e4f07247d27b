import type { DashboardMessages } from '../dashboardMessages.js';

/** German: the dashboard catalog. */
export const de: DashboardMessages = {
  heading: (cycle) => `Zyklus ${cycle}`,
  counts: 'Ziele nach Status',
  progress: 'Fortschritt im Vergleich zum Plan',
  distribution: 'Verteilung des Fortschritts',
  bucket: ({ from, to, count }) => `${from}–${to}: ${count} Ziel${count === 1 ? '' : 'e'}`,
  attention: 'Gefährdet und nicht im Plan',
  noneAttention: 'Nichts ist gefährdet oder außer Plan.',
  stale: 'Veraltete Updates',
  noneStale: 'Jedes Schlüsselergebnis hat ein aktuelles Update.',
  staleSince: (relative) => `letztes Update ${relative}`,
  neverCheckedIn: 'noch nie aktualisiert',
  objectives: (count, formatted) => `${formatted} Ziel${count === 1 ? '' : 'e'}`,
  empty: 'In diesem Zyklus gibt es noch keine Ziele.',
  carry: 'Zum Abschluss unerledigt',
  carryHint: (cycle) =>
    `Übernehmen Sie ein Ziel in ${cycle}, um daran weiterzuarbeiten: als Entwurf, ab dem erreichten Stand.`,
  noneCarry: 'Jedes Ziel ist erledigt oder übernommen.',
  carryOver: (cycle) => `In ${cycle} übernehmen`,
  carryOverNamed: (cycle, title) => `In ${cycle} übernehmen: ${title}`,
  carrying: 'Wird übernommen…',
  carried: (cycle) => `Als Entwurf in ${cycle} übernommen.`,
  carryFailed: 'Das Übernehmen hat nicht geklappt. Nichts wurde geändert; bitte erneut versuchen.',
};
