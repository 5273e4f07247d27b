import { describe, expect, it } from 'vitest';
import {
  type SuggestionKeyResult,
  type SuggestionObjective,
  suggestTalkingPoints,
  type TalkingPointSuggestion,
} from './suggestTalkingPoints.js';

const keyResult = (id: string, extra: Partial<SuggestionKeyResult> = {}): SuggestionKeyResult => ({
  id,
  title: `Key result ${id}`,
  status: 'on-track',
  progress: 0.5,
  expected: 0.5,
  lastCheckInAt: '2026-05-10',
  ...extra,
});

const objective = (id: string, extra: Partial<SuggestionObjective> = {}): SuggestionObjective => ({
  id,
  title: `Objective ${id}`,
  state: 'active',
  status: 'on-track',
  progress: 0.5,
  expected: 0.5,
  returned: null,
  activeSince: '2026-04-01',
  keyResults: [],
  ...extra,
});

const asOf = '2026-05-15';

describe('suggestTalkingPoints', () => {
  it('words an off-track objective with its numbers, as the issue shows', () => {
    const [suggestion] = suggestTalkingPoints(
      [objective('o1', { title: 'Cut onboarding time', status: 'off-track', progress: 0.32, expected: 0.6 })],
      { asOf },
    );
    expect(suggestion).toEqual({
      kind: 'off-track',
      objectiveId: 'o1',
      title: 'Cut onboarding time',
      progress: 0.32,
      expected: 0.6,
      text: '“Cut onboarding time” is off track: 32 % where 60 % was expected by now',
    });
  });

  it('lists off-track, returned, stale, then at-risk, each in the objectives’ order', () => {
    const suggestions = suggestTalkingPoints(
      [
        objective('risky', { status: 'at-risk', progress: 0.45, expected: 0.6 }),
        objective('fine', {
          keyResults: [
            keyResult('k1', { lastCheckInAt: '2026-04-20' }),
            keyResult('k2'),
            keyResult('k3', { lastCheckInAt: '2026-05-01T09:30:00Z' }),
          ],
        }),
        objective('draft', {
          state: 'draft',
          status: 'not-started',
          returned: { comment: '  Make the target a number. ', at: '2026-05-12T10:00:00Z' },
        }),
        objective('behind', { status: 'off-track', progress: 0.1, expected: null }),
      ],
      { asOf },
    );
    expect(suggestions.map((s) => [s.kind, s.objectiveId, s.keyResultId])).toEqual([
      ['off-track', 'behind', undefined],
      ['returned', 'draft', undefined],
      ['stale', 'fine', 'k1'],
      ['at-risk', 'risky', undefined],
    ]);
    expect(suggestions.map((s) => s.text)).toEqual([
      '“Objective behind” is off track: 10 % so far',
      '“Objective draft” was returned for changes: “Make the target a number.”',
      '“Key result k1” has not been checked in for 25 days',
      '“Objective risky” is at risk: 45 % where 60 % was expected by now',
    ]);
    expect(suggestions[1]).toMatchObject({ comment: 'Make the target a number.' });
    expect(suggestions[2]).toMatchObject({ title: 'Key result k1', daysSinceCheckIn: 25 });
  });

  it('suggests a key result when more than staleAfterDays have passed, not on the day itself', () => {
    const kr = (lastCheckInAt: string) => objective('o', { keyResults: [keyResult('k', { lastCheckInAt })] });
    // 2026-05-01 is 14 days before asOf; 04-30 is 15.
    expect(suggestTalkingPoints([kr('2026-05-01')], { asOf })).toEqual([]);
    expect(suggestTalkingPoints([kr('2026-04-30')], { asOf })).toMatchObject([{ daysSinceCheckIn: 15 }]);
    expect(suggestTalkingPoints([kr('2026-05-08')], { asOf, staleAfterDays: 6 })).toMatchObject([
      { kind: 'stale', daysSinceCheckIn: 7 },
    ]);
    // A timestamp counts by its UTC day: 2026-05-01T23:30-02:00 is 05-02 in UTC, 13 days before.
    expect(suggestTalkingPoints([kr('2026-05-01T23:30:00-02:00')], { asOf })).toEqual([]);
  });

  it('suggests a key result never checked in once its objective has been active for more than staleAfterDays', () => {
    const never = (activeSince: string | null | undefined) => {
      const o = objective('o', { keyResults: [keyResult('k', { lastCheckInAt: null, title: 'Ship the checklist' })] });
      if (activeSince === undefined) delete o.activeSince;
      else o.activeSince = activeSince;
      return suggestTalkingPoints([o], { asOf });
    };
    expect(never('2026-04-01')).toEqual([
      {
        kind: 'stale',
        objectiveId: 'o',
        keyResultId: 'k',
        title: 'Ship the checklist',
        daysSinceCheckIn: null,
        text: '“Ship the checklist” has never been checked in',
      },
    ]);
    expect(never('2026-05-01')).toEqual([]);
    expect(never(null)).toEqual([]);
    expect(never(undefined)).toEqual([]);
  });

  it('gives each key result one suggestion at most, and does not repeat it for its objective', () => {
    const suggestions = suggestTalkingPoints(
      [
        objective('o', {
          status: 'off-track',
          progress: 0.2,
          expected: 0.5,
          keyResults: [
            keyResult('k1', { status: 'off-track', lastCheckInAt: '2026-03-01' }),
            keyResult('k2', { status: 'off-track', lastCheckInAt: '2026-03-01' }),
          ],
        }),
      ],
      { asOf },
    );
    expect(suggestions.map((s) => [s.kind, s.keyResultId])).toEqual([
      ['off-track', undefined],
      ['stale', 'k1'],
      ['stale', 'k2'],
    ]);
    const perKeyResult = new Map<string, number>();
    for (const s of suggestions as TalkingPointSuggestion[])
      if (s.keyResultId !== undefined) perKeyResult.set(s.keyResultId, (perKeyResult.get(s.keyResultId) ?? 0) + 1);
    expect([...perKeyResult.values()].every((n) => n === 1)).toBe(true);
  });

  it('judges only active objectives on their numbers, and neither achieved nor not-started key results', () => {
    const old = '2026-01-01';
    expect(
      suggestTalkingPoints(
        [
          objective('closed', {
            state: 'closed',
            status: 'off-track',
            keyResults: [keyResult('a', { lastCheckInAt: old })],
          }),
          objective('proposed', { state: 'proposed', status: 'at-risk' }),
          objective('sent-back-then-active', { returned: { comment: 'ok now', at: old } }),
          objective('active', {
            keyResults: [
              keyResult('done', { status: 'achieved', lastCheckInAt: old }),
              keyResult('later', { status: 'not-started', lastCheckInAt: null }),
            ],
          }),
        ],
        { asOf },
      ),
    ).toEqual([]);
  });

  it('words a returned draft without a comment', () => {
    expect(
      suggestTalkingPoints([objective('d', { state: 'draft', returned: { comment: ' ', at: '2026-05-01' } })], {
        asOf,
      }),
    ).toMatchObject([{ kind: 'returned', comment: '', text: '“Objective d” was returned for changes' }]);
  });

  it('says what is wrong with its input', () => {
    expect(() => suggestTalkingPoints([], { asOf: '2026-5-15' })).toThrow(
      'asOf must be a YYYY-MM-DD date (got "2026-5-15")',
    );
    expect(() => suggestTalkingPoints([], { asOf, staleAfterDays: -1 })).toThrow(
      'staleAfterDays must be a number of days of at least 0 (got -1)',
    );
    expect(() =>
      suggestTalkingPoints([objective('o', { keyResults: [keyResult('k', { lastCheckInAt: 'last week' })] })], {
        asOf,
      }),
    ).toThrow(
      'objectives[0].keyResults[0].lastCheckInAt must be a YYYY-MM-DD date or an ISO timestamp (got "last week")',
    );
    expect(() => suggestTalkingPoints([objective('o', { activeSince: '2026-02-30' })], { asOf })).toThrow(
      'objectives[0].activeSince must be a YYYY-MM-DD date',
    );
  });
});
