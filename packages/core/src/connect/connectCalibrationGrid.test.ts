import { describe, expect, it } from 'vitest';
import '../i18n/de/index.js';
import {
  type CalibrationGridData,
  type CalibrationGridState,
  type CalibrationPersonData,
  initCalibrationGrid,
} from './calibrationGridController.js';
import { connectCalibrationGrid } from './connectCalibrationGrid.js';

const person = (
  personId: string,
  name: string,
  finalScore: number | null,
  placement: CalibrationPersonData['placement'],
  extra: Partial<CalibrationPersonData> = {},
): CalibrationPersonData => ({ personId, name, finalScore, computed: placement, placement, adjustments: [], ...extra });

const grid = (editable = true): CalibrationGridData => ({
  cycleId: 'c1',
  stage: editable ? 'calibrating' : 'sharing',
  editable,
  people: [
    person('ana', 'Ana', 0.86, { potential: 'high', performance: 'high' }),
    person(
      'ben',
      'Ben',
      0.42,
      { potential: 'low', performance: 'moderate' },
      {
        computed: { potential: 'moderate', performance: 'moderate' },
        adjustments: [
          {
            from: { potential: 'moderate', performance: 'moderate' },
            to: { potential: 'low', performance: 'moderate' },
            reason: 'Wants to stay in role',
            actorName: 'Dana',
            at: '2026-03-20T10:00:00Z',
          },
        ],
      },
    ),
    person('max', 'Max', null, null, { computed: null }),
  ],
});

describe('connectCalibrationGrid', () => {
  it('lays out potential high to low by performance low to high, each box named by its two levels', () => {
    const view = connectCalibrationGrid({ calibration: grid() });
    expect(view.rows.map((r) => r.key)).toEqual(['high', 'moderate', 'low']);
    expect(view.columns.map((c) => c.text)).toEqual(['Low', 'Moderate', 'High']);
    expect(view.rows[0]?.boxes.map((b) => b.labelText)).toEqual([
      'High potential, low performance',
      'High potential, moderate performance',
      'High potential, high performance',
    ]);
    const star = view.rows[0]?.boxes[2];
    expect(star?.countText).toBe('1 person');
    expect(star?.box).toMatchObject({ role: 'group', 'aria-labelledby': 'gk-calibration-grid-box-high-high' });
    expect(star?.people.map((p) => [p.name, p.scoreText, p.movable])).toEqual([['Ana', 'final score 0.86', true]]);
    expect(star?.people[0]?.chip).toMatchObject({
      type: 'button',
      id: 'gk-calibration-grid-person-ana',
      draggable: 'true',
    });
    expect(view.grid).toMatchObject({ role: 'group', 'aria-label': 'Nine-box grid: potential against performance' });
  });

  it('marks people calibration moved, with the last move in words', () => {
    const ben = connectCalibrationGrid({ calibration: grid() }).rows[2]?.boxes[1]?.people[0];
    expect(ben?.adjustedText).toBe('moved');
    expect(ben?.movedText).toBe('Moved from Moderate potential, moderate performance by Dana: Wants to stay in role');
    expect(ben?.chip['aria-describedby']).toBe('gk-calibration-grid-note-ben');
  });

  it('lists people without a placement apart, not movable', () => {
    const view = connectCalibrationGrid({ calibration: grid() });
    expect(view.unplaced?.headingText).toBe('Not placed: no manager review yet');
    expect(view.unplaced?.people.map((p) => [p.name, p.scoreText, p.movable, p.chip.type])).toEqual([
      ['Max', 'no final score yet', false, undefined],
    ]);
  });

  it('has the table alternative: person, score, computed box, placement, last adjustment', () => {
    const { table } = connectCalibrationGrid({ calibration: grid() });
    expect(table.headers).toEqual(['Person', 'Final score', 'Computed box', 'Placement', 'Last adjustment']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Ana', '0.86', 'High potential, high performance', 'High potential, high performance', 'None'],
      [
        'Ben',
        '0.42',
        'Moderate potential, moderate performance',
        'Low potential, moderate performance',
        'Moved from Moderate potential, moderate performance by Dana: Wants to stay in role',
      ],
      ['Max', '—', 'Not computed', 'Not placed', 'None'],
    ]);
  });

  it('says why a grid is read-only, and nobody can be picked up', () => {
    const view = connectCalibrationGrid({ calibration: grid(false) });
    expect(view.hintText).toBe('Read-only: the cycle has been shared; people are moved while it is calibrating.');
    expect(view.rows.flatMap((r) => r.boxes.flatMap((b) => b.people)).some((p) => p.movable)).toBe(false);
  });

  it('shows a move: the target box, "Move here" elsewhere, then the dialog with from and to', () => {
    const from = { potential: 'high', performance: 'high' } as const;
    const choosing: CalibrationGridState = {
      ...initCalibrationGrid(),
      move: {
        personId: 'ana',
        name: 'Ana',
        from,
        to: { potential: 'moderate', performance: 'high' },
        step: 'choosing',
      },
      announcement: { kind: 'target', name: 'Ana', box: { potential: 'moderate', performance: 'high' } },
    };
    const view = connectCalibrationGrid({ calibration: grid(), state: choosing });
    const move = choosing.move;
    if (!move) throw new Error('a move');
    expect(view.announcementText).toBe('Ana to Moderate potential, high performance');
    expect(view.rows[1]?.boxes[2]?.isTarget).toBe(true);
    expect(view.rows[0]?.boxes[2]?.moveHere).toBeUndefined();
    expect(view.rows[2]?.boxes[0]?.moveHere?.button['aria-label']).toBe('Move here: Low potential, low performance');
    expect(view.cancelMove?.text).toBe('Cancel');

    const reason = connectCalibrationGrid({
      calibration: grid(),
      state: { ...choosing, move: { ...move, step: 'reason' }, reasonMissing: true },
    });
    expect(reason.dialog?.titleText).toBe('Move Ana');
    expect(reason.dialog?.fromToText).toBe(
      'From High potential, high performance to Moderate potential, high performance',
    );
    expect(reason.dialog?.root).toMatchObject({ role: 'dialog', 'aria-modal': 'true' });
    expect(reason.dialog?.errorText).toBe('Write a reason: a move needs one.');
    expect(reason.dialog?.reasonInput['aria-invalid']).toBe('true');
    expect(reason.body.inert).toBe(true);
  });

  it('shows a saving person in the new box, and a failed one back where they were with the reason', () => {
    const from = { potential: 'high', performance: 'high' } as const;
    const to = { potential: 'low', performance: 'low' } as const;
    const saving = connectCalibrationGrid({
      calibration: grid(),
      state: { ...initCalibrationGrid(), move: { personId: 'ana', name: 'Ana', from, to, step: 'saving' } },
    });
    expect(saving.rows[2]?.boxes[0]?.people[0]).toMatchObject({ name: 'Ana', pendingText: 'Saving…' });
    expect(saving.rows[0]?.boxes[2]?.people).toEqual([]);

    const failed = connectCalibrationGrid({
      calibration: grid(),
      state: { ...initCalibrationGrid(), failure: { personId: 'ana', name: 'Ana', box: from, message: 'Refused' } },
    });
    expect(failed.failureText).toBe('Ana could not be moved and stays in High potential, high performance: Refused');
    expect(failed.rows[0]?.boxes[2]?.people[0]?.failedText).toBe(failed.failureText);
  });

  it('speaks German', () => {
    const view = connectCalibrationGrid({ calibration: grid(false), locale: 'de' });
    expect(view.rows[0]?.boxes[0]?.labelText).toBe('Hohes Potenzial, niedrige Leistung');
    expect(view.hintText).toBe('Nur lesen: Der Zyklus ist geteilt; verschoben wird, während er kalibriert wird.');
    expect(view.rows[0]?.boxes[2]?.people[0]?.scoreText).toBe('Endergebnis 0,86');
  });

  it('is empty without people', () => {
    expect(connectCalibrationGrid({ calibration: { ...grid(), people: [] } }).isEmpty).toBe(true);
  });
});
