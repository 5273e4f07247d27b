/**
 * The languages widgets can speak besides English, registered at run time (as Shoelace's
 * `registerTranslation`): English is built in; another language's words arrive when an app imports
 * its catalogs (`import '@goalkit/core/i18n/de'` registers German), or when a widget first needs them
 * (the React and lit widgets load German on demand). An app that never shows German never ships it.
 */

/** Languages with a full message catalog. Any other locale falls back to English text with its own number formats. */
export type MessageLocale = 'en' | 'de';

/** The widget catalogs a language provides, by name (`common` is the shared one). */
export type CatalogName =
  | 'common'
  | 'approval'
  | 'assist'
  | 'calibration'
  | 'calibrationGrid'
  | 'checkInForm'
  | 'checkInInbox'
  | 'competencyMatrix'
  | 'dashboard'
  | 'digest'
  | 'editor'
  | 'feedback'
  | 'growthPlan'
  | 'keyResult'
  | 'objectiveCard'
  | 'oneOnOne'
  | 'programHealth'
  | 'reviewForm'
  | 'skillRadar'
  | 'timeline'
  | 'tree';

const registered = new Map<MessageLocale, Partial<Record<CatalogName, unknown>>>();
const listeners = new Set<() => void>();
let version = 0;

/** The catalog language of a BCP 47 locale (`de-AT` → `de`); English for any language without one. */
export function messageLocaleOf(locale = 'en'): MessageLocale {
  return locale.toLowerCase().split('-')[0] === 'de' ? 'de' : 'en';
}

/**
 * Register (or replace) a language's catalogs. Widgets that show that language re-render with them: React
 * through {@link subscribeMessages}, lit at their next update. English is built in and cannot be replaced.
 */
export function registerMessages(
  locale: Exclude<MessageLocale, 'en'>,
  catalogs: Partial<Record<CatalogName, unknown>>,
) {
  registered.set(locale, { ...registered.get(locale), ...catalogs });
  version++;
  for (const listener of [...listeners]) listener();
}

/** Whether the words of a locale are there: always for English (and languages shown in English). */
export function hasMessages(locale = 'en'): boolean {
  const language = messageLocaleOf(locale);
  return language === 'en' || registered.has(language);
}

/** Be told when a language registers; answers the function that stops telling. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes with every registration (a snapshot for `useSyncExternalStore`). */
export function messagesVersion(): number {
  return version;
}

/** A widget's catalog in a locale: the registered one, else English. */
export function localized<T>(name: CatalogName, en: T, locale = 'en'): T {
  const language = messageLocaleOf(locale);
  if (language === 'en') return en;
  return (registered.get(language)?.[name] as T | undefined) ?? en;
}
