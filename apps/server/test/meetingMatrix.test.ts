import { createLiveEvents, type LiveEvent, type Objective, type Person } from '@goalkit/client';
import {
  type ActionItem,
  conversationEndpoints,
  type Meeting,
  type MeetingSeries,
  routes,
  type TalkingPoint,
  webhookEventTypeSchema,
} from '@goalkit/client/contract';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { meetingHandlers } from '../src/conversations/meetingHandlers.js';
import { type Reply, request, type Server, startServer, tokens } from './harness.js';

// The 1:1s' authorisation and privacy matrix: every 1:1 route × every kind of person, generated from the
// handlers' keys so a new route cannot be left out. The series is platform-lead's (the manager) with
// platform-1 (the report); the CEO is an admin who does not take part; smb-1 is on another team. The
// report's private note and private talking point hold a secret word: no reply of any route to anyone
// but the report, no live event and no webhook delivery may ever hold it.

type MeetingRoute = keyof typeof meetingHandlers;
type Kind = 'manager' | 'report' | 'admin' | 'outsider' | 'anonymous';
const people: Record<Kind, { token?: string; id?: string }> = {
  manager: { token: tokens.lead, id: 'platform-lead' },
  report: { token: tokens.member, id: 'platform-1' },
  admin: { token: tokens.admin, id: 'ceo' },
  outsider: { token: tokens.outsider, id: 'smb-1' },
  anonymous: {},
};
const kinds = Object.keys(people) as Kind[];
const takesPart = (kind: Kind) => kind === 'manager' || kind === 'report';

/** The word only the report's private side holds. */
const SECRET = 'Zanzibar-quince-7731';
/** Words only the 1:1 holds (its shared side), to look for in replies to those outside it. */
const SHARED = 'Agenda of the matrix';

interface Fixture {
  series: MeetingSeries;
  meeting: Meeting;
  /** A shared talking point the report wrote. */
  reportShared: TalkingPoint;
  item: ActionItem;
}

interface Case {
  /** The path, with `id` in place of the fixture's own id where the route names one. */
  path: (f: Fixture, id?: string) => string;
  body?: (kind: Kind, f: Fixture, id?: string) => unknown;
  /** The status each signed-in kind of person gets. */
  expect: (kind: Kind) => number;
  /** The id the route names (in its path or body), and an id that names nothing of that sort. */
  names?: { own: (f: Fixture) => string; missing: string };
}

/** A route about the 1:1: `ok` to its two people, exactly the answer about a missing one to everyone else. */
const about = (
  path: Case['path'],
  own: (f: Fixture) => string,
  missing: string,
  ok: number,
  body?: Case['body'],
): Case => ({
  path,
  ...(body ? { body } : {}),
  expect: (kind) => (takesPart(kind) ? ok : 404),
  names: { own, missing },
});
const meeting = (f: Fixture) => f.meeting.id;

const cases: Record<MeetingRoute, Case> = {
  // Lists: everyone signed in gets 200, with only their own 1:1s in it.
  listMeetingSeries: { path: () => '/meeting-series', expect: () => 200 },
  listMeetings: { path: (f) => `/meetings?series=${f.series.id}`, expect: () => 200 },
  createMeetingSeries: {
    path: () => '/meeting-series',
    body: (kind) => ({
      withPersonId: kind === 'report' ? 'platform-lead' : 'platform-1',
      cadence: 'weekly',
      firstAt: '2026-11-20T09:00:00Z',
    }),
    // The admin may start one with anyone; smb-1 neither manages platform-1 nor is managed by them.
    expect: (kind) => (kind === 'outsider' ? 403 : 201),
  },
  // The series is named in the body: one not theirs is answered as a missing one, at the field.
  createMeeting: {
    path: () => '/meetings',
    body: (_, f, id = f.series.id) => ({ seriesId: id, at: '2026-12-01T09:00:00Z' }),
    expect: (kind) => (takesPart(kind) ? 201 : 422),
    names: { own: (f) => f.series.id, missing: 'ms-nowhere' },
  },
  getMeeting: about((f, id = meeting(f)) => `/meetings/${id}`, meeting, 'm-nowhere', 200),
  updateMeeting: about(
    (f, id = meeting(f)) => `/meetings/${id}`,
    meeting,
    'm-nowhere',
    200,
    () => ({
      sharedNotes: 'Edited in the matrix',
    }),
  ),
  listTalkingPoints: about((f, id = meeting(f)) => `/meetings/${id}/talking-points`, meeting, 'm-nowhere', 200),
  createTalkingPoint: about(
    (f, id = meeting(f)) => `/meetings/${id}/talking-points`,
    meeting,
    'm-nowhere',
    201,
    () => ({
      text: 'Another point',
    }),
  ),
  // Either participant ticks a shared point off.
  updateTalkingPoint: about(
    (f, id = f.reportShared.id) => `/talking-points/${id}`,
    (f) => f.reportShared.id,
    'tp-nowhere',
    200,
    () => ({ done: true }),
  ),
  // Only its author removes it: the other participant is told so (403), everyone else learns nothing.
  deleteTalkingPoint: {
    path: (f, id = f.reportShared.id) => `/talking-points/${id}`,
    expect: (kind) => (kind === 'report' ? 204 : kind === 'manager' ? 403 : 404),
    names: { own: (f) => f.reportShared.id, missing: 'tp-nowhere' },
  },
  createActionItem: about(
    (f, id = meeting(f)) => `/meetings/${id}/action-items`,
    meeting,
    'm-nowhere',
    201,
    () => ({
      text: 'Follow up',
      ownerId: 'platform-1',
    }),
  ),
  updateActionItem: about(
    (f, id = f.item.id) => `/action-items/${id}`,
    (f) => f.item.id,
    'ai-nowhere',
    200,
    () => ({ done: true }),
  ),
};

/** What webhook deliveries carried (the delivery loop's `fetch`). */
const delivered: string[] = [];
let server: Server;
let count = 0;
const received = new Map<Kind, LiveEvent[]>();
let streams: { close(): void }[] = [];

beforeAll(async () => {
  server = await startServer({
    webhooks: {
      intervalMs: false,
      fetch: (async (_url: string, init?: RequestInit) => {
        delivered.push(String(init?.body ?? ''));
        return new Response(null, { status: 204 });
      }) as typeof fetch,
    },
  });
  // Every signed-in kind of person subscribes to every event, by webhook and on /events.
  for (const kind of kinds.filter((k) => k !== 'anonymous')) {
    const hook = await request(server, 'POST', '/webhooks', people[kind].token, {
      url: `https://hooks.example/${kind}`,
      events: webhookEventTypeSchema.options,
    });
    expect(hook.status).toBe(201);
    received.set(kind, []);
    const stream = createLiveEvents({
      baseUrl: server.baseUrl,
      getToken: () => people[kind].token as string,
      minDelayMs: 20,
    });
    stream.on('*', (event) => received.get(kind)?.push(event));
    streams.push(stream);
  }
  await vi.waitFor(() => expect(server.hub.size).toBe(streams.length));
});
afterAll(async () => {
  for (const stream of streams) stream.close();
  streams = [];
  await server.close();
});

const person = async (id: string) => (await server.store.person(id)) as Person;

/** A fresh 1:1 of platform-lead with platform-1, its first meeting holding the report's secret. */
async function fixture(): Promise<Fixture> {
  const [lead, member] = [await person('platform-lead'), await person('platform-1')];
  const meetings = server.store.meetings;
  const series = await meetings.createSeries(lead, {
    withPersonId: 'platform-1',
    cadence: 'weekly',
    agendaTemplate: [`${SHARED} ${++count}`],
    firstAt: '2026-11-20T09:00:00Z',
  });
  const id = series.nextMeetingId as string;
  await meetings.update(member, id, { privateNotes: `My private note: ${SECRET}` }, '*');
  // Recurring: it carries into every next meeting, where it must stay the report's alone.
  await meetings.createTalkingPoint(member, id, {
    text: `My private point: ${SECRET}`,
    visibility: 'private',
    recurring: true,
  });
  const reportShared = await meetings.createTalkingPoint(member, id, { text: `${SHARED}: the report's point` });
  await meetings.createTalkingPoint(lead, id, { text: `${SHARED}: the manager's point` });
  const item = await meetings.createActionItem(lead, id, { text: `${SHARED}: an action`, ownerId: 'platform-1' });
  return { series, meeting: await meetings.get(lead, id), reportShared, item };
}

async function call(name: MeetingRoute, kind: Kind, f: Fixture, id?: string): Promise<Reply> {
  const route = routes[name];
  const test = cases[name];
  const body = test.body?.(kind, f, id);
  return request(
    server,
    route.method,
    test.path(f, id),
    people[kind].token,
    body,
    'ifMatch' in route && route.ifMatch ? { 'if-match': '*' } : {},
  );
}

describe('the 1:1 matrix', () => {
  it('covers every 1:1 route of the contract', () => {
    const meetingRoutes = (Object.keys(conversationEndpoints) as (keyof typeof conversationEndpoints)[]).filter(
      (name) => /^\/(meeting|talking-points|action-items)/.test(conversationEndpoints[name].path),
    );
    expect(Object.keys(cases).sort()).toEqual(meetingRoutes.sort());
    expect(Object.keys(meetingHandlers).sort()).toEqual(meetingRoutes.sort());
  });

  it('shows the report their own secret (so its absence elsewhere means something)', async () => {
    const f = await fixture();
    const reply = await call('getMeeting', 'report', f);
    expect(JSON.stringify(reply.body).split(SECRET)).toHaveLength(3);
  });

  it.each(Object.keys(cases) as MeetingRoute[])(
    '%s: each kind of person gets what the rules say, and the report’s private side reaches no one else',
    async (name) => {
      // Reads change nothing: one 1:1 serves every kind of person; writes get a fresh one each.
      const shared = routes[name].method === 'GET' ? await fixture() : undefined;
      for (const kind of kinds) {
        const f = shared ?? (await fixture());
        const reply = await call(name, kind, f);
        const text = JSON.stringify(reply.body ?? null);
        const what = `${kind} ${routes[name].method} ${cases[name].path(f)} → ${reply.status} ${text}`;
        if (kind === 'anonymous') {
          expect(reply.status, what).toBe(401);
          continue;
        }
        expect(reply.status, what).toBe(cases[name].expect(kind));
        if (kind !== 'report') expect(text, `${what} holds the report's secret`).not.toContain(SECRET);
        if (takesPart(kind)) continue;
        expect(text, `${what} holds the 1:1's words`).not.toContain(SHARED);
        const names = cases[name].names;
        if (names && reply.status >= 400) {
          // Exactly the answer about something that does not exist.
          const missing = await call(name, kind, f, names.missing);
          expect(missing.status, what).toBe(reply.status);
          expect(text.replaceAll(names.own(f), '<id>'), what).toBe(
            JSON.stringify(missing.body).replaceAll(names.missing, '<id>'),
          );
        } else if (reply.status < 400) {
          expect(text, `${what} names the series`).not.toContain(f.series.id);
          expect(text, `${what} names the meeting`).not.toContain(f.meeting.id);
        }
      }
    },
  );

  it('sends no live event and no webhook about a 1:1: the streams and deliveries of the run never hold the secret', async () => {
    // A goal's comment as the last event: once every stream and webhook has it, nothing else is on its way.
    const goals = await request<{ items: Objective[] }>(
      server,
      'GET',
      '/objectives?owner=platform-1&limit=50',
      tokens.admin,
    );
    const goal = goals.body.items.find((o) => o.visibility === 'public') as Objective;
    expect(
      (await request(server, 'POST', `/objectives/${goal.id}/comments`, tokens.admin, { body: 'Sentinel' })).status,
    ).toBe(201);
    for (const kind of received.keys())
      await vi.waitFor(() =>
        expect(received.get(kind)?.some((e) => e.type === 'comment.created' && e.objectiveId === goal.id)).toBe(true),
      );
    await server.webhooks.run();
    expect(delivered.filter((body) => body.includes('comment.created'))).toHaveLength(received.size);
    for (const [kind, events] of received) {
      // Every event of the run is about a goal: the sentinel, nothing of the 1:1s.
      expect(
        events.map((e) => e.objectiveId),
        kind,
      ).toEqual([goal.id]);
      expect(JSON.stringify(events), kind).not.toContain(SECRET);
    }
    for (const body of delivered) {
      expect(body).not.toContain(SECRET);
      expect(body).not.toContain(SHARED);
    }
  });
});
