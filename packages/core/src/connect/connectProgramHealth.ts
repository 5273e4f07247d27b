import { formatDate, formatNumber } from '../i18n/format.js';
import { formatPercent } from '../i18n/messages.js';
import { getProgramHealthMessages } from '../i18n/programHealthMessages.js';
import { type AttrBag, part } from './types.js';

/**
 * An aggregate over fewer people than the privacy threshold: no figures, only why. Structural: the client's
 * `HiddenAggregate` satisfies it.
 */
export interface HiddenAggregateData {
  readonly hidden: true;
  /** The server's reason in English; the widgets say it in the viewer's language from `groupSize` and `k`. */
  readonly reason: string;
  readonly groupSize: number;
  readonly k: number;
}

/** An aggregate's figures (`hidden: false`), or why they are hidden. */
export type GuardedData<TFigures> = (TFigures & { readonly hidden: false }) | HiddenAggregateData;

/** Check-ins of a cycle's active key results (`GET /analytics` `checkIns`). */
export interface CheckInRateData {
  readonly activeKeyResults: number;
  readonly checkedIn: number;
  readonly rate: number | null;
  readonly medianDaysSinceLastCheckIn: number | null;
  readonly dueWindows: number;
  readonly onTimeWindows: number;
  readonly onTimeRate: number | null;
}

/** Alignment coverage (`alignment`). */
export interface AlignmentCoverageData {
  readonly objectives: number;
  readonly aligned: number;
  readonly coverage: number | null;
  /** The objectives with no contributing parent, by id. */
  readonly orphans: readonly string[];
}

/** Goal quality of one cycle. */
export interface GoalQualityData {
  readonly objectives: number;
  readonly meanSmartScore: number | null;
  readonly approved: number;
  readonly approvedWithoutErrors: number;
  readonly approvedWithoutErrorsShare: number | null;
}

/** Grade bands. */
export interface GradeBandsData {
  readonly green: number;
  readonly yellow: number;
  readonly red: number;
}

/** How a cycle's goals ended, or stand (`outcomes`). */
export interface OutcomeDistributionData {
  readonly closed: boolean;
  readonly objectives: number;
  readonly objectivesAchieved: number;
  readonly objectivesAchievedShare: number | null;
  readonly keyResults: number;
  readonly keyResultsByBand: GradeBandsData;
}

/** One cycle of the trend; a figure is `null` where it is hidden or there is nothing to count. */
export interface ProgramTrendRowData {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly checkInRate: number | null;
  readonly alignmentCoverage: number | null;
  readonly meanSmartScore: number | null;
  readonly objectivesAchievedShare: number | null;
}

/**
 * Program health for a cycle and scope: what `GET /analytics` returns. Structural: the client's `Analytics`
 * satisfies it as it is; the aggregates left out (not asked for with `metrics=`) are not shown.
 */
export interface ProgramHealthData {
  readonly cycleId: string;
  readonly asOf: string;
  readonly checkIns?: GuardedData<CheckInRateData> | undefined;
  readonly alignment?: GuardedData<AlignmentCoverageData> | undefined;
  readonly outcomes?: GuardedData<OutcomeDistributionData> | undefined;
  readonly quality?:
    | readonly {
        readonly cycleId: string;
        readonly cycleName: string;
        readonly quality: GuardedData<GoalQualityData>;
      }[]
    | undefined;
  readonly trend?: readonly ProgramTrendRowData[] | undefined;
}

/** What the program health widget renders. */
export interface ProgramHealthInput {
  readonly health: ProgramHealthData;
  /**
   * Titles of objectives, for the list of those without a parent (`GET /objectives` items fit). @default
   * none: they are listed as "Objective o12"
   */
  readonly objectives?: readonly { readonly id: string; readonly title: string }[] | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-program-health' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

export type ProgramHealthSectionKey = 'check-ins' | 'alignment' | 'quality' | 'outcomes';

/** One figure: its label, its value in words and numbers, and what it counts. */
export interface ProgramHealthMetricView {
  readonly key: string;
  readonly labelText: string;
  readonly valueText: string;
  readonly detailText: string | undefined;
  /** A `<div>` in the section's `<dl>`: holds the label (`<dt>`) and the value and detail (`<dd>`). */
  readonly metric: AttrBag;
  readonly label: AttrBag;
  readonly value: AttrBag;
  readonly detail: AttrBag;
}

/** One grade band: its count and its word ("12 green (0.7 or more)"), never colour alone. */
export interface ProgramHealthBandView {
  readonly band: 'green' | 'yellow' | 'red';
  readonly countText: string;
  readonly labelText: string;
  readonly item: AttrBag;
  readonly count: AttrBag;
}

/** One section: check-ins, alignment, goal quality or outcomes. */
export interface ProgramHealthSectionView {
  readonly key: ProgramHealthSectionKey;
  readonly headingText: string;
  /** Hidden for privacy: why, in words; no figures then. */
  readonly hiddenText: string | undefined;
  readonly metrics: readonly ProgramHealthMetricView[];
  /** Outcomes of a running cycle: they are standings. */
  readonly noteText: string | undefined;
  /** Alignment: the objectives without a parent, by title where known. */
  readonly orphans: { readonly headingText: string; readonly items: readonly string[] } | undefined;
  /** Outcomes: key results by grade band. */
  readonly bands: { readonly labelText: string; readonly items: readonly ProgramHealthBandView[] } | undefined;
  readonly section: AttrBag;
  readonly heading: AttrBag;
  readonly hiddenNote: AttrBag;
  readonly metricList: AttrBag;
  readonly note: AttrBag;
  readonly orphanHeading: AttrBag;
  readonly orphanList: AttrBag;
  readonly orphan: AttrBag;
  readonly bandList: AttrBag;
}

/** One row of the trend table. */
export interface ProgramTrendRowView {
  readonly key: string;
  /** The cycle's name, then the four figures (a word where hidden). */
  readonly cells: readonly [string, string, string, string, string];
  /** Whether this row is the cycle shown. */
  readonly current: boolean;
  readonly row: AttrBag;
}

/** The program health widget's view-model. */
export interface ProgramHealthView {
  readonly headingText: string;
  readonly asOfText: string;
  readonly dateTime: string;
  /** Nothing counted in any section. */
  readonly isEmpty: boolean;
  readonly emptyText: string;
  readonly sections: readonly ProgramHealthSectionView[];
  /** The trend over cycles as a table (the accessible form); `undefined` without rows. */
  readonly trend:
    | {
        readonly captionText: string;
        readonly headers: readonly [string, string, string, string, string];
        readonly rows: readonly ProgramTrendRowView[];
      }
    | undefined;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly asOf: AttrBag;
  readonly empty: AttrBag;
  /** Holds the sections, in as many columns as fit. */
  readonly sectionList: AttrBag;
  /**
   * Scrolls the trend table sideways when it is wider than the widget (320 px): a region labelled by the table's
   * caption that keyboard users can focus to scroll.
   */
  readonly trendWrap: AttrBag;
  readonly trendTable: AttrBag;
  /** The table's title, above the scrolling region (so it never scrolls away); labels the table and the region. */
  readonly trendCaption: AttrBag;
}

const SCOPE = 'program-health';

/**
 * Compute the program health view: for a cycle and scope, a section per aggregate `GET /analytics` returned
 * (check-ins, alignment, goal quality, outcomes), each with its figures in words (percentages, counts "18 of
 * 29"), or, when the group is too small, why it is hidden (never zeros); objectives without a parent listed by
 * title where given; key results by grade band as counts and words; and the trend over cycles as a table.
 */
export function connectProgramHealth(input: ProgramHealthInput): ProgramHealthView {
  const locale = input.locale ?? 'en';
  const t = getProgramHealthMessages(locale);
  const id = input.idBase ?? 'gk-program-health';
  const h = input.health;
  const titles = new Map((input.objectives ?? []).map((o) => [o.id, o.title]));
  const percent = (value: number | null) => (value === null ? t.noData : formatPercent(value, locale));
  const metric = (key: string, labelText: string, valueText: string, detailText?: string): ProgramHealthMetricView => ({
    key,
    labelText,
    valueText,
    detailText,
    metric: part(SCOPE, 'metric', { 'data-metric': key }),
    label: part(SCOPE, 'label'),
    value: part(SCOPE, 'value'),
    detail: part(SCOPE, 'detail'),
  });
  const section = (
    key: ProgramHealthSectionKey,
    headingText: string,
    aggregate: GuardedData<object>,
    fields: Partial<Pick<ProgramHealthSectionView, 'metrics' | 'noteText' | 'orphans' | 'bands'>>,
  ): ProgramHealthSectionView => ({
    key,
    headingText,
    hiddenText: aggregate.hidden ? t.hidden(aggregate.groupSize, aggregate.k) : undefined,
    metrics: [],
    noteText: undefined,
    orphans: undefined,
    bands: undefined,
    ...(aggregate.hidden ? {} : fields),
    // A named group, not a region: a page that already has a "Check-ins" landmark (the digest) keeps one.
    section: part(SCOPE, 'section', {
      role: 'group',
      'aria-labelledby': `${id}-${key}`,
      'data-section': key,
      'data-hidden': aggregate.hidden ? 'true' : undefined,
    }),
    heading: part(SCOPE, 'section-heading', { id: `${id}-${key}` }),
    hiddenNote: part(SCOPE, 'hidden'),
    metricList: part(SCOPE, 'metrics'),
    note: part(SCOPE, 'running'),
    orphanHeading: part(SCOPE, 'orphans-heading', { id: `${id}-orphans` }),
    orphanList: part(SCOPE, 'orphans', { 'aria-labelledby': `${id}-orphans` }),
    orphan: part(SCOPE, 'orphan'),
    bandList: part(SCOPE, 'bands', { 'aria-label': t.bands }),
  });

  const sections: ProgramHealthSectionView[] = [];
  let counted = 0;
  const c = h.checkIns;
  if (c) {
    if (!c.hidden) counted += c.activeKeyResults;
    sections.push(
      section('check-ins', t.sections.checkIns, c, {
        metrics: c.hidden
          ? []
          : [
              metric('rate', t.checkInRate, percent(c.rate), t.checkInRateDetail(c.checkedIn, c.activeKeyResults)),
              metric(
                'median-days',
                t.medianDays,
                c.medianDaysSinceLastCheckIn === null
                  ? t.noData
                  : t.days(formatNumber(c.medianDaysSinceLastCheckIn, locale), c.medianDaysSinceLastCheckIn),
              ),
              metric('on-time', t.onTimeRate, percent(c.onTimeRate), t.onTimeDetail(c.onTimeWindows, c.dueWindows)),
            ],
      }),
    );
  }
  const a = h.alignment;
  if (a) {
    if (!a.hidden) counted += a.objectives;
    sections.push(
      section('alignment', t.sections.alignment, a, {
        metrics: a.hidden
          ? []
          : [
              metric('coverage', t.coverage, percent(a.coverage), t.coverageDetail(a.aligned, a.objectives)),
              metric('orphans', t.orphans, formatNumber(a.orphans.length, locale)),
            ],
        orphans:
          a.hidden || a.orphans.length === 0
            ? undefined
            : { headingText: t.orphanList, items: a.orphans.map((o) => titles.get(o) ?? t.objectiveId(o)) },
      }),
    );
  }
  const qualityRow = h.quality?.find((q) => q.cycleId === h.cycleId) ?? h.quality?.at(-1);
  if (qualityRow) {
    const q = qualityRow.quality;
    if (!q.hidden) counted += q.objectives;
    sections.push(
      section('quality', t.sections.quality, q, {
        metrics: q.hidden
          ? []
          : [
              metric(
                'smart',
                t.meanSmartScore,
                q.meanSmartScore === null ? t.noData : t.smartScore(formatNumber(Math.round(q.meanSmartScore), locale)),
              ),
              metric(
                'approved-clean',
                t.approvedWithoutErrors,
                percent(q.approvedWithoutErrorsShare),
                t.approvedDetail(q.approvedWithoutErrors, q.approved),
              ),
            ],
      }),
    );
  }
  const o = h.outcomes;
  if (o) {
    if (!o.hidden) counted += o.objectives + o.keyResults;
    sections.push(
      section('outcomes', t.sections.outcomes, o, {
        metrics: o.hidden
          ? []
          : [
              metric(
                'achieved',
                t.achieved,
                percent(o.objectivesAchievedShare),
                t.achievedDetail(o.objectivesAchieved, o.objectives),
              ),
            ],
        noteText: o.hidden || o.closed ? undefined : t.running,
        bands: o.hidden
          ? undefined
          : {
              labelText: t.bands,
              items: (['green', 'yellow', 'red'] as const).map((band) => ({
                band,
                countText: formatNumber(o.keyResultsByBand[band], locale),
                labelText: t.band[band],
                item: part(SCOPE, 'band', { 'data-band': band }),
                count: part(SCOPE, 'band-count'),
              })),
            },
      }),
    );
  }

  const rows = h.trend ?? [];
  const cycleName = rows.find((r) => r.cycleId === h.cycleId)?.cycleName ?? qualityRow?.cycleName;
  const cell = (value: number | null, score = false) =>
    value === null ? t.trendHidden : score ? formatNumber(Math.round(value), locale) : formatPercent(value, locale);
  const hiddenAll = sections.length > 0 && sections.every((s) => s.hiddenText !== undefined);
  return {
    headingText: t.heading(cycleName),
    asOfText: t.asOf(formatDate(h.asOf, locale)),
    dateTime: h.asOf,
    isEmpty: !hiddenAll && counted === 0,
    emptyText: t.empty,
    sections,
    trend:
      rows.length === 0
        ? undefined
        : {
            captionText: t.trend,
            headers: [
              t.trendColumns.cycle,
              t.trendColumns.checkInRate,
              t.trendColumns.coverage,
              t.trendColumns.smart,
              t.trendColumns.achieved,
            ],
            rows: rows.map((r) => ({
              key: r.cycleId,
              cells: [
                r.cycleName,
                cell(r.checkInRate),
                cell(r.alignmentCoverage),
                cell(r.meanSmartScore, true),
                cell(r.objectivesAchievedShare),
              ],
              current: r.cycleId === h.cycleId,
              row: part(SCOPE, 'trend-row', {
                'data-current': r.cycleId === h.cycleId ? 'true' : undefined,
                'aria-current': r.cycleId === h.cycleId ? 'true' : undefined,
              }),
            })),
          },
    root: part(SCOPE, 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part(SCOPE, 'heading', { id: `${id}-heading` }),
    asOf: part(SCOPE, 'as-of'),
    empty: part(SCOPE, 'empty'),
    sectionList: part(SCOPE, 'sections'),
    trendWrap: part(SCOPE, 'trend-wrap', { role: 'region', tabindex: 0, 'aria-labelledby': `${id}-trend` }),
    trendTable: part(SCOPE, 'trend', { 'aria-labelledby': `${id}-trend` }),
    trendCaption: part(SCOPE, 'trend-caption', { id: `${id}-trend` }),
  };
}
