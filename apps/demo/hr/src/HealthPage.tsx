import type { Cycle } from '@goalkit/client';
import { CalibrationChart, ProgramHealth, useObjectives, useOwners } from '@goalkit/react';
import { useId, useState } from 'react';

/**
 * Program health, for leads and admins: the figures of this cycle for the organisation, a department or a team
 * (each hidden below 5 people, with the reason), and how well the confidence stated in the closed quarters
 * predicted what was achieved. Both widgets read one `GET /analytics` reply.
 */
export function HealthPage({ cycle }: { cycle: Cycle }) {
  const [scope, setScope] = useState('');
  const scopeId = useId();
  const departments = useOwners({ kind: 'department' });
  const teams = useOwners({ kind: 'team' });
  // Titles for the objectives without a parent (the widget names them by id otherwise).
  const objectives = useObjectives({ cycle: cycle.id, limit: 200 });
  const owner = scope || undefined;
  return (
    <section aria-labelledby="health-heading">
      <h1 id="health-heading">Program health</h1>
      <div className="hr-card hr-scope">
        <label htmlFor={scopeId}>Whose goals</label>
        <select id={scopeId} value={scope} onChange={(event) => setScope(event.target.value)}>
          <option value="">The whole organisation</option>
          <optgroup label="Departments">
            {(departments.data?.items ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Teams">
            {(teams.data?.items ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </optgroup>
        </select>
        <p className="hr-muted">
          Figures about fewer than 5 people are hidden. Calibration reads the quarters closed before {cycle.name}.
        </p>
      </div>
      <div className="hr-health">
        <ProgramHealth cycle={cycle.id} owner={owner} objectives={objectives.data?.items} headingLevel={2} />
        <CalibrationChart cycle={cycle.id} owner={owner} headingLevel={2} />
      </div>
    </section>
  );
}
