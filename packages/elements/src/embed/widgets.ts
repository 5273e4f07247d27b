/**
 * Every tag the embed bundle defines, and the import that defines it. The build makes each import a
 * file of its own beside goalkit.js, named after the tag (`define/gk-objective-card.ts` becomes
 * `goalkit-objective-card.js`, `./provider.ts` becomes `goalkit-provider.js`), and goalkit.js imports
 * it when the tag first appears in the page. Adding a widget to the embed is one line here (the build
 * fails while a `define/gk-*.ts` file is missing from this list).
 */
export const widgets = {
  'gk-provider': () => import('./provider.js'),
  'gk-progress': () => import('../define/gk-progress.js'),
  'gk-key-result': () => import('../define/gk-key-result.js'),
  'gk-objective-card': () => import('../define/gk-objective-card.js'),
  'gk-check-in-form': () => import('../define/gk-check-in-form.js'),
  'gk-check-in-timeline': () => import('../define/gk-check-in-timeline.js'),
  'gk-alignment-tree': () => import('../define/gk-alignment-tree.js'),
  'gk-goal-editor': () => import('../define/gk-goal-editor.js'),
  'gk-cycle-dashboard': () => import('../define/gk-cycle-dashboard.js'),
  'gk-feedback-thread': () => import('../define/gk-feedback-thread.js'),
  'gk-approval-list': () => import('../define/gk-approval-list.js'),
  'gk-check-in-inbox': () => import('../define/gk-check-in-inbox.js'),
  'gk-digest': () => import('../define/gk-digest.js'),
  'gk-program-health': () => import('../define/gk-program-health.js'),
  'gk-calibration': () => import('../define/gk-calibration.js'),
  'gk-one-on-one': () => import('../define/gk-one-on-one.js'),
  'gk-calibration-grid': () => import('../define/gk-calibration-grid.js'),
  'gk-review-form': () => import('../define/gk-review-form.js'),
  'gk-competency-matrix': () => import('../define/gk-competency-matrix.js'),
  'gk-skill-radar': () => import('../define/gk-skill-radar.js'),
  'gk-growth-plan': () => import('../define/gk-growth-plan.js'),
} satisfies Record<`gk-${string}`, () => Promise<unknown>>;

/**
 * The tags each tag renders in its shadow root (its define file imports theirs), so that goalkit.js
 * fetches their files together with its own. The embed build fills this in from the define files
 * (scripts/build-embed.mjs); nothing to write here.
 */
export const renders: Readonly<Record<string, readonly string[]>> = {};
