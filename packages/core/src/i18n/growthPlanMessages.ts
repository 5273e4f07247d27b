import type { CompetencyWords } from './competencyMessages.js';
import { localized } from './registry.js';

/** The growth plan's words. Numbers arrive formatted ("67%"). */
export interface GrowthPlanMessages extends CompetencyWords {
  readonly heading: string;
  /** "2 of 3 gaps have a development goal (67%)". */
  readonly coverage: (covered: number, gaps: number, percent: string) => string;
  readonly noGaps: string;
  /** "Expected 4, assessed 3"; `assessed` is `undefined` when nobody rated it. */
  readonly levels: (expected: string, assessed: string | undefined) => string;
  readonly goalsLabel: string;
  readonly noGoal: string;
  readonly draft: string;
  /** Completes the draft button's name for assistive technology ("for Presenting": "Draft a goal for Presenting"). */
  readonly draftFor: (competency: string) => string;
  /** The suggested title of a drafted development goal. */
  readonly draftTitle: (competency: string, level: string) => string;
  /** The competencies already met, by name. */
  readonly metList: (names: string) => string;
}

const en: GrowthPlanMessages = {
  level: (value, label) => (label ? `${value} (${label})` : value),
  notAssessed: 'Not assessed yet',
  selfAssessed: 'Self-assessed',
  selfAssessedNote: 'Self-assessed: the person’s own rating; no manager has rated it yet.',
  gap: (n, formatted) => `${formatted} ${n === 1 ? 'level' : 'levels'} short`,
  met: 'Met',
  nothingExpected: 'This level expects no competencies yet.',
  noPlacement: 'No career level yet: once a manager places this person on a track, their competencies show here.',
  heading: 'Growth plan',
  coverage: (covered, gaps, percent) =>
    `${covered} of ${gaps} ${gaps === 1 ? 'gap has' : 'gaps have'} a development goal (${percent})`,
  noGaps: 'No gaps to close: every expectation is met.',
  levels: (expected, assessed) =>
    assessed === undefined ? `Expected ${expected}, not assessed yet` : `Expected ${expected}, assessed ${assessed}`,
  goalsLabel: 'Development goals',
  noGoal: 'No development goal yet.',
  draft: 'Draft a goal',
  draftFor: (competency) => `for ${competency}`,
  draftTitle: (competency, level) => `Grow ${competency} to ${level}`,
  metList: (names) => `Already met: ${names}`,
};

/** The growth plan's catalog for a BCP 47 locale; English when there is none for its language. */
export const getGrowthPlanMessages = (locale = 'en'): GrowthPlanMessages => localized('growthPlan', en, locale);
