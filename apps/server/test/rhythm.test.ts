import type { CadencePolicy, Digest, DueCheckIn, Objective, Problem } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

type Due = { asOf: string; items: DueCheckIn[] };
const due = (token: string, person?: string) =>
  request<Due>(server, 'GET', `/check-ins/due${person ? `?person=${person}` : ''}`, token);

describe('the check-in rhythm', () => {
  it('lists what a person owes by the company’s Monday policy, and a check-in takes it off the list', async () => {
    const { status, body } = await due(tokens.member);
    expect(status).toBe(200);
    // The seeded clock is Monday 2026-11-16 12:00 UTC: the Monday 09:00 Berlin occurrence has come.
    expect(body.asOf).toBe('2026-11-16T12:00:00.000Z');
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.recipientId).toBe('platform-1');
      expect(item.policyOwnerId).toBe('northwind');
      expect(['due', 'overdue', 'escalated']).toContain(item.state);
      expect(Date.parse(item.dueAt)).toBeLessThanOrEqual(Date.parse(body.asOf));
    }
    const first = body.items[0] as DueCheckIn;
    const objective = await request<Objective>(server, 'GET', `/objectives/${first.objectiveId}`, tokens.member);
    const kr = objective.body.keyResults.find((k) => k.id === first.keyResultId);
    const checkIn =
      kr?.type === 'boolean'
        ? { value: true }
        : kr?.type === 'milestones'
          ? { milestones: (kr.milestones ?? []).map(() => true) }
          : { value: 5 };
    expect(
      (await request(server, 'POST', `/key-results/${first.keyResultId}/check-ins`, tokens.member, checkIn)).status,
    ).toBe(201);
    const after = await due(tokens.member);
    expect(after.body.items.some((d) => d.keyResultId === first.keyResultId)).toBe(false);
    expect(after.body.items).toHaveLength(body.items.length - 1);
  });

  it('shows a person’s list to them, their managers and admins only', async () => {
    expect((await due(tokens.lead, 'platform-1')).status).toBe(200);
    expect((await due(tokens.admin, 'platform-1')).status).toBe(200);
    expect((await due(tokens.peer, 'platform-1')).status).toBe(403);
    expect((await due(tokens.admin, 'nobody-here')).status).toBe(404);
    expect((await due(tokens.admin, 'platform')).status).toBe(404); // a team, not a person
  });

  it('lets a person set their own policy, refuses a bad one with its path, and a locked company policy wins', async () => {
    const mine = await request<CadencePolicy>(server, 'PUT', '/cadence-policies/platform-1', tokens.member, {
      frequency: 'weekly',
      weekday: 'friday',
      localTime: '16:00',
      timeZone: 'America/New_York',
    });
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      scopeOwnerId: 'platform-1',
      frequency: 'weekly',
      weekday: 'friday',
      localTime: '16:00',
      timeZone: 'America/New_York',
      skipIfCheckedInWithinDays: 0,
      graceDays: 2,
      escalateTo: null,
      inherit: 'default',
    });
    const own = await due(tokens.member);
    expect(own.body.items.every((d) => d.policyOwnerId === 'platform-1')).toBe(true);
    // Friday 16:00 New York before Monday 2026-11-16: 13 November, 21:00 UTC.
    expect(own.body.items.every((d) => d.dueAt <= '2026-11-13T21:00:00.000Z')).toBe(true);

    const bad = await request<Problem>(server, 'PUT', '/cadence-policies/platform-1', tokens.member, {
      frequency: 'weekly',
      weekday: 'friday',
      localTime: '16:00',
      timeZone: 'Europe/Atlantis',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { path: 'timeZone', message: 'must be an IANA time zone such as Europe/Berlin or America/New_York' },
    ]);
    expect((await request(server, 'PUT', '/cadence-policies/platform-1', tokens.peer, mine.body)).status).toBe(403);
    expect((await request(server, 'PUT', '/cadence-policies/northwind', tokens.lead, mine.body)).status).toBe(403);

    const locked = await request<CadencePolicy>(server, 'PUT', '/cadence-policies/northwind', tokens.admin, {
      frequency: 'weekly',
      weekday: 'monday',
      localTime: '09:00',
      timeZone: 'Europe/Berlin',
      escalateTo: 'manager',
      inherit: 'locked',
    });
    expect(locked.status).toBe(200);
    expect((await due(tokens.member)).body.items.every((d) => d.policyOwnerId === 'northwind')).toBe(true);
    expect((await request(server, 'DELETE', '/cadence-policies/platform-1', tokens.member)).status).toBe(204);
    const policies = await request<{ items: CadencePolicy[] }>(server, 'GET', '/cadence-policies', tokens.peer);
    expect(policies.body.items.map((p) => p.scopeOwnerId)).toEqual(['northwind']);
  });

  it('never lists a draft', async () => {
    const draft = await request<Objective>(server, 'POST', '/objectives', tokens.member, {
      title: 'A draft with a key result long overdue by the calendar',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Ship the thing', type: 'increase', start: 0, target: 10 }],
    });
    expect(draft.status).toBe(201);
    expect(draft.body.state).toBe('draft');
    expect((await due(tokens.member)).body.items.some((d) => d.objectiveId === draft.body.id)).toBe(false);
  });

  it('sends a key result’s check-ins to its checkInResponsibleId, who must be a person who may see the goal', async () => {
    const created = await request<Objective>(server, 'POST', '/objectives', tokens.admin, {
      title: 'A goal whose second key result a teammate checks in on',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [
        { title: 'Raise the first from 0 to 10', type: 'increase', start: 0, target: 10 },
        {
          title: 'Raise the second from 0 to 10',
          type: 'increase',
          start: 0,
          target: 10,
          checkInResponsibleId: 'platform-2',
        },
      ],
    });
    expect(created.status).toBe(201);
    const [first, second] = created.body.keyResults as [Objective['keyResults'][0], Objective['keyResults'][0]];
    expect(second.checkInResponsibleId).toBe('platform-2');
    for (const action of ['propose', 'approve'])
      expect(
        (await request(server, 'POST', `/objectives/${created.body.id}/transitions`, tokens.admin, { action })).status,
      ).toBe(200);
    const owner = (await due(tokens.member)).body.items.map((d) => d.keyResultId);
    const teammate = (await due(tokens.peer)).body.items.map((d) => d.keyResultId);
    expect(owner).toContain(first.id);
    expect(owner).not.toContain(second.id);
    expect(teammate).toContain(second.id);
    // Back to the owner when cleared.
    const cleared = await request(
      server,
      'PATCH',
      `/key-results/${second.id}`,
      tokens.admin,
      { checkInResponsibleId: null },
      {
        'if-match': '*',
      },
    );
    expect(cleared.status).toBe(200);
    expect((await due(tokens.member)).body.items.map((d) => d.keyResultId)).toContain(second.id);
    // Not a person, or someone who may not see a private goal: 422 at the field.
    const team = await request<Problem>(
      server,
      'PATCH',
      `/key-results/${second.id}`,
      tokens.admin,
      { checkInResponsibleId: 'platform' },
      {
        'if-match': '*',
      },
    );
    expect(team.status).toBe(422);
    expect(team.body.errors?.map((e) => e.path)).toEqual(['checkInResponsibleId']);
    const hidden = await request<Problem>(server, 'POST', '/objectives', tokens.admin, {
      title: 'A private goal a teammate cannot see',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      visibility: 'private',
      keyResults: [
        { title: 'Raise it from 0 to 10', type: 'increase', start: 0, target: 10, checkInResponsibleId: 'platform-2' },
      ],
    });
    expect(hidden.status).toBe(422);
    expect(hidden.body.errors?.map((e) => e.path)).toEqual(['keyResults[0].checkInResponsibleId']);
  });

  it('tells a person’s week in their goals: a check-in and kudos of today, over the last seven days by default', async () => {
    const mine = await request<Digest>(server, 'GET', '/digest', tokens.member);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ ownerId: 'platform-1', from: '2026-11-10', to: '2026-11-16' });
    expect(mine.body.objectives).toBeGreaterThan(0);
    const [quiet] = mine.body.quiet;
    if (!quiet) throw new Error('expected a key result with no check-in this week');
    const objective = await request<Objective>(server, 'GET', `/objectives/${quiet.objectiveId}`, tokens.member);
    const kr = objective.body.keyResults.find((k) => k.id === quiet.keyResultId);
    const checkIn =
      kr?.type === 'boolean'
        ? { value: true }
        : kr?.type === 'milestones'
          ? { milestones: (kr.milestones ?? []).map(() => true) }
          : { value: 5, confidence: 0.6 };
    expect(
      (await request(server, 'POST', `/key-results/${quiet.keyResultId}/check-ins`, tokens.member, checkIn)).status,
    ).toBe(201);
    expect(
      (
        await request(server, 'POST', `/objectives/${quiet.objectiveId}/comments`, tokens.lead, {
          kind: 'kudos',
          body: 'Great week <b>really</b>',
        })
      ).status,
    ).toBe(201);
    const after = await request<Digest>(server, 'GET', '/digest?owner=platform-1', tokens.lead);
    expect(after.body.checkIns).toContainEqual(expect.objectContaining({ keyResultId: quiet.keyResultId }));
    expect(after.body.quiet).not.toContainEqual(quiet);
    expect(after.body.kudos).toContainEqual(
      expect.objectContaining({
        objectiveId: quiet.objectiveId,
        authorId: 'platform-lead',
        body: 'Great week <b>really</b>',
      }),
    );
    // The team's digest holds its members' goals.
    const team = await request<Digest>(server, 'GET', '/digest?owner=platform', tokens.lead);
    expect(team.status).toBe(200);
    expect(team.body.ownerIds).toContain('platform-1');
  });

  it('refuses a digest of bad days (400, at their path), and of an owner nobody has', async () => {
    const backwards = await request<Problem>(server, 'GET', '/digest?from=2026-11-16&to=2026-11-01', tokens.member);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors?.map((e) => e.path)).toEqual(['to']);
    expect((await request(server, 'GET', '/digest?from=monday', tokens.member)).status).toBe(400);
    expect((await request(server, 'GET', '/digest?from=2025-01-01&to=2026-11-16', tokens.member)).status).toBe(400);
    expect((await request(server, 'GET', '/digest?owner=nobody', tokens.member)).status).toBe(404);
  });
});
