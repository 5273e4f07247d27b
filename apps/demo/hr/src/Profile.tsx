import type { Cycle, Person } from '@goalkit/client';
import {
  ApprovalList,
  CheckInForm,
  CheckInInbox,
  CheckInTimeline,
  CompetencyMatrix,
  Digest,
  FeedbackThread,
  GoalEditor,
  GrowthPlan,
  KeyResult,
  ObjectiveCard,
  SkillRadar,
  useObjective,
  useObjectives,
  useOwners,
} from '@goalkit/react';
import { useState } from 'react';

/** Dates in the widgets are written in the viewer's own time zone. */
const viewerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

type Panel = { kind: 'objective'; id: string } | { kind: 'edit'; id: string } | { kind: 'new' } | undefined;

/**
 * An employee's profile: their goals this cycle, check-ins, editing with live SMART linting, feedback. On one's
 * own profile, "This week" near the top: the check-ins one owes and the last seven days in one's team's goals.
 */
export function Profile({ personId, me, cycle }: { personId: string; me: Person; cycle: Cycle }) {
  const [panel, setPanel] = useState<Panel>();
  // The development goal "Draft a goal" suggests for a gap (title, kind, competencies), for the new objective's editor.
  const [drafted, setDrafted] = useState<{ title: string; kind: 'development'; competencyIds: readonly string[] }>();
  const people = useOwners({ kind: 'person' });
  const person = people.data?.items.find((p) => p.id === personId);
  const goals = useObjectives({ owner: personId, cycle: cycle.id, limit: 50 });
  const mayCreate = me.role === 'admin' || me.id === personId || person?.managerId === me.id;

  return (
    <div className="hr-profile">
      <section aria-labelledby="profile-heading" className="hr-card">
        <h1 id="profile-heading">{person?.name ?? personId}</h1>
        <p className="hr-muted">
          Goals for {cycle.name}
          {me.id === personId ? ' (you)' : ''}
        </p>
        {mayCreate && (
          <button
            type="button"
            className="hr-button"
            onClick={() => {
              setDrafted(undefined);
              setPanel({ kind: 'new' });
            }}
          >
            New objective
          </button>
        )}
      </section>

      {me.id === personId && me.role !== 'member' && (
        <div className="hr-card">
          <ApprovalList headingLevel={2} />
        </div>
      )}

      {me.id === personId && (
        <section aria-labelledby="week-heading" className="hr-card">
          <h2 id="week-heading">This week</h2>
          <div className="hr-week">
            <CheckInInbox headingLevel={3} timeZone={viewerTimeZone} />
            <Digest owner={me.teamId ?? me.id} headingLevel={3} timeZone={viewerTimeZone} />
          </div>
        </section>
      )}

      {mayCreate && (
        // Their competencies against their career level, for them, their manager and HR (the server refuses others).
        <section aria-labelledby="growth-heading" className="hr-card">
          <h2 id="growth-heading">Competencies and growth</h2>
          <div className="hr-week">
            <CompetencyMatrix personId={personId} headingLevel={3} />
            <GrowthPlan
              personId={personId}
              headingLevel={3}
              onDraftGoal={(draft) => {
                setDrafted({ title: draft.title, kind: draft.kind, competencyIds: draft.competencyIds });
                setPanel({ kind: 'new' });
              }}
            />
            <SkillRadar personId={personId} headingLevel={3} />
          </div>
        </section>
      )}

      <section aria-labelledby="goals-heading" className="hr-goals">
        <h2 id="goals-heading">Objectives</h2>
        {goals.isPending && <p>Loading goals…</p>}
        {goals.isError && (
          <p role="alert">
            Goals could not be loaded.{' '}
            <button type="button" onClick={() => void goals.refetch()}>
              Try again
            </button>
          </p>
        )}
        {goals.data?.items.length === 0 && <p>No visible objectives in {cycle.name}.</p>}
        <ul className="hr-goal-list">
          {goals.data?.items.map((objective) => (
            <li key={objective.id}>
              <ObjectiveCard objectiveId={objective.id} headingLevel={3} />
              <div className="hr-actions">
                <button type="button" onClick={() => setPanel({ kind: 'objective', id: objective.id })}>
                  Check in and feedback<span className="hr-visually-hidden">: {objective.title}</span>
                </button>
                {objective.allowedTransitions.length > 0 || me.role !== 'member' || objective.ownerId === me.id ? (
                  <button type="button" onClick={() => setPanel({ kind: 'edit', id: objective.id })}>
                    Edit<span className="hr-visually-hidden">: {objective.title}</span>
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>

      {panel && (
        <section aria-label="Details" className="hr-panel">
          <button type="button" className="hr-close" onClick={() => setPanel(undefined)}>
            Close details
          </button>
          {(panel.kind === 'new' || panel.kind === 'edit') && (
            // One editor for both, so a goal just created stays in the same form (its "Saved." and focus).
            <GoalEditor
              objectiveId={panel.kind === 'new' ? 'new' : panel.id}
              key={drafted ? `${drafted.title}:${drafted.competencyIds.join()}` : ''}
              defaults={{ ownerId: personId, cycleId: cycle.id, ...drafted }}
              onSave={(detail) =>
                panel.kind === 'new' && detail.objectiveId && setPanel({ kind: 'edit', id: detail.objectiveId })
              }
            />
          )}
          {panel.kind === 'objective' && <ObjectiveDetails objectiveId={panel.id} />}
        </section>
      )}
    </div>
  );
}

function ObjectiveDetails({ objectiveId }: { objectiveId: string }) {
  const objective = useObjective(objectiveId);
  if (objective.isPending) return <p>Loading…</p>;
  if (!objective.data) return <p role="alert">This objective could not be loaded.</p>;
  return (
    <div className="hr-details">
      <h2>{objective.data.title}</h2>
      {objective.data.keyResults.map((kr) => (
        <div key={kr.id} className="hr-kr">
          <KeyResult objectiveId={objectiveId} keyResultId={kr.id} headingLevel={3} />
          <CheckInForm objectiveId={objectiveId} keyResultId={kr.id} />
          <CheckInTimeline objectiveId={objectiveId} keyResultId={kr.id} />
        </div>
      ))}
      <FeedbackThread objectiveId={objectiveId} />
    </div>
  );
}
