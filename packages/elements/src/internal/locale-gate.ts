/**
 * What a widget waits for before it renders in a locale. Nothing, except in the embed bundle
 * (`goalkit.js`), which carries English only and loads another language's words the first time a
 * widget needs them (see `embed/german.ts`): widgets then render nothing for that moment rather than
 * flash English and switch.
 */
export type LocaleGate = (locale: string) => Promise<unknown> | undefined;

let gate: LocaleGate | undefined;

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
