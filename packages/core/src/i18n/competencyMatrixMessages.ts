import type { CompetencyWords } from './competencyMessages.js';
import { localized } from './registry.js';

/** The competency matrix's words. Numbers arrive formatted ("3", "71%"). */
export interface CompetencyMatrixMessages extends CompetencyWords {
  readonly heading: string;
  /** Where the person stands: "Engineer, working towards Senior engineer". */
  readonly placement: (level: string, target: string | undefined) => string;
  /** Readiness for the level compared against; `null` when there is nothing to judge. */
  readonly readiness: (percent: string | null, target: string) => string;
  /** The table's caption. */
  readonly caption: (target: string) => string;
  readonly columns: {
    readonly competency: string;
    /** Expected at the current level (shown only when there is a target level). */
    readonly expectedNow: (level: string) => string;
    readonly expected: (level: string) => string;
    readonly assessed: string;
    readonly gap: string;
  };
  /** The current level does not expect the competency. */
  readonly notExpected: string;
}

const en: CompetencyMatrixMessages = {
  level: (value, label) => (label ? `${value} (${label})` : value),
  notAssessed: 'Not assessed yet',
  selfAssessed: 'Self-assessed',
  selfAssessedNote: 'Self-assessed: the person’s own rating; no manager has rated it yet.',
  gap: (n, formatted) => `${formatted} ${n === 1 ? 'level' : 'levels'} short`,
  met: 'Met',
  nothingExpected: 'This level expects no competencies yet.',
  noPlacement: 'No career level yet: once a manager places this person on a track, their competencies show here.',
  heading: 'Competencies',
  placement: (level, target) => (target ? `${level}, working towards ${target}` : level),
  readiness: (percent, target) =>
    percent === null ? `Readiness for ${target}: nothing to judge yet` : `Readiness for ${target}: ${percent}`,
  caption: (target) => `Expected at ${target} and assessed`,
  columns: {
    competency: 'Competency',
    expectedNow: (level) => `Expected now (${level})`,
    expected: (level) => `Expected (${level})`,
    assessed: 'Assessed',
    gap: 'Gap',
  },
  notExpected: 'Not expected',
};

/** The competency matrix's catalog for a BCP 47 locale; English when there is none for its language. */
export const getCompetencyMatrixMessages = (locale = 'en'): CompetencyMatrixMessages =>
  localized('competencyMatrix', en, locale);
