import type { conversationEndpoints } from './conversations.js';
import type { Route } from './route.js';

const describe = <
  const T extends { readonly [K in keyof typeof conversationEndpoints]: Pick<Route, 'summary' | 'tag'> },
>(
  docs: T,
): T => docs;

/** The summary and tag of every conversation route (see `routeDocs`). */
export const conversationRouteDocs = describe({
  listMeetingSeries: {
    summary: "The caller's 1:1 series (a 1:1 is its two people's alone: admins see only their own)",
    tag: 'conversations',
  },
  createMeetingSeries: {
    summary:
      'Start a recurring 1:1 with someone the caller manages or who manages them, with its cadence, agenda template and first meeting',
    tag: 'conversations',
  },
  listMeetings: { summary: "The caller's 1:1 meetings, newest first, without notes", tag: 'conversations' },
  createMeeting: {
    summary:
      "The next meeting of a series: unchecked talking points of the last meeting carry over (recurring ones always), each keeping its author's visibility",
    tag: 'conversations',
  },
  getMeeting: {
    summary:
      "One meeting: shared notes, the caller's own private notes, talking points the caller may see, action items, and suggested talking points from the participants' off-track, stale and returned goals",
    tag: 'conversations',
  },
  updateMeeting: {
    summary: "Change a meeting's time, state, shared notes or the caller's own private notes (If-Match required)",
    tag: 'conversations',
  },
  listTalkingPoints: {
    summary: "A meeting's talking points the caller may see: shared ones and the caller's own private ones",
    tag: 'conversations',
  },
  createTalkingPoint: { summary: 'Add a talking point (plain text; shared or private)', tag: 'conversations' },
  updateTalkingPoint: {
    summary:
      'Tick a talking point off or change it (If-Match required): either participant ticks a shared point; only its author edits it',
    tag: 'conversations',
  },
  deleteTalkingPoint: { summary: 'Remove a talking point (its author; If-Match required)', tag: 'conversations' },
  createActionItem: { summary: "Add an action item for one of the meeting's participants", tag: 'conversations' },
  updateActionItem: {
    summary: 'Change an action item or mark it done (If-Match required)',
    tag: 'conversations',
  },
  listReviewCycles: {
    summary: 'Review cycles the caller takes part in (every cycle, for admins)',
    tag: 'reviews',
  },
  createReviewCycle: {
    summary:
      'Create a review cycle as a draft: its steps, questions, score formula, goal snapshot and reviewees (admins)',
    tag: 'reviews',
  },
  getReviewCycle: { summary: 'One review cycle', tag: 'reviews' },
  transitionReviewCycle: {
    summary:
      'Move a review cycle on: open (draft → collecting; self and manager reviews are created), calibrate, share, close (admins)',
    tag: 'reviews',
  },
  listReviews: {
    summary:
      "The cycle's reviews the caller may see: the ones they write, their own once shared, their reports' for managers; an anonymous step's reviewer is never named",
    tag: 'reviews',
  },
  createReview: {
    summary: 'Ask someone for a peer or upward review (the reviewee, their managers or admins)',
    tag: 'reviews',
  },
  getReview: {
    summary: "One review with its evidence: the reviewee's goals as they stood at the cycle's snapshot, graded",
    tag: 'reviews',
  },
  updateReview: {
    summary: "Save a review's answers as a draft (its reviewer, while the cycle collects; If-Match required)",
    tag: 'reviews',
  },
  transitionReview: {
    summary:
      "Submit a review (its reviewer, while its step is open), share it (the reviewee's managers, once the cycle shares) or acknowledge it (the reviewee)",
    tag: 'reviews',
  },
  getCalibration: {
    summary:
      'The nine-box of performance (the final score) and potential for the reviewees the caller manages (every reviewee, for admins), with every adjustment',
    tag: 'reviews',
  },
  createCalibrationAdjustment: {
    summary: 'Move a reviewee on the nine-box, with a required reason, recorded as a revision (while calibrating)',
    tag: 'reviews',
  },
});
