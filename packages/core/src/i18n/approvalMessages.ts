import { localized } from './registry.js';

/** The approval list's words and sentences. */
export interface ApprovalMessages {
  readonly heading: string;
  readonly count: (count: number) => string;
  readonly empty: string;
  readonly owner: (name: string) => string;
  readonly proposed: (p: { name: string | undefined; when: string }) => string;
  readonly keyResults: (count: number) => string;
  readonly approve: (title: string) => string;
  readonly approveText: string;
  readonly returnText: string;
  readonly returnAction: (title: string) => string;
  readonly returnConfirm: string;
  readonly cancel: string;
  readonly commentLabel: string;
  readonly commentRequired: string;
  readonly approving: string;
  readonly returning: string;
  readonly failed: string;
  readonly approved: (title: string) => string;
  readonly returned: (title: string) => string;
}

const en: ApprovalMessages = {
  heading: 'Waiting for your approval',
  count: (count) => (count === 1 ? '1 goal' : `${count} goals`),
  empty: 'Nothing is waiting for your approval.',
  owner: (name) => `Owner: ${name}`,
  proposed: ({ name, when }) => (name ? `Proposed by ${name}, ${when}` : `Proposed ${when}`),
  keyResults: (count) => (count === 1 ? '1 key result' : `${count} key results`),
  approve: (title) => `Approve “${title}”`,
  approveText: 'Approve',
  returnText: 'Return…',
  returnAction: (title) => `Return “${title}” with a comment`,
  returnConfirm: 'Return with comment',
  cancel: 'Cancel',
  commentLabel: 'What should change?',
  commentRequired: 'Say what should change before returning it.',
  approving: 'Approving…',
  returning: 'Returning…',
  failed: 'This could not be saved. Nothing changed; try again.',
  approved: (title) => `“${title}” is approved.`,
  returned: (title) => `“${title}” went back to its owner with your comment.`,
};

/** The approval list catalog for a BCP 47 locale; English when there is none for its language. */
export const getApprovalMessages = (locale = 'en'): ApprovalMessages => localized('approval', en, locale);
