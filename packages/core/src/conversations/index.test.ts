import * as conversations from '@goalkit/core/conversations';
import { describe, expect, it } from 'vitest';

describe('@goalkit/core/conversations', () => {
  it('exports its functions and constants from the package entry', () => {
    expect(Object.keys(conversations).sort()).toEqual([
      'DEFAULT_RATING_SCALE',
      'DEFAULT_STALE_AFTER_DAYS',
      'NINE_BOX_LEVELS',
      'NINE_BOX_THRESHOLDS',
      'REVIEW_COMPONENTS',
      'REVIEW_KINDS',
      'ReviewComponentError',
      'SUBMITTED_STATUSES',
      'SUGGESTION_KINDS',
      'aggregateResponses',
      'carryOverTalkingPoints',
      'componentScores',
      'goalScore',
      'isSubmitted',
      'nineBoxOf',
      'ratingScore',
      'reviewFinalScore',
      'suggestTalkingPoints',
    ]);
  });
});
