import { localized } from './registry.js';

/** Who wrote a review, as the review form names it. */
type Kind = 'self' | 'manager' | 'peer' | 'upward';

/** The review form's words. Numbers and dates arrive formatted ("0.7", "Mar 15, 2026", "10:42"). */
export interface ReviewFormMessages {
  /** The form's heading: "Self review", "Manager review of Ana Lima". */
  readonly heading: (kind: Kind, reviewee: string) => string;
  /** The cycle and, when known, who writes it: "Q1 2026 reviews · written by Ben Ortiz". */
  readonly byline: (cycle: string, reviewer: string | null) => string;
  /** The step's due day. */
  readonly due: (day: string) => string;
  /** An anonymous step: what the reviewee will see. */
  readonly anonymous: (reviewee: string, minResponses: number) => string;
  /** The review's status in words. */
  readonly status: {
    readonly draft: string;
    readonly submitted: (day: string | null) => string;
    readonly shared: string;
    readonly acknowledged: string;
  };
  readonly questionsHeading: string;
  /** No question of the cycle applies to this kind of review. */
  readonly empty: (kind: Kind) => string;
  /** Marks a question that must be answered before submitting (in words, not by colour). */
  readonly required: string;
  /** A rating's labelled ends: "1 — far below expectations". */
  readonly scaleEnd: (rating: string, words: string) => string;
  readonly scaleWords: {
    readonly performance: { readonly low: string; readonly high: string };
    readonly potential: { readonly low: string; readonly high: string };
  };
  /** Shown read-only: the rating given, or none. */
  readonly ratingGiven: (rating: string, min: string, max: string) => string;
  readonly notAnswered: string;
  /** A text answer's character count. */
  readonly characters: (count: string, max: string) => string;
  /** Errors at a field. */
  readonly chooseRating: string;
  readonly tooLong: (max: string) => string;
  readonly evidenceHeading: (day: string) => string;
  readonly evidenceEmpty: string;
  /** An objective's grade in words: "Grade 0.8 of 1: green (0.7 or more)". */
  readonly grade: (score: string, band: string) => string;
  readonly band: { readonly green: string; readonly yellow: string; readonly red: string };
  readonly gradeFinal: string;
  readonly gradeAsOf: string;
  readonly weight: (weight: string) => string;
  readonly objectiveProgress: (title: string) => string;
  readonly keyResultsOf: (title: string) => string;
  /** The disclosure of an objective's roll-up: "Why 88 %". */
  readonly explainProgress: (progress: string) => string;
  /** One counted item: "Docs pages written: 100% × 50% weight = 50%". */
  readonly contribution: (p: { title: string; progress: string; share: string; contribution: string }) => string;
  /** One item shown but not counted (weight 0, or aligned as `supports`). */
  readonly notCounted: (p: { title: string; progress: string }) => string;
  /** An aligned goal the viewer may not see, in place of its title. */
  readonly hiddenGoal: string;
  /** The goal score in words, or that there is none. */
  readonly goalScore: (score: string, band: string) => string;
  readonly noGoalScore: string;
  readonly saveDraft: string;
  readonly saving: string;
  readonly savedAt: (time: string) => string;
  readonly unsaved: string;
  readonly saveFailed: string;
  readonly retry: string;
  readonly submit: string;
  readonly submitting: string;
  readonly submitFailed: string;
  /** The confirmation step before submitting. */
  readonly confirmHeading: string;
  readonly confirmText: (reviewee: string) => string;
  readonly confirmSubmit: string;
  readonly cancel: string;
  /** Required questions left unanswered, listed when a submit is refused. */
  readonly missingHeading: (count: number) => string;
  readonly conflict: string;
  readonly keepMine: string;
  readonly useTheirs: string;
  /** The server refused some answers at their fields. */
  readonly invalid: string;
  readonly acknowledge: string;
  readonly acknowledging: string;
  readonly acknowledgeText: string;
  readonly acknowledgeFailed: string;
}

const kindName: Record<Kind, string> = {
  self: 'Self review',
  manager: 'Manager review',
  peer: 'Peer review',
  upward: 'Upward review',
};

const en: ReviewFormMessages = {
  heading: (kind, reviewee) => (kind === 'self' ? kindName.self : `${kindName[kind]} of ${reviewee}`),
  byline: (cycle, reviewer) => (reviewer ? `${cycle} · written by ${reviewer}` : cycle),
  due: (day) => `Due ${day}`,
  anonymous: (reviewee, min) =>
    `Your answers are anonymous: ${reviewee} will see only aggregates of ${min} or more responses, never who wrote them.`,
  status: {
    draft: 'Draft',
    submitted: (day) => (day ? `Submitted on ${day}` : 'Submitted'),
    shared: 'Shared with the reviewee',
    acknowledged: 'Acknowledged by the reviewee',
  },
  questionsHeading: 'Questions',
  empty: (kind) => `This cycle asks no questions in ${kindName[kind].toLowerCase()}s.`,
  required: '(required)',
  scaleEnd: (rating, words) => `${rating} — ${words}`,
  scaleWords: {
    performance: { low: 'far below expectations', high: 'far above expectations' },
    potential: { low: 'little potential', high: 'great potential' },
  },
  ratingGiven: (rating, min, max) => `Rated ${rating} on a scale of ${min} to ${max}`,
  notAnswered: 'Not answered',
  characters: (count, max) => `${count} of ${max} characters`,
  chooseRating: 'Choose a rating.',
  tooLong: (max) => `Shorten the answer to ${max} characters.`,
  evidenceHeading: (day) => `Goal evidence as of ${day}`,
  evidenceEmpty: 'No goals at the snapshot.',
  grade: (score, band) => `Grade ${score} of 1: ${band}`,
  band: { green: 'green (0.7 or more)', yellow: 'yellow (0.4 to 0.6)', red: 'red (below 0.4)' },
  gradeFinal: 'final grade, given at the close',
  gradeAsOf: 'as of the snapshot',
  weight: (weight) => `Weight ${weight}`,
  objectiveProgress: (title) => `Progress of ${title}`,
  keyResultsOf: (title) => `Key results of ${title}`,
  explainProgress: (progress) => `Why ${progress}`,
  contribution: ({ title, progress, share, contribution }) =>
    `${title}: ${progress} × ${share} weight = ${contribution}`,
  notCounted: ({ title, progress }) => `${title}: ${progress}, shown but not counted`,
  hiddenGoal: 'An aligned goal you may not see',
  goalScore: (score, band) => `Goal score ${score} of 1: ${band}, the weighted mean of these grades`,
  noGoalScore: 'No goal score: no goals at the snapshot',
  saveDraft: 'Save draft',
  saving: 'Saving…',
  savedAt: (time) => `Saved at ${time}`,
  unsaved: 'Unsaved changes',
  saveFailed: 'Not saved. Your answers are kept here; try again.',
  retry: 'Try again',
  submit: 'Submit review…',
  submitting: 'Submitting…',
  submitFailed: 'Not submitted. Your answers are kept here; try again.',
  confirmHeading: 'Submit this review?',
  confirmText: (reviewee) =>
    `Once submitted the answers cannot be changed. They reach ${reviewee} when the cycle shares reviews.`,
  confirmSubmit: 'Submit',
  cancel: 'Cancel',
  missingHeading: (count) =>
    `Answer ${count === 1 ? 'this required question' : `these ${count} required questions`} before submitting:`,
  conflict:
    'Someone saved this review meanwhile. Your answers are kept here: save them over theirs, or use theirs instead.',
  keepMine: 'Save mine over theirs',
  useTheirs: 'Use theirs',
  invalid: 'Some answers were not accepted; see the questions marked.',
  acknowledge: 'Acknowledge',
  acknowledging: 'Acknowledging…',
  acknowledgeText: 'Acknowledge that you have read this review. It does not mean you agree.',
  acknowledgeFailed: 'Not acknowledged; try again.',
};

/** The review form catalog for a BCP 47 locale; English when there is none for its language. */
export const getReviewFormMessages = (locale = 'en'): ReviewFormMessages => localized('reviewForm', en, locale);
