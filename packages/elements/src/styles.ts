import { tokensCss } from '@goalkit/theme';
import { css, unsafeCSS } from 'lit';

/** The design tokens, adopted once and shared by every gk-* shadow root. The CSS is goalkit's own, never user input. */
export const tokenStyles = unsafeCSS(tokensCss);

/** What every widget's shadow root needs beyond the theme: `hidden` wins over a part's `display`. */
export const baseStyles = css`
  [hidden] {
    display: none !important;
  }
  .gk-sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  gk-progress {
    display: block;
  }
`;

/** Expose a nested `<gk-progress>`'s parts as `progress-*` parts of the widget around it. */
export const progressParts =
  'root:progress-root,track:progress-track,range:progress-range,marker:progress-marker,value:progress-value,ring-track:progress-ring-track,ring-range:progress-ring-range';
