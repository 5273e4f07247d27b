import type {
  Calibration,
  Meeting,
  MeetingSeries,
  MeetingSummary,
  Review,
  ReviewCycle,
} from '@goalkit/client/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

// The demo organisation's 1:1s and review cycle (see the seed's seedConversations), read through the API as
// the demo people: platform-lead manages platform-1, product-head manages platform-lead.
let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const get = async <T>(path: string, token: string) => {
  const reply = await request<T>(server, 'GET', path, token);
  expect(reply.status, `GET ${path}`).toBe(200);
  return reply;
};

/** The weekly series between platform-lead and platform-1, its meetings (newest first) and the upcoming one, as the lead sees them. */
async function platformOneToOne(token = tokens.lead) {
  const series = (await get<{ items: MeetingSeries[] }>('/meeting-series', token)).body.items;
  const withMember = series.filter((s) => s.participants.some((p) => p.id === 'platform-1'));
  expect(withMember).toHaveLength(1);
  const [one] = withMember as [MeetingSeries];
  const meetings = (await get<{ items: MeetingSummary[] }>(`/meetings?series=${one.id}`, token)).body.items;
  return { series: one, meetings };
}

describe('the demo organisation’s 1:1s', () => {
  it('gives platform-lead a weekly series with platform-1: at least five held meetings and the next one upcoming', async () => {
    const { series, meetings } = await platformOneToOne();
    expect(series.cadence).toBe('weekly');
    expect(series.createdById).toBe('platform-lead');
    expect(series.agendaTemplate).toHaveLength(1);
    expect(meetings.filter((m) => m.state === 'held').length).toBeGreaterThanOrEqual(5);
    const upcoming = meetings.filter((m) => m.state === 'upcoming');
    expect(upcoming).toHaveLength(1);
    expect(series.nextMeetingId).toBe(upcoming[0]?.id);
    // Newest first: the upcoming one is after the server's clock, the held ones before it, a week apart.
    expect(meetings[0]?.state).toBe('upcoming');
    expect(Date.parse(meetings[0]?.at as string)).toBeGreaterThan(Date.parse('2026-11-16T12:00:00Z'));
    const past = meetings.slice(1).map((m) => Date.parse(m.at));
    for (const [i, at] of past.slice(1).entries()) expect((past[i] as number) - at).toBe(7 * 86_400_000);
    // Each held meeting has shared notes and action items.
    const held = await get<Meeting>(`/meetings/${meetings[1]?.id}`, tokens.lead);
    expect(held.body.state).toBe('held');
    expect(held.body.sharedNotes.length).toBeGreaterThan(20);
    expect(held.body.actionItems.length).toBeGreaterThan(0);
  });

  it('carries the last meeting’s open points into the upcoming one and shows platform-1’s private point only to platform-1', async () => {
    const { series, meetings } = await platformOneToOne();
    const last = (await get<Meeting>(`/meetings/${meetings[1]?.id}`, tokens.lead)).body;
    const asLead = await get<Meeting>(`/meetings/${series.nextMeetingId}`, tokens.lead);
    const asMember = await get<Meeting>(`/meetings/${series.nextMeetingId}`, tokens.member);
    const open = last.talkingPoints.filter((p) => !p.done || p.recurring);
    expect(open.some((p) => !p.done && !p.recurring)).toBe(true);
    for (const point of open) {
      const carried = asLead.body.talkingPoints.find((p) => p.text === point.text);
      expect(carried?.carriedFrom, point.text).toBe(point.carriedFrom ?? point.id);
      expect(carried?.done).toBe(false);
    }
    // The agenda template's item is carried too, once.
    const template = series.agendaTemplate[0] as string;
    expect(asLead.body.talkingPoints.filter((p) => p.text === template)).toHaveLength(1);

    const own = asMember.body.talkingPoints.filter((p) => p.visibility === 'private');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((p) => p.authorId === 'platform-1')).toBe(true);
    expect(asLead.body.talkingPoints.some((p) => p.visibility === 'private' && p.authorId === 'platform-1')).toBe(
      false,
    );
    // Nowhere in what the lead is sent: the meeting, its list of points, or a point asked for by id.
    const leadReplies = [
      JSON.stringify(asLead.body),
      JSON.stringify((await get(`/meetings/${series.nextMeetingId}/talking-points`, tokens.lead)).body),
    ];
    for (const point of own) {
      for (const text of leadReplies) {
        expect(text).not.toContain(point.text);
        expect(text).not.toContain(point.id);
      }
      const byId = await request(server, 'GET', `/talking-points/${point.id}`, tokens.lead);
      expect(byId.status).toBe(404);
    }
    // The member sees the shared points the lead sees as well.
    const shared = (m: Meeting) => m.talkingPoints.filter((p) => p.visibility === 'shared').map((p) => p.id);
    expect(shared(asMember.body)).toEqual(shared(asLead.body));
  });

  it('writes on the seeded meetings with the versions the server reads (If-Match from GET)', async () => {
    const { series } = await platformOneToOne(tokens.member);
    const before = await get<Meeting>(`/meetings/${series.nextMeetingId}`, tokens.member);
    const etag = before.headers.get('etag') as string;
    const patched = await request<Meeting>(
      server,
      'PATCH',
      `/meetings/${series.nextMeetingId}`,
      tokens.member,
      { privateNotes: 'Ask about the Data role before the review.' },
      { 'if-match': etag },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.version).toBe(before.body.version + 1);
    // The member's private side moved; the lead's view of the meeting did not.
    const asLead = await get<Meeting>(`/meetings/${series.nextMeetingId}`, tokens.lead);
    expect(JSON.stringify(asLead.body)).not.toContain('Ask about the Data role');
  });

  it('gives every team lead a series with each report, and each department head one with each team lead', async () => {
    const head = (await get<{ items: MeetingSeries[] }>('/meeting-series', tokens.head)).body.items;
    expect(head.map((s) => s.participants.map((p) => p.id).find((id) => id !== 'product-head')).sort()).toEqual([
      'data-lead',
      'mobile-lead',
      'platform-lead',
    ]);
    const lead = (await get<{ items: MeetingSeries[] }>('/meeting-series', tokens.lead)).body.items;
    expect(lead.map((s) => s.participants.map((p) => p.id).find((id) => id !== 'platform-lead')).sort()).toEqual([
      'platform-1',
      'platform-2',
      'product-head',
    ]);
    // Private to the two: an admin or a colleague sees none of them.
    expect((await get<{ items: MeetingSeries[] }>('/meeting-series', tokens.admin)).body.items).toEqual([]);
  });
});

describe('the demo organisation’s review cycle', () => {
  const cycleFor = async (token: string) => {
    const cycles = (await get<{ items: ReviewCycle[] }>('/review-cycles', token)).body.items;
    expect(cycles).toHaveLength(1);
    return cycles[0] as ReviewCycle;
  };

  it('is collecting, for Product & Engineering, with self, manager and anonymous peer steps', async () => {
    const cycle = await cycleFor(tokens.member);
    expect(cycle.name).toBe('H2 2026 performance review');
    expect(cycle.stage).toBe('collecting');
    expect(cycle.period).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(cycle.steps.map((s) => [s.kind, s.anonymous, s.minResponses])).toEqual([
      ['self', false, 1],
      ['manager', false, 1],
      ['peer', true, 3],
    ]);
    expect(cycle.questions.map((q) => [q.id, q.type, q.measures ?? null])).toEqual([
      ['impact', 'rating', 'performance'],
      ['potential', 'rating', 'potential'],
      ['highlights', 'text', null],
    ]);
    expect(cycle.goalSnapshotAt < '2026-11-16T00:00:00Z').toBe(true);
    expect(cycle.goalSnapshotAt > '2026-11-10T00:00:00Z').toBe(true);
    expect(cycle.participantIds).toContain('platform-1');
    expect(cycle.participantIds).toContain('product-head');
    expect(cycle.participantIds).not.toContain('smb-1');
    // Someone outside it sees nothing.
    expect((await get<{ items: ReviewCycle[] }>('/review-cycles', tokens.outsider)).body.items).toEqual([]);
  });

  it('has platform-1’s self review submitted, with their goals as evidence', async () => {
    const cycle = await cycleFor(tokens.member);
    const mine = (
      await get<{ items: Review[] }>(`/review-cycles/${cycle.id}/reviews?reviewer=platform-1`, tokens.member)
    ).body.items;
    const self = mine.find((r) => r.kind === 'self');
    expect(self?.status).toBe('submitted');
    expect(self?.answers.find((a) => a.questionId === 'impact')?.rating).toBeGreaterThanOrEqual(1);
    const full = await get<Review>(`/reviews/${self?.id}`, tokens.member);
    expect(full.body.evidence?.objectives.length).toBeGreaterThan(0);
    expect(full.body.evidence?.goalScore).not.toBeNull();
    expect(full.body.evidence?.snapshotAt).toBe(cycle.goalSnapshotAt);
  });

  it('shows platform-lead the submitted reviews of their reports and their own manager drafts, and hides the peers', async () => {
    const cycle = await cycleFor(tokens.lead);
    const seen = (await get<{ items: Review[] }>(`/review-cycles/${cycle.id}/reviews`, tokens.lead)).body.items;
    const selfOfMember = seen.find((r) => r.kind === 'self' && r.revieweeId === 'platform-1');
    expect(selfOfMember?.status).toBe('submitted');
    expect(
      seen
        .filter((r) => r.kind === 'manager' && r.reviewerId === 'platform-lead')
        .map((r) => r.revieweeId)
        .sort(),
    ).toEqual(['platform-1', 'platform-2']);
    // Draft self reviews stay with their writers, and peer reviews (anonymous) with theirs.
    expect(seen.every((r) => r.kind !== 'self' || r.status === 'submitted' || r.revieweeId === 'platform-lead')).toBe(
      true,
    );
    expect(seen.some((r) => r.kind === 'peer')).toBe(false);
    const asPeer = (await get<{ items: Review[] }>(`/review-cycles/${cycle.id}/reviews`, tokens.peer)).body.items;
    expect(asPeer.filter((r) => r.kind === 'peer').map((r) => r.revieweeId)).toEqual(['platform-1']);
  });

  it('places the people whose manager review is in on the calibration grid, and leaves the others apart', async () => {
    const cycle = await cycleFor(tokens.admin);
    const { people } = (await get<Calibration>(`/review-cycles/${cycle.id}/calibration`, tokens.admin)).body;
    const placed = people.filter((p) => p.placement !== null);
    // A designer opening the demo's grid sees people in boxes, not nine empty ones.
    expect(placed.length).toBeGreaterThanOrEqual(3);
    expect(new Set(placed.map((p) => `${p.placement?.performance}/${p.placement?.potential}`)).size).toBeGreaterThan(1);
    for (const person of placed) expect(person.finalScore).not.toBeNull();
    // platform-lead's reports wait for the review the walkthrough writes.
    for (const id of ['platform-1', 'platform-2']) expect(people.find((p) => p.personId === id)?.placement).toBeNull();
  });
});
