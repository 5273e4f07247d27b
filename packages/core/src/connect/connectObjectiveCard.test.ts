import { describe, expect, it } from 'vitest';
import { objective } from './__tests__/widgetFixtures.js';
import { connectObjectiveCard, explainFromKeyResults } from './connectObjectiveCard.js';

describe('connectObjectiveCard', () => {
  it('explains a key-result roll-up as weight share × progress', () => {
    const explanation = explainFromKeyResults(objective());
    expect(explanation.items.map((i) => Number(i.share.toFixed(3)))).toEqual([0.667, 0.333]);
    const view = connectObjectiveCard({ objective: objective(), explaining: true });
    expect(view.explanation.map((l) => l.text)).toEqual([
      'Raise week-1 activation from 20% to 35%: 47% × 67% weight = 31%',
      'Cut time to first value to 2 days: 20% × 33% weight = 7%',
    ]);
    expect(view.explanationHeading).toBe('Why the progress is 47%');
  });

  it('shares weights too large to add up as it shares small ones', () => {
    const base = objective();
    const huge = { ...base, keyResults: base.keyResults.map((kr) => ({ ...kr, weight: 1e308 })) };
    expect(explainFromKeyResults(huge).items.map((i) => i.share)).toEqual([0.5, 0.5]);
  });

  it('shows the core explanation when given one, nested and with uncounted items', () => {
    const view = connectObjectiveCard({
      objective: objective(),
      explanation: {
        id: 'o1',
        title: 'x',
        progress: 0.5,
        lines: [],
        items: [
          {
            kind: 'objective',
            id: 'o2',
            title: 'Child',
            progress: 0.5,
            weight: 1,
            share: 1,
            contribution: 0.5,
            counted: true,
            items: [
              {
                kind: 'key-result',
                id: 'k',
                title: 'Grandchild',
                progress: 0.5,
                weight: 1,
                share: 1,
                contribution: 0.5,
                counted: true,
                items: [],
              },
            ],
          },
          {
            kind: 'objective',
            id: 'o3',
            title: 'Supporter',
            progress: 0.9,
            weight: 1,
            share: 0,
            contribution: 0,
            counted: false,
            items: [],
          },
        ],
      },
    });
    expect(view.explanation.map((l) => [l.depth, l.text])).toEqual([
      [0, 'Child: 50% × 100% weight = 50%'],
      [1, 'Grandchild: 50% × 100% weight = 50%'],
      [0, 'Supporter: 90%, shown but not counted'],
    ]);
  });

  it('wires the disclosure buttons to their panels', () => {
    const collapsed = connectObjectiveCard({ objective: objective(), idBase: 'c' });
    expect(collapsed.toggle).toMatchObject({ 'aria-expanded': 'false', 'aria-controls': 'c-key-results' });
    expect(collapsed.keyResultList).toMatchObject({ id: 'c-key-results', hidden: true });
    expect(collapsed.toggleText).toBe('Show 2 key results');
    const expanded = connectObjectiveCard({ objective: objective(), expanded: true, idBase: 'c' });
    expect(expanded.toggle['aria-expanded']).toBe('true');
    expect('hidden' in expanded.keyResultList).toBe(false);
  });

  it('names its buttons and its meter by the objective, keeping the visible words first, in German too', () => {
    const title = 'Make onboarding effortless for new customers';
    const card = connectObjectiveCard({ objective: objective() });
    expect(card.toggle['aria-label']).toBe(`Show 2 key results of ${title}`);
    expect(card.explainToggle['aria-label']).toBe(`Explain progress of ${title}`);
    expect(card.progress.label).toBe(`${title} progress`);
    const open = connectObjectiveCard({ objective: objective(), expanded: true, explaining: true });
    expect(open.toggle['aria-label']).toBe(`Hide key results of ${title}`);
    expect(open.explainToggle['aria-label']).toBe(`Hide explanation of ${title}`);
    // A group, not a landmark: a page of cards must not fill up with regions of the same name.
    expect(open.explanationPanel.role).toBe('group');
    const german = connectObjectiveCard({ objective: objective(), locale: 'de' });
    expect(german.toggle['aria-label']).toBe(`2 Schlüsselergebnisse anzeigen: ${title}`);
    expect(german.explainToggle['aria-label']).toBe(`Fortschritt erklären: ${title}`);
    expect(german.progress.label).toBe(`Fortschritt von ${title}`);
  });

  it('lists owner, cycle, alignment and SMART score, by name when known', () => {
    const view = connectObjectiveCard({
      objective: objective(),
      ownerName: 'Growth team',
      cycleName: 'Q1 2026',
      parentTitle: 'Win the SMB market',
      smartScore: 72.4,
    });
    expect(view.facts).toEqual([
      { label: 'Owner', value: 'Growth team' },
      { label: 'Cycle', value: 'Q1 2026' },
      { label: 'Aligns to', value: 'Win the SMB market' },
      { label: 'SMART', value: 'SMART score 72 of 100' },
    ]);
    expect(connectObjectiveCard({ objective: objective({ parentId: null }) }).facts.map((f) => f.label)).toEqual([
      'Owner',
      'Cycle',
    ]);
  });
});

describe('objective card: private goals and the owner’s own status', () => {
  it('shows a private badge and the owner’s status beside the computed one', () => {
    const view = connectObjectiveCard({
      objective: objective({
        visibility: 'private',
        manualStatus: { status: 'at-risk', note: 'The vendor slipped', setByName: 'Ana', at: '2026-02-10T09:00:00Z' },
      }),
    });
    expect(view.privateText).toBe('Private');
    expect(view.statusText).toBe('on track');
    expect(view.manualStatusText).toBe('Owner says: at risk (The vendor slipped)');
    expect(view.manualStatus['data-status']).toBe('at-risk');
    expect(connectObjectiveCard({ objective: objective(), locale: 'de' }).privateText).toBeUndefined();
  });
});
