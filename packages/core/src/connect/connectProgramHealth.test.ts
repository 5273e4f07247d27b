import { describe, expect, it } from 'vitest';
import '../i18n/de/index.js';
import { connectProgramHealth, type ProgramHealthData } from './connectProgramHealth.js';

const health = (overrides: Partial<ProgramHealthData> = {}): ProgramHealthData => ({
  cycleId: 'q1',
  asOf: '2026-02-15',
  checkIns: {
    hidden: false,
    activeKeyResults: 20,
    checkedIn: 15,
    rate: 0.75,
    medianDaysSinceLastCheckIn: 3.5,
    dueWindows: 40,
    onTimeWindows: 30,
    onTimeRate: 0.75,
  },
  alignment: { hidden: false, objectives: 10, aligned: 8, coverage: 0.8, orphans: ['o7', 'o9'] },
  quality: [
    {
      cycleId: 'q1',
      cycleName: 'Q1 2026',
      quality: {
        hidden: false,
        objectives: 10,
        meanSmartScore: 71.6,
        approved: 8,
        approvedWithoutErrors: 6,
        approvedWithoutErrorsShare: 0.75,
      },
    },
  ],
  outcomes: {
    hidden: false,
    closed: true,
    objectives: 10,
    objectivesAchieved: 4,
    objectivesAchievedShare: 0.4,
    keyResults: 20,
    keyResultsByBand: { green: 9, yellow: 7, red: 4 },
  },
  trend: [
    {
      cycleId: 'q4',
      cycleName: 'Q4 2025',
      checkInRate: 0.6,
      alignmentCoverage: null,
      meanSmartScore: 64.2,
      objectivesAchievedShare: 0.3,
    },
    {
      cycleId: 'q1',
      cycleName: 'Q1 2026',
      checkInRate: 0.75,
      alignmentCoverage: 0.8,
      meanSmartScore: 71.6,
      objectivesAchievedShare: 0.4,
    },
  ],
  ...overrides,
});
const hidden = { hidden: true as const, reason: 'counts 3 people; …', groupSize: 3, k: 5 };

describe('connectProgramHealth', () => {
  it('writes each figure in words, with what it counts', () => {
    const view = connectProgramHealth({ health: health(), objectives: [{ id: 'o7', title: 'Run a hack week' }] });
    expect(view.headingText).toBe('Program health: Q1 2026');
    expect(view.asOfText).toBe('As of Feb 15, 2026');
    expect(view.isEmpty).toBe(false);
    expect(view.sections.map((s) => s.headingText)).toEqual(['Check-ins', 'Alignment', 'Goal quality', 'Outcomes']);
    const [checkIns, alignment, quality, outcomes] = view.sections;
    expect(checkIns?.metrics.map((m) => [m.labelText, m.valueText, m.detailText])).toEqual([
      ['Check-in rate', '75%', '15 of 20 active key results checked in within their cadence'],
      ['Median time since the last check-in', '3.5 days', undefined],
      ['On time', '75%', '30 of 40 check-ins due were on time'],
    ]);
    expect(alignment?.metrics.map((m) => m.valueText)).toEqual(['80%', '2']);
    expect(alignment?.orphans?.items).toEqual(['Run a hack week', 'Objective o9']);
    expect(quality?.metrics.map((m) => m.valueText)).toEqual(['72 of 100', '75%']);
    expect(outcomes?.metrics[0]?.detailText).toBe('4 of 10');
    expect(outcomes?.noteText).toBeUndefined();
    expect(outcomes?.bands?.items.map((b) => `${b.countText} ${b.labelText}`)).toEqual([
      '9 green (0.7 or more)',
      '7 yellow (0.4 to 0.6)',
      '4 red (below 0.4)',
    ]);
    expect(outcomes?.bands?.items[0]?.item['data-band']).toBe('green');
    expect(view.trend?.headers).toEqual(['Cycle', 'Check-in rate', 'Alignment', 'SMART score', 'Achieved']);
    expect(view.trend?.rows.map((r) => r.cells)).toEqual([
      ['Q4 2025', '60%', 'hidden', '64', '30%'],
      ['Q1 2026', '75%', '80%', '72', '40%'],
    ]);
    expect(view.trend?.rows[1]?.row['aria-current']).toBe('true');
    expect(checkIns?.section['aria-labelledby']).toBe(checkIns?.heading.id);
  });

  it('shows why a hidden aggregate is hidden, never zeros', () => {
    const view = connectProgramHealth({
      health: health({
        checkIns: hidden,
        outcomes: hidden,
        quality: [{ cycleId: 'q1', cycleName: 'Q1', quality: hidden }],
      }),
    });
    const checkIns = view.sections[0];
    expect(checkIns?.hiddenText).toBe('Hidden: counts 3 people; figures are shown for groups of 5 or more');
    expect(checkIns?.metrics).toEqual([]);
    expect(checkIns?.section['data-hidden']).toBe('true');
    expect(view.sections[3]?.bands).toBeUndefined();
    expect(view.sections[1]?.hiddenText).toBeUndefined();
    expect(view.isEmpty).toBe(false);
  });

  it('says a running cycle shows standings, missing figures as words, and an empty scope as empty', () => {
    const running = connectProgramHealth({
      health: health({
        outcomes: {
          hidden: false,
          closed: false,
          objectives: 0,
          objectivesAchieved: 0,
          objectivesAchievedShare: null,
          keyResults: 0,
          keyResultsByBand: { green: 0, yellow: 0, red: 0 },
        },
      }),
    });
    expect(running.sections[3]?.noteText).toMatch(/still running/);
    expect(running.sections[3]?.metrics[0]?.valueText).toBe('no data');
    const empty = connectProgramHealth({ health: { cycleId: 'q1', asOf: '2026-02-15' } });
    expect(empty.isEmpty).toBe(true);
    expect(empty.emptyText).toBe('No goals in this cycle and scope yet.');
    expect(empty.headingText).toBe('Program health');
    expect(empty.trend).toBeUndefined();
  });

  it('speaks German', () => {
    const view = connectProgramHealth({ health: health({ checkIns: hidden }), locale: 'de' });
    expect(view.headingText).toBe('Zustand des Programms: Q1 2026');
    expect(view.sections[0]?.hiddenText).toBe('Verborgen: zählt 3 Personen; Zahlen gibt es für Gruppen ab 5');
    expect(view.sections[1]?.metrics[0]?.valueText).toBe('80\u00a0%');
  });
});
