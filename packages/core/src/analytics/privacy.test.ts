import { describe, expect, it } from 'vitest';
import { kAnonymous } from './privacy.js';

describe('kAnonymous', () => {
  it('hides a group of 4 and shows a group of 5 (k = 5 by default)', () => {
    expect(kAnonymous({ rate: 0.5 }, 4)).toEqual({
      hidden: true,
      reason: 'counts 4 people; figures are shown for groups of 5 or more',
      groupSize: 4,
      k: 5,
    });
    expect(kAnonymous({ rate: 0.5 }, 5)).toEqual({ rate: 0.5, hidden: false });
  });

  it('takes another k', () => {
    expect(kAnonymous({ rate: 0.5 }, 1, 1)).toEqual({ rate: 0.5, hidden: false });
    expect(kAnonymous({ rate: 0.5 }, 9, 10).hidden).toBe(true);
    expect(kAnonymous({ rate: null }, 0)).toEqual({ rate: null, hidden: false });
    expect(() => kAnonymous({}, 3, 0)).toThrow('k must be a whole number of at least 1 (got 0)');
  });
});
