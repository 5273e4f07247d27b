import type { GoalkitClient } from '@goalkit/client';
import { conversations } from '@goalkit/client/conversations';
import { type ReactNode, useEffect, useState } from 'react';

/**
 * Dana's weekly 1:1 with Ana in the story backend, made through the API as a host would: the series (its
 * first meeting on Monday 9 February), that meeting's talking points (a recurring one, one of Dana's
 * ticked off, one left open, a private one), its notes and an action item for Ana, marked held; then the
 * next meeting on 16 February, which carries the open and recurring points over. Answers that meeting's id.
 */
async function seedWeeklyOneOnOne(client: GoalkitClient): Promise<string> {
  const talk = conversations(client);
  const series = await talk.meetingSeries.create({
    withPersonId: 'ana',
    cadence: 'weekly',
    firstAt: '2026-02-09T10:00:00Z',
  });
  const first = series.nextMeetingId;
  if (!first) throw new Error('The series came without its first meeting.');
  await talk.talkingPoints.create(first, { text: 'Wins and blockers this week', recurring: true });
  const done = await talk.talkingPoints.create(first, { text: 'Feedback on the onboarding demo' });
  await talk.talkingPoints.update(done.id, { done: true }, { version: done.version });
  await talk.talkingPoints.create(first, { text: 'Conference budget for the design summit' });
  await talk.talkingPoints.create(first, {
    text: 'Career conversation: is a lead role what Ana wants?',
    visibility: 'private',
  });
  await talk.actionItems.create(first, { text: 'Book the usability sessions', ownerId: 'ana', due: '2026-02-12' });
  const held = await talk.meetings.get(first);
  await talk.meetings.update(
    first,
    { state: 'held', sharedNotes: 'Ana will pair with Ben on the onboarding flow.' },
    { version: held.version },
  );
  const next = await talk.meetings.create({ seriesId: series.id, at: '2026-02-16T10:00:00Z' });
  return next.id;
}

/** The first meeting of a new series with Ben: an empty agenda. */
async function seedFirstOneOnOne(client: GoalkitClient): Promise<string> {
  const series = await conversations(client).meetingSeries.create({
    withPersonId: 'ben',
    cadence: 'biweekly',
    firstAt: '2026-02-17T14:30:00Z',
  });
  if (!series.nextMeetingId) throw new Error('The series came without its first meeting.');
  return series.nextMeetingId;
}

const seeds = { weekly: seedWeeklyOneOnOne, first: seedFirstOneOnOne };
// One seeding per backend (React may run an effect twice in development).
const seeded = new WeakMap<GoalkitClient, Map<keyof typeof seeds, Promise<string>>>();

/** Renders `children` with the meeting's id once the story backend has the series. */
export function SeededMeeting(props: {
  client: GoalkitClient;
  series: keyof typeof seeds;
  children: (meetingId: string) => ReactNode;
}) {
  const { client, series } = props;
  const [meetingId, setMeetingId] = useState<string>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    const byClient = seeded.get(client) ?? new Map<keyof typeof seeds, Promise<string>>();
    seeded.set(client, byClient);
    const pending = byClient.get(series) ?? seeds[series](client);
    byClient.set(series, pending);
    pending.then(
      (id) => live && setMeetingId(id),
      (error: unknown) => live && setFailure(String(error)),
    );
    return () => {
      live = false;
    };
  }, [client, series]);
  if (failure) return <p role="alert">The story could not set up its 1:1: {failure}</p>;
  return meetingId ? props.children(meetingId) : null;
}
