import { formatPercent, getMessages } from '../i18n/messages.js';
import type { Status } from '../scoring/types.js';
import { type AttrBag, part } from './types.js';
import type { ScoreData } from './widgetData.js';

/** What a progress meter shows. */
export interface ProgressInput {
  /** Progress clamped to [0, 1]. Values outside are clamped; NaN counts as 0. */
  readonly progress: number;
  /** Unclamped progress for overachievement ("125%"). @default progress */
  readonly raw?: number | undefined;
  /** Where the pace says progress should be today, in [0, 1]; draws the marker. */
  readonly expected?: number | undefined;
  readonly status?: Status | undefined;
  /** Accessible name of the meter. @default "Progress" in the locale's language */
  readonly label?: string | undefined;
  /** @default 'bar' */
  readonly variant?: 'bar' | 'ring' | undefined;
  /** BCP 47 locale for numbers and words. @default 'en' */
  readonly locale?: string | undefined;
}

/** The progress meter's view-model: text and one attribute bag per anatomy part. */
export interface ProgressView {
  /** Clamped progress as a whole number 0–100. */
  readonly percent: number;
  /** The visible figure, unclamped ("125%"). */
  readonly valueText: string;
  readonly statusText: string | undefined;
  /** The sentence a screen reader hears ("47%, at risk, 51% expected by today"). */
  readonly ariaValueText: string;
  readonly variant: 'bar' | 'ring';
  readonly root: AttrBag;
  readonly track: AttrBag;
  readonly range: AttrBag;
  readonly marker: AttrBag | undefined;
  readonly value: AttrBag;
  /** The ring variant's background circle. */
  readonly ringTrack: AttrBag;
  /** The ring variant's filled arc. */
  readonly ringRange: AttrBag;
}

/** A goal's meter: its score, with the expected marker once it has data. */
export const scoreProgress = (score: ScoreData, label: string, locale: string): ProgressInput => ({
  progress: score.progress,
  raw: score.raw,
  expected: score.hasData ? score.expected : undefined,
  status: score.status,
  label,
  locale,
});

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Compute the progress meter's anatomy (`root`, `track`, `range`, `marker`, `value`, `ringTrack`, `ringRange`) from its input. */
export function connectProgress(input: ProgressInput): ProgressView {
  const locale = input.locale ?? 'en';
  const messages = getMessages(locale);
  const progress = clamp01(input.progress);
  const raw = input.raw !== undefined && Number.isFinite(input.raw) ? Math.max(0, input.raw) : progress;
  const expected = input.expected === undefined ? undefined : clamp01(input.expected);
  const variant = input.variant ?? 'bar';
  const percent = Math.round(progress * 100);
  const valueText = formatPercent(raw, locale);
  const statusText = input.status ? messages.status[input.status] : undefined;
  const expectedText = expected === undefined ? undefined : formatPercent(expected, locale);
  const ariaValueText = messages.progressValueText({
    progress: valueText,
    ...(statusText === undefined ? {} : { status: statusText }),
    ...(expectedText === undefined ? {} : { expected: expectedText }),
  });
  const style: Record<`--gk-${string}`, string> = { '--gk-progress-value': String(progress) };
  if (expected !== undefined) style['--gk-progress-expected'] = String(expected);
  return {
    percent,
    valueText,
    statusText,
    ariaValueText,
    variant,
    root: part('progress', 'root', {
      role: 'meter',
      'aria-label': input.label ?? messages.progressLabel,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': percent,
      'aria-valuetext': ariaValueText,
      'data-status': input.status,
      'data-variant': variant,
      'data-overachieved': raw > 1 ? '' : undefined,
      style,
    }),
    track: part('progress', 'track', { 'aria-hidden': 'true' }),
    range: part('progress', 'range', { 'aria-hidden': 'true' }),
    marker:
      expected === undefined
        ? undefined
        : part('progress', 'marker', { 'aria-hidden': 'true', title: messages.expectedMarker(expectedText ?? '') }),
    value: part('progress', 'value', { 'aria-hidden': 'true' }),
    ringTrack: part('progress', 'ring-track'),
    ringRange: part('progress', 'ring-range'),
  };
}
