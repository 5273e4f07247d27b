import { createClient } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, startServer, tokens } from './harness.js';

// Setting goals together (issue 19): what a member may align to, and what waits for their manager.
let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const clientFor = (token: string) => createClient({ baseUrl: server.baseUrl, getToken: () => token, retry: false });

describe('alignment candidates', () => {
  it("offer the member's teams', manager's and company's goals of the same cycle, searchable", async () => {
    const member = clientFor(tokens.member);
    const { items } = await member.alignmentCandidates.list({ owner: 'platform-1', cycle: '2026-Q4' });
    const relations = new Set(items.map((c) => c.relation));
    expect(relations).toEqual(new Set(['team', 'manager', 'company']));
    expect(items.find((c) => c.relation === 'manager')?.ownerId).toBe('platform-lead');
    expect(items.every((c) => c.id && c.title && c.ownerName)).toBe(true);
    const cycleOf = new Map(
      (await member.objectives.list({ cycle: '2026-Q4', limit: 200 })).items.map((o) => [o.id, o.cycleId]),
    );
    expect(items.every((c) => cycleOf.get(c.id) === '2026-Q4')).toBe(true);
    const word = items[0]?.title.split(' ')[1] ?? '';
    const searched = await member.alignmentCandidates.list({ owner: 'platform-1', cycle: '2026-Q4', q: word });
    expect(searched.items.length).toBeGreaterThan(0);
    expect(searched.items.every((c) => c.title.toLowerCase().includes(word.toLowerCase()))).toBe(true);
  });

  it('never offer the objective itself or a goal aligned below it', async () => {
    const lead = clientFor(tokens.lead);
    const [teamGoal] = (await lead.objectives.list({ cycle: '2026-Q4', owner: 'platform' })).items;
    if (!teamGoal) throw new Error('no platform goal');
    const child = await lead.objectives.create({
      title: 'A goal below the team goal',
      ownerId: 'platform',
      cycleId: '2026-Q4',
      parentId: teamGoal.id,
    });
    const { items } = await lead.alignmentCandidates.list({
      owner: 'platform',
      cycle: '2026-Q4',
      exclude: teamGoal.id,
    });
    expect(items.map((c) => c.id)).not.toContain(teamGoal.id);
    expect(items.map((c) => c.id)).not.toContain(child.id);
  });

  it('never offer a goal the caller may not see', async () => {
    const lead = clientFor(tokens.lead);
    const secret = await lead.objectives.create({
      title: 'A private goal of the platform team',
      ownerId: 'platform',
      cycleId: '2026-Q4',
      visibility: 'private',
    });
    const ids = async (token: string) =>
      (await clientFor(token).alignmentCandidates.list({ owner: 'platform-1', cycle: '2026-Q4' })).items.map(
        (c) => c.id,
      );
    expect(await ids(tokens.member)).toContain(secret.id);
    expect(await ids(tokens.outsider)).not.toContain(secret.id);
  });

  it('answer 400 with the path for an unknown owner', async () => {
    const res = await server.call('/alignment-candidates?owner=nobody&cycle=2026-Q4', { token: tokens.member });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual([{ path: 'owner', message: 'no owner has the id "nobody"' }]);
  });
});

describe('approvals', () => {
  it("list a member's proposal for their manager only, and leave it once decided", async () => {
    const member = clientFor(tokens.member);
    const lead = clientFor(tokens.lead);
    const created = await member.objectives.create({
      title: 'Halve the time to restore a failed deploy',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Cut restore time from 40 to 20 minutes', type: 'decrease', start: 40, target: 20 }],
    });
    await member.objectives.transition(created.id, { action: 'propose' });
    const queue = await lead.approvals.list();
    const item = queue.items.find((i) => i.objective.id === created.id);
    expect(item).toMatchObject({ ownerName: expect.any(String), proposedByName: expect.any(String) });
    expect(item?.proposedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(item?.objective.allowedTransitions).toContain('approve');
    expect((await member.approvals.list()).items.map((i) => i.objective.id)).not.toContain(created.id);
    expect((await clientFor(tokens.peer).approvals.list()).items.map((i) => i.objective.id)).not.toContain(created.id);
    await lead.objectives.transition(created.id, { action: 'approve' });
    expect((await lead.approvals.list()).items.map((i) => i.objective.id)).not.toContain(created.id);
  });
});

describe('a new goal is not punished at birth', () => {
  it('shows a draft and a proposal as not started, with no pace and no staleness, until approved', async () => {
    const member = clientFor(tokens.member);
    const lead = clientFor(tokens.lead);
    const draft = await member.objectives.create({
      title: 'Make every deploy reversible in one click',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [
        { title: 'Raise reversible deploys from 20% to 90%', type: 'increase', start: 20, target: 90, unit: '%' },
      ],
    });
    expect(draft.score).toMatchObject({ status: 'not-started', expected: 0 });
    expect(draft.keyResults[0]?.score).toMatchObject({ status: 'not-started', expected: 0, forecast: null });
    const staleOf = async (id: string) =>
      (await member.objectives.lint(id)).messages.filter((m) => m.ruleId === 'time-bound/stale');
    expect(await staleOf(draft.id)).toEqual([]);
    await member.objectives.transition(draft.id, { action: 'propose' });
    expect((await member.objectives.get(draft.id)).score.status).toBe('not-started');
    const approved = await lead.objectives.transition(draft.id, { action: 'approve' });
    // Approved today, with the whole quarter's pace behind it: judged from now on, not stale for weeks it did not exist.
    expect(approved.score.status).not.toBe('not-started');
    expect(await staleOf(draft.id)).toEqual([]);
  });

  it('speaks of the form, not the file format, in the lint it serves', async () => {
    const member = clientFor(tokens.member);
    const created = await member.objectives.create({
      title: 'Grow',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'More users every single week', type: 'increase' }],
    });
    const text = (await member.objectives.lint(created.id)).messages.map((m) => `${m.message} ${m.suggestion ?? ''}`);
    expect(text.join('\n')).not.toMatch(/\b(target|parent|start): /);
    expect(text).toContain(
      'This key result has no target. Enter a Target: the value to reach by the end of the cycle.',
    );
  });
});

describe('the lifecycle as people use it', () => {
  it('tells the author who it waits for, lets them withdraw, and shows the comment it came back with', async () => {
    const member = clientFor(tokens.member);
    const lead = clientFor(tokens.lead);
    const draft = await member.objectives.create({
      title: 'Make on-call a calm week for everyone',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Cut pages per week from 30 to 10', type: 'decrease', start: 30, target: 10 }],
    });
    const proposed = await member.objectives.transition(draft.id, { action: 'propose' });
    expect(proposed.waitingFor).toEqual([{ id: 'platform-lead', name: expect.any(String) }]);
    expect(proposed.allowedTransitions).toContain('withdraw');
    expect((await lead.objectives.get(draft.id)).allowedTransitions).toEqual(['approve', 'return']);
    const withdrawn = await member.objectives.transition(draft.id, { action: 'withdraw' });
    expect(withdrawn.state).toBe('draft');
    expect(withdrawn.returned).toBeNull();
    await member.objectives.transition(draft.id, { action: 'propose' });
    await lead.objectives.transition(draft.id, { action: 'return', comment: 'Add a quality key result too' });
    const back = await member.objectives.get(draft.id);
    expect(back.returned).toMatchObject({ comment: 'Add a quality key result too', byName: expect.any(String) });
    // Proposing again: the comment has been answered.
    expect((await member.objectives.transition(draft.id, { action: 'propose' })).returned).toBeNull();
  });

  it('keeps an owner-set status with its reason beside the computed one, in the history too', async () => {
    const member = clientFor(tokens.member);
    const goal = (await member.objectives.list({ owner: 'platform-1', cycle: '2026-Q4', state: 'active' })).items.find(
      (o) => o.visibility === 'public',
    );
    if (!goal) throw new Error('no active goal');
    const updated = await member.objectives.update(
      goal.id,
      { manualStatus: { status: 'at-risk', note: '  The vendor slipped two weeks  ' } },
      { version: goal.version },
    );
    expect(updated.manualStatus).toMatchObject({
      status: 'at-risk',
      note: 'The vendor slipped two weeks',
      setById: 'platform-1',
    });
    expect(updated.score.status).toBe(goal.score.status);
    const history = await member.objectives.history(goal.id);
    expect(history.items.at(-1)?.changes).toEqual([
      { field: 'manualStatus', from: null, to: { status: 'at-risk', note: 'The vendor slipped two weeks' } },
    ]);
    const cleared = await member.objectives.update(goal.id, { manualStatus: null }, { version: updated.version });
    expect(cleared.manualStatus).toBeNull();
    const res = await server.call(`/objectives/${goal.id}`, {
      method: 'PATCH',
      token: tokens.member,
      headers: { 'if-match': `"${cleared.version}"` },
      body: JSON.stringify({ manualStatus: { status: 'at-risk', note: '' } }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0].path).toBe('manualStatus.note');
    // Someone who may only see the goal may not set its status.
    const peer = await clientFor(tokens.outsider)
      .objectives.update(
        goal.id,
        { manualStatus: { status: 'on-track', note: 'Looks fine' } },
        { version: cleared.version },
      )
      .catch((e: { status: number }) => e.status);
    expect(peer).toBe(403);
  });

  it('carries a goal into the next cycle as a draft, re-aligned to the carried parent', async () => {
    const lead = clientFor(tokens.lead);
    const member = clientFor(tokens.member);
    const parent = await lead.objectives.create({
      title: 'Make the platform boringly reliable this year',
      ownerId: 'platform',
      cycleId: '2026-Q3',
    });
    const child = await member.objectives.create({
      title: 'Halve the time to restore a failed deploy',
      ownerId: 'platform-1',
      cycleId: '2026-Q3',
      parentId: parent.id,
      keyResults: [
        { title: 'Cut restore time from 40 to 20 minutes', type: 'decrease', start: 40, target: 20, due: '2026-09-01' },
        {
          title: 'Runbook steps written',
          type: 'milestones',
          milestones: [
            { title: 'Draft', done: true },
            { title: 'Review', done: false },
          ],
        },
      ],
    });
    const kr = child.keyResults[0];
    if (!kr) throw new Error('no key result');
    await member.objectives.transition(child.id, { action: 'propose' });
    await lead.objectives.transition(child.id, { action: 'approve' });
    await member.checkIns.create(kr.id, { value: 31 });
    // The child is carried first; its copy moves under the parent's copy once that is carried too.
    const childCopy = await member.objectives.duplicate(child.id, { cycleId: '2026-Q4' });
    expect(childCopy).toMatchObject({ state: 'draft', cycleId: '2026-Q4', carriedFrom: child.id, parentId: null });
    expect(childCopy.keyResults[0]).toMatchObject({ type: 'decrease', start: 31, target: 20, current: null });
    expect(childCopy.keyResults[0]?.due).toBeUndefined();
    expect(childCopy.keyResults[1]?.milestones?.map((m) => m.done)).toEqual([false, false]);
    const parentCopy = await lead.objectives.duplicate(parent.id, { cycleId: '2026-Q4' });
    expect((await member.objectives.get(childCopy.id)).parentId).toBe(parentCopy.id);
    const again = await member.objectives.duplicate(child.id, { cycleId: '2026-Q4' });
    expect(again.parentId).toBe(parentCopy.id);
    expect((await member.checkIns.list(again.keyResults[0]?.id ?? '')).items).toEqual([]);
    const same = await server.call(`/objectives/${child.id}/duplicate`, {
      method: 'POST',
      token: tokens.member,
      body: JSON.stringify({ cycleId: '2026-Q3' }),
    });
    expect(same.status).toBe(422);
  });
});
