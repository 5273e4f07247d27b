import type { CompetencyWords } from './competencyMessages.js';
import { localized } from './registry.js';

/** The skill radar's words. */
export interface SkillRadarMessages extends CompetencyWords {
  readonly heading: string;
  /** The chart's accessible name: what it shows and where the values are. */
  readonly chartLabel: (count: number, target: string) => string;
  readonly expected: string;
  readonly assessed: string;
  /** The disclosure with every value. */
  readonly showValues: string;
  readonly caption: (target: string) => string;
  readonly competency: string;
  readonly gapColumn: string;
}

const en: SkillRadarMessages = {
  level: (value, label) => (label ? `${value} (${label})` : value),
  notAssessed: 'Not assessed yet',
  selfAssessed: 'Self-assessed',
  selfAssessedNote: 'Self-assessed: the person’s own rating; no manager has rated it yet.',
  gap: (n, formatted) => `${formatted} ${n === 1 ? 'level' : 'levels'} short`,
  met: 'Met',
  nothingExpected: 'This level expects no competencies yet.',
  noPlacement: 'No career level yet: once a manager places this person on a track, their competencies show here.',
  heading: 'Skill radar',
  chartLabel: (count, target) =>
    `Radar of ${count} ${count === 1 ? 'competency' : 'competencies'}: expected at ${target} against assessed. Every value is under “Show values”.`,
  expected: 'Expected',
  assessed: 'Assessed',
  showValues: 'Show values',
  caption: (target) => `Expected at ${target} and assessed`,
  competency: 'Competency',
  gapColumn: 'Gap',
};

/** The skill radar's catalog for a BCP 47 locale; English when there is none for its language. */
export const getSkillRadarMessages = (locale = 'en'): SkillRadarMessages => localized('skillRadar', en, locale);
