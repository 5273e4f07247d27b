import { getCalibrationMessages } from '../i18n/calibrationMessages.js';
import { formatNumber } from '../i18n/format.js';
import { formatPercent } from '../i18n/messages.js';
import type { GuardedData } from './connectProgramHealth.js';
import { type AttrBag, part } from './types.js';

/** One bin of the reliability diagram. Structural: the client's `ReliabilityBin` satisfies it. */
export interface ReliabilityBinData {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly meanConfidence: number | null;
  readonly observedRate: number | null;
}

/** The Brier score, its terms and the bins, of the confidence stated at one fraction of the cycles. */
export interface CalibrationFiguresData {
  readonly count: number;
  readonly brier: number;
  readonly skill: number | null;
  readonly overconfidence: number;
  readonly meanConfidence: number;
  readonly observedRate: number;
  readonly bins: readonly ReliabilityBinData[];
}

/**
 * Confidence calibration over closed key results (`GET /analytics` `calibration`). Structural: the client's
 * `ConfidenceCalibrationData` satisfies it.
 */
export interface CalibrationData {
  readonly cycles: readonly string[];
  readonly keyResults: number;
  readonly atFractions: readonly {
    readonly fraction: number;
    readonly withConfidence: number;
    readonly withoutConfidence: number;
    readonly calibration: CalibrationFiguresData | null;
  }[];
}

/** What the calibration chart renders. */
export interface CalibrationChartInput {
  /** The calibration, or why it is hidden. */
  readonly calibration: GuardedData<CalibrationData>;
  /** Which fraction of the cycle the confidence was stated at. @default 0.5 */
  readonly fraction?: number | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-calibration' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One choice of the fraction switch (a radio button). */
export interface CalibrationFractionView {
  readonly value: number;
  readonly labelText: string;
  readonly checked: boolean;
  /** The `<input type="radio">`: name, value, id. */
  readonly input: AttrBag;
  readonly label: AttrBag;
}

/** A point of the diagram, in the chart's coordinates (`viewBox`), with its count. */
export interface CalibrationPointView {
  readonly key: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly countText: string;
  /** Where the count's label goes. */
  readonly labelX: number;
  readonly labelY: number;
  readonly point: AttrBag;
  readonly pointLabel: AttrBag;
}

/** A grid line with its tick label. */
export interface CalibrationTickView {
  readonly key: string;
  readonly text: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly textX: number;
  readonly textY: number;
}

/** The reliability diagram's geometry: renderers only draw it. */
export interface CalibrationChartGeometry {
  readonly viewBox: string;
  /** The plot's frame. */
  readonly frame: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** The diagonal of perfect calibration, an SVG path. */
  readonly diagonalPath: string;
  /** The observed curve through the non-empty bins, an SVG path ('' with fewer than two). */
  readonly curvePath: string;
  readonly xTicks: readonly CalibrationTickView[];
  readonly yTicks: readonly CalibrationTickView[];
  readonly points: readonly CalibrationPointView[];
  readonly xAxisText: string;
  readonly yAxisText: string;
  readonly xAxisLabel: { readonly x: number; readonly y: number };
  readonly yAxisLabel: { readonly x: number; readonly y: number; readonly transform: string };
}

/** One row of the table of bins (the chart's text alternative). */
export interface CalibrationRowView {
  readonly key: string;
  readonly cells: readonly [string, string, string, string];
}

/** The calibration chart's view-model. */
export interface CalibrationChartView {
  readonly headingText: string;
  readonly hiddenText: string | undefined;
  readonly fraction: number;
  readonly legendText: string;
  readonly fractions: readonly CalibrationFractionView[];
  /** No figures at this fraction (nothing closed had a confidence by then); not set when hidden. */
  readonly isEmpty: boolean;
  readonly emptyText: string;
  /** What the figures rest on, the Brier score, the skill score, over- or under-confidence in words. */
  readonly summary: readonly { readonly key: string; readonly text: string; readonly item: AttrBag }[];
  readonly chart: CalibrationChartGeometry | undefined;
  readonly chartLabelText: string;
  readonly table:
    | {
        readonly captionText: string;
        readonly headers: readonly [string, string, string, string];
        readonly rows: readonly CalibrationRowView[];
      }
    | undefined;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly hiddenNote: AttrBag;
  readonly fractionGroup: AttrBag;
  readonly legend: AttrBag;
  readonly empty: AttrBag;
  readonly summaryList: AttrBag;
  /** Holds the chart and the summary side by side where they fit. */
  readonly body: AttrBag;
  /**
   * Scrolls the table sideways when it is wider than the widget (320 px): a region labelled by the table's
   * caption that keyboard users can focus to scroll.
   */
  readonly tableWrap: AttrBag;
  /** The `<svg>`: `role="img"` with the chart's label; the table says the same. */
  readonly svg: AttrBag;
  readonly grid: AttrBag;
  readonly axis: AttrBag;
  readonly diagonal: AttrBag;
  readonly curve: AttrBag;
  readonly tableRoot: AttrBag;
  /** The table's title, above the scrolling region (so it never scrolls away); labels the table and the region. */
  readonly caption: AttrBag;
}

/** The fractions of the cycle the chart can show. */
export const CALIBRATION_FRACTIONS: readonly number[] = [0.25, 0.5, 0.75];

const SCOPE = 'calibration';
const SIZE = 240;
const LEFT = 40;
const TOP = 10;
const RIGHT = 12;

// A square plot; what is left below it (40) holds the x ticks and the axis title.
const PLOT = SIZE - LEFT - RIGHT;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Compute the calibration chart: a reliability diagram of the confidence stated a fraction of the way through
 * closed key results' cycles (stated confidence on x against how often they were achieved on y, the diagonal of
 * perfect calibration, a point per non-empty bin sized by its count with the count beside it), its geometry in
 * numbers for renderers to draw, the Brier and skill scores and over- or under-confidence in words, a switch of
 * the fraction (25, 50, 75 %), and the bins as a table, the chart's text alternative. Hidden for a group too
 * small: why, in words.
 */
export function connectCalibrationChart(input: CalibrationChartInput): CalibrationChartView {
  const locale = input.locale ?? 'en';
  const t = getCalibrationMessages(locale);
  const id = input.idBase ?? 'gk-calibration';
  const c = input.calibration;
  const available = c.hidden ? [] : c.atFractions.map((f) => f.fraction);
  const choices = [...new Set([...CALIBRATION_FRACTIONS, ...available])].sort((x, y) => x - y);
  const fraction = input.fraction ?? 0.5;
  const percent = (value: number) => formatPercent(value, locale);
  const at = c.hidden ? undefined : c.atFractions.find((f) => Math.abs(f.fraction - fraction) < 1e-9);
  const figures = at?.calibration ?? undefined;
  const x = (value: number) => round(LEFT + value * PLOT);
  const y = (value: number) => round(TOP + (1 - value) * PLOT);

  const summary: { key: string; text: string; item: AttrBag }[] = [];
  const say = (key: string, text: string) =>
    summary.push({ key, text, item: part(SCOPE, 'summary-item', { 'data-key': key }) });
  let chart: CalibrationChartGeometry | undefined;
  let table: CalibrationChartView['table'];
  if (!c.hidden && at && figures) {
    say('basis', t.basis({ keyResults: at.withConfidence, cycles: c.cycles.length, without: at.withoutConfidence }));
    const stated = percent(figures.meanConfidence);
    const achieved = percent(figures.observedRate);
    const points = Math.round(Math.abs(figures.overconfidence) * 100);
    say(
      'confidence',
      points < 5
        ? t.calibrated(stated, achieved, points)
        : figures.overconfidence > 0
          ? t.over(stated, achieved, points)
          : t.under(stated, achieved, points),
    );
    const two = (n: number) => formatNumber(Math.round(n * 100) / 100, locale);
    say('brier', t.brier(two(figures.brier)));
    say('skill', figures.skill === null ? t.noSkill : t.skill(two(figures.skill), figures.skill > 0, achieved));
    const bins = figures.bins.filter((b) => b.count > 0 && b.meanConfidence !== null && b.observedRate !== null);
    const most = Math.max(1, ...bins.map((b) => b.count));
    const ticks = [0, 0.25, 0.5, 0.75, 1];
    const curve = bins.map((b) => `${x(b.meanConfidence ?? 0)},${y(b.observedRate ?? 0)}`);
    chart = {
      viewBox: `0 0 ${SIZE} ${SIZE}`,
      frame: { x: LEFT, y: TOP, width: PLOT, height: PLOT },
      diagonalPath: `M${x(0)},${y(0)}L${x(1)},${y(1)}`,
      curvePath: curve.length < 2 ? '' : `M${curve.join('L')}`,
      xTicks: ticks.map((v) => ({
        key: `x${v}`,
        text: percent(v),
        x1: x(v),
        y1: y(0),
        x2: x(v),
        y2: y(1),
        textX: x(v),
        textY: y(0) + 14,
      })),
      yTicks: ticks.map((v) => ({
        key: `y${v}`,
        text: percent(v),
        x1: x(0),
        y1: y(v),
        x2: x(1),
        y2: y(v),
        textX: x(0) - 4,
        textY: y(v) + 3,
      })),
      points: bins.map((b) => {
        const cx = x(b.meanConfidence ?? 0);
        const cy = y(b.observedRate ?? 0);
        const r = round(3 + 6 * Math.sqrt(b.count / most));
        // The count goes above its point, or below it when the point is at the top.
        const above = cy - r - 3 > TOP + 6;
        return {
          key: `${b.lower}`,
          cx,
          cy,
          r,
          countText: formatNumber(b.count, locale),
          labelX: cx,
          labelY: round(above ? cy - r - 3 : cy + r + 9),
          point: part(SCOPE, 'point', { 'data-count': b.count }),
          pointLabel: part(SCOPE, 'point-label'),
        };
      }),
      xAxisText: t.axisX,
      yAxisText: t.axisY,
      xAxisLabel: { x: round(LEFT + PLOT / 2), y: SIZE - 8 },
      yAxisLabel: { x: 10, y: round(TOP + PLOT / 2), transform: `rotate(-90 10 ${round(TOP + PLOT / 2)})` },
    };
    table = {
      captionText: t.table,
      headers: [t.columns.bin, t.columns.count, t.columns.stated, t.columns.achieved],
      rows: bins.map((b) => ({
        key: `${b.lower}`,
        cells: [
          t.range(percent(b.lower), percent(b.upper)),
          formatNumber(b.count, locale),
          percent(b.meanConfidence ?? 0),
          percent(b.observedRate ?? 0),
        ],
      })),
    };
  }
  const chartLabelText = [t.chartLabel, ...summary.map((s) => s.text)].join('. ');
  return {
    headingText: t.heading,
    hiddenText: c.hidden ? t.hidden(c.groupSize, c.k) : undefined,
    fraction,
    legendText: t.fractionLegend,
    fractions: choices.map((value) => ({
      value,
      labelText: t.fraction(percent(value)),
      checked: Math.abs(value - fraction) < 1e-9,
      input: part(SCOPE, 'fraction-input', {
        type: 'radio',
        name: `${id}-fraction`,
        id: `${id}-fraction-${value * 100}`,
        value: String(value),
      }),
      label: part(SCOPE, 'fraction-label', { for: `${id}-fraction-${value * 100}` }),
    })),
    isEmpty: !c.hidden && !figures,
    emptyText: t.empty,
    summary,
    chart,
    chartLabelText,
    table,
    root: part(SCOPE, 'root', { 'aria-labelledby': `${id}-heading`, 'data-hidden': c.hidden ? 'true' : undefined }),
    heading: part(SCOPE, 'heading', { id: `${id}-heading` }),
    hiddenNote: part(SCOPE, 'hidden'),
    fractionGroup: part(SCOPE, 'fractions'),
    legend: part(SCOPE, 'legend'),
    empty: part(SCOPE, 'empty'),
    summaryList: part(SCOPE, 'summary'),
    body: part(SCOPE, 'figures'),
    tableWrap: part(SCOPE, 'table-wrap', { role: 'region', tabindex: 0, 'aria-labelledby': `${id}-caption` }),
    svg: part(SCOPE, 'chart', { role: 'img', 'aria-label': chartLabelText }),
    grid: part(SCOPE, 'grid'),
    axis: part(SCOPE, 'axis'),
    diagonal: part(SCOPE, 'diagonal'),
    curve: part(SCOPE, 'curve'),
    tableRoot: part(SCOPE, 'table', { 'aria-labelledby': `${id}-caption` }),
    caption: part(SCOPE, 'caption', { id: `${id}-caption` }),
  };
}
