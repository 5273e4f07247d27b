import { getDashboardMessages } from '../i18n/dashboardMessages.js';
import { daysBetween, formatNumber, formatRelativeTime } from '../i18n/format.js';
import { formatPercent, getMessages } from '../i18n/messages.js';
import { STATUSES, type Status } from '../scoring/types.js';
import type { ProgressInput } from './connectProgress.js';
import { type AttrBag, part } from './types.js';
import type { CycleData, ObjectiveData } from './widgetData.js';

/** What a cycle dashboard shows. */
export interface CycleDashboardInput {
  /** The objectives of one cycle for a person, a team or the company. */
  readonly objectives: readonly ObjectiveData[];
  /** The cycle shown; with its `end`, the dashboard offers carrying unfinished goals over as it closes. */
  readonly cycle?:
    | (Pick<CycleData, 'name'> & { readonly id?: string | undefined; readonly end?: string | undefined })
    | undefined;
  /** The cycle after this one, where unfinished goals are carried (`POST /objectives/{id}/duplicate`). */
  readonly nextCycle?: Pick<CycleData, 'id' | 'name'> | undefined;
  /** Objectives already carried into `nextCycle` (the `carriedFrom` of its objectives). */
  readonly carriedIds?: Iterable<string> | undefined;
  /** Carries on their way or failed, by objective id; the renderer keeps them. */
  readonly carrying?: Readonly<Record<string, 'carrying' | 'carried' | 'failed'>> | undefined;
  /** Offer carrying over from this many days before the cycle ends. @default 14 */
  readonly closingDays?: number | undefined;
  /** A key result without a check-in for this many days is stale. @default 14 */
  readonly staleAfterDays?: number | undefined;
  /** The moment staleness is measured from. @default the current time */
  readonly now?: string | Date | undefined;
  /** A prefix for element ids. @default 'gk-dashboard' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One status count. */
export interface StatusCountView {
  readonly status: Status;
  readonly label: string;
  readonly count: number;
  readonly countText: string;
  readonly item: AttrBag;
}

/** One bar of the distribution chart. */
export interface BucketView {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** "20%–40%: 3 objectives" */
  readonly text: string;
  readonly item: AttrBag;
  readonly bar: AttrBag;
}

/** An objective that needs attention. */
export interface AttentionView {
  readonly id: string;
  readonly titleText: string;
  readonly statusText: string;
  readonly progress: ProgressInput;
  readonly item: AttrBag;
}

/** A key result whose last check-in is too old. */
export interface StaleView {
  readonly id: string;
  readonly objectiveId: string;
  readonly titleText: string;
  readonly objectiveTitle: string;
  readonly sinceText: string;
  readonly days: number | undefined;
  readonly item: AttrBag;
}

/** An unfinished goal at the cycle's close, with its carry-over button. */
export interface CarryView {
  readonly id: string;
  readonly titleText: string;
  readonly statusText: string;
  readonly item: AttrBag;
  /** "Carry over to 2027-Q1"; absent once it has been carried. */
  readonly buttonText: string | undefined;
  readonly button: AttrBag;
  /** Carrying, carried, or failed. */
  readonly statusMessage: string | undefined;
  readonly status: AttrBag;
}

/** The dashboard's view-model. */
export interface CycleDashboardView {
  readonly empty: boolean;
  readonly headingText: string;
  readonly totalText: string;
  readonly countsHeading: string;
  readonly counts: readonly StatusCountView[];
  readonly progressHeading: string;
  readonly progress: ProgressInput;
  readonly distributionHeading: string;
  readonly buckets: readonly BucketView[];
  readonly attentionHeading: string;
  readonly attention: readonly AttentionView[];
  readonly noneAttentionText: string;
  readonly staleHeading: string;
  readonly stale: readonly StaleView[];
  readonly noneStaleText: string;
  /** Shown when the cycle closes within `closingDays` (or has closed) and a next cycle is known. */
  readonly carryShown: boolean;
  readonly carryHeading: string;
  readonly carryHintText: string;
  readonly carryHint: AttrBag;
  readonly carry: readonly CarryView[];
  readonly noneCarryText: string;
  readonly emptyText: string;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly section: (name: string) => AttrBag;
  readonly sectionHeading: (name: string) => AttrBag;
  /** The line a section shows when it has nothing to list (`noneAttentionText`, `noneStaleText`, `noneCarryText`). */
  readonly none: AttrBag;
}

const BUCKETS = 5;

/** Compute the cycle dashboard: counts by status, progress against expected, distribution, attention and stale lists. */
export function connectCycleDashboard(input: CycleDashboardInput): CycleDashboardView {
  const locale = input.locale ?? 'en';
  const messages = getMessages(locale);
  const dashboardText = getDashboardMessages(locale);
  const t = dashboardText;
  const id = input.idBase ?? 'gk-dashboard';
  const objectives = input.objectives;
  const now = input.now ?? new Date();
  const staleAfter = input.staleAfterDays ?? 14;

  const counts = STATUSES.map((status) => {
    const count = objectives.filter((o) => o.score.status === status).length;
    return {
      status,
      label: messages.status[status],
      count,
      countText: formatNumber(count, locale),
      item: part('cycle-dashboard', 'count', { 'data-status': status }),
    };
  });

  const n = objectives.length;
  const mean = (f: (o: ObjectiveData) => number) => (n === 0 ? 0 : objectives.reduce((s, o) => s + f(o), 0) / n);
  const progress = mean((o) => o.score.progress);
  const expected = mean((o) => o.score.expected);
  const gap = expected - progress;
  const overallStatus: Status =
    n === 0
      ? 'not-started'
      : progress >= 1
        ? 'achieved'
        : gap <= 0.1
          ? 'on-track'
          : gap <= 0.25
            ? 'at-risk'
            : 'off-track';

  const bucketCounts = new Array<number>(BUCKETS).fill(0);
  for (const o of objectives) {
    const b = Math.min(BUCKETS - 1, Math.floor(o.score.progress * BUCKETS));
    bucketCounts[b] = (bucketCounts[b] ?? 0) + 1;
  }
  // Each bar is its bucket's share of the objectives, so one objective alone is not a full bar of nothing.
  const total = Math.max(1, objectives.length);
  const buckets = bucketCounts.map((count, i) => {
    const from = i / BUCKETS;
    const to = (i + 1) / BUCKETS;
    return {
      from,
      to,
      count,
      text: t.bucket({ from: formatPercent(from, locale), to: formatPercent(to, locale), count }),
      item: part('cycle-dashboard', 'bucket'),
      bar: part('cycle-dashboard', 'bar', { style: { '--gk-bar-value': String(count / total) } }),
    };
  });

  const attention = objectives
    .filter((o) => o.score.status === 'at-risk' || o.score.status === 'off-track')
    .sort((a, b) => b.score.expected - b.score.progress - (a.score.expected - a.score.progress))
    .map((o) => ({
      id: o.id,
      titleText: o.title,
      statusText: messages.status[o.score.status],
      progress: {
        progress: o.score.progress,
        raw: o.score.raw,
        expected: o.score.expected,
        status: o.score.status,
        label: o.title,
        locale,
      },
      item: part('cycle-dashboard', 'attention-item', { 'data-status': o.score.status }),
    }));

  const stale: StaleView[] = [];
  for (const o of objectives) {
    if (o.state === 'closed' || o.score.status === 'achieved') continue;
    for (const kr of o.keyResults) {
      const days = kr.lastCheckInAt ? daysBetween(kr.lastCheckInAt, now) : undefined;
      if (days !== undefined && days < staleAfter) continue;
      stale.push({
        id: kr.id,
        objectiveId: o.id,
        titleText: kr.title,
        objectiveTitle: o.title,
        sinceText: kr.lastCheckInAt
          ? t.staleSince(formatRelativeTime(kr.lastCheckInAt, now, locale))
          : t.neverCheckedIn,
        days,
        item: part('cycle-dashboard', 'stale-item'),
      });
    }
  }
  stale.sort((a, b) => (b.days ?? Number.POSITIVE_INFINITY) - (a.days ?? Number.POSITIVE_INFINITY));

  // At the close: unfinished goals (approved ones; drafts stay where they are) may go on in the next cycle.
  const next = input.nextCycle;
  const end = input.cycle?.end;
  const carryShown = next !== undefined && end !== undefined && daysBetween(now, end) <= (input.closingDays ?? 14);
  const carriedIds = new Set(input.carriedIds ?? []);
  const carry: CarryView[] = !carryShown
    ? []
    : objectives
        .filter((o) => (o.state ?? 'active') !== 'draft' && o.state !== 'proposed' && o.score.status !== 'achieved')
        .map((o) => {
          const flight = carriedIds.has(o.id) ? 'carried' : input.carrying?.[o.id];
          return {
            id: o.id,
            titleText: o.title,
            statusText: messages.status[o.score.status],
            item: part('cycle-dashboard', 'carry-item', { 'data-status': o.score.status }),
            buttonText: flight === 'carried' ? undefined : t.carryOver(next.name),
            button: part('cycle-dashboard', 'carry-over', {
              type: 'button',
              'aria-label': t.carryOverNamed(next.name, o.title),
              'aria-disabled': flight === 'carrying' ? 'true' : undefined,
            }),
            statusMessage:
              flight === 'carrying'
                ? t.carrying
                : flight === 'carried'
                  ? t.carried(next.name)
                  : flight === 'failed'
                    ? t.carryFailed
                    : undefined,
            // Focus moves here when the button it replaces goes away.
            status: part('cycle-dashboard', 'carry-status', {
              role: flight === 'failed' ? 'alert' : 'status',
              tabindex: '-1',
              'data-objective-id': o.id,
            }),
          };
        });

  return {
    empty: n === 0,
    headingText: input.cycle ? t.heading(input.cycle.name) : messages.progressLabel,
    totalText: t.objectives(n, formatNumber(n, locale)),
    countsHeading: t.counts,
    counts,
    progressHeading: t.progress,
    progress: { progress, expected: n === 0 ? undefined : expected, status: overallStatus, label: t.progress, locale },
    distributionHeading: t.distribution,
    buckets,
    attentionHeading: t.attention,
    attention,
    noneAttentionText: t.noneAttention,
    staleHeading: t.stale,
    stale,
    noneStaleText: t.noneStale,
    carryShown,
    carryHeading: t.carry,
    carryHintText: next ? t.carryHint(next.name) : '',
    carryHint: part('cycle-dashboard', 'carry-hint', { id: `${id}-carry-hint` }),
    carry,
    noneCarryText: t.noneCarry,
    emptyText: t.empty,
    root: part('cycle-dashboard', 'root', { 'aria-labelledby': `${id}-heading`, 'data-status': overallStatus }),
    heading: part('cycle-dashboard', 'heading', { id: `${id}-heading` }),
    // Groups, not regions: two dashboards on a page would otherwise repeat five landmark names.
    section: (name) =>
      part('cycle-dashboard', 'section', { role: 'group', 'data-section': name, 'aria-labelledby': `${id}-${name}` }),
    sectionHeading: (name) => part('cycle-dashboard', 'section-heading', { id: `${id}-${name}` }),
    none: part('cycle-dashboard', 'none'),
  };
}
