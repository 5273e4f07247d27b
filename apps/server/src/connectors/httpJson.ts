import type { Connector, ConnectorPoint } from '@goalkit/core';
import { z } from 'zod/mini';
import { fetchLimited, type HttpLimits, PullError } from './fetchLimited.js';

const SEGMENT = /\.?([^.[\]]+)|\[(\d+)\]/gy;
const pathText = z.string().check(
  z.maxLength(200),
  z.refine((p) => parsePath(p) !== undefined, 'must be a path such as data.items or $.series[0].value'),
);

/** `$.a.b[0].c` or `a.b[0].c` as its keys and indexes, or `undefined` when it is not one. */
export function parsePath(path: string): (string | number)[] | undefined {
  const rest = path.startsWith('$') ? path.slice(1) : path;
  const keys: (string | number)[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < rest.length) {
    const at = SEGMENT.lastIndex;
    const match = SEGMENT.exec(rest);
    if (!match || match.index !== at) return undefined;
    keys.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string));
  }
  return keys;
}

/** What a JSON value holds at a path; only its own properties (never `__proto__` or `constructor`). */
function select(value: unknown, path: string): unknown {
  let here = value;
  for (const key of parsePath(path) ?? []) {
    if (here === null || typeof here !== 'object') return undefined;
    if (typeof key === 'number') here = Array.isArray(here) ? here[key] : undefined;
    else here = Object.hasOwn(here, key) ? (here as Record<string, unknown>)[key] : undefined;
  }
  return here;
}

/** The settings of an `http-json` source. */
export const httpJsonConfigSchema = z.object({
  /** The `http:`/`https:` URL to GET; its host must be allowed (`GOALKIT_CONNECTOR_HOSTS`). */
  url: z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http: or https: URL')),
  /** Where the number, or the list of points, is in the reply. @default '$' (the reply itself) */
  path: z.optional(pathText),
  /** In each item of a list: where its number is. @default the item itself */
  valuePath: z.optional(pathText),
  /** In each item of a list: where its date is (`YYYY-MM-DD` or an ISO instant). @default the time of the pull */
  datePath: z.optional(pathText),
});
export type HttpJsonConfig = z.output<typeof httpJsonConfigSchema>;

const describe = (value: unknown) =>
  value === undefined
    ? 'nothing'
    : Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : typeof value === 'object'
          ? 'an object'
          : JSON.stringify(value).slice(0, 60);

/**
 * `http-json`: GET a URL that answers JSON and read a number, or a list of dated points, at a path.
 * `{ url, path: 'data.activeTeams' }` reads one number as of the pull; `{ url, path: 'series',
 * valuePath: 'v', datePath: 'day' }` reads `[{ day, v }, …]`.
 */
export function httpJsonConnector(limits: HttpLimits): Connector<HttpJsonConfig> {
  return {
    id: 'http-json',
    configSchema: httpJsonConfigSchema,
    async pull(config, { asOf, signal }) {
      const text = await fetchLimited(config.url, limits, signal);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new PullError('the reply is not JSON');
      }
      const path = config.path ?? '$';
      const found = select(body, path);
      const at = asOf.toISOString();
      if (typeof found === 'number') return [{ at, value: found }];
      if (!Array.isArray(found))
        throw new PullError(`at ${path} the reply holds ${describe(found)}, not a number or a list`);
      return found.map((item, index): ConnectorPoint => {
        const value = config.valuePath ? select(item, config.valuePath) : item;
        const date = config.datePath ? select(item, config.datePath) : at;
        if (typeof value !== 'number')
          throw new PullError(`item ${index + 1} at ${path} holds ${describe(value)}, not a number`);
        if (typeof date !== 'string')
          throw new PullError(`item ${index + 1} at ${path} has ${describe(date)} as its date`);
        return { at: date, value };
      });
    },
  };
}
