import { describe, expect, it } from 'vitest';
import '../i18n/de/index.js';
import { keyResult, objective } from './__tests__/widgetFixtures.js';
import { connectDigest, type DigestData } from './connectDigest.js';

const week = (overrides: Partial<DigestData> = {}): DigestData => ({
  ownerId: 'growth',
  ownerIds: ['growth', 'ana', 'bo'],
  from: '2026-03-09',
  to: '2026-03-15',
  objectives: 3,
  checkIns: [
    { objectiveId: 'o1', keyResultId: 'kr1', at: '2026-03-10T09:00:00Z', value: 27.5, confidence: 0.8 },
    { objectiveId: 'o1', keyResultId: 'kr2', at: '2026-03-11', value: 3, confidence: null },
    { objectiveId: 'o2', keyResultId: 'kr3', at: '2026-03-12T23:30:00Z', value: true, confidence: 0.2 },
  ],
  statusChanges: [
    { objectiveId: 'o1', from: 'on-track', to: 'at-risk' },
    { objectiveId: 'o9', from: 'at-risk', to: 'off-track' },
  ],
  newRisks: [{ objectiveId: 'o1', keyResultId: 'kr2', from: 'on-track', to: 'at-risk' }],
  kudos: [
    { objectiveId: 'o1', kind: 'kudos', authorId: 'ana', at: '2026-03-12T10:00:00Z', body: '<b>Great</b> week!' },
    { objectiveId: 'o9', kind: 'kudos', authorId: 'zed', at: '2026-03-13', body: 'Thanks' },
  ],
  quiet: [{ objectiveId: 'o9', keyResultId: 'kr9' }],
  ...overrides,
});
const objectives = [
  objective(),
  objective({
    id: 'o2',
    title: 'Launch in Germany',
    keyResults: [keyResult({ id: 'kr3', objectiveId: 'o2', title: 'German guide live', type: 'boolean' })],
  }),
];
const owners = [
  { id: 'growth', name: 'Growth team' },
  { id: 'ana', name: 'Ana Lopez' },
];

describe('digest', () => {
  it('says whose week and which days, how many goals, and the figures', () => {
    const view = connectDigest({ digest: week(), objectives, owners, idBase: 'd' });
    expect(view.headingText).toMatch(/^The week in Growth team’s goals, Mar 9\s–\s15, 2026$/);
    expect(view.scopeText).toBe('3 objectives, including 2 teams and people below');
    expect(view.figures.map((f) => `${f.valueText} ${f.labelText}`)).toEqual([
      '2 status changes',
      '1 new risk',
      '3 check-ins',
      '2 kudos',
      '1 key result without a check-in',
    ]);
    expect(view.summary['aria-label']).toBe('This week in numbers');
    expect(view.root['aria-labelledby']).toBe(view.heading.id);
    expect(view.isQuiet).toBe(false);
  });

  it('lists each kind of change under a labelled heading, statuses in words', () => {
    const view = connectDigest({ digest: week(), objectives, owners, idBase: 'd' });
    expect(view.sections.map((s) => s.headingText)).toEqual([
      'Status changes',
      'New risks',
      'Check-ins',
      'Kudos',
      'No check-in yet',
    ]);
    for (const section of view.sections) expect(section.section['aria-labelledby']).toBe(section.heading.id);
    const [changes, risks, checkIns, kudos, quiet] = view.sections;
    const [first, unknown] = changes?.items ?? [];
    expect(first?.titleText).toBe('Make onboarding effortless for new customers');
    expect(first?.change?.from.text).toBe('on track');
    expect(first?.change?.to.text).toBe('at risk');
    expect(first?.change?.to.badge['data-status']).toBe('at-risk');
    expect(
      `${first?.change?.wasText} ${first?.change?.from.text} ${first?.change?.nowText} ${first?.change?.to.text}`,
    ).toBe('was on track now at risk');
    expect(unknown?.titleText).toBe('An objective');
    expect(risks?.items[0]?.titleText).toBe('Cut time to first value to 2 days');
    expect(risks?.items[0]?.objectiveText).toBe('For “Make onboarding effortless for new customers”');
    expect(checkIns?.items.map((i) => [i.titleText, i.detailText, i.timeText])).toEqual([
      ['Raise week-1 activation from 20% to 35%', '27.5\u00a0%, high confidence', 'Tue, Mar 10'],
      ['Cut time to first value to 2 days', '3\u00a0days, no confidence given', 'Wed, Mar 11'],
      ['German guide live', 'Done, low confidence', 'Thu, Mar 12'],
    ]);
    expect(checkIns?.items[0]?.dateTime).toBe('2026-03-10T09:00:00Z');
    expect(kudos?.items.map((i) => [i.titleText, i.objectiveText, i.bodyText])).toEqual([
      ['Kudos from Ana Lopez', 'For “Make onboarding effortless for new customers”', '<b>Great</b> week!'],
      ['Kudos from Someone', undefined, 'Thanks'],
    ]);
    expect(quiet?.items[0]?.titleText).toBe('A key result');
    expect(quiet?.items[0]?.objectiveText).toBeUndefined();
  });

  it('writes times in the viewer’s zone, and a bare day as that day', () => {
    const view = connectDigest({ digest: week(), objectives, timeZone: 'Europe/Berlin' });
    expect(view.sections[2]?.items.map((i) => i.timeText)).toEqual(['Tue, Mar 10', 'Wed, Mar 11', 'Fri, Mar 13']);
  });

  it('says a quiet week is quiet, leaves empty sections out, and has a heading without a known name', () => {
    const view = connectDigest({
      digest: week({ ownerIds: ['growth'], checkIns: [], statusChanges: [], newRisks: [], kudos: [], objectives: 1 }),
      objectives,
    });
    expect(view.isQuiet).toBe(true);
    expect(view.emptyText).toBe('A quiet week: nothing changed.');
    expect(view.headingText).toMatch(/^The week in goals, Mar 9\s–\s15, 2026$/);
    expect(view.scopeText).toBe('1 objective');
    expect(view.sections.map((s) => s.key)).toEqual(['quiet']);
    expect(view.figures[0]?.figure['data-empty']).toBe('true');
  });

  it('speaks German', () => {
    const view = connectDigest({ digest: week(), objectives, owners, locale: 'de' });
    expect(view.headingText).toBe('Die Woche in den Zielen von Growth team, 9.–15. März 2026');
    expect(view.figures.map((f) => `${f.valueText} ${f.labelText}`)).toContain('1 neues Risiko');
    expect(view.sections[0]?.items[0]?.change?.to.text).toBe('gefährdet');
    expect(view.sections[2]?.items[0]?.detailText).toBe('27,5\u00a0%, Zuversicht hoch');
  });
});
