import type { Cycle } from '@goalkit/client';
import { CycleDashboard, useOwners } from '@goalkit/react';

/** A team's dashboard for the current cycle. */
export function TeamPage({ teamId, cycle }: { teamId: string; cycle: Cycle }) {
  const teams = useOwners({ kind: 'team' });
  const team = teams.data?.items.find((t) => t.id === teamId);
  return (
    <section aria-labelledby="team-heading">
      <h1 id="team-heading">{team?.name ?? 'Team'}</h1>
      <CycleDashboard cycleId={cycle.id} ownerId={teamId} />
    </section>
  );
}
