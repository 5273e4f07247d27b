import { describe, expect, it } from 'vitest';
import '../i18n/de/index.js';
import { type CalibrationData, connectCalibrationChart } from './connectCalibrationChart.js';

const bins = Array.from({ length: 10 }, (_, i) => ({
  lower: i / 10,
  upper: (i + 1) / 10,
  count: i === 2 ? 1 : i === 8 ? 1 : i === 9 ? 1 : 0,
  meanConfidence: i === 2 ? 0.2 : i === 8 ? 0.8 : i === 9 ? 0.9 : null,
  observedRate: i === 9 ? 1 : i === 2 || i === 8 ? 0 : null,
}));
// The worked example: c = (0.9, 0.8, 0.2), o = (1, 0, 0) → BS = 0.23.
const calibration = (): CalibrationData & { hidden: false } => ({
  hidden: false,
  cycles: ['q3', 'q4'],
  keyResults: 4,
  atFractions: [
    { fraction: 0.25, withConfidence: 0, withoutConfidence: 4, calibration: null },
    {
      fraction: 0.5,
      withConfidence: 3,
      withoutConfidence: 1,
      calibration: {
        count: 3,
        brier: 0.23,
        skill: 0.23 / -0.222 + 1,
        overconfidence: 0.6333 - 0.3333,
        meanConfidence: 0.6333,
        observedRate: 0.3333,
        bins,
      },
    },
  ],
});

describe('connectCalibrationChart', () => {
  it('says the scores and over-confidence in words, and lists the non-empty bins as a table', () => {
    const view = connectCalibrationChart({ calibration: calibration() });
    expect(view.fraction).toBe(0.5);
    expect(view.summary.map((s) => s.text)).toEqual([
      '3 closed key results from 2 cycles; 1 without a confidence by then left out',
      'Stated 63%, achieved 33%: over-confident by 30 points',
      'Brier score 0.23 (0 is perfect; always saying 50 % scores 0.25)',
      'Skill score -0.04: worse than always saying the overall rate of 33%',
    ]);
    expect(view.table?.headers).toEqual(['Stated confidence', 'Key results', 'Mean stated', 'Achieved']);
    expect(view.table?.rows.map((r) => r.cells)).toEqual([
      ['20% – 30%', '1', '20%', '0%'],
      ['80% – 90%', '1', '80%', '0%'],
      ['90% – 100%', '1', '90%', '100%'],
    ]);
    expect(view.svg.role).toBe('img');
    expect(view.svg['aria-label']).toMatch(/^Reliability diagram.*over-confident by 30 points/);
  });

  it('computes the geometry: the diagonal, a point per bin at (stated, achieved) sized by count', () => {
    const chart = connectCalibrationChart({ calibration: calibration() }).chart;
    expect(chart?.viewBox).toBe('0 0 240 240');
    const r = (n: number) => Math.round(n * 100) / 100;
    const { x, y, width, height } = chart?.frame ?? { x: 0, y: 0, width: 0, height: 0 };
    expect(chart?.diagonalPath).toBe(`M${x},${y + height}L${x + width},${y}`);
    expect(chart?.points.map((p) => [p.cx, p.cy, p.countText])).toEqual([
      [r(x + 0.2 * width), y + height, '1'],
      [r(x + 0.8 * width), y + height, '1'],
      [r(x + 0.9 * width), y, '1'],
    ]);
    // Equal counts, equal sizes; the top point's count goes below it.
    expect(new Set(chart?.points.map((p) => p.r)).size).toBe(1);
    const top = chart?.points[2];
    expect(top && top.labelY > top.cy).toBe(true);
    expect(chart?.curvePath.startsWith('M')).toBe(true);
    expect(chart?.xTicks.map((t) => t.text)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('offers 25, 50 and 75 % as radio buttons, and says when a fraction has nothing', () => {
    const view = connectCalibrationChart({ calibration: calibration(), fraction: 0.25, idBase: 'c' });
    expect(view.fractions.map((f) => [f.labelText, f.checked])).toEqual([
      ['25% through the cycle', true],
      ['50% through the cycle', false],
      ['75% through the cycle', false],
    ]);
    expect(view.fractions[0]?.input).toMatchObject({ type: 'radio', name: 'c-fraction', id: 'c-fraction-25' });
    expect(view.fractions[0]?.label.for).toBe('c-fraction-25');
    expect(view.isEmpty).toBe(true);
    expect(view.chart).toBeUndefined();
    expect(view.table).toBeUndefined();
  });

  it('calls a small gap well calibrated, a negative one under-confident', () => {
    const at = (overconfidence: number) => {
      const c = calibration();
      const figures = c.atFractions[1]?.calibration;
      if (!figures) throw new Error('fixture');
      return connectCalibrationChart({
        calibration: {
          ...c,
          atFractions: [
            {
              ...c.atFractions[1],
              calibration: { ...figures, meanConfidence: 0.5, observedRate: 0.5 - overconfidence, overconfidence },
            },
          ] as CalibrationData['atFractions'],
        },
      }).summary[1]?.text;
    };
    expect(at(0.02)).toBe('Stated 50%, achieved 48%: well calibrated (2 points apart)');
    expect(at(-0.2)).toBe('Stated 50%, achieved 70%: under-confident by 20 points');
  });

  it('shows why it is hidden, in German too', () => {
    const hidden = { hidden: true as const, reason: '…', groupSize: 1, k: 5 };
    const view = connectCalibrationChart({ calibration: hidden });
    expect(view.hiddenText).toBe('Hidden: counts 1 person; figures are shown for groups of 5 or more');
    expect(view.isEmpty).toBe(false);
    expect(view.chart).toBeUndefined();
    expect(connectCalibrationChart({ calibration: hidden, locale: 'de' }).hiddenText).toBe(
      'Verborgen: zählt 1 Person; Zahlen gibt es für Gruppen ab 5',
    );
    expect(connectCalibrationChart({ calibration: calibration(), locale: 'de' }).summary[1]?.text).toBe(
      'Angegeben 63\u00a0%, erreicht 33\u00a0%: um 30 Punkte zu zuversichtlich',
    );
  });
});
