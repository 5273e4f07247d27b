import type { CompetencyWords } from '../i18n/competencyMessages.js';
import { formatNumber } from '../i18n/format.js';
import { getSkillRadarMessages } from '../i18n/skillRadarMessages.js';
import type { CompetencyProfileData } from './competencyWidgetData.js';
import { type AttrBag, part } from './types.js';

/** What the skill radar renders. */
export interface SkillRadarInput {
  /** The person's profile (see `competencyProfile()`). */
  readonly profile: CompetencyProfileData;
  /** A prefix for element ids, unique on the page. @default 'gk-skill-radar' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One spoke of the radar: a competency's axis, its label and its assessed point. */
export interface SkillRadarAxisView {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly labelText: string;
  /** The name in lines of about 12 characters (at word breaks), each a `<tspan>` at `labelX`, `dy` below the last. */
  readonly labelLines: readonly { readonly key: string; readonly text: string; readonly dy: number }[];
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAnchor: 'start' | 'middle' | 'end';
  /** The assessed point; `undefined` when nobody rated the competency. */
  readonly point: { readonly cx: number; readonly cy: number; readonly attrs: AttrBag } | undefined;
}

/** A ring of the web at one level of the scale, with its number. */
export interface SkillRadarRingView {
  readonly key: string;
  readonly path: string;
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
}

/** The radar's geometry, in the `viewBox`'s coordinates: renderers only draw it. */
export interface SkillRadarGeometry {
  readonly viewBox: string;
  readonly rings: readonly SkillRadarRingView[];
  readonly axes: readonly SkillRadarAxisView[];
  /** The expected levels' polygon, an SVG path. */
  readonly expectedPath: string;
  /** The assessed levels' polygon (an unrated competency at the scale's minimum), an SVG path. */
  readonly assessedPath: string;
}

/** One row of the table of values (the radar's text alternative). */
export interface SkillRadarRowView {
  readonly key: string;
  readonly nameText: string;
  readonly expectedText: string;
  readonly assessedText: string;
  readonly selfText: string | undefined;
  readonly gapText: string;
  readonly selfFlag: AttrBag;
}

/** The skill radar's view-model. */
export interface SkillRadarView {
  readonly headingText: string;
  readonly isEmpty: boolean;
  readonly emptyText: string;
  readonly chart: SkillRadarGeometry | undefined;
  readonly chartLabelText: string;
  readonly legend: readonly { readonly key: 'expected' | 'assessed'; readonly text: string; readonly item: AttrBag }[];
  readonly valuesText: string;
  readonly captionText: string;
  readonly headers: readonly [string, string, string, string];
  readonly rows: readonly SkillRadarRowView[];
  readonly selfNoteText: string | undefined;
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly empty: AttrBag;
  readonly figure: AttrBag;
  /** The `<svg>`: `role="img"` with a label that says where the values are. */
  readonly svg: AttrBag;
  readonly rings: AttrBag;
  readonly axis: AttrBag;
  readonly axisLabel: AttrBag;
  readonly ringLabel: AttrBag;
  readonly expected: AttrBag;
  readonly assessed: AttrBag;
  readonly legendList: AttrBag;
  readonly swatch: AttrBag;
  /** A native `<details>` with every value in a table. */
  readonly values: AttrBag;
  readonly valuesSummary: AttrBag;
  readonly tableWrap: AttrBag;
  readonly table: AttrBag;
  readonly caption: AttrBag;
  readonly selfNote: AttrBag;
}

const SCOPE = 'skill-radar';
// Wide enough beside the web for a one-word name of about 14 characters ("Communication", "Zusammenarbeit"),
// which cannot break onto a second line.
const WIDTH = 380;
const HEIGHT = 280;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 88;
const LINE = 13;
const LINE_CHARS = 12;

/** A name broken at spaces into lines of about `LINE_CHARS`, so labels beside the web stay narrow. */
function lines(name: string): string[] {
  const out: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = out.length - 1;
    if (last >= 0 && `${out[last]} ${word}`.length <= LINE_CHARS) out[last] = `${out[last]} ${word}`;
    else out.push(word);
  }
  return out.length > 0 ? out : [name];
}
const MAX_RINGS = 10;
const round = (n: number) => Math.round(n * 100) / 100;

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
 * Compute the skill radar: a spoke per competency the compared level expects (the target, else the current
 * level), a ring per level of the scale, the expected levels' polygon and the assessed one (a person's own
 * rating marked apart), in numbers for renderers to draw, with a legend; and every value in a table inside a
 * disclosure, the chart's text alternative (the chart's label says it is there).
 */
export function connectSkillRadar(input: SkillRadarInput): SkillRadarView {
  const locale = input.locale ?? 'en';
  const t = getSkillRadarMessages(locale);
  const id = input.idBase ?? 'gk-skill-radar';
  const profile = input.profile;
  const target = profile.targetLevel ?? profile.level;
  const { min, max } = profile.scale;
  // The scale's minimum sits on the first ring, not the centre, so an unrated competency still shows.
  const floor = min - 1;
  const span = Math.max(1, max - floor);
  const radiusOf = (value: number) => (RADIUS * (Math.min(max, Math.max(floor, value)) - floor)) / span;
  const count = profile.competencies.length;
  const angleOf = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count);
  const at = (i: number, r: number) => ({
    x: round(CX + r * Math.cos(angleOf(i))),
    y: round(CY + r * Math.sin(angleOf(i))),
  });
  const polygon = (values: readonly number[]) =>
    values.length === 0
      ? ''
      : `M${values
          .map((v, i) => {
            const p = at(i, radiusOf(v));
            return `${p.x},${p.y}`;
          })
          .join('L')}Z`;

  let chart: SkillRadarGeometry | undefined;
  if (count > 0) {
    const step = Math.max(1, Math.ceil((max - min + 1) / MAX_RINGS));
    const levels: number[] = [];
    for (let v = min; v <= max; v += step) levels.push(v);
    chart = {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      rings: levels.map((v) => ({
        key: `${v}`,
        path: polygon(profile.competencies.map(() => v)),
        text: formatNumber(v, locale),
        textX: round(CX + 3),
        textY: round(CY - radiusOf(v) - 2),
      })),
      axes: profile.competencies.map((c, i) => {
        const end = at(i, RADIUS);
        const label = at(i, RADIUS + 10);
        const cos = Math.cos(angleOf(i));
        const sin = Math.sin(angleOf(i));
        const text = lines(c.name ?? c.competencyId);
        // Above the centre a label grows upwards from its spoke's end, below it hangs down, beside it is centred.
        const first = sin < -0.3 ? -2 - (text.length - 1) * LINE : sin > 0.3 ? 9 : 4 - ((text.length - 1) * LINE) / 2;
        const point = c.assessed === null ? undefined : at(i, radiusOf(c.assessed));
        return {
          key: c.competencyId,
          x1: CX,
          y1: CY,
          x2: end.x,
          y2: end.y,
          labelText: c.name ?? c.competencyId,
          labelLines: text.map((line, n) => ({ key: `${n}`, text: line, dy: n === 0 ? 0 : LINE })),
          labelX: label.x,
          labelY: round(label.y + first),
          labelAnchor: Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end',
          point: point && {
            cx: point.x,
            cy: point.y,
            attrs: part(SCOPE, 'point', { 'data-source': c.source ?? undefined }),
          },
        };
      }),
      expectedPath: polygon(profile.competencies.map((c) => c.expected)),
      assessedPath: polygon(profile.competencies.map((c) => c.assessed ?? min)),
    };
  }
  const rows = profile.competencies.map(
    (c): SkillRadarRowView => ({
      key: c.competencyId,
      nameText: c.name ?? c.competencyId,
      expectedText: levelText(profile, c.expected, t, locale),
      assessedText: c.assessed === null ? t.notAssessed : levelText(profile, c.assessed, t, locale),
      selfText: c.assessed !== null && c.source === 'self' ? t.selfAssessed : undefined,
      gapText: gapText(c.gap, t, locale),
      selfFlag: part(SCOPE, 'self-flag'),
    }),
  );
  return {
    headingText: t.heading,
    isEmpty: count === 0,
    emptyText: t.nothingExpected,
    chart,
    chartLabelText: t.chartLabel(count, target.name),
    legend: (['expected', 'assessed'] as const).map((key) => ({
      key,
      text: t[key],
      item: part(SCOPE, 'legend-item', { 'data-key': key }),
    })),
    valuesText: t.showValues,
    captionText: t.caption(target.name),
    headers: [t.competency, t.expected, t.assessed, t.gapColumn],
    rows,
    selfNoteText: rows.some((r) => r.selfText) ? t.selfAssessedNote : undefined,
    root: part(SCOPE, 'root', { 'aria-labelledby': `${id}-heading` }),
    heading: part(SCOPE, 'heading', { id: `${id}-heading` }),
    empty: part(SCOPE, 'empty'),
    figure: part(SCOPE, 'figure'),
    svg: part(SCOPE, 'chart', { role: 'img', 'aria-label': t.chartLabel(count, target.name) }),
    rings: part(SCOPE, 'rings'),
    axis: part(SCOPE, 'axis'),
    axisLabel: part(SCOPE, 'axis-label'),
    ringLabel: part(SCOPE, 'ring-label'),
    expected: part(SCOPE, 'expected'),
    assessed: part(SCOPE, 'assessed'),
    legendList: part(SCOPE, 'legend'),
    swatch: part(SCOPE, 'swatch', { 'aria-hidden': 'true' }),
    values: part(SCOPE, 'values'),
    valuesSummary: part(SCOPE, 'values-summary'),
    tableWrap: part(SCOPE, 'table-wrap', { role: 'region', tabindex: 0, 'aria-labelledby': `${id}-caption` }),
    table: part(SCOPE, 'table'),
    caption: part(SCOPE, 'caption', { id: `${id}-caption` }),
    selfNote: part(SCOPE, 'self-note'),
  };
}

/** What the skill radar says, connected, for a person on no career track yet (`profileFromApi()` is `undefined`). */
export const skillRadarNoPlacementText = (locale = 'en'): string => getSkillRadarMessages(locale).noPlacement;
