import { assistEndpoints } from './assist.js';
import { assistRouteDocs } from './assistRouteDocs.js';
import { competencyEndpoints } from './competencies.js';
import { competencyRouteDocs } from './competencyRouteDocs.js';
import { conversationRouteDocs } from './conversationRouteDocs.js';
import { conversationEndpoints } from './conversations.js';
import { type Endpoint, endpoints } from './endpoints.js';
import type { Route } from './route.js';
import { routeDocs } from './routeDocs.js';

export { EVENTS_PATH } from './eventsPath.js';
export type { Route } from './route.js';

type Docs = Pick<Route, 'summary' | 'tag'>;

/**
 * `endpoints` with the summary and tag of each route from `routeDocs`, every route's keys in the
 * contract's order (method, path, summary, tag, then the rest), as the type says too.
 */
function withDocs<TEndpoints, TDocs extends { readonly [K in keyof TEndpoints]: Docs }>(
  wire: TEndpoints,
  docs: TDocs,
): {
  readonly [K in keyof TEndpoints]: {
    readonly [P in keyof (Pick<TEndpoints[K], 'method' & keyof TEndpoints[K]> &
      Pick<TEndpoints[K], 'path' & keyof TEndpoints[K]> &
      TDocs[K] &
      TEndpoints[K])]: (TEndpoints[K] & TDocs[K])[P];
  };
} {
  const joined: Record<string, Route> = {};
  for (const [name, { method, path, ...rest }] of Object.entries(wire as Record<string, Endpoint>)) {
    joined[name] = { method, path, ...(docs as Record<string, Docs>)[name], ...rest } as Route;
  }
  return joined as never;
}

/** The goalkit REST contract: every route, its inputs and its replies (the goals' and the conversations'). */
export const routes = /* @__PURE__ */ withDocs(
  { ...endpoints, ...conversationEndpoints, ...assistEndpoints, ...competencyEndpoints },
  { ...routeDocs, ...conversationRouteDocs, ...assistRouteDocs, ...competencyRouteDocs },
);

export type Routes = typeof routes;
export type RouteName = keyof Routes;
