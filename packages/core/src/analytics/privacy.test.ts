import { describe, expect, it } from 'vitest';
import { organisation } from './__tests__/organisation.js';
import { kAnonymous } from './privacy.js';
import { peopleIn } from './shared.js';

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

describe('peopleIn: the group privacy counts', () => {
  const small = organisation([], 2);
  it('counts people, and a team as its members, never the team itself', () => {
    expect(peopleIn(small, new Set(['p1', 'p2']))).toBe(2);
    // A team of two with its own goal and both members' goals is a group of two, not three.
    expect(peopleIn(small, new Set(['growth', 'p1', 'p2']))).toBe(2);
    expect(peopleIn(small, new Set(['growth']))).toBe(2);
    // A team with nobody in it is about nobody; the org is everyone.
    expect(peopleIn(small, new Set(['sales']))).toBe(0);
    expect(peopleIn(small, new Set(['acme', 'p1']))).toBe(2);
  });

  it('reads people across several documents', () => {
    const other = organisation([], 6);
    expect(peopleIn([small, other], new Set(['growth']))).toBe(6);
  });
});
