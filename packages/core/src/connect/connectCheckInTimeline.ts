import { formatDate, formatMeasure, parseDay } from '../i18n/format.js';
import { getKeyResultMessages } from '../i18n/keyResultMessages.js';
import { formatPercent, getMessages } from '../i18n/messages.js';
import { getTimelineMessages, type TimelineMessages } from '../i18n/timelineMessages.js';
import { confidenceBand } from '../scoring/grade.js';
import { type AttrBag, part } from './types.js';
import type { CheckInData, CycleData, KeyResultData } from './widgetData.js';

/** What a check-in timeline shows. */
export interface CheckInTimelineInput {
  readonly keyResult: KeyResultData;
  readonly checkIns: readonly CheckInData[];
  /** The cycle the key result belongs to: the time axis and the expected line. */
  readonly cycle?: Pick<CycleData, 'start' | 'end'> | undefined;
  /** Width of the SVG's coordinate system. @default 320 */
  readonly width?: number | undefined;
  /** Height of the SVG's coordinate system. @default 160 */
  readonly height?: number | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-timeline' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One plotted check-in. */
export interface TimelinePoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly valueText: string;
}

/** One tick of an axis. */
export interface TimelineTick {
  /** x for the time axis, y for the value axis. */
  readonly position: number;
  readonly label: string;
}

/** One row of the check-in list (the chart's text alternative), newest first. */
export interface TimelineRow {
  readonly id: string;
  readonly dateText: string;
  readonly valueText: string;
  readonly confidenceText: string;
  /** The person's note, as plain text. */
  readonly note: string;
  /** Where the value came from; `manual` when the check-in does not say. */
  readonly source: 'manual' | 'api' | 'connector';
  /** For a value from a system or a connector: who sent it and its reference, as plain text ("From a system · warehouse run 41"); empty for a person's. */
  readonly sourceText: string;
}

/** The timeline's view-model: SVG geometry, axes, and the same data as text. */
export interface CheckInTimelineView {
  readonly empty: boolean;
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly points: readonly TimelinePoint[];
  /** SVG path data; empty strings when there is nothing to draw. */
  readonly actualPath: string;
  readonly expectedPath: string;
  readonly forecastPath: string;
  readonly xTicks: readonly TimelineTick[];
  readonly yTicks: readonly TimelineTick[];
  /** The chart's accessible name: count, dates, latest value, expected pace and forecast. */
  readonly summary: string;
  readonly headingText: string;
  readonly emptyText: string;
  readonly legend: { readonly actual: string; readonly expected: string; readonly forecast: string };
  readonly columns: {
    readonly date: string;
    readonly value: string;
    readonly confidence: string;
    readonly note: string;
  };
  readonly rows: readonly TimelineRow[];
  readonly root: AttrBag;
  readonly heading: AttrBag;
  /** The paragraph shown instead of the chart without check-ins. */
  readonly emptyLine: AttrBag;
  /** The paragraph holding `summary`, which names the chart. */
  readonly summaryLine: AttrBag;
  readonly chart: AttrBag;
  readonly actual: AttrBag;
  readonly expected: AttrBag;
  /** The forecast line, coloured by whether it reaches the target (`data-status`), not by today's pace. */
  readonly forecast: AttrBag;
  /** The forecast's legend entry, coloured the same. */
  readonly forecastLegend: AttrBag;
  /** The legend, hidden from assistive technology (the summary says it all). */
  readonly legendList: AttrBag;
  readonly actualLegend: AttrBag;
  readonly expectedLegend: AttrBag;
  readonly point: AttrBag;
  readonly axis: AttrBag;
  readonly table: AttrBag;
  /** A row's `sourceText`, inside its value cell; render it only when the text is not empty. */
  readonly sourceLabel: AttrBag;
}

const DAY = 86_400_000;

function plottedValue(kr: KeyResultData, c: CheckInData): number | undefined {
  if (kr.type === 'milestones') {
    const flags = c.milestones;
    return flags && flags.length > 0 ? flags.filter(Boolean).length / flags.length : undefined;
  }
  if (typeof c.value === 'boolean') return c.value ? 1 : 0;
  return typeof c.value === 'number' && Number.isFinite(c.value) ? c.value : undefined;
}

/** Round a span to 1, 2 or 5 × 10ⁿ so axis labels are readable. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

const fixed = (n: number) => Math.round(n * 10) / 10;

function sourceText(c: CheckInData, t: TimelineMessages): string {
  const label = c.source === 'api' ? t.sourceApi : c.source === 'connector' ? t.sourceConnector : '';
  if (!label) return '';
  // A system's reference is free text: blank means none, and its line breaks and tabs read as one space.
  const ref = c.sourceRef?.replace(/\s+/g, ' ').trim();
  return ref ? t.sourceWithRef({ label, ref }) : label;
}

/** Compute the check-in timeline: actual values against the expected line and the forecast, plus the data as a table. */
export function connectCheckInTimeline(input: CheckInTimelineInput): CheckInTimelineView {
  const locale = input.locale ?? 'en';
  const messages = getMessages(locale);
  const timelineText = getTimelineMessages(locale);
  const keyResultText = getKeyResultMessages(locale);
  const t = timelineText;
  const kr = input.keyResult;
  const width = input.width ?? 320;
  const height = input.height ?? 160;
  const id = input.idBase ?? 'gk-timeline';
  const plot = { left: 44, right: width - 12, top: 10, bottom: height - 24 };
  const unit = { unit: kr.unit, unitKind: kr.unitKind };
  const share = kr.type === 'milestones' || kr.type === 'boolean';
  const formatValue = (v: number) => (share ? formatPercent(v, locale) : formatMeasure(v, unit, locale));

  const sorted = [...input.checkIns].sort((a, b) => parseDay(a.at).getTime() - parseDay(b.at).getTime());
  const plotted = sorted
    .map((c) => ({ c, time: parseDay(c.at).getTime(), value: plottedValue(kr, c) }))
    .filter(
      (p): p is { c: CheckInData; time: number; value: number } => p.value !== undefined && !Number.isNaN(p.time),
    );

  const cycleStart = input.cycle ? parseDay(input.cycle.start).getTime() : undefined;
  const cycleEnd = input.cycle ? parseDay(input.cycle.end).getTime() : undefined;
  const times = plotted.map((p) => p.time);
  let x0 = Math.min(cycleStart ?? Number.POSITIVE_INFINITY, ...times);
  let x1 = Math.max(cycleEnd ?? Number.NEGATIVE_INFINITY, ...times);
  if (!Number.isFinite(x0) || !Number.isFinite(x1)) {
    x0 = 0;
    x1 = DAY;
  }
  if (x1 - x0 < DAY) x1 = x0 + DAY;

  const numeric = !share;
  const forecastValue = numeric ? (kr.score.forecast?.value ?? undefined) : undefined;
  // The forecast's colour says where it lands: at the target, near it, or short of it.
  const forecastProgress = kr.score.forecast?.progress;
  const forecastStatus =
    forecastValue === undefined || forecastProgress === undefined
      ? undefined
      : forecastProgress >= 1
        ? 'on-track'
        : forecastProgress >= 0.7
          ? 'at-risk'
          : 'off-track';
  const expectedFrom = numeric
    ? kr.type === 'increase' || kr.type === 'decrease'
      ? (kr.start ?? undefined)
      : (kr.target ?? kr.min ?? undefined)
    : 0;
  const expectedTo = numeric ? (kr.target ?? kr.max ?? undefined) : 1;
  const candidates = [
    ...plotted.map((p) => p.value),
    ...(expectedFrom === undefined ? [] : [expectedFrom]),
    ...(expectedTo === undefined ? [] : [expectedTo]),
    ...(forecastValue === undefined ? [] : [forecastValue]),
  ];
  let y0 = candidates.length ? Math.min(...candidates) : 0;
  let y1 = candidates.length ? Math.max(...candidates) : 1;
  if (share) {
    y0 = 0;
    y1 = 1;
  }
  if (y1 === y0) {
    y0 -= 1;
    y1 += 1;
  }
  const step = niceStep(y1 - y0, 4);
  y0 = Math.floor(y0 / step) * step;
  y1 = Math.ceil(y1 / step) * step;

  const sx = (time: number) => fixed(plot.left + ((time - x0) / (x1 - x0)) * (plot.right - plot.left));
  const sy = (value: number) => fixed(plot.bottom - ((value - y0) / (y1 - y0)) * (plot.bottom - plot.top));

  const points = plotted.map((p) => ({ id: p.c.id, x: sx(p.time), y: sy(p.value), valueText: formatValue(p.value) }));
  const line = (pts: readonly { x: number; y: number }[]) =>
    pts.length < 2 ? '' : pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const actualPath = line(points);
  const expectedPath =
    expectedFrom !== undefined && expectedTo !== undefined && cycleStart !== undefined && cycleEnd !== undefined
      ? line([
          { x: sx(cycleStart), y: sy(expectedFrom) },
          { x: sx(cycleEnd), y: sy(expectedTo) },
        ])
      : '';
  const last = points.at(-1);
  const forecastPath =
    forecastValue !== undefined && last && cycleEnd !== undefined
      ? line([last, { x: sx(cycleEnd), y: sy(forecastValue) }])
      : '';

  const yTicks: TimelineTick[] = [];
  for (let v = y0; v <= y1 + step / 2; v += step)
    yTicks.push({ position: sy(v), label: formatValue(fixed(v * 1000) / 1000) });
  const xTicks: TimelineTick[] = [x0, (x0 + x1) / 2, x1].map((time) => ({
    position: sx(time),
    label: formatDate(new Date(time), locale),
  }));

  const first = plotted[0];
  const latest = plotted.at(-1);
  const parts: string[] = [];
  if (first && latest) {
    parts.push(
      t.chartLabel({
        count: plotted.length,
        first: formatDate(new Date(first.time), locale),
        last: formatDate(new Date(latest.time), locale),
        latest: formatValue(latest.value),
      }),
    );
  } else {
    parts.push(t.empty);
  }
  if (expectedTo !== undefined && input.cycle) {
    parts.push(t.expected({ value: formatValue(expectedTo), date: formatDate(input.cycle.end, locale) }));
  }
  if (forecastValue !== undefined) parts.push(t.forecast(formatValue(forecastValue)));

  const rows = [...sorted].reverse().map((c): TimelineRow => {
    const value = plottedValue(kr, c);
    return {
      id: c.id,
      dateText: formatDate(c.at, locale),
      valueText: value === undefined ? keyResultText.noValue : formatValue(value),
      confidenceText: c.confidence === null ? t.noConfidence : messages.confidence[confidenceBand(c.confidence)],
      note: c.note ?? '',
      source: c.source === 'api' || c.source === 'connector' ? c.source : 'manual',
      sourceText: sourceText(c, t),
    };
  });

  return {
    empty: input.checkIns.length === 0,
    width,
    height,
    plot,
    points,
    actualPath,
    expectedPath,
    forecastPath,
    xTicks,
    yTicks,
    summary: parts.join('; '),
    headingText: t.heading,
    emptyText: t.empty,
    legend: { actual: t.legendActual, expected: t.legendExpected, forecast: t.legendForecast },
    columns: { date: t.date, value: t.value, confidence: t.confidence, note: t.note },
    rows,
    root: part('check-in-timeline', 'root', { 'data-status': kr.score.status, 'aria-label': t.label(kr.title) }),
    heading: part('check-in-timeline', 'heading', { id: `${id}-heading` }),
    emptyLine: part('check-in-timeline', 'empty'),
    summaryLine: part('check-in-timeline', 'summary', { id: `${id}-summary` }),
    chart: part('check-in-timeline', 'chart', {
      role: 'img',
      'aria-labelledby': `${id}-summary`,
      viewBox: `0 0 ${width} ${height}`,
      focusable: 'false',
    }),
    actual: part('check-in-timeline', 'actual'),
    expected: part('check-in-timeline', 'expected'),
    forecast: part('check-in-timeline', 'forecast', { 'data-status': forecastStatus }),
    forecastLegend: part('check-in-timeline', 'legend-item', {
      'data-line': 'forecast',
      'data-status': forecastStatus,
    }),
    legendList: part('check-in-timeline', 'legend', { 'aria-hidden': 'true' }),
    actualLegend: part('check-in-timeline', 'legend-item', { 'data-line': 'actual' }),
    expectedLegend: part('check-in-timeline', 'legend-item', { 'data-line': 'expected' }),
    point: part('check-in-timeline', 'point'),
    axis: part('check-in-timeline', 'axis', { 'aria-hidden': 'true' }),
    table: part('check-in-timeline', 'table'),
    sourceLabel: part('check-in-timeline', 'source'),
  };
}
