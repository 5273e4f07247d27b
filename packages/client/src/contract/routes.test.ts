import { describe, expect, it } from 'vitest';
import { assistEndpoints } from './assist.js';
import { assistRouteDocs } from './assistRouteDocs.js';
import { competencyEndpoints } from './competencies.js';
import { competencyRouteDocs } from './competencyRouteDocs.js';
import { conversationRouteDocs } from './conversationRouteDocs.js';
import { conversationEndpoints } from './conversations.js';
import { endpoints } from './endpoints.js';
import { routeDocs } from './routeDocs.js';
import { routes } from './routes.js';

describe('routes', () => {
  it("is every endpoint (the goals', then the conversations') with its summary and tag, keyed in the contract order", () => {
    const wire = { ...endpoints, ...conversationEndpoints, ...assistEndpoints, ...competencyEndpoints };
    const docs = { ...routeDocs, ...conversationRouteDocs, ...assistRouteDocs, ...competencyRouteDocs };
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

  it('keeps the competency routes apart too: none shadows a goal or a conversation route', () => {
    const others = { ...endpoints, ...conversationEndpoints };
    expect(Object.keys(competencyEndpoints).filter((name) => name in others)).toEqual([]);
  });
});
