import { lazyPart } from '@goalkit/core';

/** Every German catalog, as `@goalkit/core/i18n/de` exports them. */
export type GermanCatalogs = typeof import('@goalkit/core/i18n/de');

const listeners: ((catalogs: GermanCatalogs) => void)[] = [];
let loaded = false;

/**
 * The embed bundle carries English only: its build replaces each German catalog a widget imports with
 * a binding that stays `undefined` (so the widget's catalog falls back to English) until this hands it
 * the catalogs from `goalkit-de.js`, beside `goalkit.js`.
 */
export function onGerman(listener: (catalogs: GermanCatalogs) => void): void {
  listeners.push(listener);
}

const german = lazyPart(() =>
  import('@goalkit/core/i18n/de').then((catalogs) => {
    for (const listener of listeners) listener(catalogs);
    loaded = true;
    return catalogs;
  }),
);
let warned = false;

/**
 * The locale gate of the embed bundle: for a German locale (`de`, `de-AT` …), the load of
 * `goalkit-de.js` (one for the whole page); `undefined` when there is nothing to wait for. A failed
 * load is reported once on the console and the widgets render in English; the next widget that
 * renders in German tries again.
 */
export function germanGate(locale: string): Promise<unknown> | undefined {
  if (loaded || locale.toLowerCase().split('-')[0] !== 'de') return undefined;
  return german.load().catch((error: unknown) => {
    if (!warned) console.warn('goalkit: German text could not be loaded; showing English.', error);
    warned = true;
    throw error;
  });
}
