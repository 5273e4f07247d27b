import { getCompetencyMatrixMessages } from '../i18n/competencyMatrixMessages.js';
import type { CompetencyWords } from '../i18n/competencyMessages.js';
import { formatNumber } from '../i18n/format.js';
import { formatPercent } from '../i18n/messages.js';
import type { CompetencyProfileData } from './competencyWidgetData.js';
import { type AttrBag, part } from './types.js';

/** What the competency matrix renders. */
export interface CompetencyMatrixInput {
  /** The person's profile (see `competencyProfile()`). */
  readonly profile: CompetencyProfileData;
  /** A prefix for element ids, unique on the page. @default 'gk-competency-matrix' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One row of the matrix: a competency. */
export interface CompetencyMatrixRowView {
  readonly key: string;
  readonly nameText: string;
  readonly themeText: string | undefined;
  /** Expected at the current level; only with a target level. */
  readonly expectedNowText: string | undefined;
  readonly expectedText: string;
  readonly assessedText: string;
  /** "Self-assessed" when the rating is the person's own; else `undefined`. */
  readonly selfText: string | undefined;
  readonly gapText: string;
  readonly row: AttrBag;
  readonly name: AttrBag;
  readonly theme: AttrBag;
  readonly selfFlag: AttrBag;
  readonly gap: AttrBag;
}

/** The competency matrix's view-model. */
export interface CompetencyMatrixView {
  readonly headingText: string;
  /** Where the person stands, and their readiness. */
  readonly placementText: string;
  readonly readinessText: string;
  readonly isEmpty: boolean;
  readonly emptyText: string;
  readonly captionText: string;
  /** Column headings: competency, [expected now], expected, assessed, gap. */
  readonly headers: readonly string[];
  readonly rows: readonly CompetencyMatrixRowView[];
  /** What "Self-assessed" means; `undefined` when no row is self-assessed. */
  readonly selfNoteText: string | undefined;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly summary: AttrBag;
  readonly placement: AttrBag;
  readonly readiness: AttrBag;
  readonly empty: AttrBag;
  /**
   * Scrolls the table sideways when it is wider than the widget (320 px): a region labelled by the caption that
   * keyboard users can focus to scroll.
   */
  readonly tableWrap: AttrBag;
  readonly table: AttrBag;
  /** The table's `<caption>`; labels the scrolling region. */
  readonly caption: AttrBag;
  readonly selfNote: AttrBag;
}

const SCOPE = 'competency-matrix';

/** A level with its scale label: "3 (Competent)". */
function levelText(profile: CompetencyProfileData, value: number, t: CompetencyWords, locale: string): string {
  const index = value - profile.scale.min;
  const label = Number.isInteger(index) ? profile.scale.labels?.[index] : undefined;
  return t.level(formatNumber(value, locale), label);
}

/** The gap in words and numbers: "1 level short", or "Met". */
const gapText = (gap: number, t: CompetencyWords, locale: string) =>
  gap > 0 ? t.gap(gap, formatNumber(gap, locale)) : t.met;

/**
 * Compute the competency matrix: a table of every competency the compared level (the target, else the current
 * one) expects, with what the current level expects when there is a target, the assessed level (flagged
 * "Self-assessed" when it is the person's own rating, "Not assessed yet" when nobody rated it) and the gap in
 * words and numbers; above it the placement and the readiness.
 */
export function connectCompetencyMatrix(input: CompetencyMatrixInput): CompetencyMatrixView {
  const locale = input.locale ?? 'en';
  const t = getCompetencyMatrixMessages(locale);
  const id = input.idBase ?? 'gk-competency-matrix';
  const profile = input.profile;
  const target = profile.targetLevel ?? profile.level;
  const hasTarget = Boolean(profile.targetLevel);
  const level = (value: number) => levelText(profile, value, t, locale);
  const rows = profile.competencies.map((c): CompetencyMatrixRowView => {
    const self = c.assessed !== null && c.source === 'self';
    return {
      key: c.competencyId,
      nameText: c.name ?? c.competencyId,
      themeText: c.theme || undefined,
      expectedNowText: hasTarget
        ? c.expectedNow === null || c.expectedNow === undefined
          ? t.notExpected
          : level(c.expectedNow)
        : undefined,
      expectedText: level(c.expected),
      assessedText: c.assessed === null ? t.notAssessed : level(c.assessed),
      selfText: self ? t.selfAssessed : undefined,
      gapText: gapText(c.gap, t, locale),
      row: part(SCOPE, 'row', {
        'data-competency-id': c.competencyId,
        'data-met': c.gap > 0 ? 'false' : 'true',
        'data-source': c.assessed === null ? 'none' : (c.source ?? undefined),
      }),
      name: part(SCOPE, 'name'),
      theme: part(SCOPE, 'theme'),
      selfFlag: part(SCOPE, 'self-flag'),
      gap: part(SCOPE, 'gap', { 'data-met': c.gap > 0 ? 'false' : 'true' }),
    };
  });
  const headers = [
    t.columns.competency,
    ...(hasTarget ? [t.columns.expectedNow(profile.level.name)] : []),
    t.columns.expected(target.name),
    t.columns.assessed,
    t.columns.gap,
  ];
  return {
    headingText: t.heading,
    placementText: t.placement(profile.level.name, profile.targetLevel?.name),
    readinessText: t.readiness(
      profile.readiness === null ? null : formatPercent(profile.readiness, locale),
      target.name,
    ),
    isEmpty: rows.length === 0,
    emptyText: t.nothingExpected,
    captionText: t.caption(target.name),
    headers,
    rows,
    selfNoteText: rows.some((r) => r.selfText) ? t.selfAssessedNote : undefined,
    root: part(SCOPE, 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part(SCOPE, 'heading', { id: `${id}-heading` }),
    summary: part(SCOPE, 'summary'),
    placement: part(SCOPE, 'placement'),
    readiness: part(SCOPE, 'readiness'),
    empty: part(SCOPE, 'empty'),
    tableWrap: part(SCOPE, 'table-wrap', { role: 'region', tabindex: 0, 'aria-labelledby': `${id}-caption` }),
    table: part(SCOPE, 'table'),
    caption: part(SCOPE, 'caption', { id: `${id}-caption` }),
    selfNote: part(SCOPE, 'self-note'),
  };
}

/** What the competency matrix says, connected, for a person on no career track yet (`profileFromApi()` is `undefined`). */
export const competencyMatrixNoPlacementText = (locale = 'en'): string =>
  getCompetencyMatrixMessages(locale).noPlacement;
