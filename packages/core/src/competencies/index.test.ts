import * as competencies from '@goalkit/core/competencies';
import { describe, expect, it } from 'vitest';

describe('@goalkit/core/competencies', () => {
  it('exports its schemas and functions from the package entry', () => {
    expect(Object.keys(competencies).sort()).toEqual([
      'assessedLevels',
      'assessmentSchema',
      'competencyGaps',
      'findFrameworkProblems',
      'findTrackLevel',
      'frameworkSchema',
      'placementSchema',
      'placementTarget',
      'planCoverage',
      'readiness',
    ]);
  });
});
