import type { Person } from '@goalkit/client';
import { conversationQueries, conversations } from '@goalkit/client/conversations';
import { CalibrationGrid, OneOnOne, useGoalkit, useOwners } from '@goalkit/react';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';

/** Dates in the widgets are written in the viewer's own time zone. */
const viewerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** A review cycle's period ("Jul 1 – Dec 31, 2026"): calendar days, the same in every time zone. */
const days = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const STAGES: Record<string, string> = {
  draft: 'being prepared',
  collecting: 'collecting reviews',
  calibrating: 'calibrating',
  sharing: 'sharing the reviews',
  closed: 'closed',
};

/** The 1:1 series and review cycles the signed-in person may see, over the provider's client. */
function useConversationLists() {
  const { client } = useGoalkit();
  const queries = useMemo(() => conversationQueries(conversations(client)), [client]);
  return { series: useQuery(queries.meetingSeries()), cycles: useQuery(queries.reviewCycles()) };
}

/**
 * 1:1s and reviews, the manager's and HR's view: the next 1:1 with one of one's reports (picked in a list, the
 * reports first), and the calibration grid of the review cycle under way. The grid answers admins and the
 * participants' managers; anyone else sees the widget's own error, under a line that says who may calibrate.
 */
export function ConversationsPage({ me }: { me: Person }) {
  const pickerId = useId();
  const { series, cycles } = useConversationLists();
  const people = useOwners({ kind: 'person' });
  const managerOf = new Map((people.data?.items ?? []).map((p) => [p.id, p.managerId]));
  const other = (participants: readonly { id: string; name: string }[]) =>
    participants.find((p) => p.id !== me.id) ?? participants[0];
  // The series with one's reports first, then the one with one's own manager.
  const planned = (series.data?.items ?? [])
    .filter((s) => s.nextMeetingId)
    .map((s) => ({
      ...s,
      with: other(s.participants),
      report: managerOf.get(other(s.participants)?.id ?? '') === me.id,
    }))
    .sort((a, b) => Number(b.report) - Number(a.report));
  const [picked, setPicked] = useState('');
  const meetingId = planned.find((s) => s.id === picked)?.nextMeetingId ?? planned[0]?.nextMeetingId;
  const cycle = cycles.data?.items.find((c) => c.stage === 'collecting' || c.stage === 'calibrating');

  return (
    <section aria-labelledby="conversations-heading">
      <h1 id="conversations-heading">1:1s and reviews</h1>
      <section aria-labelledby="one-on-ones-heading" className="hr-card">
        <h2 id="one-on-ones-heading">1:1s</h2>
        {series.isPending && <p>Loading 1:1s…</p>}
        {series.isError && (
          <p role="alert">
            1:1s could not be loaded.{' '}
            <button type="button" onClick={() => void series.refetch()}>
              Try again
            </button>
          </p>
        )}
        {series.data && planned.length === 0 && <p>No 1:1 is planned for you.</p>}
        {planned.length > 1 && (
          <div className="hr-scope">
            <label htmlFor={pickerId}>1:1 with</label>
            <select id={pickerId} value={picked || planned[0]?.id} onChange={(event) => setPicked(event.target.value)}>
              {planned.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.with?.name}
                  {s.report ? ' (reports to you)' : ''}
                </option>
              ))}
            </select>
          </div>
        )}
        {meetingId && (
          <OneOnOne key={meetingId} meetingId={meetingId} viewerId={me.id} headingLevel={3} timeZone={viewerTimeZone} />
        )}
      </section>
      {cycles.data && !cycle && (
        <p className="hr-card">No review cycle is collecting or calibrating reviews that you may see.</p>
      )}
      {cycle && (
        <section aria-labelledby="review-cycle-heading" className="hr-card">
          <h2 id="review-cycle-heading">{cycle.name}</h2>
          <p className="hr-note">
            {days.formatRange(new Date(cycle.period.start), new Date(cycle.period.end))},{' '}
            {STAGES[cycle.stage] ?? cycle.stage}. Calibration is for admins and the managers of the people reviewed; it
            places each person once their manager review is in.
          </p>
          <CalibrationGrid cycleId={cycle.id} headingLevel={3} />
        </section>
      )}
    </section>
  );
}
