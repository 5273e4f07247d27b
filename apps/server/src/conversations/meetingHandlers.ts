import type { Person } from '@goalkit/client';
import type { conversationEndpoints, MeetingState } from '@goalkit/client/contract';
import type { GoalStore, VersionPrecondition } from '../store.js';

/** The 1:1 routes of the contract. */
export type MeetingRoute =
  | 'listMeetingSeries'
  | 'createMeetingSeries'
  | 'listMeetings'
  | 'createMeeting'
  | 'getMeeting'
  | 'updateMeeting'
  | 'listTalkingPoints'
  | 'createTalkingPoint'
  | 'updateTalkingPoint'
  | 'deleteTalkingPoint'
  | 'createActionItem'
  | 'updateActionItem';

/**
 * The part of the app's `Handler` these handlers use, spelled out (importing the app's type would make a
 * cycle: the app imports these handlers). Its reply has no `events`: a 1:1 route cannot publish one.
 */
type Handler = (
  input: {
    person: Person;
    params: Record<string, string>;
    query: Record<string, unknown>;
    body: unknown;
    version: VersionPrecondition | undefined;
  },
  store: GoalStore,
) => Promise<{ status: 200 | 201 | 204; body?: unknown; location?: string }>;

const id = (params: Record<string, string>) => params.id as string;
const meetingPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`;

/**
 * The 1:1 routes' handlers, over `store.meetings` (see `Meetings` for the rules). None of them returns
 * live events: nothing of a 1:1 goes to `/events` or to webhooks, so nothing private can leak that way.
 */
export const meetingHandlers: Record<MeetingRoute & keyof typeof conversationEndpoints, Handler> = {
  listMeetingSeries: async ({ person }, store) => ({
    status: 200,
    body: { items: await store.meetings.listSeries(person) },
  }),
  createMeetingSeries: async ({ person, body }, store) => {
    const series = await store.meetings.createSeries(person, body as never);
    // A series has no URL of its own: its list, with its id as the fragment.
    return { status: 201, body: series, location: `/meeting-series#${encodeURIComponent(series.id)}` };
  },
  listMeetings: async ({ person, query }, store) => ({
    status: 200,
    body: {
      items: await store.meetings.list(person, query as { series?: string; state?: MeetingState }),
    },
  }),
  createMeeting: async ({ person, body }, store) => {
    const meeting = await store.meetings.create(person, body as never);
    return { status: 201, body: meeting, location: meetingPath(meeting.id) };
  },
  getMeeting: async ({ person, params }, store) => ({
    status: 200,
    body: await store.meetings.get(person, id(params)),
  }),
  updateMeeting: async ({ person, params, body, version }, store) => ({
    status: 200,
    body: await store.meetings.update(person, id(params), body as never, version as VersionPrecondition),
  }),
  listTalkingPoints: async ({ person, params }, store) => ({
    status: 200,
    body: { items: await store.meetings.talkingPoints(person, id(params)) },
  }),
  createTalkingPoint: async ({ person, params, body }, store) => {
    const point = await store.meetings.createTalkingPoint(person, id(params), body as never);
    return { status: 201, body: point, location: `/talking-points/${encodeURIComponent(point.id)}` };
  },
  updateTalkingPoint: async ({ person, params, body, version }, store) => ({
    status: 200,
    body: await store.meetings.updateTalkingPoint(person, id(params), body as never, version as VersionPrecondition),
  }),
  deleteTalkingPoint: async ({ person, params, version }, store) => {
    await store.meetings.deleteTalkingPoint(person, id(params), version as VersionPrecondition);
    return { status: 204 };
  },
  createActionItem: async ({ person, params, body }, store) => {
    const item = await store.meetings.createActionItem(person, id(params), body as never);
    return { status: 201, body: item, location: `/action-items/${encodeURIComponent(item.id)}` };
  },
  updateActionItem: async ({ person, params, body, version }, store) => ({
    status: 200,
    body: await store.meetings.updateActionItem(person, id(params), body as never, version as VersionPrecondition),
  }),
};
