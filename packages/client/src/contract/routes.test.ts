import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints.js';
import { routeDocs } from './routeDocs.js';
import { routes } from './routes.js';

describe('routes', () => {
  it('is every endpoint with its summary and tag, each route keyed in the contract order', () => {
    expect(Object.keys(routes)).toEqual(Object.keys(endpoints));
    for (const name of Object.keys(endpoints) as (keyof typeof endpoints)[]) {
      const { method, path, ...rest } = endpoints[name];
      expect(Object.keys(routes[name])).toEqual(['method', 'path', 'summary', 'tag', ...Object.keys(rest)]);
      expect(routes[name]).toEqual({ method, path, ...routeDocs[name], ...rest });
    }
  });
});
