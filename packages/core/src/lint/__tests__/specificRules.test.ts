import { describe, expect, it } from 'vitest';
import { flaggedKeyResults, lintWith, objective } from './lintHelpers.js';

const numeric = { type: 'at-least', target: 40, unit: 'points' };

describe('specific/vague-wording', () => {
  const rule = 'specific/vague-wording';

  it('flags English key results built on vague words without a number', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Improve the onboarding experience', ...numeric },
        { title: 'Optimize various support processes', ...numeric },
        { title: 'Provide world-class documentation as needed', ...numeric },
        { title: 'Enhanced reporting for some customers', ...numeric },
      ]),
    ).toEqual(['kr1', 'kr2', 'kr3', 'kr4']);
  });

  it('flags German key results built on vague words without a number', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Onboarding für Neukunden verbessern', ...numeric },
        { title: 'Verschiedene Supportprozesse optimieren', ...numeric },
        { title: 'Dokumentation bei Bedarf aktualisieren', ...numeric },
      ]),
    ).toEqual(['kr1', 'kr2', 'kr3']);
  });

  it('leaves vague words alone when the title carries a number', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Improve week-1 activation from 20% to 35%', ...numeric },
        { title: 'Conversion von 2,1 % auf 3 % verbessern', ...numeric },
        { title: 'Optimize checkout to under 3 steps', ...numeric },
      ]),
    ).toEqual([]);
  });

  it('leaves specific titles without vague words alone', () => {
    expect(
      flaggedKeyResults(rule, [
        { title: 'Raise week-1 activation from 20% to 35%', ...numeric },
        { title: 'Reach a net promoter score of at least 40', ...numeric },
        { title: 'Kündigungsquote unter zwei Prozent halten', ...numeric },
      ]),
    ).toEqual([]);
  });

  it('suggests the rewrite from the key result’s own numbers, in English and German', () => {
    const keyResult = { id: 'kr1', title: 'Improve activation', type: 'increase', start: 20, target: 35, unit: '%' };
    const [en] = lintWith(rule, [objective({ keyResults: [keyResult] })]);
    expect(en?.message).toBe('The key result is built on the vague word "improve" and has no number.');
    expect(en?.suggestion).toContain('from 20 to 35 %');
    const [de] = lintWith(rule, [objective({ keyResults: [keyResult] })], { locale: 'de' });
    expect(de?.message).toBe('Das Schlüsselergebnis beruht auf dem vagen Wort „improve“ und enthält keine Zahl.');
    expect(de?.suggestion).toContain('von 20 auf 35 %');
    expect(en?.path).toBe('objectives[0].keyResults[0]');
    expect(en?.field).toBe('title');
  });
});

describe('specific/too-short', () => {
  const rule = 'specific/too-short';

  it('flags objective and key result titles of fewer than 3 words', () => {
    const messages = lintWith(rule, [
      objective({ title: 'Hiring', keyResults: [{ id: 'kr1', title: 'More revenue', ...numeric }] }),
    ]);
    expect(messages.map((message) => [message.path, message.data])).toEqual([
      ['objectives[0]', { count: 1, min: 3 }],
      ['objectives[0].keyResults[0]', { count: 2, min: 3 }],
    ]);
    expect(messages[0]?.message).toBe('The objective title has 1 word; a goal needs at least 3.');
  });

  it('leaves titles of 3 words or more alone, and honours minWords', () => {
    expect(lintWith(rule, [objective({ title: 'Delight enterprise customers' })])).toEqual([]);
    expect(
      lintWith(rule, [objective({ title: 'Delight enterprise customers' })], { entry: ['warn', { minWords: 4 }] }),
    ).toHaveLength(1);
  });

  it('counts German compound words as the single words they are', () => {
    const [message] = lintWith(rule, [objective({ title: 'Kundenzufriedenheitssteigerung' })], { locale: 'de' });
    expect(message?.message).toBe('Der Titel des Ziels hat 1 Wort; ein Ziel braucht mindestens 3.');
  });
});

describe('specific/missing-owner', () => {
  const rule = 'specific/missing-owner';

  it('flags an objective without an owner', () => {
    const messages = lintWith(rule, [objective({ owner: undefined })]);
    expect(messages.map((message) => [message.path, message.field])).toEqual([['objectives[0]', 'owner']]);
  });

  it('leaves an owned objective alone', () => {
    expect(lintWith(rule, [objective()])).toEqual([]);
  });
});
