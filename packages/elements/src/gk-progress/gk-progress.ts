import type { Status } from '@goalkit/core';
import { connectProgress } from '@goalkit/core/connect';
import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { attrs } from '../directives/attrs.js';
import { applyColorScheme } from '../internal/color-scheme.js';
import { whenLocaleReady } from '../internal/locale-gate.js';
import { tokenStyles } from '../styles.js';
import { progressStyles } from './gk-progress.styles.js';

/**
 * @tag gk-progress
 * @summary A goal's progress as a bar or ring, with the expected-pace marker and status colour.
 *
 * @csspart root - The meter (`role="meter"`) holding everything else.
 * @csspart track - The empty bar, or the ring's SVG.
 * @csspart range - The filled part of the bar.
 * @csspart marker - Where progress is expected to be today.
 * @csspart ring-track - The ring's background circle.
 * @csspart ring-range - The ring's filled arc.
 * @csspart value - The visible percentage.
 *
 * @cssproperty [--gk-color-accent=#0b5cd5] - Brand colour, used when no status is set.
 * @cssproperty [--gk-color-track=#e4e8ec] - The unfilled track.
 * @cssproperty [--gk-progress-ring-size=3.5rem] - Diameter of the ring variant.
 */
export class GkProgress extends LitElement {
  static override styles = [tokenStyles, progressStyles];

  static override properties = {
    progress: { type: Number },
    raw: { type: Number },
    expected: { type: Number },
    status: { reflect: true },
    label: {},
    variant: { reflect: true },
    locale: {},
  };

  /** Progress in [0, 1]; values outside are clamped. */
  declare progress: number;
  /** Unclamped progress, shown for overachievement ("125%"). */
  declare raw: number | undefined;
  /** Expected progress by today in [0, 1]; draws the pace marker. */
  declare expected: number | undefined;
  /** Status colour and wording. */
  declare status: Status | undefined;
  /** Accessible name of the meter. @default "Progress" */
  declare label: string | undefined;
  /** @default 'bar' */
  declare variant: 'bar' | 'ring';
  /** BCP 47 locale for numbers and words. @default 'en' */
  declare locale: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    applyColorScheme(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    applyColorScheme(this);
  }

  constructor() {
    super();
    this.progress = 0;
    this.variant = 'bar';
  }

  /** Renders once the locale's words are there (only the embed bundle ever has to wait for them). */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    return whenLocaleReady(this.locale ?? 'en', () => super.scheduleUpdate());
  }

  override render() {
    const view = connectProgress({
      progress: this.progress,
      raw: this.raw,
      expected: this.expected,
      status: this.status,
      label: this.label,
      variant: this.variant,
      locale: this.locale,
    });
    const track =
      view.variant === 'ring'
        ? svg`<svg ${attrs(view.track)} viewBox="0 0 36 36" focusable="false">
            <circle ${attrs(view.ringTrack)} cx="18" cy="18" r="15.5" pathLength="1"></circle>
            <circle ${attrs(view.ringRange)} cx="18" cy="18" r="15.5" pathLength="1"></circle>
          </svg>`
        : html`<div ${attrs(view.track)}><div ${attrs(view.range)}></div>${
            view.marker ? html`<div ${attrs(view.marker)}></div>` : nothing
          }</div>`;
    return html`<div ${attrs(view.root)}>${track}<span ${attrs(view.value)}>${view.valueText}</span></div>`;
  }
}
