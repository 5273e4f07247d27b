import { localized } from './registry.js';

/** The feedback widget's words and sentences. */
export interface FeedbackMessages {
  readonly heading: string;
  readonly empty: string;
  readonly compose: string;
  readonly kind: string;
  readonly comment: string;
  readonly kudos: string;
  readonly post: string;
  readonly posting: string;
  readonly failed: string;
  readonly bodyRequired: string;
  readonly kudosFrom: (name: string) => string;
  readonly commentFrom: (name: string) => string;
}

const en: FeedbackMessages = {
  heading: 'Feedback',
  empty: 'No comments or kudos yet.',
  compose: 'Your comment',
  kind: 'Kind',
  comment: 'Comment',
  kudos: 'Kudos',
  post: 'Post',
  posting: 'Posting…',
  failed: 'Your comment could not be posted. It is kept here.',
  bodyRequired: 'Write something first.',
  kudosFrom: (name) => `Kudos from ${name}`,
  commentFrom: (name) => name,
};

/** The feedback catalog for a BCP 47 locale; English when there is none for its language. */
export const getFeedbackMessages = (locale = 'en'): FeedbackMessages => localized('feedback', en, locale);
