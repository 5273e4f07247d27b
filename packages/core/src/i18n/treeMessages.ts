import { localized } from './registry.js';

/** The tree widget's words and sentences. */
export interface TreeMessages {
  readonly label: string;
  readonly filterOwner: string;
  readonly filterStatus: string;
  readonly filterVisibility: string;
  readonly visibilityOptions: Readonly<Record<'public' | 'private', string>>;
  /** The badge on a private goal's row. */
  readonly privateBadge: string;
  readonly any: string;
  readonly empty: string;
  readonly noMatches: string;
  readonly loadingChildren: string;
  readonly ownerKinds: Readonly<Record<'org' | 'department' | 'team' | 'person', string>>;
}

const en: TreeMessages = {
  label: 'Goal alignment',
  filterOwner: 'Owner',
  filterStatus: 'Status',
  filterVisibility: 'Visibility',
  visibilityOptions: { public: 'Public only', private: 'Private only' },
  privateBadge: 'Private',
  any: 'All',
  empty: 'No goals in this cycle yet.',
  noMatches: 'No goals match these filters.',
  loadingChildren: 'Loading…',
  ownerKinds: { org: 'Company', department: 'Department', team: 'Team', person: 'Person' },
};

/** The tree catalog for a BCP 47 locale; English when there is none for its language. */
export const getTreeMessages = (locale = 'en'): TreeMessages => localized('tree', en, locale);
