/** Every German catalog, as `@goalkit/core/i18n/de` exports them. */
export type GermanCatalogs = typeof import('@goalkit/core/i18n/de');

// No imports here: each widget's catalog registers while @goalkit/core loads, before the gate in
// german.ts (which imports @goalkit/core) has run.
const listeners: ((catalogs: GermanCatalogs) => void)[] = [];
let delivered: GermanCatalogs | undefined;

/**
 * The embed bundle carries English only: its build replaces each German catalog a widget imports with
 * a binding that stays `undefined` (so the widget's catalog falls back to English) until this hands it
 * the catalogs from `goalkit-de.js`, beside `goalkit.js`. A widget's file that arrives after them (a
 * tag that appears later) gets them at once.
 */
export function onGerman(listener: (catalogs: GermanCatalogs) => void): void {
  listeners.push(listener);
  if (delivered) listener(delivered);
}

/** Hands the catalogs to every widget's catalog, and to those that register later. */
export function deliverGerman(catalogs: GermanCatalogs): void {
  delivered = catalogs;
  for (const listener of listeners) listener(catalogs);
}
