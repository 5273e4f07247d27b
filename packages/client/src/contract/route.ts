import type * as z from 'zod/mini';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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

/** A route as the client sends and reads it: everything but its documentation. */
export type Endpoint = Omit<Route, 'summary' | 'tag'>;
