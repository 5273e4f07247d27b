import { ConflictError, createClient, goalkitMutations, type HttpError, ValidationError } from '@goalkit/client';
import { MutationObserver, QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, startServer, tokens } from './harness.js';

// The client's own suite runs against a scripted fetch; this runs the same client against the
// reference server over real HTTP on loopback.
let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const clientFor = (token: string) => createClient({ baseUrl: server.baseUrl, getToken: () => token });

describe('@goalkit/client against the reference server', () => {
  it('reads every resource, each reply passing the contract validation', async () => {
    const client = clientFor(tokens.member);
    const me = await client.me();
    expect(me.id).toBe('platform-1');
    const cycles = await client.cycles.list();
    expect(cycles.items.map((c) => c.id)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
    const teams = await client.owners.list({ kind: 'team' });
    expect(teams.items).toHaveLength(10);
    const page = await client.objectives.list({ cycle: '2026-Q4', owner: 'platform-1' });
    const objective = page.items[0];
    if (!objective) throw new Error('no objective');
    expect((await client.objectives.get(objective.id)).id).toBe(objective.id);
    const kr = objective.keyResults[0];
    if (!kr) throw new Error('no key result');
    expect((await client.checkIns.list(kr.id)).items.length).toBeGreaterThan(0);
    await client.comments.list(objective.id);
    expect((await client.objectives.history(objective.id)).items[0]?.action).toBe('created');
    expect((await client.tree.get({ cycle: '2026-Q4' })).nodes.length).toBeGreaterThan(50);
    expect((await client.objectives.lint(objective.id)).objectiveId).toBe(objective.id);
    const owed = await client.checkIns.due();
    expect(owed.items.every((d) => d.recipientId === 'platform-1')).toBe(true);
  });

  it('sets, lists and removes a cadence policy, and refuses a bad one with a typed error', async () => {
    const client = clientFor(tokens.member);
    const policy = await client.cadencePolicies.set('platform-1', {
      frequency: 'monthly',
      weekday: 'wednesday',
      localTime: '08:15',
      timeZone: 'Asia/Tokyo',
    });
    expect(policy).toMatchObject({ scopeOwnerId: 'platform-1', graceDays: 2, inherit: 'default' });
    expect((await client.cadencePolicies.list()).items.map((p) => p.scopeOwnerId)).toContain('platform-1');
    const refused = await client.cadencePolicies
      .set('platform-1', { frequency: 'monthly', weekday: 'wednesday', localTime: '08:15', timeZone: 'Nowhere/Land' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).problems.map((p) => p.path)).toEqual(['timeZone']);
    await client.cadencePolicies.delete('platform-1');
    expect((await client.cadencePolicies.list()).items.map((p) => p.scopeOwnerId)).not.toContain('platform-1');
  });

  it('creates, edits with versions, checks in, comments and deletes through typed methods and errors', async () => {
    const client = clientFor(tokens.member);
    const created = await client.objectives.create({
      title: 'Make the on-call rotation humane',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [
        { title: 'Cut pages per week from 30 to 10', type: 'decrease', start: 30, target: 10, unit: 'pages' },
      ],
    });
    const kr = await client.keyResults.create(created.id, { title: 'Runbooks for every alert', type: 'boolean' });
    const afterKr = await client.objectives.get(created.id);
    const updated = await client.objectives.update(
      created.id,
      { title: 'Make on-call humane and calm' },
      { version: afterKr.version },
    );
    await expect(
      client.objectives.update(created.id, { title: 'Stale' }, { version: afterKr.version }),
    ).rejects.toBeInstanceOf(ConflictError);
    const result = await client.checkIns.create(kr.id, { value: true, confidence: 0.9 });
    expect(result.keyResult.score.progress).toBe(1);
    expect(result.objective.version).toBeGreaterThan(updated.version);
    const comment = await client.comments.create(created.id, { kind: 'kudos', body: 'Great initiative' });
    expect(comment.authorId).toBe('platform-1');
    await expect(client.objectives.transition(created.id, { action: 'close' })).rejects.toBeInstanceOf(ConflictError);
    await expect(
      client.keyResults.create(created.id, { title: 'Bad', type: 'range', min: 5, max: 1 }),
    ).rejects.toBeInstanceOf(ValidationError);
    const latest = await client.objectives.get(created.id);
    await client.objectives.delete(created.id, { version: latest.version });
    const gone = await client.objectives.get(created.id).catch((e: unknown) => e);
    expect((gone as HttpError).status).toBe(404);
  });

  it('saves an edited objective with its key results: changed, added and removed, each with If-Match', async () => {
    const client = clientFor(tokens.member);
    const created = await client.objectives.create({
      title: 'Make releases boring and predictable',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [
        { title: 'Cut failed deploys from 12 to 3 a month', type: 'decrease', start: 12, target: 3, unit: 'deploys' },
        { title: 'Release checklist adopted by every team', type: 'boolean' },
      ],
    });
    const [keep, drop] = created.keyResults;
    const queryClient = new QueryClient();
    const save = new MutationObserver(queryClient, goalkitMutations(client, queryClient).saveObjective());
    const saved = await save.mutate({
      id: created.id,
      version: created.version,
      patch: { title: 'Make every release boring and predictable' },
      keyResults: [
        {
          id: keep?.id ?? 'missing',
          title: 'Cut failed deploys from 12 to 2 a month',
          type: 'decrease',
          start: 12,
          target: 2,
          unit: 'deploys',
        },
        { title: 'Median deploy time under 10 minutes', type: 'at-most', target: 10, unit: 'min' },
      ],
    });
    expect(saved.title).toBe('Make every release boring and predictable');
    expect(saved.keyResults.map((k) => k.title)).toEqual([
      'Cut failed deploys from 12 to 2 a month',
      'Median deploy time under 10 minutes',
    ]);
    expect(saved.keyResults[0]).toMatchObject({ id: keep?.id, target: 2, version: 2 });
    expect(saved.keyResults.some((k) => k.id === drop?.id)).toBe(false);
    const history = await client.objectives.history(created.id);
    expect(history.items.map((r) => `${r.entity}:${r.action}`)).toEqual(
      expect.arrayContaining(['objective:updated', 'key-result:updated', 'key-result:created', 'key-result:deleted']),
    );
    await expect(
      save.mutate({ id: created.id, version: created.version, patch: { title: 'A stale edit' }, keyResults: [] }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await client.objectives.get(created.id)).keyResults).toHaveLength(2);
  });
});
