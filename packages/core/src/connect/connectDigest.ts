import { type DigestMessages, getDigestMessages } from '../i18n/digestMessages.js';
import { cached, formatMeasure, parseDay } from '../i18n/format.js';
import { getKeyResultMessages } from '../i18n/keyResultMessages.js';
import { formatPercent, getMessages } from '../i18n/messages.js';
import type { Digest } from '../rhythm/digest.js';
import { confidenceBand } from '../scoring/grade.js';
import type { Status } from '../scoring/types.js';
import { type AttrBag, part } from './types.js';
import type { KeyResultData, ObjectiveData } from './widgetData.js';

/**
 * What changed in a person's or team's goals: core's `Digest` (what `digest()` computes and `GET /digest`
 * returns). Structural: the client's `Digest` satisfies it as it is.
 */
export type DigestData = Readonly<Digest>;

/** A person or team by id, for names. Structural: the client's `Owner` and `Person` satisfy it. */
export interface DigestOwnerData {
  readonly id: string;
  readonly name: string;
}

/** What the digest renders. */
export interface DigestInput {
  readonly digest: DigestData;
  /** The objectives the digest names, for the titles of objectives and key results. */
  readonly objectives: readonly ObjectiveData[];
  /** People and teams, for the scope's name and who gave kudos. @default none: neutral words instead */
  readonly owners?: readonly DigestOwnerData[] | undefined;
  /** The IANA time zone check-in and kudos times are written in. @default 'UTC' */
  readonly timeZone?: string | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-digest' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** The summary figures, and the sections that list them, in the order they show. */
export type DigestSectionKey = 'status-changes' | 'new-risks' | 'check-ins' | 'kudos' | 'quiet';

/** One summary figure: "4 check-ins". */
export interface DigestFigureView {
  readonly key: DigestSectionKey;
  readonly count: number;
  /** The number in the locale's style. */
  readonly valueText: string;
  /** The words after it. */
  readonly labelText: string;
  readonly figure: AttrBag;
  readonly value: AttrBag;
  readonly label: AttrBag;
}

/** A status a change started from or reached, as a word with its colour (`data-status`). */
export interface DigestStatusView {
  readonly status: Status;
  readonly text: string;
  readonly badge: AttrBag;
}

/** One entry of a section. */
export interface DigestItemView {
  /** Unique within its section, for list keys. */
  readonly key: string;
  /**
   * The objective's title (status changes), the key result's (new risks, check-ins, no check-in), or who gave
   * kudos ("Kudos from Ana"); a neutral word when not given.
   */
  readonly titleText: string;
  /** "For “objective”" under a key result's title. */
  readonly objectiveText: string | undefined;
  /** Status changes and new risks: where it was and where it is now. */
  readonly change:
    | {
        readonly wasText: string;
        readonly nowText: string;
        readonly from: DigestStatusView;
        readonly to: DigestStatusView;
      }
    | undefined;
  /** Check-ins: "24 %, high confidence". */
  readonly detailText: string | undefined;
  /** Kudos: the body as plain text; render it as text, never as HTML. */
  readonly bodyText: string | undefined;
  /** Check-ins and kudos: when, in words, and for a `<time datetime>`. */
  readonly timeText: string | undefined;
  readonly dateTime: string | undefined;
  readonly item: AttrBag;
  readonly title: AttrBag;
  readonly objective: AttrBag;
  /** Holds the was/now statuses. */
  readonly changeLine: AttrBag;
  readonly detail: AttrBag;
  /** Holds `bodyText`. */
  readonly text: AttrBag;
  readonly time: AttrBag;
}

/** One section: a heading and its list. */
export interface DigestSectionView {
  readonly key: DigestSectionKey;
  readonly headingText: string;
  readonly items: readonly DigestItemView[];
  /** `aria-labelledby` its heading. */
  readonly section: AttrBag;
  readonly heading: AttrBag;
  readonly list: AttrBag;
}

/** The digest's view-model. */
export interface DigestView {
  /** "The week in Platform team’s goals, Feb 9 – 15, 2026". */
  readonly headingText: string;
  /** "12 objectives, including 3 teams and people below". */
  readonly scopeText: string;
  readonly summaryText: string;
  readonly figures: readonly DigestFigureView[];
  /** Nothing changed: no check-ins, status changes, new risks or kudos. */
  readonly isQuiet: boolean;
  readonly emptyText: string;
  /** The sections with entries, in order: status changes, new risks, check-ins, kudos, no check-in. */
  readonly sections: readonly DigestSectionView[];
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly scope: AttrBag;
  /** The summary figures' list, labelled. */
  readonly summary: AttrBag;
  readonly empty: AttrBag;
}

const dayText = (date: Date, locale: string, timeZone: string) =>
  cached(
    `d-digest|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone }),
  ).format(date);

const rangeText = (from: string, to: string, locale: string) => {
  const format = cached(
    `r-digest|${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  const start = parseDay(from);
  const end = parseDay(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${from} – ${to}`;
  return format.formatRange(start, end);
};

/**
 * The objectives a digest names, each once, in the order it names them: what a connected digest fetches for
 * their titles and those of their key results.
 */
export function digestObjectiveIds(digest: DigestData): string[] {
  const { statusChanges, newRisks, checkIns, kudos, quiet } = digest;
  return [...new Set([...statusChanges, ...newRisks, ...checkIns, ...kudos, ...quiet].map((e) => e.objectiveId))];
}

/**
 * Compute the digest: what changed in a person's or team's goals over some days (a week, usually). A heading
 * with the scope and the days, summary figures, and a section for each kind of change with entries: status
 * changes and new risks (from which status to which, in words), check-ins (value and confidence), kudos
 * (their text), and key results nobody checked in. Titles come from `objectives`; an objective or key result
 * not among them, and a person not among `owners`, get a neutral word, never an id or a blank.
 */
export function connectDigest(input: DigestInput): DigestView {
  const locale = input.locale ?? 'en';
  const timeZone = input.timeZone ?? 'UTC';
  const t = getDigestMessages(locale);
  const common = getMessages(locale);
  const keyResultText = getKeyResultMessages(locale);
  const id = input.idBase ?? 'gk-digest';
  const d = input.digest;
  const objectives = new Map(input.objectives.map((o) => [o.id, o]));
  const keyResults = new Map<string, KeyResultData>();
  for (const objective of input.objectives)
    for (const keyResult of objective.keyResults) keyResults.set(keyResult.id, keyResult);
  const names = new Map((input.owners ?? []).map((o) => [o.id, o.name]));
  const objectiveTitle = (objectiveId: string) => objectives.get(objectiveId)?.title ?? t.unknownObjective;
  const keyResultTitle = (keyResultId: string) => keyResults.get(keyResultId)?.title ?? t.unknownKeyResult;
  const objectiveLine = (objectiveId: string) => {
    const title = objectives.get(objectiveId)?.title;
    return title === undefined ? undefined : t.objective(title);
  };
  const when = (at: string) => {
    // A bare day is that calendar day wherever the viewer is; a timestamp is written in their zone.
    const bare = /^\d{4}-\d{2}-\d{2}$/.test(at);
    const date = parseDay(at);
    return Number.isNaN(date.getTime()) ? at : dayText(date, locale, bare ? 'UTC' : timeZone);
  };
  const status = (value: Status): DigestStatusView => ({
    status: value,
    text: common.status[value],
    badge: part('digest', 'status', { 'data-status': value }),
  });
  const value = (keyResultId: string, v: number | boolean | null) => {
    if (v === null) return t.noValue;
    if (typeof v === 'boolean') return v ? keyResultText.done : keyResultText.notDone;
    const kr = keyResults.get(keyResultId);
    if (kr?.type === 'milestones') return formatPercent(v, locale);
    return formatMeasure(v, { unit: kr?.unit, unitKind: kr?.unitKind }, locale);
  };
  type Fields = 'titleText' | 'objectiveText' | 'change' | 'detailText' | 'bodyText' | 'timeText' | 'dateTime';
  const item = (
    key: string,
    fields: Partial<Pick<DigestItemView, Fields>> & Pick<DigestItemView, 'titleText'>,
  ): DigestItemView => ({
    key,
    objectiveText: undefined,
    change: undefined,
    detailText: undefined,
    bodyText: undefined,
    timeText: undefined,
    dateTime: undefined,
    ...fields,
    item: part('digest', 'item'),
    title: part('digest', 'title'),
    objective: part('digest', 'objective'),
    changeLine: part('digest', 'change'),
    detail: part('digest', 'detail'),
    text: part('digest', 'text'),
    time: part('digest', 'time'),
  });
  const change = (from: Status, to: Status) => ({ wasText: t.was, nowText: t.now, from: status(from), to: status(to) });

  const lists: Record<DigestSectionKey, DigestItemView[]> = {
    'status-changes': d.statusChanges.map((c) =>
      item(c.objectiveId, { titleText: objectiveTitle(c.objectiveId), change: change(c.from, c.to) }),
    ),
    'new-risks': d.newRisks.map((r) =>
      item(r.keyResultId, {
        titleText: keyResultTitle(r.keyResultId),
        objectiveText: objectiveLine(r.objectiveId),
        change: change(r.from, r.to),
      }),
    ),
    'check-ins': d.checkIns.map((c, index) =>
      item(`${c.keyResultId}-${index}`, {
        titleText: keyResultTitle(c.keyResultId),
        objectiveText: objectiveLine(c.objectiveId),
        detailText: t.checkIn({
          value: value(c.keyResultId, c.value),
          confidence:
            c.confidence === null ? t.noConfidence : t.confidence(common.confidence[confidenceBand(c.confidence)]),
        }),
        timeText: when(c.at),
        dateTime: c.at,
      }),
    ),
    kudos: d.kudos.map((k, index) =>
      item(`${k.objectiveId}-${index}`, {
        titleText: t.kudosFrom(names.get(k.authorId) ?? t.someone),
        objectiveText: objectiveLine(k.objectiveId),
        bodyText: k.body,
        timeText: when(k.at),
        dateTime: k.at,
      }),
    ),
    quiet: d.quiet.map((q) =>
      item(q.keyResultId, { titleText: keyResultTitle(q.keyResultId), objectiveText: objectiveLine(q.objectiveId) }),
    ),
  };
  const order: readonly [DigestSectionKey, keyof DigestMessages['sections']][] = [
    ['status-changes', 'statusChanges'],
    ['new-risks', 'newRisks'],
    ['check-ins', 'checkIns'],
    ['kudos', 'kudos'],
    ['quiet', 'quiet'],
  ];
  const number = cached(`n0|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const figures = order.map(([key, words]): DigestFigureView => {
    const count = lists[key].length;
    return {
      key,
      count,
      valueText: number.format(count),
      labelText: t.figures[words](count),
      figure: part('digest', 'figure', { 'data-figure': key, 'data-empty': count === 0 ? 'true' : undefined }),
      value: part('digest', 'figure-value'),
      label: part('digest', 'figure-label'),
    };
  });
  const sections = order
    .filter(([key]) => lists[key].length > 0)
    .map(
      ([key, words]): DigestSectionView => ({
        key,
        headingText: t.sections[words],
        items: lists[key],
        section: part('digest', 'section', { 'aria-labelledby': `${id}-${key}`, 'data-section': key }),
        heading: part('digest', 'section-heading', { id: `${id}-${key}` }),
        list: part('digest', 'list'),
      }),
    );
  const isQuiet = d.checkIns.length + d.statusChanges.length + d.newRisks.length + d.kudos.length === 0;
  return {
    headingText: t.heading(names.get(d.ownerId), rangeText(d.from, d.to, locale)),
    scopeText: t.scope(d.objectives, Math.max(0, d.ownerIds.length - 1)),
    summaryText: t.summary,
    figures,
    isQuiet,
    emptyText: t.empty,
    sections,
    root: part('digest', 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part('digest', 'heading', { id: `${id}-heading` }),
    scope: part('digest', 'scope'),
    summary: part('digest', 'summary', { 'aria-label': t.summary }),
    empty: part('digest', 'empty'),
  };
}
