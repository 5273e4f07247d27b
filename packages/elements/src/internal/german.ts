import { hasMessages, messageLocaleOf, registerMessages } from '@goalkit/core';
import { lazyPart } from '@goalkit/core/connect';

/** Every German catalog, as `@goalkit/core/i18n/de` exports them. */
export type GermanCatalogs = typeof import('@goalkit/core/i18n/de');

/** How {@link createGermanGate} loads, waits and retries. */
export interface GermanGateOptions {
  /** Loads the catalogs (`import('@goalkit/core/i18n/de')`; in the embed bundle, `goalkit-de.js`). */
  load: () => Promise<GermanCatalogs>;
  /** Whether German is there already (registered by the app, or loaded). @default `hasMessages('de')` */
  has?: () => boolean;
  /**
   * Registers what `load` brought. @default `registerMessages('de', catalogs)`; explicit, because the embed's
   * goalkit-de.js is a build of its own and registers in its own copy of the registry.
   */
  register?: (catalogs: GermanCatalogs) => void;
  /** Longest a widget waits before it renders in English; it turns German at its next update. @default 3000 */
  waitMs?: number;
  /** After a failed load, how long widgets render in English before one of them tries again. @default 30000 */
  retryAfterMs?: number;
  now?: () => number;
}

/**
 * A locale gate (see `internal/locale-gate.ts`) for German: the load of the catalogs (one for the whole
 * page) while a widget's locale is German (`de`, `de-AT` …) and they are not there yet; `undefined`
 * when there is nothing to wait for. A widget never waits longer than `waitMs` (a file that hangs does
 * not leave the page blank), a failed load is reported once on the console, and after a failure widgets
 * render in English at once until `retryAfterMs` has passed, rather than each retrying.
 */
export function createGermanGate(options: GermanGateOptions): (locale: string) => Promise<unknown> | undefined {
  const {
    waitMs = 3000,
    retryAfterMs = 30_000,
    now = Date.now,
    has = () => hasMessages('de'),
    register = (catalogs: GermanCatalogs) => registerMessages('de', { ...catalogs }),
  } = options;
  let failedAt: number | undefined;
  let warned = false;
  const german = lazyPart(() =>
    options.load().then((catalogs) => {
      register(catalogs);
      return catalogs;
    }),
  );
  return (locale) => {
    if (messageLocaleOf(locale) !== 'de' || has()) return undefined;
    if (failedAt !== undefined && now() - failedAt < retryAfterMs) return undefined;
    const loading = german.load().then(
      () => {
        failedAt = undefined;
      },
      (error: unknown) => {
        failedAt = now();
        if (!warned) console.warn('goalkit: German text could not be loaded; showing English.', error);
        warned = true;
      },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, waitMs);
    });
    return Promise.race([loading, waited]).finally(() => clearTimeout(timer));
  };
}

/** Every widget's gate: German from `@goalkit/core/i18n/de` (in the embed bundle, `goalkit-de.js`). */
export const germanGate = createGermanGate({ load: () => import('@goalkit/core/i18n/de') });
