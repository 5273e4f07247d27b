import type { RouteName } from '@goalkit/client';
import { routes } from '@goalkit/client/contract';
import { describe, expect, it } from 'vitest';
import { AUTHORISATION_CHECKS, CONFORMANCE_CHECKS } from '../src/conformance/runConformance.js';

const checks = CONFORMANCE_CHECKS.flatMap((group) => group.checks);

describe('the table of conformance checks', () => {
  it('covers every route of the contract, and the live events', () => {
    const covered = new Set(checks.flatMap((check) => check.routes));
    const contract = Object.keys(routes) as RouteName[];
    expect(contract.filter((name) => !covered.has(name))).toEqual([]);
    expect(covered.has('events')).toBe(true);
    // A check names only routes the contract has.
    expect([...covered].filter((name) => name !== 'events' && !(name in routes))).toEqual([]);
    expect(checks.filter((check) => check.routes.length === 0).map((check) => check.id)).toEqual([]);
  });

  it('keeps every check, by id and in order (results, CI scripts and --format json name them)', () => {
    expect(checks.map((check) => check.id)).toEqual([
      'auth.required',
      'me',
      'cycles',
      'owners',
      'objectives.pagination',
      'objectives.limit',
      'objectives.notFound',
      'objectives.create',
      'objectives.etag',
      'ifMatch.required',
      'ifMatch.flow',
      'validation',
      'idempotency',
      'values.push',
      'values.sync',
      'imports.dryRun',
      'analytics.privacy',
      'transitions.illegal',
      'history',
      'tree',
      'lint',
      'comments',
      'events',
      'rhythm.policies',
      'rhythm.due',
      'rhythm.digest',
      'webhooks.lifecycle',
      'webhooks.rotation',
      'authz.private',
      'authz.write',
      'authz.lists',
      'authz.tree',
      'authz.subroutes',
      'authz.ids',
      'authz.parent',
      'authz.counts',
      'authz.queues',
      'authz.events',
      'authz.idempotency',
      'meetings.flow',
      'meetings.privacy',
      'reviews.lifecycle',
      'reviews.anonymity',
      'reviews.calibration',
      'competencies.frameworks',
      'competencies.privacy',
      'assist.guardrails',
      'ifMatch.everyWrite',
      'numbers.finite',
      'delete',
    ]);
    expect(checks.every((check) => check.name.length > 0)).toBe(true);
  });

  it('lists the authorisation checks, with their names, in AUTHORISATION_CHECKS', () => {
    expect(AUTHORISATION_CHECKS).toHaveLength(11);
    const authz = checks.filter((check) => check.id.startsWith('authz.')).map(({ id, name }) => [id, name]);
    expect(AUTHORISATION_CHECKS).toEqual(authz);
  });
});
