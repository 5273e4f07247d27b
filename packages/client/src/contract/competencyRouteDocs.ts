import type { competencyEndpoints } from './competencies.js';
import type { Route } from './route.js';

const describe = <const T extends { readonly [K in keyof typeof competencyEndpoints]: Pick<Route, 'summary' | 'tag'> }>(
  docs: T,
): T => docs;

/** The summary and tag of every competency route (see `routeDocs`). */
export const competencyRouteDocs = describe({
  listFrameworks: { summary: 'Every competency framework (every signed-in person)', tag: 'competencies' },
  createFramework: {
    summary:
      "Add a competency framework: its scale, competencies and career tracks with each level's expectations (admins)",
    tag: 'competencies',
  },
  getFramework: { summary: 'One competency framework', tag: 'competencies' },
  updateFramework: {
    summary: 'Replace a competency framework (admins; If-Match required)',
    tag: 'competencies',
  },
  getCompetencies: {
    summary:
      "A person's placement and, per competency, what their current and target levels expect, the assessed level (the latest manager rating, else their own, flagged) and the gap, with readiness for both levels; `asOf` ignores later ratings (the person, their manager chain and admins)",
    tag: 'competencies',
  },
  listAssessments: {
    summary:
      "A person's competency ratings, standalone and from reviews, oldest first (the person, their manager chain and admins)",
    tag: 'competencies',
  },
  createAssessment: {
    summary:
      "Rate one of a person's competencies: as `self` by the person, as `manager` by their manager chain (admins read, but do not rate)",
    tag: 'competencies',
  },
  getGaps: {
    summary:
      "A person's gaps against a level of their track (default: their target), readiness for it, and the development goals covering each gap (plan coverage)",
    tag: 'competencies',
  },
  setPlacement: {
    summary:
      "Place a person on a career track at a level, with the level they work towards (admins and the person's manager chain)",
    tag: 'competencies',
  },
});
