import { germanGate } from './german.js';

/**
 * What a widget waits for before it renders in a locale: nothing for English or a language already
 * registered; else the load of that language's words, the first time a widget needs them (German from
 * `@goalkit/core/i18n/de`, in the embed bundle `goalkit-de.js`, see `german.ts`). Widgets render nothing
 * for that moment rather than flash English and switch.
 */
export type LocaleGate = (locale: string) => Promise<unknown> | undefined;

let gate: LocaleGate | undefined = germanGate;

/** Set (or clear) the gate every widget's updates pass through. */
export function setLocaleGate(next: LocaleGate | undefined): void {
  gate = next;
}

/**
 * Runs `update` (a widget's Lit `scheduleUpdate`) at once when the locale's words are there, else once
 * they are: or once loading them failed, and the widget falls back to English.
 */
export function whenLocaleReady<T>(locale: string, update: () => T): T | Promise<T> {
  const wait = gate?.(locale);
  return wait ? wait.then(update, update) : update();
}
