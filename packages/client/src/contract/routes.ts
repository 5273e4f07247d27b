import type * as z from 'zod/mini';
import { type Endpoint, endpoints } from './endpoints.js';
import { routeDocs } from './routeDocs.js';

export { EVENTS_PATH } from './eventsPath.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One operation of the goalkit REST contract. The client, the server and the OpenAPI document all read it. */
export interface Route {
  readonly method: Method;
  /** Path template under the base URL, with `{id}` parameters. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success body; `undefined` for 204. */
  readonly response?: z.ZodMiniType;
  /** @default 200 */
  readonly status?: 200 | 201 | 204;
  /** PATCH and DELETE on versioned resources: `If-Match` is required (428 without, 412 when stale). */
  readonly ifMatch?: boolean;
  /** The response carries an `ETag` with the resource's version. */
  readonly etag?: boolean;
}

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

/** The goalkit REST contract: every route, its inputs and its replies. */
export const routes = /* @__PURE__ */ withDocs(endpoints, routeDocs);

export type Routes = typeof routes;
export type RouteName = keyof Routes;
