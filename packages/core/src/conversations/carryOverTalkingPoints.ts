/** Who may read a talking point: both people of the 1:1, or only its author. */
export type TalkingPointVisibility = 'shared' | 'private';

/** The goals a talking point is about. */
export interface TalkingPointLinks {
  /** Ids of the objectives the point is about. */
  objectiveIds: string[];
  /** Ids of the key results the point is about. */
  keyResultIds: string[];
}

/** A talking point of a past 1:1, as the host stores it (extra fields are ignored). */
export interface TalkingPointLike {
  /** The point's id. */
  id: string;
  /** Who wrote the point. */
  authorId: string;
  /** What to talk about. */
  text: string;
  /** Who may read the point. */
  visibility: TalkingPointVisibility;
  /** Whether the point was ticked off in that meeting. */
  done: boolean;
  /** Whether the point comes back in every meeting, done or not. */
  recurring: boolean;
  /** The id of the point this one was first carried over from, or `null` for a point written in that meeting. */
  carriedFrom: string | null;
  /** The goals the point is about. */
  links: TalkingPointLinks;
}

/** A talking point carried into the next 1:1: not yet stored, so without an id of its own. */
export interface CarriedTalkingPoint {
  /** Who wrote the original point (kept). */
  authorId: string;
  /** The original text (kept). */
  text: string;
  /** The original visibility (kept): a private point stays private. */
  visibility: TalkingPointVisibility;
  /** Always `false`: a point starts every meeting unchecked. */
  done: false;
  /** Kept. */
  recurring: boolean;
  /** The id of the point as first written, however often it has been carried since. */
  carriedFrom: string;
  /** The goals the point is about (copied, so editing them leaves the previous meeting's point alone). */
  links: TalkingPointLinks;
}

/**
 * The talking points of a 1:1 to carry into the next one, in their order:
 *
 * - a point not ticked off (`done: false`) carries over;
 * - a `recurring` point always carries over, unchecked again;
 * - a point ticked off that does not recur stays behind.
 *
 * Each carried point keeps its author, visibility, text, `recurring` flag and links, and names its
 * **origin** in `carriedFrom`: the previous point's own `carriedFrom` when it has one, else its id, so a
 * point carried three times still names the point first written. The result has no ids: the host gives
 * the new points theirs when it stores them.
 */
export function carryOverTalkingPoints(previous: readonly TalkingPointLike[]): CarriedTalkingPoint[] {
  const carried: CarriedTalkingPoint[] = [];
  for (const point of previous) {
    if (point.done && !point.recurring) continue;
    carried.push({
      authorId: point.authorId,
      text: point.text,
      visibility: point.visibility,
      done: false,
      recurring: point.recurring,
      carriedFrom: point.carriedFrom ?? point.id,
      links: { objectiveIds: [...point.links.objectiveIds], keyResultIds: [...point.links.keyResultIds] },
    });
  }
  return carried;
}
