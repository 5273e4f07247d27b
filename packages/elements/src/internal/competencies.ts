import type { CompetenciesClient, competencyQueries } from '@goalkit/client/competencies';
import { lazyPart } from '@goalkit/core/connect';
import type { ReactiveControllerHost } from 'lit';
import type { GoalkitContextValue } from '../context.js';

/** The competency routes over a provider's client, with their query option factories. */
export interface Competencies {
  readonly growth: CompetenciesClient;
  readonly queries: ReturnType<typeof competencyQueries>;
}

/**
 * The competency routes and their schemas, loaded on first use from a file of their own (in the embed bundle
 * `goalkit-competencies.js`, beside goalkit.js): kept out of the file every tag shares, so a page without a
 * competency widget loads none of them.
 */
const routes = lazyPart(() => import('@goalkit/client/competencies'));

// One set per client (and its cache), so every element of a page shares them.
const made = new WeakMap<object, Competencies>();
const waiting = new Set<ReactiveControllerHost>();

/**
 * @internal The competency routes (`@goalkit/client/competencies`) over the `<gk-provider>`'s client;
 * `undefined` outside a provider, and until their file has loaded: the element asking (`host`) is updated once
 * it has (or failed to: see {@link competenciesFailed}), so its query controllers read their options again then.
 */
export function competenciesOf(
  goalkit: GoalkitContextValue | undefined,
  host: ReactiveControllerHost,
): Competencies | undefined {
  if (!goalkit) return undefined;
  const loaded = routes.current();
  if (!loaded) {
    waiting.add(host);
    const wake = () => {
      for (const waiter of [...waiting]) waiter.requestUpdate();
      waiting.clear();
    };
    routes.load().then(wake, wake);
    return undefined;
  }
  let value = made.get(goalkit.client);
  if (!value) {
    const growth = loaded.competencies(goalkit.client);
    value = { growth, queries: loaded.competencyQueries(growth) };
    made.set(goalkit.client, value);
  }
  return value;
}

/** @internal Whether the competency routes' file failed to load at the last try (`competenciesOf` tries again). */
export const competenciesFailed = (): boolean => routes.failed();
