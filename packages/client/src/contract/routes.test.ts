import { describe, expect, it } from 'vitest';
import { conversationRouteDocs } from './conversationRouteDocs.js';
import { conversationEndpoints } from './conversations.js';
import { endpoints } from './endpoints.js';
import { routeDocs } from './routeDocs.js';
import { routes } from './routes.js';

describe('routes', () => {
  it("is every endpoint (the goals', then the conversations') with its summary and tag, keyed in the contract order", () => {
    const wire = { ...endpoints, ...conversationEndpoints };
    const docs = { ...routeDocs, ...conversationRouteDocs };
    expect(Object.keys(routes)).toEqual(Object.keys(wire));
    for (const name of Object.keys(wire) as (keyof typeof wire)[]) {
      const { method, path, ...rest } = wire[name];
      expect(Object.keys(routes[name])).toEqual(['method', 'path', 'summary', 'tag', ...Object.keys(rest)]);
      expect(routes[name]).toEqual({ method, path, ...docs[name], ...rest });
    }
  });

  it('keeps the two tables apart: no conversation route shadows a goal route', () => {
    expect(Object.keys(conversationEndpoints).filter((name) => name in endpoints)).toEqual([]);
  });
});
