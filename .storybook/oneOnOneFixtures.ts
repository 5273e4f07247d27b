import type { Meeting, TalkingPoint } from '@goalkit/client/conversations';

/**
 * A weekly 1:1 between Dana Okafor (the manager; the viewer) and Ana Lima (her report), Monday 16 February
 * 2026 at 10:00 UTC; the previous one was on 9 February. Two points carried over (one recurring), one of
 * Ana's ticked off, Dana's private point, four suggestions from Ana's goals with their numbers, an action
 * item of this meeting and two still open from earlier ones (one overdue).
 */
export const PREVIOUS_MEETING_AT = '2026-02-09T10:00:00Z';

const point = (id: string, fields: Partial<TalkingPoint>): TalkingPoint => ({
  id,
  meetingId: 'm-ana-7',
  authorId: 'dana',
  authorName: 'Dana Okafor',
  text: '',
  visibility: 'shared',
  done: false,
  recurring: false,
  carriedFrom: null,
  links: { objectiveIds: [], keyResultIds: [] },
  createdAt: '2026-02-13T08:00:00Z',
  version: 1,
  ...fields,
});

export function weeklyOneOnOne(): Meeting {
  return {
    id: 'm-ana-7',
    seriesId: 's-ana',
    participants: [
      { id: 'dana', name: 'Dana Okafor' },
      { id: 'ana', name: 'Ana Lima' },
    ],
    at: '2026-02-16T10:00:00Z',
    state: 'upcoming',
    sharedNotes: 'Ana will pair with Ben on the onboarding flow this week.',
    privateNotes: 'Ask how the team move is landing.',
    talkingPoints: [
      point('tp-1', {
        text: 'Wins and blockers this week',
        recurring: true,
        carriedFrom: 'tp-0',
      }),
      point('tp-2', {
        authorId: 'ana',
        authorName: 'Ana Lima',
        text: 'Conference budget for the design summit',
        carriedFrom: 'tp-3',
      }),
      point('tp-4', {
        authorId: 'ana',
        authorName: 'Ana Lima',
        text: 'Feedback on the onboarding demo',
        done: true,
      }),
      point('tp-5', {
        text: 'Career conversation: is a lead role what Ana wants?',
        visibility: 'private',
      }),
    ],
    actionItems: [
      {
        id: 'ai-3',
        meetingId: 'm-ana-7',
        text: 'Share the onboarding funnel numbers with the team',
        ownerId: 'ana',
        ownerName: 'Ana Lima',
        due: '2026-02-20',
        doneAt: null,
        createdById: 'dana',
        createdAt: '2026-02-16T10:20:00Z',
        version: 1,
      },
    ],
    openActionItems: [
      {
        id: 'ai-1',
        meetingId: 'm-ana-6',
        text: 'Book the usability sessions',
        ownerId: 'ana',
        ownerName: 'Ana Lima',
        due: '2026-02-12',
        doneAt: null,
        createdById: 'ana',
        createdAt: '2026-02-09T10:25:00Z',
        version: 2,
      },
      {
        id: 'ai-2',
        meetingId: 'm-ana-6',
        text: 'Introduce Ana to the partner team',
        ownerId: 'dana',
        ownerName: 'Dana Okafor',
        due: null,
        doneAt: null,
        createdById: 'dana',
        createdAt: '2026-02-09T10:26:00Z',
        version: 1,
      },
    ],
    suggestions: [
      {
        kind: 'off-track',
        ownerId: 'ana',
        objectiveId: 'o2',
        title: 'Cut onboarding time in half',
        progress: 0.32,
        expected: 0.6,
        text: '“Cut onboarding time in half” is off track: 32 % where 60 % was expected by now',
      },
      {
        kind: 'returned',
        ownerId: 'ana',
        objectiveId: 'o9',
        title: 'Hire two designers',
        comment: 'Which teams will they join?',
        text: '“Hire two designers” was returned for changes: “Which teams will they join?”',
      },
      {
        kind: 'stale',
        ownerId: 'ana',
        objectiveId: 'o2',
        keyResultId: 'kr5',
        title: 'Time to first value under 10 minutes',
        daysSinceCheckIn: 19,
        text: '“Time to first value under 10 minutes” has not been checked in for 19 days',
      },
      {
        kind: 'at-risk',
        ownerId: 'ana',
        objectiveId: 'o3',
        title: 'Launch the design system',
        progress: 0.45,
        expected: 0.55,
        text: '“Launch the design system” is at risk: 45 % where 55 % was expected by now',
      },
    ],
    previousMeetingId: 'm-ana-6',
    nextMeetingId: null,
    version: 12,
  };
}

/** The first meeting of a new series with Ben: nothing on the agenda, no notes, no action items, no suggestions. */
export function firstOneOnOne(): Meeting {
  return {
    id: 'm-ben-1',
    seriesId: 's-ben',
    participants: [
      { id: 'dana', name: 'Dana Okafor' },
      { id: 'ben', name: 'Ben Adeyemi' },
    ],
    at: '2026-02-17T14:30:00Z',
    state: 'upcoming',
    sharedNotes: '',
    privateNotes: '',
    talkingPoints: [],
    actionItems: [],
    openActionItems: [],
    suggestions: [],
    previousMeetingId: null,
    nextMeetingId: null,
    version: 1,
  };
}
