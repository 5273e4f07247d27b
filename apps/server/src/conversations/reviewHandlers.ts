import type { Person } from '@goalkit/client';
import type { conversationEndpoints } from '@goalkit/client/contract';
import type { GoalStore, VersionPrecondition } from '../store.js';

/** Every review-cycle route of the contract (the matrix test is typed from this). */
export type ReviewRoute =
  | 'listReviewCycles'
  | 'createReviewCycle'
  | 'getReviewCycle'
  | 'transitionReviewCycle'
  | 'listReviews'
  | 'createReview'
  | 'getReview'
  | 'updateReview'
  | 'transitionReview'
  | 'getCalibration'
  | 'createCalibrationAdjustment';

/**
 * The part of the app's `Handler` these handlers use, spelled out here: importing the app's type would
 * make a cycle (the app imports these handlers).
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
) => Promise<{ status: 200 | 201; body: unknown; location?: string }>;

const at = (id: string) => encodeURIComponent(id);

/**
 * The review-cycle routes' handlers, over `store.reviews` (the rules are in `Reviews`). No live event or
 * webhook comes of any of them: reviews are personal, and `/events` and webhooks carry goals only.
 */
export const reviewHandlers: Record<ReviewRoute & keyof typeof conversationEndpoints, Handler> = {
  listReviewCycles: async ({ person }, store) => ({
    status: 200,
    body: { items: await store.reviews.listCycles(person) },
  }),
  createReviewCycle: async ({ person, body }, store) => {
    const cycle = await store.reviews.createCycle(person, body as never);
    return { status: 201, body: cycle, location: `/review-cycles/${at(cycle.id)}` };
  },
  getReviewCycle: async ({ person, params }, store) => ({
    status: 200,
    body: await store.reviews.getCycle(person, params.id as string),
  }),
  transitionReviewCycle: async ({ person, params, body }, store) => ({
    status: 200,
    body: await store.reviews.transitionCycle(person, params.id as string, body as never),
  }),
  listReviews: async ({ person, params, query }, store) => ({
    status: 200,
    body: { items: await store.reviews.listReviews(person, params.id as string, query as never) },
  }),
  createReview: async ({ person, params, body }, store) => {
    const review = await store.reviews.createReview(person, params.id as string, body as never);
    return { status: 201, body: review, location: `/reviews/${at(review.id)}` };
  },
  getReview: async ({ person, params }, store) => ({
    status: 200,
    body: await store.reviews.getReview(person, params.id as string),
  }),
  updateReview: async ({ person, params, body, version }, store) => ({
    status: 200,
    // The app answers 428 before a handler runs when `If-Match` is missing.
    body: await store.reviews.updateReview(person, params.id as string, body as never, version ?? []),
  }),
  transitionReview: async ({ person, params, body }, store) => ({
    status: 200,
    body: await store.reviews.transitionReview(person, params.id as string, body as never),
  }),
  getCalibration: async ({ person, params }, store) => ({
    status: 200,
    body: await store.reviews.calibration(person, params.id as string),
  }),
  createCalibrationAdjustment: async ({ person, params, body }, store) => {
    const id = params.id as string;
    const { placement, adjustmentId } = await store.reviews.adjust(person, id, body as never);
    return { status: 201, body: placement, location: `/review-cycles/${at(id)}/calibration#${at(adjustmentId)}` };
  },
};
