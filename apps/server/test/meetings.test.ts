import type { Objective, Person, Problem } from '@goalkit/client';
import type { ActionItem, Meeting, MeetingSeries, MeetingSummary, TalkingPoint } from '@goalkit/client/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, TODAY, tokens } from './harness.js';

// 1:1s (issue 25), journey by journey: platform-lead manages platform-1 and platform-2; smb-1 is on
// another team; the CEO is an admin. Runs on SQLite, and on PostgreSQL in the server-postgres project.

type Problems = Problem & { errors?: { path: string; message: string }[]; currentVersion?: number };

let server: Server;
beforeAll(async () => {
  server = await startServer({ webhooks: { intervalMs: false } });
});
afterAll(() => server.close());

const api = <T = unknown>(
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
) => request<T & Problems>(server, method, path, token, body, headers);
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const pathsOf = (problem: Problems) => problem.errors?.map((e) => e.path);

const manager = tokens.lead;
const report = tokens.member;

async function startSeries(agendaTemplate = ['Wins', 'Blockers'], firstAt = '2026-11-18T09:00:00Z') {
  const created = await api<MeetingSeries>('POST', '/meeting-series', manager, {
    withPersonId: 'platform-1',
    cadence: 'weekly',
    agendaTemplate,
    firstAt,
  });
  expect(created.status).toBe(201);
  const meeting = await api<Meeting>('GET', `/meetings/${created.body.nextMeetingId}`, manager);
  expect(meeting.status).toBe(200);
  return { series: created.body, meeting: meeting.body };
}

const getMeeting = async (id: string, token: string) => (await api<Meeting>('GET', `/meetings/${id}`, token)).body;
const addPoint = async (meetingId: string, token: string, body: Record<string, unknown>) => {
  const reply = await api<TalkingPoint>('POST', `/meetings/${meetingId}/talking-points`, token, body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
};

/** An approved goal made by the admin, with one increase key result checked in at `value` of 100. */
async function goal(ownerId: string, title: string, visibility: 'public' | 'private', value: number) {
  const admin = (await server.store.person('ceo')) as Person;
  const { objective } = await server.store.createObjective(admin, {
    title,
    ownerId,
    cycleId: '2026-Q4',
    visibility,
    keyResults: [{ title: `${title}: from 0 to 100`, type: 'increase', start: 0, target: 100 }],
  });
  await server.store.transition(admin, objective.id, 'propose');
  await server.store.transition(admin, objective.id, 'approve');
  await server.store.createCheckIn(admin, objective.keyResults[0]?.id as string, { value });
  return objective;
}

describe('starting a 1:1 series', () => {
  it('starts one with a report: the first meeting opens with the agenda template as shared, recurring points', async () => {
    const created = await api<MeetingSeries>('POST', '/meeting-series', manager, {
      withPersonId: 'platform-1',
      cadence: 'biweekly',
      agendaTemplate: ['Wins', 'Blockers'],
      firstAt: '2026-11-18T10:00:00+01:00',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`meeting-series#${created.body.id}`);
    expect(created.body).toMatchObject({
      participants: [
        { id: 'platform-lead', name: expect.any(String) },
        { id: 'platform-1', name: expect.any(String) },
      ],
      cadence: 'biweekly',
      agendaTemplate: ['Wins', 'Blockers'],
      createdById: 'platform-lead',
      nextMeetingId: expect.any(String),
    });
    const first = await api<Meeting>('GET', `/meetings/${created.body.nextMeetingId}`, report);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(first.body).toMatchObject({
      seriesId: created.body.id,
      at: '2026-11-18T09:00:00Z',
      state: 'upcoming',
      sharedNotes: '',
      privateNotes: '',
      actionItems: [],
      openActionItems: [],
      previousMeetingId: null,
      nextMeetingId: null,
      version: 1,
    });
    expect(first.body.talkingPoints).toEqual([
      expect.objectContaining({ text: 'Wins', authorId: 'platform-lead', visibility: 'shared', recurring: true }),
      expect.objectContaining({ text: 'Blockers', done: false, carriedFrom: null }),
    ]);
    const mine = await api<{ items: MeetingSeries[] }>('GET', '/meeting-series', report);
    expect(mine.body.items.map((s) => s.id)).toContain(created.body.id);
  });

  it('lets a report start one with their manager (or any manager above), and an admin with anyone', async () => {
    const up = await api<MeetingSeries>('POST', '/meeting-series', report, {
      withPersonId: 'platform-lead',
      cadence: 'monthly',
      firstAt: '2026-11-20T09:00:00Z',
    });
    expect(up.status).toBe(201);
    expect(up.body.agendaTemplate).toEqual([]);
    const skip = await api('POST', '/meeting-series', report, {
      withPersonId: 'product-head',
      cadence: 'monthly',
      firstAt: '2026-11-20T09:00:00Z',
    });
    expect(skip.status).toBe(201);
    const admin = await api('POST', '/meeting-series', tokens.admin, {
      withPersonId: 'smb-1',
      cadence: 'weekly',
      firstAt: '2026-11-20T09:00:00Z',
    });
    expect(admin.status).toBe(201);
  });

  it('refuses peers (403 with the reason) and someone who is not a person or is the caller (422 at withPersonId)', async () => {
    const body = { cadence: 'weekly', firstAt: '2026-11-20T09:00:00Z' };
    const peers = await api('POST', '/meeting-series', tokens.peer, { ...body, withPersonId: 'platform-1' });
    expect(peers.status).toBe(403);
    expect(peers.body.detail).toMatch(/someone you manage or who manages you/);
    // Someone who does not exist, and the caller themself.
    for (const withPersonId of ['nobody-at-all', 'platform-2']) {
      const reply = await api('POST', '/meeting-series', tokens.peer, { ...body, withPersonId });
      expect(reply.status).toBe(422);
      expect(pathsOf(reply.body)).toEqual(['withPersonId']);
    }
    const team = (await api<{ items: { id: string }[] }>('GET', '/owners?kind=team', report)).body.items[0]?.id;
    const teamReply = await api('POST', '/meeting-series', tokens.admin, { ...body, withPersonId: team });
    expect(teamReply.status).toBe(422);
    const bad = await api('POST', '/meeting-series', manager, {
      ...body,
      withPersonId: 'platform-1',
      agendaTemplate: ['  '],
    });
    expect(bad.status).toBe(422);
    expect(pathsOf(bad.body)).toEqual(['agendaTemplate[0]']);
  });

  it('is private to its two people: not listed to anyone else, admins included', async () => {
    const { series } = await startSeries();
    for (const token of [tokens.admin, tokens.peer, tokens.outsider, tokens.head]) {
      const listed = await api<{ items: MeetingSeries[] }>('GET', '/meeting-series', token);
      expect(listed.body.items.map((s) => s.id)).not.toContain(series.id);
      const meetings = await api<{ items: MeetingSummary[] }>('GET', `/meetings?series=${series.id}`, token);
      expect(meetings.body.items).toEqual([]);
    }
  });
});

describe('one meeting', () => {
  it("keeps each participant's private notes and private points theirs alone, without moving the other's version", async () => {
    const { meeting } = await startSeries();
    const before = await api<Meeting>('GET', `/meetings/${meeting.id}`, manager);
    const noted = await api<Meeting>(
      'PATCH',
      `/meetings/${meeting.id}`,
      report,
      { privateNotes: 'Worried about the reorg', sharedNotes: 'Agreed: <b>ship</b> it' },
      ifMatch(meeting.version),
    );
    expect(noted.status).toBe(200);
    expect(noted.body).toMatchObject({
      privateNotes: 'Worried about the reorg',
      sharedNotes: 'Agreed: <b>ship</b> it',
    });
    const secret = await addPoint(meeting.id, report, { text: 'Ask about the reorg', visibility: 'private' });
    expect(secret).toMatchObject({ visibility: 'private', authorId: 'platform-1', done: false, recurring: false });

    const managerView = await api<Meeting>('GET', `/meetings/${meeting.id}`, manager);
    expect(managerView.body.privateNotes).toBe('');
    expect(managerView.body.sharedNotes).toBe('Agreed: <b>ship</b> it');
    expect(JSON.stringify(managerView.body)).not.toMatch(/reorg/);
    // Only the shared notes moved the manager's version; the report's private side did not.
    expect(managerView.body.version).toBe(before.body.version + 1);
    const points = await api<{ items: TalkingPoint[] }>('GET', `/meetings/${meeting.id}/talking-points`, manager);
    expect(points.body.items.map((p) => p.text)).toEqual(['Wins', 'Blockers']);

    const reportView = await getMeeting(meeting.id, report);
    expect(reportView.privateNotes).toBe('Worried about the reorg');
    expect(reportView.talkingPoints.map((p) => p.text)).toEqual(['Wins', 'Blockers', 'Ask about the reorg']);
    expect(reportView.version).toBeGreaterThan(managerView.body.version);

    const theirs = await api<Meeting>(
      'PATCH',
      `/meetings/${meeting.id}`,
      manager,
      { privateNotes: 'Promotion case' },
      ifMatch(managerView.body.version),
    );
    expect(theirs.body.privateNotes).toBe('Promotion case');
    expect((await getMeeting(meeting.id, report)).privateNotes).toBe('Worried about the reorg');

    // The private point is answered as a missing one to the manager, whatever they try.
    const missing = await api('PATCH', '/talking-points/tp-nowhere', manager, { done: true }, { 'if-match': '*' });
    const hidden = await api('PATCH', `/talking-points/${secret.id}`, manager, { done: true }, { 'if-match': '*' });
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(hidden.body).replaceAll(secret.id, '<id>')).toBe(
      JSON.stringify(missing.body).replaceAll('tp-nowhere', '<id>'),
    );
    const summaries = async (token: string) =>
      (await api<{ items: MeetingSummary[] }>('GET', '/meetings', token)).body.items.find((m) => m.id === meeting.id);
    expect((await summaries(report))?.openTalkingPoints).toBe(3);
    expect((await summaries(manager))?.openTalkingPoints).toBe(2);
  });

  it('lets either participant tick a shared point off, and only its author change or remove it', async () => {
    const { meeting } = await startSeries();
    const point = await addPoint(meeting.id, report, { text: 'Conference budget', recurring: true });
    const ticked = await api<TalkingPoint>(
      'PATCH',
      `/talking-points/${point.id}`,
      manager,
      { done: true },
      ifMatch(point.version),
    );
    expect(ticked.status).toBe(200);
    expect(ticked.body).toMatchObject({ done: true, version: point.version + 1 });
    expect(ticked.headers.get('etag')).toBe(`"${point.version + 1}"`);
    for (const change of [
      { text: 'Rewritten' },
      { visibility: 'private' },
      { recurring: false },
      { links: { objectiveIds: [] } },
    ]) {
      // An empty list of links is what the point has: no change, so nothing to refuse.
      const reply = await api('PATCH', `/talking-points/${point.id}`, manager, change, { 'if-match': '*' });
      expect(reply.status, JSON.stringify(change)).toBe('links' in change ? 200 : 403);
    }
    const refused = await api('DELETE', `/talking-points/${point.id}`, manager, undefined, { 'if-match': '*' });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/Only its author/);
    const edited = await api<TalkingPoint>(
      'PATCH',
      `/talking-points/${point.id}`,
      report,
      { text: 'Conference budget for 2027' },
      ifMatch(ticked.body.version),
    );
    expect(edited.body).toMatchObject({ text: 'Conference budget for 2027', done: true });
    const stale = await api<TalkingPoint>(
      'DELETE',
      `/talking-points/${point.id}`,
      report,
      undefined,
      ifMatch(ticked.body.version),
    );
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(edited.body.version);
    const gone = await api('DELETE', `/talking-points/${point.id}`, report, undefined, ifMatch(edited.body.version));
    expect(gone.status).toBe(204);
    expect((await getMeeting(meeting.id, manager)).talkingPoints.map((p) => p.id)).not.toContain(point.id);
  });

  it('takes action items for a participant, done and undone, with If-Match', async () => {
    const { meeting } = await startSeries();
    const created = await api<ActionItem>('POST', `/meetings/${meeting.id}/action-items`, manager, {
      text: 'Draft the proposal',
      ownerId: 'platform-1',
      due: '2026-11-25',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      meetingId: meeting.id,
      ownerId: 'platform-1',
      due: '2026-11-25',
      doneAt: null,
      createdById: 'platform-lead',
      version: 1,
    });
    const outsider = await api('POST', `/meetings/${meeting.id}/action-items`, manager, {
      text: 'Someone else',
      ownerId: 'smb-1',
    });
    expect(outsider.status).toBe(422);
    expect(pathsOf(outsider.body)).toEqual(['ownerId']);
    const path = `/action-items/${created.body.id}`;
    expect((await api('PATCH', path, report, { done: true })).status).toBe(428);
    const done = await api<ActionItem>('PATCH', path, report, { done: true }, ifMatch(1));
    expect(done.body).toMatchObject({ doneAt: `${TODAY}T12:00:00Z`, version: 2 });
    const again = await api<ActionItem>('PATCH', path, report, { done: false, due: null }, ifMatch(1));
    expect(again.status).toBe(412);
    expect(again.body.currentVersion).toBe(2);
    const undone = await api<ActionItem>('PATCH', path, report, { done: false, due: null }, ifMatch(2));
    expect(undone.body).toMatchObject({ doneAt: null, due: null, version: 3 });
    const moved = await api('PATCH', path, report, { ownerId: 'platform-2' }, ifMatch(3));
    expect(pathsOf(moved.body)).toEqual(['ownerId']);
    expect((await getMeeting(meeting.id, report)).actionItems.map((i) => i.id)).toEqual([created.body.id]);
  });

  it('writes at most once per Idempotency-Key, inside the one transaction of the request', async () => {
    const { meeting } = await startSeries();
    const key = { 'idempotency-key': `meeting-point-${meeting.id}` };
    const path = `/meetings/${meeting.id}/talking-points`;
    const first = await api<TalkingPoint>('POST', path, report, { text: 'Once only' }, key);
    const again = await api<TalkingPoint>('POST', path, report, { text: 'Once only' }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const texts = (await getMeeting(meeting.id, manager)).talkingPoints.map((p) => p.text);
    expect(texts.filter((t) => t === 'Once only')).toHaveLength(1);
  });

  it('checks versions: 428 without If-Match, 412 with the current version when stale', async () => {
    const { meeting } = await startSeries();
    const path = `/meetings/${meeting.id}`;
    expect((await api('PATCH', path, manager, { sharedNotes: 'x' })).status).toBe(428);
    const stale = await api('PATCH', path, manager, { sharedNotes: 'x' }, ifMatch(meeting.version + 5));
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(meeting.version);
    const point = await addPoint(meeting.id, report, { text: 'Pairing' });
    const afterPoint = await getMeeting(meeting.id, manager);
    expect(afterPoint.version).toBe(meeting.version + 1);
    const stalePoint = await api('PATCH', `/talking-points/${point.id}`, manager, { done: true }, ifMatch(7));
    expect(stalePoint.status).toBe(412);
    expect(stalePoint.body.currentVersion).toBe(1);
    expect((await api('DELETE', `/talking-points/${point.id}`, report)).status).toBe(428);
  });

  it('moves through its states: upcoming → held or skipped, skipped → upcoming, and no other way', async () => {
    const { meeting } = await startSeries();
    const path = `/meetings/${meeting.id}`;
    const patch = async (body: Record<string, unknown>) => {
      const current = await getMeeting(meeting.id, manager);
      return api<Meeting>('PATCH', path, manager, body, ifMatch(current.version));
    };
    expect((await patch({ state: 'skipped' })).body.state).toBe('skipped');
    const skippedToHeld = await patch({ state: 'held' });
    expect(skippedToHeld.status).toBe(409);
    expect(skippedToHeld.body.detail).toMatch(/skipped cannot become held/);
    expect((await patch({ state: 'upcoming' })).body.state).toBe('upcoming');
    expect((await patch({ state: 'held' })).body.state).toBe('held');
    const back = await patch({ state: 'upcoming' });
    expect(back.status).toBe(409);
    expect(back.body.detail).toMatch(/A held meeting stays held/);
    // A held meeting's notes are still written afterwards.
    expect((await patch({ state: 'held', sharedNotes: 'Follow-up written later' })).status).toBe(200);
  });

  it('links talking points to goals the author may see, and cuts links the reader may not see', async () => {
    const { meeting } = await startSeries();
    const own = await goal('platform-1', 'Report goal to link', 'public', 40);
    const peerPrivate = await goal('platform-2', 'Peer private goal', 'private', 40);
    const managerPrivate = await goal('platform-lead', 'Lead private goal', 'private', 40);
    const linked = await addPoint(meeting.id, report, {
      text: 'About my goal',
      links: { objectiveIds: [own.id], keyResultIds: [own.keyResults[0]?.id] },
    });
    expect(linked.links).toEqual({ objectiveIds: [own.id], keyResultIds: [own.keyResults[0]?.id] });
    const hidden = await api('POST', `/meetings/${meeting.id}/talking-points`, report, {
      text: 'About theirs',
      links: { objectiveIds: [own.id, peerPrivate.id], keyResultIds: [peerPrivate.keyResults[0]?.id] },
    });
    const missing = await api('POST', `/meetings/${meeting.id}/talking-points`, report, {
      text: 'About theirs',
      links: { objectiveIds: [own.id, 'o-nowhere'], keyResultIds: ['kr-nowhere'] },
    });
    expect(hidden.status).toBe(422);
    expect(pathsOf(hidden.body)).toEqual(['links.objectiveIds[1]', 'links.keyResultIds[0]']);
    expect(
      JSON.stringify(hidden.body)
        .replaceAll(peerPrivate.id, '<o>')
        .replaceAll(peerPrivate.keyResults[0]?.id as string, '<kr>'),
    ).toBe(JSON.stringify(missing.body).replaceAll('o-nowhere', '<o>').replaceAll('kr-nowhere', '<kr>'));
    // The manager links their own private goal: the report sees the point, not the link.
    const managers = await addPoint(meeting.id, manager, {
      text: 'Context from my side',
      links: { objectiveIds: [managerPrivate.id, own.id] },
    });
    expect(managers.links.objectiveIds).toEqual([managerPrivate.id, own.id]);
    const seen = (await getMeeting(meeting.id, report)).talkingPoints.find((p) => p.id === managers.id);
    expect(seen?.links.objectiveIds).toEqual([own.id]);
  });
});

describe('the next meeting', () => {
  it('carries unchecked and recurring points (private ones stay their author’s), with carriedFrom naming the origin', async () => {
    const { series, meeting } = await startSeries(['Wins']);
    const wins = meeting.talkingPoints[0] as TalkingPoint;
    const open = await addPoint(meeting.id, report, { text: 'Still open' });
    const closed = await addPoint(meeting.id, manager, { text: 'Settled' });
    const mine = await addPoint(meeting.id, report, { text: 'My private worry', visibility: 'private' });
    for (const point of [wins, closed])
      await api('PATCH', `/talking-points/${point.id}`, manager, { done: true }, ifMatch(point.version));
    const item = await api<ActionItem>('POST', `/meetings/${meeting.id}/action-items`, report, {
      text: 'Book the room',
      ownerId: 'platform-1',
    });
    const doneItem = await api<ActionItem>('POST', `/meetings/${meeting.id}/action-items`, report, {
      text: 'Send the notes',
      ownerId: 'platform-lead',
    });
    await api('PATCH', `/action-items/${doneItem.body.id}`, manager, { done: true }, ifMatch(1));

    const early = await api('POST', '/meetings', manager, { seriesId: series.id, at: '2026-11-18T09:00:00Z' });
    expect(early.status).toBe(422);
    expect(pathsOf(early.body)).toEqual(['at']);
    const foreign = await api('POST', '/meetings', tokens.peer, { seriesId: series.id, at: '2026-11-25T09:00:00Z' });
    const nowhere = await api('POST', '/meetings', tokens.peer, { seriesId: 'ms-nowhere', at: '2026-11-25T09:00:00Z' });
    expect(foreign.status).toBe(422);
    expect(JSON.stringify(foreign.body).replaceAll(series.id, '<id>')).toBe(
      JSON.stringify(nowhere.body).replaceAll('ms-nowhere', '<id>'),
    );

    const previousVersion = (await getMeeting(meeting.id, manager)).version;
    const next = await api<Meeting>('POST', '/meetings', manager, { seriesId: series.id, at: '2026-11-25T09:00:00Z' });
    expect(next.status).toBe(201);
    expect(next.headers.get('location')).toBe(`meetings/${next.body.id}`);
    expect(next.headers.get('etag')).toBe(`"${next.body.version}"`);
    expect(next.body.previousMeetingId).toBe(meeting.id);
    expect(next.body.talkingPoints.map((p) => [p.text, p.carriedFrom, p.done])).toEqual([
      ['Wins', wins.id, false],
      ['Still open', open.id, false],
    ]);
    expect(next.body.openActionItems.map((i) => i.id)).toEqual([item.body.id]);
    const first = await getMeeting(meeting.id, manager);
    expect(first.nextMeetingId).toBe(next.body.id);
    expect(first.version).toBe(previousVersion + 1);

    const reportView = await getMeeting(next.body.id, report);
    expect(reportView.talkingPoints.map((p) => [p.text, p.carriedFrom, p.visibility, p.authorId])).toEqual([
      ['Wins', wins.id, 'shared', 'platform-lead'],
      ['Still open', open.id, 'shared', 'platform-1'],
      ['My private worry', mine.id, 'private', 'platform-1'],
    ]);
    const listed = await api<{ items: MeetingSummary[] }>('GET', `/meetings?series=${series.id}`, manager);
    expect(listed.body.items.map((m) => m.id)).toEqual([next.body.id, meeting.id]);
    const held = await api<{ items: MeetingSummary[] }>('GET', `/meetings?series=${series.id}&state=held`, manager);
    expect(held.body.items).toEqual([]);
    const seriesNow = (await api<{ items: MeetingSeries[] }>('GET', '/meeting-series', manager)).body.items.find(
      (s) => s.id === series.id,
    );
    expect(seriesNow?.nextMeetingId).toBe(meeting.id);

    // A third meeting still names the points as first written; the agenda comes back if it was removed.
    const carriedWins = next.body.talkingPoints[0] as TalkingPoint;
    await api('DELETE', `/talking-points/${carriedWins.id}`, manager, undefined, ifMatch(carriedWins.version));
    const third = await api<Meeting>('POST', '/meetings', report, { seriesId: series.id, at: '2026-12-02T09:00:00Z' });
    expect(third.body.talkingPoints.map((p) => [p.text, p.carriedFrom])).toEqual([
      ['Still open', open.id],
      ['My private worry', mine.id],
      ['Wins', null],
    ]);
    const moved = await api(
      'PATCH',
      `/meetings/${next.body.id}`,
      manager,
      { at: '2026-12-03T09:00:00Z' },
      { 'if-match': '*' },
    );
    expect(pathsOf(moved.body)).toEqual(['at']);
  });
});

describe('suggested talking points', () => {
  let offTrack: Objective;
  let peerSecret: Objective;
  let leadSecret: Objective;
  beforeAll(async () => {
    offTrack = await goal('platform-1', 'Cut onboarding time in half', 'public', 5);
    peerSecret = await goal('platform-2', 'Peer secret growth goal', 'private', 5);
    leadSecret = await goal('platform-lead', 'Lead secret growth goal', 'private', 5);
  });

  it("name the report's off-track goal with its numbers, to both participants, and never a goal outside the 1:1 or hidden", async () => {
    const { meeting } = await startSeries();
    for (const token of [manager, report]) {
      const { suggestions } = await getMeeting(meeting.id, token);
      const suggestion = suggestions.find((s) => s.objectiveId === offTrack.id);
      expect(suggestion).toMatchObject({
        kind: 'off-track',
        ownerId: 'platform-1',
        title: 'Cut onboarding time in half',
        progress: 0.05,
        expected: expect.any(Number),
      });
      expect(suggestion?.text).toMatch(
        /^“Cut onboarding time in half” is off track: 5 % where \d+ % was expected by now$/,
      );
      expect(suggestions.every((s) => s.ownerId === 'platform-1')).toBe(true);
      const text = JSON.stringify(suggestions);
      for (const hidden of [peerSecret, leadSecret]) {
        expect(text).not.toContain(hidden.id);
        expect(text).not.toContain(hidden.title);
      }
    }
  });
});
