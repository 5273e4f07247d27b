import type { GoalkitDocument } from '@goalkit/core/model';
import { createScorer } from '@goalkit/core/scoring';
import { ProgressMeter } from '@goalkit/react';
import { useId, useMemo, useState } from 'react';

const milestoneTitles = ['Outline', 'Draft', 'Review'] as const;

/** An objective with three key results, scored live by the core engine as the inputs change. */
export function ScoringExample() {
  const id = useId();
  const [activation, setActivation] = useState(27);
  const [days, setDays] = useState(3);
  const [milestones, setMilestones] = useState([true, true, false]);
  const [asOf, setAsOf] = useState('2026-02-15');

  const result = useMemo(() => {
    const document: GoalkitDocument = {
      version: 1,
      cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
      owners: [{ id: 'growth', kind: 'team', name: 'Growth' }],
      objectives: [
        {
          id: 'o1',
          title: 'Make onboarding effortless',
          owner: 'growth',
          cycle: 'q1',
          keyResults: [
            {
              id: 'kr1',
              title: 'Activation from 20% to 35%',
              type: 'increase',
              start: 20,
              target: 35,
              current: activation,
              weight: 2,
              checkIns: [],
            },
            {
              id: 'kr2',
              title: 'Time to value at most 2 days',
              type: 'at-most',
              target: 2,
              current: days,
              checkIns: [],
            },
            {
              id: 'kr3',
              title: 'Onboarding guide',
              type: 'milestones',
              milestones: milestoneTitles.map((title, i) => ({ title, done: milestones[i] ?? false })),
              checkIns: [],
            },
          ],
        },
      ],
    };
    const scorer = createScorer(document, { asOf });
    return { score: scorer.objective('o1'), lines: scorer.explain('o1').lines };
  }, [activation, days, milestones, asOf]);

  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '40rem' }}>
      <fieldset style={{ display: 'grid', gap: '0.5rem' }}>
        <legend>Inputs</legend>
        <label htmlFor={`${id}-a`}>Activation now (%), from 20 to 35, weight 2: {activation}</label>
        <input
          id={`${id}-a`}
          type="range"
          min={15}
          max={45}
          step={0.5}
          value={activation}
          onChange={(e) => setActivation(Number(e.target.value))}
        />
        <label htmlFor={`${id}-d`}>Days to first value now (target: at most 2)</label>
        <input
          id={`${id}-d`}
          type="number"
          min={0}
          step={0.5}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        />
        {milestoneTitles.map((title, i) => (
          <label key={title}>
            <input
              type="checkbox"
              checked={milestones[i] ?? false}
              onChange={(e) => setMilestones(milestones.map((m, j) => (j === i ? e.target.checked : m)))}
            />{' '}
            Milestone “{title}” done
          </label>
        ))}
        <label htmlFor={`${id}-t`}>As of</label>
        <input
          id={`${id}-t`}
          type="date"
          min="2025-12-01"
          max="2026-04-30"
          value={asOf}
          onChange={(e) => setAsOf(e.target.value || asOf)}
        />
      </fieldset>
      <ProgressMeter
        label="Objective progress"
        progress={result.score.progress}
        expected={result.score.expected}
        status={result.score.status}
      />
      <p>
        Status: <strong>{result.score.status}</strong> · expected by {asOf}: {Math.round(result.score.expected * 100)}%
      </p>
      <h4>The engine’s explanation</h4>
      <pre style={{ whiteSpace: 'pre-wrap' }}>{result.lines.join('\n')}</pre>
    </div>
  );
}
