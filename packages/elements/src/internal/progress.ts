import type { ProgressInput } from '@goalkit/core/connect';
import { html } from 'lit';
import { progressParts } from '../styles.js';

/** A nested `<gk-progress>` from a core progress input, its parts exported as `progress-*`. */
export const renderProgress = (p: ProgressInput, part = 'progress') =>
  html`<gk-progress
    part=${part}
    exportparts=${progressParts}
    .progress=${p.progress}
    .raw=${p.raw}
    .expected=${p.expected}
    .status=${p.status}
    .label=${p.label}
    .locale=${p.locale}
    .variant=${p.variant ?? 'bar'}
  ></gk-progress>`;
