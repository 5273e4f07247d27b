import { describe, expect, it } from 'vitest';
import { flaggedKeyResults, GOOD_KR, lintWith, objective } from './lintHelpers.js';

describe('structure/objective-has-metric', () => {
  const rule = 'structure/objective-has-metric';
  const flagged = (titles: string[]) => titles.filter((title) => lintWith(rule, [objective({ title })]).length > 0);

  it('flags numbers, percentages and multipliers in objective titles (English and German)', () => {
    const titles = [
      'Grow revenue by 30% in Q3',
      'Reach 10,000 paying customers',
      'Double our enterprise pipeline',
      'Umsatz im Mittelstand verdoppeln',
      'Kundenzufriedenheit auf 4,5 Sterne heben',
      'Sign 2000 customers in Q3',
    ];
    expect(flagged(titles)).toEqual(titles);
  });

  it('leaves years, quarter labels and names such as B2B alone', () => {
    expect(
      flagged([
        'Become the B2B analytics leader in 2026',
        'Make Q3 the quarter of reliability',
        'Bis 2027 Marktführer in der DACH-Region werden',
        'Offer 24/7 support that customers love',
      ]),
    ).toEqual([]);
  });
});

describe('structure/key-result-is-task', () => {
  const rule = 'structure/key-result-is-task';

  it('flags boolean and milestone key results phrased as activities (English and German)', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Launch the new pricing page', type: 'boolean' },
        { title: 'Set up a customer advisory board', type: 'boolean' },
        { title: 'Migrate billing to Stripe', type: 'milestones', milestones: [{ title: 'Plan' }] },
        { title: 'Neue Preisseite einführen', type: 'boolean' },
        { title: 'Einführung des Partnerprogramms', type: 'boolean' },
      ]),
    ).toEqual(['kr1', 'kr2', 'kr3', 'kr4', 'kr5']);
  });

  it('leaves outcomes and numeric key results alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Onboarding checklist shipped to all plans', type: 'boolean' },
        { title: 'SOC 2 report issued without major findings', type: 'boolean' },
        { title: 'Write 10 customer case studies', type: 'at-least', target: 10 },
        { title: 'Partnerprogramm mit 5 aktiven Partnern', type: 'boolean' },
      ]),
    ).toEqual([]);
  });

  it('tells people to describe the outcome, in English and German', () => {
    const keyResults = [{ id: 'kr1', title: 'Launch the new pricing page', type: 'boolean' }];
    expect(lintWith(rule, [objective({ keyResults })])[0]?.message).toBe(
      'The key result is phrased as an activity ("launch"): describe the outcome, not the work.',
    );
    expect(lintWith(rule, [objective({ keyResults })], { locale: 'de' })[0]?.message).toBe(
      'Das Schlüsselergebnis ist als Tätigkeit formuliert („launch“): Beschreiben Sie das Ergebnis, nicht die Arbeit.',
    );
  });
});

describe('structure/too-few-key-results', () => {
  const rule = 'structure/too-few-key-results';

  it('flags fewer than 2 key results on an objective that rolls up key results', () => {
    expect(lintWith(rule, [objective()]).map((message) => message.data)).toEqual([{ count: 1, min: 2 }]);
    expect(lintWith(rule, [objective({ keyResults: [], rollup: 'key-results' })])).toHaveLength(1);
  });

  it('leaves objectives rolling up children, and those with 2 key results, alone', () => {
    expect(lintWith(rule, [objective({ keyResults: [], rollup: 'children' })])).toEqual([]);
    expect(lintWith(rule, [objective({ keyResults: [GOOD_KR, { ...GOOD_KR, id: 'kr2', title: 'Other' }] })])).toEqual(
      [],
    );
  });
});

describe('structure/duplicate-key-result', () => {
  const rule = 'structure/duplicate-key-result';

  it('flags a key result repeating an earlier one after normalising case, spacing and punctuation', () => {
    const messages = lintWith(rule, [
      objective({
        keyResults: [
          { ...GOOD_KR, title: 'Raise NPS to 50' },
          { ...GOOD_KR, id: 'kr2', title: 'raise  NPS to 50.' },
          { ...GOOD_KR, id: 'kr3', title: 'Raise NPS to 60' },
        ],
      }),
    ]);
    expect(messages.map((message) => [message.keyResultId, message.data])).toEqual([['kr2', { other: 'kr1' }]]);
  });

  it('leaves different titles, and the same title in two objectives, alone', () => {
    expect(lintWith(rule, [objective(), objective({ id: 'o2', keyResults: [{ ...GOOD_KR, id: 'kr9' }] })])).toEqual([]);
  });
});

describe('structure/all-weights-zero', () => {
  const rule = 'structure/all-weights-zero';

  it('flags an objective whose key results all weigh 0', () => {
    expect(
      lintWith(rule, [
        objective({
          keyResults: [
            { ...GOOD_KR, weight: 0 },
            { ...GOOD_KR, id: 'kr2', weight: 0 },
          ],
        }),
      ]),
    ).toHaveLength(1);
  });

  it('leaves an objective with one weighted key result alone', () => {
    expect(
      lintWith(rule, [
        objective({
          keyResults: [
            { ...GOOD_KR, weight: 0 },
            { ...GOOD_KR, id: 'kr2' },
          ],
        }),
      ]),
    ).toEqual([]);
  });
});
