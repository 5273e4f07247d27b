import { runConformance } from '@goalkit/cli/conformance';
import type { Objective } from '@goalkit/client';
import type { Meeting, MeetingSummary } from '@goalkit/client/contract';
import { type AiProvider, createFakeProvider, type FakeProvider } from '@goalkit/core/assist';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

/** The fake the server's provider hands each request to: a test swaps it for a scripted one. */
let fake: FakeProvider = createFakeProvider();
const provider: AiProvider = { id: 'fake', complete: (request) => fake.complete(request) };

let plain: Server;
let server: Server;
beforeAll(async () => {
  [plain, server] = await Promise.all([startServer(), startServer({ assist: provider })]);
});
afterAll(async () => {
  await Promise.all([plain.close(), server.close()]);
});
beforeEach(() => {
  fake = createFakeProvider();
});

type AssistReply = {
  ok: boolean;
  reason?: string;
  message?: string;
  ids?: string[];
  path?: string;
  original?: { title: string };
  value?: unknown;
  smart?: { before: number; after: number };
  cited?: string[];
};

const post = (task: string, token: string, body: unknown, on: Server = server) =>
  request<AssistReply>(on, 'POST', `/assist/${task}`, token, body);

/** What the provider was sent, and what came back, as one string to search. */
const seen = () => JSON.stringify(fake.requests.map((r) => r.input));

async function objective(token: string, body: Record<string, unknown>): Promise<Objective> {
  const created = await request<Objective>(server, 'POST', '/objectives', token, {
    ownerId: 'platform-1',
    cycleId: '2026-Q4',
    ...body,
  });
  expect(created.status).toBe(201);
  return created.body;
}

const comment = async (objectiveId: string, token: string, body: string) =>
  (await request<{ id: string }>(server, 'POST', `/objectives/${objectiveId}/comments`, token, { body })).body.id;

describe('assistance without a provider', () => {
  it('offers no task, and every task route is 404 whatever the body', async () => {
    const offer = await request<{ tasks: string[] }>(plain, 'GET', '/assist', tokens.member);
    expect(offer).toMatchObject({ status: 200, body: { tasks: [] } });
    for (const task of ['rewrite-smart', 'summarise-feedback', 'prepare-agenda']) {
      expect((await post(task, tokens.member, { objective: { id: 'o', title: 'x' } }, plain)).status).toBe(404);
      expect((await post(task, tokens.member, 'not even an object', plain)).status).toBe(404);
    }
  });
});

describe('assistance with the fake provider', () => {
  it('offers every task', async () => {
    const offer = await request<{ tasks: string[] }>(server, 'GET', '/assist', tokens.member);
    expect(offer.body.tasks).toEqual([
      'draft-objective',
      'rewrite-smart',
      'summarise-check-ins',
      'summarise-feedback',
      'suggest-development-goals',
      'prepare-agenda',
    ]);
  });

  it('rewrites a vague goal to be SMART, with the score before and after; a worse rewrite comes back refused with the original', async () => {
    const vague = {
      id: 'o-draft',
      title: 'Improve onboarding',
      owner: 'platform-1',
      cycle: '2026-Q4',
      keyResults: [{ id: 'kr1', title: 'Better onboarding', type: 'increase' }],
    };
    const better = await post('rewrite-smart', tokens.member, { objective: vague });
    expect(better.status).toBe(200);
    expect(better.body.ok).toBe(true);
    expect(better.body.smart?.after).toBeGreaterThan(better.body.smart?.before ?? 100);
    expect(better.body.original?.title).toBe('Improve onboarding');

    fake = createFakeProvider({ answers: { 'rewrite-smart': { title: 'Stuff', keyResults: [] } } });
    const good = {
      ...vague,
      title: 'Cut onboarding time for new engineers',
      keyResults: [
        {
          id: 'kr1',
          title: 'Cut days to first merge from 10 to 3',
          type: 'decrease',
          start: 10,
          target: 3,
          unit: 'days',
        },
      ],
    };
    const worse = await post('rewrite-smart', tokens.member, { objective: good });
    expect(worse.status).toBe(200);
    expect(worse.body).toMatchObject({ ok: false, task: 'rewrite-smart', original: { title: good.title } });
    expect(['no-improvement', 'adds-error']).toContain(worse.body.reason);
    expect(worse.body.message).toBeTruthy();
  });

  it('refuses a summary of one entry before asking the provider', async () => {
    const goal = await objective(tokens.member, { title: 'Ship the new billing page', visibility: 'public' });
    await comment(goal.id, tokens.peer, 'Looks good so far.');
    const one = await post('summarise-feedback', tokens.member, { subject: { kind: 'objective', id: goal.id } });
    expect(one.body).toMatchObject({ ok: false, reason: 'too-few-entries' });
    expect(fake.requests).toEqual([]);
  });

  it("summarises feedback the caller may see, citing it; a private goal's content never reaches the provider or the reply", async () => {
    const secret = 'Quietly interviewing at a competitor';
    const hidden = await objective(tokens.member, { title: secret, visibility: 'private' });
    const hiddenNote = await comment(hidden.id, tokens.member, `Notes on ${secret}`);
    await comment(hidden.id, tokens.member, 'Second private note');
    const open = await objective(tokens.member, { title: 'Speed up the deploy pipeline', visibility: 'public' });
    const first = await comment(open.id, tokens.peer, 'The cache change halved build time.');
    const second = await comment(open.id, tokens.lead, 'Please document the rollback steps.');

    // The peer may not see the private goal: about the member, only the open goal's comments are read.
    const about = await post('summarise-feedback', tokens.peer, { subject: { kind: 'person', id: 'platform-1' } });
    expect(about.status).toBe(200);
    expect(about.body.ok).toBe(true);
    expect(about.body.cited).toEqual(expect.arrayContaining([first, second]));
    expect(about.body.cited).not.toContain(hiddenNote);
    expect(seen()).not.toContain(secret);
    expect(seen()).not.toContain('Second private note');
    expect(JSON.stringify(about.body)).not.toContain(secret);

    // Asking about the private goal itself is as if it did not exist.
    const direct = await post('summarise-feedback', tokens.peer, { subject: { kind: 'objective', id: hidden.id } });
    expect(direct.status).toBe(404);
    expect(seen()).not.toContain(secret);

    // The owner sees it, and gets its summary.
    const own = await post('summarise-feedback', tokens.member, { subject: { kind: 'objective', id: hidden.id } });
    expect(own.body.ok).toBe(true);
  });

  it('refuses an answer citing an entry the caller may not see, without naming it', async () => {
    const hidden = await objective(tokens.member, { title: 'A private plan', visibility: 'private' });
    const hiddenNote = await comment(hidden.id, tokens.member, 'Private thoughts');
    const open = await objective(tokens.member, { title: 'Reduce paging noise', visibility: 'public' });
    const a = await comment(open.id, tokens.peer, 'Fewer pages this week.');
    await comment(open.id, tokens.lead, 'Alert thresholds tuned.');
    fake = createFakeProvider({
      answers: {
        'summarise-feedback': {
          sentences: [
            { text: 'Pages are down.', cites: [a] },
            { text: 'Something about the private plan.', cites: [hiddenNote] },
          ],
        },
      },
    });
    const refused = await post('summarise-feedback', tokens.peer, { subject: { kind: 'objective', id: open.id } });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ ok: false, reason: 'invisible-citation' });
    expect(refused.body.ids).toBeUndefined();
    expect(JSON.stringify(refused.body)).not.toContain(hiddenNote);
  });

  it('summarises the check-ins of a key result the caller may see, and 404s one they may not', async () => {
    const goal = await objective(tokens.member, {
      title: 'Grow weekly active teams',
      visibility: 'public',
      keyResults: [{ title: 'Weekly active teams from 40 to 60', type: 'increase', start: 40, target: 60 }],
    });
    const kr = goal.keyResults[0]?.id as string;
    for (const value of [44, 49]) {
      const made = await request(server, 'POST', `/key-results/${kr}/check-ins`, tokens.member, { value });
      expect(made.status).toBe(201);
    }
    const summary = await post('summarise-check-ins', tokens.peer, { keyResultId: kr });
    expect(summary.body).toMatchObject({ ok: true, task: 'summarise-check-ins' });
    expect(summary.body.cited?.length).toBeGreaterThan(0);

    const hidden = await objective(tokens.member, {
      title: 'Private metric',
      visibility: 'private',
      keyResults: [{ title: 'Secret count from 1 to 2', type: 'increase', start: 1, target: 2 }],
    });
    const missing = await post('summarise-check-ins', tokens.peer, { keyResultId: hidden.keyResults[0]?.id });
    expect(missing.status).toBe(404);
  });

  it("prepares a 1:1 agenda for a participant, never from the other's private points", async () => {
    const meetings = await request<{ items: MeetingSummary[] }>(
      server,
      'GET',
      '/meetings?state=upcoming',
      tokens.member,
    );
    const mine = meetings.body.items.find((m) => m.participants.some((p) => p.id === 'platform-lead'));
    expect(mine).toBeDefined();
    const meetingId = (mine as MeetingSummary).id;
    const secret = 'Private point: ask about the promotion budget';
    const made = await request(server, 'POST', `/meetings/${meetingId}/talking-points`, tokens.member, {
      text: secret,
      visibility: 'private',
    });
    expect(made.status).toBe(201);
    await request(server, 'POST', `/meetings/${meetingId}/talking-points`, tokens.member, {
      text: 'Shared: on-call rota',
    });

    const agenda = await post('prepare-agenda', tokens.lead, { meetingId });
    expect(agenda.body).toMatchObject({ ok: true, task: 'prepare-agenda' });
    expect(seen()).toContain('Shared: on-call rota');
    expect(seen()).not.toContain(secret);
    expect(JSON.stringify(agenda.body)).not.toContain(secret);

    const outsider = await post('prepare-agenda', tokens.outsider, { meetingId });
    expect(outsider.status).toBe(404);
    const asMember = await request<Meeting>(server, 'GET', `/meetings/${meetingId}`, tokens.member);
    expect(asMember.body.talkingPoints.some((p) => p.text === secret)).toBe(true);
  });

  it('drafts an objective from a sentence, and suggests development goals for gaps', async () => {
    const draft = await post('draft-objective', tokens.member, {
      sentence: 'We want customers to onboard faster',
      cycle: '2026-Q4',
    });
    expect(draft.body, JSON.stringify(draft.body)).toMatchObject({ ok: true, task: 'draft-objective' });
    const goals = await post('suggest-development-goals', tokens.member, {
      gaps: [{ competencyId: 'c-sql', name: 'SQL', expected: 3, assessed: 1, gap: 2 }],
      cycle: '2026-Q4',
    });
    expect(goals.body).toMatchObject({ ok: true, task: 'suggest-development-goals' });
  });

  it('turns a provider failure into a refusal that does not repeat the error', async () => {
    fake = createFakeProvider({
      answers: {
        'draft-objective': () => {
          throw new Error('upstream said: the prompt was "We want customers to onboard faster"');
        },
      },
    });
    const failed = await post('draft-objective', tokens.member, { sentence: 'We want customers to onboard faster' });
    expect(failed.body).toMatchObject({ ok: false, reason: 'provider-error' });
    expect(failed.body.message).not.toContain('upstream');
  });

  it('refuses machine-made malformed bodies with 422 and rate-limits assistance per token', async () => {
    expect((await post('summarise-check-ins', tokens.member, {})).status).toBe(422);
    const limited = await startServer({ assist: provider, rateLimit: 1000, assistRateLimit: 2 });
    try {
      const body = { sentence: 'We want customers to onboard faster' };
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post('draft-objective', tokens.member, body, limited)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the conformance check assist.guardrails', () => {
  const run = (on: Server) => runConformance({ baseUrl: on.baseUrl, token: tokens.member });
  it('is skipped as not offered by a server without a provider, and passes with the fake', async () => {
    const without = (await run(plain)).find((r) => r.id === 'assist.guardrails');
    expect(without).toMatchObject({ status: 'skipped', detail: expect.stringContaining('not offered') });
    const withFake = (await run(server)).find((r) => r.id === 'assist.guardrails');
    expect(withFake).toMatchObject({ status: 'passed' });
  });
});
