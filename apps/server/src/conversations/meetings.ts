import type { Person } from '@goalkit/client';
import type {
  ActionItem,
  ActionItemCreate,
  ActionItemPatch,
  Meeting,
  MeetingCreate,
  MeetingPatch,
  MeetingSeries,
  MeetingSeriesCreate,
  MeetingState,
  MeetingSummary,
  TalkingPoint,
  TalkingPointCreate,
  TalkingPointPatch,
  TalkingPointSuggestion,
} from '@goalkit/client/contract';
import {
  carryOverTalkingPoints,
  type SuggestionObjective,
  suggestTalkingPoints,
  type TalkingPointLike,
} from '@goalkit/core/conversations';
import { badRequest, forbidden, notFound, ProblemError, stale } from '../problems.js';
import type { StoreContext } from '../store/context.js';
import { isoSeconds, matchesVersion, randomId, type VersionPrecondition } from '../store/rows.js';
import {
  type ActionItemRow,
  type MeetingRow,
  MeetingRows,
  type MeetingSeriesRow,
  type TalkingPointRow,
} from './meetingRows.js';

type Links = TalkingPoint['links'];

/** The states a meeting may move to from each state (`PATCH /meetings/{id}` with `state`). */
export const MEETING_STATE_CHANGES: Readonly<Record<MeetingState, readonly MeetingState[]>> = {
  upcoming: ['held', 'skipped'],
  skipped: ['upcoming'],
  held: [],
};

const missingMeeting = (id: string) => notFound(`Meeting ${JSON.stringify(id)}`);
const missingPoint = (id: string) => notFound(`Talking point ${JSON.stringify(id)}`);
const missingItem = (id: string) => notFound(`Action item ${JSON.stringify(id)}`);

const takesPart = (series: MeetingSeriesRow, personId: string) =>
  series.creator_id === personId || series.with_id === personId;

/** An instant as the API writes them: UTC, to the second (so stored instants compare as strings). */
const instant = (at: string) => isoSeconds(new Date(at));

const sameLinks = (a: Links, b: Links) => JSON.stringify(a) === JSON.stringify(b);

/**
 * 1:1s (issue 25): series between two people, their meetings, talking points and action items, with
 * their privacy rules.
 *
 * - **Who**: a series is started by one of its two participants, with someone they manage or who manages
 *   them (anywhere up the chain), or by an admin with anyone. Only the two participants ever see the series,
 *   its meetings, points and items: to everyone else (admins too) each is answered exactly as a missing one.
 * - **Private**: each participant's private notes, and their private talking points, are theirs alone:
 *   no reply to the other participant holds them (nor their count), and no live event or webhook is sent
 *   for anything of a 1:1.
 * - **Versions**: a meeting's `version` as a participant sees it is the count of changes both see (time,
 *   state, shared notes, shared points, action items of it and of earlier meetings, a next meeting added)
 *   plus the count of changes to their own side (their private notes and private points). Both only grow,
 *   so the ETag moves with everything in that participant's reply, and never with the other's private side.
 */
export class Meetings {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  // ---- series -----------------------------------------------------------------------------------

  /** The series the viewer takes part in, oldest first (an admin's list is their own too: a 1:1 is private). */
  async listSeries(viewer: Person): Promise<MeetingSeries[]> {
    const ctx = this.#ctx;
    await ctx.ready();
    const rows = rowsOf(ctx);
    const series: MeetingSeries[] = [];
    for (const row of await rows.seriesOf(viewer.id)) series.push(await seriesShape(ctx, row));
    return series;
  }

  /**
   * A series between the caller and `withPersonId`, with its first meeting at `firstAt`: the agenda
   * template's items are that meeting's first talking points (shared, recurring, written by the caller).
   * 422 at `withPersonId` for someone who is not a person or is the caller; 403 when neither manages the
   * other and the caller is not an admin.
   */
  async createSeries(actor: Person, body: MeetingSeriesCreate): Promise<MeetingSeries> {
    return this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const other = await ctx.repository.person(body.withPersonId);
      if (!other)
        throw badRequest([{ path: 'withPersonId', message: `is not a person (${JSON.stringify(body.withPersonId)})` }]);
      if (other.id === actor.id)
        throw badRequest([{ path: 'withPersonId', message: 'must be someone other than you: a 1:1 takes two people' }]);
      const related =
        ctx.access.managerChain(other.id).has(actor.id) || ctx.access.managerChain(actor.id).has(other.id);
      if (!related && actor.role !== 'admin')
        throw forbidden(
          `A 1:1 series is started with someone you manage or who manages you (anywhere up the chain); ${other.name} is neither.`,
        );
      const rows = rowsOf(ctx);
      const series: MeetingSeriesRow = {
        id: randomId('ms-'),
        creator_id: actor.id,
        with_id: other.id,
        cadence: body.cadence,
        agenda_template: JSON.stringify(body.agendaTemplate ?? []),
        created_at: ctx.stamp(),
      };
      await rows.insertSeries(series);
      const meetingId = await insertMeeting(ctx, series.id, instant(body.firstAt));
      for (const text of body.agendaTemplate ?? [])
        await insertPoint(ctx, meetingId, {
          author_id: actor.id,
          text,
          visibility: 'shared',
          recurring: 1,
          carried_from: null,
          links: { objectiveIds: [], keyResultIds: [] },
        });
      return seriesShape(ctx, series);
    });
  }

  // ---- meetings ---------------------------------------------------------------------------------

  /**
   * The viewer's meetings, newest first, optionally of one series (one they do not take part in lists
   * nothing, as a missing one does) or in one state. `openTalkingPoints` counts the points the viewer
   * sees that are not ticked off: shared ones and their own private ones.
   */
  async list(viewer: Person, query: { series?: string; state?: MeetingState }): Promise<MeetingSummary[]> {
    const ctx = this.#ctx;
    await ctx.ready();
    const rows = rowsOf(ctx);
    const [meetings, open] = await Promise.all([
      rows.meetingsFor(viewer.id, query.series, query.state),
      rows.openTalkingPoints(viewer.id),
    ]);
    const series = new Map<string, MeetingSeriesRow>();
    const summaries: MeetingSummary[] = [];
    for (const meeting of meetings) {
      let s = series.get(meeting.series_id);
      if (!s) {
        s = (await rows.series(meeting.series_id)) as MeetingSeriesRow;
        series.set(s.id, s);
      }
      summaries.push({
        id: meeting.id,
        seriesId: meeting.series_id,
        participants: participantsOf(ctx, s),
        at: meeting.at,
        state: meeting.state,
        openTalkingPoints: open.get(meeting.id) ?? 0,
      });
    }
    return summaries;
  }

  /**
   * The next meeting of a series (the caller takes part in it), after its latest one. The latest meeting's
   * talking points not ticked off carry over, and recurring ones always (core's `carryOverTalkingPoints`:
   * everyone's, each keeping its author and visibility, `carriedFrom` naming the point first written);
   * then the agenda template's items that no carried shared point already says. 422 at `seriesId` for a
   * series that does not exist or is not the caller's (the same words), at `at` for a time not after the
   * latest meeting's.
   */
  async create(actor: Person, body: MeetingCreate): Promise<Meeting> {
    return this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const rows = rowsOf(ctx);
      // Locked: two meetings added at once to one series take turns, the second after the first.
      const series = await rows.series(body.seriesId, true);
      if (!series || !takesPart(series, actor.id))
        throw badRequest([
          { path: 'seriesId', message: `is not a 1:1 series of yours (${JSON.stringify(body.seriesId)})` },
        ]);
      const latest = await rows.latestMeeting(series.id);
      const at = instant(body.at);
      if (latest && !(at > latest.at))
        throw badRequest([{ path: 'at', message: `must be after the series' latest meeting (${latest.at})` }]);
      const id = await insertMeeting(ctx, series.id, at);
      const carried = latest ? carryOverTalkingPoints((await rows.talkingPointsOf(latest.id)).map(pointLike)) : [];
      for (const point of carried)
        await insertPoint(ctx, id, {
          author_id: point.authorId,
          text: point.text,
          visibility: point.visibility,
          recurring: point.recurring ? 1 : 0,
          carried_from: point.carriedFrom,
          links: point.links,
        });
      const said = new Set(carried.filter((p) => p.visibility === 'shared').map((p) => p.text));
      for (const text of JSON.parse(series.agenda_template) as string[])
        if (!said.has(text))
          await insertPoint(ctx, id, {
            author_id: series.creator_id,
            text,
            visibility: 'shared',
            recurring: 1,
            carried_from: null,
            links: { objectiveIds: [], keyResultIds: [] },
          });
      // The latest meeting now has a next one.
      if (latest) await rows.bumpMeetings([latest.id]);
      return meetingShape(ctx, actor, (await rows.meeting(id)) as MeetingRow, series);
    });
  }

  /** One meeting as the viewer sees it (see {@link Meetings}), with suggested talking points. */
  async get(viewer: Person, id: string): Promise<Meeting> {
    const ctx = this.#ctx;
    await ctx.ready();
    const { meeting, series } = await visibleMeeting(ctx, viewer, id);
    return meetingShape(ctx, viewer, meeting, series);
  }

  /**
   * Change a meeting's time (kept between the meetings before and after it: 422 at `at`), its state
   * ({@link MEETING_STATE_CHANGES}: 409 otherwise), its shared notes, or the caller's own private notes.
   * `version` is checked against the meeting as the caller sees it (412 with `currentVersion`).
   */
  async update(actor: Person, id: string, patch: MeetingPatch, version: VersionPrecondition): Promise<Meeting> {
    return this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const rows = rowsOf(ctx);
      const { meeting, series } = await visibleMeeting(ctx, actor, id, true);
      const own = await rows.ownSide(id, actor.id);
      const current = meeting.version + Number(own?.version ?? 0);
      if (!matchesVersion(version, current)) throw stale(current);
      const columns: Parameters<MeetingRows['setMeeting']>[1] = {};
      if (patch.at !== undefined && instant(patch.at) !== meeting.at) {
        const at = instant(patch.at);
        const all = await rows.meetingsOf(series.id);
        const index = all.findIndex((m) => m.id === id);
        const before = all[index - 1];
        const after = all[index + 1];
        if (before && !(at > before.at))
          throw badRequest([
            { path: 'at', message: `must be after the previous meeting of the series (${before.at})` },
          ]);
        if (after && !(at < after.at))
          throw badRequest([{ path: 'at', message: `must be before the next meeting of the series (${after.at})` }]);
        columns.at = at;
      }
      if (patch.state !== undefined && patch.state !== meeting.state) {
        const allowed = MEETING_STATE_CHANGES[meeting.state];
        if (!allowed.includes(patch.state))
          throw new ProblemError(
            409,
            'Illegal transition',
            `A meeting that is ${meeting.state} cannot become ${patch.state}. ${
              allowed.length ? `It may become: ${allowed.join(', ')}.` : 'A held meeting stays held.'
            }`,
            {
              state: meeting.state,
              allowedStates: allowed,
              errors: [{ path: 'state', message: `cannot go from ${meeting.state} to ${patch.state}` }],
            },
          );
        columns.state = patch.state;
      }
      if (patch.sharedNotes !== undefined && patch.sharedNotes !== meeting.shared_notes)
        columns.shared_notes = patch.sharedNotes;
      if (Object.keys(columns).length > 0) await rows.setMeeting(id, columns);
      if (patch.privateNotes !== undefined && patch.privateNotes !== (own?.notes ?? ''))
        await rows.bumpPrivate(id, actor.id, patch.privateNotes);
      return meetingShape(ctx, actor, (await rows.meeting(id)) as MeetingRow, series);
    });
  }

  // ---- talking points ---------------------------------------------------------------------------

  /** A meeting's talking points the viewer sees: shared ones and their own private ones, in the order added. */
  async talkingPoints(viewer: Person, meetingId: string): Promise<TalkingPoint[]> {
    const ctx = this.#ctx;
    await ctx.ready();
    await visibleMeeting(ctx, viewer, meetingId);
    return pointsFor(ctx, viewer, await rowsOf(ctx).talkingPointsOf(meetingId));
  }

  /**
   * A talking point of the caller's. Its links name objectives and key results the caller may see (422 at
   * `links.objectiveIds[i]` / `links.keyResultIds[i]`, the same words for a missing and a hidden one).
   */
  async createTalkingPoint(actor: Person, meetingId: string, body: TalkingPointCreate): Promise<TalkingPoint> {
    return this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const { meeting } = await visibleMeeting(ctx, actor, meetingId, true);
      const links = await checkLinks(ctx, actor, body.links);
      const visibility = body.visibility ?? 'shared';
      const id = await insertPoint(ctx, meeting.id, {
        author_id: actor.id,
        text: body.text,
        visibility,
        recurring: body.recurring ? 1 : 0,
        carried_from: null,
        links,
      });
      await countPointChange(ctx, meeting.id, actor.id, visibility === 'shared');
      return (
        await pointsFor(ctx, actor, [(await rowsOf(ctx).talkingPoint(id)) as TalkingPointRow])
      )[0] as TalkingPoint;
    });
  }

  /**
   * Tick a talking point off (either participant, on a shared point) or change it (its author alone: its
   * text, visibility, links and recurrence; 403 to the other participant). Another's private point is
   * answered as a missing one. 412 with `currentVersion` when `version` is stale.
   */
  async updateTalkingPoint(
    actor: Person,
    id: string,
    patch: TalkingPointPatch,
    version: VersionPrecondition,
  ): Promise<TalkingPoint> {
    return this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const rows = rowsOf(ctx);
      const row = await visiblePoint(ctx, actor, id);
      const links = JSON.parse(row.links) as Links;
      const authorOnly =
        (patch.text !== undefined && patch.text !== row.text) ||
        (patch.visibility !== undefined && patch.visibility !== row.visibility) ||
        (patch.recurring !== undefined && patch.recurring !== (row.recurring === 1)) ||
        (patch.links !== undefined && !sameLinks(normaliseLinks(patch.links), links));
      if (authorOnly && row.author_id !== actor.id)
        throw forbidden(
          `Only its author, ${nameOf(ctx, row.author_id)}, changes a talking point's words, visibility, links or recurrence; you may tick it off (done).`,
        );
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      const columns: Parameters<MeetingRows['setTalkingPoint']>[1] = {};
      if (patch.text !== undefined && patch.text !== row.text) columns.text = patch.text;
      if (patch.visibility !== undefined && patch.visibility !== row.visibility) columns.visibility = patch.visibility;
      if (patch.recurring !== undefined && patch.recurring !== (row.recurring === 1))
        columns.recurring = patch.recurring ? 1 : 0;
      if (patch.done !== undefined && patch.done !== (row.done === 1)) columns.done = patch.done ? 1 : 0;
      if (patch.links !== undefined) {
        const next = await checkLinks(ctx, actor, patch.links);
        if (!sameLinks(next, links)) columns.links = JSON.stringify(next);
      }
      if (Object.keys(columns).length > 0) {
        await rows.setTalkingPoint(id, columns);
        const shared = row.visibility === 'shared' || columns.visibility === 'shared';
        await countPointChange(ctx, row.meeting_id, row.author_id, shared);
      }
      return (await pointsFor(ctx, actor, [(await rows.talkingPoint(id)) as TalkingPointRow]))[0] as TalkingPoint;
    });
  }

  /** Remove a talking point: its author only (403 to the other participant). */
  async deleteTalkingPoint(actor: Person, id: string, version: VersionPrecondition): Promise<void> {
    await this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const row = await visiblePoint(ctx, actor, id);
      if (row.author_id !== actor.id)
        throw forbidden(
          `Only its author, ${nameOf(ctx, row.author_id)}, removes a talking point; you may tick it off (done).`,
        );
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      await rowsOf(ctx).deleteTalkingPoint(id);
      await countPointChange(ctx, row.meeting_id, row.author_id, row.visibility === 'shared');
    });
  }

  // ---- action items -----------------------------------------------------------------------------

  /** An action item for one of the meeting's participants (422 at `ownerId` otherwise). */
  async createActionItem(actor: Person, meetingId: string, body: ActionItemCreate): Promise<ActionItem> {
    return this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const { meeting, series } = await visibleMeeting(ctx, actor, meetingId, true);
      checkOwner(ctx, series, body.ownerId);
      const rows = rowsOf(ctx);
      const id = randomId('ai-');
      await rows.insertActionItem({
        id,
        meeting_id: meeting.id,
        text: body.text,
        owner_id: body.ownerId,
        due: body.due ?? null,
        done_at: null,
        created_by_id: actor.id,
        created_at: ctx.stamp(),
        version: 1,
      });
      await countItemChange(ctx, series, meeting);
      return itemShape(ctx, (await rows.actionItem(id)) as ActionItemRow);
    });
  }

  /**
   * Change an action item (either participant): its text, owner (a participant: 422 at `ownerId`), due day,
   * or `done` (`true` sets `doneAt` to now, keeping an earlier one; `false` clears it).
   */
  async updateActionItem(
    actor: Person,
    id: string,
    patch: ActionItemPatch,
    version: VersionPrecondition,
  ): Promise<ActionItem> {
    return this.#ctx.transaction(async (ctx) => {
      await ctx.ready();
      const rows = rowsOf(ctx);
      const row = await rows.actionItem(id, true);
      const meeting = row && (await rows.meeting(row.meeting_id));
      const series = meeting && (await rows.series(meeting.series_id));
      if (!row || !meeting || !series || !takesPart(series, actor.id)) throw missingItem(id);
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      if (patch.ownerId !== undefined) checkOwner(ctx, series, patch.ownerId);
      const columns: Parameters<MeetingRows['setActionItem']>[1] = {};
      if (patch.text !== undefined && patch.text !== row.text) columns.text = patch.text;
      if (patch.ownerId !== undefined && patch.ownerId !== row.owner_id) columns.owner_id = patch.ownerId;
      if (patch.due !== undefined && patch.due !== row.due) columns.due = patch.due;
      if (patch.done === true && row.done_at === null) columns.done_at = ctx.stamp();
      if (patch.done === false && row.done_at !== null) columns.done_at = null;
      if (Object.keys(columns).length > 0) {
        await rows.setActionItem(id, columns);
        await countItemChange(ctx, series, meeting);
      }
      return itemShape(ctx, (await rows.actionItem(id)) as ActionItemRow);
    });
  }
}

// ---- helpers over a context (the transaction's, inside one) ---------------------------------------

const rowsOf = (ctx: StoreContext) => new MeetingRows(ctx.repository.connection, ctx.repository.engine);

const nameOf = (ctx: StoreContext, personId: string) => ctx.access.owners().get(personId)?.name ?? personId;

const participantsOf = (ctx: StoreContext, series: MeetingSeriesRow) =>
  [series.creator_id, series.with_id].map((id) => ({ id, name: nameOf(ctx, id) }));

async function seriesShape(ctx: StoreContext, row: MeetingSeriesRow): Promise<MeetingSeries> {
  const meetings = await rowsOf(ctx).meetingsOf(row.id);
  return {
    id: row.id,
    participants: participantsOf(ctx, row),
    cadence: row.cadence,
    agendaTemplate: JSON.parse(row.agenda_template) as string[],
    createdById: row.creator_id,
    createdAt: row.created_at,
    nextMeetingId: meetings.find((m) => m.state === 'upcoming')?.id ?? null,
  };
}

async function insertMeeting(ctx: StoreContext, seriesId: string, at: string): Promise<string> {
  const id = randomId('m-');
  await rowsOf(ctx).insertMeeting({
    id,
    series_id: seriesId,
    at,
    state: 'upcoming',
    shared_notes: '',
    version: 1,
    created_at: ctx.stamp(),
  });
  return id;
}

async function insertPoint(
  ctx: StoreContext,
  meetingId: string,
  point: Pick<TalkingPointRow, 'author_id' | 'text' | 'visibility' | 'recurring' | 'carried_from'> & { links: Links },
): Promise<string> {
  const id = randomId('tp-');
  await rowsOf(ctx).insertTalkingPoint({
    id,
    meeting_id: meetingId,
    author_id: point.author_id,
    text: point.text,
    visibility: point.visibility,
    done: 0,
    recurring: point.recurring,
    carried_from: point.carried_from,
    links: JSON.stringify(point.links),
    created_at: ctx.stamp(),
    version: 1,
  });
  return id;
}

/**
 * A meeting of a series the person takes part in; anything else (a missing meeting, someone else's 1:1,
 * whoever asks) is answered the same: 404. `forUpdate` locks the meeting for the write that reads it.
 */
async function visibleMeeting(
  ctx: StoreContext,
  person: Person,
  id: string,
  forUpdate = false,
): Promise<{ meeting: MeetingRow; series: MeetingSeriesRow }> {
  const rows = rowsOf(ctx);
  const meeting = await rows.meeting(id, forUpdate);
  const series = meeting && (await rows.series(meeting.series_id));
  if (!meeting || !series || !takesPart(series, person.id)) throw missingMeeting(id);
  return { meeting, series };
}

/** A talking point the person may see (locked for the write), or 404 as for a missing one. */
async function visiblePoint(ctx: StoreContext, person: Person, id: string): Promise<TalkingPointRow> {
  const rows = rowsOf(ctx);
  const row = await rows.talkingPoint(id, true);
  const meeting = row && (await rows.meeting(row.meeting_id, true));
  const series = meeting && (await rows.series(meeting.series_id));
  if (!row || !series || !takesPart(series, person.id) || !(row.visibility === 'shared' || row.author_id === person.id))
    throw missingPoint(id);
  return row;
}

/** Count a talking point's change: on the meeting when both see it (shared before or after), else on its author's side. */
async function countPointChange(ctx: StoreContext, meetingId: string, authorId: string, shared: boolean) {
  const rows = rowsOf(ctx);
  if (shared) await rows.bumpMeetings([meetingId]);
  else await rows.bumpPrivate(meetingId, authorId);
}

/** An action item shows in its meeting and, while open, in every later one of the series: count it on all. */
async function countItemChange(ctx: StoreContext, series: MeetingSeriesRow, meeting: MeetingRow) {
  const rows = rowsOf(ctx);
  const later = (await rows.meetingsOf(series.id)).filter((m) => m.at >= meeting.at).map((m) => m.id);
  await rows.bumpMeetings(later);
}

function checkOwner(ctx: StoreContext, series: MeetingSeriesRow, ownerId: string) {
  if (!takesPart(series, ownerId))
    throw badRequest([
      {
        path: 'ownerId',
        message: `must be one of the meeting's participants (${participantsOf(ctx, series)
          .map((p) => `${p.id}, ${p.name}`)
          .join('; ')})`,
      },
    ]);
}

const normaliseLinks = (links: { objectiveIds?: string[] | undefined; keyResultIds?: string[] | undefined }) => ({
  objectiveIds: [...new Set(links.objectiveIds ?? [])],
  keyResultIds: [...new Set(links.keyResultIds ?? [])],
});

/**
 * A talking point's links, each an objective or key result the actor may see; otherwise 422 at its
 * index, in the same words for one that does not exist and one the actor may not see.
 */
async function checkLinks(
  ctx: StoreContext,
  actor: Person,
  input: { objectiveIds?: string[] | undefined; keyResultIds?: string[] | undefined } | undefined,
): Promise<Links> {
  const problems: { path: string; message: string }[] = [];
  const seen = await linkVisibility(ctx, actor);
  for (const [i, id] of (input?.objectiveIds ?? []).entries())
    if (!(await seen.objective(id)))
      problems.push({
        path: `links.objectiveIds[${i}]`,
        message: `is not an objective you can see (${JSON.stringify(id)})`,
      });
  for (const [i, id] of (input?.keyResultIds ?? []).entries())
    if (!(await seen.keyResult(id)))
      problems.push({
        path: `links.keyResultIds[${i}]`,
        message: `is not a key result you can see (${JSON.stringify(id)})`,
      });
  if (problems.length > 0) throw badRequest(problems);
  return normaliseLinks(input ?? {});
}

/** Whether a person may see linked goals, each looked up once. */
async function linkVisibility(ctx: StoreContext, person: Person) {
  const objectives = new Map<string, boolean>();
  const objective = async (id: string) => {
    let seen = objectives.get(id);
    if (seen === undefined) {
      const row = await ctx.repository.objective(id);
      seen = row !== undefined && ctx.access.canSee(person, row);
      objectives.set(id, seen);
    }
    return seen;
  };
  const keyResult = async (id: string) => {
    const row = await ctx.repository.keyResult(id);
    return row !== undefined && (await objective(row.objective_id));
  };
  return { objective, keyResult };
}

const pointLike = (row: TalkingPointRow): TalkingPointLike => ({
  id: row.id,
  authorId: row.author_id,
  text: row.text,
  visibility: row.visibility,
  done: row.done === 1,
  recurring: row.recurring === 1,
  carriedFrom: row.carried_from,
  links: JSON.parse(row.links) as Links,
});

/**
 * The talking points the viewer sees, shaped for them: another's private points are left out, and links
 * to goals the viewer may not see (the other participant's private goals) are cut.
 */
async function pointsFor(ctx: StoreContext, viewer: Person, rows: readonly TalkingPointRow[]): Promise<TalkingPoint[]> {
  const seen = await linkVisibility(ctx, viewer);
  const points: TalkingPoint[] = [];
  for (const row of rows) {
    if (row.visibility === 'private' && row.author_id !== viewer.id) continue;
    const links = JSON.parse(row.links) as Links;
    const objectiveIds: string[] = [];
    for (const id of links.objectiveIds) if (await seen.objective(id)) objectiveIds.push(id);
    const keyResultIds: string[] = [];
    for (const id of links.keyResultIds) if (await seen.keyResult(id)) keyResultIds.push(id);
    points.push({
      id: row.id,
      meetingId: row.meeting_id,
      authorId: row.author_id,
      authorName: nameOf(ctx, row.author_id),
      text: row.text,
      visibility: row.visibility,
      done: row.done === 1,
      recurring: row.recurring === 1,
      carriedFrom: row.carried_from,
      links: { objectiveIds, keyResultIds },
      createdAt: row.created_at,
      version: Number(row.version),
    });
  }
  return points;
}

const itemShape = (ctx: StoreContext, row: ActionItemRow): ActionItem => ({
  id: row.id,
  meetingId: row.meeting_id,
  text: row.text,
  ownerId: row.owner_id,
  ownerName: nameOf(ctx, row.owner_id),
  due: row.due,
  doneAt: row.done_at,
  createdById: row.created_by_id,
  createdAt: row.created_at,
  version: Number(row.version),
});

async function meetingShape(
  ctx: StoreContext,
  viewer: Person,
  meeting: MeetingRow,
  series: MeetingSeriesRow,
): Promise<Meeting> {
  const rows = rowsOf(ctx);
  const all = await rows.meetingsOf(series.id);
  const index = all.findIndex((m) => m.id === meeting.id);
  const earlier = all.slice(0, index).map((m) => m.id);
  const [own, points, items, suggestions] = await Promise.all([
    rows.ownSide(meeting.id, viewer.id),
    rows.talkingPointsOf(meeting.id),
    rows.actionItemsOf([meeting.id, ...earlier]),
    suggestionsFor(ctx, viewer, series),
  ]);
  return {
    id: meeting.id,
    seriesId: series.id,
    participants: participantsOf(ctx, series),
    at: meeting.at,
    state: meeting.state,
    sharedNotes: meeting.shared_notes,
    privateNotes: own?.notes ?? '',
    talkingPoints: await pointsFor(ctx, viewer, points),
    actionItems: items.filter((i) => i.meeting_id === meeting.id).map((i) => itemShape(ctx, i)),
    openActionItems: items
      .filter((i) => i.meeting_id !== meeting.id && i.done_at === null)
      .map((i) => itemShape(ctx, i)),
    suggestions,
    previousMeetingId: all[index - 1]?.id ?? null,
    nextMeetingId: all[index + 1]?.id ?? null,
    version: Number(meeting.version) + Number(own?.version ?? 0),
  };
}

/**
 * Suggested talking points from the goals of the 1:1's report (the participant the other manages), the
 * same for both participants save for what each may see; when neither manages the other (a series an
 * admin started), from both participants' goals. Their objectives of the cycles running today, active
 * ones (and drafts sent back), that the viewer may see, scored as of the store's day, through core's
 * `suggestTalkingPoints`.
 */
async function suggestionsFor(
  ctx: StoreContext,
  viewer: Person,
  series: MeetingSeriesRow,
): Promise<TalkingPointSuggestion[]> {
  const { creator_id: a, with_id: b } = series;
  const subjects = ctx.access.managerChain(b).has(a) ? [b] : ctx.access.managerChain(a).has(b) ? [a] : [a, b];
  const today = ctx.today();
  const cycles = (await ctx.repository.cycles()).filter((c) => c.start <= today && today <= c.end && !c.closed);
  const objectives: SuggestionObjective[] = [];
  const ownerOf = new Map<string, string>();
  for (const owner of subjects)
    for (const cycle of cycles) {
      const { rows } = await ctx.views.listRows(viewer, { owner, cycle: cycle.id, limit: 10_000 });
      for (const row of rows) {
        if (row.state !== 'active' && row.state !== 'draft') continue;
        const full = await ctx.repository.objective(row.id);
        if (!full || !ctx.access.canSee(viewer, full)) continue;
        const objective = await ctx.views.objective(viewer, full);
        if (row.state === 'draft' && !objective.returned) continue;
        const activeSince =
          row.state === 'active'
            ? ((await ctx.repository.lastTransition(row.id))?.at ?? [cycle.start, full.created_at].sort()[1] ?? null)
            : null;
        ownerOf.set(objective.id, owner);
        objectives.push({
          id: objective.id,
          title: objective.title,
          state: objective.state,
          status: objective.score.status,
          progress: objective.score.progress,
          expected: objective.score.expected,
          returned: objective.returned ? { comment: objective.returned.comment, at: objective.returned.at } : null,
          activeSince,
          keyResults: objective.keyResults.map((kr) => ({
            id: kr.id,
            title: kr.title,
            status: kr.score.status,
            progress: kr.score.progress,
            expected: kr.score.expected,
            lastCheckInAt: kr.lastCheckInAt,
          })),
        });
      }
    }
  return suggestTalkingPoints(objectives, { asOf: today }).map((s) => ({
    ...s,
    ownerId: ownerOf.get(s.objectiveId) as string,
  }));
}
