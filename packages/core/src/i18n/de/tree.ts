import type { TreeMessages } from '../treeMessages.js';

/** German: the tree catalog. */
export const de: TreeMessages = {
  label: 'Zielausrichtung',
  filterOwner: 'Verantwortlich',
  filterStatus: 'Status',
  filterVisibility: 'Sichtbarkeit',
  visibilityOptions: { public: 'Nur öffentliche', private: 'Nur private' },
  privateBadge: 'Privat',
  any: 'Alle',
  empty: 'In diesem Zyklus gibt es noch keine Ziele.',
  noMatches: 'Keine Ziele entsprechen diesen Filtern.',
  loadingChildren: 'Wird geladen …',
  ownerKinds: { org: 'Unternehmen', department: 'Bereich', team: 'Team', person: 'Person' },
};
